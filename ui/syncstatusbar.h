#pragma once

#include <QStatusBar>

#include <optional>

class QLabel;
class QProgressBar;
class QToolButton;

namespace Kezek {

class ClientStore;
class InlineMessage;

// The window's status bar: whether the server answers (when it does not, a
// bar that says the work is kept, when the next try is, and a button to try
// now), the outbox as a badge (its counts at a glance; a click opens it), the
// last sync, and a running sync's progress with a button to stop it. Messages
// show as on any status bar, over the last sync only: the state of the server
// and of the outbox stays in sight whatever is said.
class SyncStatusBar : public QStatusBar
{
    Q_OBJECT

public:
    explicit SyncStatusBar(QWidget *parent = nullptr);

    // Online, offline, or not known until a first sync.
    void showOnline(std::optional<bool> online);
    // Offline: the next try in `seconds`, or (0) one under way now.
    void showRetryIn(int seconds);
    QString offlineText() const;
    // A reader (the ministry's reviewer) makes no commands: no outbox.
    void setOutboxShown(bool shown);
    // The outbox's counts and the last sync (with what went wrong in it),
    // as the cache holds them now.
    void showKept(ClientStore &store, const QString &lastSyncError);
    void syncStarted();
    void syncProgress(const QString &phase, qint64 done, qint64 total);
    void syncStopped();

Q_SIGNALS:
    void outboxClicked();
    void stopClicked();
    void retryClicked();

private:
    void showOutbox(ClientStore &store);
    void showLastSync(ClientStore &store, const QString &lastSyncError);

    QLabel *m_online = nullptr;
    InlineMessage *m_offline = nullptr;
    QToolButton *m_retry = nullptr;
    QToolButton *m_waiting = nullptr;
    QLabel *m_lastSync = nullptr;
    QProgressBar *m_progress = nullptr;
    QToolButton *m_cancel = nullptr;
};

} // namespace Kezek
