#pragma once

#include <QStatusBar>

#include <optional>

class QLabel;
class QProgressBar;
class QToolButton;

namespace Kezek {

class ClientStore;

// The window's status bar: whether the server answers, the outbox as a badge
// (its counts at a glance; a click opens it), the last sync, and a running
// sync's progress with a button to stop it. Messages show as on any status bar.
class SyncStatusBar : public QStatusBar
{
    Q_OBJECT

public:
    explicit SyncStatusBar(QWidget *parent = nullptr);

    // Online, offline, or not known until a first sync.
    void showOnline(std::optional<bool> online);
    // The outbox's counts and the last sync (with what went wrong in it),
    // as the cache holds them now.
    void showKept(ClientStore &store, const QString &lastSyncError);
    void syncStarted();
    void syncProgress(const QString &phase, qint64 done, qint64 total);
    void syncStopped();

Q_SIGNALS:
    void outboxClicked();
    void stopClicked();

private:
    void showOutbox(ClientStore &store);
    void showLastSync(ClientStore &store, const QString &lastSyncError);

    QLabel *m_online = nullptr;
    QToolButton *m_waiting = nullptr;
    QLabel *m_lastSync = nullptr;
    QProgressBar *m_progress = nullptr;
    QToolButton *m_cancel = nullptr;
};

} // namespace Kezek
