// The escalations told to a supervisor (issue 30, point 3), as the window
// shows them: the list with what, which case and since when, the unread
// ones in bold and marked in words, the unread count in the status bar,
// Enter on one opening its case, and marking read kept over a restart. A
// real window (offscreen) against the real server.
#include "core/domain/oversight.h"
#include "db/server/serverstore.h"
#include "tests/gui/guifixture.h"
#include "tests/support/builders.h"
#include "ui/caseview.h"
#include "ui/mainwindow.h"
#include "ui/notificationpanel.h"
#include "ui/uitr.h"
#include "ui/workstation.h"

#include <QDockWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>
#include <QToolButton>
#include <QUuid>

using namespace Kezek;
using namespace Kezek::Testing;

class TestNotifications : public GuiFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void aBreachIsListedOpensItsCaseAndStaysReadOverARestart();

private:
    Case m_breached; // received three weeks ago: §12's two working days long over
    Case m_warning;  // its registration in its warning today
};

namespace {

QTableWidget *tableOf(MainWindow *window)
{
    return window->notificationPanel()->findChild<QTableWidget *>(QStringLiteral("notifications"));
}

int rowOfCase(QTableWidget *table, const QString &number)
{
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 1)->text() == number)
            return row;
    }
    return -1;
}

} // namespace

void TestNotifications::initTestCase()
{
    QVERIFY(startServer());
    auto store = openStore();
    QVERIFY(store);
    const QDate today = kazakhstanDate(QDateTime::currentDateTimeUtc());
    m_breached = Builders::caseIn(CaseState::Received, today.addDays(-21), City::Astana);
    m_breached.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_breached.number = QStringLiteral("DNR-2026-000301");
    // The day a registration clock is in its warning today, as the domain counts it.
    for (QDate start = today.addDays(-1); start >= today.addDays(-10); start = start.addDays(-1)) {
        Case c = Builders::caseIn(CaseState::Received, start, City::Astana);
        const auto alarms = clockAlarms(c, *m_calendar, today);
        if (alarms.size() == 1 && alarms.constFirst().standing == ClockStanding::Warning) {
            m_warning = c;
            break;
        }
    }
    QVERIFY(!m_warning.id.isEmpty());
    m_warning.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_warning.number = QStringLiteral("DNR-2026-000302");
    QVERIFY(store->saveCases({m_breached, m_warning}));
    // The server looks for escalations at start-up: once more, with the cases in.
    m_server->stop();
    QVERIFY(m_server->startAgain());
    QVERIFY(QTest::qWaitFor(
        [this] {
            return m_server->standardError().count(QStringLiteral(" INFO escalations raised=2"))
                   == 1;
        },
        30000));
}

// Issue 30, point 3: the city's supervisor is told at their sync; what,
// which case, since when; unread in bold and in words; Enter opens the case.
void TestNotifications::aBreachIsListedOpensItsCaseAndStaysReadOverARestart()
{
    const QString cache = m_dir.filePath(QStringLiteral("notifications"));
    {
        Workstation workstation(config(cache), *m_law);
        MainWindow *window = openAs(workstation, QStringLiteral("supervisor.astana"));
        QVERIFY(window);
        QTableWidget *table = tableOf(window);
        QCOMPARE(table->rowCount(), 2);
        const int row = rowOfCase(table, m_breached.number);
        QVERIFY(row >= 0);
        QCOMPARE(table->item(row, 0)->text(), QStringLiteral("unread"));
        QVERIFY(table->item(row, 2)->font().bold());
        QCOMPARE(table->item(row, 2)->text(),
                 QStringLiteral("Breached: Registration in the migration police system (§12) "
                                "ended on %1")
                     .arg(m_breached.clocks.constFirst()
                              .dueDate(*m_calendar, m_breached.receivedOn)
                              .toString(QStringLiteral("dd.MM.yyyy"))));
        QVERIFY(!table->item(row, 3)->text().isEmpty()); // since when
        auto *unread = window->findChild<QToolButton *>(QStringLiteral("unreadNotifications"));
        QVERIFY(unread);
        // The count in the translation's own plural (the English one included).
        QCOMPARE(unread->text(), UiTr::tr("%n unread notification(s)", nullptr, 2));

        // Ctrl+Shift+N opens the list; Enter on the breach opens its case.
        QTest::keyClick(window, Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(window->notificationsDock()->isVisible());
        table->setFocus();
        table->selectRow(row);
        QTest::keyClick(table, Qt::Key_Return);
        QTRY_COMPARE(window->caseView()->caseId(), m_breached.id);
        const int after = rowOfCase(table, m_breached.number);
        QCOMPARE(table->item(after, 0)->text(), QStringLiteral("read"));
        QVERIFY(!table->item(after, 2)->font().bold());
        QCOMPARE(unread->text(), UiTr::tr("%n unread notification(s)", nullptr, 1));
        screenshot(window, QStringLiteral("notifications-en"));
        // The list in Kazakh and Russian (the window is made again in the language).
        for (const QString &language : {QStringLiteral("kk"), QStringLiteral("ru")}) {
            workstation.switchLanguage(language);
            MainWindow *again = workstation.window();
            QVERIFY(QTest::qWaitForWindowExposed(again));
            QTest::keyClick(again, Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
            QTRY_VERIFY(again->notificationsDock()->isVisible());
            QTRY_COMPARE(tableOf(again)->rowCount(), 2);
            QVERIFY(!tableOf(again)->item(0, 2)->text().startsWith(u"Warning"));
            QVERIFY(!tableOf(again)->item(0, 2)->text().startsWith(u"Breached"));
            screenshot(again, QStringLiteral("notifications-") + language);
        }
        workstation.switchLanguage(QStringLiteral("en"));
    }
    // While the supervisor is away, another registration is breached.
    Case later = Builders::caseIn(CaseState::Received, m_breached.receivedOn, City::Astana);
    later.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    later.number = QStringLiteral("DNR-2026-000303");
    QVERIFY(openStore()->saveCase(later));
    m_server->stop();
    QVERIFY(m_server->startAgain());
    QVERIFY(QTest::qWaitFor(
        [this] {
            return m_server->standardError().count(QStringLiteral(" INFO escalations raised=1"))
                   == 1;
        },
        30000));
    // After a restart: the same list and, from the next sync, the new one;
    // the breach still read, the warning not.
    Workstation again(config(cache), *m_law);
    MainWindow *window = openAs(again, QStringLiteral("supervisor.astana"));
    QVERIFY(window);
    QTableWidget *table = tableOf(window);
    QCOMPARE(table->rowCount(), 3); // the sync brought the new one, none twice
    QCOMPARE(table->item(rowOfCase(table, later.number), 0)->text(), QStringLiteral("unread"));
    QCOMPARE(table->item(rowOfCase(table, m_breached.number), 0)->text(), QStringLiteral("read"));
    QCOMPARE(table->item(rowOfCase(table, m_warning.number), 0)->text(), QStringLiteral("unread"));
    // "Mark all read", kept too.
    auto *markAll
        = window->notificationPanel()->findChild<QPushButton *>(QStringLiteral("markAllRead"));
    QVERIFY(markAll->isEnabled());
    QTest::mouseClick(markAll, Qt::LeftButton);
    QCOMPARE(table->item(rowOfCase(table, m_warning.number), 0)->text(), QStringLiteral("read"));
    QCOMPARE(*again.session().store->unreadNotifications(), 0);
    QVERIFY(!markAll->isEnabled());
}

QTEST_MAIN(TestNotifications)
#include "tst_notifications.moc"
