#include "core/domain/commuting.h"

#include "core/domain/commandkinds.h"
#include "core/domain/domaintr.h"
#include "core/domain/jsonreader.h"

#include <QSet>

namespace Kezek {

namespace {

using enum Action;

const QList<ChecklistKind> AllChecklists = {ChecklistKind::Preliminary,
                                            ChecklistKind::CscComparison,
                                            ChecklistKind::OriginalsVerification,
                                            ChecklistKind::Registration};
const QList<CheckKind> AllChecks
    = {CheckKind::Idb, CheckKind::CriminalRecords, CheckKind::BorderCrossing, CheckKind::Afis};

QString phaseId(CheckPhase phase)
{
    return phase == CheckPhase::Preliminary ? QStringLiteral("preliminary")
                                            : QStringLiteral("final");
}

QString documentPart(ChecklistKind checklist, DocumentType type)
{
    return QStringLiteral("document/%1/%2").arg(checklistKindId(checklist), documentTypeId(type));
}

// Every document of a checklist: a part ending in '/' covers all below it.
QString checklistPart(ChecklistKind checklist)
{
    return QStringLiteral("document/%1/").arg(checklistKindId(checklist));
}

QString checkPart(CheckPhase phase, CheckKind kind)
{
    return QStringLiteral("check/%1/%2").arg(phaseId(phase), checkKindId(kind));
}

QString clockPart(ClockKind kind)
{
    return QStringLiteral("clock/") + clockId(kind);
}

QStringList checkParts(CheckPhase phase, const QList<CheckKind> &kinds)
{
    QStringList parts;
    for (CheckKind kind : kinds)
        parts.append(checkPart(phase, kind));
    return parts;
}

// What each step of the workflow relies on besides the stage it is taken in
// (every step relies on the stage, and every step changes it, so two steps
// never pass each other). The paragraph says why.
QStringList actionReliance(Action action, const CaseCommand &command, const Case &current)
{
    const QList<CheckKind> preliminaryChecks = {CheckKind::Idb, CheckKind::CriminalRecords};
    switch (action) {
    case Receive:
    case Resubmit: // §12: the applicant's own act on their returned application
        return {};
    case ReturnForRework: // §12: the refusal names the documents at fault as they stand
        return {checklistPart(ChecklistKind::Preliminary)};
    case DeleteAfterRework: // §12: only once the five days of rework have run out
        return {clockPart(ClockKind::Rework)};
    case Register: {
        // §12: registered on the documents verified, under the КҚП АЖ number.
        // A number the system gave meanwhile is no clash when the officer
        // registers under that same number, or under none of their own.
        QStringList parts{checklistPart(ChecklistKind::Preliminary)};
        const QString reference = command.payload.value(u"reference").toString().trimmed();
        if (!reference.isEmpty() && reference != current.kqpNumber)
            parts.append(QStringLiteral("kqp-number"));
        return parts;
    }
    case SendToNsc: // §13-14: NSC is asked once the record checks have answered
        return checkParts(CheckPhase::Preliminary, preliminaryChecks);
    case RecordNscAnswer: // §15: the answer to the request that is running
        return {clockPart(ClockKind::Nsc)};
    case ApprovePreliminarily: // §17: on NSC's approval and clear record checks
    case RefusePreliminarily:  // §17-18: a refusal weighs the same answers
        return QStringList{QStringLiteral("nsc-answer")}
               + checkParts(CheckPhase::Preliminary, preliminaryChecks);
    case AnnulApproval: // §19: thirty days without the applicant applying
        return {clockPart(ClockKind::ApprovalValidity),
                QStringLiteral("csc-visit"),
                QStringLiteral("fingerprinting")};
    case RecordCscVisit: // §19-20: the approval in force, its permit number
        return {clockPart(ClockKind::ApprovalValidity), QStringLiteral("preliminary-permit")};
    case DeclineAtCsc:             // §21: the comparison of copies against originals
    case RegisterFinalApplication: // §21: registered once every document matches
        return {checklistPart(ChecklistKind::CscComparison)};
    case DispatchCourier: // §21: the originals' envelope and its tracking number
        return {QStringLiteral("courier")};
    case ReceiveOriginals:
        // §22: the envelope and what the CSC recorded of it; the courier's
        // own reports on its way (picked up, delivered) are no clash.
        return {QStringLiteral("courier"), checklistPart(ChecklistKind::CscComparison)};
    case GrantFinal:  // §22-23: the originals verified and every final check clear
    case RefuseFinal: // §22-24: a refusal weighs the same
        return QStringList{checklistPart(ChecklistKind::OriginalsVerification)}
               + checkParts(CheckPhase::Final, AllChecks);
    case IssueResidencePermit: // §25-27: the permit desk's documents
        return {checklistPart(ChecklistKind::Registration)};
    case Withdraw: // the applicant's own act, on the case at whatever stage
        return {};
    case RevokeDecision: // the decision revoked, as the supervisor read it
        return {QStringLiteral("decisions")};
    }
    return {};
}

bool relies(const QStringList &relied, const QString &part)
{
    return std::any_of(relied.cbegin(), relied.cend(), [&part](const QString &r) {
        return r.endsWith(u'/') ? part.startsWith(r) : part == r;
    });
}

QString checklistTitle(ChecklistKind kind)
{
    switch (kind) {
    case ChecklistKind::Preliminary:
        return DomainTr::tr("the preliminary documents");
    case ChecklistKind::CscComparison:
        return DomainTr::tr("the CSC comparison");
    case ChecklistKind::OriginalsVerification:
        return DomainTr::tr("the verification of originals");
    case ChecklistKind::Registration:
        return DomainTr::tr("the residence permit desk");
    }
    return {};
}

QList<CheckRecord> checksOf(const Case &c, CheckPhase phase, CheckKind kind)
{
    QList<CheckRecord> records;
    for (const CheckRecord &record : c.checks) {
        if (record.phase == phase && record.kind == kind)
            records.append(record);
    }
    return records;
}

QList<DeadlineClock> clocksOf(const Case &c, ClockKind kind)
{
    QList<DeadlineClock> clocks;
    for (const DeadlineClock &clock : c.clocks) {
        if (clock.kind() == kind)
            clocks.append(clock);
    }
    return clocks;
}

QString conflictAdvice()
{
    return DomainTr::tr("Look at the case as it is now, then make the step again or discard it.");
}

} // namespace

QStringList changedParts(const Case &before, const Case &after)
{
    QStringList parts;
    if (before.state != after.state)
        parts.append(QStringLiteral("state"));
    for (ChecklistKind kind : AllChecklists) {
        const Checklist &was = before.checklist(kind);
        const Checklist &is = after.checklist(kind);
        QList<DocumentType> types;
        for (const ChecklistItem &item : was.items())
            types.append(item.type);
        for (const ChecklistItem &item : is.items()) {
            if (!types.contains(item.type))
                types.append(item.type);
        }
        for (DocumentType type : std::as_const(types)) {
            const ChecklistItem *a = was.item(type);
            const ChecklistItem *b = is.item(type);
            if (!a || !b || !(*a == *b))
                parts.append(documentPart(kind, type));
        }
    }
    for (CheckPhase phase : {CheckPhase::Preliminary, CheckPhase::Final}) {
        for (CheckKind kind : AllChecks) {
            if (checksOf(before, phase, kind) != checksOf(after, phase, kind))
                parts.append(checkPart(phase, kind));
        }
    }
    if (before.kqpNumber != after.kqpNumber)
        parts.append(QStringLiteral("kqp-number"));
    if (before.courierTracking != after.courierTracking)
        parts.append(QStringLiteral("courier"));
    bool reported = false;
    for (qsizetype i = before.history.size(); i < after.history.size(); ++i)
        reported = reported || after.history.at(i).action.startsWith(u"courier-");
    if (reported)
        parts.append(QStringLiteral("courier-status"));
    if (before.nscApproved != after.nscApproved)
        parts.append(QStringLiteral("nsc-answer"));
    for (ClockKind kind : allClockKinds()) {
        if (clocksOf(before, kind) != clocksOf(after, kind))
            parts.append(clockPart(kind));
    }
    if (before.decisions != after.decisions)
        parts.append(QStringLiteral("decisions"));
    if (before.notices != after.notices)
        parts.append(QStringLiteral("notices"));
    if (!(before.applicant == after.applicant))
        parts.append(QStringLiteral("applicant"));
    if (before.preliminaryPermitNumber != after.preliminaryPermitNumber
        || before.preliminaryDecisionOn != after.preliminaryDecisionOn)
        parts.append(QStringLiteral("preliminary-permit"));
    if (before.cscVisitOn != after.cscVisitOn)
        parts.append(QStringLiteral("csc-visit"));
    if (before.arrivedOn != after.arrivedOn)
        parts.append(QStringLiteral("arrival"));
    if (before.fingerprintedOn != after.fingerprintedOn)
        parts.append(QStringLiteral("fingerprinting"));
    if (before.residencePermitNumber != after.residencePermitNumber)
        parts.append(QStringLiteral("residence-permit"));
    if (before.receivedOn != after.receivedOn)
        parts.append(QStringLiteral("received"));
    return parts;
}

QStringList reliedParts(const CaseCommand &command, const Case &current)
{
    if (const auto action = Workflow::actionFromId(command.type))
        return QStringList{QStringLiteral("state")} + actionReliance(*action, command, current);
    const QJsonObject &payload = command.payload;
    if (isFact(command.type, CaseFact::UpdateDocument)) {
        // §10-12, §20-22, §26: a document's verdict is about that document, in
        // the stage it is judged in; the other documents are other verdicts.
        const auto checklist = checklistKindFromId(payload.value(u"checklist").toString());
        const auto type = documentTypeFromId(payload.value(u"document").toString());
        if (!checklist || !type)
            return {QStringLiteral("state")};
        return {QStringLiteral("state"), documentPart(*checklist, *type)};
    }
    if (isFact(command.type, CaseFact::RecordCheck)) {
        // §13, §22: each register answers for itself, in the phase it was asked in.
        const auto kind = checkKindFromId(payload.value(u"check").toString());
        if (!kind)
            return {QStringLiteral("state")};
        const bool final = current.state == CaseState::FinalRegistered
                           || current.state == CaseState::InCourier
                           || current.state == CaseState::FinalVerification;
        return {QStringLiteral("state"),
                checkPart(final ? CheckPhase::Final : CheckPhase::Preliminary, *kind)};
    }
    if (isFact(command.type, CaseFact::AssignKqpNumber)) // §12: the system's own number
        return {QStringLiteral("kqp-number")};
    if (isFact(command.type, CaseFact::RecordCourierStatus)) // §21-22: the courier's own report
        return {QStringLiteral("courier-status")};
    if (isFact(command.type, CaseFact::RecordArrival)) // §19: Berkut's own record
        return {QStringLiteral("arrival")};
    if (isFact(command.type, CaseFact::RecordFingerprinting)) // §20(3): the migration office's own
        return {QStringLiteral("fingerprinting")};
    return {QStringLiteral("state")};
}

QString casePartTitle(QStringView part)
{
    const QList<QStringView> fields = part.split(u'/');
    const QStringView head = fields.constFirst();
    if (head == u"state")
        return DomainTr::tr("the case's stage");
    if (head == u"document" && fields.size() == 3) {
        const auto checklist = checklistKindFromId(fields.at(1));
        const auto type = documentTypeFromId(fields.at(2));
        if (checklist && type) {
            return DomainTr::tr("the document “%1” in %2")
                .arg(documentTitle(*type), checklistTitle(*checklist));
        }
    }
    if (head == u"check" && fields.size() == 3) {
        const auto kind = checkKindFromId(fields.at(2));
        if (kind) {
            return fields.at(1) == u"final"
                       ? DomainTr::tr("the check “%1” at final verification")
                             .arg(checkKindTitle(*kind))
                       : DomainTr::tr("the check “%1” before the preliminary decision")
                             .arg(checkKindTitle(*kind));
        }
    }
    if (head == u"clock" && fields.size() == 2) {
        if (const auto kind = clockKindFromId(fields.at(1)))
            return DomainTr::tr("the deadline “%1”").arg(clockDefinition(*kind).title());
    }
    if (head == u"kqp-number")
        return DomainTr::tr("the case number in the migration police system");
    if (head == u"courier")
        return DomainTr::tr("the courier's envelope of originals");
    if (head == u"courier-status")
        return DomainTr::tr("the courier's reports on the envelope");
    if (head == u"nsc-answer")
        return DomainTr::tr("the NSC answer");
    if (head == u"decisions")
        return DomainTr::tr("the decisions on the case");
    if (head == u"notices")
        return DomainTr::tr("the notices to the applicant");
    if (head == u"applicant")
        return DomainTr::tr("the applicant's details");
    if (head == u"preliminary-permit")
        return DomainTr::tr("the preliminary permit");
    if (head == u"csc-visit")
        return DomainTr::tr("the applicant's visit to the CSC");
    if (head == u"arrival")
        return DomainTr::tr("the applicant's arrival in Kazakhstan");
    if (head == u"fingerprinting")
        return DomainTr::tr("the applicant's fingerprinting");
    if (head == u"residence-permit")
        return DomainTr::tr("the residence permit number");
    if (head == u"received")
        return DomainTr::tr("the application date");
    return part.toString();
}

QString commandTypeTitle(QStringView type)
{
    if (const auto action = Workflow::actionFromId(type))
        return Workflow::actionTitle(*action);
    if (isFact(type, CaseFact::UpdateDocument))
        return DomainTr::tr("Work on a document");
    if (isFact(type, CaseFact::RecordCheck))
        return DomainTr::tr("A record check's answer");
    if (isFact(type, CaseFact::AssignKqpNumber))
        return DomainTr::tr("The migration police system's case number");
    if (isFact(type, CaseFact::RecordCourierStatus))
        return DomainTr::tr("The courier's report");
    if (isFact(type, CaseFact::RecordArrival))
        return DomainTr::tr("Arrival in Kazakhstan (Berkut)");
    if (type == u"record-notice-delivery")
        return DomainTr::tr("A notice reached the applicant's eGov cabinet");
    if (isFact(type, CaseFact::RecordFingerprinting))
        return DomainTr::tr("Fingerprinting at the migration office");
    return DomainTr::tr("A change with no record of its command");
}

QString historyStepTitle(QStringView action)
{
    if (action == u"notice-delivered")
        return DomainTr::tr("A notice reached the applicant's eGov cabinet");
    if (action == u"retention-purged")
        return DomainTr::tr("Personal data removed after the retention period");
    if (const auto status
        = action.startsWith(u"courier-") ? courierStatusFromId(action.mid(8)) : std::nullopt) {
        switch (*status) {
        case CourierStatus::PickedUp:
            return DomainTr::tr("The courier picked up the originals");
        case CourierStatus::InTransit:
            return DomainTr::tr("The originals are on their way");
        case CourierStatus::Delivered:
            return DomainTr::tr("The courier delivered the originals");
        }
    }
    return commandTypeTitle(action);
}

QString describeChange(const InterveningChange &change, const QStringList &onlyParts)
{
    QStringList titles;
    for (const QString &part : change.parts) {
        if (part == u"state" && change.parts.size() > 1 && !onlyParts.contains(part))
            continue; // a step's new stage is said by its title
        if (!onlyParts.isEmpty() && !relies(onlyParts, part))
            continue;
        titles.append(casePartTitle(part));
    }
    const QString who = change.userName.isEmpty() || change.userName == change.userId
                            ? change.userId
                            : QStringLiteral("%1 (%2)").arg(change.userName, change.userId);
    const QString when = change.at.isValid()
                             ? change.at.toUTC().toString(QStringLiteral("dd.MM.yyyy HH:mm"))
                             : QString();
    const QString what = commandTypeTitle(change.type);
    if (titles.isEmpty())
        return DomainTr::tr("%1, %2 UTC — %3").arg(who, when, what);
    return DomainTr::tr("%1, %2 UTC — %3: %4")
        .arg(who, when, what, titles.join(QStringLiteral("; ")));
}

Result<void>
mayRebase(const CaseCommand &command, const Case &current, const QList<InterveningChange> &since)
{
    if (command.baseVersion >= current.version)
        return {};
    // Every version in between must say what it changed; one that does not
    // (an import, a server from before this rule) could have changed anything.
    int expected = command.baseVersion + 1;
    for (const InterveningChange &change : since) {
        if (change.version != expected)
            break;
        ++expected;
    }
    if (expected != current.version + 1) {
        return fail(QStringLiteral("command.conflict"),
                    DomainTr::tr("Case %1 changed after version %2 in a way the server has no "
                                 "record of (version %3). %4")
                        .arg(current.number)
                        .arg(command.baseVersion)
                        .arg(expected)
                        .arg(conflictAdvice()));
    }
    const QStringList relied = reliedParts(command, current);
    QStringList clashes;
    for (const InterveningChange &change : since) {
        const bool clash = std::any_of(change.parts.cbegin(),
                                       change.parts.cend(),
                                       [&relied](const QString &p) { return relies(relied, p); });
        if (clash)
            clashes.append(describeChange(change, relied));
    }
    if (clashes.isEmpty())
        return {};
    return fail(QStringLiteral("command.conflict"),
                DomainTr::tr("Case %1 was changed since you made this step, where the step relies "
                             "on it: %2. %3")
                    .arg(current.number, clashes.join(QStringLiteral("; ")), conflictAdvice()));
}

Error rebaseRefused(const Error &lawSays, const QList<InterveningChange> &since)
{
    QStringList changes;
    for (const InterveningChange &change : since)
        changes.append(describeChange(change));
    return Error{QStringLiteral("command.conflict"),
                 DomainTr::tr("%1 The case was changed since you made this step: %2. %3")
                     .arg(lawSays.message, changes.join(QStringLiteral("; ")), conflictAdvice())};
}

} // namespace Kezek
