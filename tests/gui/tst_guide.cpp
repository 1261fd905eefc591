// The user guide (docs/guide/), walked as its readers walk it: each role's
// tasks in Kazakh, Russian and English, on a 1366×768 laptop screen. Every
// step takes the guide's picture (into KEZEK_SCREENSHOTS when it is set) and
// checks that the guide's page still says what the screen does: the buttons,
// menus and queues by the names they have in that language, the keys, and
// the picture itself. A renamed button or a changed key fails here, not in
// front of an officer with the guide open.
#include "core/domain/documentcatalog.h"
#include "core/domain/queues.h"
#include "core/domain/workflow.h"
#include "core/security/passwords.h"
#include "core/simulation/scangenerator.h"
#include "db/server/serverstore.h"
#include "db/server/userstore.h"
#include "tests/gui/guifixture.h"
#include "tests/support/builders.h"
#include "ui/actiondialog.h"
#include "ui/arrivaldialog.h"
#include "ui/casetablemodel.h"
#include "ui/caseview.h"
#include "ui/comparisondialog.h"
#include "ui/courierdialog.h"
#include "ui/lockdialog.h"
#include "ui/mainwindow.h"
#include "ui/outboxpanel.h"
#include "ui/signindialog.h"
#include "ui/uitr.h"
#include "ui/workstation.h"

#include <QAction>
#include <QCryptographicHash>
#include <QDialogButtonBox>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QShortcut>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimeZone>
#include <QTimer>
#include <QToolButton>
#include <QUuid>

using namespace Kezek;
using namespace Kezek::Testing;

namespace {

// One page of the guide in one language: what it says, and what a walk
// through the screens found it does not say.
class GuidePage
{
public:
    GuidePage(QString language, QString name)
        : m_language(std::move(language))
        , m_name(std::move(name))
    {
        QFile file(QStringLiteral(KEZEK_SOURCE_DIR "/docs/guide/%1/%2.md").arg(m_language, m_name));
        // Read as a reader reads it: a label broken over two lines is one label.
        if (file.open(QIODevice::ReadOnly))
            m_text = QString::fromUtf8(file.readAll()).simplified();
        else
            m_missing.append(QStringLiteral("the page itself (%1)").arg(file.fileName()));
    }

    // A label as the reader sees it: without the mnemonic's ampersand.
    void names(const QString &label)
    {
        QString shown = label.simplified();
        shown.remove(u'&');
        // An action's button writes its key after its name; the page gives
        // the name, and the key where it says which.
        static const QRegularExpression key(QStringLiteral(" \\(Alt\\+\\d\\)$"));
        shown.remove(key);
        if (!m_text.contains(shown))
            m_missing.append(shown);
    }
    void names(QKeySequence key) { names(key.toString(QKeySequence::PortableText)); }
    // The step's picture: shown on the page, and its file's name.
    QString pictured(int step)
    {
        const QString name = QStringLiteral("%1-%2").arg(m_name).arg(step);
        names(QStringLiteral("../images/%1/%2.png").arg(m_language, name));
        return m_language + u'/' + name;
    }
    bool complete() const { return m_missing.isEmpty(); }
    QString report() const
    {
        return QStringLiteral("%1/%2.md does not say: %3")
            .arg(m_language, m_name, m_missing.join(QStringLiteral(" | ")));
    }

private:
    QString m_language;
    QString m_name;
    QString m_text;
    QStringList m_missing;
};

// The window's menu command with this key, and the menu it is in.
std::pair<QMenu *, QAction *> menuCommand(MainWindow *window, const QKeySequence &key)
{
    for (QAction *top : window->menuBar()->actions()) {
        if (!top->menu())
            continue;
        for (QAction *action : top->menu()->actions()) {
            if (action->shortcut() == key)
                return {top->menu(), action};
        }
    }
    return {nullptr, nullptr};
}

bool hasKey(QWidget *widget, const QKeySequence &key)
{
    const auto shortcuts = widget->findChildren<QShortcut *>();
    return std::any_of(shortcuts.cbegin(), shortcuts.cend(), [&key](const QShortcut *shortcut) {
        return shortcut->key() == key && shortcut->isEnabled();
    });
}

QString queueTitle(Role role, const QString &id)
{
    for (const QueueDefinition &queue : queuesFor(role)) {
        if (queue.id == id)
            return queue.title;
    }
    return {};
}

// Whether the queue holds the case, as the officer would see on choosing it.
bool queueHolds(MainWindow *window, const QString &queue, const QString &caseId)
{
    window->selectQueue(queue);
    return window->caseModel()->rowOf(caseId) >= 0;
}

// Presses the key in the window, as the officer does after a click back on it.
std::function<void()> press(QWidget *window, QKeyCombination key)
{
    return [window, key] {
        window->activateWindow();
        if (QTest::qWaitForWindowActive(window))
            QTest::keyClick(window, key.key(), key.keyboardModifiers());
    };
}

QPushButton *actionButton(CaseView *view, Action action)
{
    return view->findChild<QPushButton *>(QStringLiteral("action-") + Workflow::actionId(action));
}

// The button that does what the form is for ("Sign and queue", "Queue for the server").
void namesSubmit(GuidePage &page, QDialog *form)
{
    auto *box = form->findChild<QDialogButtonBox *>();
    for (QAbstractButton *b : box->buttons()) {
        if (box->buttonRole(b) == QDialogButtonBox::AcceptRole) {
            QVERIFY(b->isEnabled());
            page.names(b->text());
        }
    }
}

QPushButton *button(QWidget *parent, const QString &name)
{
    return parent->findChild<QPushButton *>(name);
}

} // namespace

