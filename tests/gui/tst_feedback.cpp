// What the window says after the officer acts, and about the server: a toast
// over the corner that moves nothing, a sync a few seconds after a command,
// offline said at once with the next try counting down, and an outbox that
// says nothing stale (and none for a reader).
#include "core/domain/documentcatalog.h"
#include "db/server/serverstore.h"
#include "sync/syncengine.h"
#include "tests/gui/guifixture.h"
#include "tests/support/builders.h"
#include "ui/caseview.h"
#include "ui/mainwindow.h"
#include "ui/outboxpanel.h"
#include "ui/retrycountdown.h"
#include "ui/syncstatusbar.h"
#include "ui/toast.h"
#include "ui/workstation.h"

#include <QAccessible>
#include <QAction>
#include <QDockWidget>
#include <QFrame>
#include <QLabel>
#include <QMainWindow>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QToolButton>
#include <QUuid>
#include <QVBoxLayout>

using namespace Kezek;
using namespace Kezek::Testing;

namespace {

// What screen readers were told as alerts, by accessible name.
QStringList g_alerts;

void hearAlerts(QAccessibleEvent *event)
{
    if (event->type() != QAccessible::Alert)
        return;
    if (QAccessibleInterface *face = event->accessibleInterface())
        g_alerts.append(face->text(QAccessible::Name));
}

// The window as it is drawn next: buttons just put in a layout shown, and
// every layout done.
void settle()
{
    for (int pass = 0; pass < 3; ++pass)
        QCoreApplication::sendPostedEvents();
}

} // namespace

class TestFeedback : public GuiFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void toastsComeOneAfterAnotherOverTheWindowAndAreReadOut();
    void aCommandIsSaidInAToastAndReachesTheServerWithoutF5();
    void theOutboxForgetsASettledClashAtOnceAndTheReviewerHasNone();
    // Last: it stops the server and starts it again.
    void offlineIsSaidAtOnceCountsDownAndGoesWhenTheServerIsBack();

private:
    bool verifiedOnServer(const QString &caseId, DocumentType type) const;
    static void verify(CaseView *view, DocumentType type);

    QList<Case> m_cases;
};

void TestFeedback::initTestCase()
{
    QVERIFY(startServer());
    auto store = openStore();
    QVERIFY(store);
    const QDate today = kazakhstanDate(QDateTime::currentDateTimeUtc());
    for (int n = 0; n < 3; ++n) {
        Case c = Builders::caseIn(CaseState::Received, today, City::Astana);
        c.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        c.number = QStringLiteral("DNR-2026-%1").arg(700 + n, 6, 10, QLatin1Char('0'));
        m_cases.append(c);
    }
    QVERIFY(store->saveCases(m_cases));
}

bool TestFeedback::verifiedOnServer(const QString &caseId, DocumentType type) const
{
    auto store = openStore();
    if (!store)
        return false;
    auto found = store->findCase(caseId);
    if (!found || !*found)
        return false;
    const auto item = (*found)->preliminaryDocuments.item(type);
    return item && item->status == DocumentStatus::Verified;
}

