#pragma once

#include "core/calendar/businesscalendar.h"
#include "core/domain/case.h"
#include "core/domain/lawbook.h"
#include "core/result/result.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Kezek {

// The figures of oversight (issue 30): the supervisor's dashboard and the
// pilot report for the ministry and the order's controllers (order point 7)
// count by this one function set, so that the two agree figure for figure.
// Pure: the cases, the calendar, today and the period come in; ids come out,
// never translated words (the screen and the report name them).
//
// How each figure counts, once for both:
// - "Now" figures (stages, clocks, holders) look at the cases as they stand
//   on `today`; "flow" figures (weeks, months, durations, reasons, pilot)
//   count the events dated in the period [from, to], both days included.
// - received: a case whose application date (Case::receivedOn, §10-11) is in
//   the bucket; a resubmission after rework (§12) is the same application.
// - decided: a decision on the application itself dated in the bucket: a
//   preliminary approval or refusal (§17-19), a final grant or refusal
//   (§22-24). A return for rework (§12), a CSC decline (§21) and a
//   revocation are not decisions on the application; the law's own timed
//   steps (deletion, annulment) are not decisions of anyone.
// - granted: a final grant (§22-23). refused: a preliminary refusal (§19) or
//   a final refusal (§24). Acts count in the week they were made, even when a
//   supervisor revoked them later: the revocation is its own event.
// - A week is an ISO week (Monday to Sunday, numbered by ISO 8601); a month a
//   calendar month. Every week and month the period touches has a bucket,
//   zeros included; a bucket's counts cover only its days inside the period.
// - Percentiles are by nearest rank: the smallest value at least p% of the
//   values do not exceed (so the median of 2, 4 is 2): a number of days some
//   case really took, read as "p% of cases took at most this".

struct OversightQuery
{
    QDate today;
    QDate from; // the period of the flow figures, both days included
    QDate to;
    std::optional<City> city; // the supervisor's city; none: every city (the pilot report)
    // Who holds each case now (its claim's holder: an officer or a CSC
    // operator), by case id; a case not in it is held by no one.
    QHash<QString, QString> holders;
};

// 1. How many cases stand in each state now, every state listed.
struct StateFigure
{
    CaseState state = CaseState::Received;
    QStringList caseIds;
};

// 2. One of the law's clocks now, over its runs still open. "warning" is the
// chips' amber (warningFrom, ClockStatus::warning); "breached" is past its
// due day: a duty breached, or an applicant's window run out
// (clockDefinition(kind).isDuty() says which). The reapplication ban is the
// applicant's, no one's duty, and is not listed.
struct ClockFigure
{
    ClockKind kind = ClockKind::Registration;
    QStringList onTime;
    QStringList warning;
    QStringList paused; // the review while the application is back with the applicant (§12, §16)
    QStringList breached;
};

// 3. One holder's desk now. Only the duties count (clocks whose end is an
// officer's or an operator's breach): "due this week" is a duty still in time
// due Monday to Sunday of the week containing today; "breached" a duty past
// its due day. A case counts once in each list.
struct HolderFigure
{
    QString holderId;
    QStringList held;
    QStringList dueThisWeek;
    QStringList breached;
};

struct FlowCounts
{
    int received = 0;
    int decided = 0;
    int granted = 0;
    int refused = 0;

    friend bool operator==(const FlowCounts &, const FlowCounts &) = default;
};

// 4. One ISO week (year is the ISO week-year) or one month of the period.
struct FlowBucket
{
    int year = 0;
    int number = 0; // the ISO week's number, or the month 1-12
    QDate first;    // the bucket's first and last days, whole (not cut to the period)
    QDate last;
    FlowCounts counts;
};

struct Distribution
{
    int count = 0;
    int median = 0;
    int p90 = 0;

    friend bool operator==(const Distribution &, const Distribution &) = default;
};

// 5. How long a stage took, for the runs of its clock stopped in the period:
// from the clock's start to its stop, the days it stood paused left out, in
// calendar days and, where the law counts working days, in working days.
// Against the law's limit: `limit` in `unit`, and the runs stopped after their
// due day (DeadlineClock::status, so a last day moved off a holiday counts
// as the law counts it).
struct StageDuration
{
    ClockKind kind = ClockKind::Registration;
    int limit = 0;
    PeriodUnit unit = PeriodUnit::CalendarDays;
    Distribution calendarDays;
    std::optional<Distribution> workingDays;
    QStringList overLimit;
};