class TestGuide : public GuiFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void theFirstDayPageSignsInFindsSyncsAndLocks_data() { languages(); }
    void theFirstDayPageSignsInFindsSyncsAndLocks();
    void theOfficerPageChecksReturnsSendsDecidesAndReceives_data() { languages(); }
    void theOfficerPageChecksReturnsSendsDecidesAndReceives();
    void theCscPageTakesComparesRegistersAndSends_data() { languages(); }
    void theCscPageTakesComparesRegistersAndSends();
    void theSupervisorPageChasesGivesAndRevokes_data() { languages(); }
    void theSupervisorPageChasesGivesAndRevokes();
    void theMinistryPageReadsAndWorksNone_data() { languages(); }
    void theMinistryPageReadsAndWorksNone();

private:
    static void languages();
    // Whether the queue holds the case once the steps are on the server (F5):
    // the queues list the cases as the server has them.
    static bool sentAndHeld(MainWindow *window, const QString &queue, const QString &caseId)
    {
        window->syncNow();
        return waitForSync(window) && queueHolds(window, queue, caseId);
    }
    static void picture(GuidePage &page, QWidget *widget, int step)
    {
        screenshot(widget, page.pictured(step));
    }
    // The run's language, and a case number of its own for it.
    static QString language() { return QString::fromLatin1(QTest::currentDataTag()); }
    static QString number(int n);
    QString cacheFor(const QString &user) const;
    // The user's workstation, its signing key named as in the forms.
    WorkstationConfig configFor(const QString &user, const QString &keyFile = {}) const;

    QString m_supervisorKey;
};

void TestGuide::languages()
{
    QTest::addColumn<int>("unused");
    QTest::newRow("kk") << 0;
    QTest::newRow("ru") << 1;
    QTest::newRow("en") << 2;
}

QString TestGuide::number(int n)
{
    const int offset = language() == u"kk" ? 100 : language() == u"ru" ? 200 : 300;
    return QStringLiteral("DNR-2026-%1").arg(offset + n, 6, 10, QLatin1Char('0'));
}

QString TestGuide::cacheFor(const QString &user) const
{
    return m_dir.filePath(user + u'-' + language());
}

WorkstationConfig TestGuide::configFor(const QString &user, const QString &keyFile) const
{
    WorkstationConfig here = config(cacheFor(user));
    here.keyFile = QFileInfo(keyFile.isEmpty() ? here.keyFile : keyFile).fileName();
    return here;
}

void TestGuide::initTestCase()
{
    QVERIFY(startServer());
    auto store = openStore();
    QVERIFY(store);
    UserStore users(*store);
    QVERIFY(addCscOperator(users));
    m_supervisorKey = signingKey(users, QStringLiteral("supervisor.astana"));
    QVERIFY(!m_supervisorKey.isEmpty());
    const QString folder = qEnvironmentVariable("KEZEK_SCREENSHOTS");
    if (!folder.isEmpty()) {
        for (const char *language : {"kk", "ru", "en"})
            QVERIFY(QDir(folder).mkpath(QString::fromLatin1(language)));
        qputenv("KEZEK_SCREENSHOTS", QDir(folder).absolutePath().toUtf8());
    }
    // The forms show the signing key by the name an officer's key has, not
    // by this run's temporary folder: the keys are read from where they are.
    QVERIFY(QDir::setCurrent(m_dir.path()));
}

void TestGuide::init()
{
    Workstation::applyLanguage(language());
}

void TestGuide::cleanup()
{
    Workstation::applyLanguage(QStringLiteral("en"));
}

