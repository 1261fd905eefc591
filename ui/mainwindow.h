#pragma once

#include "core/domain/queues.h"
#include "db/client/cachenotifications.h"
#include "sync/syncengine.h"
#include "ui/listexportdialog.h"
#include "ui/savedsearches.h"
#include "ui/session.h"
#include "ui/signingkeyfields.h"

#include <QDateTime>
#include <QMainWindow>
#include <QTimer>

#include <chrono>

class QComboBox;
class QLineEdit;
class QListWidget;
class QMenu;
class QTableView;
class QToolButton;
class QDialog;
class QDockWidget;
class QLabel;
class QStackedWidget;
class QSystemTrayIcon;

namespace Kezek {

class BreachBanner;
class CaseTable;
class CaseTableModel;
class CaseView;
class Dashboard;
class LegalBasisBanner;
class NotificationPanel;
class OutboxPanel;
class RetryCountdown;
class SyncStatusBar;
class Toast;
enum class LockCause;

// The officer's day: the queues of their role with live counts, the cases of
// the chosen queue with their deadlines, search, the case open beside them,
// the outbox, and the sync in the status bar (its part in the sync is in
// mainwindowsync.cpp).
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // A sync this long after a command, so that several in a row go in one
    // sync, and none waits for F5 or the ten-minute round.
    static constexpr std::chrono::milliseconds SyncAfterCommand{3000};

    explicit MainWindow(Session &session, QWidget *parent = nullptr);
    ~MainWindow() override;

    CaseTableModel *caseModel() const { return m_model; }
    QTableView *caseTable() const;
    CaseView *caseView() const { return m_caseView; }
    // None for a reader (the ministry's reviewer), who makes no commands.
    OutboxPanel *outboxPanel() const { return m_outbox; }
    NotificationPanel *notificationPanel() const { return m_notifications; }
    QDockWidget *notificationsDock() const { return m_notificationsDock; }
    Toast *toast() const { return m_toast; }
    SyncStatusBar *syncStatus() const { return m_status; }
    // Offline: the window's own next try of the server, counting down.
    RetryCountdown *retryCountdown() const { return m_retry; }
    QLineEdit *searchField() const { return m_search; }
    QListWidget *queueList() const { return m_queues; }
    void selectQueue(const QString &id);
    // A queue and a search kept under a name, per officer, in the cache.
    using SavedSearch = Kezek::SavedSearch;
    QList<SavedSearch> savedSearches() const;
    void saveSearch(const QString &name);
    void applySavedSearch(const QString &name);
    void openCase(const QString &caseId);
    // Where the officer is: kept across a change of language, which builds
    // the window again.
    struct Place
    {
        QByteArray geometry;
        QString queue;
        QString caseId;
        int tab = 0;
        QList<QByteArray> splitters;
        QByteArray columns;
    };
    Place place() const;
    void restorePlace(const Place &place);
    // A sync in the background; `password` only for this one, should the
    // server ask to sign in again.
    void startSync(const QString &password, const SignInKey &key = {});
    // The password and the authentication key again, where the site signs
    // in with the key, and the sync that signs in with them.
    void askServerSignIn();
    void autoSync() { startSync({}); }
    // Work ▸ Sync now (F5): asks for the password first when the server
    // has asked for it.
    void syncNow();
    // Locks the screen: by the officer's hand (Ctrl+L), or after the idle
    // minutes; the lock says which.
    void lockNow(LockCause cause);
    // The officer's own password, changed on the server and for the cache;
    // `why` says why it is asked (a one-time password), or nothing.
    void changePassword(const QString &why = {});
    // A supervisor gives the open case to a colleague (online: the server
    // must know before anyone relies on it); the choice opens window-modal.
    void giveOpenCase();
    // Work in bulk and absence (issue 31, point 2; mainwindowbulk.cpp): the
    // selected cases given to one colleague or claimed, each its own
    // request, with progress and a summary of what did not go through; the
    // absences of the supervisor's city, and an absent colleague's cases
    // handed out.
    void giveSelectedCases();
    void giveCases(const QList<Case> &cases);
    void claimSelectedCases();
    void openAbsences();
    // The CSC desk: an arriving applicant (§20-21); the courier's batch,
    // sent by a CSC operator and received by a migration officer (§21-22).
    void openArrivalDesk();
    void openCourier();
    // Several cases chosen in the queue, one decision on them all (issue 29,
    // point 2): the decisions the law opens on every one of them, and the
    // form that signs each with one entry of the PIN or password.
    QStringList selectedCaseIds() const;
    QList<Action> batchActions() const;
    void decideSelected();
    void decideSelected(Action action);
    // The officer's key as the forms ask for it: the file, the site's token.
    SigningSetup signingSetup() const;
    bool isLocked() const { return m_locked; }
    // The supervisor's dashboard and the pilot report (issue 30): for a
    // city's supervisor and the ministry's reviewer; none for other roles.
    Dashboard *dashboard() const { return m_dashboard; }
    void showDashboard();
    void showCaseList();
    bool showsDashboard() const;
    void openPilotReport();
    // The case list shows exactly these cases (a figure of the dashboard),
    // with a note that says so and clears it.
    void showDashboardCases(const QString &what, const QStringList &caseIds);
    void clearDashboardCases();
    QLabel *dashboardCasesNote() const { return m_pinNote; }
    // Papers (issue 31, point 4; mainwindowpapers.cpp): the list on screen
    // exported (supervisors and the ministry), the open case's dossier, and
    // the audit extract for an inspector.
    CaseListSnapshot caseListSnapshot() const;
    void exportList();
    void openDossier();
    void openAuditExtract();
    // The log for IT (issue 32, point 1; mainwindowlogs.cpp): Help ▸ Send
    // the log to IT… saves the log's files, the oldest first, as one text
    // file the officer chooses; Help ▸ Open the log folder shows them.
    Result<void> saveLog(const QString &path) const;
    void sendLogToIt();
    void openLogFolder();

Q_SIGNALS:
    void languageRequested(const QString &language);
    void passwordDialogOpened(QDialog *dialog); // for tests: the dialog before it runs
    void serverSignInOpened(QDialog *dialog);   // for tests: the dialog before it runs
    void syncFinished(bool ok);
    void deskDialogOpened(QDialog *dialog);
    void shortcutSheetOpened(QDialog *sheet); // for tests: the sheet before it runs
    void reportDialogOpened(QDialog *dialog); // for tests: the dialog before it runs
    // At the lock, "another user": this session is to end and the sign-in
    // to open (once the forms left open have closed).
    void signOutRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    // The window, built part by part.
    void buildQueueList();
    void buildSearch();
    void buildCaseTable();
    void buildCaseView();
    void buildBanners();
    void buildCentralArea();
    void buildOutboxDock();
    // The escalations told to this person (issue 30, point 3): the list in a
    // dock, its unread count in the status bar, and a desktop notification
    // for the ones a sync brought (mainwindownotifications.cpp).
    void buildNotificationsDock();
    void addNotificationsAction(QMenu *work);
    void showUnread(int unread);
    void announce(const QList<NotificationRow> &arrived);
    void buildStatusBar();
    void buildMenus();
    QList<Case> selectedCases() const;
    std::shared_ptr<SyncEngine> supervisorEngine(const QString &title);
    std::optional<QList<Colleague>> colleaguesFor(SyncEngine &engine, const QString &title);
    void runBulkGive(SyncEngine &engine, const QList<Case> &cases, const QString &colleague);
    QList<Case> casesHeldBy(const QString &userId) const;
    void addBulkActions(QMenu *work);
    void buildWorkMenu();
    void addDeskActions(QMenu *work);
    void buildQueuesMenu();
    void buildLanguageMenu();
    void buildHelpMenu();
    void addLogActions(QMenu *help);
    // The dashboard's page beside the cases' (mainwindowoversight.cpp).
    QWidget *buildPages(QWidget *work);
    void buildOversightMenu();
    void buildPapersMenu();
    void dashboardCasesChanged();
    void connectSync();
    void startTimers();
    void refreshCounts();
    void refreshStatus();
    void refreshAfterChange();
    void refreshAfterOwnStep();
    void queueChosen();
    void syncEnded(const SyncSummary &summary, const QString &code, const QString &error);
    // Commands just put in the outbox: said in a toast, and sent soon.
    void commandsQueued(const QList<CaseCommand> &commands);
    void sayQueued();
    void showOnline(std::optional<bool> online);
    bool worksCases() const;
    // The city filter over the list, for one who sees every city's cases
    // (none for a city's own staff); the city column shown with it.
    QComboBox *buildCityFilter();
    // The banners over the window: the legal basis, and the deadlines.
    void updateBreachBanner();
    // A sync brought a new law (a site's calendar, the reasons): the desk,
    // the deadlines and the sync count by it from now on.
    void takeNewLaw();
    QDate attentionOn() const; // the day the overdue queue and the banner count on
    // The queue a window opens on: the deadlines close or past, else the
    // first that holds work.
    int mostUrgentQueue() const;
    // What the case table says when the queue, or the search in it, is empty.
    void updateEmptyText();
    void fillSavedMenu();

