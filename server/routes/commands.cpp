#include "server/http/httpapi.h"

#include "core/domain/actdate.h"
#include "core/domain/casecodec.h"
#include "core/domain/casecommand.h"
#include "core/domain/commandkinds.h"
#include "core/domain/integrationscope.h"
#include "core/domain/jsonreader.h"
#include "core/domain/matchevidence.h"
#include "core/domain/queues.h"
#include "core/domain/workflow.h"
#include "core/protocol/apierror.h"
#include "core/security/passwords.h"
#include "core/security/signatures.h"
#include "db/server/auditlog.h"
#include "db/server/serverstore.h"
#include "db/server/userstore.h"
#include "db/storeerrors.h"
#include "resources/shippeddata.h"
#include "server/eventlog.h"
#include "server/http/requestlanguage.h"
#include "server/http/responses.h"
#include "server/routes/routesupport.h"
#include "server/servertr.h"
#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QTimeZone>
#include <QUrl>
#include <chrono>
#include <cstdio>
#include <map>
#include <vector>

namespace Kezek {

namespace {

constexpr int MaxBatch = 500;

QJsonObject rejected(const QString &id, const Error &error)
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("status"), QStringLiteral("rejected")},
            {QStringLiteral("code"), error.code},
            {QStringLiteral("message"), error.message}};
}

} // namespace

void HttpApi::commands(const Http::Request &request, Http::Response &response)
{
    const auto user = authenticate(request, response);
    if (!user)
        return;
    // An outside system speaks only on its own route, with its own types.
    if (user->role == Role::System) {
        sendError(response,
                  ApiError::Forbidden,
                  ServerTr::tr("Integrations send their messages to "
                               "/api/v1/integration/NAME/commands."));
        return;
    }
    const auto batch = commandBatch(request, response);
    if (!batch)
        return;
    sendResults(response, applyBatch(*user, *batch, {}));
}

void HttpApi::integrationCommands(const Http::Request &request, Http::Response &response)
{
    const auto user = authenticate(request, response);
    if (!user)
        return;
    const QString integration = fromStd(request.matches[1]);
    const IntegrationScope *scope = integrationScope(integration);
    const QStringList types = scope ? scope->commands : QStringList();
    if (user->role != Role::System || user->integration != integration || types.isEmpty()) {
        sendError(response,
                  ApiError::Forbidden,
                  ServerTr::tr("This credential does not speak for the integration \"%1\".")
                      .arg(integration));
        return;
    }
    const auto batch = commandBatch(request, response);
    if (!batch)
        return;
    sendResults(response, applyBatch(*user, *batch, types));
}

void HttpApi::sendResults(Http::Response &response, const Result<QJsonArray> &results)
{
    if (results) {
        sendJson(response, 200, {{QStringLiteral("results"), *results}});
        return;
    }
    // Nothing the client did: the whole batch is to be sent again, and what
    // was applied of it comes back "duplicate". A busy database soon.
    if (results.error().code == StoreErrors::Busy) {
        response.setHeader("Retry-After", "1");
        sendError(response, ApiError::StoreBusy);
        return;
    }
    sendDatabaseUnavailable(response);
}

std::optional<QJsonArray>
HttpApi::commandBatch(const Http::Request &request, Http::Response &response, const char *key)
{
    const auto body = jsonBody(request, response);
    if (!body)
        return std::nullopt;
    JsonReader reader(*body, {});
    const QJsonArray batch = reader.array(key);
    if (auto ok = reader.finish(); !ok) {
        sendError(response, 400, ok.error().code, ok.error().message);
        return std::nullopt;
    }
    if (batch.size() > MaxBatch) {
        sendError(response,
                  ApiError::BatchTooLarge,
                  apiMessage(ApiError::BatchTooLarge).arg(MaxBatch).arg(batch.size()));
        return std::nullopt;
    }
    return batch;
}

