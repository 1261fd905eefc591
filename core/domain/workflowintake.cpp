#include "core/domain/workflowsteps.h"

#include "core/domain/domaintr.h"

// The steps of intake and review: the application returned for rework,
// resubmitted or deleted, registered, checked and sent to NSC (§11-16).

namespace Kezek::WorkflowSteps {

// §12: a motivated refusal names its reason; the applicant then has five
// calendar days. The 45-day review clock waits while the papers are away.
Result<void> returnForRework(Case &c, const StepInput &in, QList<Notice> &notices)
{
    const ActionInput &input = in.input;
    const QDate today = input.today;
    if (auto ok = in.context.reasons.validate(input.reasonCodes, ReasonUse::Return); !ok)
        return ok;
    stopClock(c, ClockKind::Registration, today);
    if (DeadlineClock *review = c.clock(ClockKind::Review))
        (void)review->pause(today);
    startClock(c, ClockKind::Rework, today);
    c.decisions.append(decision(DecisionKind::ReturnForRework, input, in.actor));
    Notice n = notice(c, NoticeKind::ReturnForRework, input);
    n.documents = input.documentsAtFault;
    n.validUntil = c.clock(ClockKind::Rework)->dueDate(in.context.calendar, today);
    notices.append(n);
    return {};
}

Result<void> resubmit(Case &c, const StepInput &in, QList<Notice> &)
{
    const QDate today = in.input.today;
    const QDate due = c.clock(ClockKind::Rework)->dueDate(in.context.calendar, today);
    if (today > due) {
        return std::unexpected(guard("workflow.rework-expired",
                                     DomainTr::tr("The five days to rework ended on %1; the "
                                                  "application is to be deleted (§12).")
                                         .arg(dayText(due))));
    }
    if (const auto missing = c.preliminaryDocuments.missingDocuments(); !missing.isEmpty()) {
        return std::unexpected(
            guard("workflow.still-missing",
                  DomainTr::tr("The resubmission still lacks: %1.").arg(documentList(missing))));
    }
    stopClock(c, ClockKind::Rework, today);
    if (DeadlineClock *review = c.clock(ClockKind::Review); review && review->isPaused())
        (void)review->resume(today);
    // The resubmitted application arrives anew: two working days to register it.
    startClock(c, ClockKind::Registration, today);
    return {};
}

Result<void> deleteAfterRework(Case &c, const StepInput &in, QList<Notice> &notices)
{
    const QDate today = in.input.today;
    const QDate due = c.clock(ClockKind::Rework)->dueDate(in.context.calendar, today);
    if (today <= due) {
        return std::unexpected(guard("workflow.rework-running",
                                     DomainTr::tr("The applicant may rework until %1; the "
                                                  "application cannot be deleted before.")
                                         .arg(dayText(due))));
    }
    stopClock(c, ClockKind::Review, today);
    notices.append(notice(c, NoticeKind::ApplicationDeleted, in.input));
    return {};
}

Result<void> registerCase(Case &c, const StepInput &in, QList<Notice> &)
{
    if (auto ok = requireComplete(c.preliminaryDocuments); !ok)
        return ok;
    // The number КҚП АЖ gave the case, unless the officer enters one.
    ActionInput numbered = in.input;
    if (numbered.reference.trimmed().isEmpty())
        numbered.reference = c.kqpNumber;
    if (auto ok
        = requireReference(numbered, DomainTr::tr("case number in the migration police system"));
        !ok)
        return ok;
    c.kqpNumber = numbered.reference.trimmed();
    stopClock(c, ClockKind::Registration, in.input.today);
    return {};
}

Result<void> sendToNsc(Case &c, const StepInput &in, QList<Notice> &)
{
    // §13 before §14: the record checks have answered before NSC is asked.
    if (auto ok = requireChecks(
            c, CheckPhase::Preliminary, {CheckKind::Idb, CheckKind::CriminalRecords}, false);
        !ok)
        return ok;
    startClock(c, ClockKind::Nsc, in.input.today);
    return {};
}

Result<void> recordNscAnswer(Case &c, const StepInput &in, QList<Notice> &)
{
    if (!in.input.nscApproved) {
        return std::unexpected(guard("workflow.nsc-answer-required",
                                     DomainTr::tr("The NSC answer (approved or not) is missing.")));
    }
    c.nscApproved = in.input.nscApproved;
    stopClock(c, ClockKind::Nsc, in.input.today);
    return {};
}

} // namespace Kezek::WorkflowSteps
