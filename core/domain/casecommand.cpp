#include "core/domain/casecommand.h"

#include "core/domain/commandkinds.h"
#include "core/result/enumtable.h"

#include "core/domain/casecodec.h"
#include "core/domain/domaintr.h"
#include "core/domain/jsonreader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUuid>

namespace Kezek {

namespace {

std::optional<DocumentCommand> documentCommandFromId(QStringView id)
{
    if (id == u"submit")
        return DocumentCommand::Submit;
    if (id == u"verify")
        return DocumentCommand::Verify;
    if (id == u"reject")
        return DocumentCommand::Reject;
    return std::nullopt;
}

Result<CommandOutcome> applyAction(const Case &c,
                                   const Actor &actor,
                                   Action action,
                                   const QJsonObject &payload,
                                   QDate today,
                                   const WorkflowContext &context)
{
    JsonReader reader(payload, QStringLiteral("payload"));
    ActionInput input;
    input.action = action;
    input.today = today;
    input.reasonCodes = reader.strings("reasonCodes");
    input.text = reader.string("text");
    for (const QString &id : reader.strings("documentsAtFault")) {
        const auto type = documentTypeFromId(id);
        if (!type)
            return fail(QStringLiteral("json.value"),
                        DomainTr::tr("The field \"%1\" has an impossible value \"%2\".")
                            .arg(reader.path("documentsAtFault"), id));
        input.documentsAtFault.append(*type);
    }
    input.reference = reader.string("reference");
    input.nscApproved = reader.optionalBoolean("nscApproved");
    if (auto ok = reader.finish(); !ok)
        return std::unexpected(ok.error());
    auto outcome = Workflow::apply(c, actor, input, context);
    if (!outcome)
        return std::unexpected(outcome.error());
    return CommandOutcome{outcome->after, outcome->notices};
}

} // namespace

QJsonObject caseCommandToJson(const CaseCommand &command)
{
    QJsonObject json{{QStringLiteral("id"), command.id},
                     {QStringLiteral("type"), command.type},
                     {QStringLiteral("caseId"), command.caseId},
                     {QStringLiteral("baseVersion"), command.baseVersion},
                     {QStringLiteral("payload"), command.payload}};
    if (command.madeAt.isValid())
        json.insert(QStringLiteral("madeAt"), command.madeAt.toUTC().toString(Qt::ISODate));
    if (!command.signature.isEmpty())
        json.insert(QStringLiteral("signature"), QString::fromLatin1(command.signature.toBase64()));
    return json;
}

QByteArray signedContent(const CaseCommand &command)
{
    CaseCommand unsigned_ = command;
    unsigned_.signature.clear();
    return QJsonDocument(caseCommandToJson(unsigned_)).toJson(QJsonDocument::Compact);
}

bool needsSignature(const CaseCommand &command)
{
    const auto action = Workflow::actionFromId(command.type);
    return action && Workflow::makesDecision(*action);
}

Result<CaseCommand> caseCommandFromJson(const QJsonObject &json)
{
    JsonReader reader(json, {});
    CaseCommand command;
    command.id = reader.string("id", true);
    command.type = reader.string("type", true);
    command.caseId = reader.string("caseId", true);
    command.baseVersion = reader.integer("baseVersion", 1, std::numeric_limits<int>::max(), 0);
    command.payload = reader.object("payload");
    const QString signature = reader.string("signature");
    const QString madeAt = reader.string("madeAt");
    if (auto ok = reader.finish(); !ok)
        return std::unexpected(ok.error());
    if (!madeAt.isEmpty()) {
        command.madeAt = QDateTime::fromString(madeAt, Qt::ISODate);
        if (!command.madeAt.isValid() || command.madeAt.timeSpec() == Qt::LocalTime) {
            return fail(
                QStringLiteral("command.made-at"),
                DomainTr::tr("\"%1\" is not a moment in ISO 8601 with its time zone.").arg(madeAt));
        }
        command.madeAt = command.madeAt.toUTC();
    }
    if (!signature.isEmpty()) {
        auto decoded = QByteArray::fromBase64Encoding(signature.toLatin1(),
                                                      QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded || decoded.decoded.isEmpty()) {
            return fail(QStringLiteral("command.signature"),
                        DomainTr::tr("The signature is not base64."));
        }
        command.signature = decoded.decoded;
    }
    if (QUuid::fromString(command.id).isNull()) {
        return fail(
            QStringLiteral("command.id"),
            DomainTr::tr("A command's id must be a UUID made by the workstation; \"%1\" is not.")
                .arg(command.id));
    }
    if (command.baseVersion < 1)
        return fail(
            QStringLiteral("json.missing"),
            DomainTr::tr("The field \"%1\" is missing.").arg(QStringLiteral("baseVersion")));
    if (!commandKind(command.type)) {
        return fail(QStringLiteral("command.type"),
                    DomainTr::tr("\"%1\" is not a command Kezek knows.").arg(command.type));
    }
    return command;
}

namespace {

// The petition of an intake: {number, signature: base64 of the CMS (DER)}.
Result<PetitionSubmission> petitionSubmissionFromJson(const QJsonObject &json, const QString &path)
{
    JsonReader reader(json, path);
    PetitionSubmission petition;
    petition.number = reader.string("number", true);
    const QString signature = reader.string("signature", true);
    if (auto done = reader.finish(); !done)
        return std::unexpected(done.error());
    auto decoded = QByteArray::fromBase64Encoding(signature.toLatin1(),
                                                  QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.isEmpty()) {
        return fail(QStringLiteral("petition.malformed"),
                    DomainTr::tr("The ministry's petition signature is not base64."));
    }
    petition.signature = decoded.decoded;
    return petition;
}

} // namespace

Result<NewApplication> newApplicationFromJson(const QJsonObject &json)
{
    JsonReader reader(json, {});
    NewApplication application;
    application.id = reader.string("id", true);
    application.number = reader.string("number", true);
    application.city = reader.enumeration("city", cityFromId, City::Astana);
    application.filedAt = reader.moment("filedAt");
    if (auto applicant = applicantFromJson(reader.object("applicant", true)))
        application.applicant = *applicant;
    else
        reader.take(applicant.error());
    const QJsonArray documents = reader.array("documents");
    for (qsizetype i = 0; i < documents.size() && reader.ok(); ++i) {
        JsonReader document(documents.at(i).toObject(), QStringLiteral("documents[%1]").arg(i));
        const DocumentType type
            = document.enumeration("type", documentTypeFromId, DocumentType::Passport);
        DocumentFacts facts;
        if (auto decoded = documentFactsFromJson(document.object("facts")))
            facts = *decoded;
        else
            document.take(decoded.error());
        if (auto ok = document.finish(); !ok)
            reader.take(ok.error());
        application.documents.append({type, facts});
    }
    if (const QJsonObject petition = reader.object("petition"); !petition.isEmpty()) {
        if (auto submission = petitionSubmissionFromJson(petition, reader.path("petition")))
            application.petition = *submission;
        else
            reader.take(submission.error());
    }
    if (auto ok = reader.finish(); !ok)
        return std::unexpected(ok.error());
    return application;
}

QJsonObject newApplicationToJson(const NewApplication &application)
{
    QJsonArray documents;
    for (const auto &[type, facts] : application.documents) {
        documents.append(QJsonObject{{QStringLiteral("type"), documentTypeId(type)},
                                     {QStringLiteral("facts"), documentFactsToJson(facts)}});
    }
    QJsonObject json{{QStringLiteral("id"), application.id},
                     {QStringLiteral("number"), application.number},
                     {QStringLiteral("city"), cityId(application.city)},
                     {QStringLiteral("applicant"), applicantToJson(application.applicant)},
                     {QStringLiteral("documents"), documents}};
    if (application.filedAt.isValid())
        json.insert(QStringLiteral("filedAt"), application.filedAt.toUTC().toString(Qt::ISODate));
    if (application.petition) {
        json.insert(QStringLiteral("petition"),
                    QJsonObject{{QStringLiteral("number"), application.petition->number},
                                {QStringLiteral("signature"),
                                 QString::fromLatin1(application.petition->signature.toBase64())}});
    }
    return json;
}

namespace {

// What a fact's command brings, read and checked; the workflow records it.
struct FactInput
{
    const Case &c;
    const Actor &actor;
    JsonReader &reader;
    QDate today;
    const WorkflowContext &context;
};

Result<CommandOutcome> outcomeOf(const Result<Case> &after)
{
    if (!after)
        return std::unexpected(after.error());
    return CommandOutcome{*after, {}};
}

// §10-12, §20-22, §26: a document submitted, verified or rejected.
Result<CommandOutcome> updateDocument(const FactInput &in)
{
    JsonReader &reader = in.reader;
    const auto checklist
        = reader.enumeration("checklist", checklistKindFromId, ChecklistKind::Preliminary);
    const auto document
        = reader.enumeration("document", documentTypeFromId, DocumentType::Passport);
    const auto documentCommand
        = reader.enumeration("command", documentCommandFromId, DocumentCommand::Submit);
    DocumentFacts facts;
    if (auto decoded = documentFactsFromJson(reader.object("facts")))
        facts = *decoded;
    else
        reader.take(decoded.error());
    const QString reason = reader.string("reason");
    // The scan of what was submitted, by the SHA-256 it is uploaded under.
    const QString scan = reader.string("scan");
    static const QRegularExpression sha256(QStringLiteral("^[0-9a-f]{64}$"));
    if (!scan.isEmpty() && !sha256.match(scan).hasMatch()) {
        reader.take({QStringLiteral("command.scan"),
                     DomainTr::tr("A scan is named by the SHA-256 of its bytes, in lower-case "
                                  "hex.")});
    }
    if (auto ok = reader.finish(); !ok)
        return std::unexpected(ok.error());
    return outcomeOf(Workflow::updateDocument(in.c,
                                              in.actor,
                                              checklist,
                                              document,
                                              documentCommand,
                                              in.today,
                                              facts,
                                              reason,
                                              scan,
                                              in.context.legalization));
}

// §13, §22: a register's answer.
Result<CommandOutcome> recordCheck(const FactInput &in)
{
    const auto kind = in.reader.enumeration("check", checkKindFromId, CheckKind::Idb);
    const auto outcome
        = in.reader.enumeration("outcome", checkOutcomeFromId, CheckOutcome::Pending);
    const QString reference = in.reader.string("reference");
    const QString reason = in.reader.string("reason");
    if (auto ok = in.reader.finish(); !ok)
        return std::unexpected(ok.error());
    return outcomeOf(
        Workflow::recordCheck(in.c, in.actor, kind, outcome, in.today, reference, reason));
}

// §12: КҚП АЖ's own case number.
Result<CommandOutcome> assignKqpNumber(const FactInput &in)
{
    const QString number = in.reader.string("number", true);
    if (auto ok = in.reader.finish(); !ok)
        return std::unexpected(ok.error());
    return outcomeOf(Workflow::assignKqpNumber(in.c, in.actor, number, in.today));
}

// §19: the border crossing Berkut recorded.
Result<CommandOutcome> recordArrival(const FactInput &in)
{
    const QDate day = in.reader.date("date", true);
    const QString reference = in.reader.string("reference");
    if (auto ok = in.reader.finish(); !ok)
        return std::unexpected(ok.error());
    return outcomeOf(Workflow::recordArrival(in.c, in.actor, day, in.today, reference));
}

// §20(3): the migration office's fingerprinting.
Result<CommandOutcome> recordFingerprinting(const FactInput &in)
{
    const QDate day = in.reader.date("date", true);
    const QString reference = in.reader.string("reference");
    if (auto ok = in.reader.finish(); !ok)
        return std::unexpected(ok.error());
    return outcomeOf(Workflow::recordFingerprinting(
        in.c, in.actor, day, in.today, in.context.calendar, reference));
}

// §21-22: where the courier says the originals are.
Result<CommandOutcome> recordCourierStatus(const FactInput &in)
{
    const QString tracking = in.reader.string("tracking", true);
    const auto status
        = in.reader.enumeration("status", courierStatusFromId, CourierStatus::PickedUp);
    if (auto ok = in.reader.finish(); !ok)
        return std::unexpected(ok.error());
    return outcomeOf(Workflow::recordCourierStatus(in.c, in.actor, tracking, status, in.today));
}

using FactApplier = Result<CommandOutcome> (*)(const FactInput &);

// How each fact is applied, in CaseFact's order.
constexpr std::array<std::pair<CaseFact, FactApplier>, CaseFactCount> FactAppliers{{
    {CaseFact::UpdateDocument, updateDocument},
    {CaseFact::RecordCheck, recordCheck},
    {CaseFact::AssignKqpNumber, assignKqpNumber},
    {CaseFact::RecordCourierStatus, recordCourierStatus},
    {CaseFact::RecordArrival, recordArrival},
    {CaseFact::RecordFingerprinting, recordFingerprinting},
}};

static_assert(rowsInEnumOrder<CaseFact>(FactAppliers, [](const auto &row) { return row.first; }),
              "every CaseFact needs its applier, in order");

} // namespace

Result<CommandOutcome> applyCaseCommand(const Case &c,
                                        const Actor &actor,
                                        const CaseCommand &command,
                                        QDate today,
                                        const WorkflowContext &context)
{
    const auto kind = commandKind(command.type);
    if (!kind) {
        return fail(QStringLiteral("command.type"),
                    DomainTr::tr("\"%1\" is not a command Kezek knows.").arg(command.type));
    }
    Result<CommandOutcome> outcome;
    if (kind->action) {
        outcome = applyAction(c, actor, *kind->action, command.payload, today, context);
    } else {
        JsonReader reader(command.payload, QStringLiteral("payload"));
        outcome = FactAppliers[std::size_t(*kind->fact)].second({c, actor, reader, today, context});
    }
    // The history says when each step was made, for audit: to the second, as
    // the command travels, so the workstation's case and the server's agree.
    if (outcome && command.madeAt.isValid()) {
        QDateTime at = command.madeAt.toUTC();
        at.setTime(QTime(at.time().hour(), at.time().minute(), at.time().second()));
        for (qsizetype i = c.history.size(); i < outcome->after.history.size(); ++i)
            outcome->after.history[i].at = at;
    }
    return outcome;
}

} // namespace Kezek
