#include "ui/mainwindow.h"

#include "core/domain/workflow.h"
#include "sync/syncerrors.h"
#include "ui/arrivaldialog.h"
#include "ui/banners.h"
#include "ui/casetable.h"
#include "ui/casetablemodel.h"
#include "ui/caseview.h"
#include "ui/courierdialog.h"
#include "ui/deadlinetext.h"
#include "ui/givecasedialog.h"
#include "ui/icons.h"
#include "ui/lockdialog.h"
#include "ui/outboxpanel.h"
#include "ui/queuecounts.h"
#include "ui/queuedelegate.h"
#include "ui/retrycountdown.h"
#include "ui/shortcutsheet.h"
#include "ui/standardbuttons.h"
#include "ui/syncstatusbar.h"
#include "ui/toast.h"
#include "ui/uitr.h"
#include "ui/unsentwork.h"

#include "sync/syncengine.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDialog>
#include <QDockWidget>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPointer>
#include <QScreen>
#include <QShortcut>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace Kezek {

MainWindow::MainWindow(Session &session, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_queueDefinitions(queuesFor(session.account.role))
{
    setWindowTitle(
        UiTr::tr("Kezek — %1 (%2)").arg(session.account.name, roleTitle(session.account.role)));
    m_model = new CaseTableModel(*session.desk, this);
    buildQueueList();
    buildSearch();
    buildCaseTable();
    buildCaseView();
    buildBanners();
    buildCentralArea();
    buildOutboxDock();
    buildStatusBar();
    buildNotificationsDock();
    buildMenus();
    connectSync();
    startTimers();

    m_queues->setCurrentRow(mostUrgentQueue());
    refreshStatus();
    // Roomy on a desk's screen, within a laptop's (1366×768, also at 125%).
    const QRect screen = this->screen()->availableGeometry();
    resize(std::min(1400, screen.width() * 95 / 100), std::min(900, screen.height() * 92 / 100));
    // The queues' names whole with their counts, within a quarter of the
    // window (a smaller share elides them; the splitter gives more).
    findChild<QSplitter *>(QStringLiteral("queuesAndCases"))
        ->setSizes({std::min(m_queues->sizeHintForColumn(0) + 24, width() / 4), width()});
}

MainWindow::~MainWindow()
{
    qApp->removeEventFilter(this);
}

QTableView *MainWindow::caseTable() const
{
    return m_table;
}

MainWindow::Place MainWindow::place() const
{
    Place here;
    here.geometry = saveGeometry();
    if (const int row = m_queues->currentRow(); row >= 0 && row < m_queueDefinitions.size())
        here.queue = m_queueDefinitions.at(row).id;
    here.caseId = m_caseView->caseId();
    here.tab = m_caseView->currentTab();
    for (const char *name : {"queuesAndCases", "casesAndCase"})
        here.splitters.append(findChild<QSplitter *>(QLatin1String(name))->saveState());
    here.columns = m_table->horizontalHeader()->saveState();
    return here;
}

void MainWindow::restorePlace(const Place &place)
{
    restoreGeometry(place.geometry);
    if (!place.queue.isEmpty())
        selectQueue(place.queue);
    const QStringList names{QStringLiteral("queuesAndCases"), QStringLiteral("casesAndCase")};
    for (int n = 0; n < names.size() && n < place.splitters.size(); ++n)
        findChild<QSplitter *>(names.at(n))->restoreState(place.splitters.at(n));
    m_table->horizontalHeader()->restoreState(place.columns);
    if (!place.caseId.isEmpty())
        openCase(place.caseId);
    m_caseView->setCurrentTab(place.tab);
}

void MainWindow::buildQueueList()
{
    m_queues = new QListWidget;
    m_queues->setObjectName(QStringLiteral("queues"));
    m_queues->setAccessibleName(UiTr::tr("Queues"));
    for (const QueueDefinition &queue : std::as_const(m_queueDefinitions)) {
        auto *item = new QListWidgetItem(Icons::forQueue(queue.id), queue.title);
        item->setData(Qt::UserRole, queue.id);
        item->setData(QueueDelegate::TitleRole, queue.title);
        m_queues->addItem(item);
    }
    m_queues->setItemDelegate(new QueueDelegate(m_queues));
    m_queues->setIconSize(QSize(16, 16));
    m_queues->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_queues->setTextElideMode(Qt::ElideRight);
    m_queues->setMinimumWidth(220);
    connect(m_queues, &QListWidget::currentRowChanged, this, &MainWindow::queueChosen);
}

void MainWindow::buildSearch()
{
    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(UiTr::tr("Search your cases"));
    m_search->setPlaceholderText(
        UiTr::tr("Search your cases: case number, IIN, passport number or name (Ctrl+F); each "
                 "queue counts what it holds"));
    connect(m_search, &QLineEdit::textChanged, m_model, &CaseTableModel::setSearch);
    // One search over all the cases: each queue's count becomes its hits,
    // once the typing pauses (the table itself follows every keystroke).
    m_searchCounts.setSingleShot(true);
    m_searchCounts.setInterval(150);
    connect(&m_searchCounts, &QTimer::timeout, this, &MainWindow::refreshCounts);
    connect(m_search, &QLineEdit::textChanged, this, [this] {
        m_searchCounts.start();
        if (!m_model->showsCaseIds())
            m_pinNote->hide();
    });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_table->setFocus();
        if (m_model->rowCount() > 0)
            m_table->selectRow(0);
    });
}

