#include "server/http/httpapi.h"

#include "core/domain/actdate.h"
#include "core/domain/casecodec.h"
#include "core/domain/casecommand.h"
#include "core/domain/integrationscope.h"
#include "core/domain/jsonreader.h"
#include "core/domain/queues.h"
#include "core/domain/workflow.h"
#include "core/security/passwords.h"
#include "core/security/signatures.h"
#include "db/server/auditlog.h"
#include "db/server/serverstore.h"
#include "db/server/userstore.h"
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

void HttpApi::commands(const httplib::Request &request, httplib::Response &response)
{
    const auto user = authenticate(request, response);
    if (!user)
        return;
    // An outside system speaks only on its own route, with its own types.
    if (user->role == Role::System) {
        sendError(response,
                  403,
                  QStringLiteral("forbidden"),
                  ServerTr::tr("Integrations send their messages to "
                               "/api/v1/integration/NAME/commands."));
        return;
    }
    const auto batch = commandBatch(request, response);
    if (!batch)
        return;
    sendResults(response, applyBatch(*user, *batch, {}));
}

void HttpApi::integrationCommands(const httplib::Request &request, httplib::Response &response)
{
    const auto user = authenticate(request, response);
    if (!user)
        return;
    const QString integration = fromStd(request.matches[1]);
    const IntegrationScope *scope = integrationScope(integration);
    const QStringList types = scope ? scope->commands : QStringList();
    if (user->role != Role::System || user->integration != integration || types.isEmpty()) {
        sendError(response,
                  403,
                  QStringLiteral("forbidden"),
                  ServerTr::tr("This credential does not speak for the integration \"%1\".")
                      .arg(integration));
        return;
    }
    const auto batch = commandBatch(request, response);
    if (!batch)
        return;
    sendResults(response, applyBatch(*user, *batch, types));
}

void HttpApi::sendResults(httplib::Response &response, const Result<QJsonArray> &results)
{
    if (results) {
        sendJson(response, 200, {{QStringLiteral("results"), *results}});
        return;
    }
    // Nothing the client did: the whole batch is to be sent again, and what
    // was applied of it comes back "duplicate". A busy database soon.
    if (results.error().code == u"store.busy") {
        response.set_header("Retry-After", "1");
        sendError(response,
                  503,
                  QStringLiteral("store.busy"),
                  ServerTr::tr("The database is busy with other writes; send the commands again "
                               "in a moment. Nothing of them is lost."));
        return;
    }
    sendDatabaseUnavailable(response);
}

std::optional<QJsonArray>
HttpApi::commandBatch(const httplib::Request &request, httplib::Response &response, const char *key)
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
                  413,
                  QStringLiteral("batch-too-large"),
                  ServerTr::tr("A batch holds at most %1 commands; this one has %2.")
                      .arg(MaxBatch)
                      .arg(batch.size()));
        return std::nullopt;
    }
    return batch;
}