void TestFeedback::verify(CaseView *view, DocumentType type)
{
    view->selectDocument(type);
    auto *button = view->findChild<QPushButton *>(QStringLiteral("verifyDocument"));
    QVERIFY(button && button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
}

void TestFeedback::toastsComeOneAfterAnotherOverTheWindowAndAreReadOut()
{
    g_alerts.clear();
    // What a screen reader is told (where the platform has accessibility
    // running; the offscreen one of these tests has none).
    QAccessible::installUpdateHandler(hearAlerts);
    const auto deaf = qScopeGuard([] { QAccessible::installUpdateHandler(nullptr); });
    QMainWindow window;
    auto *central = new QWidget;
    auto *layout = new QVBoxLayout(central);
    auto *work = new QPushButton(QStringLiteral("Work"));
    layout->addWidget(work);
    layout->addStretch();
    window.setCentralWidget(central);
    window.statusBar()->showMessage(QStringLiteral("Ready"));
    window.resize(900, 600);
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    work->setFocus();
    const QRect workWas = work->geometry();
    auto *toast = new Toast(&window);

    const QString first = QStringLiteral("DNR-2026-000001 · Photo: verified — sending…");
    const QString second = QStringLiteral("DNR-2026-000002 · Photo: verified — sending…");
    toast->post(first);
    toast->post(second);
    toast->post(second); // the same word twice in a row is said once
    QCOMPARE(toast->current(), first);
    QCOMPARE(toast->queued(), QStringList{second});
    QVERIFY(toast->isVisible());
    // Over the window's bottom-right corner, above the status bar, in no
    // layout: nothing under it moved, and the keys stay where they were.
    QCOMPARE(work->geometry(), workWas);
    QVERIFY(!central->isAncestorOf(toast));
    QVERIFY(window.rect().contains(toast->geometry()));
    QVERIFY(toast->geometry().bottom() < window.statusBar()->geometry().top());
    QVERIFY(toast->geometry().center().x() > window.width() / 2);
    QVERIFY(work->hasFocus());
    QCOMPARE(window.statusBar()->currentMessage(), QStringLiteral("Ready"));
    // Read out as it comes: its accessible name is the text.
    QAccessibleInterface *face = QAccessible::queryAccessibleInterface(toast);
    QVERIFY(face);
    QCOMPARE(face->text(QAccessible::Name), first);
    if (QAccessible::isActive())
        QVERIFY2(g_alerts.contains(first), qPrintable(g_alerts.join(u'|')));

    // The window made narrower: the toast keeps to its corner.
    window.resize(700, 600);
    QTRY_VERIFY(toast->geometry().right() < window.width());
    QVERIFY(toast->geometry().bottom() < window.statusBar()->geometry().top());

    // The next comes when the first has gone, and then none.
    QTRY_COMPARE_WITH_TIMEOUT(toast->current(), second, Toast::ShownMs * 3);
    QVERIFY(toast->queued().isEmpty());
    QCOMPARE(face->text(QAccessible::Name), second);
    if (QAccessible::isActive())
        QVERIFY2(g_alerts.contains(second), qPrintable(g_alerts.join(u'|')));
    QTRY_VERIFY_WITH_TIMEOUT(toast->current().isEmpty() && !toast->isVisible(), Toast::ShownMs * 3);
    QCOMPARE(work->geometry().topLeft(), workWas.topLeft());

    // A click puts one away at once.
    toast->post(first);
    QVERIFY(toast->isVisible());
    QTest::mouseClick(toast, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!toast->isVisible(), 2000);
}

void TestFeedback::aCommandIsSaidInAToastAndReachesTheServerWithoutF5()
{
    WorkstationConfig here = config(m_dir.filePath(QStringLiteral("soon")));
    here.syncAfterCommand = true;
    Workstation workstation(here, *m_law);
    MainWindow *window = openAs(workstation, QStringLiteral("officer.astana"));
    QVERIFY(window);
    const Case &c = m_cases.at(0);
    window->openCase(c.id);
    CaseView *view = window->caseView();
    QCOMPARE(view->caseId(), c.id);
    auto *tabs = view->findChild<QTabWidget *>();
    auto *notice = view->findChild<QLabel *>(QStringLiteral("caseNotice"));
    QVERIFY(tabs && notice);
    // Where the tabs are once the case is laid out, on a desk's screen.
    window->resize(1280, 720);
    settle();
    const QPoint tabsAt = tabs->mapTo(window, QPoint());

    QSignalSpy synced(window, &MainWindow::syncFinished);
    verify(view, DocumentType::Photo);
    // Said over the corner: the case, what was done, and that it is on its
    // way; the case's tabs stay where they were.
    QTRY_VERIFY(!window->toast()->current().isEmpty());
    const QString said = window->toast()->current();
    QVERIFY2(said.contains(c.number)
                 && said.contains(documentTitle(DocumentType::Photo) + QStringLiteral(": verified"))
                 && said.contains(u"sending"),
             qPrintable(said));
    settle();
    QCOMPARE(tabs->mapTo(window, QPoint()), tabsAt);
    QVERIFY(!notice->isVisible());
    screenshot(window, QStringLiteral("toast-sending-en"));

    // On the server a few seconds later, without F5, and said so.
    QTRY_VERIFY_WITH_TIMEOUT(verifiedOnServer(c.id, DocumentType::Photo), 30000);
    QTRY_VERIFY_WITH_TIMEOUT(synced.count() >= 1, 30000);
    QCOMPARE(synced.count(), 1);
    QVERIFY(synced.first().first().toBool());
    QTRY_VERIFY_WITH_TIMEOUT(window->toast()->current().contains(u"server has your work"),
                             Toast::ShownMs * 4);
    QVERIFY(workstation.session().store->outbox(QStringLiteral("pending"), 10)->isEmpty());
    settle();
    QCOMPARE(tabs->mapTo(window, QPoint()), tabsAt);

    // Two in a row go in one sync.
    synced.clear();
    verify(view, DocumentType::StateDuty);
    verify(view, DocumentType::Questionnaire);
    QTRY_VERIFY_WITH_TIMEOUT(verifiedOnServer(c.id, DocumentType::StateDuty)
                                 && verifiedOnServer(c.id, DocumentType::Questionnaire),
                             30000);
    QTRY_VERIFY_WITH_TIMEOUT(synced.count() >= 1, 30000);
    QTest::qWait(int(MainWindow::SyncAfterCommand.count()) + 1000);
    QCOMPARE(synced.count(), 1);

    // In Kazakh and Russian too (the window is made again in the language).
    for (const QString &language : {QStringLiteral("kk"), QStringLiteral("ru")}) {
        workstation.switchLanguage(language);
        MainWindow *again = workstation.window();
        QVERIFY(QTest::qWaitForWindowExposed(again));
        again->openCase(m_cases.at(1).id);
        QSignalSpy sent(again, &MainWindow::syncFinished);
        verify(again->caseView(),
               language == u"kk" ? DocumentType::Photo : DocumentType::StateDuty);
        QTRY_VERIFY(!again->toast()->current().isEmpty());
        QVERIFY(again->toast()->current().contains(m_cases.at(1).number));
        QVERIFY2(!again->toast()->current().contains(u"sending"),
                 qPrintable(again->toast()->current()));
        screenshot(again, QStringLiteral("toast-sending-") + language);
        QTRY_VERIFY_WITH_TIMEOUT(sent.count() >= 1, 30000);
    }
    workstation.switchLanguage(QStringLiteral("en"));
}

void TestFeedback::theOutboxForgetsASettledClashAtOnceAndTheReviewerHasNone()
{
    // A reader makes no commands: no outbox, no badge, no Ctrl+O.
    {
        Workstation reader(config(m_dir.filePath(QStringLiteral("reader"))), *m_law);
        MainWindow *window = openAs(reader, QStringLiteral("ministry.reviewer"));
        QVERIFY(window);
        QVERIFY(!window->outboxPanel());
        QVERIFY(!window->findChild<QDockWidget *>(QStringLiteral("outboxDock")));
        QVERIFY(!window->findChild<QToolButton *>(QStringLiteral("waiting"))->isVisible());
        const auto actions = window->findChildren<QAction *>();
        for (const QAction *action : actions)
            QVERIFY2(action->shortcut() != QKeySequence(Qt::CTRL | Qt::Key_O),
                     qPrintable(action->text()));
    }

    // Two officers verify the same photo; the second meets a clash.
    Workstation first(config(m_dir.filePath(QStringLiteral("first"))), *m_law);
    QVERIFY(openAs(first, QStringLiteral("officer.astana")));
    Workstation second(config(m_dir.filePath(QStringLiteral("second"))), *m_law);
    MainWindow *window = openAs(second, QStringLiteral("officer2.astana"));
    QVERIFY(window);
    const Case &c = m_cases.at(2);
    first.window()->openCase(c.id);
    verify(first.window()->caseView(), DocumentType::Photo);
    window->openCase(c.id);
    verify(window->caseView(), DocumentType::Photo);
    first.window()->syncNow();
    QVERIFY(waitForSync(first.window()));
    window->syncNow();
    QVERIFY(waitForSync(window));

    OutboxPanel *outbox = window->outboxPanel();
    QVERIFY(outbox && outbox->isVisible());
    QCOMPARE(outbox->rows(), 1);
    QCOMPARE(outbox->statusAt(0), QStringLiteral("conflict"));
    auto *open = outbox->findChild<QPushButton *>(QStringLiteral("openCase"));
    auto *rebase = outbox->findChild<QPushButton *>(QStringLiteral("rebase"));
    auto *detail = outbox->findChild<QLabel *>(QStringLiteral("outboxDetail"));
    auto *badge = window->findChild<QToolButton *>(QStringLiteral("waiting"));
    auto *notice = window->caseView()->findChild<QLabel *>(QStringLiteral("caseNotice"));
    // Nothing chosen: nothing to open.
    QVERIFY(!open->isEnabled());
    outbox->findChild<QTableWidget *>(QStringLiteral("outbox"))->selectRow(0);
    QVERIFY(open->isEnabled());
    QVERIFY(!detail->text().isEmpty());
    QVERIFY(window->statusBar()->currentMessage().contains(u"need you"));
    QVERIFY(badge->text().contains(u"need you"));
    // A message on the status bar hides neither the badge nor the rest.
    QVERIFY(badge->isVisible());
    QVERIFY2(notice->text().contains(u"newer version"), qPrintable(notice->text()));

    // Made again on the server's version: the explanation, the alarm and
    // the case's note go at once, not at the next sync.
    QTest::mouseClick(rebase, Qt::LeftButton);
    QCOMPARE(outbox->statusAt(0), QStringLiteral("pending"));
    QVERIFY2(detail->text().isEmpty(), qPrintable(detail->text()));
    QVERIFY(!window->statusBar()->currentMessage().contains(u"need you"));
    QVERIFY2(!badge->text().contains(u"need you"), qPrintable(badge->text()));
    QVERIFY2(!notice->text().contains(u"newer version"), qPrintable(notice->text()));
    QVERIFY(!open->isEnabled());
    QVERIFY(!rebase->isEnabled());
    // Said, in a toast, like any command.
    QTRY_VERIFY(window->toast()->current().contains(c.number));
    // Any message leaves the badge in sight.
    window->statusBar()->showMessage(QStringLiteral("A long message about something else"));
    QVERIFY(badge->isVisible());
    QVERIFY(badge->text().startsWith(u"1 "));
    window->syncNow();
    QVERIFY(waitForSync(window));
    QCOMPARE(outbox->rows(), 0);
}

void TestFeedback::offlineIsSaidAtOnceCountsDownAndGoesWhenTheServerIsBack()
{
    Workstation workstation(config(m_dir.filePath(QStringLiteral("offline"))), *m_law);
    MainWindow *window = openAs(workstation, QStringLiteral("officer.astana"));
    QVERIFY(window);
    SyncStatusBar *status = window->syncStatus();
    QVERIFY(status->offlineText().isEmpty());
    const Case &c = m_cases.at(1);
    window->openCase(c.id);
    verify(window->caseView(), DocumentType::Questionnaire);
    m_server->stop();

    // The window's settings: a refused connection is one try, said at once
    // (the window tries again by itself, and shows when).
    {
        auto settings = workstation.session().syncSettings();
        QVERIFY(settings);
        SyncEngine engine(*workstation.session().store, *settings);
        int tries = 0;
        connect(&engine, &SyncEngine::onlineChanged, this, [&tries](bool online) {
            tries += online ? 0 : 1;
        });
        auto ran = engine.run();
        QVERIFY(!ran);
        QCOMPARE(ran.error().code, QStringLiteral("sync.offline"));
        QCOMPARE(tries, 1);
    }

    // F5: offline, said in full, with the next try counting down.
    QSignalSpy ended(window, &MainWindow::syncFinished);
    QTest::keyClick(window, Qt::Key_F5);
    QVERIFY(ended.wait(60000));
    QVERIFY(!ended.first().first().toBool());
    QTRY_VERIFY_WITH_TIMEOUT(!status->offlineText().isEmpty(), 3000);
    auto *bar = status->findChild<QFrame *>(QStringLiteral("offlineBar"));
    QVERIFY(bar && bar->isVisible());
    QVERIFY(!status->findChild<QLabel *>(QStringLiteral("online"))->isVisible());
    RetryCountdown *retry = window->retryCountdown();
    QVERIFY(retry->isCounting());
    QCOMPARE(retry->secondsLeft(), RetryCountdown::DelaysSeconds.front());
    const QString said = status->offlineText();
    QVERIFY2(said.contains(u"your work is kept") && said.contains(u"Retrying in 5 s"),
             qPrintable(said));
    QCOMPARE(bar->accessibleName(), said);
    QTRY_VERIFY_WITH_TIMEOUT(retry->secondsLeft() < RetryCountdown::DelaysSeconds.front(), 3000);
    QVERIFY(status->offlineText() != said);
    QVERIFY(status->offlineText().contains(QString::number(retry->secondsLeft())));
    // A message on the status bar hides neither the bar nor the badge.
    auto *badge = window->findChild<QToolButton *>(QStringLiteral("waiting"));
    window->statusBar()->showMessage(QStringLiteral("Something else to say"));
    QVERIFY(bar->isVisible());
    QVERIFY(badge->isVisible());
    QVERIFY(badge->text().startsWith(u"1 "));
    screenshot(window, QStringLiteral("offline-en"));

    // By itself it tries again, and waits longer after each failure.
    QSignalSpy ticks(retry, &RetryCountdown::ticked);
    QTRY_VERIFY_WITH_TIMEOUT(ticks.contains(QVariantList{RetryCountdown::DelaysSeconds.at(1)}),
                             30000);
    QVERIFY(bar->isVisible());

    // In Kazakh and Russian (the window is made again, and goes on trying).
    for (const QString &language : {QStringLiteral("kk"), QStringLiteral("ru")}) {
        workstation.switchLanguage(language);
        MainWindow *again = workstation.window();
        QVERIFY(QTest::qWaitForWindowExposed(again));
        QVERIFY(!again->syncStatus()->offlineText().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(again->retryCountdown()->isCounting(), 30000);
        QTRY_VERIFY(again->syncStatus()->offlineText().contains(
            QString::number(again->retryCountdown()->secondsLeft())));
        screenshot(again, QStringLiteral("offline-") + language);
    }
    workstation.switchLanguage(QStringLiteral("en"));
    window = workstation.window();
    status = window->syncStatus();
    QVERIFY(QTest::qWaitForWindowExposed(window));

    // The server back where it was: "Retry now" sends the work, and the bar goes.
    QVERIFY(m_server->startAgain());
    auto *now = status->findChild<QToolButton *>(QStringLiteral("retryNow"));
    QVERIFY(now && now->isVisible());
    QTest::mouseClick(now, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(status->offlineText().isEmpty(), 60000);
    QVERIFY(!status->findChild<QFrame *>(QStringLiteral("offlineBar"))->isVisible());
    QVERIFY(status->findChild<QLabel *>(QStringLiteral("online"))->text().contains(u"online"));
    QVERIFY(!window->retryCountdown()->isCounting());
    QTRY_VERIFY_WITH_TIMEOUT(verifiedOnServer(c.id, DocumentType::Questionnaire), 30000);
}

QTEST_MAIN(TestFeedback)
#include "tst_feedback.moc"