void MainWindow::buildCaseTable()
{
    m_table = new CaseTable(m_model);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        openCase(m_model->caseIdAt(index.row()));
        m_caseView->setFocus();
    });
    connect(m_table->selectionModel(),
            &QItemSelectionModel::currentRowChanged,
            this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    m_caseView->showCase(m_model->caseIdAt(current.row()));
            });
}

void MainWindow::buildCaseView()
{
    m_caseView = new CaseView(*m_session.desk);
    m_caseView->setKeyFile(m_session.config.keyFile);
    m_caseView->setTokenModule(m_session.config.pkcs11Module);
    // A scan not kept here is read from the server on demand, with this
    // session's token, and kept in the encrypted cache.
    m_caseView->setScanFetcher([this](const QString &sha256) -> Result<QByteArray> {
        auto settings = m_session.syncSettings();
        if (!settings)
            return std::unexpected(settings.error());
        SyncEngine engine(*m_session.store, *settings);
        auto scan = engine.document(sha256);
        if (!engine.token().isEmpty())
            (void)m_session.store->setSessionToken(engine.token());
        return scan;
    });
    connect(m_caseView, &CaseView::changed, this, &MainWindow::refreshAfterOwnStep);
    // A note goes to the server a few seconds later, as a command does.
    connect(m_caseView, &CaseView::noteWritten, this, [this] { m_syncSoon.start(); });
    connect(
        m_caseView, &CaseView::said, this, [this](const QString &text) { m_toast->post(text); });
    connect(m_caseView, &CaseView::keyFileChosen, this, [this](const QString &file) {
        m_session.config.keyFile = file;
        m_session.config.save();
    });
}

void MainWindow::buildBanners()
{
    m_basisBanner = new LegalBasisBanner;
    m_banner = new BreachBanner;
    // The banner opens the overdue queue, where the role has one.
    connect(m_banner, &QLabel::linkActivated, this, [this](const QString &queue) {
        selectQueue(queue);
    });
}

// The queues on the left; the search, the cases and the open case beside
// them; the banners above all.
void MainWindow::buildCentralArea()
{
    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(new QLabel(UiTr::tr("<b>Queues</b>")));
    leftLayout->addWidget(m_queues);
    auto *middle = new QWidget;
    auto *middleLayout = new QVBoxLayout(middle);
    middleLayout->setContentsMargins(0, 0, 0, 0);
    m_saved = new QToolButton;
    m_saved->setObjectName(QStringLiteral("savedSearches"));
    m_saved->setText(UiTr::tr("Saved"));
    m_saved->setToolTip(UiTr::tr("Saved searches: a queue with its search, kept for you (Ctrl+D "
                                 "saves this one)"));
    m_saved->setPopupMode(QToolButton::InstantPopup);
    m_saved->setMenu(new QMenu(m_saved));
    connect(m_saved->menu(), &QMenu::aboutToShow, this, &MainWindow::fillSavedMenu);
    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    if (QComboBox *cities = buildCityFilter())
        searchRow->addWidget(cities);
    searchRow->addWidget(m_saved);
    middleLayout->addLayout(searchRow);
    m_pinNote = new QLabel;
    m_pinNote->setObjectName(QStringLiteral("dashboardCasesNote"));
    m_pinNote->setWordWrap(true);
    m_pinNote->hide();
    connect(m_pinNote, &QLabel::linkActivated, this, &MainWindow::clearDashboardCases);
    middleLayout->addWidget(m_pinNote);
    middleLayout->addWidget(m_table);
    auto *work = new QSplitter(Qt::Vertical);
    work->setObjectName(QStringLiteral("casesAndCase"));
    work->addWidget(middle);
    work->addWidget(m_caseView);
    // The list and the case share the height, and the list always shows a
    // few rows: on a laptop at 125 % under both banners it kept two, and
    // five would take the window past the screen.
    work->setStretchFactor(0, 1);
    work->setStretchFactor(1, 1);
    work->setCollapsible(0, false);
    m_table->setMinimumHeight(m_table->horizontalHeader()->sizeHint().height()
                              + 3 * m_table->verticalHeader()->defaultSectionSize() + 4);
    auto *splitter = new QSplitter;
    splitter->setObjectName(QStringLiteral("queuesAndCases"));
    splitter->addWidget(left);
    splitter->addWidget(work);
    splitter->setStretchFactor(1, 1);
    auto *central = new QWidget;
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->addWidget(m_basisBanner);
    centralLayout->addWidget(m_banner);
    centralLayout->addWidget(splitter, 1);
    setCentralWidget(buildPages(central));
}

