#include "core/domain/displaydate.h"
#include "core/domain/oversight.h"
#include "core/domain/oversightcodec.h"
#include "core/domain/oversightdigest.h"
#include "core/domain/workflow.h"
#include "resources/shippeddata.h"
#include "tests/support/builders.h"
#include "tests/support/testdata.h"

#include <QTest>

using namespace Kezek;

namespace {

using Builders::decisionOn;
using Builders::handMadeCase;
using Builders::historyStep;

DeadlineClock stoppedClock(ClockKind kind, QDate started, QDate stopped)
{
    return DeadlineClock::restore(kind, started, {}, stopped);
}

QDateTime utc(QDate day, int hour, int minute = 0)
{
    return QDateTime(day, QTime(hour, minute), Qt::UTC);
}

OversightFigures compute(const QList<Case> &cases, const OversightQuery &query)
{
    auto figures = computeOversight(cases, query, TestData::calendar());
    if (!figures)
        qFatal("oversight refused: %s", qPrintable(figures.error().message));
    return *figures;
}

QStringList ids(std::initializer_list<const char *> list)
{
    QStringList result;
    for (const char *id : list)
        result.append(QString::fromLatin1(id));
    return result;
}

const ClockFigure &clockFigure(const OversightFigures &figures, ClockKind kind)
{
    return *std::find_if(figures.clocks.cbegin(), figures.clocks.cend(), [kind](const auto &f) {
        return f.kind == kind;
    });
}

const StageDuration &stage(const OversightFigures &figures, ClockKind kind)
{
    return *std::find_if(figures.stages.cbegin(), figures.stages.cend(), [kind](const auto &f) {
        return f.kind == kind;
    });
}

QStringList stateIds(const OversightFigures &figures, CaseState state)
{
    return std::find_if(figures.states.cbegin(),
                        figures.states.cend(),
                        [state](const auto &f) { return f.state == state; })
        ->caseIds;
}

PilotOutcomes outcomes(std::initializer_list<std::pair<int PilotOutcomes::*, int>> counts)
{
    PilotOutcomes o;
    for (const auto &[field, count] : counts)
        o.*field = count;
    return o;
}

} // namespace

class TestOversight : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void clocksShowOnTimeWarningAndBreachedWithTheirCases();
    void escalationAlarmsAreTheDutiesTheDashboardShowsInWarningOrBreached();
    void eachHolderSeesHeldDueThisWeekAndBreached();
    void flowCountsReceivedDecidedGrantedRefusedPerIsoWeekAndMonth();
    void isoWeeksAndMonthsCrossTheYearEnd();
    void stageDurationsGiveMedianAndP90AgainstTheLimit();
    void workingDaysOverNauryzAreCountedAsTheLawCounts();
    void refusalsAndReturnsAreCountedByReason();
    void pilotReportGroupsByCityNationalityAndMonth();
    void reportAndDashboardAgreeOnTheirTotals();
    void theFiguresNameTheirPeriodAndTheLawTheyCountedBy();
    void realWorkflowCasesCountByTheStepsTheyTook();
    void aReversedPeriodIsRefusedAndNothingCounted();
    void aPeriodLongerThanTenYearsIsRefused();
    void noCasesGiveZerosNotACrash();
    void ahundredThousandCasesAreCountedOnce();
    void digestsCountAsTheWholeCasesDo();
    void aDamagedDigestIsReadAsNone();

private:
    // The desk of issue 30 point 1, on Wednesday 18 November 2026: five
    // registrations (§12, two working days, amber with one left), a return
    // expired, a review paused, a case registered and one of the other city.
    QList<Case> registrationDesk() const;
    OversightQuery deskQuery() const;
    // The pilot's first quarter of 2026 (issue 30 point 2): six cases of both
    // cities and three nationalities, with permits, refusals and two breaches.
    QList<Case> firstQuarter() const;
};

QList<Case> TestOversight::registrationDesk() const
{
    const auto received = [](const char *id, QDate started, City city = City::Astana) {
        Case c = handMadeCase(id, CaseState::Received, started, city);
        c.clocks = {DeadlineClock(ClockKind::Registration, started)};
        return c;
    };
    Case registered = handMadeCase("f", CaseState::Registered, QDate(2026, 11, 10));
    registered.clocks
        = {stoppedClock(ClockKind::Registration, QDate(2026, 11, 10), QDate(2026, 11, 11))};
    Case returned = handMadeCase("h", CaseState::ReturnedForRework, QDate(2026, 11, 5));
    // §12, §16: returned on 10 November; the review stands paused since.
    const DeadlineClock review = DeadlineClock::restore(
        ClockKind::Review, QDate(2026, 11, 5), {{QDate(2026, 11, 10), {}}}, {});
    returned.clocks = {review, DeadlineClock(ClockKind::Rework, QDate(2026, 11, 10))};
    return {received("a1", QDate(2026, 11, 16)), // due Wed 18: the last day
            received("a2", QDate(2026, 11, 16)),
            received("b", QDate(2026, 11, 17)), // due Thu 19: one working day left
            received("d", QDate(2026, 11, 18)), // due Fri 20: two left
            received("e", QDate(2026, 11, 13)), // due Tue 17: late
            registered,
            received("g", QDate(2026, 11, 13), City::Almaty),
            returned};
}

