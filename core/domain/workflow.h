#pragma once

#include "core/domain/case.h"
#include "core/domain/reasoncatalog.h"

#include <QList>

#include <optional>

namespace Kezek {

// Every step that moves a case from one state to another.
enum class Action {
    Receive,                  // §11, System
    ReturnForRework,          // §12, officer
    Resubmit,                 // §12, System (eGov)
    DeleteAfterRework,        // §12, System (the server, when the period runs out)
    Register,                 // §12, officer
    SendToNsc,                // §14, officer
    RecordNscAnswer,          // §15, System (Berkut)
    ApprovePreliminarily,     // §17-19, officer
    RefusePreliminarily,      // §17-19, officer
    AnnulApproval,            // §19, System (the server, when the period runs out)
    RecordCscVisit,           // §20-21, CSC operator
    DeclineAtCsc,             // §21, CSC operator
    RegisterFinalApplication, // §21, CSC operator
    DispatchCourier,          // §21, CSC operator
    ReceiveOriginals,         // §22, officer
    GrantFinal,               // §22-23, officer
    RefuseFinal,              // §22-24, officer
    IssueResidencePermit,     // §25-27, CSC operator
    // Not steps of the order's phases, but the case's other ends under the
    // general rules of administrative procedure:
    Withdraw,       // the applicant withdraws the application, System (eGov)
    RevokeDecision, // a refusal or an annulment made in error, supervisor
};

// What a step is given besides the case; defined with the steps.
struct StepInput;

// A step's own guard and effects, on a copy of the case already in the rule's
// new state; the notices it sends the applicant go to `notices`. The guards all
// steps share (role, office, state) are Workflow::mayAttempt()'s.
using StepFunction = Result<void> (*)(Case &c, const StepInput &in, QList<Notice> &notices);

struct TransitionRule
{
    Action action;
    const char *id;
    QList<CaseState> from; // empty: creates a case
    CaseState to;
    QList<Role> roles;
    const char *paragraph;
    StepFunction step; // null: Workflow::receive() makes the case
};

// What an actor brings to a step. Fields the step does not use are ignored.
struct ActionInput
{
    Action action = Action::Register;
    QDate today;
    QStringList reasonCodes;
    QString text;
    QList<DocumentType> documentsAtFault;
    // The КҚП АЖ case number (Register), the preliminary permit number
    // (ApprovePreliminarily, RecordCscVisit), the courier tracking number
    // (DispatchCourier), the residence permit number (IssueResidencePermit).
    QString reference;
    std::optional<bool> nscApproved; // RecordNscAnswer
};

struct NewApplication
{
    QString id;
    QString number;
    City city = City::Astana;
    // When the applicant filed it on eGov (UTC); invalid: not said. Kept for
    // reports; the 45-day review (§16) counts from arrival in the workplace.
    QDateTime filedAt;
    Applicant applicant;
    QList<std::pair<DocumentType, DocumentFacts>> documents;
    // The ministry's signed petition (§8), when eGov sends it; the server
    // verifies it before the application is taken.
    std::optional<PetitionSubmission> petition;
};

// A step the law takes by itself once a period has run out, and the day it
// falls due: the first day after the period's last day (§12, §19).
struct TimedStep
{
    Action action = Action::DeleteAfterRework;
    QDate due;