bool MainWindow::worksCases() const
{
    // The ministry's reviewer reads; nothing of theirs waits to be sent.
    return Workflow::worksCases(m_session.account.role);
}

void MainWindow::buildOutboxDock()
{
    if (!worksCases())
        return;
    m_outbox = new OutboxPanel(*m_session.desk);
    connect(m_outbox, &OutboxPanel::openCase, this, &MainWindow::openCase);
    connect(m_outbox, &OutboxPanel::changed, this, [this] {
        refreshAfterChange();
        // A clash made again or a refusal discarded: the case and the status
        // bar stop saying it now, not at the next sync.
        if (!m_caseView->caseId().isEmpty())
            m_caseView->reload();
        const auto counts = m_session.store->outboxCounts();
        if (counts && counts->value(QStringLiteral("conflict")) == 0
            && counts->value(QStringLiteral("rejected")) == 0
            && statusBar()->currentMessage() == m_outboxAlarm)
            statusBar()->clearMessage();
    });
    m_outboxDock = new QDockWidget(UiTr::tr("Outbox"));
    m_outboxDock->setObjectName(QStringLiteral("outboxDock"));
    m_outboxDock->setWidget(m_outbox);
    addDockWidget(Qt::BottomDockWidgetArea, m_outboxDock);
    m_outboxDock->hide();
    // Opened below the cases at a quarter of the height.
    connect(m_outboxDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible && !m_outboxDock->isFloating())
            resizeDocks({m_outboxDock}, {std::max(120, height() / 4)}, Qt::Vertical);
    });
}

void MainWindow::buildStatusBar()
{
    m_status = new SyncStatusBar;
    setStatusBar(m_status);
    m_status->setOutboxShown(worksCases());
    connect(m_status, &SyncStatusBar::outboxClicked, this, [this] {
        if (m_outboxDock)
            m_outboxDock->setVisible(!m_outboxDock->isVisible());
    });
    connect(m_status, &SyncStatusBar::stopClicked, this, [this] { m_session.sync->cancel(); });
    connect(m_status, &SyncStatusBar::retryClicked, this, &MainWindow::syncNow);
    // What was just done, said over the corner of the window: nothing moves.
    m_toast = new Toast(this);
}

void MainWindow::connectSync()
{
    BackgroundSync *sync = m_session.sync.get();
    connect(sync, &BackgroundSync::progress, m_status, &SyncStatusBar::syncProgress);
    connect(sync, &BackgroundSync::finished, this, &MainWindow::syncEnded);
    connect(sync, &BackgroundSync::dueDatesChanged, this, [this] {
        refreshCounts();
        updateBreachBanner();
        const int row = m_queues->currentRow();
        if (row >= 0 && m_queueDefinitions.at(row).overdue)
            m_model->reload();
    });
    connect(
        sync, &BackgroundSync::onlineChanged, this, [this](bool online) { showOnline(online); });
    m_status->showOnline(m_session.online);
    if (sync->isRunning()) { // the window was made again while a sync runs
        if (m_outbox)
            m_outbox->setSyncRunning(true);
        m_status->syncStarted();
    }
    // Offline, the window tries the server again by itself, counting down.
    m_retry = new RetryCountdown(this);
    connect(m_retry, &RetryCountdown::ticked, m_status, &SyncStatusBar::showRetryIn);
    connect(m_retry, &RetryCountdown::due, this, &MainWindow::autoSync);
    // A window made again while offline (in another language) goes on trying.
    if (m_session.online == false && !sync->isRunning())
        m_retry->failed();
    // Each command is said in a toast and sent a few seconds later.
    m_syncSoon.setSingleShot(true);
    m_syncSoon.setInterval(SyncAfterCommand);
    connect(&m_syncSoon, &QTimer::timeout, this, [this] {
        if (m_session.sync->isRunning())
            m_syncSoon.start(); // the running one may have left before them
        else
            autoSync();
    });
    // The desk outlives this window; the window made after it (in another
    // language) takes its place as the listener.
    m_session.desk->onQueued([window = QPointer<MainWindow>(this)](const QList<CaseCommand> &made) {
        if (window)
            window->commandsQueued(made);
    });
}

