#include "core/domain/case.h"

namespace Kezek {

QString checklistKindId(ChecklistKind kind)
{
    switch (kind) {
    case ChecklistKind::Preliminary:
        return QStringLiteral("preliminary");
    case ChecklistKind::CscComparison:
        return QStringLiteral("csc-comparison");
    case ChecklistKind::OriginalsVerification:
        return QStringLiteral("originals");
    case ChecklistKind::Registration:
        return QStringLiteral("registration");
    }
    return {};
}

std::optional<ChecklistKind> checklistKindFromId(QStringView id)
{
    for (ChecklistKind kind : {ChecklistKind::Preliminary,
                               ChecklistKind::CscComparison,
                               ChecklistKind::OriginalsVerification,
                               ChecklistKind::Registration}) {
        if (checklistKindId(kind) == id)
            return kind;
    }
    return std::nullopt;
}

Stage stageOf(ChecklistKind kind)
{
    switch (kind) {
    case ChecklistKind::Preliminary:
        return Stage::Preliminary;
    case ChecklistKind::CscComparison:
    case ChecklistKind::OriginalsVerification:
        return Stage::Final;
    case ChecklistKind::Registration:
        return Stage::Registration;
    }
    return Stage::Preliminary;
}

QString decisionKindId(DecisionKind kind)
{
    switch (kind) {
    case DecisionKind::ReturnForRework:
        return QStringLiteral("return-for-rework");
    case DecisionKind::PreliminaryApproval:
        return QStringLiteral("preliminary-approval");
    case DecisionKind::PreliminaryRefusal:
        return QStringLiteral("preliminary-refusal");
    case DecisionKind::CscDecline:
        return QStringLiteral("csc-decline");
    case DecisionKind::FinalGrant:
        return QStringLiteral("final-grant");
    case DecisionKind::FinalRefusal:
        return QStringLiteral("final-refusal");
    case DecisionKind::Revocation:
        return QStringLiteral("revocation");
    }
    return {};
}

QString noticeKindId(NoticeKind kind)
{
    switch (kind) {
    case NoticeKind::ReturnForRework:
        return QStringLiteral("return-for-rework");
    case NoticeKind::ApplicationDeleted:
        return QStringLiteral("application-deleted");
    case NoticeKind::PreliminaryApproval:
        return QStringLiteral("preliminary-approval");
    case NoticeKind::PreliminaryRefusal:
        return QStringLiteral("preliminary-refusal");
    case NoticeKind::ApprovalAnnulled:
        return QStringLiteral("approval-annulled");
    case NoticeKind::CscDeclined:
        return QStringLiteral("csc-declined");
    case NoticeKind::FinalGrant:
        return QStringLiteral("final-grant");
    case NoticeKind::FinalRefusal:
        return QStringLiteral("final-refusal");
    case NoticeKind::Withdrawn:
        return QStringLiteral("withdrawn");
    case NoticeKind::DecisionRevoked:
        return QStringLiteral("decision-revoked");
    }
    return {};
}

const DeadlineClock *Case::clock(ClockKind kind) const
{
    for (auto it = clocks.crbegin(); it != clocks.crend(); ++it) {
        if (it->kind() == kind)
            return &*it;
    }
    return nullptr;
}

DeadlineClock *Case::clock(ClockKind kind)
{
    // Through the non-const list, which detaches it first: a step applied to
    // a copy of a case must not stop or pause the clocks of the original.
    for (auto it = clocks.rbegin(); it != clocks.rend(); ++it) {
        if (it->kind() == kind)
            return &*it;
    }
    return nullptr;
}

CheckOutcome Case::checkOutcome(CheckPhase phase, CheckKind kind) const
{
    return latestOutcome(checks, phase, kind);
}

CheckOutcome latestOutcome(const QList<CheckRecord> &checks, CheckPhase phase, CheckKind kind)
{
    for (auto it = checks.crbegin(); it != checks.crend(); ++it) {
        if (it->phase == phase && it->kind == kind)
            return it->outcome;
    }
    return CheckOutcome::Pending;
}

const Checklist &Case::checklist(ChecklistKind kind) const
{
    switch (kind) {
    case ChecklistKind::Preliminary:
        return preliminaryDocuments;
    case ChecklistKind::CscComparison:
        return cscComparison;
    case ChecklistKind::OriginalsVerification:
        return originals;
    case ChecklistKind::Registration:
        return registration;
    }
    return preliminaryDocuments;
}

Checklist &Case::checklist(ChecklistKind kind)
{
    return const_cast<Checklist &>(std::as_const(*this).checklist(kind));
}

CheckContext
Case::checkContext(ChecklistKind kind, QDate today, const LegalizationRules *legalization) const
{
    switch (kind) {
    case ChecklistKind::Preliminary:
        return {receivedOn, applicant, legalization};
    case ChecklistKind::CscComparison:
    case ChecklistKind::OriginalsVerification:
        return {cscVisitOn.isValid() ? cscVisitOn : today, applicant, legalization};
    case ChecklistKind::Registration:
        return {today, applicant, legalization};
    }
    return {today, applicant, legalization};
}

std::optional<QDate> Case::bannedUntil(const BusinessCalendar &calendar) const
{
    const DeadlineClock *ban = clock(ClockKind::ReapplyBan);
    if (!ban || ban->isStopped())
        return std::nullopt;
    return ban->dueDate(calendar, ban->started());
}

} // namespace Kezek