    friend bool operator==(const TimedStep &, const TimedStep &) = default;
};

struct WorkflowContext
{
    const BusinessCalendar &calendar;
    const ReasonCatalog &reasons;
    // §28: the states whose apostille or treaty exempts a document.
    const LegalizationRules *legalization = nullptr;
};

struct Outcome
{
    Case after;
    QList<Notice> notices; // new notices due to the applicant's eGov cabinet
};

// What an officer fills in for an action, so that a form asks for exactly
// what the law needs: reasons from the catalog (§12, §19, §21, §24), the
// documents at fault, a reference number.
struct ActionForm
{
    std::optional<ReasonUse> reasons; // at least one reason of this use
    bool documentsAtFault = false;
    QString referenceLabel; // empty: no reference asked for
    bool referenceOptional = false;
    // The explanation is the act's reasoning and must be written (a revocation).
    bool textRequired = false;
};

enum class DocumentCommand { Submit, Verify, Reject };

// Where the courier says a batch of originals is (§21-22).
enum class CourierStatus { PickedUp, InTransit, Delivered };
QString courierStatusId(CourierStatus status);
std::optional<CourierStatus> courierStatusFromId(QStringView id);

// The case lifecycle of the order as a state machine. Every function is pure: it
// takes a case and returns the changed copy, or an Error naming what the law
// refuses. Client and server both call it: the client to offer an action, the
// server to accept it.
class Workflow
{
public:
    static const QList<TransitionRule> &rules();
    static const TransitionRule &rule(Action action);
    static QString actionId(Action action);
    static std::optional<Action> actionFromId(QStringView id);
    static QString actionTitle(Action action);
    // Whether the step is a decision on the case (a return for rework, a
    // preliminary or final approval or refusal, a CSC decline): those are
    // signed with the officer's digital signature.
    static bool makesDecision(Action action);
    // The decision a step of the case's history made (its reasons, its text),
    // or null when the step decided nothing. Each deciding step appends one
    // decision, so the n-th deciding step made the n-th decision.
    static const Decision *decisionOfStep(const Case &c, qsizetype historyIndex);
    static ActionForm form(Action action);
    // The checklist a case's stage is about (the one to show), and the one the
    // actor may verify and reject documents in now, if any.
    static ChecklistKind checklistOfState(CaseState state);
    static std::optional<ChecklistKind> workedChecklist(const Case &c, const Actor &actor);

    // The steps this actor may try on this case now, by role, office and state;
    // their guards may still refuse (apply() says why).
    static QList<Action> availableActions(const Case &c, const Actor &actor);
    // Role, office and state, without the step's guard.
    static Result<void> mayAttempt(const Case &c, const Actor &actor, Action action);

    static Result<Outcome> apply(const Case &c,
                                 const Actor &actor,
                                 const ActionInput &input,
                                 const WorkflowContext &context);

    // §11: a new application arrives from eGov. `bannedUntil` is the latest ban
    // the applicant's earlier cases put on them (reapplicationBannedUntil()).
    static Result<Outcome> receive(const NewApplication &application,
                                   const Actor &actor,
                                   QDate today,
                                   std::optional<QDate> bannedUntil);

    static Result<Case> updateDocument(const Case &c,
                                       const Actor &actor,
                                       ChecklistKind checklist,
                                       DocumentType type,
                                       DocumentCommand command,
                                       QDate today,
                                       const DocumentFacts &facts = {},
                                       const QString &reason = {},
                                       const QString &scanSha256 = {},
                                       const LegalizationRules *legalization = nullptr);

    // §13, §22: a register's answer, from its integration; an officer enters
    // one by hand only where none came, or corrects one with a written reason:
    // an answer given is never silently overwritten, and every entry is kept.
    static Result<Case> recordCheck(const Case &c,
                                    const Actor &actor,
                                    CheckKind kind,
                                    CheckOutcome outcome,
                                    QDate today,
                                    const QString &reference = {},
                                    const QString &reason = {});

    // §12: the migration police system (КҚП АЖ) gives a received case its
    // number; the officer's registration then uses it.
    static Result<Case>
    assignKqpNumber(const Case &c, const Actor &actor, const QString &number, QDate today);