void MainWindow::startTimers()
{
    // Deadlines move with the clock, and so do the counts after a sync.
    m_minute.setInterval(60 * 1000);
    connect(&m_minute, &QTimer::timeout, this, [this] {
        m_model->refreshDeadlines();
        refreshStatus();
        updateBreachBanner();
    });
    m_minute.start();
    m_autoSync.setInterval(10 * 60 * 1000);
    connect(&m_autoSync, &QTimer::timeout, this, &MainWindow::autoSync);
    m_autoSync.start();
    if (m_session.config.lockMinutes > 0) {
        m_idle.setSingleShot(true);
        m_idle.setInterval(m_session.config.lockMinutes * 60 * 1000);
        connect(&m_idle, &QTimer::timeout, this, [this] { lockNow(LockCause::Idle); });
        qApp->installEventFilter(this);
        m_idle.start();
    }
}

void MainWindow::buildMenus()
{
    buildWorkMenu();
    buildQueuesMenu();
    buildOversightMenu();
    buildPapersMenu();
    buildLanguageMenu();
    buildHelpMenu();
}

void MainWindow::buildWorkMenu()
{
    QMenu *work = menuBar()->addMenu(UiTr::tr("&Work"));
    QAction *sync = work->addAction(UiTr::tr("&Sync now"), this, &MainWindow::syncNow);
    sync->setShortcut(QKeySequence::Refresh);
    sync->setIcon(Icons::named(QStringLiteral("view-refresh")));
    QAction *find = work->addAction(UiTr::tr("&Find a case"), this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    find->setShortcut(QKeySequence::Find);
    find->setIcon(Icons::named(QStringLiteral("edit-find")));
    QAction *saveSearchAction = work->addAction(UiTr::tr("Save this &search…"), this, [this] {
        fillSavedMenu();
        m_saved->menu()->actions().constFirst()->trigger();
    });
    saveSearchAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    QAction *cases = work->addAction(UiTr::tr("Go to the &case list"), this, [this] {
        showCaseList();
        m_table->setFocus();
    });
    cases->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    if (m_outboxDock) {
        QAction *outbox = m_outboxDock->toggleViewAction();
        outbox->setText(UiTr::tr("&Outbox"));
        outbox->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_O));
        outbox->setIcon(Icons::named(QStringLiteral("mail-send-receive")));
        work->addAction(outbox);
    }
    addNotificationsAction(work);
    addDeskActions(work);
    work->addSeparator();
    work->addAction(Icons::named(QStringLiteral("dialog-password")),
                    UiTr::tr("Change &password…"),
                    this,
                    [this] { changePassword(); });
    QAction *lock = work->addAction(
        UiTr::tr("&Lock the screen"), this, [this] { lockNow(LockCause::ByHand); });
    lock->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    lock->setIcon(Icons::named(QStringLiteral("system-lock-screen")));
    QAction *quit = work->addAction(UiTr::tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setIcon(Icons::named(QStringLiteral("application-exit")));
}

