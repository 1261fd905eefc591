// Status at a glance, as an officer opens the workstation: the deadline and
// stage chips, the one threshold the banner, the chips and the overdue
// queue share, empty queues that say where the work is, the next step, the
// document buttons that say why they are off, a row that shows a step not
// yet sent, and the next case after one leaves the queue. A real window
// (offscreen) against the real server.
#include "core/domain/workflow.h"
#include "tests/gui/guifixture.h"
#include "tests/support/builders.h"
#include "ui/actiondialog.h"
#include "ui/casetable.h"
#include "ui/casetablemodel.h"
#include "ui/caseview.h"
#include "ui/chips.h"
#include "ui/inlinemessage.h"
#include "ui/mainwindow.h"
#include "ui/scanviewer.h"
#include "ui/uitr.h"
#include "ui/workstation.h"

#include "db/server/serverstore.h"

#include <QBuffer>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QUuid>

using namespace Kezek;
using namespace Kezek::Testing;

class TestStatus : public GuiFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void chipsBannerAndOverdueQueueCountByOneThreshold();
    void anEmptyQueueSaysWhereTheWorkIs();
    void theNextStepIsSaidAndVerifyIsOffWhereTheLawRefusesIt();
    void aStepNotYetSentShowsOnItsRowAndTheNextCaseFollows();
    void aFormOpensNeutralAndAsksForTheKeyPassword();
    void aReturnProposesWhatTheChecksFound();
    void theScanViewerZoomsAndSteps();
    void aChangeOfLanguageKeepsTheOfficersPlace();

private:
    Case received(const QString &number, QDate on, const QString &surname = {})
    {
        Case c = Builders::caseIn(CaseState::Received, on, City::Astana);
        c.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        c.number = number;
        if (!surname.isEmpty())
            c.applicant.surname = surname; // the passport's MRZ still names the builder's
        return c;
    }
    int rowOfQueue(MainWindow *window, const QString &id) const
    {
        for (int row = 0; row < window->queueList()->count(); ++row) {
            if (window->queueList()->item(row)->data(Qt::UserRole).toString() == id)
                return row;
        }
        return -1;
    }

    Case m_calm;     // filed today: two working days to register it (§12)
    Case m_amber;    // one working day left: inside the clock's warning
    Case m_red;      // three weeks old: §12's two working days long over
    Case m_misfit;   // its surname differs from its passport's MRZ
    Case m_decision; // NSC has answered: the officer decides (§17)
};

void TestStatus::initTestCase()
{
    QVERIFY(startServer());
    auto store = openStore();
    QVERIFY(store);
    const QDate today = kazakhstanDate(QDateTime::currentDateTimeUtc());
    // The day a registration clock started to be amber today, as the domain
    // counts it; the test does not guess the calendar.
    QDate amberStart;
    for (QDate start = today.addDays(-1); start >= today.addDays(-10); start = start.addDays(-1)) {
        const ClockStatus status
            = DeadlineClock(ClockKind::Registration, start).status(*m_calendar, today);
        if (status.warning && status.state == ClockState::Running) {
            amberStart = start;
            break;
        }
    }
    QVERIFY(amberStart.isValid());
    m_calm = received(QStringLiteral("DNR-2026-000101"), today);
    m_amber = received(QStringLiteral("DNR-2026-000102"), amberStart);
    m_red = received(QStringLiteral("DNR-2026-000103"), today.addDays(-21));
    m_misfit = received(QStringLiteral("DNR-2026-000104"), today, QStringLiteral("Schneider"));
    m_decision = Builders::caseIn(CaseState::DecisionDue, today.addDays(-10), City::Astana);
    m_decision.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_decision.number = QStringLiteral("DNR-2026-000105");
    QVERIFY(store->saveCases({m_calm, m_amber, m_red, m_misfit, m_decision}));
}

