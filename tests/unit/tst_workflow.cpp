#include "core/domain/casecodec.h"
#include "core/domain/casecommand.h"
#include "core/domain/displaydate.h"
#include "core/domain/matchevidence.h"
#include "core/domain/queues.h"
#include "core/domain/retention.h"
#include "core/domain/workflow.h"
#include "tests/support/builders.h"
#include "tests/support/testdata.h"

#include <QJsonObject>
#include <QTest>
#include <QTimeZone>
#include <QUuid>

using namespace Kezek;
using namespace Kezek::Builders;

namespace {

const QDate Start(2025, 11, 3);

QString refusal(const Result<Outcome> &outcome)
{
    return outcome ? QString() : outcome.error().code;
}

} // namespace

class TestWorkflow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void retentionKeepsWhatTheAuditAndARunningBanNeed();
    void eachDecisionIsFoundFromTheStepThatMadeIt();
    void everyStepIsAllowedOnlyToItsRoles_data();
    void everyStepIsAllowedOnlyToItsRoles();
    void everyStepIsRefusedOutsideItsStates_data();
    void everyStepIsRefusedOutsideItsStates();
    void onlyTheCasesOwnCitySeesIt();
    void theMinistrysQueuesHoldEveryCaseOnce();
    void officerOfAnotherCityCannotActOnTheCase();
    void applicationsArriveOnlyThroughIntegration();
    void wholeProcessReachesTheResidencePermit();
    void registrationIsRefusedWhileDocumentsAreMissing();
    void noPreliminaryDecisionBeforeTheNscAnswer();
    void nscRefusalAllowsOnlyARefusal();
    void nscIsAskedOnlyAfterRecordChecks();
    void approvalIsRefusedOverARecordHit();
    void returnForReworkPausesReviewAndNotifiesTheApplicant();
    void resubmissionInTimeResumesTheReview();
    void applicationNotReworkedInFiveDaysIsDeleted();
    void approvalLapsesAfterThirtyDaysAndBansForAYearFromTheApproval();
    void refusedCaseCannotReapplyWithinOneYear();
    void theLawOwesATimedStepOnTheDayAfterThePeriod();
    void aLapsedApprovalBansBeforeItIsAnnulled();
    void fingerprintingInTimeKeepsTheApprovalAndArrivalAloneDoesNot();
    void theReworkCountsFromTheNoticesReceipt();
    void intakeKeepsTheEgovFilingTime();
    void cscVisitNeedsThisCasesPermitNumber();
    void theArrivalDeskSaysWhyACaseCannotBeTakenOn();
    void aCaseLeavesADeskWhenTheLawGivesItNothingMore();
    void aSupervisorGivesACaseOnlyToARoleThatWorksItsStage_data();
    void aSupervisorGivesACaseOnlyToARoleThatWorksItsStage();
    void cscDeclineKeepsTheApprovalTheVisitEarned();
    void finalGrantNeedsFreshFinalChecks();
    void decisionsNeedReasonsFromTheCatalogForTheirUse();
    void availableActionsFollowRoleAndState();
    void documentsAreWorkedOnlyByTheirDesk();
    void theCscsMatchRestsOnTheOriginalsScanOrAWrittenReason_data();
    void theCscsMatchRestsOnTheOriginalsScanOrAWrittenReason();
    void theOfficersOwnComparisonNeedsNoCscEvidence();
    void refusedStepLeavesTheCaseUntouched();
    void theMigrationPoliceNumberIsGivenBeforeRegistration();
    void theCourierReportsOnlyItsOwnParcel();
    void aWithdrawalClosesTheCaseWithoutABan();
    void aWithdrawalCannotUndoAPeriodThatRanOut();
    void aRevokedRefusalReopensTheReviewAndLiftsTheBan();
    void aRevokedAnnulmentGivesTheApprovalThirtyNewDays();
    void aRevocationIsReasonedSignedAndTheCitys();
    void anIntegrationsCheckAnswerIsCorrectedOnlyWithAReason();
    void aRefusalsReasonMustMatchTheRecord();
};

void TestWorkflow::everyStepIsAllowedOnlyToItsRoles_data()
{
    QTest::addColumn<Action>("action");
    QTest::addColumn<Role>("role");
    QTest::addColumn<bool>("allowed");
    for (const TransitionRule &rule : Workflow::rules()) {
        if (rule.from.isEmpty())
            continue;
        for (Role role : allRoles()) {
            QTest::addRow("%s by %s", rule.id, qPrintable(roleId(role)))
                << rule.action << role << rule.roles.contains(role);
        }
    }
}

void TestWorkflow::everyStepIsAllowedOnlyToItsRoles()
{
    QFETCH(Action, action);
    QFETCH(Role, role);
    QFETCH(bool, allowed);
    const Case c = caseIn(Workflow::rule(action).from.constFirst());
    auto attempt = Workflow::mayAttempt(c, actorFor(role), action);
    QCOMPARE(bool(attempt), allowed);
    if (!allowed) {
        QCOMPARE(attempt.error().code, QStringLiteral("workflow.role"));
        // The refusal reaches apply() too: nothing changes.
        auto applied = Workflow::apply(
            c, actorFor(role), input(action, dayReached(c.state).addDays(1)), context());
        QCOMPARE(refusal(applied), QStringLiteral("workflow.role"));
    }
}

void TestWorkflow::everyStepIsRefusedOutsideItsStates_data()
{
    QTest::addColumn<Action>("action");
    QTest::addColumn<CaseState>("state");
    for (const TransitionRule &rule : Workflow::rules()) {
        if (rule.from.isEmpty())
            continue;
        for (CaseState state : allCaseStates()) {
            if (!rule.from.contains(state))
                QTest::addRow("%s in %s", rule.id, qPrintable(caseStateId(state)))
                    << rule.action << state;
        }
    }
}

void TestWorkflow::everyStepIsRefusedOutsideItsStates()
{
    QFETCH(Action, action);
    QFETCH(CaseState, state);
    static QHash<CaseState, Case> cases;
    if (!cases.contains(state))
        cases.insert(state, caseIn(state));
    const Case &c = cases[state];
    const Actor actor = actorFor(Workflow::rule(action).roles.constFirst());
    auto attempt = Workflow::mayAttempt(c, actor, action);
    QVERIFY(!attempt);
    QCOMPARE(attempt.error().code, QStringLiteral("workflow.state"));
}

void TestWorkflow::onlyTheCasesOwnCitySeesIt()
{
    const Case astana = caseIn(CaseState::Received);
    QVERIFY(Workflow::maySee(officer(City::Astana), astana));
    QVERIFY(Workflow::maySee(cscOperator(City::Astana), astana));
    QVERIFY(Workflow::maySee(actorFor(Role::Supervisor, City::Astana), astana));
    QVERIFY(Workflow::maySee(system(), astana));
    QVERIFY(!Workflow::maySee(officer(City::Almaty), astana));
    QVERIFY(!Workflow::maySee(actorFor(Role::Supervisor, City::Almaty), astana));
    // The ministry follows its petitions in every city, and works none of them.
    QVERIFY(Workflow::maySee(actorFor(Role::MinistryReviewer), astana));
    QVERIFY(!Workflow::mayClaim(actorFor(Role::MinistryReviewer), astana));
    QVERIFY(Workflow::mayClaim(officer(City::Astana), astana));
    QVERIFY(!Workflow::mayClaim(officer(City::Almaty), astana));
    for (const TransitionRule &rule : Workflow::rules())
        QVERIFY2(!rule.roles.contains(Role::MinistryReviewer), rule.id);
    QVERIFY(Workflow::availableActions(astana, actorFor(Role::MinistryReviewer)).isEmpty());
    QVERIFY(!Workflow::maySee(actorFor(Role::Administrator), astana));
    QVERIFY(!Workflow::maySee(
        Actor{Role::MigrationOfficer, std::nullopt, QStringLiteral("cityless")}, astana));
}

void TestWorkflow::theMinistrysQueuesHoldEveryCaseOnce()
{
    // A petition the ministry signed is under review, approved, granted or
    // refused: never in two of its queues, never in none.
    QHash<CaseState, int> seen;
    for (const QueueDefinition &queue : queuesFor(Role::MinistryReviewer)) {
        QVERIFY(!queue.overdue);
        for (CaseState state : queue.states)
            ++seen[state];
    }
    for (CaseState state : allCaseStates())
        QVERIFY2(seen.value(state) == 1, qPrintable(caseStateId(state)));
}

void TestWorkflow::officerOfAnotherCityCannotActOnTheCase()
{
    const Case astana = caseIn(CaseState::Received);
    auto attempt = Workflow::mayAttempt(astana, officer(City::Almaty), Action::Register);
    QCOMPARE(attempt.error().code, QStringLiteral("workflow.jurisdiction"));
    auto document = Workflow::updateDocument(astana,
                                             officer(City::Almaty),
                                             ChecklistKind::Preliminary,
                                             DocumentType::Photo,
                                             DocumentCommand::Verify,
                                             Start);
    QCOMPARE(document.error().code, QStringLiteral("workflow.jurisdiction"));
    // Integrations are not bound to an office.
    QVERIFY(Workflow::mayAttempt(caseIn(CaseState::WithNsc), system(), Action::RecordNscAnswer));
}