// What the role does at its desk: the CSC's arrivals and courier, the
// officer's originals, the supervisor's giving of cases.
void MainWindow::addDeskActions(QMenu *work)
{
    if (m_session.account.role == Role::CscOperator) {
        work->addSeparator();
        QAction *arrival = work->addAction(
            UiTr::tr("An applicant has &arrived…"), this, &MainWindow::openArrivalDesk);
        arrival->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
        arrival->setIcon(Icons::named(QStringLiteral("go-jump")));
        QAction *courier = work->addAction(
            UiTr::tr("Send originals by cou&rier…"), this, [this] { openCourier(); });
        courier->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
        courier->setIcon(Icons::named(QStringLiteral("mail-send")));
    }
    if (m_session.account.role == Role::MigrationOfficer) {
        work->addSeparator();
        QAction *received = work->addAction(
            UiTr::tr("O&riginals received from the courier…"), this, [this] { openCourier(); });
        received->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
        received->setIcon(Icons::named(QStringLiteral("mail-unread")));
    }
    if (m_session.account.role == Role::MigrationOfficer
        || m_session.account.role == Role::Supervisor) {
        QAction *batch = work->addAction(UiTr::tr("&Decide on the selected cases…"),
                                         this,
                                         qOverload<>(&MainWindow::decideSelected));
        batch->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    }
    if (m_session.account.role == Role::Supervisor) {
        QAction *give
            = work->addAction(UiTr::tr("&Give the case to…"), this, &MainWindow::giveOpenCase);
        give->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G));
        addBulkActions(work);
    } else if (m_session.account.role == Role::MigrationOfficer
               || m_session.account.role == Role::CscOperator) {
        addBulkActions(work);
    }
}

void MainWindow::buildQueuesMenu()
{
    QMenu *queues = menuBar()->addMenu(UiTr::tr("&Queues"));
    for (int row = 0; row < m_queueDefinitions.size() && row < 9; ++row) {
        QAction *action = queues->addAction(m_queueDefinitions.at(row).title, this, [this, row] {
            showCaseList();
            m_queues->setCurrentRow(row);
            m_table->setFocus();
        });
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + row)));
        action->setIcon(Icons::forQueue(m_queueDefinitions.at(row).id));
    }
}

void MainWindow::buildLanguageMenu()
{
    QMenu *language = menuBar()->addMenu(UiTr::tr("&Language"));
    auto *group = new QActionGroup(this);
    const QString current = QLocale().name().left(2);
    for (const auto &[code, name] : {std::pair{QStringLiteral("kk"), QStringLiteral("Қазақша")},
                                     std::pair{QStringLiteral("ru"), QStringLiteral("Русский")},
                                     std::pair{QStringLiteral("en"), QStringLiteral("English")}}) {
        QAction *action = language->addAction(name);
        action->setCheckable(true);
        action->setChecked(code == current);
        group->addAction(action);
        connect(
            action, &QAction::triggered, this, [this, code] { Q_EMIT languageRequested(code); });
    }
}

void MainWindow::buildHelpMenu()
{
    QMenu *help = menuBar()->addMenu(UiTr::tr("&Help"));
    QAction *keys = help->addAction(UiTr::tr("&Keyboard shortcuts…"), this, [this] {
        if (m_locked)
            return;
        ShortcutSheet sheet(this, this);
        Q_EMIT shortcutSheetOpened(&sheet);
        sheet.exec();
    });
    keys->setShortcut(QKeySequence(Qt::Key_F1));
    addLogActions(help);
}

void MainWindow::openArrivalDesk()
{
    if (m_locked || m_session.account.role != Role::CscOperator)
        return;
    ArrivalDialog dialog(*m_session.desk, this);
    Q_EMIT deskDialogOpened(&dialog);
    if (dialog.exec() != QDialog::Accepted)
        return;
    refreshAfterChange();
    if (!dialog.chosenCaseId().isEmpty())
        openCase(dialog.chosenCaseId());
}

void MainWindow::openCourier()
{
    const Role role = m_session.account.role;
    if (m_locked || (role != Role::CscOperator && role != Role::MigrationOfficer))
        return;
    CourierDialog dialog(*m_session.desk,
                         role == Role::CscOperator ? CourierDialog::Mode::Dispatch
                                                   : CourierDialog::Mode::Receive,
                         this);
    // The site asks the CSC operator to sign each dispatch with their key.
    if (role == Role::CscOperator && m_session.config.signCourier)
        dialog.signWith(signingSetup());
    Q_EMIT deskDialogOpened(&dialog);
    if (dialog.exec() != QDialog::Accepted)
        return;
    refreshAfterChange();
    statusBar()->showMessage(
        role == Role::CscOperator ? UiTr::tr(
            "%n case(s) wait in the outbox to go by courier.", nullptr, dialog.dispatchedCount())
                                  : UiTr::tr("%n case(s) received: the final verification's three "
                                             "working days run from today.",
                                             nullptr,
                                             dialog.dispatchedCount()),
        15000);
}

