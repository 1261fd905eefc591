#include "db/client/cacheclaims.h"

#include "db/client/cachesettings.h"
#include "db/sqlite/connection.h"
#include "db/sqlite/statement.h"
#include "db/sqlite/transaction.h"
#include "db/storeerrors.h"

namespace Kezek {

using Sqlite::Statement;
using Sqlite::Transaction;

namespace {

Result<QList<ClaimRow>>
claimRows(Sqlite::Connection &db, const char *sql, const QString &bound = {})
{
    Statement query(db, sql);
    if (!bound.isNull())
        query.bind(bound);
    QList<ClaimRow> rows;
    auto read = query.each([&] {
        rows.append({query.text(0),
                     query.text(1),
                     QDateTime::fromString(query.text(2), Qt::ISODate),
                     query.text(3)});
    });
    if (!read)
        return std::unexpected(read.error());
    return rows;
}

} // namespace

CacheClaims::CacheClaims(Sqlite::Connection &db, CacheSettings &settings)
    : m_db(db)
    , m_settings(settings)
{}

Result<void> CacheClaims::claim(const QString &caseId, const QString &user)
{
    // Already held by this officer: nothing to ask again until it runs out.
    auto existing = claimOf(caseId);
    if (!existing)
        return std::unexpected(existing.error());
    auto now = m_settings.serverTime(QDateTime::currentDateTimeUtc());
    if (!now)
        return std::unexpected(now.error());
    if (existing->has_value() && (*existing)->status == u"held" && (*existing)->holder == user
        && (*existing)->expiresAt > now->addSecs(5 * 60))
        return {};
    return Statement(m_db,
                     "INSERT OR REPLACE INTO claims (case_id, holder, expires_at, status) VALUES "
                     "(?, ?, '', 'wanted')")
        .bind(caseId)
        .bind(user)
        .run();
}

Result<void> CacheClaims::release(const QString &caseId)
{
    // Never told to the server: simply forgotten. Held: the server is told.
    if (auto ok = Statement(m_db, "DELETE FROM claims WHERE case_id = ? AND status = 'wanted'")
                      .bind(caseId)
                      .run();
        !ok)
        return ok;
    return Statement(m_db,
                     "UPDATE claims SET status = 'release' WHERE case_id = ? AND status = 'held'")
        .bind(caseId)
        .run();
}

Result<QHash<QString, ClaimRow>> CacheClaims::claimsOf(const QStringList &caseIds)
{
    QHash<QString, ClaimRow> claims;
    if (caseIds.isEmpty())
        return claims;
    QStringList marks;
    for (qsizetype i = 0; i < caseIds.size(); ++i)
        marks.append(QStringLiteral("?"));
    Statement query(m_db,
                    QStringLiteral("SELECT case_id, holder, expires_at, status FROM claims WHERE "
                                   "case_id IN (%1)")
                        .arg(marks.join(u','))
                        .toUtf8());
    for (const QString &id : caseIds)
        query.bind(id);
    auto read = query.each([&] {
        claims.insert(query.text(0),
                      {query.text(0),
                       query.text(1),
                       QDateTime::fromString(query.text(2), Qt::ISODate),
                       query.text(3)});
    });
    if (!read)
        return std::unexpected(read.error());
    return claims;
}

Result<std::optional<ClaimRow>> CacheClaims::claimOf(const QString &caseId)
{
    auto rows = claimRows(
        m_db, "SELECT case_id, holder, expires_at, status FROM claims WHERE case_id = ?", caseId);
    if (!rows)
        return std::unexpected(rows.error());
    return rows->isEmpty() ? std::optional<ClaimRow>() : std::optional<ClaimRow>(rows->first());
}

Result<QList<ClaimRow>> CacheClaims::claims()
{
    return claimRows(m_db,
                     "SELECT case_id, holder, expires_at, status FROM claims ORDER BY case_id");
}

Result<QHash<QString, QString>> CacheClaims::holdersAt(const QDateTime &now)
{
    auto all = claims();
    if (!all)
        return std::unexpected(all.error());
    QHash<QString, QString> holders;
    for (const ClaimRow &claim : std::as_const(*all)) {
        if (claim.status != u"release" && (!claim.expiresAt.isValid() || claim.expiresAt > now))
            holders.insert(claim.caseId, claim.holder);
    }
    return holders;
}

Result<QHash<QString, QString>> CacheClaims::names()
{
    Statement query(m_db, "SELECT substr(key, 8), value FROM meta WHERE key LIKE 'person.%'");
    QHash<QString, QString> names;
    auto read = query.each([&] { names.insert(query.text(0), query.text(1)); });
    if (!read)
        return std::unexpected(read.error());
    return names;
}

Result<void> CacheClaims::rememberNames(const QHash<QString, QString> &names)
{
    auto transaction = Transaction::begin(m_db);
    if (!transaction)
        return std::unexpected(transaction.error());
    Statement keep(m_db, "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)");
    for (auto it = names.constBegin(); it != names.constEnd(); ++it) {
        if (it.key().isEmpty() || it.value().isEmpty())
            continue;
        keep.reset();
        if (auto ok = keep.bind(QStringLiteral("person.") + it.key()).bind(it.value()).run(); !ok)
            return ok;
    }
    return transaction->commit();
}

Result<QList<ClaimRow>> CacheClaims::claimsToSend()
{
    return claimRows(m_db,
                     "SELECT case_id, holder, expires_at, status FROM claims WHERE status IN "
                     "('wanted', 'release') ORDER BY case_id");
}

Result<void> CacheClaims::recordClaimAnswer(const QJsonObject &answer, const QString &user)
{
    const QString caseId = answer.value(u"caseId").toString();
    const QString status = answer.value(u"status").toString();
    if (status == u"held" || status == u"taken") {
        const QString holder = answer.value(u"holder").toString();
        return Statement(m_db,
                         "INSERT OR REPLACE INTO claims (case_id, holder, expires_at, status) "
                         "VALUES (?, ?, ?, ?)")
            .bind(caseId)
            .bind(holder)
            .bind(answer.value(u"expiresAt").toString())
            .bind(holder == user ? QStringLiteral("held") : QStringLiteral("taken"))
            .run();
    }
    // The server's store failed, not the claim: it stays as it is and goes
    // again with the next sync.
    if (status == u"rejected" && answer.value(u"code").toString().startsWith(StoreErrors::Prefix))
        return {};
    // Released, or refused (no such case for this officer): nothing is held.
    return Statement(m_db, "DELETE FROM claims WHERE case_id = ?").bind(caseId).run();
}

Result<void> CacheClaims::replaceClaims(const QList<ClaimRow> &running, const QString &user)
{
    auto transaction = Transaction::begin(m_db);
    if (!transaction)
        return std::unexpected(transaction.error());
    Result<void> done = m_db.exec("DELETE FROM claims WHERE status IN ('held', 'taken')");
    Statement insert(m_db,
                     "INSERT INTO claims (case_id, holder, expires_at, status) SELECT ?1, ?2, ?3, "
                     "?4 WHERE NOT EXISTS (SELECT 1 FROM claims WHERE case_id = ?1)");
    for (qsizetype i = 0; done && i < running.size(); ++i) {
        const ClaimRow &row = running.at(i);
        insert.reset();
        done = insert.bind(row.caseId)
                   .bind(row.holder)
                   .bind(row.expiresAt.toUTC().toString(Qt::ISODate))
                   .bind(row.holder == user ? QStringLiteral("held") : QStringLiteral("taken"))
                   .run();
    }
    if (!done)
        return done;
    return transaction->commit();
}

} // namespace Kezek
