#pragma once

#include "core/result/result.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace Kezek {

namespace Sqlite {
class Connection;
}

// An escalation told to the person of this cache (issue 30, point 3): an
// officer's duty clock of a case that entered its warning or was breached.
struct NotificationRow
{
    QString id;
    QString caseId;
    QString caseNumber;
    QString clock; // clockId()
    QString level; // "warning" or "breached"
    QDate due;
    QDateTime raisedAt; // UTC: since when
    qint64 revision = 0;
    QDateTime readAt; // invalid: unread
};

// The notification list, as the server told it at each sync. Marking read
// is kept here only: the list is one person's, on their workstation.
class CacheNotifications
{
public:
    explicit CacheNotifications(Sqlite::Connection &db);
    CacheNotifications(const CacheNotifications &) = delete;
    CacheNotifications &operator=(const CacheNotifications &) = delete;

    Result<qint64> cursor();
    // A page from the server and the cursor after it, in one transaction;
    // the ones not already here, which a desktop notification announces.
    Result<QList<NotificationRow>> addNotifications(const QList<NotificationRow> &rows,
                                                    qint64 next);
    // Every notification, the newest first.
    Result<QList<NotificationRow>> notifications();
    Result<int> unreadCount();
    // Marking one read, or all: marking again keeps the first time.
    Result<void> markRead(const QString &id, const QDateTime &at);
    Result<void> markAllRead(const QDateTime &at);

private:
    Sqlite::Connection &m_db;
};

} // namespace Kezek
