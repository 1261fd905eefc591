#pragma once

#include "core/domain/casecommand.h"
#include "core/result/result.h"
#include "db/client/cacherows.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Kezek {

namespace Sqlite {
class Connection;
}
class CacheScans;

// The commands made here, waiting for the server, and what it answered:
// nothing an officer did offline is lost.
class CacheOutbox
{
public:
    CacheOutbox(Sqlite::Connection &db, CacheScans &scans);
    CacheOutbox(const CacheOutbox &) = delete;
    CacheOutbox &operator=(const CacheOutbox &) = delete;

    Result<void> enqueue(const CaseCommand &command);
    // Commands made together (a document's submit and its verdict, a
    // courier batch) go into the outbox in one transaction, all or none,
    // with the scan the first of them names, if any: kept sealed with the
    // other scans, listed with the case at once, and waiting for the next
    // sync to upload it before the commands go.
    Result<void> enqueueAll(const QList<CaseCommand> &commands,
                            const std::optional<DeskScan> &scan = std::nullopt);
    Result<QList<OutboxEntry>> outbox(const QString &status, int limit);
    // The commands made here on one case that the cached case does not hold
    // yet (pending, applied, conflict, rejected), oldest first.
    Result<QList<OutboxEntry>> outboxOfCase(const QString &caseId);
    // The same for the rows of a page at once, by case id (cases with none
    // are left out).
    Result<QHash<QString, QList<OutboxEntry>>> outboxOfCases(const QStringList &caseIds);
    Result<QHash<QString, qint64>> outboxCounts();

    // The server's answer: applied and duplicate stay, as applied, until the
    // feed brings the version they made; conflict and rejected stay, with the
    // answer, until the officer settles them.
    Result<void> recordAnswer(const QString &commandId, const QJsonObject &answer);
    // A batch's answers, in one transaction.
    Result<void> recordAnswers(const QList<QJsonObject> &answers);
    // Drops the applied commands whose version the cache now holds.
    Result<void> forgetArrivedCommands();

    // Drops a command the officer gave up after a conflict or a refusal.
    Result<void> discard(const QString &commandId);
    // A command still waiting, its signature replaced by the same signature
    // with a timestamp token added (unsigned attributes: what the officer
    // signed is unchanged); false when it is no longer waiting.
    Result<bool> restamp(const CaseCommand &command);
    // Takes back a command not yet sent; false when it is no longer waiting
    // (a sync sent it, and the server's answer settled it).
    Result<bool> takeBack(const QString &commandId);

private:
    Sqlite::Connection &m_db;
    CacheScans &m_scans;
};

} // namespace Kezek
