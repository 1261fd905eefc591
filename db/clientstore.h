#pragma once

#include "domain/case.h"
#include "domain/casecommand.h"
#include "result/result.h"

#include <QJsonObject>

#include <memory>
#include <optional>

struct sqlite3;

namespace Kezek {

// A case as the queues list it, without decoding its whole body.
struct CaseRow
{
    QString id;
    QString number;
    QString state;
    QString name;
    QString iin;
    QString passportNumber;
    QString receivedOn;
    int version = 0;
};

// A command made here, waiting for (or refused by) the server.
struct OutboxEntry
{
    qint64 seq = 0;
    CaseCommand command;
    QString status;     // pending, conflict, rejected
    QJsonObject answer; // the server's, for conflict (with its case) and rejected
};

// The officer's cache on the workstation: one SQLCipher file, encrypted with
// a random key that is sealed (AES-256-GCM) under a key derived from the
// officer's password and kept beside it in FILE.key. Without the password the
// file reveals nothing; with it, the officer works offline. WAL mode; opened
// once; a file newer than the program or not a Kezek cache is refused with a
// clear error and left as it is.
class ClientStore
{
public:
    // Opens the cache at `path` with the officer's password, creating both the
    // cache and its key file when neither exists.
    static Result<std::unique_ptr<ClientStore>> open(const QString &path, const QString &password);
    ~ClientStore();
    ClientStore(const ClientStore &) = delete;
    ClientStore &operator=(const ClientStore &) = delete;

    int schemaVersion() const { return m_schemaVersion; }

    // The sync cursor and the version of the law's data last seen.
    Result<qint64> cursor();
    Result<QString> lawVersion();
    // One page of the changes feed, with its cursor, in one transaction: an
    // interrupted pull resumes from the last page applied whole.
    Result<void> applyPage(const QList<QJsonObject> &cases,
                           const QList<QJsonObject> &documents,
                           qint64 next,
                           const QString &lawVersion);

    // Small settings kept encrypted with the cache (the session token).
    Result<QString> setting(const QString &key);
    Result<void> setSetting(const QString &key, const QString &value);

    Result<qint64> caseCount();
    Result<std::optional<Case>> findCase(const QString &id);
    // By case number, IIN or passport number (exact or prefix), or by name
    // (any word's prefix), newest first.
    Result<QList<CaseRow>> search(const QString &text, int limit);

    Result<void> enqueue(const CaseCommand &command);
    Result<QList<OutboxEntry>> outbox(const QString &status, int limit);
    // The server's answer: applied and duplicate leave the outbox (the case
    // comes back in the feed); conflict and rejected stay, with the answer.
    Result<void> recordAnswer(const QString &commandId, const QJsonObject &answer);
    // Drops a command the officer gave up after a conflict or a refusal.
    Result<void> discard(const QString &commandId);

private:
    explicit ClientStore(sqlite3 *db);
    Result<void> exec(const char *sql);
    Result<void> migrate();

    sqlite3 *m_db = nullptr;
    int m_schemaVersion = 0;
};

} // namespace Kezek
