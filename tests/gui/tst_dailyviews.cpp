// The daily views of issue 31, point 1, in a real window over a real
// server: every list names who holds each case; the transfer dialog offers
// only the colleagues whose role works the case at its stage, each with the
// cases they hold; the ministry sees every city's cases with their city, a
// filter by it, and none of the desk's clutter (outbox, claim, next step,
// deadline banner). ctest runs this on the 1366×768 laptop screen.
#include "core/domain/queues.h"
#include "core/domain/workflow.h"
#include "db/server/serverstore.h"
#include "db/server/userstore.h"
#include "tests/gui/guifixture.h"
#include "tests/support/builders.h"
#include "ui/casetablemodel.h"
#include "ui/caseview.h"
#include "ui/mainwindow.h"
#include "ui/uitr.h"
#include "ui/workstation.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScreen>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QUuid>

using namespace Kezek;
using namespace Kezek::Testing;
using namespace Qt::StringLiterals;

namespace {

const QString Aigerim = u"Айгерім Сейтқали"_s; // officer.astana
const QString Madi = u"Мәди Нұрланұлы"_s;      // csc.astana

// The ids the list offers, in its order.
QStringList offeredIds(QListWidget *list)
{
    QStringList ids;
    for (int row = 0; row < list->count(); ++row)
        ids.append(list->item(row)->data(Qt::UserRole).toString());
    return ids;
}

} // namespace

class TestDailyViews : public GuiFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyListNamesWhoHoldsTheCase();
    void theHolderColumnSortsAQueue();
    void theTransferOffersOnlyTheStagesRoleWithTheirLoads();
    void theMinistrySeesEachCitysCasesWithoutTheDesksClutter();
    void screenshotsInKazakhAndRussian();

private:
    Case built(const char *number, CaseState state, City city = City::Astana);
    // The give-case dialog for `caseId`, opened from the Work menu.
    static QDialog *giveDialog(MainWindow *window, const QString &caseId);
    QHash<QString, Case> m_cases; // by their number's last part
};

Case TestDailyViews::built(const char *number, CaseState state, City city)
{
    const QDate today = kazakhstanDate(QDateTime::currentDateTimeUtc());
    Case c = Builders::caseIn(state, today.addDays(-40), city);
    c.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    c.number = u"DNR-2026-V"_s + QString::fromLatin1(number);
    m_cases.insert(QString::fromLatin1(number), c);
    return c;
}

// Astana: two cases on the officer's desk held by officer.astana (§12-17),
// one at the CSC held by csc.astana (§21), one held by nobody; Almaty: one.
void TestDailyViews::initTestCase()
{
    QVERIFY(startServer());
    auto store = openStore();
    QVERIFY(store);
    UserStore users(*store);
    QVERIFY(addCscOperator(users));
    const QList<Case> cases{built("1", CaseState::Registered),
                            built("2", CaseState::DecisionDue),
                            built("3", CaseState::AtCsc),
                            built("4", CaseState::Registered),
                            built("5", CaseState::Registered, City::Almaty)};
    QVERIFY(store->saveCases(cases));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY(store->claimCase(m_cases.value(u"1"_s).id, u"officer.astana"_s, now, 8 * 3600));
    QVERIFY(store->claimCase(m_cases.value(u"2"_s).id, u"officer.astana"_s, now, 8 * 3600));
    QVERIFY(store->claimCase(m_cases.value(u"3"_s).id, u"csc.astana"_s, now, 8 * 3600));
}

QDialog *TestDailyViews::giveDialog(MainWindow *window, const QString &caseId)
{
    window->openCase(caseId);
    if (window->caseView()->caseId() != caseId)
        return nullptr;
    // Work ▸ Give the case to… (Ctrl+Shift+G, pressed in tst_oversightdesk).
    QAction *give = nullptr;
    for (QAction *action : window->findChildren<QAction *>()) {
        if (action->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G))
            give = action;
    }
    if (!give)
        return nullptr;
    give->trigger();
    // The one open now: one given before may still wait to be deleted.
    QDialog *dialog = nullptr;
    const bool opened = QTest::qWaitFor([&] {
        for (QDialog *open : window->findChildren<QDialog *>(u"give-case"_s)) {
            if (open->isVisible())
                dialog = open;
        }
        return dialog != nullptr;
    });
    return opened ? dialog : nullptr;
}