void MainWindow::giveOpenCase()
{
    const std::optional<Case> &c = m_caseView->currentCase();
    if (m_locked || m_session.account.role != Role::Supervisor)
        return;
    if (!c) {
        statusBar()->showMessage(UiTr::tr("Open the case to give first."), 10000);
        return;
    }
    auto settings = m_session.syncSettings();
    if (!settings) {
        tell(this, UiTr::tr("Give the case"), settings.error().message, true);
        return;
    }
    auto engine = std::make_shared<SyncEngine>(*m_session.store, *settings);
    auto colleagues = GiveCaseDialog::colleagues(*engine);
    if (!colleagues) {
        // Signed out by the server: the next F5 asks for the password.
        if (colleagues.error().code == SyncErrors::PasswordNeeded)
            m_session.passwordNeeded = true;
        tell(this, UiTr::tr("Give the case"), colleagues.error().message, true);
        return;
    }
    auto *dialog = new GiveCaseDialog(engine, *c, *colleagues, this);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QString colleague = dialog->chosenColleague();
        if (colleague.isEmpty())
            return;
        if (auto given = dialog->give(); !given) {
            tell(this, UiTr::tr("Give the case"), given.error().message, true);
            return;
        }
        statusBar()->showMessage(UiTr::tr("%1 is now %2's.").arg(dialog->caseNumber(), colleague),
                                 15000);
        refreshAfterChange();
    });
    dialog->open();
}

QList<MainWindow::SavedSearch> MainWindow::savedSearches() const
{
    return readSavedSearches(*m_session.store);
}

void MainWindow::saveSearch(const QString &name)
{
    QList<SavedSearch> saved = savedSearches();
    const int row = m_queues->currentRow();
    const QString queue = row >= 0 ? m_queueDefinitions.at(row).id : QString();
    saved.removeIf([&name](const SavedSearch &search) { return search.name == name; });
    saved.append({name, queue, m_search->text().trimmed()});
    if (auto kept = keepSavedSearches(*m_session.store, saved); !kept)
        statusBar()->showMessage(kept.error().message, 10000);
}

void MainWindow::applySavedSearch(const QString &name)
{
    for (const SavedSearch &search : savedSearches()) {
        if (search.name != name)
            continue;
        selectQueue(search.queue);
        m_search->setText(search.text);
        m_table->setFocus();
    }
}

void MainWindow::fillSavedMenu()
{
    QMenu *menu = m_saved->menu();
    menu->clear();
    menu->addAction(UiTr::tr("Save this search…"), this, [this] {
        bool ok = false;
        const QString name = askText(this,
                                     UiTr::tr("Save the search"),
                                     UiTr::tr("A name for this queue and search:"),
                                     &ok)
                                 .trimmed();
        if (ok && !name.isEmpty())
            saveSearch(name);
    });
    const QList<SavedSearch> saved = savedSearches();
    if (!saved.isEmpty())
        menu->addSeparator();
    for (const SavedSearch &search : saved) {
        menu->addAction(search.name, this, [this, name = search.name] { applySavedSearch(name); });
    }
}

void MainWindow::selectQueue(const QString &id)
{
    showCaseList();
    for (int row = 0; row < m_queueDefinitions.size(); ++row) {
        if (m_queueDefinitions.at(row).id == id)
            m_queues->setCurrentRow(row);
    }
}

void MainWindow::queueChosen()
{
    const int row = m_queues->currentRow();
    if (row < 0 || row >= m_queueDefinitions.size())
        return;
    const QueueDefinition &queue = m_queueDefinitions.at(row);
    m_pinNote->hide(); // a queue chosen: the dashboard's cases give way to it
    m_model->setStates(queue.states,
                       queue.overdue ? std::optional<QDate>(attentionOn()) : std::nullopt);
    // A queue of one stage says it on every row: the column goes, and the
    // name and the deadline get its room.
    m_table->setColumnHidden(CaseTableModel::Stage, queue.states.size() == 1);
    if (!m_model->lastError().isEmpty())
        statusBar()->showMessage(m_model->lastError(), 15000);
    if (m_model->rowCount() > 0)
        m_table->selectRow(0);
    updateEmptyText();
    updateBreachBanner();
}

void MainWindow::openCase(const QString &caseId)
{
    if (caseId.isEmpty())
        return;
    m_caseView->showCase(caseId);
    const int row = m_model->rowOf(caseId);
    if (row >= 0)
        m_table->selectRow(row);
}

