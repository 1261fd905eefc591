#include "core/domain/workflowsteps.h"

#include "core/domain/domaintr.h"

// The case's other ends, under the general rules of administrative
// procedure rather than the order's phases: the applicant's withdrawal, and
// the revocation of a refusal or an annulment made in error.

namespace Kezek::WorkflowSteps {

namespace {

using S = CaseState;

// Where a revoked step found the case: it goes back there.
CaseState reopenedState(CaseState revoked)
{
    switch (revoked) {
    case S::PreliminarilyRefused:
        return S::DecisionDue;
    case S::ApprovalAnnulled:
        return S::PreliminarilyApproved;
    default:
        return S::FinalVerification;
    }
}

} // namespace

// The applicant's withdrawal through eGov: every running clock stops, no ban
// is set. A period that ran out already took its effect in law (§12, §19):
// the deletion or the annulment is due, and a withdrawal cannot undo it. (A
// clock of the applicant's runs only in the stage it belongs to.)
Result<void> withdraw(Case &c, const StepInput &in, QList<Notice> &notices)
{
    const QDate today = in.input.today;
    const auto ranOut = [&](ClockKind kind) -> std::optional<QDate> {
        const DeadlineClock *clock = c.clock(kind);
        if (!clock || clock->isStopped())
            return std::nullopt;
        const QDate due = clock->dueDate(in.context.calendar, today);
        return today > due ? std::optional(due) : std::nullopt;
    };
    if (const auto due = ranOut(ClockKind::Rework)) {
        return std::unexpected(guard("workflow.rework-expired",
                                     DomainTr::tr("The five days to rework ended on %1; the "
                                                  "application is deleted, not withdrawn (§12).")
                                         .arg(dayText(*due))));
    }
    if (const auto due = ranOut(ClockKind::ApprovalValidity)) {
        return std::unexpected(guard("workflow.approval-lapsed",
                                     DomainTr::tr("The preliminary approval lapsed on %1; it is "
                                                  "annulled, not withdrawn (§19).")
                                         .arg(dayText(*due))));
    }
    for (DeadlineClock &clock : c.clocks) {
        if (!clock.isStopped() && clock.kind() != ClockKind::ReapplyBan)
            (void)clock.stop(std::max(today, clock.started()));
    }
    notices.append(notice(c, NoticeKind::Withdrawn, in.input));
    return {};
}

// A supervisor's revocation of a refusal or an annulment made in error. It is
// reasoned in writing and signed; the ban the step set is lifted; the duty the
// step ended runs again, the days it stood closed counted as a pause; an
// annulled approval holds for a new 30 days from the revocation, as the
// applicant is told.
Result<void> revokeDecision(Case &c, const StepInput &in, QList<Notice> &notices)
{
    const ActionInput &input = in.input;
    const QDate today = input.today;
    if (input.text.trimmed().isEmpty()) {
        return std::unexpected(guard("workflow.reasoning-required",
                                     DomainTr::tr("Write why the decision was made in error: a "
                                                  "revocation is reasoned.")));
    }
    const CaseState revoked = c.history.isEmpty() ? S::FinalRefused : c.history.last().to;
    c.state = reopenedState(revoked);
    if (DeadlineClock *ban = c.clock(ClockKind::ReapplyBan); ban && !ban->isStopped())
        (void)ban->stop(std::max(today, ban->started()));
    const auto reopen = [&c, today](ClockKind kind) {
        DeadlineClock *clock = c.clock(kind);
        if (!clock || !clock->isStopped() || clock->stopped() > today)
            return;
        QList<ClockPause> pauses = clock->pauses();
        pauses.append({clock->stopped(), today});
        *clock = DeadlineClock::restore(kind, clock->started(), pauses, {});
    };
    Notice n = notice(c, NoticeKind::DecisionRevoked, input);
    if (c.state == S::DecisionDue) {
        reopen(ClockKind::Review);
    } else if (c.state == S::FinalVerification) {
        reopen(ClockKind::FinalVerification);
    } else {
        startClock(c, ClockKind::ApprovalValidity, today);
        n.documents = DocumentsToBring;
        n.validUntil = c.clock(ClockKind::ApprovalValidity)->dueDate(in.context.calendar, today);
    }
    c.decisions.append(decision(DecisionKind::Revocation, input, in.actor));
    notices.append(n);
    return {};
}

} // namespace Kezek::WorkflowSteps