void TestWorkflow::applicationsArriveOnlyThroughIntegration()
{
    QCOMPARE(Workflow::receive(application(), officer(), Start, std::nullopt).error().code,
             QStringLiteral("workflow.role"));
    NewApplication bad = application();
    bad.applicant.iin = QStringLiteral("900515300009");
    QCOMPARE(Workflow::receive(bad, system(), Start, std::nullopt).error().code,
             QStringLiteral("iin.checksum"));

    auto received = Workflow::receive(application(), system(), Start, std::nullopt);
    QVERIFY(received);
    const Case &c = received->after;
    QCOMPARE(c.state, CaseState::Received);
    QCOMPARE(c.receivedOn, Start);
    // §12 and §16 start on arrival.
    QVERIFY(c.clock(ClockKind::Registration));
    QCOMPARE(c.clock(ClockKind::Registration)->dueDate(TestData::calendar(), Start),
             QDate(2025, 11, 5));
    QCOMPARE(c.clock(ClockKind::Review)->dueDate(TestData::calendar(), Start), QDate(2025, 12, 18));
    QVERIFY(c.preliminaryDocuments.missingDocuments().isEmpty());
}

void TestWorkflow::wholeProcessReachesTheResidencePermit()
{
    const Case c = caseIn(CaseState::PermitIssued, Start);
    QCOMPARE(c.state, CaseState::PermitIssued);
    QCOMPARE(c.residencePermitNumber, QStringLiteral("RP-000123"));
    QVERIFY(c.version > 18);
    QCOMPARE(c.history.constLast().action, QStringLiteral("issue-residence-permit"));
    // Every duty clock was stopped in time along the lawful path.
    for (const DeadlineClock &clock : c.clocks) {
        const ClockStatus status = clock.status(TestData::calendar(), QDate(2026, 6, 1));
        QVERIFY2(status.state == ClockState::Met, qPrintable(clockId(clock.kind())));
    }
    QStringList notices;
    for (const Notice &n : c.notices)
        notices.append(noticeKindId(n.kind));
    QCOMPARE(notices,
             QStringList({QStringLiteral("preliminary-approval"), QStringLiteral("final-grant")}));
    QCOMPARE(c.notices.constFirst().language, QStringLiteral("kk"));
    QCOMPARE(c.notices.constFirst().documents.size(), 3); // §19: what to bring after arrival
}

void TestWorkflow::registrationIsRefusedWhileDocumentsAreMissing()
{
    NewApplication partial = application();
    partial.documents.removeIf([](const auto &d) { return d.first == DocumentType::StateDuty; });
    Case c = Workflow::receive(partial, system(), Start, std::nullopt)->after;
    auto outcome = Workflow::apply(
        c, officer(), input(Action::Register, Start, QStringLiteral("KQP-1")), context());
    QCOMPARE(refusal(outcome), QStringLiteral("workflow.checklist-incomplete"));
    QVERIFY(outcome.error().message.contains(documentTitle(DocumentType::StateDuty)));

    c = caseIn(CaseState::Received);
    c = withChecklistVerified(c, ChecklistKind::Preliminary, officer(), Start);
    QCOMPARE(refusal(Workflow::apply(
                 c, officer(), input(Action::Register, Start, QStringLiteral("  ")), context())),
             QStringLiteral("workflow.reference-required"));
    auto registered = Workflow::apply(
        c, officer(), input(Action::Register, Start, QStringLiteral("KQP-1")), context());
    QVERIFY(registered);
    QCOMPARE(registered->after.kqpNumber, QStringLiteral("KQP-1"));
    QVERIFY(registered->after.clock(ClockKind::Registration)->isStopped());
}

void TestWorkflow::noPreliminaryDecisionBeforeTheNscAnswer()
{
    const Case withNsc = caseIn(CaseState::WithNsc);
    const QDate day = dayReached(CaseState::WithNsc).addDays(1);
    auto approve = Workflow::apply(withNsc,
                                   officer(),
                                   input(Action::ApprovePreliminarily, day, QStringLiteral("PP-1")),
                                   context());
    QCOMPARE(refusal(approve), QStringLiteral("workflow.state"));
    auto refuse = Workflow::apply(
        withNsc,
        officer(),
        input(Action::RefusePreliminarily, day, {}, {QStringLiteral("RECORDS-HIT")}),
        context());
    QCOMPARE(refusal(refuse), QStringLiteral("workflow.state"));
    ActionInput noAnswer = input(Action::RecordNscAnswer, day);
    QCOMPARE(refusal(Workflow::apply(withNsc, system(), noAnswer, context())),
             QStringLiteral("workflow.nsc-answer-required"));
}

void TestWorkflow::nscRefusalAllowsOnlyARefusal()
{
    const Case withNsc = caseIn(CaseState::WithNsc);
    const QDate day = dayReached(CaseState::WithNsc).addDays(3);
    ActionInput answer = input(Action::RecordNscAnswer, day);
    answer.nscApproved = false;
    const Case decisionDue = Workflow::apply(withNsc, system(), answer, context())->after;
    QVERIFY(decisionDue.clock(ClockKind::Nsc)->isStopped());
    QCOMPARE(
        refusal(Workflow::apply(decisionDue,
                                officer(),
                                input(Action::ApprovePreliminarily, day, QStringLiteral("PP-1")),
                                context())),
        QStringLiteral("workflow.nsc-not-approved"));
    auto refused = Workflow::apply(
        decisionDue,
        officer(),
        input(Action::RefusePreliminarily, day, {}, {QStringLiteral("NSC-NOT-APPROVED")}),
        context());
    QVERIFY(refused);
    QCOMPARE(refused->after.state, CaseState::PreliminarilyRefused);
    QCOMPARE(refused->notices.constFirst().kind, NoticeKind::PreliminaryRefusal);
}

void TestWorkflow::nscIsAskedOnlyAfterRecordChecks()
{
    Case c = caseIn(CaseState::Registered);
    const QDate day = dayReached(CaseState::Registered);
    QCOMPARE(refusal(Workflow::apply(c, officer(), input(Action::SendToNsc, day), context())),
             QStringLiteral("workflow.checks-pending"));
    c = *Workflow::recordCheck(c, system(), CheckKind::Idb, CheckOutcome::Clear, day);
    QCOMPARE(refusal(Workflow::apply(c, officer(), input(Action::SendToNsc, day), context())),
             QStringLiteral("workflow.checks-pending"));
    c = *Workflow::recordCheck(c, system(), CheckKind::CriminalRecords, CheckOutcome::Hit, day);
    // A hit does not stop the request to NSC; it stops the approval.
    auto sent = Workflow::apply(c, officer(), input(Action::SendToNsc, day), context());
    QVERIFY(sent);
    QCOMPARE(sent->after.clock(ClockKind::Nsc)->dueDate(TestData::calendar(), day),
             dueDate(ClockKind::Nsc, day, TestData::calendar()));
    QCOMPARE(
        Workflow::recordCheck(c, system(), CheckKind::Idb, CheckOutcome::Pending, day).error().code,
        QStringLiteral("workflow.check-outcome"));
    QCOMPARE(Workflow::recordCheck(c, cscOperator(), CheckKind::Idb, CheckOutcome::Clear, day)
                 .error()
                 .code,
             QStringLiteral("workflow.role"));
}

void TestWorkflow::approvalIsRefusedOverARecordHit()
{
    Case c = caseIn(CaseState::DecisionDue);
    const QDate day = dayReached(CaseState::DecisionDue);
    c = *Workflow::recordCheck(c, system(), CheckKind::CriminalRecords, CheckOutcome::Hit, day);
    QCOMPARE(
        refusal(Workflow::apply(c,
                                officer(),
                                input(Action::ApprovePreliminarily, day, QStringLiteral("PP-1")),
                                context())),
        QStringLiteral("workflow.checks-hit"));
}

void TestWorkflow::returnForReworkPausesReviewAndNotifiesTheApplicant()
{
    const Case c = caseIn(CaseState::Received);
    const QDate day(2025, 11, 4);
    ActionInput in = input(Action::ReturnForRework, day, {}, {QStringLiteral("NOT-LEGALIZED")});
    in.documentsAtFault = {DocumentType::CitizenshipRecord};
    in.text = QStringLiteral("Apostille missing");
    auto outcome = Workflow::apply(c, officer(), in, context());
    QVERIFY(outcome);
    const Case &after = outcome->after;
    QCOMPARE(after.state, CaseState::ReturnedForRework);
    QVERIFY(after.clock(ClockKind::Review)->isPaused());
    QVERIFY(after.clock(ClockKind::Registration)->isStopped());
    QCOMPARE(outcome->notices.size(), 1);
    const Notice &n = outcome->notices.constFirst();
    QCOMPARE(n.kind, NoticeKind::ReturnForRework);
    QCOMPARE(n.reasonCodes, QStringList{QStringLiteral("NOT-LEGALIZED")});
    QCOMPARE(n.documents, QList<DocumentType>{DocumentType::CitizenshipRecord});
    QCOMPARE(n.validUntil, QDate(2025, 11, 10)); // 9 Nov is a Sunday
    QCOMPARE(after.decisions.constLast().kind, DecisionKind::ReturnForRework);
    QCOMPARE(after.notices, outcome->notices);
}