void TestGuide::theFirstDayPageSignsInFindsSyncsAndLocks()
{
    GuidePage page(language(), QStringLiteral("first-day"));
    Case c = Builders::caseIn(
        CaseState::Received, kazakhstanDate(QDateTime::currentDateTimeUtc()), City::Astana);
    c.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    c.number = number(1);
    // A surname of this run's own, so that the search finds one case.
    c.applicant.surname = language() == u"kk"   ? QStringLiteral("BERGSTRÖM")
                          : language() == u"ru" ? QStringLiteral("LINDQVIST")
                                                : QStringLiteral("HALVORSEN");
    QVERIFY(openStore()->saveCases({c}));

    // 1. Signing in: the user name and the password.
    {
        SignInDialog dialog(config(cacheFor(QStringLiteral("officer.astana"))));
        dialog.setUser(QStringLiteral("officer.astana"));
        // The picture shows a site's address, not this run's loopback port.
        dialog.findChild<QLineEdit *>(QStringLiteral("server"))
            ->setText(QStringLiteral("https://kezek.example.kz"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        for (const char *field : {"userLabel", "passwordLabel"})
            page.names(dialog.findChild<QLabel *>(QString::fromLatin1(field))->text());
        auto *box = dialog.findChild<QDialogButtonBox *>();
        const QList<QAbstractButton *> buttons = box->buttons();
        const auto signIn = std::find_if(buttons.cbegin(), buttons.cend(), [box](auto *b) {
            return box->buttonRole(b) == QDialogButtonBox::AcceptRole;
        });
        QVERIFY(signIn != buttons.cend() && (*signIn)->isEnabled());
        page.names((*signIn)->text());
        picture(page, &dialog, 1);
    }

    // 2. The window: the menus, the queues with their counts, the case.
    Workstation workstation(config(cacheFor(QStringLiteral("officer.astana"))), *m_law);
    MainWindow *window = openAs(workstation, QStringLiteral("officer.astana"));
    QVERIFY(window);
    for (QAction *menu : window->menuBar()->actions())
        page.names(menu->text());
    const QString newQueue = queueTitle(Role::MigrationOfficer, QStringLiteral("registration-due"));
    page.names(newQueue);
    QVERIFY(window->queueList()->item(0)->text().startsWith(newQueue));
    QVERIFY(queueHolds(window, QStringLiteral("registration-due"), c.id));
    page.names(queueTitle(Role::MigrationOfficer, QStringLiteral("overdue")));
    // Ctrl+1…9 choose the queues from the keyboard.
    QCOMPARE(menuCommand(window, QKeySequence(Qt::CTRL | Qt::Key_1)).second->text(), newQueue);
    page.names(QStringLiteral("Ctrl+1"));
    picture(page, window, 2);

    // 3. Search: Ctrl+F, a part of the name, Enter, Enter.
    QAction *find = menuCommand(window, QKeySequence::Find).second;
    QVERIFY(find && find->isEnabled());
    page.names(find->text());
    page.names(QKeySequence(QKeySequence::Find));
    window->selectQueue(QStringLiteral("registration-due"));
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));
    QTest::keyClick(window, Qt::Key_F, Qt::ControlModifier);
    QVERIFY(window->searchField()->hasFocus());
    QTest::keyClicks(window->searchField(), c.applicant.surname.left(6).toLower());
    QCOMPARE(window->caseModel()->rowCount(), 1);
    QTest::keyClick(window->searchField(), Qt::Key_Return);
    QTest::keyClick(window->caseTable(), Qt::Key_Return);
    QCOMPARE(window->caseView()->caseId(), c.id);
    picture(page, window->searchField()->parentWidget(), 3);

    // 4. The outbox and the sync: a step waits in the outbox until F5 sends it.
    CaseView *view = window->caseView();
    view->findChild<QTabWidget *>()->setCurrentIndex(1);
    view->selectDocument(DocumentType::Photo);
    QVERIFY(hasKey(view, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V)));
    QTest::keyClick(window, Qt::Key_V, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(view->currentCase()->preliminaryDocuments.item(DocumentType::Photo)->status,
             DocumentStatus::Verified);
    QCOMPARE(window->outboxPanel()->rows(), 1);
    QAction *outbox = menuCommand(window, QKeySequence(Qt::CTRL | Qt::Key_O)).second;
    QVERIFY(outbox && outbox->isEnabled());
    page.names(outbox->text());
    page.names(QKeySequence(Qt::CTRL | Qt::Key_O));
    QTest::keyClick(window, Qt::Key_O, Qt::ControlModifier);
    auto *dock = window->findChild<QDockWidget *>(QStringLiteral("outboxDock"));
    QTRY_VERIFY(dock->isVisible());
    window->outboxPanel()->findChild<QTableWidget *>(QStringLiteral("outbox"))->selectRow(0);
    page.names(button(window->outboxPanel(), QStringLiteral("discard"))->text()); // "Take back"
    picture(page, window->outboxPanel(), 4);
    QAction *sync = menuCommand(window, QKeySequence::Refresh).second;
    QVERIFY(sync && sync->isEnabled());
    page.names(sync->text());
    page.names(QStringLiteral("F5"));
    QTest::keyClick(window, Qt::Key_F5);
    QVERIFY(waitForSync(window));
    QCOMPARE(window->outboxPanel()->rows(), 0);
    page.names(UiTr::tr("● online"));
    page.names(UiTr::tr("○ offline"));

    // 5. Locking: Ctrl+L; only the password opens it, a wrong one is said.
    QAction *lock = menuCommand(window, QKeySequence(Qt::CTRL | Qt::Key_L)).second;
    QVERIFY(lock && lock->isEnabled());
    page.names(lock->text());
    page.names(QKeySequence(Qt::CTRL | Qt::Key_L));
    bool unlocked = false;
    std::function<void()> answer = [&] {
        auto *dialog = window->findChild<LockDialog *>();
        if (!dialog || !dialog->isVisible()) {
            QTimer::singleShot(10, window, answer);
            return;
        }
        auto *field = dialog->findChild<QLineEdit *>(QStringLiteral("unlockPassword"));
        field->setText(QStringLiteral("a guess"));
        dialog->tryUnlock();
        QVERIFY(dialog->isVisible());
        page.names(dialog->findChild<QLabel *>(QStringLiteral("unlockError"))->text());
        auto *box = dialog->findChild<QDialogButtonBox *>();
        for (QAbstractButton *b : box->buttons()) {
            if (box->buttonRole(b) == QDialogButtonBox::AcceptRole)
                page.names(b->text()); // "Unlock"
        }
        field->clear();
        picture(page, dialog, 5);
        field->setText(Password);
        dialog->tryUnlock();
        unlocked = !dialog->isVisible();
    };
    QTimer::singleShot(0, window, answer);
    QTest::keyClick(window, Qt::Key_L, Qt::ControlModifier);
    QVERIFY(unlocked);
    QVERIFY(!window->isLocked());

    // The languages, by the names the Language menu gives them, and the
    // keyboard's list in Help.
    for (QAction *top : window->menuBar()->actions()) {
        for (QAction *item : top->menu()->actions()) {
            if (item->isCheckable())
                page.names(item->text());
        }
    }
    page.names(window->menuBar()->actions().constLast()->menu()->actions().constFirst()->text());
    QVERIFY2(page.complete(), qPrintable(page.report()));
}

