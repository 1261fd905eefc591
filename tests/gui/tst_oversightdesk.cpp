// The supervisor's and the ministry's desks: a case given to an officer, a
// refusal made in error revoked (§19), the ministry's petitions followed and
// none worked. A real window (offscreen), a real kezek-server over TLS. Every
// test stands on cases of its own (issue 32, point 3).
#include "core/domain/displaydate.h"
#include "core/domain/workflow.h"
#include "core/security/passwords.h"
#include "core/security/signatures.h"
#include "core/simulation/scangenerator.h"
#include "db/server/serverstore.h"
#include "db/server/userstore.h"
#include "resources/shippeddata.h"
#include "tests/gui/guifixture.h"
#include "tests/support/builders.h"
#include "tests/support/serverprocess.h"
#include "tests/support/testdata.h"
#include "ui/actiondialog.h"
#include "ui/arrivaldialog.h"
#include "ui/casetablemodel.h"
#include "ui/caseview.h"
#include "ui/comparisondialog.h"
#include "ui/courierdialog.h"
#include "ui/deadlinetext.h"
#include "ui/kezekpalette.h"
#include "ui/lockdialog.h"
#include "ui/mainwindow.h"
#include "ui/noticepreview.h"
#include "ui/outboxpanel.h"
#include "ui/passworddialog.h"
#include "ui/scanviewer.h"
#include "ui/signindialog.h"
#include "ui/uitr.h"
#include "ui/workstation.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCryptographicHash>
#include <QDialogButtonBox>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QGraphicsView>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPdfDocument>
#include <QPdfSelection>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QScreen>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTimer>
#include <QToolButton>
#include <QUuid>

using namespace Kezek;
using namespace Kezek::Testing;

class TestOversightDesk : public GuiFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void aSupervisorGivesACaseToAnOfficer();
    void theMinistryFollowsItsPetitionsAndWorksNone();
    void aSupervisorRevokesARefusalMadeInErrorAndAWithdrawalIsShown();
};

void TestOversightDesk::initTestCase()
{
    QVERIFY(startServer());
}

void TestOversightDesk::aSupervisorGivesACaseToAnOfficer()
{
    // A new application of the test's own, held by nobody.
    const Case given = ownCase(CaseState::Received, 0);
    QVERIFY(savedOnServer({given}));
    Workstation workstation(config(m_dir.filePath(QStringLiteral("giving"))), *m_law);
    QVERIFY(workstation.signIn(QStringLiteral("supervisor.astana"), Password));
    MainWindow *window = workstation.window();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QVERIFY(waitForSync(window));
    window->openCase(given.id);
    QCOMPARE(window->caseView()->caseId(), given.id);

    // Ctrl+Shift+G, the officer chosen with the keyboard, Enter.
    QTest::keyClick(window, Qt::Key_G, Qt::ControlModifier | Qt::ShiftModifier);
    QDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window->findChild<QDialog *>(QStringLiteral("give-case"))));
    auto *list = dialog->findChild<QListWidget *>(QStringLiteral("colleagues"));
    QVERIFY(list);
    QStringList offered;
    for (int row = 0; row < list->count(); ++row)
        offered.append(list->item(row)->data(Qt::UserRole).toString());
    offered.sort();
    // The city's officers; not the supervisor, not the ministry.
    QCOMPARE(offered,
             (QStringList{QStringLiteral("officer.astana"), QStringLiteral("officer2.astana")}));
    const auto chosen = list->findItems(QStringLiteral("officer2.astana"), Qt::MatchContains);
    QCOMPARE(chosen.size(), 1);
    list->setCurrentItem(chosen.constFirst());
    screenshot(dialog, QStringLiteral("give-case-en"));
    QTest::keyClick(list, Qt::Key_Return);
    QTRY_VERIFY(window->statusBar()->currentMessage().contains(u"officer2.astana"));

    // The server holds it for the officer, and the supervisor's own cache says so.
    QTRY_COMPARE(workstation.session().store->claimOf(given.id).value().value_or(ClaimRow{}).holder,
                 QStringLiteral("officer2.astana"));
    auto store = ServerStore::open(QStringLiteral("sqlite:") + m_server->folder()
                                   + QStringLiteral("/server.db"));
    QVERIFY(store);
    auto claim = (*store)->claimOf(given.id, QDateTime::currentDateTimeUtc());
    QVERIFY(claim && claim->has_value());
    QCOMPARE((*claim)->holder, QStringLiteral("officer2.astana"));
}

void TestOversightDesk::theMinistryFollowsItsPetitionsAndWorksNone()
{
    // Cases of two cities: the ministry sees the whole country.
    Case astana = ownCase(CaseState::Received, 0);
    Case almaty = ownCase(CaseState::Registered);
    almaty.city = City::Almaty;
    QVERIFY(savedOnServer({astana, almaty}));
    Workstation workstation(config(m_dir.filePath(QStringLiteral("ministry"))), *m_law);
    QVERIFY(workstation.signIn(QStringLiteral("ministry.reviewer"), Password));
    MainWindow *window = workstation.window();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QVERIFY(waitForSync(window));
    QVERIFY(window->queueList()->item(0)->text().startsWith(u"Petitions: under review"));
    // Both are under review, in the first queue.
    QTRY_VERIFY(window->caseModel()->rowOf(astana.id) >= 0);
    QVERIFY(window->caseModel()->rowOf(almaty.id) >= 0);
    window->openCase(astana.id);
    QCOMPARE(window->caseView()->caseId(), astana.id);
    // Read only: no action the law offers, and nothing to claim.
    const auto buttons = window->caseView()->findChildren<QPushButton *>();
    for (const QPushButton *button : buttons) {
        QVERIFY2(!button->isVisible() || !button->text().contains(u"Claim"),
                 qPrintable(button->text()));
    }
    QVERIFY(Workflow::availableActions(astana, workstation.session().account.actor()).isEmpty());
    workstation.switchLanguage(QStringLiteral("kk"));
    QVERIFY(QTest::qWaitForWindowExposed(workstation.window()));
    QVERIFY(workstation.window()->queueList()->item(0)->text().startsWith(u"Өтінішхаттар"));
    screenshot(workstation.window(), QStringLiteral("ministry-kk"));
    workstation.switchLanguage(QStringLiteral("en"));
}