void TestWorkflow::resubmissionInTimeResumesTheReview()
{
    Case c = caseIn(CaseState::ReturnedForRework); // returned on 4 Nov, rework due 10 Nov
    auto late
        = Workflow::apply(c, system(), input(Action::Resubmit, QDate(2025, 11, 11)), context());
    QCOMPARE(refusal(late), QStringLiteral("workflow.rework-expired"));

    auto resubmitted
        = Workflow::apply(c, system(), input(Action::Resubmit, QDate(2025, 11, 7)), context());
    QVERIFY(resubmitted);
    const Case &after = resubmitted->after;
    QCOMPARE(after.state, CaseState::Received);
    QCOMPARE(after.clock(ClockKind::Rework)->status(TestData::calendar(), QDate(2025, 11, 7)).state,
             ClockState::Met);
    // Review paused 4-7 Nov: 45 days from 3 Nov (18 Dec) plus 3 days.
    QCOMPARE(after.clock(ClockKind::Review)->dueDate(TestData::calendar(), QDate(2025, 11, 7)),
             QDate(2025, 12, 22));
    // A fresh registration clock for the resubmitted application.
    QCOMPARE(after.clock(ClockKind::Registration)->started(), QDate(2025, 11, 7));
}

void TestWorkflow::applicationNotReworkedInFiveDaysIsDeleted()
{
    const Case c = caseIn(CaseState::ReturnedForRework);
    QCOMPARE(refusal(Workflow::apply(
                 c, system(), input(Action::DeleteAfterRework, QDate(2025, 11, 10)), context())),
             QStringLiteral("workflow.rework-running"));
    auto deleted = Workflow::apply(
        c, system(), input(Action::DeleteAfterRework, QDate(2025, 11, 11)), context());
    QVERIFY(deleted);
    QCOMPARE(deleted->after.state, CaseState::Deleted);
    QCOMPARE(deleted->notices.constFirst().kind, NoticeKind::ApplicationDeleted);
    // §12: deletion bans nothing; the applicant may apply again at once.
    QVERIFY(!deleted->after.bannedUntil(TestData::calendar()));
}

void TestWorkflow::approvalLapsesAfterThirtyDaysAndBansForAYearFromTheApproval()
{
    const Case approved = caseIn(CaseState::PreliminarilyApproved); // approved 16 Nov 2025
    const QDate approvedOn = dayReached(CaseState::PreliminarilyApproved);
    const QDate due
        = approved.clock(ClockKind::ApprovalValidity)->dueDate(TestData::calendar(), approvedOn);
    QCOMPARE(due, QDate(2025, 12, 17)); // 16 Dec is Independence Day

    QCOMPARE(refusal(Workflow::apply(
                 approved,
                 cscOperator(),
                 input(Action::RecordCscVisit, due.addDays(1), QStringLiteral("PP-0001")),
                 context())),
             QStringLiteral("workflow.approval-lapsed"));
    QVERIFY(Workflow::apply(approved,
                            cscOperator(),
                            input(Action::RecordCscVisit, due, QStringLiteral("PP-0001")),
                            context()));

    QCOMPARE(
        refusal(Workflow::apply(approved, system(), input(Action::AnnulApproval, due), context())),
        QStringLiteral("workflow.approval-valid"));
    auto annulled = Workflow::apply(
        approved, system(), input(Action::AnnulApproval, due.addDays(1)), context());
    QVERIFY(annulled);
    QCOMPARE(annulled->after.bannedUntil(TestData::calendar()), approvedOn.addYears(1));
}

void TestWorkflow::refusedCaseCannotReapplyWithinOneYear()
{
    const Case refused = caseIn(CaseState::PreliminarilyRefused);
    const QDate refusedOn = dayReached(CaseState::PreliminarilyRefused);
    const auto banned = Workflow::reapplicationBannedUntil({caseIn(CaseState::Deleted), refused},
                                                           TestData::calendar());
    QCOMPARE(banned, std::optional<QDate>(refusedOn.addYears(1)));

    auto early = Workflow::receive(application(), system(), *banned, banned);
    QVERIFY(!early);
    QCOMPARE(early.error().code, QStringLiteral("workflow.banned"));
    QVERIFY(early.error().message.contains(displayDate(*banned)));
    QVERIFY(Workflow::receive(application(), system(), banned->addDays(1), banned));

    const Case finalRefused = caseIn(CaseState::FinalRefused);
    QCOMPARE(finalRefused.bannedUntil(TestData::calendar()),
             std::optional<QDate>(dayReached(CaseState::FinalRefused).addYears(1)));
}

void TestWorkflow::theLawOwesATimedStepOnTheDayAfterThePeriod()
{
    // §12: an application not reworked in five calendar days is deleted, on
    // the day after the fifth.
    const Case returned = caseIn(CaseState::ReturnedForRework);
    const QDate returnedOn = dayReached(CaseState::ReturnedForRework);
    const auto deletion = Workflow::timedStep(returned, TestData::calendar());
    QVERIFY(deletion);
    QCOMPARE(deletion->action, Action::DeleteAfterRework);
    // Returned on Tuesday 4 November 2025: five days from the day after end
    // on Sunday the 9th, a day off, so on Monday the 10th; deleted on the 11th.
    QCOMPARE(returnedOn, QDate(2025, 11, 4));
    QCOMPARE(deletion->due, QDate(2025, 11, 11));
    QVERIFY(Workflow::apply(
        returned, system(), input(Action::DeleteAfterRework, deletion->due), context()));
    // §19: an approval not acted on in 30 calendar days is annulled after its
    // last day (a holiday moves the last day, and the step with it).
    const Case approved = caseIn(CaseState::PreliminarilyApproved);
    const auto annulment = Workflow::timedStep(approved, TestData::calendar());
    QVERIFY(annulment);
    QCOMPARE(annulment->action, Action::AnnulApproval);
    QCOMPARE(annulment->due, QDate(2025, 12, 18)); // 16 Dec is Independence Day: due the 17th
    QVERIFY(Workflow::apply(
        approved, system(), input(Action::AnnulApproval, annulment->due), context()));
    // Nothing is owed once the applicant acted, nor on a case in any other stage.
    QVERIFY(!Workflow::timedStep(caseIn(CaseState::FinalRegistered), TestData::calendar()));
    QVERIFY(!Workflow::timedStep(caseIn(CaseState::Received), TestData::calendar()));
    QVERIFY(!Workflow::timedStep(caseIn(CaseState::Deleted), TestData::calendar()));
}

void TestWorkflow::aLapsedApprovalBansBeforeItIsAnnulled()
{
    // §19: the year's ban follows from the lapse itself, counted from the
    // approval decision; intake refuses even before the annulment is taken.
    const Case approved = caseIn(CaseState::PreliminarilyApproved);
    const QDate approvedOn = dayReached(CaseState::PreliminarilyApproved);
    const QDate due = Workflow::timedStep(approved, TestData::calendar())->due;
    QVERIFY(!Workflow::reapplicationBannedUntil({approved}, TestData::calendar(), due.addDays(-1)));
    QCOMPARE(Workflow::reapplicationBannedUntil({approved}, TestData::calendar(), due),
             std::optional<QDate>(approvedOn.addYears(1)));
    auto early = Workflow::receive(
        application(),
        system(),
        due,
        Workflow::reapplicationBannedUntil({approved}, TestData::calendar(), due));
    QVERIFY(!early);
    QCOMPARE(early.error().code, QStringLiteral("workflow.banned"));
}

