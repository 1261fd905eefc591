#include "core/domain/workflow.h"

#include "core/domain/displaydate.h"
#include "core/domain/domaintr.h"
#include "core/domain/queues.h"
#include "core/domain/workflowsteps.h"

#include <QStringList>

#include <algorithm>

namespace Kezek {

using namespace WorkflowSteps;

namespace {

using enum Action;
using S = CaseState;
using R = Role;

// The rules of the order, in the order of Action; each names its step
// (workflowsteps.h).
const QList<TransitionRule> Rules = {
    {Receive, "receive", {}, S::Received, {R::System}, "§11", nullptr},
    {ReturnForRework,
     "return-for-rework",
     {S::Received},
     S::ReturnedForRework,
     {R::MigrationOfficer},
     "§12",
     returnForRework},
    {Resubmit, "resubmit", {S::ReturnedForRework}, S::Received, {R::System}, "§12", resubmit},
    {DeleteAfterRework,
     "delete-after-rework",
     {S::ReturnedForRework},
     S::Deleted,
     {R::System},
     "§12",
     deleteAfterRework},
    {Register,
     "register",
     {S::Received},
     S::Registered,
     {R::MigrationOfficer},
     "§12",
     registerCase},
    {SendToNsc,
     "send-to-nsc",
     {S::Registered},
     S::WithNsc,
     {R::MigrationOfficer},
     "§14",
     sendToNsc},
    {RecordNscAnswer,
     "record-nsc-answer",
     {S::WithNsc},
     S::DecisionDue,
     {R::System},
     "§15",
     recordNscAnswer},
    {ApprovePreliminarily,
     "approve-preliminarily",
     {S::DecisionDue},
     S::PreliminarilyApproved,
     {R::MigrationOfficer},
     "§17-19",
     approvePreliminarily},
    {RefusePreliminarily,
     "refuse-preliminarily",
     {S::DecisionDue},
     S::PreliminarilyRefused,
     {R::MigrationOfficer},
     "§17-19",
     refusePreliminarily},
    {AnnulApproval,
     "annul-approval",
     {S::PreliminarilyApproved},
     S::ApprovalAnnulled,
     {R::System},
     "§19",
     annulApproval},
    {RecordCscVisit,
     "record-csc-visit",
     {S::PreliminarilyApproved},
     S::AtCsc,
     {R::CscOperator},
     "§20-21",
     recordCscVisit},
    {DeclineAtCsc,
     "decline-at-csc",
     {S::AtCsc},
     S::PreliminarilyApproved,
     {R::CscOperator},
     "§21",
     declineAtCsc},
    {RegisterFinalApplication,
     "register-final-application",
     {S::AtCsc},
     S::FinalRegistered,
     {R::CscOperator},
     "§21",
     registerFinalApplication},
    {DispatchCourier,
     "dispatch-courier",
     {S::FinalRegistered},
     S::InCourier,
     {R::CscOperator},
     "§21",
     dispatchCourier},
    {ReceiveOriginals,
     "receive-originals",
     {S::InCourier},
     S::FinalVerification,
     {R::MigrationOfficer},
     "§22",
     receiveOriginals},
    {GrantFinal,
     "grant-final",
     {S::FinalVerification},
     S::Granted,
     {R::MigrationOfficer},
     "§22-23",
     grantFinal},
    {RefuseFinal,
     "refuse-final",
     {S::FinalVerification},
     S::FinalRefused,
     {R::MigrationOfficer},
     "§22-24",
     refuseFinal},
    {IssueResidencePermit,
     "issue-residence-permit",
     {S::Granted},
     S::PermitIssued,
     {R::CscOperator},
     "§25-27",
     issueResidencePermit},
    // The applicant may withdraw the application at any stage before the
    // permit is granted; the case closes without a ban.
    {Withdraw,
     "withdraw",
     {S::Received,
      S::ReturnedForRework,
      S::Registered,
      S::WithNsc,
      S::DecisionDue,
      S::PreliminarilyApproved,
      S::AtCsc,
      S::FinalRegistered,
      S::InCourier,
      S::FinalVerification},
     S::Withdrawn,
     {R::System},
     "—",
     withdraw},
    // A refusal or an annulment made in error: the supervisor revokes it, the
    // case goes back to where that step found it (revokeDecision() sets the state).
    {RevokeDecision,
     "revoke-decision",
     {S::PreliminarilyRefused, S::ApprovalAnnulled, S::FinalRefused},
     S::DecisionDue,
     {R::Supervisor},
     "§19, §24",
     revokeDecision},
};

bool isOfficeBound(Role role)
{
    return role == R::MigrationOfficer || role == R::CscOperator || role == R::Supervisor;
}

// The step's own guard and effects, chosen by its rule, on a copy that is
// already in the new state (the shared guards are mayAttempt()'s).
Result<void> perform(Case &c,
                     const Actor &actor,
                     const ActionInput &input,
                     const WorkflowContext &context,
                     QList<Notice> &notices)
{
    const StepFunction step = Rules.at(static_cast<int>(input.action)).step;
    if (!step)
        return {}; // Receive: handled by Workflow::receive()
    return step(c, StepInput{actor, input, context}, notices);
}

} // namespace

bool WorkflowSteps::mayEditChecklist(const Case &c,
                                     Role role,
                                     ChecklistKind kind,
                                     DocumentCommand command)
{
    switch (kind) {
    case ChecklistKind::Preliminary:
        if (role == R::System)
            return command == DocumentCommand::Submit
                   && (c.state == S::Received || c.state == S::ReturnedForRework);
        return role == R::MigrationOfficer && c.state == S::Received;
    case ChecklistKind::CscComparison:
        return role == R::CscOperator && c.state == S::AtCsc;
    case ChecklistKind::OriginalsVerification:
        return role == R::MigrationOfficer && c.state == S::FinalVerification;
    case ChecklistKind::Registration:
        return role == R::CscOperator && c.state == S::Granted;
    }
    return false;
}

Result<void> WorkflowSteps::checkOffice(const Case &c, const Actor &actor)
{
    if (isOfficeBound(actor.role) && actor.city != c.city) {
        return fail(QStringLiteral("workflow.jurisdiction"),
                    DomainTr::tr("This case belongs to %1; your office cannot act on it.")
                        .arg(cityTitle(c.city)));
    }
    return {};
}

const QList<TransitionRule> &Workflow::rules()
{
    return Rules;
}

const TransitionRule &Workflow::rule(Action action)
{
    return Rules.at(static_cast<int>(action));
}

QString Workflow::actionId(Action action)
{
    return QString::fromLatin1(rule(action).id);
}

std::optional<Action> Workflow::actionFromId(QStringView id)
{
    for (const TransitionRule &r : Rules) {
        if (id == QLatin1StringView(r.id))
            return r.action;
    }
    return std::nullopt;
}

const Decision *Workflow::decisionOfStep(const Case &c, qsizetype historyIndex)
{
    if (historyIndex < 0 || historyIndex >= c.history.size())
        return nullptr;
    const auto decides = [](const HistoryEntry &entry) {
        const auto action = actionFromId(entry.action);
        return action && makesDecision(*action);
    };
    if (!decides(c.history.at(historyIndex)))
        return nullptr;
    const auto before
        = std::count_if(c.history.cbegin(), c.history.cbegin() + historyIndex, decides);
    if (before >= c.decisions.size())
        return nullptr;
    const Decision &decision = c.decisions.at(before);
    const HistoryEntry &step = c.history.at(historyIndex);
    // A case cut short by retention keeps no decisions to pair: say nothing
    // rather than the wrong one.
    if (decision.date != step.date || decision.userId != step.userId)
        return nullptr;
    return &decision;
}

bool Workflow::makesDecision(Action action)
{
    switch (action) {
    case Action::ReturnForRework:
    case Action::ApprovePreliminarily:
    case Action::RefusePreliminarily:
    case Action::DeclineAtCsc:
    case Action::GrantFinal:
    case Action::RefuseFinal:
    case Action::RevokeDecision:
        return true;
    default:
        return false;
    }
}

ChecklistKind Workflow::checklistOfState(CaseState state)
{
    switch (state) {
    case S::AtCsc:
    case S::FinalRegistered:
    case S::InCourier:
        return ChecklistKind::CscComparison;
    case S::FinalVerification:
    case S::FinalRefused:
        return ChecklistKind::OriginalsVerification;
    case S::Granted:
    case S::PermitIssued:
        return ChecklistKind::Registration;
    default:
        return ChecklistKind::Preliminary;
    }
}

bool Workflow::leavesDesk(const Case &c, const Actor &actor)
{
    return availableActions(c, actor).isEmpty() && !workedChecklist(c, actor);
}

std::optional<ChecklistKind> Workflow::workedChecklist(const Case &c, const Actor &actor)
{
    if (!checkOffice(c, actor))
        return std::nullopt;
    const ChecklistKind kind = checklistOfState(c.state);
    if (mayEditChecklist(c, actor.role, kind, DocumentCommand::Verify))
        return kind;
    return std::nullopt;
}

ActionForm Workflow::form(Action action)
{
    switch (action) {
    case Action::ReturnForRework:
        return {ReasonUse::Return, true, {}, false};
    case Action::RefusePreliminarily:
        return {ReasonUse::PreliminaryRefusal, false, {}, false};
    case Action::DeclineAtCsc:
        return {ReasonUse::CscDecline, true, {}, false};
    case Action::RefuseFinal:
        return {ReasonUse::FinalRefusal, false, {}, false};
    case Action::Register:
        return {{}, false, DomainTr::tr("case number in the migration police system"), true};
    case Action::ApprovePreliminarily:
    case Action::RecordCscVisit:
        return {{}, false, DomainTr::tr("preliminary permit number"), false};
    case Action::DispatchCourier:
        return {{}, false, DomainTr::tr("courier tracking number"), false};
    case Action::IssueResidencePermit:
        return {{}, false, DomainTr::tr("residence permit number"), false};
    case Action::RevokeDecision:
        return {{}, false, {}, false, true};
    default:
        return {};
    }
}

QString Workflow::actionTitle(Action action)
{
    switch (action) {
    case Receive:
        return DomainTr::tr("Receive application");
    case ReturnForRework:
        return DomainTr::tr("Return for rework");
    case Resubmit:
        return DomainTr::tr("Resubmit after rework");
    case DeleteAfterRework:
        return DomainTr::tr("Delete application (not reworked)");
    case Register:
        return DomainTr::tr("Register in the migration police system");
    case SendToNsc:
        return DomainTr::tr("Send to NSC through Berkut");
    case RecordNscAnswer:
        return DomainTr::tr("Record the NSC answer");
    case ApprovePreliminarily:
        return DomainTr::tr("Approve preliminarily");
    case RefusePreliminarily:
        return DomainTr::tr("Refuse preliminarily");
    case AnnulApproval:
        return DomainTr::tr("Annul the preliminary approval");
    case RecordCscVisit:
        return DomainTr::tr("Record the applicant's visit");
    case DeclineAtCsc:
        return DomainTr::tr("Decline the final application");
    case RegisterFinalApplication:
        return DomainTr::tr("Register the final application");
    case DispatchCourier:
        return DomainTr::tr("Send originals by courier");
    case ReceiveOriginals:
        return DomainTr::tr("Receive the originals");
    case GrantFinal:
        return DomainTr::tr("Grant the permit");
    case RefuseFinal:
        return DomainTr::tr("Refuse the permit");
    case IssueResidencePermit:
        return DomainTr::tr("Record the residence permit issued");
    case Withdraw:
        return DomainTr::tr("Withdraw the application (applicant, eGov)");
    case RevokeDecision:
        return DomainTr::tr("Revoke the decision made in error");
    }
    return {};
}

Result<void> Workflow::mayAttempt(const Case &c, const Actor &actor, Action action)
{
    const TransitionRule &r = rule(action);
    if (!r.roles.contains(actor.role)) {
        return fail(QStringLiteral("workflow.role"),
                    DomainTr::tr("The role \"%1\" cannot \"%2\".")
                        .arg(roleTitle(actor.role), actionTitle(action)));
    }
    if (auto ok = checkOffice(c, actor); !ok)
        return ok;
    if (!r.from.contains(c.state)) {
        return fail(QStringLiteral("workflow.state"),
                    DomainTr::tr("\"%1\" is not possible while the case is \"%2\".")
                        .arg(actionTitle(action), caseStateTitle(c.state)));
    }
    return {};
}

QList<Action> Workflow::availableActions(const Case &c, const Actor &actor)
{
    QList<Action> result;
    for (const TransitionRule &r : Rules) {
        if (!r.from.isEmpty() && mayAttempt(c, actor, r.action))
            result.append(r.action);
    }
    return result;
}

Result<Outcome> Workflow::apply(const Case &c,
                                const Actor &actor,
                                const ActionInput &input,
                                const WorkflowContext &context)
{
    if (input.action == Receive) {
        return fail(QStringLiteral("workflow.receive"),
                    DomainTr::tr("A new application is received, not applied to a case."));
    }
    if (!input.today.isValid()) {
        return fail(QStringLiteral("workflow.date"),
                    DomainTr::tr("The date of the step is missing."));
    }
    if (auto ok = mayAttempt(c, actor, input.action); !ok)
        return std::unexpected(ok.error());

    Outcome outcome{c, {}};
    Case &after = outcome.after;
    const CaseState from = c.state;
    after.state = rule(input.action).to;
    if (auto ok = perform(after, actor, input, context, outcome.notices); !ok)
        return std::unexpected(ok.error());
    after.notices.append(outcome.notices);
    after.history.append(
        {actionId(input.action), input.today, actor.role, actor.userId, from, after.state, {}});
    ++after.version;
    return outcome;
}

Result<Outcome> Workflow::receive(const NewApplication &application,
                                  const Actor &actor,
                                  QDate today,
                                  std::optional<QDate> bannedUntil)
{
    if (actor.role != R::System) {
        return fail(QStringLiteral("workflow.role"),
                    DomainTr::tr("Applications arrive only through the eGov integration."));
    }
    if (!today.isValid()) {
        return fail(QStringLiteral("workflow.date"),
                    DomainTr::tr("The date of the step is missing."));
    }
    if (application.id.isEmpty() || application.number.isEmpty()) {
        return fail(QStringLiteral("workflow.application-id"),
                    DomainTr::tr("The application has no identifier or number."));
    }
    if (auto iin = parseIin(application.applicant.iin); !iin)
        return std::unexpected(iin.error());
    // §19, §24: no new application within a year of a refusal or an annulled approval.
    if (bannedUntil && today <= *bannedUntil) {
        return fail(QStringLiteral("workflow.banned"),
                    DomainTr::tr("The applicant may not apply again until after %1 (§19, §24).")
                        .arg(displayDate(*bannedUntil)));
    }

    // Filed before it arrived: never on a day still to come.
    if (application.filedAt.isValid() && kazakhstanDate(application.filedAt) > today) {
        return fail(QStringLiteral("workflow.filed-in-future"),
                    DomainTr::tr("The application says it was filed on %1, after today (%2).")
                        .arg(displayDate(kazakhstanDate(application.filedAt)), displayDate(today)));
    }

    Outcome outcome;
    Case &c = outcome.after;
    c.id = application.id;
    c.filedAt = application.filedAt;
    c.number = application.number;
    c.city = application.city;
    c.applicant = application.applicant;
    c.receivedOn = today;
    c.state = S::Received;
    for (const auto &[type, facts] : application.documents) {
        if (auto ok = c.preliminaryDocuments.submit(type, facts); !ok)
            return std::unexpected(ok.error());
    }
    // §12: registration within two working days; §16: the whole review in 45 days.
    startClock(c, ClockKind::Registration, today);
    startClock(c, ClockKind::Review, today);
    c.history.append(
        {actionId(Receive), today, actor.role, actor.userId, S::Received, S::Received, {}});
    return outcome;
}

bool Workflow::maySee(const Actor &actor, const Case &c)
{
    return maySeeCity(actor, c.city);
}

bool Workflow::maySeeCity(const Actor &actor, City city)
{
    if (actor.role == R::System || actor.role == R::MinistryReviewer)
        return true;
    return isOfficeBound(actor.role) && actor.city == city;
}

std::optional<City> Workflow::onlyCitySeen(const Actor &actor)
{
    if (actor.role == R::System || actor.role == R::MinistryReviewer || !isOfficeBound(actor.role))
        return std::nullopt;
    return actor.city;
}

bool Workflow::mayClaim(const Actor &actor, const Case &c)
{
    return isOfficeBound(actor.role) && actor.city == c.city;
}

Result<void> Workflow::mayAssign(const Actor &supervisor, const Case &c, const Actor &assignee)
{
    if (supervisor.role != R::Supervisor) {
        return fail(QStringLiteral("workflow.role"),
                    DomainTr::tr("Only a supervisor gives a case to someone else."));
    }
    if (auto ok = checkOffice(c, supervisor); !ok)
        return ok;
    if ((assignee.role != R::MigrationOfficer && assignee.role != R::CscOperator)
        || assignee.city != c.city) {
        return fail(QStringLiteral("workflow.assignee"),
                    DomainTr::tr("%1 cannot work this case: it goes to a migration officer or a "
                                 "CSC operator of %2.")
                        .arg(assignee.userId, cityTitle(c.city)));
    }
    const QList<Role> desk = deskRoles(c.state);
    if (desk.isEmpty()) {
        return fail(QStringLiteral("workflow.assignee-closed"),
                    DomainTr::tr("The case is \"%1\": nobody works it any more, so it goes to "
                                 "no one.")
                        .arg(caseStateTitle(c.state)));
    }
    if (!desk.contains(assignee.role)) {
        QStringList titles;
        for (Role role : desk)
            titles.append(roleTitle(role));
        return fail(QStringLiteral("workflow.assignee-stage"),
                    DomainTr::tr("While the case is \"%1\", the role \"%2\" works it; %3 "
                                 "(\"%4\") has no step on it.")
                        .arg(caseStateTitle(c.state),
                             titles.join(QStringLiteral(", ")),
                             assignee.userId,
                             roleTitle(assignee.role)));
    }
    return {};
}

bool Workflow::worksCases(Role role)
{
    return isOfficeBound(role);
}

namespace {

// The migration officers' and CSC operators' roles among a step's.
void addOfficeRoles(const TransitionRule &r, QList<Role> &roles)
{
    for (Role role : r.roles) {
        if ((role == R::MigrationOfficer || role == R::CscOperator) && !roles.contains(role))
            roles.append(role);
    }
}

} // namespace

QList<Role> Workflow::deskRoles(CaseState state)
{
    QList<Role> roles;
    for (const TransitionRule &r : Rules) {
        if (r.from.contains(state))
            addOfficeRoles(r, roles);
    }
    if (!roles.isEmpty() || isFinalState(state))
        return roles;
    // Waiting for an integration: the case is the desk's its answer leads to.
    for (const TransitionRule &waiting : Rules) {
        if (!waiting.from.contains(state) || !waiting.roles.contains(R::System)
            || isFinalState(waiting.to) || waiting.to == state)
            continue;
        for (const TransitionRule &next : Rules) {
            if (next.from.contains(waiting.to))
                addOfficeRoles(next, roles);
        }
    }
    return roles;
}

namespace {

// The day the CSC registered the final application (§21): its step's date.
QDate registeredOn(const Case &c)
{
    for (auto entry = c.history.crbegin(); entry != c.history.crend(); ++entry) {
        if (entry->action == Workflow::actionId(RegisterFinalApplication))
            return entry->date;
    }
    return c.cscVisitOn;
}

} // namespace

Result<void> Workflow::mayArrive(const Case &c, QDate today, const BusinessCalendar &calendar)
{
    auto lastDecision = [&] {
        return c.decisions.isEmpty() ? QDate() : c.decisions.last().date;
    };
    auto banned = [&] {
        const std::optional<QDate> until = c.bannedUntil(calendar);
        return until ? DomainTr::tr(" A new application is possible only after %1 (§19, §24).")
                           .arg(displayDate(*until))
                     : QString();
    };
    switch (c.state) {
    case S::PreliminarilyApproved: {
        const DeadlineClock *validity = c.clock(ClockKind::ApprovalValidity);
        const QDate due = validity ? validity->dueDate(calendar, today) : QDate();
        if (validity && !validity->isStopped() && today > due) {
            return std::unexpected(
                guard("workflow.approval-lapsed",
                      DomainTr::tr("The preliminary approval lapsed on %1: the applicant did "
                                   "not come within 30 calendar days (§19).")
                          .arg(displayDate(due))));
        }
        return {};
    }
    case S::AtCsc:
        return {};
    case S::ApprovalAnnulled:
        return std::unexpected(
            guard("workflow.approval-lapsed",
                  DomainTr::tr("The preliminary approval lapsed unused and was annulled (§19).")
                      + banned()));
    case S::PreliminarilyRefused:
    case S::FinalRefused:
        return std::unexpected(guard(
            "workflow.refused",
            DomainTr::tr("The application was refused on %1.").arg(displayDate(lastDecision()))
                + banned()));
    case S::FinalRegistered:
        return std::unexpected(
            guard("workflow.already-registered",
                  DomainTr::tr("The final application was registered on %1; the originals "
                               "wait at the CSC for the courier.")
                      .arg(displayDate(registeredOn(c)))));
    case S::InCourier:
        return std::unexpected(
            guard("workflow.already-registered",
                  DomainTr::tr("The final application was registered on %1; the originals "
                               "are with the courier on their way to the migration service.")
                      .arg(displayDate(registeredOn(c)))));
    case S::FinalVerification:
        return std::unexpected(
            guard("workflow.already-registered",
                  DomainTr::tr("The final application was registered on %1; the originals "
                               "are with the migration service.")
                      .arg(displayDate(registeredOn(c)))));
    case S::Withdrawn:
        return std::unexpected(
            guard("workflow.withdrawn",
                  DomainTr::tr("The applicant withdrew the application on %1.")
                      .arg(displayDate(c.history.isEmpty() ? QDate() : c.history.last().date))));
    case S::Granted:
    case S::PermitIssued:
        return std::unexpected(
            guard("workflow.already-granted",
                  DomainTr::tr("The permit was granted on %1: this is the residence permit "
                               "desk's case (§25-26).")
                      .arg(displayDate(lastDecision()))));
    case S::Received:
    case S::ReturnedForRework:
    case S::Deleted:
    case S::Registered:
    case S::WithNsc:
    case S::DecisionDue:
        break;
    }
    return std::unexpected(
        guard("workflow.not-approved",
              DomainTr::tr("The application has no preliminary approval: it is \"%1\".")
                  .arg(caseStateTitle(c.state))));
}

std::optional<TimedStep> Workflow::timedStep(const Case &c, const BusinessCalendar &calendar)
{
    const auto dueAfter = [&c, &calendar](ClockKind kind) -> std::optional<QDate> {
        const DeadlineClock *clock = c.clock(kind);
        if (!clock || clock->isStopped())
            return std::nullopt;
        return clock->dueDate(calendar, clock->started()).addDays(1);
    };
    if (c.state == S::ReturnedForRework) {
        if (const auto due = dueAfter(ClockKind::Rework))
            return TimedStep{DeleteAfterRework, *due};
    }
    if (c.state == S::PreliminarilyApproved) {
        if (const auto due = dueAfter(ClockKind::ApprovalValidity))
            return TimedStep{AnnulApproval, *due};
    }
    return std::nullopt;
}

std::optional<QDate> Workflow::reapplicationBannedUntil(const QList<Case> &applicantCases,
                                                        const BusinessCalendar &calendar,
                                                        std::optional<QDate> today)
{
    std::optional<QDate> latest;
    const auto consider = [&latest](std::optional<QDate> until) {
        if (until && (!latest || *until > *latest))
            latest = until;
    };
    for (const Case &c : applicantCases) {
        consider(c.bannedUntil(calendar));
        // §19: lapsed is lapsed, whether or not the annulment has run yet; the
        // year counts from the approval decision.
        const auto step = timedStep(c, calendar);
        if (today && step && step->action == AnnulApproval && *today >= step->due) {
            const DeadlineClock ban(ClockKind::ReapplyBan, c.preliminaryDecisionOn);
            consider(ban.dueDate(calendar, c.preliminaryDecisionOn));
        }
    }
    return latest;
}

} // namespace Kezek
