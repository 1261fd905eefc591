#pragma once

#include "core/result/result.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace Kezek {

class ServerStore;

struct AuditEntry
{
    QString actor;   // user id
    QString action;  // "login", "login-failed", "read", "command", "intake", ...
    QString subject; // the case, user or range concerned
    QString detail;  // what else a reader needs, as text
};

// The audit log's key, and the first entry written with it: from there on
// every entry must be keyed, so that the whole chain made again without the
// key (plain SHA-256 from the first entry) does not verify either.
struct AuditKey
{
    QByteArray key;
    std::optional<qint64> keyedFrom;
};

// Where the chain's head stood at a moment, written outside the database
// (the server's journal, and a file a site copies to write-once storage).
struct AuditCheckpoint
{
    QString at; // UTC, as written
    qint64 seq = 0;
    QByteArray hash;
};

// The next entry of the chain, ready to insert in the open transaction.
struct AuditRow
{
    qint64 seq = 0;
    QString at; // UTC, as hashed
    QByteArray previous;
    QByteArray hash;
};

struct AuditVerdict
{
    qint64 entries = 0;
    std::optional<qint64> firstBroken; // the first entry changed, or where one was removed
    QString problem;                   // what is wrong there, for a person
};

// The hash-chained, append-only audit log in the server's database. With a
// key (HMAC-SHA256; the key in a file outside the database that only the
// server's user reads), whoever edits the database cannot make a chain that
// verifies: they would need the key. Checkpoints of the chain's head, kept
// outside the database, catch what the key holder could still do: recompute
// the chain after an edit, or cut its tail and lower the counter.
class AuditLog
{
public:
    explicit AuditLog(ServerStore &store);

    // The key the stores of `databaseUrl` chain with, from now on in this
    // process (the server's --audit-key, kezekctl's). Without one, a SQLite
    // database's key beside it is used when this user can read it; else the
    // chain is unkeyed (begun before keys, or a trial).
    static void setKey(const QString &databaseUrl, const AuditKey &key);
    static AuditKey keyFor(const QString &databaseUrl);
    // The key in `path`, made there (32 random bytes, readable by its owner
    // only) when `create` and it does not exist.
    // The file: the key in hex on its first line, "keyed-from N" on the
    // next once the server has noted it.
    static Result<AuditKey> loadKey(const QString &path, bool create);
    // Notes in the key file the first entry the key will write (the server,
    // at its first start with the key); kept when already there.
    static Result<AuditKey> noteKeyedFrom(const QString &path, qint64 seq);
    // Where a SQLite database keeps its key and checkpoints by default:
    // beside it; for PostgreSQL, nowhere by default.
    static QString defaultKeyPath(const QString &databaseUrl);
    static QString defaultCheckpointPath(const QString &databaseUrl);

    // Appends in the caller's transaction when one is open (so the entry and
    // the change it records commit together), else in a transaction of its own.
    // A keyed chain is not continued without its key.
    Result<void> append(const AuditEntry &entry, const QDateTime &at);
    // In the caller's open transaction: takes the chain's next number (its
    // counter then stays locked until the transaction ends) and makes the
    // entry's row, for the caller to insert with the rest of its change.
    Result<AuditRow> nextRow(const AuditEntry &entry, const QDateTime &at);
    Result<AuditVerdict> verify(const QList<AuditCheckpoint> &checkpoints = {});

    // The chain's head: the last entry's number and hash (0 and the genesis
    // hash for an empty log).
    Result<AuditCheckpoint> head(const QDateTime &at);
    // Checkpoints read from a checkpoint file or from the journal's
    // "audit-checkpoint" lines; other lines are passed over.
    static QList<AuditCheckpoint> parseCheckpoints(const QByteArray &text);
    static QString checkpointLine(const AuditCheckpoint &checkpoint);

    // "hmac:" and the HMAC-SHA256 under `key`, or the SHA-256 without one.
    static QByteArray entryHash(const QByteArray &previousHash,
                                qint64 seq,
                                const QString &at,
                                const AuditEntry &entry,
                                const QByteArray &key = {});

private:
    ServerStore &m_store;
};

} // namespace Kezek
