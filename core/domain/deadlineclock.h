#pragma once

#include "core/calendar/businesscalendar.h"
#include "core/result/result.h"

#include <QDate>
#include <QList>

#include <optional>

namespace Kezek {

// The clocks of PROCESS.md's "Deadlines at a glance".
enum class ClockKind {
    HubAdmission,      // §6
    Registration,      // §12
    Rework,            // §12
    Nsc,               // §15
    Review,            // §16
    ApprovalValidity,  // §19
    CscRegistration,   // §21
    FinalVerification, // §22
    ReapplyBan,        // §19, §24
};

enum class PeriodUnit { WorkingDays, CalendarDays, Years };

// What the end of a clock means, and so how it is shown.
enum class ExpiryMeaning {
    Overdue,            // an officer's duty not done in time
    Escalate,           // NSC has not answered: the officer escalates
    LegalBreach,        // the 45-day review of §16 is over
    ApplicationDeleted, // the applicant did not rework in time
    DecisionAnnulled,   // the applicant did not arrive in time
    BanLifted,          // the applicant may apply again
};

enum class ClockState {
    Running,
    Paused,
    Met,      // stopped on or before its due date
    Breached, // an officer's duty past its due date
    Expired,  // an applicant's window or a ban past its end
};

struct ClockDefinition
{
    ClockKind kind;
    const char *id; // the stable name scripts use ("registration")
    int length;
    PeriodUnit unit;
    int warnWithin; // amber when this many units or fewer are left
    const char *paragraph;
    ExpiryMeaning onExpiry;

    QString title() const;
    // A duty is breached when late; a window or a ban just expires.
    bool isDuty() const;
};

const ClockDefinition &clockDefinition(ClockKind kind);
const QList<ClockKind> &allClockKinds();
std::optional<ClockKind> clockKindFromId(QStringView id);
QString clockId(ClockKind kind);
QString periodUnitId(PeriodUnit unit); // "working-days", "calendar-days", "years"
QString clockStateId(ClockState state);
QString clockStateTitle(ClockState state);

// The last day of a clock started by an event on `start`, counted as Kazakh law
// counts: from the next day; a last day that is not a working day moves to the
// next working day; years end on the same month and day (29 February on 28).
QDate dueDate(ClockKind kind, QDate start, const BusinessCalendar &calendar);

// The first day a running clock of `kind` due on `due` shows amber: its
// warning threshold counted back in the clock's own unit. The chips, the
// deadline banner and the overdue queue all count by it.
QDate warningFrom(ClockKind kind, QDate due, const BusinessCalendar &calendar);

// Whether every year from start to due is a confirmed calendar year.
bool isConfirmedBetween(const BusinessCalendar &calendar, QDate from, QDate to);

struct ClockPause
{
    QDate from;
    QDate until; // the day it resumed; invalid while still paused
};

struct ClockStatus
{
    QDate due;
    int left = 0; // in `leftUnit`; negative once past due
    PeriodUnit leftUnit = PeriodUnit::CalendarDays;
    ClockState state = ClockState::Running;
    bool warning = false;
    bool calendarConfirmed = true;
};

// One run of a clock on a case: started by an event, perhaps paused (the review
// clock while the application is back with the applicant), stopped by another.
class DeadlineClock
{
public:
    DeadlineClock() = default;
    DeadlineClock(ClockKind kind, QDate started);

    ClockKind kind() const { return m_kind; }
    QDate started() const { return m_started; }
    QDate stopped() const { return m_stopped; }
    const QList<ClockPause> &pauses() const { return m_pauses; }
    bool isStopped() const { return m_stopped.isValid(); }
    bool isPaused() const { return !m_pauses.isEmpty() && !m_pauses.constLast().until.isValid(); }

    Result<void> pause(QDate day);
    Result<void> resume(QDate day);
    Result<void> stop(QDate day);

    // While paused, the due date moves with each day of the pause (as of `today`).
    QDate dueDate(const BusinessCalendar &calendar, QDate today) const;
    ClockStatus status(const BusinessCalendar &calendar, QDate today) const;

    // For stores: rebuild a clock from its recorded parts.
    static DeadlineClock
    restore(ClockKind kind, QDate started, QList<ClockPause> pauses, QDate stopped);

    friend bool operator==(const DeadlineClock &, const DeadlineClock &) = default;

private:
    ClockKind m_kind = ClockKind::Registration;
    QDate m_started;
    QList<ClockPause> m_pauses;
    QDate m_stopped;
};

bool operator==(const ClockPause &a, const ClockPause &b);

// The latest due date that is late on `today`: a clock due on it or before
// is Breached (a duty) or Expired. The overdue queue counts up to it.
QDate lastLateDue(QDate today);

} // namespace Kezek