namespace {

// The database is busy or lost: the batch stops and is all sent again (what
// was applied of it comes back "duplicate").
bool storeLost(const Error &error)
{
    return error.code == StoreErrors::Busy || error.code == StoreErrors::Unavailable;
}

// An integration speaks only its own messages, and answers for the case as
// it stands when it names no base version: its refusal, or nothing.
std::optional<QJsonObject>
integrationRefuses(QJsonObject &json, const QStringList &onlyTypes, bool &onCurrentVersion)
{
    onCurrentVersion = false;
    if (onlyTypes.isEmpty())
        return std::nullopt;
    if (!onlyTypes.contains(json.value(u"type").toString())) {
        return rejected(json.value(u"id").toString(),
                        Error{QStringLiteral("integration.type"),
                              ServerTr::tr("This integration sends only: %1.")
                                  .arg(onlyTypes.join(QStringLiteral(", ")))});
    }
    if (!json.contains(u"baseVersion")) {
        onCurrentVersion = true;
        json.insert(QStringLiteral("baseVersion"), 1); // replaced under the lock
    }
    return std::nullopt;
}

void logCommand(const CaseCommand &command, const UserRecord &user, const QJsonObject &answer)
{
    logEvent(
        "INFO",
        "command",
        {{"id", command.id},
         {"type", command.type},
         {"case", command.caseId},
         {"user", user.id},
         {"status", answer.value(u"status").toString()},
         {"rebased-from",
          answer.contains(u"rebasedFrom") ? QString::number(answer.value(u"rebasedFrom").toInt())
                                          : QStringLiteral("-")}});
}

} // namespace

Result<QJsonArray>
HttpApi::applyBatch(const UserRecord &user, const QJsonArray &batch, const QStringList &onlyTypes)
{
    if (!store()) {
        return fail(QString(StoreErrors::Unavailable),
                    ServerTr::tr("The database is unavailable."));
    }
    const Actor actor = actorOf(user);
    const QDate today = kazakhstanToday();
    QJsonArray results;
    // The commands to apply, at their place in the batch; kept in place
    // (reserved), as their decisions refer to them.
    std::vector<PendingCommand> pending;
    pending.reserve(size_t(batch.size()));
    for (const auto &value : batch) {
        QJsonObject json = value.toObject();
        bool onCurrentVersion = false;
        if (auto refused = integrationRefuses(json, onlyTypes, onCurrentVersion)) {
            results.append(*refused);
            continue;
        }
        PendingCommand one{results.size(), {}, onCurrentVersion, std::nullopt, std::nullopt};
        auto admitted = admitCommand(user, json, one);
        if (!admitted)
            return std::unexpected(admitted.error());
        results.append(admitted->value_or(QJsonObject()));
        if (!admitted->has_value())
            pending.push_back(std::move(one));
    }
    QList<ServerStore::BatchCommand> commands;
    for (PendingCommand &one : pending) {
        const auto decide
            = [this, &user, &actor, today, &one](
                  const std::optional<Case> &found,
                  const QList<InterveningChange> &since) -> Result<ServerStore::CommandDecision> {
            one.applied.reset();
            auto decided = decideCommand(
                user, actor, one.command, one.onCurrentVersion, today, found, since, one.applied);
            if (decided)
                decided->evidence = one.evidence;
            return decided;
        };
        commands.append({one.command, user.id, one.onCurrentVersion, decide});
    }
    // One transaction for the lot (ServerStore::applyCommands).
    auto answers = store()->applyCommands(commands);
    if (!answers)
        return std::unexpected(answers.error());
    for (qsizetype i = 0; i < answers->size(); ++i) {
        auto answer = answered(user, actor, pending.at(size_t(i)), answers->at(i));
        if (!answer)
            return std::unexpected(answer.error());
        results.replace(pending.at(size_t(i)).at, *answer);
    }
    return results;
}