// 6. One reason code of the catalog, over the decisions dated in the period
// that gave it: returns for rework (§12), CSC declines (§21), refusals (§19,
// §24). A decision giving two reasons counts under each.
struct ReasonFigure
{
    QString code;
    int returns = 0;
    int cscDeclines = 0;
    int refusals = 0;
    QStringList caseIds;
};

// The ends of applications dated in the period, by the step that made them.
struct PilotOutcomes
{
    int preliminarilyApproved = 0; // §17-19
    int preliminarilyRefused = 0;  // §19
    int deleted = 0;               // §12: not reworked in time
    int annulled = 0;              // §19: no application after arrival in 30 days
    int granted = 0;               // §22-23
    int finallyRefused = 0;        // §24
    int permitsIssued = 0;         // §25-27
    int withdrawn = 0;

    friend bool operator==(const PilotOutcomes &, const PilotOutcomes &) = default;
};

// 7. One row of the pilot report: a city (cityId), a nationality (ICAO code)
// or a month ("2026-03"). applications: received in the period; outcomes:
// steps dated in the period; filingToPermit: calendar days from the eGov
// filing (Case::filedAt, as Kazakhstan's date) to the residence permit's
// issue, for the permits issued in the period whose filing time is known;
// filingUnknown: those permits whose filing time eGov did not say.
struct PilotRow
{
    QString key;
    int applications = 0;
    PilotOutcomes outcomes;
    Distribution filingToPermit;
    int filingUnknown = 0;
};

// A duty clock whose due day fell in the period and was missed, stopped late
// or still running.
struct ClockBreaches
{
    ClockKind kind = ClockKind::Registration;
    QStringList caseIds;
};

struct PilotFigures
{
    QList<PilotRow> byCity;        // every city of the pilot, in order
    QList<PilotRow> byNationality; // the nationalities with any figure, by code
    QList<PilotRow> byMonth;       // every month of the period
    QList<ClockBreaches> breaches; // every duty clock, in the law's order
    // Received in the period outside every term of the legal basis (order point 9).
    QStringList outsideLegalBasis;
};

struct OversightFigures
{
    QDate today;
    QDate from;
    QDate to;
    std::optional<City> city;
    QString
        lawVersion; // the law's data counted by (Lawbook::version()); empty from a bare calendar
    int cases = 0;  // the cases counted (of the city, when one was asked)

    QList<StateFigure> states;   // 1
    QList<ClockFigure> clocks;   // 2
    QList<HolderFigure> holders; // 3, by holder id
    QList<FlowBucket> weeks;     // 4
    QList<FlowBucket> months;    // 4
    QList<StageDuration> stages; // 5, every clock but the ban
    QList<ReasonFigure> reasons; // 6, by code
    PilotFigures pilot;          // 7
};

// Every figure above, from the cases of the query's city (or all). A period
// that ends before it starts, or a missing date, is refused
// ("report.period-reversed", "report.date-missing"), nothing counted.
Result<OversightFigures> computeOversight(const QList<Case> &cases,
                                          const OversightQuery &query,
                                          const BusinessCalendar &calendar);
// The same, by the law's calendar, naming the law's version the report counted by.
Result<OversightFigures>
computeOversight(const QList<Case> &cases, const OversightQuery &query, const Lawbook &law);

// How one open clock stands on a day, as figure 2 counts it: "breached"
// past its due day (a duty breached, or a window run out), "warning" in its
// amber days (warningFrom), "paused" while the applicant has the application
// (§12, §16). The dashboard and the escalations (issue 30, point 3) count by
// this one rule.
enum class ClockStanding { OnTime, Warning, Paused, Breached };
ClockStanding clockStanding(const ClockStatus &status);

// An officer's duty that needs a person now: a clock still running on a case
// that is in its warning or breached on `today`. Only duties (isDuty): an
// applicant's window that runs out is followed by the law's own timed step
// (§12 deletion, §19 annulment), not by an officer; the reapplication ban is
// no one's duty. A paused clock is never alarming: nobody can act on it.
struct ClockAlarm
{
    ClockKind kind = ClockKind::Registration;
    QDate started; // which run of the clock
    QDate due;
    ClockStanding standing = ClockStanding::Warning; // Warning or Breached
};
QList<ClockAlarm> clockAlarms(const Case &c, const BusinessCalendar &calendar, QDate today);

// The count, median and 90th percentile of `values` by nearest rank; zeros
// for none.
Distribution distributionOf(QList<int> values);

} // namespace Kezek
