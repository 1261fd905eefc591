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

// Notices to applicants, delivered once across all servers.
namespace Kezek {

Result<QList<ServerStore::PendingNotice>> ServerStore::pendingNotices(int limit)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT id, case_id, kind, body FROM notices_outbox WHERE "
                                 "delivered_at IS NULL ORDER BY id LIMIT ?"));
    query.addBindValue(limit);
    if (!query.exec())
        return sqlError(query);
    QList<PendingNotice> notices;
    while (query.next()) {
        notices.append({query.value(0).toLongLong(),
                        query.value(1).toString(),
                        query.value(2).toString(),
                        query.value(3).toString().toUtf8()});
    }
    return notices;
}

Result<bool> ServerStore::tryLockAcrossServers(qint64 key)
{
    if (backend() != u"postgresql")
        return true;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT pg_try_advisory_lock(?)"));
    query.addBindValue(key);
    if (!query.exec() || !query.next())
        return sqlError(query);
    return query.value(0).toBool();
}

void ServerStore::unlockAcrossServers(qint64 key)
{
    if (backend() != u"postgresql")
        return;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT pg_advisory_unlock(?)"));
    query.addBindValue(key);
    (void)query.exec();
}

Result<void> ServerStore::markNoticeDelivered(qint64 id, const QDateTime &at)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE notices_outbox SET delivered_at = ? WHERE id = ?"));
    query.addBindValue(at.toUTC().toString(Qt::ISODate));
    query.addBindValue(id);
    if (!query.exec())
        return sqlError(query);
    return {};
}

Result<std::pair<qint64, qint64>> ServerStore::noticeCounts()
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral(
            "SELECT COALESCE(SUM(CASE WHEN delivered_at IS NULL THEN 1 ELSE 0 END), 0), "
            "COALESCE(SUM(CASE WHEN delivered_at IS NULL THEN 0 ELSE 1 END), 0) FROM "
            "notices_outbox"))
        || !query.next())
        return sqlError(query);
    return std::pair{query.value(0).toLongLong(), query.value(1).toLongLong()};
}

} // namespace Kezek