// Issue 31.1: the holder by name in every list, a dash (said "Not held")
// where nobody holds the case.
void TestDailyViews::everyListNamesWhoHoldsTheCase()
{
    Workstation workstation(config(m_dir.filePath(u"holders"_s)), *m_law);
    MainWindow *window = openAs(workstation, u"supervisor.astana"_s);
    QVERIFY(window);
    window->selectQueue(u"all"_s);
    CaseTableModel *model = window->caseModel();
    QVERIFY(!window->caseTable()->isColumnHidden(CaseTableModel::Holder));
    const auto holder = [model](const QString &caseId, int role = Qt::DisplayRole) {
        return model->index(model->rowOf(caseId), CaseTableModel::Holder).data(role).toString();
    };
    const QString held = m_cases.value(u"1"_s).id;
    const QString atCsc = m_cases.value(u"3"_s).id;
    const QString free = m_cases.value(u"4"_s).id;
    QTRY_VERIFY(model->rowOf(held) >= 0 && model->rowOf(free) >= 0);
    QCOMPARE(holder(held), Aigerim);
    QVERIFY(holder(held, Qt::ToolTipRole).contains(u"officer.astana"));
    QCOMPARE(holder(atCsc), Madi);
    QCOMPARE(holder(free), u"—"_s);
    QCOMPARE(holder(free, Qt::ToolTipRole), UiTr::tr("Not held"));
    QCOMPARE(holder(free, Qt::AccessibleTextRole), UiTr::tr("Not held"));
    // The officer's own list says it is theirs, by their name too.
    Workstation own(config(m_dir.filePath(u"holders-own"_s)), *m_law);
    MainWindow *officer = openAs(own, u"officer.astana"_s);
    QVERIFY(officer);
    officer->selectQueue(u"checks"_s);
    QTRY_VERIFY(officer->caseModel()->rowOf(held) >= 0);
    QCOMPARE(officer->caseModel()
                 ->index(officer->caseModel()->rowOf(held), CaseTableModel::Holder)
                 .data()
                 .toString(),
             UiTr::tr("%1 (you)").arg(Aigerim));
}

// Issue 31.1: sortable, in a queue of the cache too: those held by nobody
// first, then by the holder's name.
void TestDailyViews::theHolderColumnSortsAQueue()
{
    Workstation workstation(config(m_dir.filePath(u"sorted"_s)), *m_law);
    MainWindow *window = openAs(workstation, u"supervisor.astana"_s);
    QVERIFY(window);
    window->selectQueue(u"all"_s);
    CaseTableModel *model = window->caseModel();
    QTRY_VERIFY(model->rowCount() >= 4);
    window->caseTable()->sortByColumn(CaseTableModel::Holder, Qt::AscendingOrder);
    QCOMPARE(model->sortColumn(), int(CaseTableModel::Holder));
    QCOMPARE(window->caseTable()->horizontalHeader()->sortIndicatorSection(),
             int(CaseTableModel::Holder));
    QStringList holders;
    for (int row = 0; row < model->rowCount(); ++row)
        holders.append(model->index(row, CaseTableModel::Holder).data().toString());
    QCOMPARE(holders.constFirst(), u"—"_s);
    const QStringList named = holders.mid(holders.lastIndexOf(u"—"_s) + 1);
    QCOMPARE(named, (QStringList{Aigerim, Aigerim, Madi}));
    window->caseTable()->sortByColumn(CaseTableModel::Holder, Qt::DescendingOrder);
    QCOMPARE(model->index(0, CaseTableModel::Holder).data().toString(), Madi);
}

