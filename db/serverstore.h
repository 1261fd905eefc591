#pragma once

#include "domain/case.h"
#include "result/result.h"

#include <QSqlDatabase>

#include <memory>
#include <optional>

namespace Kezek {

struct ChangesPage
{
    QList<Case> cases;       // in revision order
    qint64 nextRevision = 0; // continue from here
    bool more = false;
};

// The central store. The server's revision is global and only grows: every
// write takes the next one inside its transaction, and writers queue on the
// counter's row, so revisions are handed out in commit order and a client that
// pulls after a revision never misses a change committed later.
class ServerStore
{
public:
    // "sqlite:PATH" (the embedded default) or
    // "postgresql://USER[:PASSWORD]@HOST[:PORT]/DATABASE". Migrates on open.
    static Result<std::unique_ptr<ServerStore>> open(const QString &url);
    ~ServerStore();
    ServerStore(const ServerStore &) = delete;
    ServerStore &operator=(const ServerStore &) = delete;

    QString backend() const; // "sqlite" or "postgresql"
    int schemaVersion() const { return m_schemaVersion; }
    // This thread's connection, for the stores that share it (UserStore).
    QSqlDatabase &connection() { return m_db; }

    Result<qint64> currentRevision();
    // Stores the case at the next revision; returns that revision.
    Result<qint64> saveCase(const Case &c);
    Result<std::optional<Case>> findCase(const QString &id);
    // Cases changed after `revision`, at most `limit`, oldest first.
    Result<ChangesPage> changesSince(qint64 revision, int limit);

private:
    ServerStore() = default;

    QSqlDatabase m_db;
    QString m_connection;
    int m_schemaVersion = 0;
};

} // namespace Kezek