OversightQuery TestOversight::deskQuery() const
{
    OversightQuery query;
    query.today = QDate(2026, 11, 18);
    query.from = QDate(2026, 11, 1);
    query.to = QDate(2026, 11, 30);
    query.city = City::Astana;
    query.holders = {{QStringLiteral("a1"), QStringLiteral("officer-1")},
                     {QStringLiteral("b"), QStringLiteral("officer-1")},
                     {QStringLiteral("e"), QStringLiteral("officer-1")},
                     {QStringLiteral("h"), QStringLiteral("officer-1")},
                     {QStringLiteral("a2"), QStringLiteral("officer-2")},
                     {QStringLiteral("d"), QStringLiteral("officer-2")},
                     {QStringLiteral("f"), QStringLiteral("officer-2")},
                     {QStringLiteral("g"), QStringLiteral("officer-3")}};
    return query;
}

QList<Case> TestOversight::firstQuarter() const
{
    Case p1 = handMadeCase("p1", CaseState::PermitIssued, QDate(2026, 1, 10));
    p1.filedAt = utc(QDate(2026, 1, 9), 21, 30); // 10 January in Kazakhstan
    p1.history = {historyStep(Action::ApprovePreliminarily, QDate(2026, 1, 20)),
                  historyStep(Action::GrantFinal, QDate(2026, 2, 25)),
                  historyStep(Action::IssueResidencePermit, QDate(2026, 3, 5))};
    Case p2 = handMadeCase(
        "p2", CaseState::PreliminarilyRefused, QDate(2026, 2, 2), City::Almaty, "IND");
    p2.filedAt = utc(QDate(2026, 2, 1), 10);
    p2.history = {historyStep(Action::RefusePreliminarily, QDate(2026, 2, 20))};
    p2.clocks = {stoppedClock(ClockKind::Registration, QDate(2026, 2, 2), QDate(2026, 2, 3))};
    Case p3 = handMadeCase("p3", CaseState::PermitIssued, QDate(2025, 12, 20), City::Astana, "IND");
    p3.history
        = {historyStep(Action::IssueResidencePermit, QDate(2026, 3, 10))}; // filing time not said
    // §22 from Monday 2 March: due Thursday 5; finished Monday 9 (a carry-over of 8 March).
    p3.clocks = {stoppedClock(ClockKind::FinalVerification, QDate(2026, 3, 2), QDate(2026, 3, 9))};
    Case p4 = handMadeCase("p4", CaseState::Withdrawn, QDate(2026, 3, 2));
    p4.outsideLegalBasis = true;
    p4.history = {historyStep(Action::Withdraw, QDate(2026, 3, 20))};
    Case p5 = handMadeCase("p5", CaseState::PermitIssued, QDate(2025, 12, 1), City::Almaty);
    p5.filedAt = utc(QDate(2025, 11, 30), 12);
    p5.history = {historyStep(Action::IssueResidencePermit, QDate(2026, 1, 31))};
    Case p6 = handMadeCase("p6", CaseState::Deleted, QDate(2026, 3, 16), City::Almaty, "USA");
    p6.history = {historyStep(Action::DeleteAfterRework, QDate(2026, 3, 25))};
    // §12 from Monday 16 March: due Wednesday 18, registered Friday 20.
    p6.clocks = {stoppedClock(ClockKind::Registration, QDate(2026, 3, 16), QDate(2026, 3, 20))};

    return {p1, p2, p3, p4, p5, p6};
}

// Issue 30 point 1: "each of the law's clocks on time, in warning, breached,
// with a click through to the cases"; §12: registration in two working days,
// amber with one left, as the chips show it.
void TestOversight::clocksShowOnTimeWarningAndBreachedWithTheirCases()
{
    const QList<Case> cases = registrationDesk();
    const OversightFigures figures = compute(cases, deskQuery());
    QCOMPARE(figures.cases, 7); // the Almaty case is not the supervisor's city's

    const ClockFigure &registration = clockFigure(figures, ClockKind::Registration);
    QCOMPARE(registration.onTime, ids({"d"}));
    QCOMPARE(registration.warning, ids({"a1", "a2", "b"}));
    QCOMPARE(registration.breached, ids({"e"}));
    QVERIFY(registration.paused.isEmpty()); // "f" was registered: its clock stopped
    // The same threshold as the chips: amber from warningFrom() on.
    for (const Case &c : cases) {
        if (c.city != City::Astana || c.clocks.constFirst().kind() != ClockKind::Registration
            || c.clocks.constFirst().isStopped())
            continue;
        const QDate due = c.clocks.constFirst().dueDate(TestData::calendar(), QDate(2026, 11, 18));
        const bool amber = QDate(2026, 11, 18)
                           >= warningFrom(ClockKind::Registration, due, TestData::calendar());
        QCOMPARE(registration.warning.contains(c.id), amber && due >= QDate(2026, 11, 18));
    }
    // §12: the five days to rework, from 10 Nov, ended Monday 16 (15 is a
    // Sunday); §16: the review stands paused while the applicant reworks.
    QCOMPARE(clockFigure(figures, ClockKind::Rework).breached, ids({"h"}));
    QCOMPARE(clockFigure(figures, ClockKind::Review).paused, ids({"h"}));
    // The ban is the applicant's, not a clock anyone keeps.
    QVERIFY(std::none_of(figures.clocks.cbegin(), figures.clocks.cend(), [](const auto &f) {
        return f.kind == ClockKind::ReapplyBan;
    }));

    // Issue 30 point 1, "cases by stage now", every state listed.
    QCOMPARE(figures.states.size(), allCaseStates().size());
    QCOMPARE(stateIds(figures, CaseState::Received), ids({"a1", "a2", "b", "d", "e"}));
    QCOMPARE(stateIds(figures, CaseState::Registered), ids({"f"}));
    QCOMPARE(stateIds(figures, CaseState::ReturnedForRework), ids({"h"}));
    QVERIFY(stateIds(figures, CaseState::PermitIssued).isEmpty());
}