// §12: two working days to register. The chip turns amber inside the
// clock's warning and red once past; the banner and the overdue queue count
// exactly those cases, and the window opens on them.
void TestStatus::chipsBannerAndOverdueQueueCountByOneThreshold()
{
    Workstation workstation(config(m_dir.filePath(QStringLiteral("chips"))), *m_law);
    MainWindow *window = openAs(workstation, QStringLiteral("officer.astana"));
    QVERIFY(window);
    const int overdue = rowOfQueue(window, QStringLiteral("overdue"));
    QVERIFY(overdue >= 0);
    // The deadlines are worked out on the sync's thread after the sync.
    QTRY_VERIFY_WITH_TIMEOUT(window->queueList()->item(overdue)->text().endsWith(u"(2)"), 30000);

    // A window opened now starts on the deadlines close or past.
    Workstation again(config(m_dir.filePath(QStringLiteral("chips"))), *m_law);
    QVERIFY(again.signIn(QStringLiteral("officer.astana"), Password));
    MainWindow *reopened = again.window();
    QCOMPARE(reopened->queueList()->currentRow(), overdue);
    CaseTableModel *model = reopened->caseModel();
    QCOMPARE(model->rowCount(), 2);
    // Soonest due first: the red one, then the amber one.
    QCOMPARE(model->caseIdAt(0), m_red.id);
    QCOMPARE(model->caseIdAt(1), m_amber.id);
    const auto chip = [model](int row) {
        return model->index(row, CaseTableModel::Deadline);
    };
    QCOMPARE(chip(0).data(CaseTableModel::UrgencyRole).toInt(), int(Urgency::Breached));
    QCOMPARE(chip(0).data(Qt::BackgroundRole).value<QColor>(),
             urgencyColours(Urgency::Breached).fill);
    QVERIFY(chip(0).data().toString().contains(u"over")); // not by colour alone
    QCOMPARE(chip(1).data(CaseTableModel::UrgencyRole).toInt(), int(Urgency::Warning));
    QCOMPARE(chip(1).data(Qt::BackgroundRole).value<QColor>(),
             urgencyColours(Urgency::Warning).fill);
    // The banner counts the same two, and opens this list.
    auto *banner = reopened->findChild<QLabel *>(QStringLiteral("breachBanner"));
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(u">2 "), qPrintable(banner->text()));
    // The calm case, filed today, is grey and in none of them.
    reopened->selectQueue(QStringLiteral("registration-due"));
    const int calm = model->rowOf(m_calm.id);
    QVERIFY(calm >= 0);
    QCOMPARE(chip(calm).data(CaseTableModel::UrgencyRole).toInt(), int(Urgency::Calm));

    // The stage is a chip in its colours where the list mixes stages, and
    // beside the case's title.
    reopened->selectQueue(QStringLiteral("overdue"));
    QVERIFY(!reopened->caseTable()->isColumnHidden(CaseTableModel::Stage));
    const QModelIndex stage = model->index(0, CaseTableModel::Stage);
    QCOMPARE(stage.data().toString(), caseStateTitle(CaseState::Received));
    QCOMPARE(stage.data(Qt::BackgroundRole).value<QColor>(),
             stageColours(CaseState::Received).fill);
    reopened->openCase(m_red.id);
    auto *stageChip = reopened->caseView()->findChild<QLabel *>(QStringLiteral("caseStage"));
    QCOMPARE(stageChip->text(), caseStateTitle(CaseState::Received));
    QVERIFY(stageChip->styleSheet().contains(stageColours(CaseState::Received).fill.name()));

    // Icons in the queues, the case's tabs and the menus.
    for (int row = 0; row < reopened->queueList()->count(); ++row)
        QVERIFY(!reopened->queueList()->item(row)->icon().isNull());
    auto *tabs = reopened->caseView()->findChild<QTabWidget *>();
    for (int tab = 0; tab < tabs->count(); ++tab)
        QVERIFY(!tabs->tabIcon(tab).isNull());
    QMenu *work = reopened->menuBar()->actions().constFirst()->menu();
    QVERIFY(!work->actions().constFirst()->icon().isNull()); // Sync now
    screenshot(reopened, QStringLiteral("status-overdue-en"));

    // The ministry reads and chases no deadline: no banner.
    Workstation reading(config(m_dir.filePath(QStringLiteral("chips-ministry"))), *m_law);
    MainWindow *ministry = openAs(reading, QStringLiteral("ministry.reviewer"));
    QVERIFY(ministry);
    QTest::qWait(200);
    QVERIFY(!ministry->findChild<QLabel *>(QStringLiteral("breachBanner"))->isVisible());
}