void TestWorkflow::fingerprintingInTimeKeepsTheApprovalAndArrivalAloneDoesNot()
{
    // §19 as Kezek reads it: arriving keeps nothing; the first application to
    // the migration service within the 30 days does, and the fingerprinting
    // at the territorial office (§20(3)) is one.
    const Case approved = caseIn(CaseState::PreliminarilyApproved);
    const QDate approvedOn = dayReached(CaseState::PreliminarilyApproved);
    const QDate due = Workflow::timedStep(approved, TestData::calendar())->due;
    auto arrived
        = Workflow::recordArrival(approved, system(), approvedOn.addDays(5), approvedOn.addDays(6));
    QVERIFY(arrived);
    QCOMPARE(arrived->arrivedOn, approvedOn.addDays(5));
    QCOMPARE(Workflow::timedStep(*arrived, TestData::calendar())->action, Action::AnnulApproval);

    auto fingerprinted = Workflow::recordFingerprinting(
        *arrived, system(), approvedOn.addDays(10), approvedOn.addDays(11), TestData::calendar());
    QVERIFY(fingerprinted);
    QVERIFY(fingerprinted->clock(ClockKind::ApprovalValidity)->isStopped());
    QVERIFY(!Workflow::timedStep(*fingerprinted, TestData::calendar()));
    QVERIFY(!Workflow::reapplicationBannedUntil(
        {*fingerprinted}, TestData::calendar(), due.addDays(30)));
    // The CSC visit may then come after the 30 days: the approval was kept.
    QVERIFY(
        Workflow::apply(*fingerprinted,
                        cscOperator(),
                        input(Action::RecordCscVisit, due.addDays(10), QStringLiteral("PP-0001")),
                        context()));
    QVERIFY(Workflow::mayArrive(*fingerprinted, due.addDays(10), TestData::calendar()));

    // Fingerprinted after the 30 days: too late to keep it.
    auto late = Workflow::recordFingerprinting(approved, system(), due, due, TestData::calendar());
    QVERIFY(late);
    QVERIFY(!late->clock(ClockKind::ApprovalValidity)->isStopped());
    QCOMPARE(Workflow::timedStep(*late, TestData::calendar())->action, Action::AnnulApproval);

    // What the integrations may say, and when.
    QCOMPARE(Workflow::recordArrival(approved, officer(), approvedOn, approvedOn).error().code,
             QStringLiteral("workflow.role"));
    QCOMPARE(
        Workflow::recordArrival(approved, system(), approvedOn.addDays(3), approvedOn.addDays(2))
            .error()
            .code,
        QStringLiteral("workflow.date")); // in the future
    QCOMPARE(Workflow::recordArrival(approved, system(), approvedOn.addDays(-1), approvedOn)
                 .error()
                 .code,
             QStringLiteral("workflow.date")); // before the approval
    QCOMPARE(
        Workflow::recordFingerprinting(
            caseIn(CaseState::Registered), system(), approvedOn, approvedOn, TestData::calendar())
            .error()
            .code,
        QStringLiteral("workflow.state"));
}

void TestWorkflow::theReworkCountsFromTheNoticesReceipt()
{
    // §12: "хабарламаны алған кезде" - five days from receiving the notice.
    const Case returned = caseIn(CaseState::ReturnedForRework);
    const QDate returnedOn = dayReached(CaseState::ReturnedForRework);
    const QDate received = returnedOn.addDays(3);
    auto delivered = Workflow::recordNoticeDelivery(
        returned, system(), NoticeKind::ReturnForRework, received, received);
    QVERIFY(delivered);
    QCOMPARE(delivered->notices.constLast().deliveredOn, received);
    QCOMPARE(delivered->clock(ClockKind::Rework)->started(), received);
    QVERIFY(Workflow::timedStep(*delivered, TestData::calendar())->due
            > Workflow::timedStep(returned, TestData::calendar())->due);
    // Received the same day it was sent: nothing moves but the record.
    auto sameDay = Workflow::recordNoticeDelivery(
        returned, system(), NoticeKind::ReturnForRework, returnedOn, returnedOn);
    QCOMPARE(sameDay->clock(ClockKind::Rework)->started(), returnedOn);
    // Once; only by the delivery; never before it was sent, nor in the future.
    QCOMPARE(Workflow::recordNoticeDelivery(
                 *delivered, system(), NoticeKind::ReturnForRework, received, received)
                 .error()
                 .code,
             QStringLiteral("workflow.notice-delivered"));
    QCOMPARE(Workflow::recordNoticeDelivery(
                 returned, officer(), NoticeKind::ReturnForRework, received, received)
                 .error()
                 .code,
             QStringLiteral("workflow.role"));
    QCOMPARE(Workflow::recordNoticeDelivery(
                 returned, system(), NoticeKind::ReturnForRework, returnedOn.addDays(-1), received)
                 .error()
                 .code,
             QStringLiteral("workflow.date"));
    QCOMPARE(Workflow::recordNoticeDelivery(
                 returned, system(), NoticeKind::ReturnForRework, received, returnedOn)
                 .error()
                 .code,
             QStringLiteral("workflow.date"));
}

void TestWorkflow::intakeKeepsTheEgovFilingTime()
{
    // §11, §16: filed on eGov on Saturday evening, arrived on Monday; the
    // review counts from arrival in the workplace, the filing is kept beside it.
    NewApplication filed = application(City::Astana, QDate(2025, 11, 3));
    filed.filedAt = QDateTime(QDate(2025, 11, 1), QTime(15, 40), QTimeZone::utc());
    auto received = Workflow::receive(filed, system(), QDate(2025, 11, 3), std::nullopt);
    QVERIFY(received);
    QCOMPARE(received->after.filedAt, filed.filedAt);
    QCOMPARE(received->after.receivedOn, QDate(2025, 11, 3));
    QCOMPARE(received->after.clock(ClockKind::Review)->started(), QDate(2025, 11, 3));
    // Carried in the intake's JSON and the case's, to the minute.
    QCOMPARE(newApplicationFromJson(newApplicationToJson(filed))->filedAt, filed.filedAt);
    QCOMPARE(caseFromJson(caseToJson(received->after))->filedAt, filed.filedAt);
    // Never filed on a day still to come; a moment without its zone is no moment.
    filed.filedAt = QDateTime(QDate(2025, 11, 4), QTime(1, 0), QTimeZone::utc());
    QCOMPARE(Workflow::receive(filed, system(), QDate(2025, 11, 3), std::nullopt).error().code,
             QStringLiteral("workflow.filed-in-future"));
    QJsonObject json = newApplicationToJson(filed);
    json.insert(QStringLiteral("filedAt"), QStringLiteral("2025-11-01T15:40:00"));
    QVERIFY(!newApplicationFromJson(json));
}

void TestWorkflow::cscVisitNeedsThisCasesPermitNumber()
{
    const Case approved = caseIn(CaseState::PreliminarilyApproved);
    const QDate day = dayReached(CaseState::AtCsc);
    QCOMPARE(refusal(Workflow::apply(approved,
                                     cscOperator(),
                                     input(Action::RecordCscVisit, day, QStringLiteral("PP-9999")),
                                     context())),
             QStringLiteral("workflow.permit-number-mismatch"));
    auto visit = Workflow::apply(approved,
                                 cscOperator(),
                                 input(Action::RecordCscVisit, day, QStringLiteral(" pp-0001 ")),
                                 context());
    QVERIFY(visit);
    QCOMPARE(visit->after.cscVisitOn, day);
    QVERIFY(visit->after.clock(ClockKind::CscRegistration));
}

void TestWorkflow::theArrivalDeskSaysWhyACaseCannotBeTakenOn()
{
    const BusinessCalendar &calendar = TestData::calendar();
    auto code = [&](const Case &c, QDate day) {
        auto may = Workflow::mayArrive(c, day, calendar);
        return may ? QString() : may.error().code;
    };
    // In force on its last day, lapsed the day after, as the visit itself is.
    const Case approved = caseIn(CaseState::PreliminarilyApproved);
    const QDate due = approved.clock(ClockKind::ApprovalValidity)
                          ->dueDate(calendar, dayReached(CaseState::PreliminarilyApproved));
    QCOMPARE(code(approved, due), QString());
    QCOMPARE(code(approved, due.addDays(1)), QStringLiteral("workflow.approval-lapsed"));
    QVERIFY(Workflow::mayArrive(approved, due.addDays(1), calendar)
                .error()
                .message.contains(displayDate(due)));
    // A comparison already begun goes on.
    QCOMPARE(code(caseIn(CaseState::AtCsc), dayReached(CaseState::AtCsc)), QString());

    // Refused: the ban's last day is said, so the applicant knows when.
    const Case refused = caseIn(CaseState::PreliminarilyRefused);
    const QDate refusedOn = dayReached(CaseState::PreliminarilyRefused);
    auto refusal = Workflow::mayArrive(refused, refusedOn.addDays(3), calendar);
    QVERIFY(!refusal);
    QCOMPARE(refusal.error().code, QStringLiteral("workflow.refused"));
    QVERIFY2(refusal.error().message.contains(displayDate(refusedOn.addYears(1))),
             qPrintable(refusal.error().message));

    const Case annulled = caseIn(CaseState::ApprovalAnnulled);
    auto lapsed = Workflow::mayArrive(annulled, dayReached(CaseState::ApprovalAnnulled), calendar);
    QVERIFY(!lapsed);
    QCOMPARE(lapsed.error().code, QStringLiteral("workflow.approval-lapsed"));
    QVERIFY(lapsed.error().message.contains(
        displayDate(dayReached(CaseState::PreliminarilyApproved).addYears(1))));

    const QDate later = dayReached(CaseState::PermitIssued);
    QCOMPARE(code(caseIn(CaseState::DecisionDue), later), QStringLiteral("workflow.not-approved"));
    QCOMPARE(code(caseIn(CaseState::Received), later), QStringLiteral("workflow.not-approved"));
    for (CaseState state :
         {CaseState::FinalRegistered, CaseState::InCourier, CaseState::FinalVerification})
        QCOMPARE(code(caseIn(state), later), QStringLiteral("workflow.already-registered"));
    QCOMPARE(code(caseIn(CaseState::Granted), later), QStringLiteral("workflow.already-granted"));
    QCOMPARE(code(caseIn(CaseState::FinalRefused), later), QStringLiteral("workflow.refused"));
}