// Issue 30 point 3: an escalation is raised for exactly the officers' duties
// the dashboard shows in warning or breached (one rule, clockStanding);
// never for a clock paused while the applicant reworks (§16), nor for the
// applicant's own window running out, which the law's timed step ends (§12).
void TestOversight::escalationAlarmsAreTheDutiesTheDashboardShowsInWarningOrBreached()
{
    const QList<Case> cases = registrationDesk();
    const OversightQuery query = deskQuery();
    const OversightFigures figures = compute(cases, query);
    QStringList warned;
    QStringList breached;
    for (const Case &c : cases) {
        if (c.city != City::Astana)
            continue;
        for (const ClockAlarm &alarm : clockAlarms(c, TestData::calendar(), query.today)) {
            QVERIFY(clockDefinition(alarm.kind).isDuty());
            QVERIFY(alarm.due.isValid());
            (alarm.standing == ClockStanding::Warning ? warned : breached)
                .append(QStringLiteral("%1/%2").arg(c.id, clockId(alarm.kind)));
        }
    }
    QStringList dashboardWarned;
    QStringList dashboardBreached;
    for (const ClockFigure &figure : figures.clocks) {
        if (!clockDefinition(figure.kind).isDuty())
            continue;
        for (const QString &id : figure.warning)
            dashboardWarned.append(QStringLiteral("%1/%2").arg(id, clockId(figure.kind)));
        for (const QString &id : figure.breached)
            dashboardBreached.append(QStringLiteral("%1/%2").arg(id, clockId(figure.kind)));
    }
    warned.sort();
    breached.sort();
    dashboardWarned.sort();
    dashboardBreached.sort();
    QCOMPARE(warned, dashboardWarned);
    QCOMPARE(breached, dashboardBreached);
    QVERIFY(warned.contains(QStringLiteral("a1/registration")));
    QVERIFY(breached.contains(QStringLiteral("e/registration")));
    // "h": its rework window ran out and its review stands paused: no one to tell.
    const Case &h
        = *std::find_if(cases.cbegin(), cases.cend(), [](const Case &c) { return c.id == u"h"; });
    QVERIFY(clockAlarms(h, TestData::calendar(), query.today).isEmpty());
}

// Issue 30 point 1: "per officer and CSC operator: cases held, due this week,
// breached"; the week of Wednesday 18 November is Monday 16 to Sunday 22.
void TestOversight::eachHolderSeesHeldDueThisWeekAndBreached()
{
    const OversightFigures figures = compute(registrationDesk(), deskQuery());
    QCOMPARE(figures.holders.size(), 2); // officer-3 holds only the other city's case
    const HolderFigure &first = figures.holders.at(0);
    QCOMPARE(first.holderId, QStringLiteral("officer-1"));
    QCOMPARE(first.held, ids({"a1", "b", "e", "h"}));
    QCOMPARE(first.dueThisWeek, ids({"a1", "b"}));
    // "e" missed its registration (§12); "h"'s rework ran out, but that was
    // the applicant's window, not the officer's duty.
    QCOMPARE(first.breached, ids({"e"}));
    const HolderFigure &second = figures.holders.at(1);
    QCOMPARE(second.holderId, QStringLiteral("officer-2"));
    QCOMPARE(second.held, ids({"a2", "d", "f"}));
    QCOMPARE(second.dueThisWeek, ids({"a2", "d"}));
    QVERIFY(second.breached.isEmpty());

    // Every city: officer-3's case counts, late since Tuesday 17.
    OversightQuery everyCity = deskQuery();
    everyCity.city.reset();
    const OversightFigures all = compute(registrationDesk(), everyCity);
    QCOMPARE(all.holders.size(), 3);
    QCOMPARE(all.holders.at(2).breached, ids({"g"}));
}

