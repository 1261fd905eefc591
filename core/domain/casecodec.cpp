#include "core/domain/casecodec.h"

#include "core/domain/jsonreader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QThread>

#include <algorithm>
#include <thread>
#include <vector>

namespace Kezek {

namespace {

QJsonValue dateValue(QDate date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}

template<typename E, typename IdOf>
std::optional<E> byId(QStringView id, std::initializer_list<E> values, IdOf idOf)
{
    for (E value : values) {
        if (idOf(value) == id)
            return value;
    }
    return std::nullopt;
}

std::optional<Sex> sexFromId(QStringView id)
{
    return byId(id, {Sex::Male, Sex::Female}, sexId);
}

QString checkPhaseId(CheckPhase phase)
{
    return phase == CheckPhase::Preliminary ? QStringLiteral("preliminary")
                                            : QStringLiteral("final");
}

std::optional<CheckPhase> checkPhaseFromId(QStringView id)
{
    return byId(id, {CheckPhase::Preliminary, CheckPhase::Final}, checkPhaseId);
}

std::optional<DocumentStatus> documentStatusFromId(QStringView id)
{
    return byId(id,
                {DocumentStatus::Missing,
                 DocumentStatus::Submitted,
                 DocumentStatus::Verified,
                 DocumentStatus::Rejected},
                documentStatusId);
}

std::optional<DecisionKind> decisionKindFromId(QStringView id)
{
    return byId(id,
                {DecisionKind::ReturnForRework,
                 DecisionKind::PreliminaryApproval,
                 DecisionKind::PreliminaryRefusal,
                 DecisionKind::CscDecline,
                 DecisionKind::FinalGrant,
                 DecisionKind::FinalRefusal,
                 DecisionKind::Revocation},
                decisionKindId);
}

QJsonArray documentTypes(const QList<DocumentType> &types)
{
    QJsonArray array;
    for (DocumentType type : types)
        array.append(documentTypeId(type));
    return array;
}

QList<DocumentType> readDocumentTypes(JsonReader &reader, const char *key)
{
    QList<DocumentType> result;
    for (const QString &id : reader.strings(key)) {
        const auto type = documentTypeFromId(id);
        if (!type) {
            reader.take(
                Error{QStringLiteral("json.value"), reader.path(key) + QStringLiteral(": ") + id});
            return {};
        }
        result.append(*type);
    }
    return result;
}

// Decodes each element of an array of objects with `decode`, stopping at the first error.
template<typename T, typename Decode>
QList<T> readList(JsonReader &reader, const char *key, Decode decode)
{
    QList<T> result;
    const QJsonArray array = reader.array(key);
    for (qsizetype i = 0; i < array.size() && reader.ok(); ++i) {
        const QString path = QStringLiteral("%1[%2]").arg(reader.path(key)).arg(i);
        if (!array.at(i).isObject()) {
            reader.take(Error{QStringLiteral("json.type"), path});
            break;
        }
        JsonReader item(array.at(i).toObject(), path);
        T value = decode(item);
        if (auto done = item.finish(); !done)
            reader.take(done.error());
        else
            result.append(std::move(value));
    }
    return result;
}

QJsonObject checklistToJson(const Checklist &checklist)
{
    QJsonArray items;
    // What is at its default is left out (the reader puts it back): most of
    // a case is its checklists' untouched items, and every byte of it is
    // stored, sent, decrypted and parsed on every workstation.
    for (const ChecklistItem &item : checklist.items()) {
        QJsonObject json{{QStringLiteral("type"), documentTypeId(item.type)}};
        if (item.status != DocumentStatus::Missing)
            json.insert(QStringLiteral("status"), documentStatusId(item.status));
        if (!item.required)
            json.insert(QStringLiteral("required"), false);
        if (!item.rejectReason.isEmpty())
            json.insert(QStringLiteral("rejectReason"), item.rejectReason);
        if (!item.scanSha256.isEmpty())
            json.insert(QStringLiteral("scanSha256"), item.scanSha256);
        if (!item.unscannedReason.isEmpty())
            json.insert(QStringLiteral("unscannedReason"), item.unscannedReason);
        if (const QJsonObject facts = documentFactsToJson(item.facts); !facts.isEmpty())
            json.insert(QStringLiteral("facts"), facts);
        items.append(json);
    }
    return {{QStringLiteral("stage"), stageId(checklist.stage())},
            {QStringLiteral("items"), items}};
}

Checklist readChecklist(JsonReader &reader, const char *key, Stage expected)
{
    JsonReader checklist(reader.object(key, true), reader.path(key));
    const Stage stage = checklist.enumeration("stage", stageFromId, expected);
    const QList<ChecklistItem> items
        = readList<ChecklistItem>(checklist, "items", [](JsonReader &r) {
              ChecklistItem item;
              item.type = r.enumeration("type", documentTypeFromId, DocumentType::Passport);
              item.required = r.boolean("required", true);
              item.status
                  = r.enumeration("status", documentStatusFromId, DocumentStatus::Missing, false);
              item.rejectReason = r.string("rejectReason");
              item.scanSha256 = r.string("scanSha256");
              item.unscannedReason = r.string("unscannedReason");
              auto facts = documentFactsFromJson(r.object("facts"));
              if (facts)
                  item.facts = *facts;
              else
                  r.take(facts.error());
              return item;
          });
    if (auto done = checklist.finish(); !done)
        reader.take(done.error());
    if (stage != expected)
        reader.take(Error{QStringLiteral("json.value"), reader.path(key)});
    return Checklist::restore(stage, items);
}

} // namespace

QJsonObject applicantToJson(const Applicant &a)
{
    return {{QStringLiteral("surname"), a.surname},
            {QStringLiteral("givenNames"), a.givenNames},
            {QStringLiteral("iin"), a.iin},
            {QStringLiteral("passportNumber"), a.passportNumber},
            {QStringLiteral("nationality"), a.nationality},
            {QStringLiteral("birthDate"), dateValue(a.birthDate)},
            {QStringLiteral("sex"), sexId(a.sex)},
            {QStringLiteral("passportExpiry"), dateValue(a.passportExpiry)},
            {QStringLiteral("language"), a.language}};
}

Result<Applicant> applicantFromJson(const QJsonObject &json, bool complete)
{
    JsonReader r(json, QStringLiteral("applicant"));
    Applicant a;
    a.surname = r.string("surname", complete);
    a.givenNames = r.string("givenNames");
    a.iin = r.string("iin", complete);
    a.passportNumber = r.string("passportNumber", complete);
    a.nationality = r.string("nationality", complete);
    a.birthDate = r.date("birthDate", complete);
    a.sex = r.enumeration("sex", sexFromId, Sex::Male);
    a.passportExpiry = r.date("passportExpiry", complete);
    a.language = r.string("language", true);
    if (r.ok() && a.language != u"kk" && a.language != u"ru" && a.language != u"en")
        r.take(Error{QStringLiteral("json.value"),
                     r.path("language") + QStringLiteral(": ") + a.language});
    if (auto done = r.finish(); !done)
        return std::unexpected(done.error());
    return a;
}

QJsonObject documentFactsToJson(const DocumentFacts &f)
{
    QJsonObject json;
    // Only what is known: most documents use one or two of these facts.
    auto put = [&](const char *key, const QJsonValue &value) {
        if (!value.isNull() && !(value.isString() && value.toString().isEmpty()))
            json.insert(QString::fromLatin1(key), value);
    };
    put("expiryDate", dateValue(f.expiryDate));
    put("mrzLine1", f.mrzLine1);
    put("mrzLine2", f.mrzLine2);
    if (f.pixelWidth > 0 || f.pixelHeight > 0) {
        json.insert(QStringLiteral("pixelWidth"), f.pixelWidth);
        json.insert(QStringLiteral("pixelHeight"), f.pixelHeight);
    }
    if (f.notarized)
        json.insert(QStringLiteral("notarized"), *f.notarized);
    put("validFrom", dateValue(f.validFrom));
    put("validUntil", dateValue(f.validUntil));
    if (f.foreignIssued)
        json.insert(QStringLiteral("foreignIssued"), true);
    if (!f.issuingState.isEmpty())
        json.insert(QStringLiteral("issuingState"), f.issuingState);
    if (f.legalization != Legalization::None)
        json.insert(QStringLiteral("legalization"), legalizationId(f.legalization));
    if (f.signedWithEds)
        json.insert(QStringLiteral("signedWithEds"), *f.signedWithEds);
    if (f.dutyPaid)
        json.insert(QStringLiteral("dutyPaid"), *f.dutyPaid);
    put("formNumber", f.formNumber);
    return json;
}

Result<DocumentFacts> documentFactsFromJson(const QJsonObject &json)
{
    JsonReader r(json, QStringLiteral("facts"));
    DocumentFacts f;
    f.expiryDate = r.date("expiryDate");
    f.mrzLine1 = r.string("mrzLine1");
    f.mrzLine2 = r.string("mrzLine2");
    f.pixelWidth = r.integer("pixelWidth", 0, 100000);
    f.pixelHeight = r.integer("pixelHeight", 0, 100000);
    f.notarized = r.optionalBoolean("notarized");
    f.validFrom = r.date("validFrom");
    f.validUntil = r.date("validUntil");
    f.foreignIssued = r.boolean("foreignIssued");
    f.issuingState = r.string("issuingState").trimmed().toUpper();
    f.legalization = r.enumeration("legalization", legalizationFromId, Legalization::None, false);
    f.signedWithEds = r.optionalBoolean("signedWithEds");
    f.dutyPaid = r.optionalBoolean("dutyPaid");
    f.formNumber = r.string("formNumber");
    if (auto done = r.finish(); !done)
        return std::unexpected(done.error());
    return f;
}

namespace {

// Each element of a list as JSON, in an array.
template<typename T, typename Encode>
QJsonArray arrayOf(const QList<T> &list, Encode encode)
{
    QJsonArray array;
    for (const T &value : list)
        array.append(encode(value));
    return array;
}

QJsonObject checkToJson(const CheckRecord &check)
{
    QJsonObject record{{QStringLiteral("phase"), checkPhaseId(check.phase)},
                       {QStringLiteral("kind"), checkKindId(check.kind)},
                       {QStringLiteral("outcome"), checkOutcomeId(check.outcome)},
                       {QStringLiteral("date"), dateValue(check.date)},
                       {QStringLiteral("reference"), check.reference}};
    if (!check.userId.isEmpty())
        record.insert(QStringLiteral("userId"), check.userId);
    if (!check.reason.isEmpty())
        record.insert(QStringLiteral("reason"), check.reason);
    return record;
}

QJsonObject clockToJson(const DeadlineClock &clock)
{
    QJsonArray pauses;
    for (const ClockPause &pause : clock.pauses()) {
        pauses.append(QJsonObject{{QStringLiteral("from"), dateValue(pause.from)},
                                  {QStringLiteral("until"), dateValue(pause.until)}});
    }
    return QJsonObject{{QStringLiteral("kind"), clockId(clock.kind())},
                       {QStringLiteral("started"), dateValue(clock.started())},
                       {QStringLiteral("stopped"), dateValue(clock.stopped())},
                       {QStringLiteral("pauses"), pauses}};
}

QJsonObject decisionToJson(const Decision &d)
{
    return QJsonObject{{QStringLiteral("kind"), decisionKindId(d.kind)},
                       {QStringLiteral("date"), dateValue(d.date)},
                       {QStringLiteral("reasonCodes"), QJsonArray::fromStringList(d.reasonCodes)},
                       {QStringLiteral("text"), d.text},
                       {QStringLiteral("documentsAtFault"), documentTypes(d.documentsAtFault)},
                       {QStringLiteral("userId"), d.userId}};
}

QJsonObject noticeToJson(const Notice &n)
{
    return QJsonObject{{QStringLiteral("kind"), noticeKindId(n.kind)},
                       {QStringLiteral("date"), dateValue(n.date)},
                       {QStringLiteral("language"), n.language},
                       {QStringLiteral("reasonCodes"), QJsonArray::fromStringList(n.reasonCodes)},
                       {QStringLiteral("text"), n.text},
                       {QStringLiteral("documents"), documentTypes(n.documents)},
                       {QStringLiteral("validUntil"), dateValue(n.validUntil)},
                       {QStringLiteral("deliveredOn"), dateValue(n.deliveredOn)}};
}

QJsonObject historyEntryToJson(const HistoryEntry &h)
{
    QJsonObject json{{QStringLiteral("action"), h.action},
                     {QStringLiteral("date"), dateValue(h.date)},
                     {QStringLiteral("role"), roleId(h.role)},
                     {QStringLiteral("userId"), h.userId},
                     {QStringLiteral("from"), caseStateId(h.from)},
                     {QStringLiteral("to"), caseStateId(h.to)}};
    if (h.at.isValid())
        json.insert(QStringLiteral("at"), h.at.toUTC().toString(Qt::ISODate));
    return json;
}

QJsonObject petitionToJson(const VerifiedPetition &p)
{
    return {{QStringLiteral("number"), p.number},
            {QStringLiteral("signerName"), p.signerName},
            {QStringLiteral("organisation"), p.organisation},
            {QStringLiteral("bin"), p.bin},
            {QStringLiteral("signedOn"), dateValue(p.signedOn)},
            {QStringLiteral("verifiedAt"), p.verifiedAt.toUTC().toString(Qt::ISODate)},
            {QStringLiteral("signature"), QString::fromLatin1(p.signature.toBase64())}};
}

} // namespace

QJsonObject caseToJson(const Case &c)
{
    return {
        {QStringLiteral("id"), c.id},
        {QStringLiteral("number"), c.number},
        {QStringLiteral("city"), cityId(c.city)},
        {QStringLiteral("state"), caseStateId(c.state)},
        {QStringLiteral("version"), c.version},
        {QStringLiteral("applicant"), applicantToJson(c.applicant)},
        {QStringLiteral("receivedOn"), dateValue(c.receivedOn)},
        {QStringLiteral("filedAt"),
         c.filedAt.isValid() ? QJsonValue(c.filedAt.toUTC().toString(Qt::ISODate)) : QJsonValue()},
        {QStringLiteral("kqpNumber"), c.kqpNumber},
        {QStringLiteral("preliminaryPermitNumber"), c.preliminaryPermitNumber},
        {QStringLiteral("preliminaryDecisionOn"), dateValue(c.preliminaryDecisionOn)},
        {QStringLiteral("nscApproved"), c.nscApproved ? QJsonValue(*c.nscApproved) : QJsonValue()},
        {QStringLiteral("cscVisitOn"), dateValue(c.cscVisitOn)},
        {QStringLiteral("arrivedOn"), dateValue(c.arrivedOn)},
        {QStringLiteral("fingerprintedOn"), dateValue(c.fingerprintedOn)},
        {QStringLiteral("courierTracking"), c.courierTracking},
        {QStringLiteral("residencePermitNumber"), c.residencePermitNumber},
        {QStringLiteral("legalBasis"), c.legalBasis},
        {QStringLiteral("outsideLegalBasis"), c.outsideLegalBasis},
        {QStringLiteral("petition"), c.petition ? petitionToJson(*c.petition) : QJsonValue()},
        {QStringLiteral("possibleDuplicates"), QJsonArray::fromStringList(c.possibleDuplicates)},
        {QStringLiteral("checks"), arrayOf(c.checks, checkToJson)},
        {QStringLiteral("checklists"),
         QJsonObject{
             {checklistKindId(ChecklistKind::Preliminary), checklistToJson(c.preliminaryDocuments)},
             {checklistKindId(ChecklistKind::CscComparison), checklistToJson(c.cscComparison)},
             {checklistKindId(ChecklistKind::OriginalsVerification), checklistToJson(c.originals)},
             {checklistKindId(ChecklistKind::Registration), checklistToJson(c.registration)}}},
        {QStringLiteral("clocks"), arrayOf(c.clocks, clockToJson)},
        {QStringLiteral("decisions"), arrayOf(c.decisions, decisionToJson)},
        {QStringLiteral("notices"), arrayOf(c.notices, noticeToJson)},
        {QStringLiteral("history"), arrayOf(c.history, historyEntryToJson)}};
}

namespace {

DeadlineClock readClock(JsonReader &item)
{
    const ClockKind kind = item.enumeration("kind", clockKindFromId, ClockKind::Registration);
    const QDate started = item.date("started", true);
    const QDate stopped = item.date("stopped");
    const QList<ClockPause> pauses = readList<ClockPause>(item, "pauses", [](JsonReader &p) {
        return ClockPause{p.date("from", true), p.date("until")};
    });
    return DeadlineClock::restore(kind, started, pauses, stopped);
}

CheckRecord readCheck(JsonReader &item)
{
    CheckRecord check;
    check.phase = item.enumeration("phase", checkPhaseFromId, CheckPhase::Preliminary);
    check.kind = item.enumeration("kind", checkKindFromId, CheckKind::Idb);
    check.outcome = item.enumeration("outcome", checkOutcomeFromId, CheckOutcome::Pending);
    check.date = item.date("date", true);
    check.reference = item.string("reference");
    check.userId = item.string("userId");
    check.reason = item.string("reason");
    return check;
}

Decision readDecision(JsonReader &item)
{
    Decision d;
    d.kind = item.enumeration("kind", decisionKindFromId, DecisionKind::ReturnForRework);
    d.date = item.date("date", true);
    d.reasonCodes = item.strings("reasonCodes");
    d.text = item.string("text");
    d.documentsAtFault = readDocumentTypes(item, "documentsAtFault");
    d.userId = item.string("userId");
    return d;
}

Notice readNotice(JsonReader &item)
{
    Notice n;
    n.kind = item.enumeration("kind", noticeKindFromId, NoticeKind::ReturnForRework);
    n.date = item.date("date", true);
    n.language = item.string("language");
    n.reasonCodes = item.strings("reasonCodes");
    n.text = item.string("text");
    n.documents = readDocumentTypes(item, "documents");
    n.validUntil = item.date("validUntil");
    n.deliveredOn = item.date("deliveredOn");
    return n;
}

std::optional<VerifiedPetition> readPetition(JsonReader &r)
{
    const QJsonObject json = r.object("petition");
    if (json.isEmpty())
        return std::nullopt;
    JsonReader item(json, r.path("petition"));
    VerifiedPetition p;
    p.number = item.string("number", true);
    p.signerName = item.string("signerName");
    p.organisation = item.string("organisation");
    p.bin = item.string("bin");
    p.signedOn = item.date("signedOn");
    p.verifiedAt = item.moment("verifiedAt", true);
    p.signature = QByteArray::fromBase64(item.string("signature").toLatin1());
    if (auto done = item.finish(); !done)
        r.take(done.error());
    return p;
}

HistoryEntry readHistoryEntry(JsonReader &item)
{
    HistoryEntry h;
    h.action = item.string("action", true);
    h.date = item.date("date", true);
    h.at = item.moment("at");
    h.role = item.enumeration("role", roleFromId, Role::System);
    h.userId = item.string("userId");
    h.from = item.enumeration("from", caseStateFromId, CaseState::Received);
    h.to = item.enumeration("to", caseStateFromId, CaseState::Received);
    return h;
}

} // namespace

Result<QList<DeadlineClock>> clocksFromJson(const QJsonObject &json)
{
    JsonReader r(json, QString());
    QList<DeadlineClock> clocks = readList<DeadlineClock>(r, "clocks", readClock);
    if (!r.ok())
        return std::unexpected(r.finish().error());
    return clocks;
}

CaseGlance glanceOf(const Case &c)
{
    return {c.id, c.state, c.version, c.applicant, c.checks, c.clocks};
}

Result<CaseGlance> caseGlanceFromJson(const QJsonObject &json)
{
    JsonReader r(json, {});
    CaseGlance glance;
    glance.id = r.string("id", true);
    glance.state = r.enumeration("state", caseStateFromId, CaseState::Received);
    glance.version = r.integer("version", 1, std::numeric_limits<int>::max(), 1);
    if (auto applicant = applicantFromJson(r.object("applicant", true), false))
        glance.applicant = *applicant;
    else
        r.take(applicant.error());
    glance.checks = readList<CheckRecord>(r, "checks", readCheck);
    glance.clocks = readList<DeadlineClock>(r, "clocks", readClock);
    if (auto done = r.finish(); !done)
        return std::unexpected(done.error());
    return glance;
}

namespace {

// The documents' checklists, the record checks, the notices and the
// petition: what the desk reads of a case and the figures of oversight never
// do. Without `whole`, each is only checked to be there with its type.
void readDeskParts(JsonReader &r, Case &c, bool whole)
{
    if (!whole) {
        (void)r.object("petition");
        (void)r.array("checks");
        (void)r.object("checklists", true);
        (void)r.array("notices");
        return;
    }
    c.petition = readPetition(r);
    c.checks = readList<CheckRecord>(r, "checks", readCheck);
    JsonReader checklists(r.object("checklists", true), r.path("checklists"));
    c.preliminaryDocuments = readChecklist(checklists, "preliminary", Stage::Preliminary);
    c.cscComparison = readChecklist(checklists, "csc-comparison", Stage::Final);
    c.originals = readChecklist(checklists, "originals", Stage::Final);
    c.registration = readChecklist(checklists, "registration", Stage::Registration);
    if (auto done = checklists.finish(); !done)
        r.take(done.error());
    c.notices = readList<Notice>(r, "notices", readNotice);
}

Result<Case> readCase(const QJsonObject &json, bool whole)
{
    JsonReader r(json, {});
    Case c;
    c.id = r.string("id", true);
    c.number = r.string("number", true);
    c.city = r.enumeration("city", cityFromId, City::Astana);
    c.state = r.enumeration("state", caseStateFromId, CaseState::Received);
    c.version = r.integer("version", 1, std::numeric_limits<int>::max(), 1);
    // A case as an outside system reads it lacks what its job does not need
    // (integrationscope.h); an application (casecommand.cpp) lacks nothing.
    if (auto applicant = applicantFromJson(r.object("applicant", true), false))
        c.applicant = *applicant;
    else
        r.take(applicant.error());
    c.receivedOn = r.date("receivedOn", true);
    c.filedAt = r.moment("filedAt");
    c.kqpNumber = r.string("kqpNumber");
    c.preliminaryPermitNumber = r.string("preliminaryPermitNumber");
    c.preliminaryDecisionOn = r.date("preliminaryDecisionOn");
    c.nscApproved = r.optionalBoolean("nscApproved");
    c.cscVisitOn = r.date("cscVisitOn");
    c.arrivedOn = r.date("arrivedOn");
    c.fingerprintedOn = r.date("fingerprintedOn");
    c.courierTracking = r.string("courierTracking");
    c.residencePermitNumber = r.string("residencePermitNumber");
    c.legalBasis = r.string("legalBasis");
    c.outsideLegalBasis = r.optionalBoolean("outsideLegalBasis").value_or(false);
    c.possibleDuplicates = r.strings("possibleDuplicates");
    readDeskParts(r, c, whole);
    c.clocks = readList<DeadlineClock>(r, "clocks", readClock);
    c.decisions = readList<Decision>(r, "decisions", readDecision);
    c.history = readList<HistoryEntry>(r, "history", readHistoryEntry);
    if (auto done = r.finish(); !done)
        return std::unexpected(done.error());
    return c;
}

} // namespace

Result<Case> caseFromJson(const QJsonObject &json)
{
    return readCase(json, true);
}

Result<Case> caseForOversightFromJson(const QJsonObject &json)
{
    return readCase(json, false);
}

Result<void> casesForOversightFromJson(const QList<QByteArray> &bodies, QList<Case> &cases)
{
    const qsizetype parts = std::clamp<qsizetype>(QThread::idealThreadCount(), 1, 8);
    const qsizetype share = (bodies.size() + parts - 1) / parts;
    std::vector<QList<Case>> decoded(static_cast<size_t>(parts));
    std::vector<std::optional<Error>> errors(static_cast<size_t>(parts));
    const auto decodePart = [&](qsizetype part) {
        const qsizetype end = std::min(bodies.size(), (part + 1) * share);
        for (qsizetype i = part * share; i < end; ++i) {
            auto c = caseForOversightFromJson(QJsonDocument::fromJson(bodies.at(i)).object());
            if (!c) {
                errors[static_cast<size_t>(part)] = c.error();
                return;
            }
            decoded[static_cast<size_t>(part)].append(std::move(*c));
        }
    };
    {
        std::vector<std::jthread> workers;
        for (qsizetype part = 1; part < parts; ++part)
            workers.emplace_back(decodePart, part);
        decodePart(0);
    }
    for (const std::optional<Error> &error : errors) {
        if (error)
            return std::unexpected(*error);
    }
    for (QList<Case> &part : decoded)
        cases.append(std::move(part));
    return {};
}

std::optional<NoticeKind> noticeKindFromId(QStringView id)
{
    return byId(id,
                {NoticeKind::ReturnForRework,
                 NoticeKind::ApplicationDeleted,
                 NoticeKind::PreliminaryApproval,
                 NoticeKind::PreliminaryRefusal,
                 NoticeKind::ApprovalAnnulled,
                 NoticeKind::CscDeclined,
                 NoticeKind::FinalGrant,
                 NoticeKind::FinalRefusal,
                 NoticeKind::Withdrawn,
                 NoticeKind::DecisionRevoked},
                noticeKindId);
}

} // namespace Kezek