void TestWorkflow::aCaseLeavesADeskWhenTheLawGivesItNothingMore()
{
    // The CSC works a case until its originals go by courier; the officer
    // until the preliminary decision, and again from the originals' receipt.
    QVERIFY(!Workflow::leavesDesk(caseIn(CaseState::AtCsc), cscOperator()));
    QVERIFY(!Workflow::leavesDesk(caseIn(CaseState::FinalRegistered), cscOperator()));
    QVERIFY(Workflow::leavesDesk(caseIn(CaseState::InCourier), cscOperator()));
    QVERIFY(!Workflow::leavesDesk(caseIn(CaseState::InCourier), officer()));
    QVERIFY(!Workflow::leavesDesk(caseIn(CaseState::DecisionDue), officer()));
    QVERIFY(Workflow::leavesDesk(caseIn(CaseState::PreliminarilyApproved), officer()));
    QVERIFY(!Workflow::leavesDesk(caseIn(CaseState::Granted), cscOperator()));
    QVERIFY(Workflow::leavesDesk(caseIn(CaseState::PermitIssued), cscOperator()));
}

void TestWorkflow::aSupervisorGivesACaseOnlyToARoleThatWorksItsStage_data()
{
    QTest::addColumn<CaseState>("state");
    QTest::addColumn<QString>("toOfficer");
    QTest::addColumn<QString>("toCsc");
    const QString yes;
    const QString officerOnly = QStringLiteral("workflow.assignee-stage");
    const QString closed = QStringLiteral("workflow.assignee-closed");
    // §12-19: the migration officer's desk, the NSC's answer too (§15).
    QTest::newRow("received §12") << CaseState::Received << yes << officerOnly;
    QTest::newRow("returned for rework §12") << CaseState::ReturnedForRework << yes << officerOnly;
    QTest::newRow("registered §13") << CaseState::Registered << yes << officerOnly;
    QTest::newRow("with the NSC §14-15") << CaseState::WithNsc << yes << officerOnly;
    QTest::newRow("decision due §17") << CaseState::DecisionDue << yes << officerOnly;
    // §20-21: the CSC's desk, until the originals go by courier.
    QTest::newRow("approved §20") << CaseState::PreliminarilyApproved << officerOnly << yes;
    QTest::newRow("at the CSC §21") << CaseState::AtCsc << officerOnly << yes;
    QTest::newRow("final registered §21") << CaseState::FinalRegistered << officerOnly << yes;
    // §22-24: the originals arrive at the officer's desk.
    QTest::newRow("in courier §22") << CaseState::InCourier << yes << officerOnly;
    QTest::newRow("final verification §22") << CaseState::FinalVerification << yes << officerOnly;
    // §25-27: the CSC issues the permit.
    QTest::newRow("granted §25") << CaseState::Granted << officerOnly << yes;
    QTest::newRow("permit issued §27") << CaseState::PermitIssued << closed << closed;
    QTest::newRow("refused §24") << CaseState::FinalRefused << closed << closed;
    QTest::newRow("withdrawn") << CaseState::Withdrawn << closed << closed;
}

void TestWorkflow::aSupervisorGivesACaseOnlyToARoleThatWorksItsStage()
{
    QFETCH(CaseState, state);
    QFETCH(QString, toOfficer);
    QFETCH(QString, toCsc);
    const Case c = caseIn(state);
    const Actor supervisor = actorFor(Role::Supervisor, City::Astana);
    const auto code = [](const Result<void> &given) {
        return given ? QString() : given.error().code;
    };
    QCOMPARE(code(Workflow::mayAssign(supervisor, c, officer(City::Astana))), toOfficer);
    QCOMPARE(code(Workflow::mayAssign(supervisor, c, cscOperator(City::Astana))), toCsc);
    // The roles offered are exactly those the assignment takes.
    QCOMPARE(Workflow::deskRoles(state).contains(Role::MigrationOfficer), toOfficer.isEmpty());
    QCOMPARE(Workflow::deskRoles(state).contains(Role::CscOperator), toCsc.isEmpty());
    // Another city's officer is still refused first, whatever the stage.
    QCOMPARE(code(Workflow::mayAssign(supervisor, c, officer(City::Almaty))),
             QStringLiteral("workflow.assignee"));
}

void TestWorkflow::cscDeclineKeepsTheApprovalTheVisitEarned()
{
    // §19-21 as Kezek reads it: the CSC visit is the applicant's application
    // to the migration service in time, and keeps the approval; a decline
    // sends them back for a document, and no annulment follows from it.
    const Case atCsc = caseIn(CaseState::AtCsc);
    const QDate day = dayReached(CaseState::AtCsc);
    QCOMPARE(refusal(Workflow::apply(
                 atCsc, cscOperator(), input(Action::RegisterFinalApplication, day), context())),
             QStringLiteral("workflow.checklist-incomplete"));
    auto declined = Workflow::apply(
        atCsc,
        cscOperator(),
        input(Action::DeclineAtCsc, day, {}, {QStringLiteral("HOUSING-CONTRACT")}),
        context());
    QVERIFY(declined);
    QCOMPARE(declined->after.state, CaseState::PreliminarilyApproved);
    QVERIFY(declined->after.clock(ClockKind::ApprovalValidity)->isStopped());
    QVERIFY(declined->after.clock(ClockKind::CscRegistration)->isStopped());
    QVERIFY(!Workflow::timedStep(declined->after, TestData::calendar()));
    // The applicant comes back with a proper contract, even after the 30 days.
    QVERIFY(
        Workflow::apply(declined->after,
                        cscOperator(),
                        input(Action::RecordCscVisit, day.addDays(40), QStringLiteral("PP-0001")),
                        context()));
}

void TestWorkflow::finalGrantNeedsFreshFinalChecks()
{
    Case c = caseIn(CaseState::FinalVerification);
    const QDate day = dayReached(CaseState::Granted);
    c = withChecklistVerified(c, ChecklistKind::OriginalsVerification, officer(), day);
    // The preliminary checks (§13) were clear, but §22 asks again.
    QCOMPARE(refusal(Workflow::apply(c, officer(), input(Action::GrantFinal, day), context())),
             QStringLiteral("workflow.checks-pending"));
    for (CheckKind kind : {CheckKind::Idb, CheckKind::CriminalRecords, CheckKind::Afis})
        c = *Workflow::recordCheck(c, system(), kind, CheckOutcome::Clear, day);
    c = *Workflow::recordCheck(c, system(), CheckKind::BorderCrossing, CheckOutcome::Hit, day);
    QCOMPARE(refusal(Workflow::apply(c, officer(), input(Action::GrantFinal, day), context())),
             QStringLiteral("workflow.checks-hit"));
    auto refused
        = Workflow::apply(c,
                          officer(),
                          input(Action::RefuseFinal, day, {}, {QStringLiteral("BORDER-CROSSING")}),
                          context());
    QVERIFY(refused);
    QCOMPARE(refused->after.state, CaseState::FinalRefused);
}

void TestWorkflow::decisionsNeedReasonsFromTheCatalogForTheirUse()
{
    const Case received = caseIn(CaseState::Received);
    const QDate day = Start.addDays(1);
    QCOMPARE(refusal(Workflow::apply(
                 received, officer(), input(Action::ReturnForRework, day), context())),
             QStringLiteral("reasons.required"));
    QCOMPARE(refusal(Workflow::apply(
                 received,
                 officer(),
                 input(Action::ReturnForRework, day, {}, {QStringLiteral("BORDER-CROSSING")}),
                 context())),
             QStringLiteral("reasons.not-for-use"));
    QCOMPARE(
        refusal(Workflow::apply(
            received,
            officer(),
            input(Action::ReturnForRework, day, {}, {QStringLiteral("'; DROP TABLE cases;--")}),
            context())),
        QStringLiteral("reasons.unknown"));
}

void TestWorkflow::availableActionsFollowRoleAndState()
{
    const Case received = caseIn(CaseState::Received);
    QCOMPARE(Workflow::availableActions(received, officer()),
             (QList<Action>{Action::ReturnForRework, Action::Register}));
    QVERIFY(Workflow::availableActions(received, cscOperator()).isEmpty());
    QVERIFY(Workflow::availableActions(received, officer(City::Almaty)).isEmpty());
    QCOMPARE(Workflow::availableActions(caseIn(CaseState::PreliminarilyApproved), cscOperator()),
             QList<Action>{Action::RecordCscVisit});
    // A closed case offers nothing, but a refusal or an annulment made in
    // error may be revoked by the city's supervisor.
    const QList<CaseState> revocable{
        CaseState::PreliminarilyRefused, CaseState::ApprovalAnnulled, CaseState::FinalRefused};
    for (CaseState state : allCaseStates()) {
        if (isFinalState(state) && state != CaseState::PermitIssued) {
            for (Role role : allRoles()) {
                const QList<Action> actions
                    = Workflow::availableActions(caseIn(state), actorFor(role));
                if (role == Role::Supervisor && revocable.contains(state))
                    QCOMPARE(actions, QList<Action>{Action::RevokeDecision});
                else
                    QVERIFY2(actions.isEmpty(), qPrintable(caseStateId(state)));
            }
        }
    }
}

