#include "core/domain/workflowsteps.h"

#include "core/domain/displaydate.h"
#include "core/domain/domaintr.h"

// The steps at the CSC and of the final decision: the applicant's visit, the
// final application and its originals, the grant or refusal, the residence
// permit (§20-27).

namespace Kezek::WorkflowSteps {

Result<void> recordCscVisit(Case &c, const StepInput &in, QList<Notice> &)
{
    const ActionInput &input = in.input;
    const QDate today = input.today;
    // §19: the approval keeps once the applicant first applied to the
    // migration service in time (fingerprinted, or an earlier visit).
    const DeadlineClock *validity = c.clock(ClockKind::ApprovalValidity);
    const QDate due = validity->dueDate(in.context.calendar, today);
    if (!validity->isStopped() && today > due) {
        return std::unexpected(guard("workflow.approval-lapsed",
                                     DomainTr::tr("The preliminary approval lapsed on %1 "
                                                  "(30 calendar days, §19).")
                                         .arg(displayDate(due))));
    }
    // As printed on the notice, whatever the case the desk typed it in.
    if (input.reference.trimmed().compare(c.preliminaryPermitNumber, Qt::CaseInsensitive) != 0) {
        return std::unexpected(guard("workflow.permit-number-mismatch",
                                     DomainTr::tr("The preliminary permit number \"%1\" is not "
                                                  "this case's.")
                                         .arg(input.reference.trimmed())));
    }
    c.cscVisitOn = today;
    c.cscComparison = Checklist::forStage(Stage::Final);
    startClock(c, ClockKind::CscRegistration, today);
    stopClock(c, ClockKind::ApprovalValidity, today); // §19: applied in time
    return {};
}

Result<void> declineAtCsc(Case &c, const StepInput &in, QList<Notice> &notices)
{
    const ActionInput &input = in.input;
    if (auto ok = in.context.reasons.validate(input.reasonCodes, ReasonUse::CscDecline); !ok)
        return ok;
    // The approval's own 30 days keep running: the applicant may come back.
    stopClock(c, ClockKind::CscRegistration, input.today);
    c.decisions.append(decision(DecisionKind::CscDecline, input, in.actor));
    Notice n = notice(c, NoticeKind::CscDeclined, input);
    n.documents = input.documentsAtFault;
    notices.append(n);
    return {};
}

Result<void> registerFinalApplication(Case &c, const StepInput &in, QList<Notice> &)
{
    if (auto ok = requireComplete(c.cscComparison); !ok)
        return ok;
    stopClock(c, ClockKind::CscRegistration, in.input.today);
    stopClock(c, ClockKind::ApprovalValidity, in.input.today);
    return {};
}

Result<void> dispatchCourier(Case &c, const StepInput &in, QList<Notice> &)
{
    if (auto ok = requireReference(in.input, DomainTr::tr("courier tracking number")); !ok)
        return ok;
    c.courierTracking = in.input.reference.trimmed();
    return {};
}

// The officer compares the originals again (§22), starting from what the
// CSC recorded: every document submitted, none yet verified by the officer.
Result<void> receiveOriginals(Case &c, const StepInput &in, QList<Notice> &)
{
    QList<ChecklistItem> items = c.cscComparison.items();
    for (ChecklistItem &item : items) {
        if (item.status != DocumentStatus::Missing)
            item.status = DocumentStatus::Submitted;
        item.rejectReason.clear();
        item.unscannedReason.clear(); // the CSC's, kept in its own checklist
    }
    c.originals = Checklist::restore(Stage::Final, items);
    startClock(c, ClockKind::FinalVerification, in.input.today);
    return {};
}

Result<void> grantFinal(Case &c, const StepInput &in, QList<Notice> &notices)
{
    if (auto ok = requireComplete(c.originals); !ok)
        return ok;
    if (auto ok = requireChecks(c,
                                CheckPhase::Final,
                                {CheckKind::BorderCrossing,
                                 CheckKind::Afis,
                                 CheckKind::Idb,
                                 CheckKind::CriminalRecords},
                                true);
        !ok)
        return ok;
    stopClock(c, ClockKind::FinalVerification, in.input.today);
    c.decisions.append(decision(DecisionKind::FinalGrant, in.input, in.actor));
    c.registration = Checklist::forStage(Stage::Registration);
    notices.append(notice(c, NoticeKind::FinalGrant, in.input));
    return {};
}

Result<void> refuseFinal(Case &c, const StepInput &in, QList<Notice> &notices)
{
    const ActionInput &input = in.input;
    if (auto ok = in.context.reasons.validate(input.reasonCodes, ReasonUse::FinalRefusal); !ok)
        return ok;
    if (auto ok = requireReasonsMatchTheRecord(c, CheckPhase::Final, input.reasonCodes); !ok)
        return ok;
    stopClock(c, ClockKind::FinalVerification, input.today);
    startClock(c, ClockKind::ReapplyBan, input.today);
    c.decisions.append(decision(DecisionKind::FinalRefusal, input, in.actor));
    notices.append(notice(c, NoticeKind::FinalRefusal, input));
    return {};
}

Result<void> issueResidencePermit(Case &c, const StepInput &in, QList<Notice> &)
{
    if (auto ok = requireComplete(c.registration); !ok)
        return ok;
    if (auto ok = requireReference(in.input, DomainTr::tr("residence permit number")); !ok)
        return ok;
    c.residencePermitNumber = in.input.reference.trimmed();
    return {};
}

} // namespace Kezek::WorkflowSteps
