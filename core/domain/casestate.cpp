#include "core/domain/casestate.h"

#include "core/domain/domaintr.h"

namespace Kezek {

namespace {

using enum CaseState;

struct StateName
{
    CaseState state;
    const char *id;
};

const StateName StateNames[] = {
    {Received, "received"},
    {ReturnedForRework, "returned-for-rework"},
    {Deleted, "deleted"},
    {Registered, "registered"},
    {WithNsc, "with-nsc"},
    {DecisionDue, "decision-due"},
    {PreliminarilyApproved, "preliminarily-approved"},
    {PreliminarilyRefused, "preliminarily-refused"},
    {ApprovalAnnulled, "approval-annulled"},
    {AtCsc, "at-csc"},
    {FinalRegistered, "final-registered"},
    {InCourier, "in-courier"},
    {FinalVerification, "final-verification"},
    {Granted, "granted"},
    {FinalRefused, "final-refused"},
    {PermitIssued, "permit-issued"},
    {Withdrawn, "withdrawn"},
};

} // namespace

QString caseStateId(CaseState state)
{
    return QString::fromLatin1(StateNames[static_cast<int>(state)].id);
}

std::optional<CaseState> caseStateFromId(QStringView id)
{
    for (const StateName &name : StateNames) {
        if (id == QLatin1StringView(name.id))
            return name.state;
    }
    return std::nullopt;
}

const QList<CaseState> &allCaseStates()
{
    static const QList<CaseState> states = [] {
        QList<CaseState> list;
        for (const StateName &name : StateNames)
            list.append(name.state);
        return list;
    }();
    return states;
}

bool isFinalState(CaseState state)
{
    return state == Deleted || state == PreliminarilyRefused || state == ApprovalAnnulled
           || state == FinalRefused || state == PermitIssued || state == Withdrawn;
}

QString caseStateTitle(CaseState state)
{
    switch (state) {
    case Received:
        return DomainTr::tr("New application");
    case ReturnedForRework:
        return DomainTr::tr("Returned to applicant");
    case Deleted:
        return DomainTr::tr("Deleted (not reworked)");
    case Registered:
        return DomainTr::tr("Registered, checks");
    case WithNsc:
        return DomainTr::tr("With NSC");
    case DecisionDue:
        return DomainTr::tr("Decision due");
    case PreliminarilyApproved:
        return DomainTr::tr("Awaiting arrival");
    case PreliminarilyRefused:
        return DomainTr::tr("Preliminarily refused");
    case ApprovalAnnulled:
        return DomainTr::tr("Approval annulled");
    case AtCsc:
        return DomainTr::tr("At the CSC");
    case FinalRegistered:
        return DomainTr::tr("Final application registered");
    case InCourier:
        return DomainTr::tr("Originals in courier");
    case FinalVerification:
        return DomainTr::tr("Final verification");
    case Granted:
        return DomainTr::tr("Permit granted");
    case FinalRefused:
        return DomainTr::tr("Permit refused");
    case PermitIssued:
        return DomainTr::tr("Residence permit issued");
    case Withdrawn:
        return DomainTr::tr("Withdrawn by the applicant");
    }
    return {};
}

QString checkKindId(CheckKind kind)
{
    switch (kind) {
    case CheckKind::Idb:
        return QStringLiteral("idb");
    case CheckKind::CriminalRecords:
        return QStringLiteral("criminal-records");
    case CheckKind::BorderCrossing:
        return QStringLiteral("border-crossing");
    case CheckKind::Afis:
        return QStringLiteral("afis");
    }
    return {};
}

std::optional<CheckKind> checkKindFromId(QStringView id)
{
    for (CheckKind kind :
         {CheckKind::Idb, CheckKind::CriminalRecords, CheckKind::BorderCrossing, CheckKind::Afis}) {
        if (checkKindId(kind) == id)
            return kind;
    }
    return std::nullopt;
}

QString checkKindTitle(CheckKind kind)
{
    switch (kind) {
    case CheckKind::Idb:
        return DomainTr::tr("Integrated data bank (special records)");
    case CheckKind::CriminalRecords:
        return DomainTr::tr("Criminal records");
    case CheckKind::BorderCrossing:
        return DomainTr::tr("State border crossing (Berkut)");
    case CheckKind::Afis:
        return DomainTr::tr("Fingerprint registration (AFIS)");
    }
    return {};
}

QString checkOutcomeId(CheckOutcome outcome)
{
    switch (outcome) {
    case CheckOutcome::Pending:
        return QStringLiteral("pending");
    case CheckOutcome::Clear:
        return QStringLiteral("clear");
    case CheckOutcome::Hit:
        return QStringLiteral("hit");
    }
    return {};
}

std::optional<CheckOutcome> checkOutcomeFromId(QStringView id)
{
    for (CheckOutcome outcome : {CheckOutcome::Pending, CheckOutcome::Clear, CheckOutcome::Hit}) {
        if (checkOutcomeId(outcome) == id)
            return outcome;
    }
    return std::nullopt;
}

} // namespace Kezek