Result<std::optional<QJsonObject>>
HttpApi::admitCommand(const UserRecord &user, const QJsonObject &json, PendingCommand &admitted)
{
    ServerStore *db = store();
    const QString id = json.value(u"id").toString();
    auto command = caseCommandFromJson(json);
    if (!command)
        return rejected(id, command.error());
    // A decision must be signed; any signature sent is checked, so that
    // nothing is kept (and exported) as signed that was not verified.
    const bool signedCommand = needsSignature(*command) || !command->signature.isEmpty();
    if (!signedCommand) {
        // Applied before: the store answers "duplicate" with the first
        // answer, looked up under the case's lock, for a repeat racing this one.
        admitted.command = *command;
        return std::nullopt;
    }
    // Applied before: the same answer again, whatever the signature says now.
    auto earlier = db->commandAnswer(command->id);
    if (!earlier) {
        if (storeLost(earlier.error()))
            return std::unexpected(earlier.error());
        return rejected(id, earlier.error());
    }
    if (earlier->has_value()) {
        QJsonObject answer = **earlier;
        answer.insert(QStringLiteral("status"), QStringLiteral("duplicate"));
        return answer;
    }
    auto evidence = checkSignature(*command, user);
    if (!evidence)
        return rejected(id, evidence.error());
    // The signature as kept, with its trusted time and the revocation list it
    // was found good by, goes with the command into the transaction that
    // applies it: what was checked is what is exported, and a command the
    // law refuses leaves nothing behind.
    admitted.evidence = std::move(*evidence);
    admitted.command = *command;
    return std::nullopt;
}

Result<QJsonObject> HttpApi::answered(const UserRecord &user,
                                      const Actor &actor,
                                      const PendingCommand &one,
                                      const Result<QJsonObject> &answer)
{
    const CaseCommand &command = one.command;
    if (!answer) {
        logEvent("WARN",
                 "command",
                 {{"id", command.id},
                  {"case", command.caseId},
                  {"user", user.id},
                  {"store", answer.error().code}});
        // Anything but a lost database is this command's own (a case this
        // server cannot read): its answer says so, and the batch goes on.
        if (storeLost(answer.error()))
            return std::unexpected(answer.error());
        return rejected(command.id, answer.error());
    }
    // The case has left this person's desk (the law gives them nothing
    // more to do on it: a CSC operator's originals went by courier, an
    // officer's decision was made): their claim ends, so that the next
    // desk is not kept waiting for the lease to run out.
    if (one.applied && answer->value(u"status").toString() == u"applied"
        && user.role != Role::System && Workflow::leavesDesk(*one.applied, actor)) {
        if (auto released = store()->releaseClaim(command.caseId, user.id); !released) {
            logEvent("WARN",
                     "claim",
                     {{"case", command.caseId},
                      {"user", user.id},
                      {"release-failed", released.error().message}});
        }
    }
    logCommand(command, user, *answer);
    return *answer;
}