// Issue 31.1: a case at the officer's stage (§12-17) is not offered to the
// CSC operator, one at the CSC (§21) not to an officer; each offered with
// the cases they hold now; Enter gives it.
void TestDailyViews::theTransferOffersOnlyTheStagesRoleWithTheirLoads()
{
    Workstation workstation(config(m_dir.filePath(u"give"_s)), *m_law);
    MainWindow *window = openAs(workstation, u"supervisor.astana"_s);
    QVERIFY(window);
    const Case free = m_cases.value(u"4"_s);
    QDialog *dialog = giveDialog(window, free.id);
    QVERIFY(dialog);
    auto *list = dialog->findChild<QListWidget *>(u"colleagues"_s);
    QVERIFY(list);
    QTRY_COMPARE(dialog->focusWidget(), list);
    QStringList offered = offeredIds(list);
    offered.sort();
    QCOMPARE(offered, (QStringList{u"officer.astana"_s, u"officer2.astana"_s}));
    const auto line = [list](const QString &id) {
        for (int row = 0; row < list->count(); ++row) {
            if (list->item(row)->data(Qt::UserRole).toString() == id)
                return list->item(row)->text();
        }
        return QString();
    };
    QVERIFY2(line(u"officer.astana"_s).startsWith(Aigerim), qPrintable(line(u"officer.astana"_s)));
    QVERIFY(line(u"officer.astana"_s).contains(roleTitle(Role::MigrationOfficer)));
    QVERIFY2(line(u"officer.astana"_s).contains(UiTr::tr("holds %n case(s)", nullptr, 2)),
             qPrintable(line(u"officer.astana"_s)));
    QVERIFY(line(u"officer2.astana"_s).contains(UiTr::tr("holds %n case(s)", nullptr, 0)));
    // Enter on the list gives it to the one chosen.
    list->setCurrentRow(int(offeredIds(list).indexOf(u"officer2.astana"_s)));
    QTest::keyClick(list, Qt::Key_Return);
    QTRY_VERIFY(window->statusBar()->currentMessage().contains(u"officer2.astana"));
    auto store = openStore();
    QVERIFY(store);
    auto claim = store->claimOf(free.id, QDateTime::currentDateTimeUtc());
    QVERIFY(claim && claim->has_value());
    QCOMPARE((*claim)->holder, u"officer2.astana"_s);

    // At the CSC: its operator alone, holding one.
    dialog = giveDialog(window, m_cases.value(u"3"_s).id);

    QVERIFY(dialog);
    list = dialog->findChild<QListWidget *>(u"colleagues"_s);
    QCOMPARE(offeredIds(list), QStringList{u"csc.astana"_s});
    QVERIFY(list->item(0)->text().contains(roleTitle(Role::CscOperator)));
    QVERIFY(list->item(0)->text().contains(UiTr::tr("holds %n case(s)", nullptr, 1)));
    dialog->reject();
    (void)store->releaseClaim(free.id, u"officer2.astana"_s);
}

