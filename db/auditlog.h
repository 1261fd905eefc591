#pragma once

#include "result/result.h"

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

struct AuditVerdict
{
    qint64 entries = 0;
    std::optional<qint64> firstBroken; // the first entry changed, or where one was removed
    QString problem;                   // what is wrong there, for a person
};

// The hash-chained, append-only audit log in the server's database.
class AuditLog
{
public:
    explicit AuditLog(ServerStore &store);

    // Appends in the caller's transaction when one is open (so the entry and
    // the change it records commit together), else in a transaction of its own.
    Result<void> append(const AuditEntry &entry, const QDateTime &at);
    Result<AuditVerdict> verify();

    static QByteArray entryHash(const QByteArray &previousHash,
                                qint64 seq,
                                const QString &at,
                                const AuditEntry &entry);

private:
    ServerStore &m_store;
};

} // namespace Kezek