namespace {

ServerStore::CommandDecision answerOnly(QJsonObject answer)
{
    ServerStore::CommandDecision decision;
    decision.answer = std::move(answer);
    return decision;
}

// A person may not act on a case another person has claimed: why not, or
// nothing when the case is free or the caller's.
Result<std::optional<Error>> heldByAnother(ServerStore &db, const UserRecord &user, const Case &c)
{
    if (user.role == Role::System)
        return std::nullopt;
    auto claim = db.claimOf(c.id, QDateTime::currentDateTimeUtc());
    if (!claim)
        return std::unexpected(claim.error());
    if (!claim->has_value() || (*claim)->holder == user.id)
        return std::nullopt;
    return Error{
        QStringLiteral("case.claimed"),
        ServerTr::tr("Case %1 is being worked by %2 until %3 UTC; this command "
                     "was not applied.")
            .arg(c.number,
                 (*claim)->holder,
                 (*claim)->expiresAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")))};
}

// A document's scan is uploaded before the command that names it; one the
// server never received is said, not pointed at.
Result<std::optional<Error>> missingScan(ServerStore &db, const CaseCommand &command, const Case &c)
{
    const QString scan = command.payload.value(u"scan").toString();
    if (!isFact(command.type, CaseFact::UpdateDocument) || scan.isEmpty())
        return std::nullopt;
    auto documents = db.documentsOfCase(c.id);
    if (!documents)
        return std::unexpected(documents.error());
    const bool received
        = std::any_of(documents->cbegin(),
                      documents->cend(),
                      [&scan](const ServerStore::DocumentInfo &d) { return d.sha256 == scan; });
    if (received)
        return std::nullopt;
    return Error{QStringLiteral("document.missing"),
                 ServerTr::tr("The scan this command names (%1) never reached the "
                              "server; make the comparison again with a new scan.")
                     .arg(scan.left(12))};
}

// A conflict in words: the case as it stands and every change since the
// command's base, who made it and what it touched.
ServerStore::CommandDecision conflict(const QString &id,
                                      const Case &current,
                                      const QList<InterveningChange> &since,
                                      const Error &why)
{
    QJsonArray changes;
    for (const InterveningChange &change : since) {
        changes.append(
            QJsonObject{{QStringLiteral("version"), change.version},
                        {QStringLiteral("user"), change.userId},
                        {QStringLiteral("name"), change.userName},
                        {QStringLiteral("type"), change.type},
                        {QStringLiteral("at"), change.at.toUTC().toString(Qt::ISODate)},
                        {QStringLiteral("parts"), QJsonArray::fromStringList(change.parts)},
                        {QStringLiteral("text"), describeChange(change)}});
    }
    return answerOnly({{QStringLiteral("id"), id},
                       {QStringLiteral("status"), QStringLiteral("conflict")},
                       {QStringLiteral("version"), current.version},
                       {QStringLiteral("case"), caseToJson(current)},
                       {QStringLiteral("code"), why.code},
                       {QStringLiteral("message"), why.message},
                       {QStringLiteral("changes"), changes}});
}

// The audit's line for an applied command: what, which version it made, what
// it was based on, and the day it counts from (with the reason when dated
// on receipt).
QString auditDetail(const CaseCommand &command,
                    const Case &after,
                    std::optional<int> rebasedFrom,
                    const ActDating &dating)
{
    QString detail
        = QStringLiteral("%1 %2 version %3").arg(command.type, command.id).arg(after.version);
    if (rebasedFrom)
        detail += QStringLiteral(" rebased from %1").arg(*rebasedFrom);
    detail += QStringLiteral(" dated %1").arg(dating.date.toString(Qt::ISODate));
    if (command.madeAt.isValid())
        detail += QStringLiteral(" made %1").arg(command.madeAt.toString(Qt::ISODate));
    if (command.madeAt.isValid() && dating.atReceipt)
        detail += QStringLiteral(" on receipt: %1").arg(dating.why);
    // A revocation's reasoning is the audit's to show, beside who signed it.
    if (command.type == u"revoke-decision")
        detail += QStringLiteral(" reasoning: %1")
                      .arg(command.payload.value(u"text").toString().simplified());
    // §21, §26: what the CSC's "matched" rests on, the original's scan or the
    // operator's reason why there is none.
    if (command.type == caseFactId(CaseFact::UpdateDocument)
        && command.payload.value(u"command").toString() == u"verify") {
        const auto kind = checklistKindFromId(command.payload.value(u"checklist").toString());
        const auto type = documentTypeFromId(command.payload.value(u"document").toString());
        const ChecklistItem *item = kind && type && needsMatchEvidence(*kind)
                                        ? after.checklist(*kind).item(*type)
                                        : nullptr;
        if (item) {
            if (auto evidence = matchEvidence(item->scanSha256, item->unscannedReason))
                detail += QStringLiteral(" evidence: %1").arg(evidence->auditText());
        }
    }
    return detail;
}

} // namespace

Result<Result<ActDating>>
HttpApi::dateCommand(const CaseCommand &command, const Case &current, int baseVersion, QDate today)
{
    // Dated when it was made, within the window, not before its base.
    const QDateTime receivedAt = QDateTime::currentDateTimeUtc();
    auto baseMadeAt = store()->stepMadeAt(current.id, baseVersion);
    if (!baseMadeAt)
        return std::unexpected(baseMadeAt.error());
    // A version no command made (the intake, an import) began, at the
    // latest, on the day the application was received.
    if (!baseMadeAt->isValid() && current.receivedOn.isValid())
        *baseMadeAt
            = QDateTime(current.receivedOn, QTime(0, 0), QTimeZone::utc()).addSecs(-5 * 3600);
    if (!command.madeAt.isValid())
        return Result<ActDating>(ActDating{today, true, {}});
    return dateOfAct(command.madeAt, receivedAt, m_config.actWindowHours, *baseMadeAt);
}

Result<ServerStore::CommandDecision> HttpApi::decideCommand(const UserRecord &user,
                                                            const Actor &actor,
                                                            const CaseCommand &command,
                                                            bool onCurrentVersion,
                                                            QDate today,
                                                            const std::optional<Case> &found,
                                                            const QList<InterveningChange> &since,
                                                            std::optional<Case> &applied)
{
    ServerStore *db = store();
    const QString &id = command.id;
    if (!found || !Workflow::maySee(actor, *found)) {
        // Another city's case answers exactly like a case that does not exist.
        return answerOnly(
            rejected(id,
                     Error{QStringLiteral("case.not-found"),
                           ServerTr::tr("There is no case \"%1\".").arg(command.caseId)}));
    }
    const Case &current = *found;
    // Who holds the case first: a case held by another is answered so
    // without looking further.
    auto held = heldByAnother(*db, user, current);
    if (!held)
        return std::unexpected(held.error());
    if (*held)
        return answerOnly(rejected(id, **held));
    auto missing = missingScan(*db, command, current);
    if (!missing)
        return std::unexpected(missing.error());
    if (*missing)
        return answerOnly(rejected(id, **missing));
    CaseCommand based = command;
    if (onCurrentVersion)
        based.baseVersion = current.version;
    if (based.baseVersion > current.version) {
        return conflict(id,
                        current,
                        since,
                        Error{QStringLiteral("command.conflict"),
                              ServerTr::tr("This command names version %1 of case %2, which the "
                                           "server has not reached (it has %3).")
                                  .arg(based.baseVersion)
                                  .arg(current.number)
                                  .arg(current.version)});
    }
    const bool rebased = based.baseVersion < current.version;
    if (rebased) {
        if (auto ok = mayRebase(based, current, since); !ok)
            return conflict(id, current, since, ok.error());
    }
    auto dated = dateCommand(command, current, based.baseVersion, today);
    if (!dated)
        return std::unexpected(dated.error());
    const Result<ActDating> &dating = *dated;
    if (!dating)
        return answerOnly(rejected(id, dating.error()));
    auto outcome = applyCaseCommand(current, actor, based, dating->date, m_law.context());
    if (!outcome) {
        if (rebased)
            return conflict(id, current, since, rebaseRefused(outcome.error(), since));
        return answerOnly(rejected(id, outcome.error()));
    }
    ServerStore::CommandDecision decision;
    decision.after = outcome->after;
    decision.notices = outcome->notices;
    decision.audit = {user.id,
                      QStringLiteral("command"),
                      command.caseId,
                      auditDetail(command,
                                  outcome->after,
                                  rebased ? std::optional<int>(based.baseVersion) : std::nullopt,
                                  *dating)};
    if (rebased && !onCurrentVersion)
        decision.answer.insert(QStringLiteral("rebasedFrom"), based.baseVersion);
    applied = outcome->after;
    return decision;
}

Result<ServerStore::SignatureEvidence> HttpApi::checkSignature(const CaseCommand &command,
                                                               const UserRecord &user)
{
    if (command.signature.isEmpty()) {
        return fail(QStringLiteral("signature.missing"),
                    ServerTr::tr("A decision must carry the officer's digital signature."));
    }
    // The decision's time: the TSA's, when it carries a token (which must
    // agree with the act's own); else the act's own. The certificate must
    // have been valid then.
    auto carried = m_time.carried(command.signature, command.madeAt);
    if (!carried)
        return std::unexpected(carried.error());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // The act's own moment only within the window the law gives an act
    // made offline: a key that expired or was revoked last month cannot
    // sign a decision dated before that. Outside it, or in the future, the
    // moment of receipt (the act's dating then says why).
    const bool inWindow = command.madeAt.isValid() && command.madeAt <= now
                          && command.madeAt.secsTo(now) <= qint64(m_config.actWindowHours) * 3600;
    const QDateTime at = *carried ? (*carried)->at : inWindow ? command.madeAt : now;
    auto signer = verifyDecisionSignature(signedContent(command), command.signature, m_trust, at);
    if (!signer)
        return std::unexpected(signer.error());
    auto registered = registeredCertificate(user);
    if (!registered)
        return std::unexpected(registered.error());
    // The person: the IIN of the certificate registered for this officer.
    if (signer->iin != certificateIin(*registered)) {
        return fail(QStringLiteral("signature.other-person"),
                    ServerTr::tr("The decision is signed with the certificate of another person "
                                 "(IIN %1), not of %2.")
                        .arg(signer->iin, user.id));
    }
    if (!sameKey(signer->certificate, *registered)) {
        return fail(QStringLiteral("signature.not-yours"),
                    ServerTr::tr("The decision is signed with a key that is not the one "
                                 "registered for %1.")
                        .arg(user.id));
    }
    // Revoked at or before the decision's time: refused. The list must be
    // current now, so that a revocation already published is not missed.
    ServerStore::SignatureEvidence evidence;
    evidence.received = command.signature;
    auto status = revocationStatus(*signer, now);
    if (!status)
        return std::unexpected(status.error());
    if (*status) {
        if (auto allowed = revocationAllows(**status, at); !allowed)
            return std::unexpected(allowed.error());
        evidence.revocation = (*status)->evidence.der;
        evidence.revocationSource = (*status)->evidence.source == RevocationEvidence::Source::Ocsp
                                        ? QStringLiteral("ocsp")
                                        : QStringLiteral("crl");
    }
    // Signed offline: the server's archive timestamp says when it arrived.
    auto time = *carried ? Result<SignatureTime>(**carried) : m_time.stamp(command.signature, now);
    if (!time)
        return std::unexpected(time.error());
    // What is kept must verify as what was checked did (the stamped CMS is
    // written anew).
    if (auto kept = verifyDecisionSignature(signedContent(command), time->signature, m_trust, at);
        !kept)
        return std::unexpected(kept.error());
    evidence.signature = time->signature;
    evidence.timeSource = signatureTimeSourceId(time->source);
    evidence.trustedAt = time->at;
    evidence.tsa = time->tsa;
    return evidence;
}

Result<QByteArray> HttpApi::registeredCertificate(const UserRecord &user)
{
    auto registered = UserStore(*store()).signingCertificate(user.id);
    if (!registered)
        return std::unexpected(registered.error());
    if (!registered->has_value()) {
        return fail(QStringLiteral("signature.no-certificate"),
                    ServerTr::tr("No signing certificate is registered for %1; an administrator "
                                 "registers it with \"kezekctl admin set-certificate\".")
                        .arg(user.id));
    }
    if (certificateIin(**registered).isEmpty()) {
        return fail(QStringLiteral("signature.registered-without-iin"),
                    ServerTr::tr("The certificate registered for %1 names no IIN: an "
                                 "administrator registers the officer's certificate again with "
                                 "\"kezekctl admin set-certificate\".")
                        .arg(user.id));
    }
    return **registered;
}

Result<std::optional<RevocationStatus>> HttpApi::revocationStatus(const SignerIdentity &signer,
                                                                  const QDateTime &now)
{
    using Found = Result<std::optional<RevocationStatus>>;
    // A source that cannot be reached, or a responder that gives no status
    // (tryLater, internalError: RFC 6960 §2.3), gives way to the next one
    // configured, logged; any other answer, revoked or refused, is final.
    const auto fallBack = [](const Result<RevocationStatus> &status,
                             const char *unreachableCode,
                             const char *nextSource) {
        if (status || !nextSource
            || (status.error().code != QLatin1StringView(unreachableCode)
                && status.error().code != u"revocation.ocsp-status"))
            return false;
        logEvent("WARN",
                 "revocation",
                 {{"message", status.error().message}, {"using", QString::fromLatin1(nextSource)}});
        return true;
    };
    const char *afterOcsp = m_fetchedCrls.configured() ? "crl-url"
                            : m_crls.configured()      ? "crl"
                                                       : nullptr;
    if (m_ocsp.configured()) {
        auto status = m_ocsp.status(signer.certificate, signer.issuer, now);
        if (!fallBack(status, "revocation.ocsp-unreachable", afterOcsp))
            return status ? Found(std::optional(*status)) : std::unexpected(status.error());
    }
    if (m_fetchedCrls.configured()) {
        auto status = m_fetchedCrls.status(signer.certificate, signer.issuer, now);
        if (!fallBack(status, "revocation.crl-unreachable", m_crls.configured() ? "crl" : nullptr))
            return status ? Found(std::optional(*status)) : std::unexpected(status.error());
    }
    if (!m_crls.configured())
        return std::optional<RevocationStatus>();
    auto status = m_crls.status(signer.certificate, signer.issuer, now);
    return status ? Found(std::optional(*status)) : std::unexpected(status.error());
}

} // namespace Kezek
