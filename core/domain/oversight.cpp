#include "core/domain/oversight.h"

#include "core/domain/displaydate.h"
#include "core/domain/domaintr.h"
#include "core/domain/oversightparts.h"

#include <QMap>
#include <QThread>

#include <algorithm>
#include <optional>
#include <system_error>
#include <thread>

namespace Kezek {

namespace OversightParts {

namespace {

const StepMeaning StepMeanings[] = {
    {Action::ApprovePreliminarily, &PilotOutcomes::preliminarilyApproved, true, false, false},
    {Action::RefusePreliminarily, &PilotOutcomes::preliminarilyRefused, true, false, true},
    {Action::DeleteAfterRework, &PilotOutcomes::deleted, false, false, false},
    {Action::AnnulApproval, &PilotOutcomes::annulled, false, false, false},
    {Action::GrantFinal, &PilotOutcomes::granted, true, true, false},
    {Action::RefuseFinal, &PilotOutcomes::finallyRefused, true, false, true},
    {Action::IssueResidencePermit, &PilotOutcomes::permitsIssued, false, false, false},
    {Action::Withdraw, &PilotOutcomes::withdrawn, false, false, false},
};

} // namespace

const StepMeaning *meaningOf(const HistoryEntry &entry)
{
    static const QHash<QString, const StepMeaning *> byId = [] {
        QHash<QString, const StepMeaning *> table;
        for (const StepMeaning &meaning : StepMeanings)
            table.insert(Workflow::actionId(meaning.action), &meaning);
        return table;
    }();
    return byId.value(entry.action, nullptr);
}

} // namespace OversightParts

namespace {

using namespace OversightParts;
using CaseRefs = QList<const Case *>;

QDate mondayOf(QDate day)
{
    return day.addDays(1 - day.dayOfWeek());
}

// The ISO weeks and the months the period touches, and where a day falls.
class Buckets
{
public:
    Buckets(QDate from, QDate to)
        : m_from(from)
        , m_to(to)
    {
        for (QDate monday = mondayOf(from); monday <= to; monday = monday.addDays(7)) {
            int year = 0;
            const int week = monday.weekNumber(&year);
            m_weeks.append({year, week, monday, monday.addDays(6), {}});
        }
        for (QDate first(from.year(), from.month(), 1); first <= to; first = first.addMonths(1))
            m_months.append(
                {first.year(), first.month(), first, first.addMonths(1).addDays(-1), {}});
    }

    // -1 outside the period.
    qsizetype week(QDate day) const
    {
        return within(day, m_from, m_to) ? mondayOf(m_from).daysTo(mondayOf(day)) / 7 : -1;
    }
    qsizetype month(QDate day) const
    {
        if (!within(day, m_from, m_to))
            return -1;
        return (day.year() - m_from.year()) * 12 + day.month() - m_from.month();
    }

