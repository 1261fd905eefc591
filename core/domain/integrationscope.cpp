#include "core/domain/integrationscope.h"

#include "core/domain/commandkinds.h"

namespace Kezek {

namespace {

QList<IntegrationScope> scopesWithoutCommands()
{
    using enum CaseState;
    // In the order the README and the API document name them.
    const QList<IntegrationScope> scopes{
        // eGov files the applications (its own route) and relays the
        // applicant's resubmission (§12) and withdrawal; it follows where each
        // case stands for the applicant's cabinet, and needs nothing else of it.
        {QStringLiteral("egov"), allCaseStates(), false, false, false, false, false, {}},
        // КҚП АЖ numbers what was received (§12).
        {QStringLiteral("kqp"), {Received}, true, false, false, false, false, {}},
        // Berkut answers for NSC (§15) and reports the border crossing of an
        // approved applicant (§19).
        // A late report still concerns a case at the CSC or annulled.
        {QStringLiteral("nsc"),
         {WithNsc, PreliminarilyApproved, AtCsc, ApprovalAnnulled},
         true,
         false,
         true,
         false,
         false,
         {}},
        // The record checks of §13 and §22, while they are run.
        {QStringLiteral("checks"),
         {Registered, WithNsc, DecisionDue, FinalRegistered, InCourier, FinalVerification},
         true,
         true,
         false,
         false,
         false,
         {}},
        // The courier carries originals between a CSC and a department
        // (§21-22): a tracking number and a city, not a person.
        {QStringLiteral("courier"), {InCourier}, false, false, false, true, false, {}},
        // The territorial migration office: the fingerprinting of §20(3).
        {QStringLiteral("migration"),
         {PreliminarilyApproved, AtCsc, ApprovalAnnulled},
         true,
         false,
         true,
         false,
         false,
         {}},
    };
    return scopes;
}

} // namespace

const QList<IntegrationScope> &integrationScopes()
{
    // The commands each system sends are the command table's (commandkinds.h).
    static const QList<IntegrationScope> scopes = [] {
        QList<IntegrationScope> all = scopesWithoutCommands();
        for (IntegrationScope &scope : all)
            scope.commands = commandsSentBy(scope.id);
        return all;
    }();
    return scopes;
}

const IntegrationScope *integrationScope(QStringView id)
{
    for (const IntegrationScope &scope : integrationScopes()) {
        if (scope.id == id)
            return &scope;
    }
    return nullptr;
}

Case caseForIntegration(const Case &c, const IntegrationScope &scope)
{
    Case seen;
    seen.id = c.id;
    seen.number = c.number;
    seen.city = c.city;
    seen.state = c.state;
    seen.version = c.version;
    seen.receivedOn = c.receivedOn;
    seen.kqpNumber = c.kqpNumber;
    seen.legalBasis = c.legalBasis;
    // The checklists stay as a new case has them: their documents, scans and
    // the MRZ typed from them stay behind.
    if (scope.identity) {
        seen.applicant.surname = c.applicant.surname;
        seen.applicant.givenNames = c.applicant.givenNames;
        seen.applicant.iin = c.applicant.iin;
        seen.applicant.passportNumber = c.applicant.passportNumber;
        seen.applicant.nationality = c.applicant.nationality;
        seen.applicant.birthDate = c.applicant.birthDate;
        seen.applicant.sex = c.applicant.sex;
    }
    seen.applicant.language = c.applicant.language;
    if (scope.checks)
        seen.checks = c.checks;
    if (scope.arrival) {
        seen.preliminaryDecisionOn = c.preliminaryDecisionOn;
        seen.arrivedOn = c.arrivedOn;
        seen.fingerprintedOn = c.fingerprintedOn;
    }
    if (scope.courier) {
        seen.courierTracking = c.courierTracking;
        for (const HistoryEntry &entry : c.history) {
            if (entry.action.startsWith(u"courier-"))
                seen.history.append(entry);
        }
    }
    return seen;
}

} // namespace Kezek