void TestGuide::theOfficerPageChecksReturnsSendsDecidesAndReceives()
{
    GuidePage page(language(), QStringLiteral("officer"));
    const QDate today = kazakhstanDate(QDateTime::currentDateTimeUtc());
    Case received = Builders::caseIn(CaseState::Received, today, City::Astana);
    received.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    received.number = number(11);
    received.applicant.language = language();
    Case registered = ownCase(CaseState::Registered, 0, number(12));
    // The record checks have answered (§13): nothing of them stands in the way.
    for (CheckKind kind : {CheckKind::Idb, CheckKind::CriminalRecords}) {
        registered.checks.append({CheckPhase::Preliminary,
                                  kind,
                                  CheckOutcome::Clear,
                                  today,
                                  kind == CheckKind::Idb ? QStringLiteral("IDB-2026-004127")
                                                         : QStringLiteral("CR-2026-118305"),
                                  QStringLiteral("checks"),
                                  {}});
    }
    Case decision = ownCase(CaseState::DecisionDue, 0, number(13));
    decision.applicant.language = language();
    Case inCourier = ownCase(CaseState::InCourier, 1, number(14));
    inCourier.courierTracking = QStringLiteral("KZP-2026-%1").arg(number(14).right(6));
    QVERIFY(openStore()->saveCases({received, registered, decision, inCourier}));

    Workstation workstation(configFor(QStringLiteral("officer.astana")), *m_law);
    MainWindow *window = openAs(workstation, QStringLiteral("officer.astana"));
    QVERIFY(window);
    CaseView *view = window->caseView();

    // 1. A new application's documents: verify, reject, compare, the scan.
    QVERIFY(queueHolds(window, QStringLiteral("registration-due"), received.id));
    window->openCase(received.id);
    QCOMPARE(view->caseId(), received.id);
    auto *tabs = view->findChild<QTabWidget *>();
    tabs->setCurrentIndex(1);
    page.names(tabs->tabText(1));
    view->selectDocument(DocumentType::Photo);
    for (const auto &[name, key] :
         {std::pair{"verifyDocument", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V)},
          std::pair{"viewScan", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)}}) {
        QPushButton *b = button(view, QString::fromLatin1(name));
        QVERIFY(b && b->isEnabled());
        QVERIFY(hasKey(view, key));
        page.names(b->text());
        page.names(key);
    }
    QVERIFY(hasKey(view, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_J)));
    page.names(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_J));
    page.names(UiTr::tr("Re&ject…"));
    page.names(UiTr::tr("Claim (Ctrl+M)"));
    picture(page, view, 1);

    // 2. Return for rework (§12): Alt and the number on the button, a reason,
    // the key's password; the case moves to "Returned to the applicant".
    QPushButton *returning = actionButton(view, Action::ReturnForRework);
    QVERIFY(returning && returning->isEnabled());
    page.names(returning->text());
    page.names(returning->shortcut());
    QVERIFY(returning->shortcut().toString(QKeySequence::PortableText).startsWith(u"Alt+"));
    QVERIFY(actionButton(view, Action::Register));
    page.names(actionButton(view, Action::Register)->text());
    const bool returned = whileOpen<ActionDialog>(
        view,
        &CaseView::actionDialogOpened,
        [returning] { QTest::mouseClick(returning, Qt::LeftButton); },
        [&](ActionDialog *form) {
            QVERIFY(!form->objection().isEmpty()); // no reason yet
            form->checkReason(QStringLiteral("DOCS-NONCOMPLIANT"));
            QVERIFY2(form->objection().isEmpty(), qPrintable(form->objection()));
            namesSubmit(page, form);
            page.names(button(form, QStringLiteral("noticePreview"))->text());
            form->setKeyPassword(KeyPassword);
            picture(page, form, 2);
            form->submit();
        });
    QVERIFY(returned);
    QCOMPARE((**workstation.session().desk->currentCase(received.id)).state,
             CaseState::ReturnedForRework);
    page.names(queueTitle(Role::MigrationOfficer, QStringLiteral("returned")));
    QVERIFY(sentAndHeld(window, QStringLiteral("returned"), received.id));

    // 3. A registered case goes to NSC through Berkut (§14).
    page.names(queueTitle(Role::MigrationOfficer, QStringLiteral("checks")));
    QVERIFY(queueHolds(window, QStringLiteral("checks"), registered.id));
    window->openCase(registered.id);
    QPushButton *toNsc = actionButton(view, Action::SendToNsc);
    QVERIFY(toNsc && toNsc->isEnabled());
    page.names(toNsc->text());
    // The Checks tab shows each answer (§13).
    tabs->setCurrentIndex(2);
    page.names(tabs->tabText(2));
    auto *checks = view->findChild<QTableWidget *>(QStringLiteral("checks"));
    QVERIFY(checks && checks->rowCount() >= 2);
    picture(page, view, 3);
    const bool sent = whileOpen<ActionDialog>(
        view,
        &CaseView::actionDialogOpened,
        [toNsc] { QTest::mouseClick(toNsc, Qt::LeftButton); },
        [&](ActionDialog *form) {
            QVERIFY2(form->objection().isEmpty(), qPrintable(form->objection()));
            namesSubmit(page, form);
            form->submit();
        });
    QVERIFY(sent);
    page.names(queueTitle(Role::MigrationOfficer, QStringLiteral("with-nsc")));
    QVERIFY(sentAndHeld(window, QStringLiteral("with-nsc"), registered.id));

    // 4. The preliminary decision after NSC's approval (§17-19): approve with
    // the preliminary permit number, or refuse with reasons.
    page.names(queueTitle(Role::MigrationOfficer, QStringLiteral("decision-due")));
    QVERIFY(queueHolds(window, QStringLiteral("decision-due"), decision.id));
    window->openCase(decision.id);
    QPushButton *approve = actionButton(view, Action::ApprovePreliminarily);
    QVERIFY(approve && approve->isEnabled());
    QVERIFY(actionButton(view, Action::RefusePreliminarily));
    page.names(approve->text());
    page.names(actionButton(view, Action::RefusePreliminarily)->text());
    const bool approved = whileOpen<ActionDialog>(
        view,
        &CaseView::actionDialogOpened,
        [approve] { QTest::mouseClick(approve, Qt::LeftButton); },
        [&](ActionDialog *form) {
            QVERIFY(!form->objection().isEmpty()); // the permit number is asked for
            form->setReference(QStringLiteral("PP-2026-%1").arg(number(13).right(4)));
            QVERIFY2(form->objection().isEmpty(), qPrintable(form->objection()));
            form->setKeyPassword(KeyPassword);
            namesSubmit(page, form);
            picture(page, form, 4);
            form->submit();
        });
    QVERIFY(approved);
    QCOMPARE((**workstation.session().desk->currentCase(decision.id)).state,
             CaseState::PreliminarilyApproved);
    page.names(queueTitle(Role::MigrationOfficer, QStringLiteral("awaiting-arrival")));
    QVERIFY(sentAndHeld(window, QStringLiteral("awaiting-arrival"), decision.id));

    // 5. The originals arrive by courier (§22): Ctrl+Shift+R, the tracking
    // number, Enter; the three working days of the final verification run.
    const auto [workMenu, receive]
        = menuCommand(window, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    QVERIFY(receive && receive->isEnabled());
    page.names(workMenu->title());
    page.names(receive->text());
    page.names(receive->shortcut());
    const bool receivedByCourier = whileOpen<CourierDialog>(
        window,
        &MainWindow::deskDialogOpened,
        press(window, Qt::CTRL | Qt::SHIFT | Qt::Key_R),
        [&](CourierDialog *dialog) {
            auto *field = dialog->findChild<QLineEdit *>(QStringLiteral("courierTracking"));
            QTest::keyClicks(field, inCourier.courierTracking.toLower());
            QTest::keyClick(field, Qt::Key_Return);
            QCOMPARE(dialog->cases()->count(), 1);
            page.names(button(dialog, QStringLiteral("receiveOriginals"))->text());
            picture(page, dialog, 5);
            QVERIFY2(dialog->receive(), qPrintable(dialog->errorText()));
        });
    QVERIFY(receivedByCourier);
    page.names(queueTitle(Role::MigrationOfficer, QStringLiteral("final-verification")));
    QVERIFY(sentAndHeld(window, QStringLiteral("final-verification"), inCourier.id));
    window->openCase(inCourier.id);
    for (Action action : {Action::GrantFinal, Action::RefuseFinal}) {
        QVERIFY(actionButton(view, action));
        page.names(actionButton(view, action)->text());
    }
    QVERIFY2(page.complete(), qPrintable(page.report()));
}

