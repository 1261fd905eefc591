#include "core/domain/deadlineclock.h"

#include "core/domain/domaintr.h"

#include <algorithm>

namespace Kezek {

namespace {

using enum ClockKind;
using enum PeriodUnit;
using enum ExpiryMeaning;

const ClockDefinition Definitions[] = {
    {HubAdmission, "hub-admission", 2, WorkingDays, 1, "§6", Overdue},
    {Registration, "registration", 2, WorkingDays, 1, "§12", Overdue},
    {Rework, "rework", 5, CalendarDays, 1, "§12", ApplicationDeleted},
    {Nsc, "nsc", 25, CalendarDays, 5, "§15", Escalate},
    {Review, "review", 45, CalendarDays, 7, "§16", LegalBreach},
    {ApprovalValidity, "approval-validity", 30, CalendarDays, 5, "§19", DecisionAnnulled},
    {CscRegistration, "csc-registration", 1, WorkingDays, 0, "§21", Overdue},
    {FinalVerification, "final-verification", 3, WorkingDays, 1, "§22", Overdue},
    {ReapplyBan, "reapply-ban", 1, Years, 30, "§19, §24", BanLifted},
};

QDate addYears(QDate start, int years)
{
    // QDate::addYears already turns 29 February into 28 February in a common year.
    return start.addYears(years);
}

bool isPausedOn(const QList<ClockPause> &pauses, QDate day, QDate today)
{
    return std::any_of(pauses.begin(), pauses.end(), [&](const ClockPause &pause) {
        const QDate until = pause.until.isValid() ? pause.until : today.addDays(1);
        return day >= pause.from && day < until;
    });
}

} // namespace

QString ClockDefinition::title() const
{
    switch (kind) {
    case HubAdmission:
        return DomainTr::tr("Admission to the interview");
    case Registration:
        return DomainTr::tr("Registration in the migration police system");
    case Rework:
        return DomainTr::tr("Applicant's rework");
    case Nsc:
        return DomainTr::tr("NSC approval");
    case Review:
        return DomainTr::tr("Review and decision");
    case ApprovalValidity:
        return DomainTr::tr("Preliminary approval validity");
    case CscRegistration:
        return DomainTr::tr("CSC comparison and registration");
    case FinalVerification:
        return DomainTr::tr("Final verification of originals");
    case ReapplyBan:
        return DomainTr::tr("Re-application ban");
    }
    return {};
}

bool ClockDefinition::isDuty() const
{
    return onExpiry == Overdue || onExpiry == Escalate || onExpiry == LegalBreach;
}

const ClockDefinition &clockDefinition(ClockKind kind)
{
    return Definitions[static_cast<int>(kind)];
}

const QList<ClockKind> &allClockKinds()
{
    static const QList<ClockKind> kinds = [] {
        QList<ClockKind> list;
        for (const ClockDefinition &definition : Definitions)
            list.append(definition.kind);
        return list;
    }();
    return kinds;
}

std::optional<ClockKind> clockKindFromId(QStringView id)
{
    for (const ClockDefinition &definition : Definitions) {
        if (id == QLatin1StringView(definition.id))
            return definition.kind;
    }
    return std::nullopt;
}

QString clockId(ClockKind kind)
{
    return QString::fromLatin1(clockDefinition(kind).id);
}

QString periodUnitId(PeriodUnit unit)
{
    switch (unit) {
    case WorkingDays:
        return QStringLiteral("working-days");
    case CalendarDays:
        return QStringLiteral("calendar-days");
    case Years:
        return QStringLiteral("years");
    }
    return {};
}

QString clockStateId(ClockState state)
{
    switch (state) {
    case ClockState::Running:
        return QStringLiteral("running");
    case ClockState::Paused:
        return QStringLiteral("paused");
    case ClockState::Met:
        return QStringLiteral("met");
    case ClockState::Breached:
        return QStringLiteral("breached");
    case ClockState::Expired:
        return QStringLiteral("expired");
    }
    return {};
}

QString clockStateTitle(ClockState state)
{
    switch (state) {
    case ClockState::Running:
        return DomainTr::tr("Running");
    case ClockState::Paused:
        return DomainTr::tr("Paused");
    case ClockState::Met:
        return DomainTr::tr("Met");
    case ClockState::Breached:
        return DomainTr::tr("Breached");
    case ClockState::Expired:
        return DomainTr::tr("Expired");
    }
    return {};
}

QDate dueDate(ClockKind kind, QDate start, const BusinessCalendar &calendar)
{
    return DeadlineClock(kind, start).dueDate(calendar, start);
}

bool isConfirmedBetween(const BusinessCalendar &calendar, QDate from, QDate to)
{
    for (int year = from.year(); year <= to.year(); ++year) {
        if (!calendar.isConfirmed(year))
            return false;
    }
    return true;
}

bool operator==(const ClockPause &a, const ClockPause &b)
{
    return a.from == b.from && a.until == b.until;
}

DeadlineClock::DeadlineClock(ClockKind kind, QDate started)
    : m_kind(kind)
    , m_started(started)
{}

DeadlineClock
DeadlineClock::restore(ClockKind kind, QDate started, QList<ClockPause> pauses, QDate stopped)
{
    DeadlineClock clock(kind, started);
    clock.m_pauses = std::move(pauses);
    clock.m_stopped = stopped;
    return clock;
}

Result<void> DeadlineClock::pause(QDate day)
{
    if (isStopped() || isPaused() || day < m_started) {
        return fail(
            QStringLiteral("clock.pause"),
            DomainTr::tr("The clock \"%1\" cannot be paused on %2.")
                .arg(clockDefinition(m_kind).title(), day.toString(QStringLiteral("dd.MM.yyyy"))));
    }
    m_pauses.append({day, {}});
    return {};
}

Result<void> DeadlineClock::resume(QDate day)
{
    if (!isPaused() || day < m_pauses.constLast().from) {
        return fail(
            QStringLiteral("clock.resume"),
            DomainTr::tr("The clock \"%1\" is not paused, or not before %2.")
                .arg(clockDefinition(m_kind).title(), day.toString(QStringLiteral("dd.MM.yyyy"))));
    }
    m_pauses.last().until = day;
    return {};
}

Result<void> DeadlineClock::stop(QDate day)
{
    if (isStopped() || day < m_started) {
        return fail(
            QStringLiteral("clock.stop"),
            DomainTr::tr("The clock \"%1\" cannot be stopped on %2.")
                .arg(clockDefinition(m_kind).title(), day.toString(QStringLiteral("dd.MM.yyyy"))));
    }
    if (isPaused())
        m_pauses.last().until = day;
    m_stopped = day;
    return {};
}

QDate DeadlineClock::dueDate(const BusinessCalendar &calendar, QDate today) const
{
    const ClockDefinition &definition = clockDefinition(m_kind);
    switch (definition.unit) {
    case WorkingDays: {
        // Count working days from the day after the start, skipping paused days.
        QDate day = m_started;
        for (int counted = 0; counted < definition.length;) {
            day = day.addDays(1);
            if (calendar.isWorkingDay(day) && !isPausedOn(m_pauses, day, today))
                ++counted;
        }
        return day;
    }
    case CalendarDays: {
        qint64 pausedDays = 0;
        for (const ClockPause &pause : m_pauses)
            pausedDays += pause.from.daysTo(pause.until.isValid() ? pause.until : today.addDays(1));
        return calendar.workingDayOnOrAfter(m_started.addDays(definition.length + pausedDays));
    }
    case Years: {
        const QDate end = addYears(m_started, definition.length);
        // A ban asks nothing of anyone, so a weekend does not lengthen it; the
        // next-working-day rule exists to leave a working day to act on.
        return definition.onExpiry == BanLifted ? end : calendar.workingDayOnOrAfter(end);
    }
    }
    return {};
}

QDate lastLateDue(QDate today)
{
    // The due day itself is still in time; the day after, it is late.
    return today.addDays(-1);
}

ClockStatus DeadlineClock::status(const BusinessCalendar &calendar, QDate today) const
{
    const ClockDefinition &definition = clockDefinition(m_kind);
    ClockStatus status;
    status.due = dueDate(calendar, today);
    status.calendarConfirmed = isConfirmedBetween(calendar, m_started, status.due);
    status.leftUnit = definition.unit == WorkingDays ? WorkingDays : CalendarDays;

    const QDate asOf = isStopped() ? m_stopped : today;
    if (status.leftUnit == WorkingDays) {
        status.left = asOf <= status.due
                          ? calendar.workingDaysBetween(asOf, status.due)
                          : -std::max(1, calendar.workingDaysBetween(status.due, asOf));
    } else {
        status.left = static_cast<int>(asOf.daysTo(status.due));
    }

    const bool late = status.due <= lastLateDue(asOf);
    if (late)
        status.state = definition.isDuty() ? ClockState::Breached : ClockState::Expired;
    else if (isStopped())
        status.state = ClockState::Met;
    else if (isPaused())
        status.state = ClockState::Paused;
    else
        status.state = ClockState::Running;
    status.warning = status.state == ClockState::Running && status.left <= definition.warnWithin;
    return status;
}

} // namespace Kezek
