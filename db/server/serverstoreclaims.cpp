#include "db/server/serverstore.h"
#include "db/server/storeerror.h"

#include "core/domain/casecodec.h"
#include "core/domain/retention.h"
#include "db/server/migrations.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QTimeZone>
#include <QUrl>
#include <QUuid>

#include <map>

// Who works which case: claims, leases and reassignment.
namespace Kezek {

Result<ServerStore::Claim> ServerStore::claimCase(const QString &caseId,
                                                  const QString &userId,
                                                  const QDateTime &now,
                                                  qint64 leaseSeconds)
{
    const QString at = now.toUTC().toString(Qt::ISODate);
    const QString until = now.toUTC().addSecs(leaseSeconds).toString(Qt::ISODate);
    // Twice at most: a claim given back between the insert and the read
    // below leaves the case free, and the second round takes it.
    for (int round = 0;; ++round) {
        // One statement each, so that two claims at once cannot both win: the
        // update takes a claim that is ours or has ended; the insert a case with
        // none (the primary key refuses the second).
        QSqlQuery update(m_db);
        update.prepare(
            QStringLiteral("UPDATE claims SET user_id = ?, claimed_at = ?, expires_at = ? "
                           "WHERE case_id = ? AND (user_id = ? OR expires_at <= ?)"));
        for (const QVariant &value : {QVariant(userId),
                                      QVariant(at),
                                      QVariant(until),
                                      QVariant(caseId),
                                      QVariant(userId),
                                      QVariant(at)})
            update.addBindValue(value);
        if (!update.exec())
            return sqlError(update);
        if (update.numRowsAffected() == 1)
            return Claim{caseId, userId, now.toUTC().addSecs(leaseSeconds)};
        QSqlQuery insert(m_db);
        insert.prepare(QStringLiteral(
            "INSERT INTO claims (case_id, user_id, claimed_at, expires_at) VALUES (?, ?, ?, ?)"));
        for (const QString &value : {caseId, userId, at, until})
            insert.addBindValue(value);
        if (insert.exec())
            return Claim{caseId, userId, now.toUTC().addSecs(leaseSeconds)};
        // Someone holds it (or took it between the two statements).
        auto holder = claimOf(caseId, now);
        if (!holder)
            return std::unexpected(holder.error());
        if (holder->has_value())
            return **holder;
        if (round == 1)
            return sqlError(insert);
    }
}

Result<ServerStore::Claim> ServerStore::assignClaim(const QString &caseId,
                                                    const QString &userId,
                                                    const QDateTime &now,
                                                    qint64 leaseSeconds)
{
    // One statement, in SQLite and PostgreSQL alike: the case's claim is
    // replaced, or made.
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "INSERT INTO claims (case_id, user_id, claimed_at, expires_at) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (case_id) DO UPDATE SET user_id = excluded.user_id, claimed_at = "
        "excluded.claimed_at, expires_at = excluded.expires_at"));
    for (const QString &value : {caseId,
                                 userId,
                                 now.toUTC().toString(Qt::ISODate),
                                 now.toUTC().addSecs(leaseSeconds).toString(Qt::ISODate)})
        query.addBindValue(value);
    if (!query.exec())
        return sqlError(query);
    return Claim{caseId, userId, now.toUTC().addSecs(leaseSeconds)};
}

Result<bool> ServerStore::releaseClaim(const QString &caseId, const QString &userId)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("DELETE FROM claims WHERE case_id = ? AND user_id = ?"));
    query.addBindValue(caseId);
    query.addBindValue(userId);
    if (!query.exec())
        return sqlError(query);
    return query.numRowsAffected() > 0;
}

Result<std::optional<ServerStore::Claim>> ServerStore::claimOf(const QString &caseId,
                                                               const QDateTime &now)
{
    QSqlError queryError;
    const auto queryPrepared = prepared(
        QStringLiteral(
            "SELECT user_id, expires_at FROM claims WHERE case_id = ? AND expires_at > ?"),
        &queryError);
    if (!queryPrepared)
        return sqlError(queryError);
    QSqlQuery &query = **queryPrepared;
    query.addBindValue(caseId);
    query.addBindValue(now.toUTC().toString(Qt::ISODate));
    if (!query.exec())
        return sqlError(query);
    if (!query.next())
        return std::optional<Claim>();
    return std::optional<Claim>(
        Claim{caseId,
              query.value(0).toString(),
              QDateTime::fromString(query.value(1).toString(), Qt::ISODate)});
}

Result<QList<std::pair<ServerStore::Claim, QString>>>
ServerStore::activeClaims(const QDateTime &now)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT c.case_id, c.user_id, c.expires_at, k.city FROM claims c "
                                 "JOIN cases k ON k.id = c.case_id WHERE c.expires_at > ? ORDER "
                                 "BY c.case_id"));
    query.addBindValue(now.toUTC().toString(Qt::ISODate));
    if (!query.exec())
        return sqlError(query);
    QList<std::pair<Claim, QString>> claims;
    while (query.next()) {
        claims.append({Claim{query.value(0).toString(),
                             query.value(1).toString(),
                             QDateTime::fromString(query.value(2).toString(), Qt::ISODate)},
                       query.value(3).toString()});
    }
    return claims;
}

} // namespace Kezek