// Issue 30 point 1, "flow per week (received, decided, granted, refused)";
// decisions of §17-19 and §22-24 on known days of ISO weeks 48 and 49 of 2026.
void TestOversight::flowCountsReceivedDecidedGrantedRefusedPerIsoWeekAndMonth()
{
    Case c1 = handMadeCase("c1", CaseState::Received, QDate(2026, 11, 25));
    c1.history = {historyStep(Action::Receive, QDate(2026, 11, 25))};
    Case c2 = handMadeCase("c2", CaseState::PreliminarilyApproved, QDate(2026, 11, 24)); // before
    c2.history = {historyStep(Action::ApprovePreliminarily, QDate(2026, 11, 26))};
    Case c3 = handMadeCase("c3", CaseState::PreliminarilyRefused, QDate(2026, 11, 27));
    c3.history = {historyStep(Action::RefusePreliminarily, QDate(2026, 11, 27))};
    Case c4 = handMadeCase("c4", CaseState::Granted, QDate(2026, 8, 3));
    c4.history = {historyStep(Action::ReceiveOriginals, QDate(2026, 11, 30)), // decides nothing
                  historyStep(Action::GrantFinal, QDate(2026, 12, 1))};
    Case c5 = handMadeCase("c5", CaseState::FinalVerification, QDate(2026, 8, 3));
    c5.history = {historyStep(Action::RefuseFinal, QDate(2026, 12, 2)),
                  historyStep(Action::RevokeDecision, QDate(2026, 12, 2))}; // its own event
    Case c6 = handMadeCase("c6", CaseState::Granted, QDate(2026, 8, 3));
    c6.history = {historyStep(Action::GrantFinal, QDate(2026, 12, 3))}; // after the period
    Case c7 = handMadeCase("c7", CaseState::Deleted, QDate(2026, 11, 20));
    c7.history
        = {historyStep(Action::DeleteAfterRework, QDate(2026, 11, 30))}; // the law's, no one's

    OversightQuery query;
    query.today = QDate(2026, 12, 7);
    query.from = QDate(2026, 11, 25); // a Wednesday
    query.to = QDate(2026, 12, 2);
    const OversightFigures figures = compute({c1, c2, c3, c4, c5, c6, c7}, query);

    QCOMPARE(figures.weeks.size(), 2);
    const FlowBucket &w48 = figures.weeks.at(0);
    QCOMPARE(w48.year, 2026);
    QCOMPARE(w48.number, 48);
    QCOMPARE(w48.first, QDate(2026, 11, 23));
    QCOMPARE(w48.last, QDate(2026, 11, 29));
    QCOMPARE(w48.counts, (FlowCounts{2, 2, 0, 1}));
    const FlowBucket &w49 = figures.weeks.at(1);
    QCOMPARE(w49.number, 49);
    QCOMPARE(w49.first, QDate(2026, 11, 30));
    QCOMPARE(w49.counts, (FlowCounts{0, 2, 1, 1}));

    QCOMPARE(figures.months.size(), 2);
    QCOMPARE(figures.months.at(0).number, 11);
    QCOMPARE(figures.months.at(0).first, QDate(2026, 11, 1));
    QCOMPARE(figures.months.at(0).last, QDate(2026, 11, 30));
    QCOMPARE(figures.months.at(0).counts, (FlowCounts{2, 2, 0, 1}));
    QCOMPARE(figures.months.at(1).number, 12);
    QCOMPARE(figures.months.at(1).counts, (FlowCounts{0, 2, 1, 1}));
}

// Issue 30 point 2, "by month" over a year's end: 2026 has an ISO week 53
// (1 January 2026 is a Thursday), which holds 2027's first three days.
void TestOversight::isoWeeksAndMonthsCrossTheYearEnd()
{
    Case c = handMadeCase("n", CaseState::Received, QDate(2027, 1, 2));
    OversightQuery query;
    query.today = QDate(2027, 1, 10);
    query.from = QDate(2026, 12, 30);
    query.to = QDate(2027, 1, 2);
    const OversightFigures figures = compute({c}, query);
    QCOMPARE(figures.weeks.size(), 1);
    QCOMPARE(figures.weeks.at(0).year, 2026);
    QCOMPARE(figures.weeks.at(0).number, 53);
    QCOMPARE(figures.weeks.at(0).last, QDate(2027, 1, 3));
    QCOMPARE(figures.weeks.at(0).counts.received, 1);
    QCOMPARE(figures.months.size(), 2);
    QCOMPARE(figures.months.at(1).year, 2027);
    QCOMPARE(figures.months.at(0).counts.received, 0);
    QCOMPARE(figures.months.at(1).counts.received, 1);
    QCOMPARE(figures.pilot.byMonth.at(0).key, QStringLiteral("2026-12"));
    QCOMPARE(figures.pilot.byMonth.at(1).key, QStringLiteral("2027-01"));
}

// Issue 30 point 1, "median and 90th percentile days per stage against the
// law's limit"; §15: NSC answers in 25 calendar days; §16: the review's days
// back with the applicant (§12) do not count.
void TestOversight::stageDurationsGiveMedianAndP90AgainstTheLimit()
{
    // Sent to NSC on Monday 2 November 2026, due Friday 27 November.
    QCOMPARE(dueDate(ClockKind::Nsc, QDate(2026, 11, 2), TestData::calendar()),
             QDate(2026, 11, 27));
    QList<Case> cases;
    const int days[] = {5, 8, 10, 12, 15, 18, 20, 22, 25, 30};
    for (int spent : days) {
        Case c = handMadeCase(qPrintable(QStringLiteral("nsc-%1").arg(spent)),
                              CaseState::DecisionDue,
                              QDate(2026, 10, 20));
        c.clocks
            = {stoppedClock(ClockKind::Nsc, QDate(2026, 11, 2), QDate(2026, 11, 2).addDays(spent))};
        cases.append(c);
    }
    Case paused = handMadeCase("review", CaseState::PreliminarilyApproved, QDate(2026, 11, 2));
    // Back with the applicant from the 5th, resubmitted on the 10th: five days out.
    paused.clocks = {DeadlineClock::restore(ClockKind::Review,
                                            QDate(2026, 11, 2),
                                            {{QDate(2026, 11, 5), QDate(2026, 11, 10)}},
                                            QDate(2026, 11, 20))};
    cases.append(paused);
    // Stopped before the period: not this period's.
    Case earlier = handMadeCase("earlier", CaseState::DecisionDue, QDate(2026, 9, 1));
    earlier.clocks = {stoppedClock(ClockKind::Nsc, QDate(2026, 9, 7), QDate(2026, 10, 30))};
    cases.append(earlier);

    OversightQuery query;
    query.today = QDate(2026, 12, 15);
    query.from = QDate(2026, 11, 1);
    query.to = QDate(2026, 12, 31);
    const OversightFigures figures = compute(cases, query);

    const StageDuration &nsc = stage(figures, ClockKind::Nsc);
    QCOMPARE(nsc.limit, 25);
    QCOMPARE(nsc.unit, PeriodUnit::CalendarDays);
    // Sorted: 5 8 10 12 15 18 20 22 25 30; rank ceil(0.5 * 10) = 5, ceil(0.9 * 10) = 9.
    QCOMPARE(nsc.calendarDays, (Distribution{10, 15, 25}));
    QVERIFY(!nsc.workingDays);                // the law counts these in calendar days
    QCOMPARE(nsc.overLimit, ids({"nsc-30"})); // 25 days is the last day still in time

    const StageDuration &review = stage(figures, ClockKind::Review);
    QCOMPARE(review.limit, 45);
    QCOMPARE(review.calendarDays, (Distribution{1, 13, 13})); // 18 days, 5 of them paused
    QVERIFY(review.overLimit.isEmpty());
    QCOMPARE(stage(figures, ClockKind::Registration).calendarDays, Distribution{});
}

