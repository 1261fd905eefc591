#include "core/domain/queues.h"

#include "core/domain/domaintr.h"

#include <QDateTime>

namespace Kezek {

QList<QueueDefinition> queuesFor(Role role)
{
    using S = CaseState;
    const QList<CaseState> decided{S::Deleted,
                                   S::PreliminarilyRefused,
                                   S::ApprovalAnnulled,
                                   S::Granted,
                                   S::FinalRefused,
                                   S::PermitIssued,
                                   S::Withdrawn};
    switch (role) {
    case Role::MigrationOfficer:
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
             DomainTr::tr("Overdue"),
             {S::Received, S::Registered, S::WithNsc, S::DecisionDue, S::FinalVerification},
             true},
        };
    case Role::CscOperator:
        return {
            {QStringLiteral("arrivals"), DomainTr::tr("Arrivals"), {S::PreliminarilyApproved}},
            {QStringLiteral("comparison"), DomainTr::tr("Comparison"), {S::AtCsc}},
            {QStringLiteral("courier"), DomainTr::tr("Courier"), {S::FinalRegistered}},
            {QStringLiteral("permits"), DomainTr::tr("Residence permits"), {S::Granted}},
            {QStringLiteral("overdue"), DomainTr::tr("Overdue"), {S::AtCsc}, true},
        };
    case Role::MinistryReviewer:
        // The petitions the ministry signed, by what became of them.
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
             {S::Deleted,
              S::PreliminarilyRefused,
              S::ApprovalAnnulled,
              S::FinalRefused,
              S::Withdrawn}},
        };
    case Role::Supervisor:
    case Role::Administrator:
    case Role::System:
        break;
    }
    QList<QueueDefinition> everything{{QStringLiteral("all"), DomainTr::tr("All cases"), {}}};
    everything.first().states = allCaseStates();
    if (role == Role::Supervisor) {
        // The city's overdue duties, the officers' and the CSC desks' alike,
        // first: the supervisor's to chase.
        everything.append({QStringLiteral("overdue"),
                           DomainTr::tr("Overdue"),
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

QDate kazakhstanDate(const QDateTime &utc)
{
    return utc.toUTC().addSecs(qint64(5) * 3600).date();
}

} // namespace Kezek