void TestStatus::anEmptyQueueSaysWhereTheWorkIs()
{
    Workstation workstation(config(m_dir.filePath(QStringLiteral("empty"))), *m_law);
    MainWindow *window = openAs(workstation, QStringLiteral("officer.astana"));
    QVERIFY(window);
    auto *table = dynamic_cast<CaseTable *>(window->caseTable());
    QVERIFY(table);
    window->selectQueue(QStringLiteral("with-nsc"));
    QCOMPARE(window->caseModel()->rowCount(), 0);
    QTRY_VERIFY(table->emptyText().contains(u"New applications"));
    QVERIFY2(table->emptyText().startsWith(u"Nothing in"), qPrintable(table->emptyText()));
    QVERIFY(table->accessibleDescription().contains(u"Nothing in"));
    // A search with no match here says where its matches are.
    window->searchField()->setText(m_misfit.number);
    QTRY_VERIFY_WITH_TIMEOUT(table->emptyText().startsWith(u"No match here"), 5000);
    QVERIFY2(table->emptyText().contains(u"1 in “New applications"),
             qPrintable(table->emptyText()));
    window->searchField()->setText(QStringLiteral("nobody-at-all"));
    QTRY_VERIFY_WITH_TIMEOUT(table->emptyText().startsWith(u"No case of yours matches"), 5000);
    screenshot(window, QStringLiteral("status-empty-en"));
}

