#include "core/domain/workflow.h"

#include "core/domain/commandkinds.h"
#include "core/domain/displaydate.h"
#include "core/domain/domaintr.h"
#include "core/domain/matchevidence.h"
#include "core/domain/workflowsteps.h"

// What is recorded on a case without moving it: its documents, the
// registers' answers, the numbers and reports the integrations send (§12-13,
// §19-22), and the delivery of its notices.

namespace Kezek {

using namespace WorkflowSteps;

namespace {

using S = CaseState;
using R = Role;

} // namespace

Result<Case> Workflow::updateDocument(const Case &c,
                                      const Actor &actor,
                                      ChecklistKind kind,
                                      DocumentType type,
                                      DocumentCommand command,
                                      QDate today,
                                      const DocumentFacts &facts,
                                      const QString &reason,
                                      const QString &scanSha256,
                                      const LegalizationRules *legalization)
{
    if (auto ok = checkOffice(c, actor); !ok)
        return std::unexpected(ok.error());
    if (!mayEditChecklist(c, actor.role, kind, command)) {
        return fail(
            QStringLiteral("workflow.checklist-closed"),
            DomainTr::tr("The role \"%1\" cannot change this checklist while the case is \"%2\".")
                .arg(roleTitle(actor.role), caseStateTitle(c.state)));
    }
    Case after = c;
    Checklist &checklist = after.checklist(kind);
    Result<void> done;
    switch (command) {
    case DocumentCommand::Submit:
        done = checklist.submit(type, facts, scanSha256);
        break;
    case DocumentCommand::Verify: {
        // §21, §26: the CSC's "matched" rests on the original's scan, or on
        // a written reason why there is none.
        const ChecklistItem *item = c.checklist(kind).item(type);
        const QString scan = item ? item->scanSha256 : QString();
        done = checklist.verify(type,
                                after.checkContext(kind, today, legalization),
                                needsMatchEvidence(kind) && scan.isEmpty() ? reason : QString());
        if (done && needsMatchEvidence(kind)) {
            if (auto evidence = matchEvidence(scan, reason); !evidence)
                return std::unexpected(evidence.error());
        }
        break;
    }
    case DocumentCommand::Reject:
        done = checklist.reject(type, reason);
        break;
    }
    if (!done)
        return std::unexpected(done.error());
    ++after.version;
    return after;
}

Result<Case> Workflow::recordCheck(const Case &c,
                                   const Actor &actor,
                                   CheckKind kind,
                                   CheckOutcome outcome,
                                   QDate today,
                                   const QString &reference,
                                   const QString &reason)
{
    if (actor.role != R::System && actor.role != R::MigrationOfficer) {
        return fail(
            QStringLiteral("workflow.role"),
            DomainTr::tr("Only the integrations or a migration officer record check results."));
    }
    if (auto ok = checkOffice(c, actor); !ok)
        return std::unexpected(ok.error());
    std::optional<CheckPhase> phase;
    if (c.state == S::Registered || c.state == S::WithNsc || c.state == S::DecisionDue)
        phase = CheckPhase::Preliminary;
    else if (c.state == S::FinalRegistered || c.state == S::InCourier
             || c.state == S::FinalVerification)
        phase = CheckPhase::Final;
    if (!phase) {
        return fail(QStringLiteral("workflow.checks-closed"),
                    DomainTr::tr("No record checks are expected while the case is \"%1\".")
                        .arg(caseStateTitle(c.state)));
    }
    if (outcome == CheckOutcome::Pending) {
        return fail(QStringLiteral("workflow.check-outcome"),
                    DomainTr::tr("A check result is either clear or a record found."));
    }
    if (actor.role == R::MigrationOfficer && reason.trimmed().isEmpty()) {
        for (const CheckRecord &given : c.checks) {
            if (given.phase == *phase && given.kind == kind) {
                return fail(QStringLiteral("workflow.check-answered"),
                            DomainTr::tr("The check \"%1\" was answered on %2 (%3); a correction "
                                         "needs a written reason.")
                                .arg(checkKindTitle(kind),
                                     displayDate(given.date),
                                     checkOutcomeId(given.outcome)));
            }
        }
    }
    Case after = c;
    after.checks.append({*phase, kind, outcome, today, reference, actor.userId, reason.trimmed()});
    ++after.version;
    return after;
}

Result<Case>
Workflow::assignKqpNumber(const Case &c, const Actor &actor, const QString &number, QDate today)
{
    if (actor.role != R::System) {
        return fail(QStringLiteral("workflow.role"),
                    DomainTr::tr("Only the migration police system (КҚП АЖ) gives case numbers."));
    }
    if (c.state != S::Received) {
        return fail(QStringLiteral("workflow.state"),
                    DomainTr::tr("A case number is given before registration, not while the case "
                                 "is \"%1\".")
                        .arg(caseStateTitle(c.state)));
    }
    if (number.trimmed().isEmpty()) {
        return fail(QStringLiteral("workflow.reference-required"),
                    DomainTr::tr("Enter the %1.")
                        .arg(DomainTr::tr("case number in the migration police system")));
    }
    Case after = c;
    after.kqpNumber = number.trimmed();
    after.history.append({caseFactId(CaseFact::AssignKqpNumber),
                          today,
                          actor.role,
                          actor.userId,
                          c.state,
                          c.state,
                          {}});
    ++after.version;
    return after;
}

namespace {

// §19-20: what an integration reports of the applicant after the approval:
// the day it happened, not in the future, not before the approval.
Result<void> mayRecordAfterApproval(const Case &c, const Actor &actor, QDate day, QDate today)
{
    if (actor.role != R::System) {
        return fail(QStringLiteral("workflow.role"),
                    DomainTr::tr("Only the border service and the migration office report "
                                 "this."));
    }
    if (c.state != S::PreliminarilyApproved && c.state != S::AtCsc
        && c.state != S::ApprovalAnnulled) {
        return fail(QStringLiteral("workflow.state"),
                    DomainTr::tr("Nothing of the applicant's arrival is recorded while the case "
                                 "is \"%1\".")
                        .arg(caseStateTitle(c.state)));
    }
    if (!day.isValid() || day > today || day < c.preliminaryDecisionOn) {
        return fail(QStringLiteral("workflow.date"),
                    DomainTr::tr("The date %1 is impossible here: it must fall between the "
                                 "preliminary approval (%2) and today (%3).")
                        .arg(day.isValid() ? displayDate(day) : QStringLiteral("?"),
                             displayDate(c.preliminaryDecisionOn),
                             displayDate(today)));
    }
    return {};
}

// The report kept in the case's history, under the integration's own
// reference when it gave one; the case's next version.
Case recordedAfterApproval(Case after,
                           const Case &before,
                           const Actor &actor,
                           CaseFact fact,
                           QDate today,
                           const QString &reference)
{
    after.history.append({caseFactId(fact),
                          today,
                          actor.role,
                          reference.isEmpty() ? actor.userId : reference,
                          before.state,
                          before.state,
                          {}});
    ++after.version;
    return after;
}

} // namespace

Result<Case> Workflow::recordArrival(
    const Case &c, const Actor &actor, QDate arrivedOn, QDate today, const QString &reference)
{
    if (auto ok = mayRecordAfterApproval(c, actor, arrivedOn, today); !ok)
        return std::unexpected(ok.error());
    Case after = c;
    after.arrivedOn = arrivedOn;
    return recordedAfterApproval(
        std::move(after), c, actor, CaseFact::RecordArrival, today, reference);
}

Result<Case> Workflow::recordFingerprinting(const Case &c,
                                            const Actor &actor,
                                            QDate fingerprintedOn,
                                            QDate today,
                                            const BusinessCalendar &calendar,
                                            const QString &reference)
{
    if (auto ok = mayRecordAfterApproval(c, actor, fingerprintedOn, today); !ok)
        return std::unexpected(ok.error());
    Case after = c;
    after.fingerprintedOn = fingerprintedOn;
    // §19: the first application to the migration service within the 30 days
    // keeps the approval; one after them comes too late to keep it.
    if (DeadlineClock *validity = after.clock(ClockKind::ApprovalValidity);
        validity && !validity->isStopped()
        && fingerprintedOn <= validity->dueDate(calendar, fingerprintedOn)) {
        (void)validity->stop(fingerprintedOn);
    }
    return recordedAfterApproval(
        std::move(after), c, actor, CaseFact::RecordFingerprinting, today, reference);
}

Result<Case> Workflow::recordNoticeDelivery(
    const Case &c, const Actor &actor, NoticeKind kind, QDate deliveredOn, QDate today)
{
    if (actor.role != R::System) {
        return fail(QStringLiteral("workflow.role"),
                    DomainTr::tr("Only the eGov cabinet's delivery reports a notice received."));
    }
    Case after = c;
    Notice *notice = nullptr;
    for (auto it = after.notices.rbegin(); it != after.notices.rend() && !notice; ++it) {
        if (it->kind == kind && !it->deliveredOn.isValid())
            notice = &*it;
    }
    if (!notice) {
        return fail(QStringLiteral("workflow.notice-delivered"),
                    DomainTr::tr("Case %1 has no undelivered notice of this kind.").arg(c.number));
    }
    if (!deliveredOn.isValid() || deliveredOn < notice->date || deliveredOn > today) {
        return fail(
            QStringLiteral("workflow.date"),
            DomainTr::tr("A notice of %1 cannot have been received on %2.")
                .arg(displayDate(notice->date),
                     deliveredOn.isValid() ? displayDate(deliveredOn) : QStringLiteral("?")));
    }
    notice->deliveredOn = deliveredOn;
    // §12: five calendar days from receiving the notice, not from sending it.
    if (kind == NoticeKind::ReturnForRework && c.state == S::ReturnedForRework) {
        DeadlineClock *rework = after.clock(ClockKind::Rework);
        if (rework && !rework->isStopped() && deliveredOn > rework->started())
            *rework = DeadlineClock(ClockKind::Rework, deliveredOn);
    }
    after.history.append({QStringLiteral("notice-delivered"),
                          today,
                          actor.role,
                          actor.userId,
                          c.state,
                          c.state,
                          {}});
    ++after.version;
    return after;
}

QString courierStatusId(CourierStatus status)
{
    switch (status) {
    case CourierStatus::PickedUp:
        return QStringLiteral("picked-up");
    case CourierStatus::InTransit:
        return QStringLiteral("in-transit");
    case CourierStatus::Delivered:
        return QStringLiteral("delivered");
    }
    return {};
}

std::optional<CourierStatus> courierStatusFromId(QStringView id)
{
    for (CourierStatus status :
         {CourierStatus::PickedUp, CourierStatus::InTransit, CourierStatus::Delivered}) {
        if (id == courierStatusId(status))
            return status;
    }
    return std::nullopt;
}

Result<Case> Workflow::recordCourierStatus(
    const Case &c, const Actor &actor, const QString &tracking, CourierStatus status, QDate today)
{
    if (actor.role != R::System) {
        return fail(QStringLiteral("workflow.role"),
                    DomainTr::tr("Only the courier service reports where the originals are."));
    }
    if (c.state != S::InCourier) {
        return fail(QStringLiteral("workflow.state"),
                    DomainTr::tr("The originals are not with the courier while the case is "
                                 "\"%1\".")
                        .arg(caseStateTitle(c.state)));
    }
    if (tracking.trimmed() != c.courierTracking) {
        return fail(QStringLiteral("workflow.tracking"),
                    DomainTr::tr("The tracking number \"%1\" is not this case's (\"%2\").")
                        .arg(tracking, c.courierTracking));
    }
    Case after = c;
    after.history.append({QStringLiteral("courier-") + courierStatusId(status),
                          today,
                          actor.role,
                          actor.userId,
                          c.state,
                          c.state,
                          {}});
    ++after.version;
    return after;
}

} // namespace Kezek
