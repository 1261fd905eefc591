#include "core/domain/workflowsteps.h"

#include "core/domain/domaintr.h"

// The steps of the preliminary decision: approval, refusal, and the
// annulment of an approval the applicant did not act on (§17-19).

namespace Kezek::WorkflowSteps {

Result<void> approvePreliminarily(Case &c, const StepInput &in, QList<Notice> &notices)
{
    const ActionInput &input = in.input;
    const QDate today = input.today;
    // §17: only after NSC has approved; and not over a record the checks found.
    if (c.nscApproved != true) {
        return std::unexpected(guard("workflow.nsc-not-approved",
                                     DomainTr::tr("NSC has not approved this permit, so it "
                                                  "cannot be preliminarily approved.")));
    }
    if (auto ok = requireChecks(
            c, CheckPhase::Preliminary, {CheckKind::Idb, CheckKind::CriminalRecords}, true);
        !ok)
        return ok;
    if (auto ok = requireReference(input, DomainTr::tr("preliminary permit number")); !ok)
        return ok;
    c.preliminaryPermitNumber = input.reference.trimmed();
    c.preliminaryDecisionOn = today;
    stopClock(c, ClockKind::Review, today);
    startClock(c, ClockKind::ApprovalValidity, today);
    c.decisions.append(decision(DecisionKind::PreliminaryApproval, input, in.actor));
    Notice n = notice(c, NoticeKind::PreliminaryApproval, input);
    n.documents = DocumentsToBring;
    n.validUntil = c.clock(ClockKind::ApprovalValidity)->dueDate(in.context.calendar, today);
    notices.append(n);
    return {};
}

Result<void> refusePreliminarily(Case &c, const StepInput &in, QList<Notice> &notices)
{
    const ActionInput &input = in.input;
    const QDate today = input.today;
    if (auto ok = in.context.reasons.validate(input.reasonCodes, ReasonUse::PreliminaryRefusal);
        !ok)
        return ok;
    if (auto ok = requireReasonsMatchTheRecord(c, CheckPhase::Preliminary, input.reasonCodes); !ok)
        return ok;
    c.preliminaryDecisionOn = today;
    stopClock(c, ClockKind::Review, today);
    startClock(c, ClockKind::ReapplyBan, today);
    c.decisions.append(decision(DecisionKind::PreliminaryRefusal, input, in.actor));
    notices.append(notice(c, NoticeKind::PreliminaryRefusal, input));
    return {};
}

Result<void> annulApproval(Case &c, const StepInput &in, QList<Notice> &notices)
{
    const QDate today = in.input.today;
    const QDate due = c.clock(ClockKind::ApprovalValidity)->dueDate(in.context.calendar, today);
    if (today <= due) {
        return std::unexpected(guard("workflow.approval-valid",
                                     DomainTr::tr("The preliminary approval is valid until %1; "
                                                  "it cannot be annulled before.")
                                         .arg(dayText(due))));
    }
    // §19: a new application only one year after the approval decision itself.
    startClock(c, ClockKind::ReapplyBan, c.preliminaryDecisionOn);
    notices.append(notice(c, NoticeKind::ApprovalAnnulled, in.input));
    return {};
}

} // namespace Kezek::WorkflowSteps
