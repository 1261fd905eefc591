// The officer's window on a 1366×768 laptop at 125 % (ctest runs this with
// the laptop screen and QT_SCALE_FACTOR=1.25): in the overdue list, which
// mixes stages, the applicant's name keeps room to be read, in each language
// (issue 27, "the applicant's name on a laptop at 125 %"). A real window
// (offscreen) against the real server.
#include "core/domain/workflow.h"
#include "tests/gui/guifixture.h"
#include "tests/support/builders.h"
#include "ui/casetable.h"
#include "ui/casetablemodel.h"
#include "ui/mainwindow.h"
#include "ui/workstation.h"

#include "db/server/serverstore.h"

#include <QHeaderView>
#include <QListWidget>
#include <QScopeGuard>
#include <QScreen>
#include <QSet>
#include <QTest>
#include <QUuid>

using namespace Kezek;
using namespace Kezek::Testing;

class TestLaptop : public GuiFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void theNameKeepsItsRoomInAListOfMixedStages_data();
    void theNameKeepsItsRoomInAListOfMixedStages();

private:
    static int overdueRow(MainWindow *window)
    {
        for (int row = 0; row < window->queueList()->count(); ++row) {
            if (window->queueList()->item(row)->data(Qt::UserRole).toString() == u"overdue")
                return row;
        }
        return -1;
    }
};

void TestLaptop::initTestCase()
{
    QVERIFY(startServer());
    auto store = openStore();
    QVERIFY(store);
    const QDate today = kazakhstanDate(QDateTime::currentDateTimeUtc());
    // Long past their duty deadlines, at stages whose titles are long in
    // Russian and Kazakh: registration (§12) and the decision (§17).
    QList<Case> cases;
    int n = 0;
    for (CaseState state : {CaseState::Received,
                            CaseState::DecisionDue,
                            CaseState::Received,
                            CaseState::DecisionDue}) {
        Case c = Builders::caseIn(state, today.addDays(-60 + n), City::Astana);
        c.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        c.number = QStringLiteral("DNR-2026-%1").arg(700 + ++n, 6, 10, QLatin1Char('0'));
        cases.append(c);
    }
    QVERIFY(store->saveCases(cases));
}

void TestLaptop::theNameKeepsItsRoomInAListOfMixedStages_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("ru") << QStringLiteral("ru");
    QTest::newRow("kk") << QStringLiteral("kk");
}

void TestLaptop::theNameKeepsItsRoomInAListOfMixedStages()
{
    QFETCH(QString, language);
    const QScreen *screen = QGuiApplication::primaryScreen();
    if (screen->availableGeometry().width() > 1200)
        QSKIP("for the laptop screen at 125 % (ctest's tst_laptop125)");
    Workstation::applyLanguage(language);
    const auto back = qScopeGuard([] { Workstation::applyLanguage(QStringLiteral("en")); });
    const QString cache = m_dir.filePath(QStringLiteral("laptop-") + language);
    {
        // The first sync brings the cases; their deadlines are worked out
        // on the sync's thread after it.
        Workstation first(config(cache), *m_law);
        MainWindow *window = openAs(first, QStringLiteral("officer.astana"));
        QVERIFY(window);
        QTRY_VERIFY_WITH_TIMEOUT(
            window->queueList()->item(overdueRow(window))->text().contains(u"(4)"), 30000);
    }
    // The window opened as the officer opens it in the morning: on the
    // overdue list, as large as the laptop's screen.
    Workstation workstation(config(cache), *m_law);
    QVERIFY(workstation.signIn(QStringLiteral("officer.astana"), Password));
    MainWindow *window = workstation.window();
    window->resize(screen->availableGeometry().size());
    QTest::qWait(50);
    QCOMPARE(window->queueList()->currentRow(), overdueRow(window));
    CaseTableModel *model = window->caseModel();
    QCOMPARE(model->rowCount(), 4);
    auto *table = dynamic_cast<CaseTable *>(window->caseTable());
    QVERIFY(table);
    QSet<QString> stages;
    for (int row = 0; row < model->rowCount(); ++row)
        stages.insert(model->index(row, CaseTableModel::Stage).data().toString());
    QCOMPARE(stages.size(), 2);
    QVERIFY(!table->isColumnHidden(CaseTableModel::Stage));

    // The name is readable: at least its room, not the 60 px it was left.
    const int name = table->columnWidth(CaseTableModel::Applicant);
    QVERIFY2(name >= 160 && name >= table->nameRoom(),
             qPrintable(QStringLiteral("the name has %1 px of %2 (stage %3, table %4)")
                            .arg(name)
                            .arg(table->nameRoom())
                            .arg(table->columnWidth(CaseTableModel::Stage))
                            .arg(table->viewport()->width())));
    // However narrow its chip, the stage is still said whole, to the eye in
    // its tooltip and to a screen reader.
    const QModelIndex stage = model->index(0, CaseTableModel::Stage);
    const QString title = stage.data().toString();
    QVERIFY(!title.isEmpty());
    QCOMPARE(stage.data(Qt::ToolTipRole).toString(), title);
    QCOMPARE(stage.data(Qt::AccessibleTextRole).toString(), title);
    // Nothing runs off the screen: the window and its table fit it.
    QVERIFY(window->width() <= screen->availableGeometry().width());
    screenshot(window, QStringLiteral("laptop125-overdue-") + language);
}

QTEST_MAIN(TestLaptop)
#include "tst_laptop.moc"
