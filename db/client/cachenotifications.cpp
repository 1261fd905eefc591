#include "db/client/cachenotifications.h"

#include "db/sqlite/connection.h"
#include "db/sqlite/statement.h"
#include "db/sqlite/transaction.h"

namespace Kezek {

using Sqlite::Statement;
using Sqlite::Transaction;

CacheNotifications::CacheNotifications(Sqlite::Connection &db)
    : m_db(db)
{}

Result<qint64> CacheNotifications::cursor()
{
    Statement query(m_db, "SELECT value FROM meta WHERE key = 'notifications-cursor'");
    if (auto found = query.row(); !found)
        return std::unexpected(found.error());
    return query.text(0).toLongLong();
}

Result<QList<NotificationRow>>
CacheNotifications::addNotifications(const QList<NotificationRow> &rows, qint64 next)
{
    auto transaction = Transaction::begin(m_db);
    if (!transaction)
        return std::unexpected(transaction.error());
    QList<NotificationRow> fresh;
    Statement known(m_db, "SELECT 1 FROM notifications WHERE id = ?");
    Statement insert(m_db,
                     "INSERT INTO notifications (id, case_id, case_number, clock, level, due, "
                     "raised_at, revision) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    for (const NotificationRow &row : rows) {
        known.reset();
        auto there = known.bind(row.id).next();
        if (!there)
            return std::unexpected(there.error());
        if (*there)
            continue;
        insert.reset();
        auto added = insert.bind(row.id)
                         .bind(row.caseId)
                         .bind(row.caseNumber)
                         .bind(row.clock)
                         .bind(row.level)
                         .bind(row.due.toString(Qt::ISODate))
                         .bind(row.raisedAt.toUTC().toString(Qt::ISODateWithMs))
                         .bind(row.revision)
                         .run();
        if (!added)
            return std::unexpected(added.error());
        fresh.append(row);
    }
    if (auto kept = Statement(m_db,
                              "UPDATE meta SET value = ? WHERE key = 'notifications-cursor' AND "
                              "CAST(value AS INTEGER) < ?")
                        .bind(QString::number(next))
                        .bind(next)
                        .run();
        !kept)
        return std::unexpected(kept.error());
    if (auto committed = transaction->commit(); !committed)
        return std::unexpected(committed.error());
    return fresh;
}

Result<QList<NotificationRow>> CacheNotifications::notifications()
{
    Statement query(m_db,
                    "SELECT id, case_id, case_number, clock, level, due, raised_at, revision, "
                    "read_at FROM notifications ORDER BY raised_at DESC, id");
    QList<NotificationRow> rows;
    auto read = query.each([&] {
        NotificationRow row;
        row.id = query.text(0);
        row.caseId = query.text(1);
        row.caseNumber = query.text(2);
        row.clock = query.text(3);
        row.level = query.text(4);
        row.due = QDate::fromString(query.text(5), Qt::ISODate);
        row.raisedAt = QDateTime::fromString(query.text(6), Qt::ISODateWithMs);
        row.revision = query.integer(7);
        if (!query.isNull(8))
            row.readAt = QDateTime::fromString(query.text(8), Qt::ISODateWithMs);
        rows.append(row);
    });
    if (!read)
        return std::unexpected(read.error());
    return rows;
}

Result<int> CacheNotifications::unreadCount()
{
    Statement query(m_db, "SELECT COUNT(*) FROM notifications WHERE read_at IS NULL");
    if (auto found = query.row(); !found)
        return std::unexpected(found.error());
    return int(query.integer(0));
}

Result<void> CacheNotifications::markRead(const QString &id, const QDateTime &at)
{
    return Statement(m_db, "UPDATE notifications SET read_at = ? WHERE id = ? AND read_at IS NULL")
        .bind(at.toUTC().toString(Qt::ISODateWithMs))
        .bind(id)
        .run();
}

Result<void> CacheNotifications::markAllRead(const QDateTime &at)
{
    return Statement(m_db, "UPDATE notifications SET read_at = ? WHERE read_at IS NULL")
        .bind(at.toUTC().toString(Qt::ISODateWithMs))
        .run();
}

} // namespace Kezek
