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

namespace Kezek {

namespace {

// Refuses the transaction of a give that found the case held by another:
// nothing of it is kept, and the caller answers with who holds it.
const QString GiveWithdrawn = QStringLiteral("give.withdrawn");

} // namespace

Result<ServerStore::GiveResult> ServerStore::giveCase(const GiveRequest &request,
                                                      const QDateTime &now,
                                                      qint64 leaseSeconds,
                                                      const QJsonObject &answer,
                                                      const AuditEntry &audit)
{
    GiveResult result;
    const QString at = now.toUTC().toString(Qt::ISODate);
    auto done = inWriteTransaction([&]() -> Result<void> {
        // The request id first: a repeat of it (PostgreSQL waits for the
        // first one's commit) does nothing and reads the first answer.
        if (!request.requestId.isEmpty()) {
            QSqlQuery keep(m_db);
            keep.prepare(QStringLiteral(
                "INSERT INTO give_requests (request_id, user_id, case_id, answer, made_at) VALUES "
                "(?, ?, ?, ?, ?) ON CONFLICT DO NOTHING RETURNING request_id"));
            for (const QString &value :
                 {request.requestId,
                  request.supervisorId,
                  request.caseId,
                  QString::fromUtf8(QJsonDocument(answer).toJson(QJsonDocument::Compact)),
                  at})
                keep.addBindValue(value);
            if (!keep.exec())
                return sqlError(keep);
            const bool first = keep.next();
            keep.finish();
            if (!first) {
                QSqlQuery earlier(m_db);
                earlier.prepare(QStringLiteral(
                    "SELECT answer, user_id, case_id FROM give_requests WHERE request_id = ?"));
                earlier.addBindValue(request.requestId);
                if (!earlier.exec() || !earlier.next())
                    return sqlError(earlier);
                // Another person's give, or another case's, under this id is
                // not this give's answer: nothing is given, nothing told.
                if (earlier.value(1).toString() != request.supervisorId
                    || earlier.value(2).toString() != request.caseId) {
                    return fail(QStringLiteral("give.id-taken"),
                                StoreTr::tr("Another give has the request id \"%1\": nothing "
                                            "was given. Give the case again.")
                                    .arg(request.requestId));
                }
                result.earlier
                    = QJsonDocument::fromJson(earlier.value(0).toString().toUtf8()).object();
                return {};
            }
        }
        // One statement: the claim replaced or made, unless (with the holder
        // the supervisor saw) someone else holds it now.
        QSqlQuery give(m_db);
        give.prepare(QStringLiteral(
            "INSERT INTO claims (case_id, user_id, claimed_at, expires_at) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (case_id) DO UPDATE SET user_id = excluded.user_id, claimed_at = "
            "excluded.claimed_at, expires_at = excluded.expires_at WHERE ? = 1 OR "
            "claims.expires_at <= ? OR claims.user_id = ? RETURNING case_id"));
        for (const QVariant &value :
             {QVariant(request.caseId),
              QVariant(request.colleagueId),
              QVariant(at),
              QVariant(now.toUTC().addSecs(leaseSeconds).toString(Qt::ISODate)),
              QVariant(request.fromHolder ? 0 : 1),
              QVariant(at),
              QVariant(request.fromHolder.value_or(QString()))})
            give.addBindValue(value);
        if (!give.exec())
            return sqlError(give);
        const bool given = give.next();
        give.finish();
        if (!given) {
            auto holder = claimOf(request.caseId, now);
            if (!holder)
                return std::unexpected(holder.error());
            result.heldBy = holder->value_or(Claim{request.caseId, {}, {}});
            return fail(GiveWithdrawn, {});
        }
        return AuditLog(*this).append(audit, now);
    });
    if (!done && !(done.error().code == GiveWithdrawn))
        return std::unexpected(done.error());
    return result;
}

} // namespace Kezek
