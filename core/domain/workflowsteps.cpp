#include "core/domain/workflowsteps.h"

#include "core/domain/domaintr.h"

namespace Kezek::WorkflowSteps {

QString dayText(QDate date)
{
    return date.toString(QStringLiteral("dd.MM.yyyy"));
}

QString documentList(const QList<DocumentType> &types)
{
    QStringList titles;
    for (DocumentType type : types)
        titles.append(documentTitle(type));
    return titles.join(QStringLiteral("; "));
}

Error guard(const char *code, const QString &message)
{
    return Error{QString::fromLatin1(code), message};
}

Result<void>
requireChecks(const Case &c, CheckPhase phase, const QList<CheckKind> &kinds, bool clear)
{
    QStringList pending;
    QStringList hits;
    for (CheckKind kind : kinds) {
        const CheckOutcome outcome = c.checkOutcome(phase, kind);
        if (outcome == CheckOutcome::Pending)
            pending.append(checkKindTitle(kind));
        else if (outcome == CheckOutcome::Hit)
            hits.append(checkKindTitle(kind));
    }
    if (!pending.isEmpty()) {
        return std::unexpected(guard("workflow.checks-pending",
                                     DomainTr::tr("These checks have not answered yet: %1.")
                                         .arg(pending.join(QStringLiteral("; ")))));
    }
    if (clear && !hits.isEmpty()) {
        return std::unexpected(guard("workflow.checks-hit",
                                     DomainTr::tr("These checks found a record, so the permit "
                                                  "cannot be approved: %1.")
                                         .arg(hits.join(QStringLiteral("; ")))));
    }
    return {};
}

// §17, §24: a refusal's reason is a fact of the case, not a choice: "NSC did
// not approve" on a case NSC approved, or "a check found a record" where every
// check came back clear, would tell the applicant something untrue.
Result<void>
requireReasonsMatchTheRecord(const Case &c, CheckPhase phase, const QStringList &reasonCodes)
{
    if (reasonCodes.contains(u"NSC-NOT-APPROVED") && c.nscApproved == true) {
        return std::unexpected(guard("workflow.reason-contradicts",
                                     DomainTr::tr("NSC approved this permit: \"NSC did not "
                                                  "approve\" cannot be the reason.")));
    }
    if (reasonCodes.contains(u"RECORDS-HIT")) {
        bool hit = false;
        for (CheckKind kind : {CheckKind::Idb,
                               CheckKind::CriminalRecords,
                               CheckKind::BorderCrossing,
                               CheckKind::Afis})
            hit = hit || c.checkOutcome(phase, kind) == CheckOutcome::Hit;
        if (!hit) {
            return std::unexpected(guard("workflow.reason-contradicts",
                                         DomainTr::tr("No record check found a record on this "
                                                      "case: \"a check found a record\" cannot "
                                                      "be the reason.")));
        }
    }
    return {};
}

Result<void> requireComplete(const Checklist &checklist)
{
    const QList<DocumentType> open = checklist.unverifiedDocuments();
    if (!open.isEmpty()) {
        return std::unexpected(guard(
            "workflow.checklist-incomplete",
            DomainTr::tr("Not every required document is verified: %1.").arg(documentList(open))));
    }
    return {};
}

Result<void> requireReference(const ActionInput &input, QString what)
{
    if (input.reference.trimmed().isEmpty()) {
        return std::unexpected(
            guard("workflow.reference-required", DomainTr::tr("Enter the %1.").arg(what)));
    }
    return {};
}

void startClock(Case &c, ClockKind kind, QDate day)
{
    c.clocks.append(DeadlineClock(kind, day));
}

void stopClock(Case &c, ClockKind kind, QDate day)
{
    if (DeadlineClock *clock = c.clock(kind); clock && !clock->isStopped())
        (void)clock->stop(day);
}

Notice notice(const Case &c, NoticeKind kind, const ActionInput &input)
{
    Notice n;
    n.kind = kind;
    n.date = input.today;
    n.language = c.applicant.language;
    n.reasonCodes = input.reasonCodes;
    n.text = input.text;
    return n;
}

Decision decision(DecisionKind kind, const ActionInput &input, const Actor &actor)
{
    return {kind, input.today, input.reasonCodes, input.text, input.documentsAtFault, actor.userId};
}

} // namespace Kezek::WorkflowSteps