int MainWindow::mostUrgentQueue() const
{
    // What needs doing first: the deadlines close or past, then the first
    // step of the process that holds any case.
    QString error;
    const QList<qint64> totals
        = countQueues(*m_session.store, m_queueDefinitions, attentionOn(), &error);
    if (totals.size() != m_queueDefinitions.size())
        return 0;
    for (int row = 0; row < totals.size(); ++row) {
        if (m_queueDefinitions.at(row).overdue && totals.at(row) > 0)
            return row;
    }
    for (int row = 0; row < totals.size(); ++row) {
        if (totals.at(row) > 0)
            return row;
    }
    return 0;
}

void MainWindow::updateEmptyText()
{
    const int current = m_queues->currentRow();
    if (current < 0 || current >= m_queueDefinitions.size())
        return;
    // Where the work is instead, with how much of it.
    QStringList elsewhere;
    for (int row = 0; row < m_counts.size() && row < m_queueDefinitions.size(); ++row) {
        if (row != current && m_counts.at(row) > 0 && !m_queueDefinitions.at(row).overdue) {
            elsewhere.append(
                UiTr::tr("%1 in “%2”")
                    .arg(QLocale().toString(m_counts.at(row)), m_queueDefinitions.at(row).title));
        }
    }
    const QString term = m_search->text().trimmed();
    QString text;
    if (!term.isEmpty()) {
        text = elsewhere.isEmpty() ? UiTr::tr("No case of yours matches “%1”.").arg(term)
                                   : UiTr::tr("No match here. Found elsewhere: %1.")
                                         .arg(elsewhere.join(QStringLiteral(", ")));
    } else if (m_queueDefinitions.at(current).overdue) {
        text = UiTr::tr("No deadline is close or past: nothing to chase here.");
    } else {
        text = UiTr::tr("Nothing in “%1” now. New work comes with each sync (F5).")
                   .arg(m_queueDefinitions.at(current).title);
        if (!elsewhere.isEmpty()) {
            text += u'\n' + UiTr::tr("Work waits in %1.").arg(elsewhere.join(QStringLiteral(", ")));
        }
    }
    m_table->setEmptyText(text);
}

QDate MainWindow::attentionOn() const
{
    return m_session.desk->today();
}

void MainWindow::refreshCounts()
{
    const QString term = m_search->text().trimmed();
    if (!term.isEmpty()) {
        // While searching, a queue counts the cases it holds that match.
        const QList<qint64> hits
            = countQueueHits(*m_session.store, m_queueDefinitions, term, attentionOn());
        m_counts = hits;
        updateEmptyText();
        for (int row = 0; row < hits.size(); ++row) {
            QListWidgetItem *item = m_queues->item(row);
            item->setText(
                UiTr::tr("%1 (%2 found)")
                    .arg(m_queueDefinitions.at(row).title, QLocale().toString(hits.at(row))));
            item->setData(QueueDelegate::CountRole, QLocale().toString(hits.at(row)));
            item->setData(QueueDelegate::AlarmRole, false);
            item->setData(QueueDelegate::FoundRole, true);
            item->setToolTip(item->text());
        }
        return;
    }
    QString error;
    const QList<qint64> totals
        = countQueues(*m_session.store, m_queueDefinitions, attentionOn(), &error);
    if (!error.isEmpty()) {
        statusBar()->showMessage(UiTr::tr("The queues could not be counted: %1").arg(error), 30000);
    }
    if (totals.size() != m_queueDefinitions.size())
        return;
    m_counts = totals;
    updateEmptyText();
    for (int row = 0; row < totals.size(); ++row) {
        QListWidgetItem *item = m_queues->item(row);
        item->setText(UiTr::tr("%1 (%2)").arg(m_queueDefinitions.at(row).title,
                                              QLocale().toString(totals.at(row))));
        item->setData(QueueDelegate::CountRole, QLocale().toString(totals.at(row)));
        item->setData(QueueDelegate::AlarmRole,
                      m_queueDefinitions.at(row).overdue && totals.at(row) > 0);
        item->setData(QueueDelegate::FoundRole, false);
        item->setToolTip(item->text());
    }
    // Every queue's name whole where the screen has room; on a small one the
    // names elide (the item's text and tooltip keep them whole) before the
    // window outgrows the screen.
    m_queues->setMinimumWidth(std::clamp(m_queues->sizeHintForColumn(0) + 8, 200, 250));
}

void MainWindow::refreshStatus()
{
    refreshCounts();
    m_status->showKept(*m_session.store, m_lastSyncError);
    if (m_outbox)
        m_outbox->reload();
}