// Issue 30 point 1, the days per stage where the law counts working days;
// §22: final verification in 3 working days, over Nauryz 2026 (21-23 March,
// the weekend's two carried to 24 and 25 March).
void TestOversight::workingDaysOverNauryzAreCountedAsTheLawCounts()
{
    const QDate originals(2026, 3, 19); // Thursday
    QCOMPARE(dueDate(ClockKind::FinalVerification, originals, TestData::calendar()),
             QDate(2026, 3, 27));
    Case inTime = handMadeCase("in-time", CaseState::Granted, QDate(2026, 1, 5));
    inTime.clocks = {stoppedClock(ClockKind::FinalVerification, originals, QDate(2026, 3, 27))};
    Case late = handMadeCase("late", CaseState::Granted, QDate(2026, 1, 5));
    late.clocks = {stoppedClock(ClockKind::FinalVerification, originals, QDate(2026, 3, 30))};

    OversightQuery query;
    query.today = QDate(2026, 4, 1);
    query.from = QDate(2026, 3, 1);
    query.to = QDate(2026, 3, 31);
    const StageDuration verification
        = stage(compute({inTime, late}, query), ClockKind::FinalVerification);
    QCOMPARE(verification.limit, 3);
    QCOMPARE(verification.unit, PeriodUnit::WorkingDays);
    // 20, 26 and 27 March are the working days of eight; Monday 30 a fourth.
    QCOMPARE(verification.calendarDays, (Distribution{2, 8, 11}));
    QVERIFY(verification.workingDays);
    QCOMPARE(*verification.workingDays, (Distribution{2, 3, 4}));
    QCOMPARE(verification.overLimit, ids({"late"}));
}

// Issue 30 point 1, "refusals and returns by reason": §12 returns, §21 CSC
// declines, §19 and §24 refusals, in November 2026.
void TestOversight::refusalsAndReturnsAreCountedByReason()
{
    Case r1 = handMadeCase("r1", CaseState::ReturnedForRework, QDate(2026, 11, 2));
    r1.decisions = {decisionOn(DecisionKind::ReturnForRework,
                               QDate(2026, 11, 3),
                               {QStringLiteral("DOCS-INCOMPLETE"), QStringLiteral("PHOTO-FORMAT")}),
                    decisionOn(DecisionKind::ReturnForRework,
                               QDate(2026, 11, 12),
                               {QStringLiteral("DOCS-INCOMPLETE")})};
    Case r2 = handMadeCase("r2", CaseState::PreliminarilyRefused, QDate(2026, 10, 1));
    r2.decisions = {decisionOn(DecisionKind::PreliminaryRefusal,
                               QDate(2026, 11, 20),
                               {QStringLiteral("NSC-NOT-APPROVED")})};
    Case r3 = handMadeCase("r3", CaseState::FinalRefused, QDate(2026, 9, 1));
    r3.decisions
        = {decisionOn(DecisionKind::PreliminaryApproval, QDate(2026, 10, 10)),
           decisionOn(
               DecisionKind::CscDecline, QDate(2026, 11, 21), {QStringLiteral("HOUSING-CONTRACT")}),
           decisionOn(DecisionKind::FinalRefusal,
                      QDate(2026, 11, 30),
                      {QStringLiteral("ORIGINALS-MISMATCH")})};
    Case r4 = handMadeCase("r4", CaseState::FinalVerification, QDate(2026, 9, 1));
    r4.decisions = {decisionOn(DecisionKind::FinalRefusal,
                               QDate(2026, 10, 31),
                               {QStringLiteral("ORIGINALS-MISMATCH")}), // before the period
                    decisionOn(DecisionKind::Revocation, QDate(2026, 11, 5))};

    OversightQuery query;
    query.today = QDate(2026, 12, 1);
    query.from = QDate(2026, 11, 1);
    query.to = QDate(2026, 11, 30);
    const QList<ReasonFigure> reasons = compute({r1, r2, r3, r4}, query).reasons;

    QCOMPARE(reasons.size(), 5);
    const auto check = [&](int row,
                           const char *code,
                           int returns,
                           int declines,
                           int refusals,
                           QStringList caseIds) {
        QCOMPARE(reasons.at(row).code, QString::fromLatin1(code));
        QCOMPARE(reasons.at(row).returns, returns);
        QCOMPARE(reasons.at(row).cscDeclines, declines);
        QCOMPARE(reasons.at(row).refusals, refusals);
        QCOMPARE(reasons.at(row).caseIds, caseIds);
    };
    check(0, "DOCS-INCOMPLETE", 2, 0, 0, ids({"r1"})); // one case returned twice
    check(1, "HOUSING-CONTRACT", 0, 1, 0, ids({"r3"}));
    check(2, "NSC-NOT-APPROVED", 0, 0, 1, ids({"r2"}));
    check(3, "ORIGINALS-MISMATCH", 0, 0, 1, ids({"r3"}));
    check(4, "PHOTO-FORMAT", 1, 0, 0, ids({"r1"}));
}

