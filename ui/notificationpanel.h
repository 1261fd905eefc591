#pragma once

#include "db/client/cachenotifications.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace Kezek {

class InlineMessage;

class ClientStore;

// What an escalation says, in the reader's language, from the law's own
// clock names: "Breached: Registration in the migration police system (§12)
// ended on 12.03.2026".
QString notificationTitle(const NotificationRow &row);

// The escalations told to this officer or supervisor (issue 30, point 3):
// what, which case, since when; the unread ones in bold and marked "unread"
// in words, not by colour alone. Opening one (Enter, a double click or the
// button) opens its case and marks it read; "mark read" and "mark all read"
// are kept in the cache, so they hold over a restart.
class NotificationPanel : public QWidget
{
    Q_OBJECT

public:
    explicit NotificationPanel(ClientStore &store, QWidget *parent = nullptr);
    void reload();
    int rows() const;
    int unread() const { return m_unread; }

Q_SIGNALS:
    void openCase(const QString &caseId);
    void unreadChanged(int unread);

private:
    void openSelected();
    void markSelectedRead();
    void markAllRead();
    void updateButtons();
    const NotificationRow *selected() const;

    ClientStore &m_store;
    QList<NotificationRow> m_rows;
    int m_unread = 0;
    QTableWidget *m_table = nullptr;
    InlineMessage *m_error = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_markRead = nullptr;
    QPushButton *m_markAll = nullptr;
};

} // namespace Kezek