    // §19-20: Berkut reports the applicant's arrival in Kazakhstan; it is
    // recorded and shown, and keeps nothing by itself.
    static Result<Case> recordArrival(const Case &c,
                                      const Actor &actor,
                                      QDate arrivedOn,
                                      QDate today,
                                      const QString &reference = {});
    // §19, §20(3): the territorial migration office reports the applicant
    // fingerprinted: their first application to the migration service, which
    // keeps the preliminary approval (its 30 days stop), if it comes first.
    static Result<Case> recordFingerprinting(const Case &c,
                                             const Actor &actor,
                                             QDate fingerprintedOn,
                                             QDate today,
                                             const BusinessCalendar &calendar,
                                             const QString &reference = {});

    // A notice reached the applicant's eGov cabinet on `deliveredOn`: the
    // latest notice of that kind not yet delivered is marked so, and a return
    // for rework's five days start again from that day (§12: "хабарламаны
    // алған кезде", on receiving the notice), if it came later than the return.
    static Result<Case> recordNoticeDelivery(
        const Case &c, const Actor &actor, NoticeKind kind, QDate deliveredOn, QDate today);

    // §21-22: the courier reports the originals picked up, on their way or
    // delivered; the officer's receipt is still the officer's step.
    static Result<Case> recordCourierStatus(const Case &c,
                                            const Actor &actor,
                                            const QString &tracking,
                                            CourierStatus status,
                                            QDate today);

    // Who may see a case at all: an office sees its own city's cases (order
    // p.1: the pilot runs per city); integrations see all; the ministry's
    // reviewers see every city's, to follow the petitions they signed
    // (order p.3 gives them the workstation), and act on none; administrators
    // see none.
    static bool maySee(const Actor &actor, const Case &c);
    static bool maySeeCity(const Actor &actor, City city);
    // The one city whose cases the actor sees, for reading only those; none
    // when it sees every city's (or no city's: maySeeCity says which).
    static std::optional<City> onlyCitySeen(const Actor &actor);
    // Who may claim a case to work it: the offices' people, in their city.
    static bool mayClaim(const Actor &actor, const Case &c);
    // Whether the case has left this actor's desk: the law gives them no step
    // and no checklist on it now (a CSC operator's originals went by courier,
    // an officer's decision was made). Their claim on it then ends.
    static bool leavesDesk(const Case &c, const Actor &actor);
    // Whether the role works cases at an office's desk: claims them, sends
    // steps on them, answers for their deadlines. The ministry's reviewers
    // read cases and work none (order p.3); an administrator sees none.
    static bool worksCases(Role role);
    // The office roles that work a case at this stage: those the rules give
    // a step from it; while it waits for an integration (the NSC's answer
    // §14-15, a resubmission §12), those the integration hands it back to.
    // None once the case is closed.
    static QList<Role> deskRoles(CaseState state);
    // A supervisor's reassignment: the case goes to `assignee`, a migration
    // officer or CSC operator of the case's city whose role works the case at
    // its stage (deskRoles()), whoever held it before.
    static Result<void> mayAssign(const Actor &supervisor, const Case &c, const Actor &assignee);

    // §20-21, at the CSC desk: whether an applicant who came with this case's
    // preliminary permit can be taken on now (its approval in force, or the
    // comparison already begun), else why not, plainly: no approval yet,
    // lapsed, refused (with the ban's last day), already registered or granted.
    static Result<void> mayArrive(const Case &c, QDate today, const BusinessCalendar &calendar);

    // The step the law owes this case when its period runs out, if any: the
    // deletion of an application not reworked in time (§12), the annulment of
    // a preliminary approval the applicant did not act on in 30 days (§19).
    static std::optional<TimedStep> timedStep(const Case &c, const BusinessCalendar &calendar);

    // §19, §24: the last day of the latest ban among an applicant's cases. On
    // `today` (when given), an approval whose 30 days have run out bans as if
    // it were annulled already, whether or not the annulment has been taken.
    static std::optional<QDate> reapplicationBannedUntil(const QList<Case> &applicantCases,
                                                         const BusinessCalendar &calendar,
                                                         std::optional<QDate> today = {});
};

} // namespace Kezek
