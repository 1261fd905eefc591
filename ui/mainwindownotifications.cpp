#include "ui/mainwindow.h"
#include "ui/notificationpanel.h"
#include "ui/syncstatusbar.h"
#include "ui/uitr.h"

#include <QAction>
#include <QDockWidget>
#include <QMenu>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QToolButton>

// The escalations told to this officer or supervisor (issue 30, point 3).
namespace Kezek {

void MainWindow::buildNotificationsDock()
{
    m_notifications = new NotificationPanel(*m_session.store);
    connect(m_notifications, &NotificationPanel::openCase, this, &MainWindow::openCase);
    connect(m_notifications, &NotificationPanel::unreadChanged, this, &MainWindow::showUnread);
    m_notificationsDock = new QDockWidget(UiTr::tr("Notifications"));
    m_notificationsDock->setObjectName(QStringLiteral("notificationsDock"));
    m_notificationsDock->setWidget(m_notifications);
    addDockWidget(Qt::BottomDockWidgetArea, m_notificationsDock);
    m_notificationsDock->hide();
    connect(m_notificationsDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible)
            m_notifications->setFocus();
    });
    // The unread count, always in sight; a click opens the list.
    m_unreadButton = new QToolButton;
    m_unreadButton->setObjectName(QStringLiteral("unreadNotifications"));
    m_unreadButton->setAutoRaise(true);
    connect(m_unreadButton, &QToolButton::clicked, this, [this] {
        m_notificationsDock->show();
        m_notificationsDock->raise();
    });
    statusBar()->addPermanentWidget(m_unreadButton);
    showUnread(m_notifications->unread());
}

void MainWindow::addNotificationsAction(QMenu *work)
{
    QAction *list = m_notificationsDock->toggleViewAction();
    list->setText(UiTr::tr("&Notifications"));
    list->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    work->addAction(list);
}

void MainWindow::showUnread(int unread)
{
    const QString text = unread > 0 ? UiTr::tr("%n unread notification(s)", nullptr, unread)
                                    : UiTr::tr("No unread notifications");
    m_unreadButton->setText(text);
    m_unreadButton->setAccessibleName(text);
    QFont font = m_unreadButton->font();
    font.setBold(unread > 0);
    m_unreadButton->setFont(font);
    m_notificationsDock->setWindowTitle(unread > 0
                                            ? UiTr::tr("Notifications (%n unread)", nullptr, unread)
                                            : UiTr::tr("Notifications"));
}

void MainWindow::announce(const QList<NotificationRow> &arrived)
{
    if (arrived.isEmpty() || !QSystemTrayIcon::isSystemTrayAvailable())
        return;
    if (!m_tray) {
        m_tray = new QSystemTrayIcon(windowIcon(), this);
        m_tray->show();
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
            m_notificationsDock->show();
            m_notificationsDock->raise();
        });
    }
    // One escalation in its own words; several, counted.
    const QString title = arrived.size() == 1
                              ? notificationTitle(arrived.constFirst())
                              : UiTr::tr("%n new notification(s)", nullptr, int(arrived.size()));
    const QString body = arrived.size() == 1
                             ? UiTr::tr("Case %1").arg(arrived.constFirst().caseNumber)
                             : UiTr::tr("Work ▸ Notifications (Ctrl+Shift+N) lists them.");
    m_tray->showMessage(title, body, QSystemTrayIcon::Warning);
}

} // namespace Kezek