// Issue 30 point 2: "applications, outcomes, time from eGov filing to permit,
// by city, nationality and month; clocks breached; cases outside the legal
// basis" (order point 9), for the first quarter of 2026.
void TestOversight::pilotReportGroupsByCityNationalityAndMonth()
{
    OversightQuery query;
    query.today = QDate(2026, 4, 10);
    query.from = QDate(2026, 1, 1);
    query.to = QDate(2026, 3, 31);
    const OversightFigures figures = compute(firstQuarter(), query);
    const PilotFigures &pilot = figures.pilot;
    using O = PilotOutcomes;

    QCOMPARE(pilot.byCity.size(), 2);
    const PilotRow &astana = pilot.byCity.at(0);
    QCOMPARE(astana.key, QStringLiteral("astana"));
    QCOMPARE(astana.applications, 2);
    QCOMPARE(astana.outcomes,
             outcomes({{&O::preliminarilyApproved, 1},
                       {&O::granted, 1},
                       {&O::permitsIssued, 2},
                       {&O::withdrawn, 1}}));
    QCOMPARE(astana.filingToPermit, (Distribution{1, 54, 54})); // 10 January to 5 March
    QCOMPARE(astana.filingUnknown, 1);
    const PilotRow &almaty = pilot.byCity.at(1);
    QCOMPARE(almaty.key, QStringLiteral("almaty"));
    QCOMPARE(almaty.applications, 2);
    QCOMPARE(almaty.outcomes,
             outcomes({{&O::preliminarilyRefused, 1}, {&O::permitsIssued, 1}, {&O::deleted, 1}}));
    QCOMPARE(almaty.filingToPermit, (Distribution{1, 62, 62})); // 30 November to 31 January

    QCOMPARE(pilot.byNationality.size(), 3);
    QCOMPARE(pilot.byNationality.at(0).key, QStringLiteral("DEU"));
    QCOMPARE(pilot.byNationality.at(0).applications, 2);
    QCOMPARE(pilot.byNationality.at(0).filingToPermit, (Distribution{2, 54, 62}));
    QCOMPARE(pilot.byNationality.at(1).key, QStringLiteral("IND"));
    QCOMPARE(pilot.byNationality.at(1).outcomes,
             outcomes({{&O::preliminarilyRefused, 1}, {&O::permitsIssued, 1}}));
    QCOMPARE(pilot.byNationality.at(1).filingUnknown, 1);
    QCOMPARE(pilot.byNationality.at(2).key, QStringLiteral("USA"));
    QCOMPARE(pilot.byNationality.at(2).outcomes, outcomes({{&O::deleted, 1}}));

    QCOMPARE(pilot.byMonth.size(), 3);
    QCOMPARE(pilot.byMonth.at(0).key, QStringLiteral("2026-01"));
    QCOMPARE(pilot.byMonth.at(0).applications, 1);
    QCOMPARE(pilot.byMonth.at(0).outcomes,
             outcomes({{&O::preliminarilyApproved, 1}, {&O::permitsIssued, 1}}));
    QCOMPARE(pilot.byMonth.at(1).outcomes,
             outcomes({{&O::preliminarilyRefused, 1}, {&O::granted, 1}}));
    QCOMPARE(pilot.byMonth.at(2).applications, 2);
    QCOMPARE(pilot.byMonth.at(2).outcomes,
             outcomes({{&O::permitsIssued, 2}, {&O::withdrawn, 1}, {&O::deleted, 1}}));
    QCOMPARE(pilot.byMonth.at(2).filingToPermit, (Distribution{1, 54, 54}));

    QCOMPARE(pilot.outsideLegalBasis, ids({"p4"}));
    QCOMPARE(pilot.breaches.size(), 6); // the duties of "Deadlines at a glance"
    for (const ClockBreaches &breach : pilot.breaches) {
        if (breach.kind == ClockKind::Registration)
            QCOMPARE(breach.caseIds, ids({"p6"}));
        else if (breach.kind == ClockKind::FinalVerification)
            QCOMPARE(breach.caseIds, ids({"p3"}));
        else
            QVERIFY(breach.caseIds.isEmpty());
    }
}

// Issue 30, "the report's totals equal to the dashboard's for the same
// period": the flow's decisions (§17-19, §22-24) are the report's approvals,
// refusals and grants, its received the report's applications (§10-11).
void TestOversight::reportAndDashboardAgreeOnTheirTotals()
{
    OversightQuery query;
    query.today = QDate(2026, 4, 10);
    query.from = QDate(2026, 1, 1);
    query.to = QDate(2026, 3, 31);
    const OversightFigures figures = compute(firstQuarter(), query);
    int decided = 0;
    int applications = 0;
    for (const FlowBucket &week : figures.weeks) {
        decided += week.counts.decided;
        applications += week.counts.received;
    }
    int outcomeDecisions = 0;
    int reportApplications = 0;
    for (const PilotRow &row : figures.pilot.byCity) {
        outcomeDecisions += row.outcomes.preliminarilyApproved + row.outcomes.preliminarilyRefused
                            + row.outcomes.granted + row.outcomes.finallyRefused;
        reportApplications += row.applications;
    }
    QCOMPARE(decided, 3);
    QCOMPARE(outcomeDecisions, decided);
    QCOMPARE(reportApplications, applications);
    QCOMPARE(applications, 4);
}