    Session &m_session;
    QList<QueueDefinition> m_queueDefinitions;
    CaseTableModel *m_model = nullptr;
    QListWidget *m_queues = nullptr;
    QLineEdit *m_search = nullptr;
    QToolButton *m_saved = nullptr;
    CaseTable *m_table = nullptr;
    QList<qint64> m_counts; // each queue's cases, or its matches while searching
    CaseView *m_caseView = nullptr;
    OutboxPanel *m_outbox = nullptr;
    QDockWidget *m_outboxDock = nullptr;
    NotificationPanel *m_notifications = nullptr;
    QDockWidget *m_notificationsDock = nullptr;
    QToolButton *m_unreadButton = nullptr;
    QSystemTrayIcon *m_tray = nullptr;
    BreachBanner *m_banner = nullptr;
    LegalBasisBanner *m_basisBanner = nullptr;
    SyncStatusBar *m_status = nullptr;
    QTimer m_minute;
    QTimer m_idle;
    QTimer m_autoSync;
    QTimer m_syncSoon;               // SyncAfterCommand after the last command
    QList<CaseCommand> m_justQueued; // for the next toast
    Toast *m_toast = nullptr;
    QStackedWidget *m_pages = nullptr;
    Dashboard *m_dashboard = nullptr;
    QLabel *m_pinNote = nullptr; // "showing N cases from the dashboard"
    RetryCountdown *m_retry = nullptr;
    QString m_outboxAlarm; // the status bar's "need you", while shown
    QTimer m_searchCounts; // the queues' hits, once typing pauses
    bool m_locked = false;
    bool m_askingPassword = false;
    QDateTime m_lastSyncAt;
    QString m_lastSyncError;
    bool m_outdatedSaid = false; // the server refused this version, and the officer was told
};

} // namespace Kezek
