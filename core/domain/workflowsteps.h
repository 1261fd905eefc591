#pragma once

// The workflow's own parts, shared by its files and by nothing else. The
// machine and its rules table are in workflow.cpp, what is recorded on a case
// without a step in workflowrecords.cpp; each step of the law is a function of
// its own, in a file by phase of the order:
//   workflowintake.cpp       intake, registration, checks and NSC (§11-16)
//   workflowpreliminary.cpp  the preliminary decision (§17-19)
//   workflowfinal.cpp        the CSC, the final decision, the permit (§20-27)
//   workflowotherends.cpp    the case's other ends: withdrawal, revocation

#include "core/domain/workflow.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Kezek {

// Who takes the step, what they bring, and the calendar and catalogs it is
// judged by.
struct StepInput
{
    const Actor &actor;
    const ActionInput &input;
    const WorkflowContext &context;
};

namespace WorkflowSteps {

// The machine's guards that facts recorded on a case share (workflow.cpp): the
// case's office, and which checklist a role works in which state.
Result<void> checkOffice(const Case &c, const Actor &actor);
bool mayEditChecklist(const Case &c, Role role, ChecklistKind kind, DocumentCommand command);

// A day in a message to a person: dd.MM.yyyy, as every screen writes it.
QString dayText(QDate date);
QString documentList(const QList<DocumentType> &types);
Error guard(const char *code, const QString &message);

// The guards steps are made of: the record checks answered (and, with
// `clear`, none of them found a record), a refusal's reasons true to the
// record, a checklist verified in full, a reference number entered.
Result<void>
requireChecks(const Case &c, CheckPhase phase, const QList<CheckKind> &kinds, bool clear);
Result<void>
requireReasonsMatchTheRecord(const Case &c, CheckPhase phase, const QStringList &reasonCodes);
Result<void> requireComplete(const Checklist &checklist);
Result<void> requireReference(const ActionInput &input, QString what);

// And their effects: the clocks, the notice to the applicant, the decision.
void startClock(Case &c, ClockKind kind, QDate day);
void stopClock(Case &c, ClockKind kind, QDate day);
Notice notice(const Case &c, NoticeKind kind, const ActionInput &input);
Decision decision(DecisionKind kind, const ActionInput &input, const Actor &actor);

// §19: what a preliminary approval tells the applicant to bring after arrival.
inline const QList<DocumentType> DocumentsToBring = {DocumentType::FingerprintCertificate,
                                                     DocumentType::MedicalCertificate,
                                                     DocumentType::HousingContract};

// The steps, named in the rules table; each one's § is with its definition.

// workflowintake.cpp, §11-16
Result<void> returnForRework(Case &c, const StepInput &in, QList<Notice> &notices);
Result<void> resubmit(Case &c, const StepInput &in, QList<Notice> &notices);
Result<void> deleteAfterRework(Case &c, const StepInput &in, QList<Notice> &notices);
Result<void> registerCase(Case &c, const StepInput &in, QList<Notice> &notices);
Result<void> sendToNsc(Case &c, const StepInput &in, QList<Notice> &notices);
Result<void> recordNscAnswer(Case &c, const StepInput &in, QList<Notice> &notices);

// workflowpreliminary.cpp, §17-19
Result<void> approvePreliminarily(Case &c, const StepInput &in, QList<Notice> &notices);
Result<void> refusePreliminarily(Case &c, const StepInput &in, QList<Notice> &notices);
Result<void> annulApproval(Case &c, const StepInput &in, QList<Notice> &notices);

// workflowfinal.cpp, §20-27
Result<void> recordCscVisit(Case &c, const StepInput &in, QList<Notice> &notices);
Result<void> declineAtCsc(Case &c, const StepInput &in, QList<Notice> &notices);
Result<void> registerFinalApplication(Case &c, const StepInput &in, QList<Notice> &notices);
Result<void> dispatchCourier(Case &c, const StepInput &in, QList<Notice> &notices);
Result<void> receiveOriginals(Case &c, const StepInput &in, QList<Notice> &notices);
Result<void> grantFinal(Case &c, const StepInput &in, QList<Notice> &notices);
Result<void> refuseFinal(Case &c, const StepInput &in, QList<Notice> &notices);
Result<void> issueResidencePermit(Case &c, const StepInput &in, QList<Notice> &notices);

// workflowotherends.cpp
Result<void> withdraw(Case &c, const StepInput &in, QList<Notice> &notices);
Result<void> revokeDecision(Case &c, const StepInput &in, QList<Notice> &notices);

} // namespace WorkflowSteps

} // namespace Kezek
