// Work in bulk at the desk (issue 31, point 2), through the real window
// against the real server: a supervisor selects cases in the list and gives
// them to one colleague in one step; an officer claims several at once. The
// summary names each case that did not go through and why.
#include "core/domain/queues.h"
#include "db/server/serverstore.h"
#include "db/server/userstore.h"
#include "tests/gui/guifixture.h"
#include "tests/support/builders.h"
#include "ui/casetablemodel.h"
#include "ui/mainwindow.h"
#include "ui/workstation.h"

#include <QAction>
#include <QApplication>
#include <QItemSelectionModel>
#include <QListWidget>
#include <QMessageBox>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QUuid>

using namespace Kezek;
using namespace Kezek::Testing;

namespace {

struct Summary
{
    QString text;
    QString details;
};

// Closes the bulk step's summary when it comes, keeping what it said.
std::unique_ptr<QTimer> catchSummary(Summary &summary)
{
    auto timer = std::make_unique<QTimer>();
    timer->setInterval(50);
    QObject::connect(timer.get(), &QTimer::timeout, [&summary] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box || box->objectName() != u"bulkSummary")
            return;
        summary = {box->text() + QLatin1Char(' ') + box->informativeText(), box->detailedText()};
        box->accept();
    });
    timer->start();
    return timer;
}

void selectCases(MainWindow *window, const QList<Case> &cases)
{
    QItemSelectionModel *selection = window->caseTable()->selectionModel();
    selection->clearSelection();
    for (const Case &c : cases) {
        const int row = window->caseModel()->rowOf(c.id);
        QVERIFY2(row >= 0, qPrintable(c.number));
        selection->select(window->caseModel()->index(row, 0),
                          QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
}

QAction *action(MainWindow *window, const char *name)
{
    return window->findChild<QAction *>(QString::fromLatin1(name));
}

} // namespace

class TestBulkDesk : public GuiFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void aSupervisorGivesTheSelectedCasesToOneColleagueInOneStep();
    void anOfficerClaimsSeveralCasesAtOnce();

private:
    QList<Case> newCases(int count);
    QString holder(ServerStore &store, const QString &caseId);
    int m_number = 0;
};

void TestBulkDesk::initTestCase()
{
    QVERIFY(startServer());
    auto store = openStore();
    UserStore users(*store);
    QVERIFY(addCscOperator(users));
}

QList<Case> TestBulkDesk::newCases(int count)
{
    QList<Case> cases;
    const QDate today = kazakhstanDate(QDateTime::currentDateTimeUtc());
    for (int n = 0; n < count; ++n) {
        Case c = Builders::caseIn(CaseState::Received, today, City::Astana);
        c.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        c.number = QStringLiteral("DNR-2026-%1").arg(900 + ++m_number, 6, 10, QLatin1Char('0'));
        cases.append(c);
    }
    auto store = openStore();
    if (!store->saveCases(cases))
        qFatal("the cases could not be stored");
    return cases;
}

QString TestBulkDesk::holder(ServerStore &store, const QString &caseId)
{
    auto claim = store.claimOf(caseId, QDateTime::currentDateTimeUtc());
    return claim && *claim ? (*claim)->holder : QString();
}

void TestBulkDesk::aSupervisorGivesTheSelectedCasesToOneColleagueInOneStep()
{
    const QList<Case> cases = newCases(6);
    auto store = openStore();
    for (const Case &c : cases) {
        QVERIFY(store->claimCase(
            c.id, QStringLiteral("officer.astana"), QDateTime::currentDateTimeUtc(), 3600));
    }
    Workstation workstation(config(m_dir.filePath(QStringLiteral("bulk-give"))), *m_law);
    MainWindow *window = openAs(workstation, QStringLiteral("supervisor.astana"));
    QVERIFY(window);
    window->selectQueue(QStringLiteral("all"));
    selectCases(window, cases);
    // After the supervisor's desk saw the officer hold them, the CSC's
    // operator was given the last one: its give must not overwrite that.
    QSqlQuery moved(store->connection());
    QVERIFY(
        moved.exec(QStringLiteral("UPDATE claims SET user_id = 'csc.astana' WHERE case_id = '%1'")
                       .arg(cases.last().id)));

    QAction *give = action(window, "giveSelected");
    QVERIFY(give && give->isEnabled());
    Summary summary;
    give->trigger();
    QDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window->findChild<QDialog *>(QStringLiteral("give-case"))));
    QCOMPARE(dialog->windowTitle(), QStringLiteral("Give the cases"));
    auto *list = dialog->findChild<QListWidget *>(QStringLiteral("colleagues"));
    const auto chosen = list->findItems(QStringLiteral("officer2.astana"), Qt::MatchContains);
    QCOMPARE(chosen.size(), 1);
    list->setCurrentItem(chosen.constFirst());
    auto catcher = catchSummary(summary);
    QTest::keyClick(list, Qt::Key_Return);
    QTRY_VERIFY(!summary.text.isEmpty());
    QVERIFY2(summary.text.startsWith(QStringLiteral("5 case")), qPrintable(summary.text));
    QVERIFY2(summary.text.contains(QStringLiteral("given to officer2.astana")),
             qPrintable(summary.text));
    QVERIFY2(summary.details.contains(cases.last().number), qPrintable(summary.details));
    QVERIFY2(summary.details.contains(QStringLiteral("csc.astana")), qPrintable(summary.details));
    for (const Case &c : cases.first(5))
        QCOMPARE(holder(*store, c.id), QStringLiteral("officer2.astana"));
    QCOMPARE(holder(*store, cases.last().id), QStringLiteral("csc.astana"));
    // The desk's own claims follow at once (the list's holder column).
    QCOMPARE(
        workstation.session().store->claimOf(cases.first().id).value().value_or(ClaimRow{}).holder,
        QStringLiteral("officer2.astana"));
}

void TestBulkDesk::anOfficerClaimsSeveralCasesAtOnce()
{
    const QList<Case> cases = newCases(4);
    auto store = openStore();
    // A colleague holds the last one.
    QVERIFY(store->claimCase(
        cases.last().id, QStringLiteral("officer2.astana"), QDateTime::currentDateTimeUtc(), 3600));
    Workstation workstation(config(m_dir.filePath(QStringLiteral("bulk-claim"))), *m_law);
    MainWindow *window = openAs(workstation, QStringLiteral("officer.astana"));
    QVERIFY(window);
    window->selectQueue(QStringLiteral("registration-due"));
    selectCases(window, cases);
    QAction *claim = action(window, "claimSelected");
    QVERIFY(claim && claim->isEnabled());
    QVERIFY(!action(window, "giveSelected")); // an officer gives nothing
    Summary summary;
    auto catcher = catchSummary(summary);
    claim->trigger();
    QTRY_VERIFY(!summary.text.isEmpty());
    QVERIFY2(summary.text.startsWith(QStringLiteral("3 case")), qPrintable(summary.text));
    QVERIFY2(summary.details.contains(cases.last().number), qPrintable(summary.details));
    // Sent with the sync the claim starts, each once, and the colleague's kept.
    for (const Case &c : cases.first(3))
        QTRY_COMPARE_WITH_TIMEOUT(holder(*store, c.id), QStringLiteral("officer.astana"), 30000);
    QCOMPARE(holder(*store, cases.last().id), QStringLiteral("officer2.astana"));
}

QTEST_MAIN(TestBulkDesk)
#include "tst_bulkdesk.moc"