void TestWorkflow::documentsAreWorkedOnlyByTheirDesk()
{
    const Case received = caseIn(CaseState::Received);
    auto byCsc = Workflow::updateDocument(received,
                                          cscOperator(),
                                          ChecklistKind::Preliminary,
                                          DocumentType::Photo,
                                          DocumentCommand::Verify,
                                          Start);
    QCOMPARE(byCsc.error().code, QStringLiteral("workflow.checklist-closed"));
    auto bySystem = Workflow::updateDocument(received,
                                             system(),
                                             ChecklistKind::Preliminary,
                                             DocumentType::Photo,
                                             DocumentCommand::Verify,
                                             Start);
    QCOMPARE(bySystem.error().code, QStringLiteral("workflow.checklist-closed"));
    auto verified = Workflow::updateDocument(received,
                                             officer(),
                                             ChecklistKind::Preliminary,
                                             DocumentType::Photo,
                                             DocumentCommand::Verify,
                                             Start);
    QVERIFY(verified);
    QCOMPARE(verified->version, received.version + 1);
    auto registrationDesk = Workflow::updateDocument(received,
                                                     cscOperator(),
                                                     ChecklistKind::Registration,
                                                     DocumentType::PermitNotice,
                                                     DocumentCommand::Submit,
                                                     Start);
    QCOMPARE(registrationDesk.error().code, QStringLiteral("workflow.checklist-closed"));
}

// PROCESS.md, phase 2, step 2 (§21): the CSC operator compares the documents
// with their originals. A "matched" is kept with what it rests on: the
// original's scan or, where none could be made, the operator's written reason.
void TestWorkflow::theCscsMatchRestsOnTheOriginalsScanOrAWrittenReason_data()
{
    QTest::addColumn<CaseState>("state");
    QTest::addColumn<bool>("scanned");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("refusal");
    QTest::addColumn<QString>("keptReason");
    const QString scanner = QStringLiteral("the scanner is broken; original seen by me");
    QTest::newRow("CSC, neither scan nor reason")
        << CaseState::AtCsc << false << QString() << QStringLiteral("workflow.match-evidence")
        << QString();
    QTest::newRow("CSC, a reason of spaces alone")
        << CaseState::AtCsc << false << QStringLiteral("  \n\t ")
        << QStringLiteral("workflow.match-evidence") << QString();
    QTest::newRow("CSC, the original's scan")
        << CaseState::AtCsc << true << QString() << QString() << QString();
    QTest::newRow("CSC, a reason, trimmed")
        << CaseState::AtCsc << false << QStringLiteral("  %1\n").arg(scanner) << QString()
        << scanner;
    QTest::newRow("CSC, a scan and a reason: the scan is the evidence")
        << CaseState::AtCsc << true << scanner << QString() << QString();
    QTest::newRow("residence permit desk (§26), neither")
        << CaseState::Granted << false << QString() << QStringLiteral("workflow.match-evidence")
        << QString();
    QTest::newRow("residence permit desk (§26), a reason")
        << CaseState::Granted << false << scanner << QString() << scanner;
}

void TestWorkflow::theCscsMatchRestsOnTheOriginalsScanOrAWrittenReason()
{
    QFETCH(CaseState, state);
    QFETCH(bool, scanned);
    QFETCH(QString, reason);
    QFETCH(QString, refusal);
    QFETCH(QString, keptReason);
    const ChecklistKind kind
        = state == CaseState::AtCsc ? ChecklistKind::CscComparison : ChecklistKind::Registration;
    const QDate today = dayReached(state);
    const Case at = caseIn(state);
    const DocumentType type = at.checklist(kind).items().constFirst().type;
    const QString scan = scanned ? QString(64, u'a') : QString();
    auto submitted = Workflow::updateDocument(
        at,
        cscOperator(),
        kind,
        type,
        DocumentCommand::Submit,
        today,
        goodFacts(type, at.applicant, at.checkContext(kind, today).applicationDate),
        {},
        scan);
    QVERIFY2(submitted, qPrintable(submitted.error().message));
    const Case before = *submitted;
    auto matched = Workflow::updateDocument(
        before, cscOperator(), kind, type, DocumentCommand::Verify, today, {}, reason);
    if (!refusal.isEmpty()) {
        QVERIFY(!matched);
        QCOMPARE(matched.error().code, refusal);
        QVERIFY(matched.error().message.contains(u"§21"));
        QCOMPARE(before.checklist(kind).item(type)->status, DocumentStatus::Submitted);
        return;
    }
    QVERIFY2(matched, qPrintable(matched.error().message));
    const ChecklistItem *item = matched->checklist(kind).item(type);
    QCOMPARE(item->status, DocumentStatus::Verified);
    QCOMPARE(item->scanSha256, scan);
    QCOMPARE(item->unscannedReason, keptReason);
    // The case carries it to every workstation and back.
    auto decoded = caseFromJson(caseToJson(*matched));
    QVERIFY(decoded);
    QCOMPARE(decoded->checklist(kind).item(type)->unscannedReason, keptReason);
    // What the audit writes of it.
    auto evidence = matchEvidence(item->scanSha256, item->unscannedReason);
    QVERIFY(evidence);
    QCOMPARE(evidence->auditText(),
             scanned ? QStringLiteral("scan %1").arg(scan)
                     : QStringLiteral("reason \"%1\"").arg(keptReason));
}

void TestWorkflow::theOfficersOwnComparisonNeedsNoCscEvidence()
{
    // §22: the officer compares the originals the courier brought; the CSC's
    // evidence stays in the CSC's checklist, not in the officer's.
    Case c = caseIn(CaseState::FinalVerification);
    const DocumentType type = c.originals.items().constFirst().type;
    auto matched = Workflow::updateDocument(c,
                                            officer(),
                                            ChecklistKind::OriginalsVerification,
                                            type,
                                            DocumentCommand::Verify,
                                            dayReached(CaseState::FinalVerification));
    QVERIFY2(matched, qPrintable(matched.error().message));
    QVERIFY(matched->originals.item(type)->unscannedReason.isEmpty());
    QCOMPARE(matched->cscComparison.item(type)->unscannedReason,
             QStringLiteral("The original was seen at the desk."));
}

void TestWorkflow::refusedStepLeavesTheCaseUntouched()
{
    const Case before = caseIn(CaseState::Received);
    const Case copy = before;
    auto outcome = Workflow::apply(
        before, officer(), input(Action::Register, Start, QStringLiteral("KQP-1")), context());
    QVERIFY(!outcome);
    QCOMPARE(before, copy);
    QCOMPARE(Workflow::apply(before, officer(), input(Action::Register, QDate()), context())
                 .error()
                 .code,
             QStringLiteral("workflow.date"));
}

void TestWorkflow::theMigrationPoliceNumberIsGivenBeforeRegistration()
{
    Case c = withChecklistVerified(
        caseIn(CaseState::Received), ChecklistKind::Preliminary, officer(), Start);
    QCOMPARE(Workflow::assignKqpNumber(c, officer(), QStringLiteral("KQP-7"), Start).error().code,
             QStringLiteral("workflow.role"));
    QCOMPARE(Workflow::assignKqpNumber(c, system(), QStringLiteral(" "), Start).error().code,
             QStringLiteral("workflow.reference-required"));
    auto numbered = Workflow::assignKqpNumber(c, system(), QStringLiteral("KQP-7"), Start);
    QVERIFY(numbered);
    QCOMPARE(numbered->version, c.version + 1);
    QCOMPARE(numbered->state, CaseState::Received);
    QCOMPARE(numbered->history.constLast().action, QStringLiteral("assign-kqp-number"));
    // The officer registers without typing it again.
    auto registered
        = Workflow::apply(*numbered, officer(), input(Action::Register, Start), context());
    QVERIFY(registered);
    QCOMPARE(registered->after.kqpNumber, QStringLiteral("KQP-7"));
    // Once registered, the number is not given again.
    QCOMPARE(Workflow::assignKqpNumber(registered->after, system(), QStringLiteral("KQP-8"), Start)
                 .error()
                 .code,
             QStringLiteral("workflow.state"));
}

void TestWorkflow::theCourierReportsOnlyItsOwnParcel()
{
    const Case c = caseIn(CaseState::InCourier);
    const QDate day = dayReached(CaseState::InCourier);
    QVERIFY(!c.courierTracking.isEmpty());
    QCOMPARE(Workflow::recordCourierStatus(
                 c, system(), QStringLiteral("OTHER-1"), CourierStatus::Delivered, day)
                 .error()
                 .code,
             QStringLiteral("workflow.tracking"));
    QCOMPARE(Workflow::recordCourierStatus(
                 c, cscOperator(), c.courierTracking, CourierStatus::Delivered, day)
                 .error()
                 .code,
             QStringLiteral("workflow.role"));
    auto delivered = Workflow::recordCourierStatus(
        c, system(), c.courierTracking, CourierStatus::Delivered, day);
    QVERIFY(delivered);
    QCOMPARE(delivered->state, CaseState::InCourier); // the officer's receipt moves it on
    QCOMPARE(delivered->history.constLast().action, QStringLiteral("courier-delivered"));
    QCOMPARE(Workflow::recordCourierStatus(caseIn(CaseState::FinalVerification),
                                           system(),
                                           c.courierTracking,
                                           CourierStatus::InTransit,
                                           day)
                 .error()
                 .code,
             QStringLiteral("workflow.state"));
    QCOMPARE(courierStatusFromId(u"in-transit"), CourierStatus::InTransit);
    QVERIFY(!courierStatusFromId(u"lost"));
}