// Issue 30 point 2: "A report names its period, the law's version it counted
// by"; counted by the shipped law's calendar, the same figures.
void TestOversight::theFiguresNameTheirPeriodAndTheLawTheyCountedBy()
{
    const auto law = ShippedData::lawbook();
    QVERIFY(law);
    const auto figures = computeOversight(registrationDesk(), deskQuery(), *law);
    QVERIFY(figures);
    QCOMPARE(figures->lawVersion, law->version());
    QVERIFY(!figures->lawVersion.isEmpty());
    QCOMPARE(figures->from, QDate(2026, 11, 1));
    QCOMPARE(figures->to, QDate(2026, 11, 30));
    QCOMPARE(figures->today, QDate(2026, 11, 18));
    QCOMPARE(figures->city, City::Astana);
    const OversightFigures byCalendar = compute(registrationDesk(), deskQuery());
    QVERIFY(byCalendar.lawVersion.isEmpty());
    QCOMPARE(clockFigure(*figures, ClockKind::Registration).warning,
             clockFigure(byCalendar, ClockKind::Registration).warning);
}

// The figures count the history the workflow writes (§11-§27), not a copy of
// it: cases driven through the real steps, filed on eGov the evening before.
void TestOversight::realWorkflowCasesCountByTheStepsTheyTook()
{
    const QDate start(2026, 2, 2);
    Case granted = Builders::caseIn(CaseState::PermitIssued, start, City::Almaty);
    granted.filedAt = utc(QDate(2026, 2, 1), 20); // 2 February, 01:00 in Kazakhstan
    Case refused = Builders::caseIn(CaseState::FinalRefused, start, City::Almaty);
    refused.id = QStringLiteral("refused");

    OversightQuery query;
    query.today = QDate(2026, 4, 1);
    query.from = QDate(2026, 2, 1);
    query.to = QDate(2026, 3, 31);
    query.city = City::Almaty;
    const OversightFigures figures = compute({granted, refused}, query);

    FlowCounts total;
    for (const FlowBucket &month : figures.months) {
        total.received += month.counts.received;
        total.decided += month.counts.decided;
        total.granted += month.counts.granted;
        total.refused += month.counts.refused;
    }
    // Two preliminary approvals, a grant and a final refusal.
    QCOMPARE(total, (FlowCounts{2, 4, 1, 1}));
    const PilotRow &almaty = figures.pilot.byCity.at(1);
    QCOMPARE(almaty.outcomes.permitsIssued, 1);
    QCOMPARE(almaty.filingToPermit.median,
             int(start.daysTo(Builders::dayReached(CaseState::PermitIssued, start))));
    QCOMPARE(figures.reasons.size(), 1);
    QCOMPARE(figures.reasons.at(0).code, QStringLiteral("ORIGINALS-MISMATCH"));
    QCOMPARE(figures.reasons.at(0).caseIds, ids({"refused"}));
    QCOMPARE(stateIds(figures, CaseState::PermitIssued), QStringList{granted.id});
}

// Issue 30, "Bad input: a period that ends before it starts": refused with a
// translated message naming both days, nothing counted.
void TestOversight::aReversedPeriodIsRefusedAndNothingCounted()
{
    OversightQuery query;
    query.today = QDate(2026, 4, 1);
    query.from = QDate(2026, 3, 31);
    query.to = QDate(2026, 3, 1);
    const auto figures
        = computeOversight({Builders::caseIn(CaseState::Received)}, query, TestData::calendar());
    QVERIFY(!figures);
    QCOMPARE(figures.error().code, QStringLiteral("report.period-reversed"));
    QVERIFY(figures.error().message.contains(displayDate(query.from)));
    QVERIFY(figures.error().message.contains(displayDate(query.to)));

    query.to = QDate();
    const auto missing = computeOversight({}, query, TestData::calendar());
    QVERIFY(!missing);
    QCOMPARE(missing.error().code, QStringLiteral("report.date-missing"));
}

// Issue 30, bad input: a period of thousands of years would have its weeks
// counted one by one; ten years is the most a report covers, and nine
// years and a half is still counted.
void TestOversight::aPeriodLongerThanTenYearsIsRefused()
{
    OversightQuery query;
    query.today = QDate(2026, 4, 1);
    query.from = QDate(1, 1, 1);
    query.to = QDate(9999, 12, 31);
    const auto figures
        = computeOversight({Builders::caseIn(CaseState::Received)}, query, TestData::calendar());
    QVERIFY(!figures);
    QCOMPARE(figures.error().code, QStringLiteral("report.period-too-long"));
    QVERIFY(figures.error().message.contains(displayDate(query.to)));
    query.from = QDate(2017, 1, 1);
    query.to = QDate(2026, 6, 30);
    QVERIFY(computeOversight({Builders::caseIn(CaseState::Received)}, query, TestData::calendar()));
}

// Issue 30 point 1 on a new site's first day: every figure there, all zero.
void TestOversight::noCasesGiveZerosNotACrash()
{
    OversightQuery query;
    query.today = QDate(2026, 3, 4);
    query.from = QDate(2026, 3, 1);
    query.to = QDate(2026, 3, 31);
    const OversightFigures figures = compute({}, query);
    QCOMPARE(figures.cases, 0);
    QCOMPARE(figures.states.size(), allCaseStates().size());
    for (const StateFigure &state : figures.states)
        QVERIFY(state.caseIds.isEmpty());
    QCOMPARE(figures.clocks.size(), allClockKinds().size() - 1);
    for (const ClockFigure &clock : figures.clocks)
        QVERIFY(clock.onTime.isEmpty() && clock.warning.isEmpty() && clock.breached.isEmpty());
    QVERIFY(figures.holders.isEmpty());
    QCOMPARE(figures.weeks.size(), 6); // 23 February's week to 30 March's
    for (const FlowBucket &week : figures.weeks)
        QCOMPARE(week.counts, FlowCounts{});
    QCOMPARE(figures.months.size(), 1);
    for (const StageDuration &stage : figures.stages) {
        QCOMPARE(stage.calendarDays, Distribution{});
        QVERIFY(stage.overLimit.isEmpty());
    }
    QVERIFY(figures.reasons.isEmpty());
    QCOMPARE(figures.pilot.byCity.size(), 2);
    QCOMPARE(figures.pilot.byCity.at(0).outcomes, PilotOutcomes{});
    QCOMPARE(figures.pilot.byCity.at(0).filingToPermit, Distribution{});
    QVERIFY(figures.pilot.byNationality.isEmpty());
    QCOMPARE(figures.pilot.byMonth.size(), 1);
    QVERIFY(figures.pilot.outsideLegalBasis.isEmpty());
}