void TestGuide::theCscPageTakesComparesRegistersAndSends()
{
    GuidePage page(language(), QStringLiteral("csc"));
    Case arrival = ownCase(CaseState::PreliminarilyApproved, 3, number(21));
    arrival.preliminaryPermitNumber = QStringLiteral("PP-2026-%1").arg(number(21).right(4));
    Case granted = ownCase(CaseState::Granted, 2, number(22));
    auto store = openStore();
    QVERIFY(store->saveCases({arrival, granted}));
    // The passport as eGov filed it, for the comparison's left side.
    const QByteArray filed = ScanGenerator::png(600, 840, 11);
    QVERIFY(!filedOnServer(arrival.id, filed).isEmpty());

    Workstation workstation(config(cacheFor(QStringLiteral("csc.astana"))), *m_law);
    MainWindow *window = openAs(workstation, QStringLiteral("csc.astana"));
    QVERIFY(window);
    CaseView *view = window->caseView();
    const QDate today = workstation.session().desk->today();

    // 1. The applicant has arrived (§20-21): Ctrl+Shift+A, the preliminary
    // permit number from the notice, Enter, Record the arrival.
    page.names(queueTitle(Role::CscOperator, QStringLiteral("arrivals")));
    QVERIFY(queueHolds(window, QStringLiteral("arrivals"), arrival.id));
    const auto [workMenu, arrived]
        = menuCommand(window, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    QVERIFY(arrived && arrived->isEnabled());
    page.names(workMenu->title());
    page.names(arrived->text());
    page.names(arrived->shortcut());
    const bool taken = whileOpen<ArrivalDialog>(
        window,
        &MainWindow::deskDialogOpened,
        press(window, Qt::CTRL | Qt::SHIFT | Qt::Key_A),
        [&](ArrivalDialog *desk) {
            auto *field = desk->findChild<QLineEdit *>(QStringLiteral("arrivalSearch"));
            QTest::keyClicks(field, arrival.preliminaryPermitNumber);
            QTest::keyClick(field, Qt::Key_Return);
            QCOMPARE(desk->matches()->count(), 1);
            QVERIFY2(desk->mayRecord(), qPrintable(desk->verdictText()));
            QPushButton *record = button(desk, QStringLiteral("recordArrival"));
            QVERIFY(record && record->isEnabled());
            page.names(record->text());
            page.names(button(desk, QStringLiteral("openArrival"))->text());
            picture(page, desk, 1);
            QVERIFY2(desk->recordArrival(), qPrintable(desk->errorText()));
        });
    QVERIFY(taken);
    QCOMPARE(view->caseId(), arrival.id);
    page.names(queueTitle(Role::CscOperator, QStringLiteral("comparison")));
    QVERIFY(sentAndHeld(window, QStringLiteral("comparison"), arrival.id));

    // 2. Each original beside the filed copy (§21): Ctrl+Shift+C, what the
    // original says typed in, Matched or Mismatched.
    window->openCase(arrival.id);
    QVERIFY(hasKey(view, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C)));
    page.names(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    page.names(button(view, QStringLiteral("compareDocument"))->text());
    const Applicant &applicant = arrival.applicant;
    for (const CatalogEntry &entry : catalogFor(Stage::Final)) {
        view->selectDocument(entry.type);
        const bool compared = whileOpen<ComparisonDialog>(
            view,
            &CaseView::comparisonOpened,
            press(window, Qt::CTRL | Qt::SHIFT | Qt::Key_C),
            [&](ComparisonDialog *dialog) {
                dialog->setFacts(Builders::goodFacts(entry.type, applicant, today));
                // Every original scanned at the desk, as the page says.
                QVERIFY(dialog->setDeskScan(ScanGenerator::png(600, 840, 12)));
                if (entry.type == DocumentType::Photo) {
                    dialog->setFacts({});
                    QVERIFY(dialog->setDeskScan(ScanGenerator::png(350, 450, 5)));
                }
                if (entry.type == DocumentType::Passport) {
                    for (const char *name : {"matchDocument", "mismatchDocument"}) {
                        QPushButton *b = button(dialog, QString::fromLatin1(name));
                        QVERIFY(b && b->isEnabled());
                        page.names(b->text());
                    }
                    auto *scan
                        = dialog->findChild<QAbstractButton *>(QStringLiteral("chooseDeskScan"));
                    QVERIFY(scan && scan->isEnabled());
                    page.names(scan->text());
                    picture(page, dialog, 2);
                }
                QVERIFY2(dialog->markMatched(), qPrintable(dialog->errorText()));
            });
        QVERIFY2(compared, qPrintable(documentTypeId(entry.type)));
        QCOMPARE(view->currentCase()->cscComparison.item(entry.type)->status,
                 DocumentStatus::Verified);
    }

    // 3. The final application registered (§21): the case waits for the courier.
    QPushButton *registering = actionButton(view, Action::RegisterFinalApplication);
    QVERIFY(registering && registering->isEnabled());
    page.names(registering->text());
    page.names(actionButton(view, Action::DeclineAtCsc)->text());
    const bool registered = whileOpen<ActionDialog>(
        view,
        &CaseView::actionDialogOpened,
        [registering] { QTest::mouseClick(registering, Qt::LeftButton); },
        [&](ActionDialog *form) {
            QVERIFY2(form->objection().isEmpty(), qPrintable(form->objection()));
            namesSubmit(page, form);
            picture(page, form, 3);
            form->submit();
        });
    QVERIFY(registered);
    QCOMPARE((**workstation.session().desk->currentCase(arrival.id)).state,
             CaseState::FinalRegistered);
    page.names(queueTitle(Role::CscOperator, QStringLiteral("courier")));
    QVERIFY(sentAndHeld(window, QStringLiteral("courier"), arrival.id));

    // 4. The originals by courier (§21): Ctrl+Shift+K, the tracking number,
    // the transfer list saved and printed.
    QAction *courier = menuCommand(window, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K)).second;
    QVERIFY(courier && courier->isEnabled());
    page.names(courier->text());
    page.names(courier->shortcut());
    const QString pdf = m_dir.filePath(QStringLiteral("transfer-%1.pdf").arg(language()));
    const bool dispatched = whileOpen<CourierDialog>(
        window,
        &MainWindow::deskDialogOpened,
        press(window, Qt::CTRL | Qt::SHIFT | Qt::Key_K),
        [&](CourierDialog *batch) {
            QVERIFY(batch->cases()->count() >= 1);
            batch->setTracking(QStringLiteral("KZP-2026-%1").arg(number(21).right(6)));
            QPushButton *go = button(batch, QStringLiteral("dispatchCourier"));
            QVERIFY(go && go->isEnabled());
            page.names(go->text());
            picture(page, batch, 4);
            QVERIFY2(batch->dispatch(pdf), qPrintable(batch->errorText()));
        });
    QVERIFY(dispatched);
    QVERIFY(QFile::exists(pdf));
    QCOMPARE((*workstation.session().desk->currentCase(arrival.id))->state, CaseState::InCourier);
    QVERIFY(!sentAndHeld(window, QStringLiteral("courier"), arrival.id));

    // 5. The residence permit (§25-27): the passport, the permit's notice and
    // the duty receipt compared, then the permit's number recorded.
    page.names(queueTitle(Role::CscOperator, QStringLiteral("permits")));
    QVERIFY(queueHolds(window, QStringLiteral("permits"), granted.id));
    window->openCase(granted.id);
    for (const CatalogEntry &entry : catalogFor(Stage::Registration)) {
        view->selectDocument(entry.type);
        const bool compared = whileOpen<ComparisonDialog>(
            view,
            &CaseView::comparisonOpened,
            press(window, Qt::CTRL | Qt::SHIFT | Qt::Key_C),
            [&](ComparisonDialog *dialog) {
                dialog->setFacts(Builders::goodFacts(entry.type, granted.applicant, today));
                QVERIFY(dialog->setDeskScan(ScanGenerator::png(600, 840, 13)));
                QVERIFY2(dialog->markMatched(), qPrintable(dialog->errorText()));
            });
        QVERIFY(compared);
    }
    QPushButton *issue = actionButton(view, Action::IssueResidencePermit);
    QVERIFY(issue && issue->isEnabled());
    page.names(issue->text());
    const bool issued = whileOpen<ActionDialog>(
        view,
        &CaseView::actionDialogOpened,
        [issue] { QTest::mouseClick(issue, Qt::LeftButton); },
        [&](ActionDialog *form) {
            QVERIFY(!form->objection().isEmpty()); // the permit's number is asked for
            form->setReference(QStringLiteral("RP-2026-%1").arg(number(22).right(6)));
            QVERIFY2(form->objection().isEmpty(), qPrintable(form->objection()));
            namesSubmit(page, form);
            picture(page, form, 5);
            form->submit();
        });
    QVERIFY(issued);
    QCOMPARE((**workstation.session().desk->currentCase(granted.id)).state,
             CaseState::PermitIssued);
    QVERIFY(!sentAndHeld(window, QStringLiteral("permits"), granted.id));
    QVERIFY2(page.complete(), qPrintable(page.report()));
}