Result<QJsonArray>
HttpApi::applyBatch(const UserRecord &user, const QJsonArray &batch, const QStringList &onlyTypes)
{
    ServerStore *db = store();
    if (!db) {
        return fail(QStringLiteral("store.unavailable"),
                    ServerTr::tr("The database is unavailable."));
    }
    const Actor actor = actorOf(user);
    const QDate today = kazakhstanToday();
    QJsonArray results;
    for (const auto &value : batch) {
        QJsonObject json = value.toObject();
        const QString id = json.value(u"id").toString();
        // An integration speaks only its own messages, and answers for the
        // case as it stands when it names no base version.
        bool onCurrentVersion = false;
        if (!onlyTypes.isEmpty()) {
            if (!onlyTypes.contains(json.value(u"type").toString())) {
                results.append(rejected(id,
                                        Error{QStringLiteral("integration.type"),
                                              ServerTr::tr("This integration sends only: %1.")
                                                  .arg(onlyTypes.join(QStringLiteral(", ")))}));
                continue;
            }
            if (!json.contains(u"baseVersion")) {
                onCurrentVersion = true;
                json.insert(QStringLiteral("baseVersion"), 1); // replaced under the lock
            }
        }
        auto command = caseCommandFromJson(json);
        if (!command) {
            results.append(rejected(id, command.error()));
            continue;
        }
        // Applied before: the same answer again, whatever the payload says now
        // (looked up again under the case's lock, for a repeat racing this one).
        auto earlier = db->commandAnswer(command->id);
        if (!earlier) {
            if (earlier.error().code == u"store.busy"
                || earlier.error().code == u"store.unavailable")
                return std::unexpected(earlier.error());
            results.append(rejected(id, earlier.error()));
            continue;
        }
        if (earlier->has_value()) {
            QJsonObject answer = **earlier;
            answer.insert(QStringLiteral("status"), QStringLiteral("duplicate"));
            results.append(answer);
            continue;
        }
        // A decision must be signed; any signature sent is checked, so that
        // nothing is kept (and exported) as signed that was not verified.
        if (needsSignature(*command) || !command->signature.isEmpty()) {
            if (auto ok = checkSignature(*command, user); !ok) {
                results.append(rejected(id, ok.error()));
                continue;
            }
        }
        std::optional<Case> applied; // the case as the command left it
        const auto decide
            = [&](const std::optional<Case> &found,
                  const QList<InterveningChange> &since) -> Result<ServerStore::CommandDecision> {
            return decideCommand(
                user, actor, *command, onCurrentVersion, today, found, since, applied);
        };
        auto answer = db->applyCommand(*command, user.id, onCurrentVersion, decide);
        if (!answer) {
            logEvent("WARN",
                     "command",
                     {{"id", command->id},
                      {"case", command->caseId},
                      {"user", user.id},
                      {"store", answer.error().code}});
            // A busy or lost database stops the batch: it is all sent again
            // (what was applied of it comes back "duplicate"). Anything else
            // is this command's own (a case this server cannot read): its
            // answer says so, and the commands after it go on.
            if (answer.error().code == u"store.busy" || answer.error().code == u"store.unavailable")
                return std::unexpected(answer.error());
            results.append(rejected(command->id, answer.error()));
            continue;
        }
        // The case has left this person's desk (the law gives them nothing
        // more to do on it: a CSC operator's originals went by courier, an
        // officer's decision was made): their claim ends, so that the next
        // desk is not kept waiting for the lease to run out.
        if (applied && answer->value(u"status").toString() == u"applied"
            && user.role != Role::System && Workflow::leavesDesk(*applied, actor)) {
            if (auto released = db->releaseClaim(command->caseId, user.id); !released) {
                logEvent("WARN",
                         "claim",
                         {{"case", command->caseId},
                          {"user", user.id},
                          {"release-failed", released.error().message}});
            }
        }
        logEvent("INFO",
                 "command",
                 {{"id", command->id},
                  {"type", command->type},
                  {"case", command->caseId},
                  {"user", user.id},
                  {"status", answer->value(u"status").toString()},
                  {"rebased-from",
                   answer->contains(u"rebasedFrom")
                       ? QString::number(answer->value(u"rebasedFrom").toInt())
                       : QStringLiteral("-")}});
        results.append(*answer);
    }
    return results;
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
    const auto answerOnly = [](QJsonObject answer) {
        ServerStore::CommandDecision decision;
        decision.answer = std::move(answer);
        return decision;
    };
    if (!found || !Workflow::maySee(actor, *found)) {
        // Another city's case answers exactly like a case that does not exist.
        return answerOnly(
            rejected(id,
                     Error{QStringLiteral("case.not-found"),
                           ServerTr::tr("There is no case \"%1\".").arg(command.caseId)}));
    }
    const Case &current = *found;
    // A person may not act on a case another person has claimed.
    if (user.role != Role::System) {
        auto claim = db->claimOf(current.id, QDateTime::currentDateTimeUtc());
        if (!claim)
            return std::unexpected(claim.error());
        if (claim->has_value() && (*claim)->holder != user.id) {
            return answerOnly(rejected(
                id,
                Error{QStringLiteral("case.claimed"),
                      ServerTr::tr("Case %1 is being worked by %2 until %3 UTC; this command "
                                   "was not applied.")
                          .arg(current.number,
                               (*claim)->holder,
                               (*claim)->expiresAt.toUTC().toString(
                                   QStringLiteral("yyyy-MM-dd HH:mm")))}));
        }
    }
    // A document's scan is uploaded before the command that names it;
    // one the server never received is said, not pointed at.
    if (const QString scan = command.payload.value(u"scan").toString();
        command.type == u"update-document" && !scan.isEmpty()) {
        auto documents = db->documentsOfCase(current.id);
        if (!documents)
            return std::unexpected(documents.error());
        const bool received
            = std::any_of(documents->cbegin(),
                          documents->cend(),
                          [&scan](const ServerStore::DocumentInfo &d) { return d.sha256 == scan; });
        if (!received) {
            return answerOnly(
                rejected(id,
                         Error{QStringLiteral("document.missing"),
                               ServerTr::tr("The scan this command names (%1) never reached the "
                                            "server; make the comparison again with a new scan.")
                                   .arg(scan.left(12))}));
        }
    }
    CaseCommand based = command;
    if (onCurrentVersion)
        based.baseVersion = current.version;
    const auto conflict = [&](const Error &why) {
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
    };
    if (based.baseVersion > current.version) {
        return conflict(Error{QStringLiteral("command.conflict"),
                              ServerTr::tr("This command names version %1 of case %2, which the "
                                           "server has not reached (it has %3).")
                                  .arg(based.baseVersion)
                                  .arg(current.number)
                                  .arg(current.version)});
    }
    const bool rebased = based.baseVersion < current.version;
    if (rebased) {
        if (auto ok = mayRebase(based, current, since); !ok)
            return conflict(ok.error());
    }
    // Dated when it was made, within the window, not before its base.
    const QDateTime receivedAt = QDateTime::currentDateTimeUtc();
    auto baseMadeAt = db->stepMadeAt(current.id, based.baseVersion);
    if (!baseMadeAt)
        return std::unexpected(baseMadeAt.error());
    // A version no command made (the intake, an import) began, at the
    // latest, on the day the application was received.
    if (!baseMadeAt->isValid() && current.receivedOn.isValid())
        *baseMadeAt
            = QDateTime(current.receivedOn, QTime(0, 0), QTimeZone::utc()).addSecs(-5 * 3600);
    auto dating = command.madeAt.isValid()
                      ? dateOfAct(command.madeAt, receivedAt, m_config.actWindowHours, *baseMadeAt)
                      : Result<ActDating>(ActDating{today, true, {}});
    if (!dating)
        return answerOnly(rejected(id, dating.error()));
    auto outcome = applyCaseCommand(current, actor, based, dating->date, m_law.context());
    if (!outcome) {
        if (rebased)
            return conflict(rebaseRefused(outcome.error(), since));
        return answerOnly(rejected(id, outcome.error()));
    }
    ServerStore::CommandDecision decision;
    decision.after = outcome->after;
    decision.notices = outcome->notices;
    QString detail = QStringLiteral("%1 %2 version %3")
                         .arg(command.type, command.id)
                         .arg(outcome->after.version);
    if (rebased)
        detail += QStringLiteral(" rebased from %1").arg(based.baseVersion);
    // When it counts from, and, dated on receipt for a reason, the reason.
    detail += QStringLiteral(" dated %1").arg(dating->date.toString(Qt::ISODate));
    if (command.madeAt.isValid())
        detail += QStringLiteral(" made %1").arg(command.madeAt.toString(Qt::ISODate));
    if (command.madeAt.isValid() && dating->atReceipt)
        detail += QStringLiteral(" on receipt: %1").arg(dating->why);
    // A revocation's reasoning is the audit's to show, beside who signed it.
    if (command.type == u"revoke-decision")
        detail += QStringLiteral(" reasoning: %1")
                      .arg(command.payload.value(u"text").toString().simplified());
    decision.audit = {user.id, QStringLiteral("command"), command.caseId, detail};
    if (rebased && !onCurrentVersion)
        decision.answer.insert(QStringLiteral("rebasedFrom"), based.baseVersion);
    applied = outcome->after;
    return decision;
}

Result<void> HttpApi::checkSignature(const CaseCommand &command, const UserRecord &user)
{
    if (command.signature.isEmpty()) {
        return fail(QStringLiteral("signature.missing"),
                    ServerTr::tr("A decision must carry the officer's digital signature."));
    }
    auto signer = verifyDetached(signedContent(command), command.signature, m_signingAuthority);
    if (!signer)
        return std::unexpected(signer.error());
    auto registered = UserStore(*store()).signingCertificate(user.id);
    if (!registered)
        return std::unexpected(registered.error());
    if (!registered->has_value()) {
        return fail(QStringLiteral("signature.no-certificate"),
                    ServerTr::tr("No signing certificate is registered for %1; an administrator "
                                 "registers it with \"kezekctl admin set-certificate\".")
                        .arg(user.id));
    }
    if (!sameKey(*signer, **registered)) {
        return fail(QStringLiteral("signature.not-yours"),
                    ServerTr::tr("The decision is signed with another person's key, not with the "
                                 "certificate registered for %1.")
                        .arg(user.id));
    }
    return {};
}

} // namespace Kezek