void TestOversightDesk::aSupervisorRevokesARefusalMadeInErrorAndAWithdrawalIsShown()
{
    // A refusal made in error (§19): the city's supervisor revokes it, with
    // written reasoning and their own signature; the case goes back to the
    // officer's decision. And an application its applicant withdrew through
    // eGov shows as withdrawn among the decided.
    auto store = ServerStore::open(QStringLiteral("sqlite:") + m_server->folder()
                                   + QStringLiteral("/server.db"));
    QVERIFY(store);
    UserStore users(**store);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString keyFile = signingKey(users, QStringLiteral("supervisor.astana"));
    QVERIFY(!keyFile.isEmpty());
    const Case refused = ownCase(CaseState::PreliminarilyRefused, 2);
    Case withdrawn = ownCase(CaseState::Received);
    withdrawn = Workflow::apply(withdrawn,
                                Builders::system(),
                                Builders::input(Action::Withdraw, kazakhstanDate(now)),
                                Builders::context())
                    ->after;
    const Case deleted = ownCase(CaseState::Deleted, 2);
    QVERIFY((*store)->saveCases({refused, withdrawn, deleted}));

    WorkstationConfig supervisorConfig = config(m_dir.filePath(QStringLiteral("revoking")));
    supervisorConfig.keyFile = keyFile;
    Workstation workstation(supervisorConfig, *m_law);
    MainWindow *window = openAs(workstation, QStringLiteral("supervisor.astana"));
    QVERIFY(window);
    window->openCase(refused.id);
    CaseView *view = window->caseView();
    QCOMPARE(view->caseId(), refused.id);
    // What the refusal rests on is on the case: NSC's answer and its day, and
    // every record check with its outcome (§13-17).
    auto *checks = view->findChild<QTableWidget *>(QStringLiteral("checks"));
    QVERIFY(checks);
    QCOMPARE(checks->rowCount(), int(refused.checks.size()) + 1);
    QCOMPARE(checks->item(0, 2)->text(), QStringLiteral("NOT APPROVED"));
    QCOMPARE(checks->item(0, 3)->text(),
             formatDate(Builders::dayReached(CaseState::DecisionDue, refused.receivedOn)));
    QCOMPARE(checks->item(1, 2)->text(), QStringLiteral("clear"));
    auto *revoke = view->findChild<QPushButton *>(QStringLiteral("action-revoke-decision"));
    QVERIFY(revoke);
    QVERIFY(whileOpen<ActionDialog>(
        view,
        &CaseView::actionDialogOpened,
        [&] { QTest::mouseClick(revoke, Qt::LeftButton); },
        [&](ActionDialog *form) {
            // No reasoning yet: the law objects and nothing can be signed.
            QVERIFY(!form->objection().isEmpty());
            QVERIFY(form->findChild<QPlainTextEdit *>(QStringLiteral("text")));
            form->setText(QStringLiteral("Судимость принадлежит однофамильцу."));
            QVERIFY2(form->objection().isEmpty(), qPrintable(form->objection()));
            // The applicant's letter says the decision is revoked, in Russian.
            const QString letter = form->noticePreviewHtml();
            QVERIFY2(letter.contains(u"однофамильцу"), qPrintable(letter));
            screenshot(form, QStringLiteral("revoke-decision-en"));
            form->setKeyPassword(KeyPassword);
            form->submit();
        }));
    QCOMPARE(view->currentCase()->state, CaseState::DecisionDue);
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));
    QTest::keyClick(window, Qt::Key_F5);
    QVERIFY(waitForSync(window));
    const Case onServer = **(*store)->findCase(refused.id);
    QCOMPARE(onServer.state, CaseState::DecisionDue);
    QCOMPARE(onServer.decisions.constLast().kind, DecisionKind::Revocation);
    QCOMPARE(onServer.decisions.constLast().userId, QStringLiteral("supervisor.astana"));
    QVERIFY(!onServer.bannedUntil(*m_calendar));

    // The withdrawn application, in its own words, among the closed cases.
    window->selectQueue(caseStateId(CaseState::Withdrawn));
    QVERIFY(window->caseModel()->rowOf(withdrawn.id) >= 0);
    QCOMPARE(window->caseModel()->rowOf(deleted.id), -1); // closed, but not withdrawn
    window->openCase(withdrawn.id);
    QVERIFY(window->caseView()
                ->findChild<QLabel *>(QStringLiteral("caseTitle"))
                ->text()
                .contains(withdrawn.number));
    QVERIFY(!view->findChild<QPushButton *>(QStringLiteral("action-revoke-decision")));
}

QTEST_MAIN(TestOversightDesk)
#include "tst_oversightdesk.moc"