void TestGuide::theSupervisorPageChasesGivesAndRevokes()
{
    GuidePage page(language(), QStringLiteral("supervisor"));
    const QDate today = kazakhstanDate(QDateTime::currentDateTimeUtc());
    // Filed three weeks ago and never registered: past the two working days of §12.
    Case late = Builders::caseIn(CaseState::Received, today.addDays(-21), City::Astana);
    late.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    late.number = number(31);
    const Case refused = ownCase(CaseState::PreliminarilyRefused, 2, number(32));
    auto store = openStore();
    QVERIFY(store->saveCases({late, refused}));
    QVERIFY(store->claimCase(
        late.id, QStringLiteral("officer.astana"), QDateTime::currentDateTimeUtc(), 3600));

    Workstation workstation(configFor(QStringLiteral("supervisor.astana"), m_supervisorKey),
                            *m_law);
    MainWindow *window = openAs(workstation, QStringLiteral("supervisor.astana"));
    QVERIFY(window);
    CaseView *view = window->caseView();

    // 1. The city's overdue cases, with who holds each.
    const QString overdue = queueTitle(Role::Supervisor, QStringLiteral("overdue"));
    page.names(queueTitle(Role::Supervisor, QStringLiteral("all")));
    page.names(overdue);
    QCOMPARE(menuCommand(window, QKeySequence(Qt::CTRL | Qt::Key_2)).second->text(), overdue);
    page.names(QStringLiteral("Ctrl+2"));
    QTRY_VERIFY_WITH_TIMEOUT(queueHolds(window, QStringLiteral("overdue"), late.id), 30000);
    const int row = window->caseModel()->rowOf(late.id);
    QVERIFY(!window->caseTable()->isColumnHidden(CaseTableModel::Holder));
    QCOMPARE(window->caseModel()->index(row, CaseTableModel::Holder).data().toString(),
             QStringLiteral("Айгерім Сейтқали"));
    page.names(window->caseModel()
                   ->headerData(CaseTableModel::Holder, Qt::Horizontal, Qt::DisplayRole)
                   .toString());
    window->caseTable()->selectRow(row);
    picture(page, window, 1);

    // 2. Giving the case to a colleague: Ctrl+Shift+G, the name, Enter.
    window->openCase(late.id);
    QAction *give = menuCommand(window, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G)).second;
    QVERIFY(give && give->isEnabled());
    page.names(give->text());
    page.names(give->shortcut());
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));
    QTest::keyClick(window, Qt::Key_G, Qt::ControlModifier | Qt::ShiftModifier);
    QDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window->findChild<QDialog *>(QStringLiteral("give-case"))));
    auto *list = dialog->findChild<QListWidget *>(QStringLiteral("colleagues"));
    const auto chosen = list->findItems(QStringLiteral("officer2.astana"), Qt::MatchContains);
    QCOMPARE(chosen.size(), 1);
    list->setCurrentItem(chosen.constFirst());
    picture(page, dialog, 2);
    QTest::keyClick(list, Qt::Key_Return);
    QTRY_COMPARE(workstation.session().store->claimOf(late.id).value().value_or(ClaimRow{}).holder,
                 QStringLiteral("officer2.astana"));

    // 3. A refusal made in error, revoked with written reasoning and the
    // supervisor's signature (§19, §24): the case is back at the decision.
    window->openCase(refused.id);
    QPushButton *revoke = actionButton(view, Action::RevokeDecision);
    QVERIFY(revoke && revoke->isEnabled());
    page.names(revoke->text());
    const bool revoked = whileOpen<ActionDialog>(
        view,
        &CaseView::actionDialogOpened,
        [revoke] { QTest::mouseClick(revoke, Qt::LeftButton); },
        [&](ActionDialog *form) {
            QVERIFY(!form->objection().isEmpty()); // no reasoning yet
            auto *text = form->findChild<QPlainTextEdit *>(QStringLiteral("text"));
            QVERIFY(text);
            page.names(UiTr::tr("&Reasoning (required):"));
            form->setText(language() == u"kk" ? QStringLiteral("Сотталғандық аттас адамға тиесілі.")
                          : language() == u"ru"
                              ? QStringLiteral("Судимость принадлежит однофамильцу.")
                              : QStringLiteral("The criminal record belongs to a namesake."));
            QVERIFY2(form->objection().isEmpty(), qPrintable(form->objection()));
            form->setKeyPassword(KeyPassword);
            namesSubmit(page, form);
            picture(page, form, 3);
            form->submit();
        });
    QVERIFY(revoked);
    QCOMPARE((**workstation.session().desk->currentCase(refused.id)).state, CaseState::DecisionDue);
    page.names(caseStateTitle(CaseState::DecisionDue));
    QVERIFY2(page.complete(), qPrintable(page.report()));
}