    QList<FlowBucket> &weeks() { return m_weeks; }
    QList<FlowBucket> &months() { return m_months; }

private:
    QDate m_from;
    QDate m_to;
    QList<FlowBucket> m_weeks;
    QList<FlowBucket> m_months;
};

// 1.
QList<StateFigure> stateFigures(const CaseRefs &cases)
{
    QList<StateFigure> figures;
    // Where each state's figure sits, by the state's value.
    QList<qsizetype> position(allCaseStates().size());
    for (CaseState state : allCaseStates()) {
        position[static_cast<qsizetype>(state)] = figures.size();
        figures.append({state, {}});
    }
    for (const Case *c : cases)
        figures[position.at(static_cast<qsizetype>(c->state))].caseIds.append(c->id);
    return figures;
}

// The clocks a figure "now" looks at: every run still open, but the ban's.
template<typename Visit>
void forEachOpenClock(const Case &c, const BusinessCalendar &calendar, QDate today, Visit visit)
{
    for (const DeadlineClock &clock : c.clocks) {
        if (!clock.isStopped() && clock.kind() != ClockKind::ReapplyBan)
            visit(clock, clock.status(calendar, today));
    }
}

} // namespace

ClockStanding clockStanding(const ClockStatus &status)
{
    if (status.state == ClockState::Breached || status.state == ClockState::Expired)
        return ClockStanding::Breached;
    if (status.state == ClockState::Paused)
        return ClockStanding::Paused;
    return status.warning ? ClockStanding::Warning : ClockStanding::OnTime;
}

QList<ClockAlarm> clockAlarms(const Case &c, const BusinessCalendar &calendar, QDate today)
{
    QList<ClockAlarm> alarms;
    forEachOpenClock(c, calendar, today, [&](const DeadlineClock &clock, const ClockStatus &s) {
        const ClockStanding standing = clockStanding(s);
        if (!clockDefinition(clock.kind()).isDuty()
            || (standing != ClockStanding::Warning && standing != ClockStanding::Breached))
            return;
        alarms.append({clock.kind(), clock.started(), s.due, standing});
    });
    return alarms;
}

namespace {

// 2.
QList<ClockFigure>
clockFigures(const CaseRefs &cases, const BusinessCalendar &calendar, QDate today)
{
    QList<ClockFigure> figures;
    for (ClockKind kind : allClockKinds()) {
        if (kind != ClockKind::ReapplyBan)
            figures.append({kind, {}, {}, {}, {}});
    }
    const auto figureOf = [&figures](ClockKind kind) -> ClockFigure & {
        return *std::find_if(figures.begin(), figures.end(), [kind](const ClockFigure &f) {
            return f.kind == kind;
        });
    };
    for (const Case *c : cases) {
        forEachOpenClock(
            *c, calendar, today, [&](const DeadlineClock &clock, const ClockStatus &s) {
                ClockFigure &figure = figureOf(clock.kind());
                switch (clockStanding(s)) {
                case ClockStanding::Breached:
                    figure.breached.append(c->id);
                    break;
                case ClockStanding::Paused:
                    figure.paused.append(c->id);
                    break;
                case ClockStanding::Warning:
                    figure.warning.append(c->id);
                    break;
                case ClockStanding::OnTime:
                    figure.onTime.append(c->id);
                    break;
                }
            });
    }
    return figures;
}

// 3.
QList<HolderFigure>
holderFigures(const CaseRefs &cases, const OversightQuery &query, const BusinessCalendar &calendar)
{
    const QDate monday = mondayOf(query.today);
    const QDate sunday = monday.addDays(6);
    QMap<QString, HolderFigure> desks;
    for (const Case *c : cases) {
        const QString holder = query.holders.value(c->id);
        if (holder.isEmpty())
            continue;
        HolderFigure &desk = desks[holder];
        desk.holderId = holder;
        desk.held.append(c->id);
        bool dueThisWeek = false;
        bool breached = false;
        forEachOpenClock(
            *c, calendar, query.today, [&](const DeadlineClock &clock, const ClockStatus &s) {
                if (!clockDefinition(clock.kind()).isDuty())
                    return;
                breached = breached || s.state == ClockState::Breached;
                dueThisWeek = dueThisWeek
                              || (s.state == ClockState::Running && within(s.due, monday, sunday));
            });
        if (dueThisWeek)
            desk.dueThisWeek.append(c->id);
        if (breached)
            desk.breached.append(c->id);
    }
    return desks.values();
}

// 4.
void countFlow(const CaseRefs &cases, Buckets &buckets)
{
    const auto add = [&buckets](QDate day, int FlowCounts::*field) {
        if (const qsizetype w = buckets.week(day); w >= 0)
            ++(buckets.weeks()[w].counts.*field);
        if (const qsizetype m = buckets.month(day); m >= 0)
            ++(buckets.months()[m].counts.*field);
    };
    for (const Case *c : cases) {
        add(c->receivedOn, &FlowCounts::received);
        for (const HistoryEntry &entry : c->history) {
            const StepMeaning *meaning = meaningOf(entry);
            if (!meaning)
                continue;
            if (meaning->decided)
                add(entry.date, &FlowCounts::decided);
            if (meaning->granted)
                add(entry.date, &FlowCounts::granted);
            if (meaning->refused)
                add(entry.date, &FlowCounts::refused);
        }
    }
}

// The days of a stopped run the law counted: from its start to its stop, the
// paused days left out as DeadlineClock::dueDate() leaves them out (a pause
// covers its first day up to the day before it resumed).
std::pair<int, int> daysSpent(const DeadlineClock &clock, const BusinessCalendar &calendar)
{
    int calendarDays = static_cast<int>(clock.started().daysTo(clock.stopped()));
    int workingDays = calendar.workingDaysBetween(clock.started(), clock.stopped());
    for (const ClockPause &pause : clock.pauses()) {
        const QDate from = std::max(pause.from, clock.started().addDays(1));
        const QDate until = std::min(pause.until.isValid() ? pause.until : clock.stopped(),
                                     clock.stopped().addDays(1));
        if (from >= until)
            continue;
        calendarDays -= static_cast<int>(from.daysTo(until));
        workingDays -= calendar.workingDaysBetween(from.addDays(-1), until.addDays(-1));
    }
    return {calendarDays, workingDays};
}

// 5.
QList<StageDuration>
stageDurations(const CaseRefs &cases, const OversightQuery &query, const BusinessCalendar &calendar)
{
    struct Tally
    {
        StageDuration stage;
        QList<int> calendarDays;
        QList<int> workingDays;
    };
    QList<Tally> tallies;
    for (ClockKind kind : allClockKinds()) {
        if (kind == ClockKind::ReapplyBan)
            continue;
        const ClockDefinition &definition = clockDefinition(kind);
        tallies.append(Tally{{kind, definition.length, definition.unit, {}, {}, {}}, {}, {}});
    }
    for (const Case *c : cases) {
        for (const DeadlineClock &clock : c->clocks) {
            if (clock.kind() == ClockKind::ReapplyBan || !clock.isStopped()
                || !within(clock.stopped(), query.from, query.to))
                continue;
            Tally &tally = *std::find_if(tallies.begin(), tallies.end(), [&](const Tally &t) {
                return t.stage.kind == clock.kind();
            });
            const auto [calendarDays, workingDays] = daysSpent(clock, calendar);
            tally.calendarDays.append(calendarDays);
            tally.workingDays.append(workingDays);
            const ClockState state = clock.status(calendar, query.today).state;
            if (state == ClockState::Breached || state == ClockState::Expired)
                tally.stage.overLimit.append(c->id);
        }
    }
    QList<StageDuration> stages;
    for (Tally &tally : tallies) {
        tally.stage.calendarDays = distributionOf(std::move(tally.calendarDays));
        if (tally.stage.unit == PeriodUnit::WorkingDays)
            tally.stage.workingDays = distributionOf(std::move(tally.workingDays));
        stages.append(std::move(tally.stage));
    }
    return stages;
}

// 6.
QList<ReasonFigure> reasonFigures(const CaseRefs &cases, const OversightQuery &query)
{
    QMap<QString, ReasonFigure> byCode;
    for (const Case *c : cases) {
        for (const Decision &decision : c->decisions) {
            if (!within(decision.date, query.from, query.to))
                continue;
            int ReasonFigure::*field = nullptr;
            switch (decision.kind) {
            case DecisionKind::ReturnForRework:
                field = &ReasonFigure::returns;
                break;
            case DecisionKind::CscDecline:
                field = &ReasonFigure::cscDeclines;
                break;
            case DecisionKind::PreliminaryRefusal:
            case DecisionKind::FinalRefusal:
                field = &ReasonFigure::refusals;
                break;
            case DecisionKind::PreliminaryApproval:
            case DecisionKind::FinalGrant:
            case DecisionKind::Revocation:
                continue;
            }
            for (const QString &code : decision.reasonCodes) {
                ReasonFigure &figure = byCode[code];
                figure.code = code;
                ++(figure.*field);
                // A case's decisions are counted together: its id is last if listed.
                if (figure.caseIds.isEmpty() || figure.caseIds.constLast() != c->id)
                    figure.caseIds.append(c->id);
            }
        }
    }
    return byCode.values();
}

} // namespace

Distribution distributionOf(QList<int> values)
{
    Distribution distribution;
    distribution.count = static_cast<int>(values.size());
    if (values.isEmpty())
        return distribution;
    std::sort(values.begin(), values.end());
    const auto rank = [&values](int percent) {
        // The smallest rank r with r >= percent% of n, counted in whole numbers.
        const qsizetype r = (values.size() * percent + 99) / 100;
        return values.at(std::max<qsizetype>(r, 1) - 1);
    };
    distribution.median = rank(50);
    distribution.p90 = rank(90);
    return distribution;
}

Result<OversightFigures> computeOversight(const QList<Case> &cases,
                                          const OversightQuery &query,
                                          const BusinessCalendar &calendar)
{
    if (!query.today.isValid() || !query.from.isValid() || !query.to.isValid()) {
        return fail(QStringLiteral("report.date-missing"),
                    DomainTr::tr("The report needs today's date and the first and last days "
                                 "of its period."));
    }
    if (query.to < query.from) {
        return fail(QStringLiteral("report.period-reversed"),
                    DomainTr::tr("The period ends on %1, before it starts on %2.")
                        .arg(displayDate(query.to), displayDate(query.from)));
    }
    // A period's weeks and months are counted one by one: ten years (the
    // pilot's whole life many times over) bound the work one request makes.
    if (query.from.daysTo(query.to) >= 3653) {
        return fail(QStringLiteral("report.period-too-long"),
                    DomainTr::tr("The period from %1 to %2 is longer than ten years: choose a "
                                 "shorter one.")
                        .arg(displayDate(query.from), displayDate(query.to)));
    }
    CaseRefs counted;
    counted.reserve(cases.size());
    for (const Case &c : cases) {
        if (!query.city || c.city == *query.city)
            counted.append(&c);
    }
    // The pilot's figures read every case's history and clocks again, about
    // as long as all the others together: counted beside them, on a thread
    // of their own, when the cases are many and there is a core for it.
    constexpr qsizetype ManyCases = 2000;
    PilotFigures pilot;
    std::optional<std::jthread> beside;
    if (counted.size() >= ManyCases && QThread::idealThreadCount() > 1) {
        try {
            beside.emplace([&] { pilot = OversightParts::pilotFigures(counted, query, calendar); });
        } catch (const std::system_error &) {
            // No thread to be had: counted here, after the others.
        }
    }
    OversightFigures figures;
    figures.today = query.today;
    figures.from = query.from;
    figures.to = query.to;
    figures.city = query.city;
    figures.cases = static_cast<int>(counted.size());
    figures.states = stateFigures(counted);
    figures.clocks = clockFigures(counted, calendar, query.today);
    figures.holders = holderFigures(counted, query, calendar);
    Buckets buckets(query.from, query.to);
    countFlow(counted, buckets);
    figures.weeks = std::move(buckets.weeks());
    figures.months = std::move(buckets.months());
    figures.stages = stageDurations(counted, query, calendar);
    figures.reasons = reasonFigures(counted, query);
    if (beside)
        beside.reset(); // joined
    else
        pilot = OversightParts::pilotFigures(counted, query, calendar);
    figures.pilot = std::move(pilot);
    return figures;
}

Result<OversightFigures>
computeOversight(const QList<Case> &cases, const OversightQuery &query, const Lawbook &law)
{
    auto figures = computeOversight(cases, query, law.calendar());
    if (figures)
        figures->lawVersion = law.version();
    return figures;
}

} // namespace Kezek