void TestWorkflow::aWithdrawalClosesTheCaseWithoutABan()
{
    // The applicant withdraws through eGov, at any stage before the permit is
    // granted: the case closes, every clock stops, no ban, and a notice says so.
    for (CaseState state : {CaseState::Received,
                            CaseState::DecisionDue,
                            CaseState::PreliminarilyApproved,
                            CaseState::FinalVerification}) {
        const Case c = caseIn(state);
        const QDate today = dayReached(state).addDays(1);
        auto withdrawn = Workflow::apply(c, system(), input(Action::Withdraw, today), context());
        QVERIFY2(withdrawn, qPrintable(caseStateId(state)));
        QCOMPARE(withdrawn->after.state, CaseState::Withdrawn);
        QVERIFY(isFinalState(CaseState::Withdrawn));
        for (const DeadlineClock &clock : withdrawn->after.clocks)
            QVERIFY2(clock.isStopped(), qPrintable(clockId(clock.kind())));
        QCOMPARE(withdrawn->notices.size(), 1);
        QCOMPARE(withdrawn->notices.first().kind, NoticeKind::Withdrawn);
        QVERIFY(!Workflow::timedStep(withdrawn->after, TestData::calendar()));
        // No ban, even long after an approval's 30 days (§19 bans a lapse only).
        QVERIFY(!Workflow::reapplicationBannedUntil(
            {withdrawn->after}, TestData::calendar(), today.addDays(60)));
        QVERIFY(Workflow::receive(application(), system(), today.addDays(1), std::nullopt));
        QCOMPARE(Workflow::mayArrive(withdrawn->after, today, TestData::calendar()).error().code,
                 QStringLiteral("workflow.withdrawn"));
    }
    // Only eGov says so: an officer cannot withdraw an applicant's application.
    QCOMPARE(refusal(Workflow::apply(caseIn(CaseState::Received),
                                     officer(),
                                     input(Action::Withdraw, Start.addDays(1)),
                                     context())),
             QStringLiteral("workflow.role"));
    // And a granted permit is not withdrawn: it is the permit desk's case.
    QCOMPARE(refusal(Workflow::apply(caseIn(CaseState::Granted),
                                     system(),
                                     input(Action::Withdraw, dayReached(CaseState::Granted)),
                                     context())),
             QStringLiteral("workflow.state"));
}

void TestWorkflow::aWithdrawalCannotUndoAPeriodThatRanOut()
{
    // §12, §19: once the rework's five days or the approval's thirty ran out,
    // the deletion or the annulment (and its ban) is the law's; a withdrawal
    // afterwards cannot escape it, though the server has not yet taken it.
    const Case approved = caseIn(CaseState::PreliminarilyApproved);
    const QDate lapsed = Workflow::timedStep(approved, TestData::calendar())->due;
    QCOMPARE(
        refusal(Workflow::apply(approved, system(), input(Action::Withdraw, lapsed), context())),
        QStringLiteral("workflow.approval-lapsed"));
    QVERIFY(Workflow::apply(
        approved, system(), input(Action::Withdraw, lapsed.addDays(-1)), context()));

    const Case returned = caseIn(CaseState::ReturnedForRework);
    const QDate deleted = Workflow::timedStep(returned, TestData::calendar())->due;
    QCOMPARE(
        refusal(Workflow::apply(returned, system(), input(Action::Withdraw, deleted), context())),
        QStringLiteral("workflow.rework-expired"));
    QVERIFY(Workflow::apply(
        returned, system(), input(Action::Withdraw, deleted.addDays(-1)), context()));
}

namespace {

ActionInput revocation(QDate today, const QString &why)
{
    ActionInput in = input(Action::RevokeDecision, today);
    in.text = why;
    return in;
}

} // namespace

void TestWorkflow::aRevokedRefusalReopensTheReviewAndLiftsTheBan()
{
    // §19, §24: a refusal made in error is revoked by the supervisor; the case
    // goes back to the decision, the ban it set is lifted, the applicant told.
    const Actor supervisor = actorFor(Role::Supervisor);
    const Case refused = caseIn(CaseState::PreliminarilyRefused);
    const QDate refusedOn = dayReached(CaseState::PreliminarilyRefused);
    QVERIFY(Workflow::reapplicationBannedUntil({refused}, TestData::calendar()));
    const QDate today = refusedOn.addDays(6);
    auto revoked = Workflow::apply(
        refused,
        supervisor,
        revocation(today, QStringLiteral("The criminal record belongs to a namesake.")),
        context());
    QVERIFY(revoked);
    const Case &c = revoked->after;
    QCOMPARE(c.state, CaseState::DecisionDue);
    QCOMPARE(c.history.last().action, QStringLiteral("revoke-decision"));
    QCOMPARE(c.history.last().from, CaseState::PreliminarilyRefused);
    QCOMPARE(c.history.last().to, CaseState::DecisionDue);
    QCOMPARE(c.decisions.last().kind, DecisionKind::Revocation);
    QCOMPARE(c.decisions.last().userId, supervisor.userId);
    QVERIFY(!c.bannedUntil(TestData::calendar()));
    QVERIFY(!Workflow::reapplicationBannedUntil({c}, TestData::calendar(), today));
    QCOMPARE(revoked->notices.size(), 1);
    QCOMPARE(revoked->notices.first().kind, NoticeKind::DecisionRevoked);
    QVERIFY(revoked->notices.first().text.contains(u"namesake"));
    // §16: the review runs again; the days it stood closed do not count.
    const DeadlineClock *review = c.clock(ClockKind::Review);
    QVERIFY(!review->isStopped());
    const DeadlineClock *before = refused.clock(ClockKind::Review);
    QCOMPARE(review->dueDate(TestData::calendar(), today),
             DeadlineClock(ClockKind::Review, before->started().addDays(6))
                 .dueDate(TestData::calendar(), today));
    // The officer decides again; a new refusal bans from its own day.
    QVERIFY(Workflow::availableActions(c, officer()).contains(Action::RefusePreliminarily));
    auto again = Workflow::apply(c,
                                 officer(),
                                 input(Action::RefusePreliminarily,
                                       today.addDays(1),
                                       {},
                                       {QStringLiteral("NSC-NOT-APPROVED")}),
                                 context());
    QVERIFY2(again, qPrintable(again ? QString() : again.error().message));
    QCOMPARE(again->after.bannedUntil(TestData::calendar()),
             std::optional<QDate>(today.addDays(1).addYears(1)));

    // The final refusal likewise: back to final verification, its three days
    // running again.
    const Case finalRefused = caseIn(CaseState::FinalRefused);
    auto reopened = Workflow::apply(finalRefused,
                                    supervisor,
                                    revocation(dayReached(CaseState::FinalRefused).addDays(2),
                                               QStringLiteral("The originals matched.")),
                                    context());
    QVERIFY(reopened);
    QCOMPARE(reopened->after.state, CaseState::FinalVerification);
    QVERIFY(!reopened->after.clock(ClockKind::FinalVerification)->isStopped());
    QVERIFY(!reopened->after.bannedUntil(TestData::calendar()));
}

void TestWorkflow::aRevokedAnnulmentGivesTheApprovalThirtyNewDays()
{
    // §19: an annulment in error (the fingerprinting was not reported in time)
    // is revoked; the approval holds again for 30 days from the revocation,
    // and the year's ban from the approval is lifted.
    const Case annulled = caseIn(CaseState::ApprovalAnnulled);
    const QDate today = dayReached(CaseState::ApprovalAnnulled).addDays(3);
    QVERIFY(annulled.bannedUntil(TestData::calendar()));
    auto revoked = Workflow::apply(
        annulled,
        actorFor(Role::Supervisor),
        revocation(today, QStringLiteral("Fingerprinted on day 20; the report was lost.")),
        context());
    QVERIFY(revoked);
    const Case &c = revoked->after;
    QCOMPARE(c.state, CaseState::PreliminarilyApproved);
    QVERIFY(!Workflow::reapplicationBannedUntil({c}, TestData::calendar(), today));
    const QDate validUntil = dueDate(ClockKind::ApprovalValidity, today, TestData::calendar());
    QCOMPARE(revoked->notices.first().validUntil, validUntil);
    QCOMPARE(Workflow::timedStep(c, TestData::calendar()),
             (std::optional<TimedStep>(TimedStep{Action::AnnulApproval, validUntil.addDays(1)})));
    QVERIFY(Workflow::mayArrive(c, validUntil, TestData::calendar()));
    QVERIFY(Workflow::apply(c,
                            cscOperator(),
                            input(Action::RecordCscVisit, validUntil, QStringLiteral("PP-0001")),
                            context()));
}