void MainWindow::refreshAfterOwnStep()
{
    // The row shows the case as the step leaves it; a case the step took out
    // of this queue hands over to the next one, so that the work goes on.
    const QString open = m_caseView->caseId();
    const int before = m_model->rowOf(open);
    refreshAfterChange();
    const int row = m_model->rowOf(open);
    if (open.isEmpty() || before < 0 || (row >= 0 && !m_model->leftItsQueue(row)))
        return;
    const int rows = m_model->rowCount();
    for (int next = before; next < rows + before; ++next) {
        const int candidate = next % rows;
        if (candidate != row && !m_model->leftItsQueue(candidate)) {
            m_table->selectRow(candidate);
            return;
        }
    }
}

void MainWindow::refreshAfterChange()
{
    const QString open = m_caseView->caseId();
    m_model->reload();
    refreshStatus();
    const int row = m_model->rowOf(open);
    if (row >= 0)
        m_table->selectRow(row);
    else if (!open.isEmpty())
        m_caseView->showCase(open); // it left this queue; it stays open
    else if (m_model->rowCount() > 0)
        m_table->selectRow(0);
}

void MainWindow::updateBreachBanner()
{
    m_basisBanner->showFor(m_session.law->legalBasis(), m_session.desk->today());
    // The cases of the role's overdue queue, the stages where its duties
    // run: those whose chip is amber or red, by each clock's own threshold.
    // A role without duty deadlines (the ministry) has no banner.
    const auto overdue = std::find_if(m_queueDefinitions.cbegin(),
                                      m_queueDefinitions.cend(),
                                      [](const QueueDefinition &queue) { return queue.overdue; });
    if (overdue == m_queueDefinitions.cend()) {
        m_banner->showCount(0, false);
        return;
    }
    const int soon = int(
        m_session.store->countNeedingAttention(stateIdsOf(*overdue), attentionOn()).value_or(0));
    m_banner->showCount(soon, true);
}

void MainWindow::lockNow(LockCause cause)
{
    if (m_locked)
        return;
    m_locked = true;
    // The work behind the lock is not shown while it is locked: the window's,
    // and that of any form or scan left open (covered, not closed, so that
    // a half-filled form is still there after the password).
    centralWidget()->hide();
    m_toast->clear(); // a toast names a case
    const bool outboxShown = m_outboxDock && m_outboxDock->isVisible();
    if (m_outboxDock)
        m_outboxDock->hide();
    QList<QPointer<QWidget>> covers;
    for (QWidget *window : QApplication::topLevelWidgets()) {
        if (window == this || !window->isVisible())
            continue;
        auto *cover = new QWidget(window);
        cover->setObjectName(QStringLiteral("lockCover"));
        cover->setAutoFillBackground(true);
        cover->setGeometry(window->rect());
        cover->show();
        cover->raise();
        covers.append(cover);
    }
    LockDialog dialog(m_session.account.name, m_session.verifier, cause, this);
    dialog.setObjectName(QStringLiteral("lockDialog"));
    const int result = dialog.exec();
    if (result == LockDialog::SignOut) {
        // The forms left open close unsaved and unasked (no "discard?" that
        // the next person could answer for this officer), still covered; the
        // outbox stays in this officer's cache. The window goes once they
        // have returned (the workstation waits for that).
        for (QWidget *window : QApplication::topLevelWidgets()) {
            if (auto *open = qobject_cast<QDialog *>(window); open && open->isVisible())
                open->done(QDialog::Rejected);
        }
        Q_EMIT signOutRequested();
        return; // still locked: nothing shows until the window goes
    }
    for (const QPointer<QWidget> &cover : std::as_const(covers))
        delete cover.data();
    if (m_outboxDock)
        m_outboxDock->setVisible(outboxShown);
    centralWidget()->show();
    m_locked = false;
    m_idle.start();
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
        if (!m_locked)
            m_idle.start();
        break;
    default:
        break;
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Work not yet on the server: say what it is, and offer to send it.
    switch (askAboutUnsentWork(*m_session.store, this)) {
    case UnsentWorkAnswer::SyncNow:
        event->ignore();
        syncNow();
        return;
    case UnsentWorkAnswer::Stay:
        event->ignore();
        return;
    case UnsentWorkAnswer::NothingUnsent:
    case UnsentWorkAnswer::QuitAnyway:
        break;
    }
    if (m_session.sync->isRunning()) {
        // Nothing is lost either way (each page and its cursor are one
        // transaction), but say so rather than stop quietly.
        m_session.sync->cancel();
        statusBar()->showMessage(UiTr::tr("Stopping the sync…"));
    }
    event->accept();
}

} // namespace Kezek
