#pragma once

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
class CacheSettings;

// Claims on cases. Made here at once, offline too, and checked by the server
// at the next sync: then held, or taken when someone else was first.
class CacheClaims
{
public:
    // `settings` tells the server's time, by which a held claim runs out.
    CacheClaims(Sqlite::Connection &db, CacheSettings &settings);
    CacheClaims(const CacheClaims &) = delete;
    CacheClaims &operator=(const CacheClaims &) = delete;

    Result<void> claim(const QString &caseId, const QString &user);
    Result<void> release(const QString &caseId);
    Result<std::optional<ClaimRow>> claimOf(const QString &caseId);
    // The claims on these cases at once, by case id (a page of a queue).
    Result<QHash<QString, ClaimRow>> claimsOf(const QStringList &caseIds);
    Result<QList<ClaimRow>> claims();
    // Who holds each case at `now` (the server's time), by case id: the
    // claims still running, this officer's own not yet confirmed among them,
    // as the case list shows them.
    Result<QHash<QString, QString>> holdersAt(const QDateTime &now);
    // The people who hold cases (and a supervisor's colleagues) by user id,
    // with their names as the server last gave them, so that a list names a
    // holder rather than an account. A city's staff: a row each in the meta
    // table ("person.<id>"), which a queue sorted by holder joins.
    Result<void> rememberNames(const QHash<QString, QString> &names);
    Result<QHash<QString, QString>> names();
    // What the server has not been told yet: wanted and release.
    Result<QList<ClaimRow>> claimsToSend();
    // The server's answer to one claim or release sent by `user`.
    Result<void> recordClaimAnswer(const QJsonObject &answer, const QString &user);
    // Every claim the server says runs now; this officer's own unsent ones stay.
    Result<void> replaceClaims(const QList<ClaimRow> &running, const QString &user);

private:
    Sqlite::Connection &m_db;
    CacheSettings &m_settings;
};

} // namespace Kezek
