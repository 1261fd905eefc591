#include "core/domain/queues.h"

#include "core/domain/domaintr.h"

#include <QDateTime>

namespace Kezek {

namespace {

using S = CaseState;

// A migration officer's desk, by the order's steps, then what is decided and
// what is overdue.
QList<QueueDefinition> officerQueues()
{
    const QList<CaseState> decided{S::Deleted,
                                   S::PreliminarilyRefused,
                                   S::ApprovalAnnulled,
                                   S::Granted,
                                   S::FinalRefused,
                                   S::PermitIssued,
                                   S::Withdrawn};
    return {
        {QStringLiteral("registration-due"),
         DomainTr::tr("New applications (registration due)"),
         {S::Received}},
        {QStringLiteral("checks"), DomainTr::tr("Record checks"), {S::Registered}},
        {QStringLiteral("with-nsc"), DomainTr::tr("With NSC"), {S::WithNsc}},
        {QStringLiteral("decision-due"), DomainTr::tr("Decision due"), {S::DecisionDue}},
        {QStringLiteral("returned"),
         DomainTr::tr("Returned to the applicant"),
         {S::ReturnedForRework}},
        {QStringLiteral("awaiting-arrival"),
         DomainTr::tr("Awaiting arrival"),
         {S::PreliminarilyApproved, S::AtCsc, S::FinalRegistered, S::InCourier}},
        {QStringLiteral("final-verification"),
         DomainTr::tr("Final verification"),
         {S::FinalVerification}},
        {QStringLiteral("decided"), DomainTr::tr("Decided"), decided},
        {QStringLiteral("overdue"),
         DomainTr::tr("Overdue or due soon"),
         {S::Received, S::Registered, S::WithNsc, S::DecisionDue, S::FinalVerification},
         true},
    };
}

QList<QueueDefinition> cscQueues()
{
    return {
        {QStringLiteral("arrivals"), DomainTr::tr("Arrivals"), {S::PreliminarilyApproved}},
        {QStringLiteral("comparison"), DomainTr::tr("Comparison"), {S::AtCsc}},
        {QStringLiteral("courier"), DomainTr::tr("Courier"), {S::FinalRegistered}},
        {QStringLiteral("permits"), DomainTr::tr("Residence permits"), {S::Granted}},
        {QStringLiteral("overdue"), DomainTr::tr("Overdue or due soon"), {S::AtCsc}, true},
    };
}

// The petitions the ministry signed, by what became of them.
QList<QueueDefinition> ministryQueues()
{
    return {
        {QStringLiteral("petitions-in-review"),
         DomainTr::tr("Petitions: under review"),
         {S::Received, S::Registered, S::WithNsc, S::DecisionDue, S::ReturnedForRework}},
        {QStringLiteral("petitions-approved"),
         DomainTr::tr("Petitions: preliminarily approved"),
         {S::PreliminarilyApproved,
          S::AtCsc,
          S::FinalRegistered,
          S::InCourier,
          S::FinalVerification}},
        {QStringLiteral("petitions-granted"),
         DomainTr::tr("Petitions: permit granted"),
         {S::Granted, S::PermitIssued}},
        {QStringLiteral("petitions-refused"),
         DomainTr::tr("Petitions: refused, lapsed or withdrawn"),
         {S::Deleted, S::PreliminarilyRefused, S::ApprovalAnnulled, S::FinalRefused, S::Withdrawn}},
    };
}

// The other roles: every case in one queue; a supervisor's desk adds the
// overdue and one queue per state.
QList<QueueDefinition> everyCaseQueues(Role role)
{
    QList<QueueDefinition> everything{{QStringLiteral("all"), DomainTr::tr("All cases"), {}}};
    everything.first().states = allCaseStates();
    if (role == Role::Supervisor) {
        // The city's overdue duties, the officers' and the CSC desks' alike,
        // first: the supervisor's to chase.
        everything.append({QStringLiteral("overdue"),
                           DomainTr::tr("Overdue or due soon"),
                           {S::Received,
                            S::Registered,
                            S::WithNsc,
                            S::DecisionDue,
                            S::AtCsc,
                            S::FinalVerification},
                           true});
        for (CaseState state : allCaseStates())
            everything.append({caseStateId(state), caseStateTitle(state), {state}});
    }
    return everything;
}

} // namespace

QList<QueueDefinition> queuesFor(Role role)
{
    switch (role) {
    case Role::MigrationOfficer:
        return officerQueues();
    case Role::CscOperator:
        return cscQueues();
    case Role::MinistryReviewer:
        return ministryQueues();
    case Role::Supervisor:
    case Role::Administrator:
    case Role::System:
        break;
    }
    return everyCaseQueues(role);
}

QDate kazakhstanDate(const QDateTime &utc)
{
    return utc.toUTC().addSecs(qint64(5) * 3600).date();
}

QDateTime kazakhstanTime(const QDateTime &utc)
{
    return utc.toOffsetFromUtc(5 * 3600);
}

} // namespace Kezek