// Issue 31.1: the ministry reads every city's cases: a City column and a
// filter by city; no outbox, no claim, no next step or deadline of the
// officer's. A city's supervisor has neither column nor filter.
void TestDailyViews::theMinistrySeesEachCitysCasesWithoutTheDesksClutter()
{
    Workstation workstation(config(m_dir.filePath(u"ministry"_s)), *m_law);
    MainWindow *window = openAs(workstation, u"ministry.reviewer"_s);
    QVERIFY(window);
    window->selectQueue(u"petitions-in-review"_s);
    CaseTableModel *model = window->caseModel();
    const QString astana = m_cases.value(u"1"_s).id;
    const QString almaty = m_cases.value(u"5"_s).id;
    QTRY_VERIFY(model->rowOf(astana) >= 0 && model->rowOf(almaty) >= 0);
    QVERIFY(!window->caseTable()->isColumnHidden(CaseTableModel::CaseCity));
    QCOMPARE(model->index(model->rowOf(almaty), CaseTableModel::CaseCity).data().toString(),
             cityTitle(City::Almaty));
    auto *cities = window->findChild<QComboBox *>(u"cityFilter"_s);
    QVERIFY(cities);
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(cities->isVisible());
    QCOMPARE(cities->count(), 3);
    const auto citiesShown = [model] {
        QSet<QString> shown;
        for (int row = 0; row < model->rowCount(); ++row)
            shown.insert(model->index(row, CaseTableModel::CaseCity).data().toString());
        return shown;
    };
    cities->setCurrentIndex(cities->findData(cityId(City::Almaty)));
    QCOMPARE(citiesShown(), QSet<QString>{cityTitle(City::Almaty)});
    QVERIFY(model->rowOf(almaty) >= 0);
    QCOMPARE(model->rowOf(astana), -1);
    // The search keeps to the city chosen too.
    window->findChild<QLineEdit *>(u"search"_s)->setText(u"DNR-2026-V"_s);
    QTRY_COMPARE(citiesShown(), QSet<QString>{cityTitle(City::Almaty)});
    window->findChild<QLineEdit *>(u"search"_s)->clear();
    cities->setCurrentIndex(cities->findData(cityId(City::Astana)));
    QCOMPARE(citiesShown(), QSet<QString>{cityTitle(City::Astana)});
    QCOMPARE(model->rowOf(almaty), -1);
    cities->setCurrentIndex(0);
    QVERIFY(model->rowOf(astana) >= 0 && model->rowOf(almaty) >= 0);

    // None of the desk's clutter.
    QVERIFY(!window->findChild<QDockWidget *>(u"outboxDock"_s));
    auto *waiting = window->statusBar()->findChild<QWidget *>(u"waiting"_s);
    QVERIFY(!waiting || !waiting->isVisible());
    QVERIFY(!window->findChild<QLabel *>(u"breachBanner"_s)->isVisible());
    window->openCase(astana);
    QCOMPARE(window->caseView()->caseId(), astana);
    QVERIFY(!window->caseView()->findChild<QLabel *>(u"nextStep"_s)->isVisibleTo(window));
    for (const QPushButton *button : window->caseView()->findChildren<QPushButton *>()) {
        QVERIFY2(!button->isVisibleTo(window)
                     || !button->text().contains(UiTr::tr("Claim (Ctrl+M)")),
                 qPrintable(button->text()));
    }

    // A city's supervisor sees their city alone: no column, no filter.
    Workstation city(config(m_dir.filePath(u"city"_s)), *m_law);
    MainWindow *supervisor = openAs(city, u"supervisor.astana"_s);
    QVERIFY(supervisor);
    QVERIFY(supervisor->caseTable()->isColumnHidden(CaseTableModel::CaseCity));
    QVERIFY(!supervisor->findChild<QComboBox *>(u"cityFilter"_s));
    supervisor->openCase(astana);
    QVERIFY(supervisor->caseView()->findChild<QLabel *>(u"nextStep"_s)->isVisibleTo(supervisor));
}

// The list with its holders and the transfer dialog, in Kazakh and Russian.
void TestDailyViews::screenshotsInKazakhAndRussian()
{
    if (qEnvironmentVariable("KEZEK_SCREENSHOTS").isEmpty())
        QSKIP("for KEZEK_SCREENSHOTS");
    for (const QString &language : {u"kk"_s, u"ru"_s}) {
        Workstation::applyLanguage(language);
        const auto back = qScopeGuard([] { Workstation::applyLanguage(u"en"_s); });
        Workstation workstation(config(m_dir.filePath(u"shots-"_s + language)), *m_law);
        MainWindow *window = openAs(workstation, u"supervisor.astana"_s);
        QVERIFY(window);
        window->resize(window->screen()->availableGeometry().size());
        window->selectQueue(u"all"_s);
        QTRY_VERIFY(window->caseModel()->rowCount() >= 4);
        QDialog *dialog = giveDialog(window, m_cases.value(u"1"_s).id);
        QVERIFY(dialog);
        screenshot(dialog, u"give-case-"_s + language);
        dialog->reject();
        screenshot(window, u"cases-holders-"_s + language);
        Workstation reader(config(m_dir.filePath(u"shots-ministry-"_s + language)), *m_law);
        MainWindow *ministry = openAs(reader, u"ministry.reviewer"_s);
        QVERIFY(ministry);
        ministry->resize(ministry->screen()->availableGeometry().size());
        screenshot(ministry, u"ministry-cities-"_s + language);
    }
}

QTEST_MAIN(TestDailyViews)
#include "tst_dailyviews.moc"
