#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace Kezek {

// Where a case stands in phases 1-3 of the order.
enum class CaseState {
    Received,              // §11: arrived from eGov; registration due (§12)
    ReturnedForRework,     // §12: motivated refusal sent; 5 days to rework
    Deleted,               // §12: not reworked in time
    Registered,            // §12-13: in КҚП АЖ; record checks
    WithNsc,               // §14-15: sent through Berkut for NSC approval
    DecisionDue,           // §17: NSC has answered
    PreliminarilyApproved, // §18-19: notice valid 30 days; awaiting arrival
    PreliminarilyRefused,  // §19: one-year ban
    ApprovalAnnulled,      // §19: no arrival in 30 days; one-year ban
    AtCsc,                 // §20-21: the applicant is at a CSC; comparison
    FinalRegistered,       // §21: final application registered at the CSC
    InCourier,             // §21: originals on their way to the department
    FinalVerification,     // §22: originals received; 3 working days
    Granted,               // §22-23: permanent residence permit granted
    FinalRefused,          // §24: one-year ban
    PermitIssued,          // §25-27: registered, residence permit issued
    Withdrawn,             // the applicant withdrew it through eGov; no ban
};

QString caseStateId(CaseState state);
std::optional<CaseState> caseStateFromId(QStringView id);
QString caseStateTitle(CaseState state);
const QList<CaseState> &allCaseStates();
bool isFinalState(CaseState state);

// The record checks of §13 and §22, answered by the integrations.
enum class CheckKind { Idb, CriminalRecords, BorderCrossing, Afis };
enum class CheckOutcome { Pending, Clear, Hit };

QString checkKindId(CheckKind kind);
std::optional<CheckKind> checkKindFromId(QStringView id);
QString checkKindTitle(CheckKind kind);
QString checkOutcomeId(CheckOutcome outcome);
std::optional<CheckOutcome> checkOutcomeFromId(QStringView id);

} // namespace Kezek