// §12: the officer verifies the filed documents before registering. The
// line above the actions says what is next; Verify is off, with the law's
// reason, where the law would refuse it.
void TestStatus::theNextStepIsSaidAndVerifyIsOffWhereTheLawRefusesIt()
{
    Workstation workstation(config(m_dir.filePath(QStringLiteral("next"))), *m_law);
    MainWindow *window = openAs(workstation, QStringLiteral("officer.astana"));
    QVERIFY(window);
    window->selectQueue(QStringLiteral("registration-due"));
    window->openCase(m_misfit.id);
    CaseView *view = window->caseView();
    auto *next = view->findChild<QLabel *>(QStringLiteral("nextStep"));
    QVERIFY2(next->text().startsWith(u"Next: check the documents"), qPrintable(next->text()));

    // The passport's MRZ names someone else: Verify is off and says why,
    // and its key does nothing but say it too.
    view->selectDocument(DocumentType::Passport);
    auto *verify = view->findChild<QPushButton *>(QStringLiteral("verifyDocument"));
    auto *hint = view->findChild<QLabel *>(QStringLiteral("documentHint"));
    QVERIFY(!verify->isEnabled());
    QVERIFY2(verify->toolTip().contains(u"automatic checks"), qPrintable(verify->toolTip()));
    QCOMPARE(verify->accessibleDescription(), verify->toolTip());
    QVERIFY(hint->text().contains(u"automatic checks"));
    hint->clear();
    view->setFocus();
    QTest::keyClick(view, Qt::Key_V, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(hint->text().contains(u"automatic checks"));
    QVERIFY(workstation.session().store->outboxOfCase(m_misfit.id)->isEmpty());

    // A document that passes: on, then done and off ("already verified").
    view->selectDocument(DocumentType::Photo);
    QVERIFY(verify->isEnabled());
    view->verifySelectedDocument();
    view->selectDocument(DocumentType::Photo);
    QVERIFY(!verify->isEnabled());
    QVERIFY2(verify->toolTip().contains(u"already verified"), qPrintable(verify->toolTip()));
    screenshot(view, QStringLiteral("status-next-step-en"));

    // §17: NSC has answered; the decision is the officer's, and the line
    // names it by its key, written on its button too.
    window->selectQueue(QStringLiteral("decision-due"));
    window->openCase(m_decision.id);
    const QList<Action> actions
        = Workflow::availableActions(*view->currentCase(), workstation.session().account.actor());
    QVERIFY(!actions.isEmpty());
    QCOMPARE(next->text(),
             UiTr::tr("Next: %1 (Alt+1).").arg(Workflow::actionTitle(actions.constFirst())));
    auto *first = view->findChild<QPushButton *>(QStringLiteral("action-")
                                                 + Workflow::actionId(actions.constFirst()));
    QVERIFY(first);
    QVERIFY(first->text().endsWith(u"(Alt+1)"));
    QCOMPARE(first->accessibleName(), Workflow::actionTitle(actions.constFirst()));
}

// §12: a return for rework takes the case out of the new applications. Its
// row says so at once, marked as waiting to be sent, and the next case opens.
void TestStatus::aStepNotYetSentShowsOnItsRowAndTheNextCaseFollows()
{
    Workstation workstation(config(m_dir.filePath(QStringLiteral("leave"))), *m_law);
    MainWindow *window = openAs(workstation, QStringLiteral("officer.astana"));
    QVERIFY(window);
    window->selectQueue(QStringLiteral("registration-due"));
    CaseTableModel *model = window->caseModel();
    QVERIFY(model->rowCount() >= 2);
    window->openCase(m_amber.id);
    const int before = model->rowOf(m_amber.id);
    CaseView *view = window->caseView();
    connect(view, &CaseView::actionDialogOpened, this, [](QDialog *dialog) {
        QTimer::singleShot(0, dialog, [dialog] {
            auto *form = qobject_cast<ActionDialog *>(dialog);
            QVERIFY(form);
            form->checkReason(QStringLiteral("DOCS-INCOMPLETE"));
            form->setKeyPassword(KeyPassword);
            form->submit();
        });
    });
    view->openAction(Action::ReturnForRework);
    disconnect(view, &CaseView::actionDialogOpened, this, nullptr);
    // Checked at once, before any sync could send it.
    const int row = model->rowOf(m_amber.id);
    QCOMPARE(row, before);
    QCOMPARE(model->index(row, CaseTableModel::Number).data(CaseTableModel::WaitingRole).toInt(),
             1);
    QVERIFY(!model->index(row, CaseTableModel::Number)
                 .data(Qt::DecorationRole)
                 .value<QIcon>()
                 .isNull());
    QVERIFY(model->index(row, CaseTableModel::Number)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(u"to be sent"));
    QCOMPARE(model->index(row, CaseTableModel::Stage).data().toString(),
             caseStateTitle(CaseState::ReturnedForRework));
    QVERIFY(model->leftItsQueue(row));
    QVERIFY(view->caseId() != m_amber.id);
    QVERIFY(!view->caseId().isEmpty());
    QVERIFY(!model->leftItsQueue(model->rowOf(view->caseId())));
}

// A form opens with what it still needs as a hint, not as an error; an
// empty key password is asked for, not called wrong.
void TestStatus::aFormOpensNeutralAndAsksForTheKeyPassword()
{
    Workstation workstation(config(m_dir.filePath(QStringLiteral("neutral"))), *m_law);
    MainWindow *window = openAs(workstation, QStringLiteral("officer.astana"));
    QVERIFY(window);
    CaseDesk &desk = *workstation.session().desk;
    const Case c = **desk.currentCase(m_calm.id);
    ActionDialog form(desk, c, Action::ReturnForRework, m_keyFile);
    auto *law = form.findChild<InlineMessage *>(QStringLiteral("lawObjection"));
    QVERIFY(!form.objection().isEmpty()); // no reason chosen yet
    QVERIFY2(law->text().startsWith(u"To go on: "), qPrintable(law->text()));
    QCOMPARE(law->kind(), InlineMessage::Kind::Information);
    form.checkReason(QStringLiteral("DOCS-INCOMPLETE"));
    QVERIFY(form.objection().isEmpty());
    form.submit(); // no password typed
    QCOMPARE(law->text(), UiTr::tr("Enter the password of your signing key."));
    QVERIFY(workstation.session().store->outboxOfCase(m_calm.id)->isEmpty());
    // Untick the reason: now it is an error.
    auto *reasons = form.findChild<QListWidget *>(QStringLiteral("reasons"));
    for (int row = 0; row < reasons->count(); ++row)
        reasons->item(row)->setCheckState(Qt::Unchecked);
    QVERIFY(!form.objection().isEmpty());
    QCOMPARE(law->kind(), InlineMessage::Kind::Error);
}

// §12: a return rests on what the checks found. The form proposes the
// documents at fault and the catalog's reasons they give.
void TestStatus::aReturnProposesWhatTheChecksFound()
{
    Workstation workstation(config(m_dir.filePath(QStringLiteral("findings"))), *m_law);
    MainWindow *window = openAs(workstation, QStringLiteral("officer.astana"));
    QVERIFY(window);
    CaseDesk &desk = *workstation.session().desk;
    const Case c = **desk.currentCase(m_misfit.id);
    ActionDialog form(desk, c, Action::ReturnForRework, m_keyFile);
    const auto ticked = [&form](const QString &list) {
        QStringList codes;
        auto *widget = form.findChild<QListWidget *>(list);
        for (int row = 0; widget && row < widget->count(); ++row) {
            if (widget->item(row)->checkState() == Qt::Checked)
                codes.append(widget->item(row)->data(Qt::UserRole).toString());
        }
        return codes;
    };
    // The passport's MRZ names someone else: the passport, and its reason.
    QCOMPARE(ticked(QStringLiteral("documentsAtFault")),
             QStringList{documentTypeId(DocumentType::Passport)});
    QCOMPARE(ticked(QStringLiteral("reasons")),
             QStringList{QStringLiteral("PASSPORT-DATA-MISMATCH")});
    QVERIFY(form.objection().isEmpty());
    // A case whose documents pass proposes nothing.
    ActionDialog clean(desk, **desk.currentCase(m_calm.id), Action::ReturnForRework, m_keyFile);
    auto *reasons = clean.findChild<QListWidget *>(QStringLiteral("reasons"));
    for (int row = 0; row < reasons->count(); ++row)
        QCOMPARE(reasons->item(row)->checkState(), Qt::Unchecked);
}

// The scan viewer shows its zoom and its keys, and asks for the next
// document on Alt+Page Down.
void TestStatus::theScanViewerZoomsAndSteps()
{
    QImage page(1200, 1600, QImage::Format_RGB32);
    page.fill(Qt::white);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    page.save(&buffer, "PNG");
    ScanViewer viewer(QStringLiteral("Passport — DNR-2026-000101"), png);
    viewer.show();
    QVERIFY(QTest::qWaitForWindowExposed(&viewer));
    QVERIFY(viewer.windowTitle().contains(u"DNR-2026-000101"));
    auto *zoom = viewer.findChild<QLabel *>(QStringLiteral("scanZoom"));
    QCOMPARE(zoom->text(), UiTr::tr("fitted"));
    QTest::keyClick(&viewer, Qt::Key_Plus, Qt::ControlModifier);
    QVERIFY(viewer.zoom() > 0);
    QVERIFY2(zoom->text().endsWith(u'%'), qPrintable(zoom->text()));
    QTest::keyClick(&viewer, Qt::Key_0, Qt::ControlModifier);
    QCOMPARE(viewer.zoom(), 0.0);
    QSignalSpy step(&viewer, &ScanViewer::stepRequested);
    QTest::keyClick(&viewer, Qt::Key_PageDown, Qt::AltModifier);
    QCOMPARE(step.size(), 1);
    QCOMPARE(step.first().first().toInt(), 1);
}

// Changing the language builds the window again, on the same queue, case,
// tab and column widths.
void TestStatus::aChangeOfLanguageKeepsTheOfficersPlace()
{
    Workstation workstation(config(m_dir.filePath(QStringLiteral("place"))), *m_law);
    MainWindow *window = openAs(workstation, QStringLiteral("officer.astana"));
    QVERIFY(window);
    window->selectQueue(QStringLiteral("registration-due"));
    window->openCase(m_misfit.id);
    window->caseView()->setCurrentTab(4);
    window->caseTable()->horizontalHeader()->resizeSection(CaseTableModel::Iin, 150);
    const int queue = window->queueList()->currentRow();
    Q_EMIT window->languageRequested(QStringLiteral("ru"));
    QTRY_VERIFY(workstation.window() != window);
    MainWindow *russian = workstation.window();
    const auto back = qScopeGuard([] { Workstation::applyLanguage(QStringLiteral("en")); });
    QCOMPARE(russian->queueList()->currentRow(), queue);
    QCOMPARE(russian->caseView()->caseId(), m_misfit.id);
    QCOMPARE(russian->caseView()->currentTab(), 4);
    QCOMPARE(russian->caseTable()->horizontalHeader()->sectionSize(CaseTableModel::Iin), 150);
    const QModelIndex current = russian->caseTable()->currentIndex();
    QVERIFY(current.isValid());
    QCOMPARE(russian->caseModel()->caseIdAt(current.row()), m_misfit.id);
    screenshot(russian, QStringLiteral("status-main-ru"));
}

QTEST_MAIN(TestStatus)
#include "tst_status.moc"