void TestGuide::theMinistryPageReadsAndWorksNone()
{
    GuidePage page(language(), QStringLiteral("ministry"));
    Case c = ownCase(CaseState::WithNsc, 1, number(41));
    QVERIFY(openStore()->saveCases({c}));
    Workstation workstation(config(cacheFor(QStringLiteral("ministry.reviewer"))), *m_law);
    MainWindow *window = openAs(workstation, QStringLiteral("ministry.reviewer"));
    QVERIFY(window);

    // 1. The petitions by what became of them, every city's.
    for (const QueueDefinition &queue : queuesFor(Role::MinistryReviewer))
        page.names(queue.title);
    QVERIFY(queueHolds(window, QStringLiteral("petitions-in-review"), c.id));
    window->openCase(c.id);
    picture(page, window, 1);

    // 2. The case read, never worked: no action, nothing to claim; the
    // clocks say where it stands.
    CaseView *view = window->caseView();
    QCOMPARE(view->caseId(), c.id);
    for (const QPushButton *b : view->findChildren<QPushButton *>()) {
        QVERIFY2(!b->objectName().startsWith(u"action-"), qPrintable(b->objectName()));
        QVERIFY2(!b->isVisible() || !b->text().contains(UiTr::tr("Claim (Ctrl+M)")),
                 qPrintable(b->text()));
    }
    auto *tabs = view->findChild<QTabWidget *>();
    for (int tab = 0; tab < tabs->count(); ++tab)
        page.names(tabs->tabText(tab));
    tabs->setCurrentIndex(3); // the clocks
    picture(page, view, 2);
    tabs->setCurrentIndex(0);
    QVERIFY2(page.complete(), qPrintable(page.report()));
}

QTEST_MAIN(TestGuide)
#include "tst_guide.moc"