// Issue 30, "bench/: the dashboard over 100,000 cached cases": counted once
// here, for what it counts (the timing is the bench's).
void TestOversight::ahundredThousandCasesAreCountedOnce()
{
    const QList<Case> shapes{Builders::caseIn(CaseState::PermitIssued, QDate(2026, 1, 5)),
                             Builders::caseIn(CaseState::FinalRefused, QDate(2026, 2, 2)),
                             Builders::caseIn(CaseState::WithNsc, QDate(2026, 3, 2)),
                             Builders::caseIn(CaseState::Received, QDate(2026, 4, 1))};
    QList<Case> cases;
    cases.reserve(100000);
    for (int i = 0; i < 100000; ++i) {
        Case c = shapes.at(i % shapes.size());
        c.id = QString::number(i);
        c.city = i % 3 == 0 ? City::Almaty : City::Astana;
        cases.append(std::move(c));
    }
    OversightQuery query;
    query.today = QDate(2026, 4, 1);
    query.from = QDate(2026, 1, 1);
    query.to = QDate(2026, 3, 31);
    const OversightFigures figures = compute(cases, query);
    QCOMPARE(figures.cases, 100000);
    QCOMPARE(stateIds(figures, CaseState::PermitIssued).size(), 25000);
    int applications = 0;
    for (const PilotRow &row : figures.pilot.byCity)
        applications += row.applications;
    QCOMPARE(applications, 75000); // the fourth shape arrived on 1 April, after the period
}

// Issue 30 point 1: the workstation's dashboard reads each case's digest
// (oversightdigest.h) kept in the cache instead of its whole text: every
// figure over the digests equals the figure over the whole cases, for cases
// in every state of the law's workflow (§10-§27), paused clocks (§12, §16),
// an eGov filing time, reasons and the legal basis's mark.
void TestOversight::digestsCountAsTheWholeCasesDo()
{
    QList<Case> cases = registrationDesk() + firstQuarter();
    int n = 0;
    for (CaseState state : allCaseStates()) {
        for (QDate start : {QDate(2026, 1, 12), QDate(2026, 2, 23)}) {
            Case c = Builders::caseIn(state, start, n % 2 ? City::Almaty : City::Astana);
            c.id = QStringLiteral("digest-%1").arg(++n);
            c.filedAt = n % 3 ? utc(start.addDays(-1), 21, 30) : QDateTime();
            c.outsideLegalBasis = n % 4 == 0;
            c.applicant.nationality = n % 2 ? QStringLiteral("DEU") : QStringLiteral("IND");
            cases.append(std::move(c));
        }
    }
    QList<Case> digested;
    for (const Case &c : cases) {
        const std::optional<Case> back = caseFromOversightDigest(oversightDigest(c));
        QVERIFY2(back, qPrintable(c.id));
        QCOMPARE(back->clocks, c.clocks);
        digested.append(*back);
    }
    for (const std::optional<City> city : {std::optional<City>(), std::optional(City::Astana)}) {
        OversightQuery query;
        query.today = QDate(2026, 5, 20);
        query.from = QDate(2026, 1, 1);
        query.to = QDate(2026, 5, 20);
        query.city = city;
        query.holders.insert(cases.first().id, QStringLiteral("officer-1"));
        const QJsonObject whole = oversightToJson(compute(cases, query));
        QCOMPARE(oversightToJson(compute(digested, query)), whole);
        QVERIFY(whole.value(QStringLiteral("cases")).toInt() > 10);
    }
}

// A digest of another format or damaged on disk is no digest (the cache
// reads the case's text then): never a case made of half its bytes.
void TestOversight::aDamagedDigestIsReadAsNone()
{
    Case c = Builders::caseIn(CaseState::PermitIssued, QDate(2026, 1, 12));
    const QByteArray digest = oversightDigest(c);
    QVERIFY(caseFromOversightDigest(digest));
    QVERIFY(!caseFromOversightDigest(QByteArray()));
    QVERIFY(!caseFromOversightDigest(digest.left(digest.size() - 3)));
    QVERIFY(!caseFromOversightDigest(QByteArray(digest + "x")));
    QByteArray otherFormat = digest;
    otherFormat[3] = char(otherFormat.at(3) + 1);
    QVERIFY(!caseFromOversightDigest(otherFormat));
    QByteArray hugeCount = digest;
    // Its last four bytes count its decisions giving reasons (none here):
    // two billion of them is refused before anything is reserved for them.
    hugeCount.replace(hugeCount.size() - 4, 4, QByteArray("\x7f\xff\xff\xff", 4));
    QVERIFY(!caseFromOversightDigest(hugeCount));
}

QTEST_GUILESS_MAIN(TestOversight)
#include "tst_oversight.moc"