void TestWorkflow::aRevocationIsReasonedSignedAndTheCitys()
{
    const Case refused = caseIn(CaseState::PreliminarilyRefused);
    const QDate today = dayReached(CaseState::PreliminarilyRefused).addDays(1);
    // Reasoned: no written reason, no revocation, and nothing changes.
    QCOMPARE(refusal(Workflow::apply(refused,
                                     actorFor(Role::Supervisor),
                                     revocation(today, QStringLiteral("  ")),
                                     context())),
             QStringLiteral("workflow.reasoning-required"));
    QVERIFY(Workflow::form(Action::RevokeDecision).textRequired);
    // Signed: a revocation is a decision.
    QVERIFY(Workflow::makesDecision(Action::RevokeDecision));
    QVERIFY(needsSignature(CaseCommand{QUuid::createUuid().toString(QUuid::WithoutBraces),
                                       QStringLiteral("revoke-decision"),
                                       refused.id,
                                       refused.version,
                                       {},
                                       {},
                                       {}}));
    // The city's supervisor only; the officer who refused cannot undo it.
    QCOMPARE(refusal(Workflow::apply(refused,
                                     actorFor(Role::Supervisor, City::Almaty),
                                     revocation(today, QStringLiteral("Error.")),
                                     context())),
             QStringLiteral("workflow.jurisdiction"));
    QCOMPARE(refusal(Workflow::apply(
                 refused, officer(), revocation(today, QStringLiteral("Error.")), context())),
             QStringLiteral("workflow.role"));
    // A granted permit or a withdrawal is not revoked this way.
    QCOMPARE(refusal(Workflow::apply(caseIn(CaseState::Withdrawn),
                                     actorFor(Role::Supervisor),
                                     revocation(today, QStringLiteral("Error.")),
                                     context())),
             QStringLiteral("workflow.state"));
}

void TestWorkflow::anIntegrationsCheckAnswerIsCorrectedOnlyWithAReason()
{
    // §13: the registers answer through their integrations. An officer enters
    // an answer by hand only where none came; over one given, only as a
    // correction with a written reason, kept beside it (never overwritten).
    const Case registered = caseIn(CaseState::Registered);
    const QDate day = dayReached(CaseState::Registered);
    auto byHand = Workflow::recordCheck(
        registered, officer(), CheckKind::Idb, CheckOutcome::Clear, day, QStringLiteral("IDB-1"));
    QVERIFY(byHand);
    QCOMPARE(byHand->checks.constLast().userId, officer().userId);

    auto answered = Workflow::recordCheck(registered,
                                          system(),
                                          CheckKind::CriminalRecords,
                                          CheckOutcome::Hit,
                                          day,
                                          QStringLiteral("CR-77"));
    QVERIFY(answered);
    const auto overwrite = Workflow::recordCheck(
        *answered, officer(), CheckKind::CriminalRecords, CheckOutcome::Clear, day);
    QVERIFY(!overwrite);
    QCOMPARE(overwrite.error().code, QStringLiteral("workflow.check-answered"));
    auto corrected
        = Workflow::recordCheck(*answered,
                                officer(),
                                CheckKind::CriminalRecords,
                                CheckOutcome::Clear,
                                day.addDays(1),
                                QStringLiteral("CR-77-corr"),
                                QStringLiteral("The record is a namesake's (letter 12)."));
    QVERIFY(corrected);
    QCOMPARE(corrected->checkOutcome(CheckPhase::Preliminary, CheckKind::CriminalRecords),
             CheckOutcome::Clear);
    QCOMPARE(corrected->checks.size(), answered->checks.size() + 1); // both kept
    QCOMPARE(corrected->checks.constLast().reason,
             QStringLiteral("The record is a namesake's (letter 12)."));
    // And the record survives the case's JSON.
    QCOMPARE(*caseFromJson(caseToJson(*corrected)), *corrected);
}

void TestWorkflow::aRefusalsReasonMustMatchTheRecord()
{
    // §17, §24: NSC approved and every check came back clear; "NSC did not
    // approve" or "a check found a record" would tell the applicant an untruth.
    const Case due = caseIn(CaseState::DecisionDue);
    QCOMPARE(due.nscApproved, std::optional<bool>(true));
    const QDate day = dayReached(CaseState::DecisionDue).addDays(1);
    for (const QString &reason :
         {QStringLiteral("NSC-NOT-APPROVED"), QStringLiteral("RECORDS-HIT")})
        QCOMPARE(
            refusal(Workflow::apply(
                due, officer(), input(Action::RefusePreliminarily, day, {}, {reason}), context())),
            QStringLiteral("workflow.reason-contradicts"));
    // Once a check found a record, it is the reason.
    auto hit = Workflow::recordCheck(
        due, system(), CheckKind::CriminalRecords, CheckOutcome::Hit, day, QStringLiteral("CR-1"));
    QVERIFY(hit);
    QVERIFY(Workflow::apply(
        *hit,
        officer(),
        input(Action::RefusePreliminarily, day, {}, {QStringLiteral("RECORDS-HIT")}),
        context()));
}

void TestWorkflow::retentionKeepsWhatTheAuditAndARunningBanNeed()
{
    // §19: a preliminary refusal bans the applicant for a year. Stripped
    // after the retention period, the case keeps its history, and the IIN
    // and passport number only while the ban runs.
    const Case refused = Builders::caseIn(CaseState::PreliminarilyRefused, QDate(2025, 11, 3));
    const QDate ended = *endedOn(refused);
    QCOMPARE(ended, Builders::dayReached(CaseState::PreliminarilyRefused, QDate(2025, 11, 3)));
    QVERIFY(!endedOn(Builders::caseIn(CaseState::DecisionDue)));
    QVERIFY(!retentionDue(refused, ended.addDays(30), 30, TestData::calendar()));
    QVERIFY(retentionDue(refused, ended.addDays(31), 30, TestData::calendar()));

    const Case banned = afterRetention(refused, ended.addDays(31), TestData::calendar());
    QCOMPARE(banned.applicant.iin, refused.applicant.iin);
    QCOMPARE(banned.applicant.passportNumber, refused.applicant.passportNumber);
    QVERIFY(banned.applicant.surname.isEmpty() && !banned.applicant.birthDate.isValid());
    QVERIFY(banned.preliminaryDocuments.items().constFirst().scanSha256.isEmpty());
    QCOMPARE(banned.history.mid(0, refused.history.size()), refused.history);
    QVERIFY(retentionApplied(banned));
    // Stripped while the ban ran, it is due again once the ban is over: its
    // IIN and passport number go then.
    QVERIFY(!retentionDue(banned, ended.addDays(100), 30, TestData::calendar()));
    QVERIFY(retentionDue(banned, ended.addYears(2), 30, TestData::calendar()));
    const Case twice = afterRetention(banned, ended.addYears(2), TestData::calendar());
    QVERIFY(twice.applicant.iin.isEmpty() && twice.applicant.passportNumber.isEmpty());
    QVERIFY(!retentionDue(twice, ended.addYears(3), 30, TestData::calendar()));
    QCOMPARE(banned.bannedUntil(TestData::calendar()), refused.bannedUntil(TestData::calendar()));

    const Case over = afterRetention(refused, ended.addYears(2), TestData::calendar());
    QVERIFY(over.applicant.iin.isEmpty() && over.applicant.passportNumber.isEmpty());
}

void TestWorkflow::eachDecisionIsFoundFromTheStepThatMadeIt()
{
    // An auditor reads a decision's reasons beside the step that made it: a
    // return for rework, then the refusal after the rework, each its own.
    Case c = caseIn(CaseState::PreliminarilyRefused);
    QVERIFY(c.decisions.size() >= 1);
    qsizetype deciding = 0;
    for (qsizetype index = 0; index < c.history.size(); ++index) {
        const auto action = Workflow::actionFromId(c.history.at(index).action);
        const Decision *decision = Workflow::decisionOfStep(c, index);
        QCOMPARE(decision != nullptr, action && Workflow::makesDecision(*action));
        if (!decision)
            continue;
        QCOMPARE(decision, &c.decisions.at(deciding++));
        QCOMPARE(decision->date, c.history.at(index).date);
        QCOMPARE(decision->userId, c.history.at(index).userId);
    }
    QCOMPARE(deciding, c.decisions.size());
    QCOMPARE(c.decisions.constLast().kind, DecisionKind::PreliminaryRefusal);
    QVERIFY(!Workflow::decisionOfStep(c, -1));
    QVERIFY(!Workflow::decisionOfStep(c, c.history.size()));
    // A decision that is not the step's (another day, another officer) is
    // not passed off as its reasons.
    qsizetype refusal = -1;
    for (qsizetype index = 0; index < c.history.size(); ++index) {
        if (c.history.at(index).action == Workflow::actionId(Action::RefusePreliminarily))
            refusal = index;
    }
    QVERIFY(refusal >= 0 && Workflow::decisionOfStep(c, refusal));
    c.decisions.last().userId = QStringLiteral("someone.else");
    QVERIFY(!Workflow::decisionOfStep(c, refusal));
}

QTEST_GUILESS_MAIN(TestWorkflow)
#include "tst_workflow.moc"
