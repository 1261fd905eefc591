#include "server/http/httpapi.h"

#include "core/domain/actdate.h"
#include "core/domain/casecodec.h"
#include "core/domain/casecommand.h"
#include "core/domain/integrationscope.h"
#include "core/domain/jsonreader.h"
#include "core/domain/oversight.h"
#include "core/domain/queues.h"
#include "core/domain/workflow.h"
#include "core/protocol/apierror.h"
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

QJsonObject claimRefused(const QString &caseId, const Error &error)
{
    return {{QStringLiteral("caseId"), caseId},
            {QStringLiteral("status"), QStringLiteral("rejected")},
            {QStringLiteral("code"), error.code},
            {QStringLiteral("message"), error.message}};
}

QJsonObject claimJson(const ServerStore::Claim &claim, const QString &status)
{
    return {{QStringLiteral("caseId"), claim.caseId},
            {QStringLiteral("status"), status},
            {QStringLiteral("holder"), claim.holder},
            {QStringLiteral("expiresAt"), claim.expiresAt.toUTC().toString(Qt::ISODate)}};
}

// Each desk of the city now, by holder id, as the dashboard's "officers and
// CSC operators now" counts it (one rule, the domain's oversight figures):
// the cases held, and those whose duty falls due this week.
Result<QHash<QString, HolderFigure>> desksNow(ServerStore &db, City city, const Lawbook &law)
{
    const QDate today = kazakhstanToday();
    OversightQuery query{today, today, today, city, {}};
    auto active = db.activeClaims(QDateTime::currentDateTimeUtc());
    if (!active)
        return std::unexpected(active.error());
    for (const auto &[claim, claimCity] : std::as_const(*active)) {
        if (claimCity == cityId(city))
            query.holders.insert(claim.caseId, claim.holder);
    }
    QHash<QString, HolderFigure> desks;
    if (query.holders.isEmpty())
        return desks;
    auto cases = db.casesForOversight(city);
    if (!cases)
        return std::unexpected(cases.error());
    auto figures = computeOversight(*cases, query, law);
    if (!figures)
        return std::unexpected(figures.error());
    for (const HolderFigure &desk : std::as_const(figures->holders))
        desks.insert(desk.holderId, desk);
    return desks;
}

} // namespace

// The signed-in person of a claims request; an integration is answered 403.
std::optional<UserRecord> HttpApi::personSignedIn(const Http::Request &request,
                                                  Http::Response &response)
{
    auto user = authenticate(request, response);
    if (user && user->role == Role::System) {
        sendError(response, ApiError::Forbidden, ServerTr::tr("Integrations do not claim cases."));
        return std::nullopt;
    }
    return user;
}

void HttpApi::claims(const Http::Request &request, Http::Response &response)
{
    const auto user = personSignedIn(request, response);
    if (!user)
        return;
    const auto batch = commandBatch(request, response, "claims");
    if (!batch)
        return;
    ServerStore *db = store();
    const Actor actor = actorOf(*user);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QJsonArray results;
    for (const auto &value : *batch) {
        JsonReader item(value.toObject(), {});
        const QString caseId = item.string("caseId", true);
        const bool release = item.optionalBoolean("release").value_or(false);
        const QString assignTo = item.string("assignTo");
        // A give's own id and the holder its supervisor saw (issue 31, point 2).
        GiveAsked give{item.string("requestId"), std::nullopt};
        if (value.toObject().contains(u"fromHolder"))
            give.fromHolder = item.string("fromHolder");
        if (auto ok = item.finish(); !ok) {
            results.append(claimRefused(caseId, ok.error()));
            continue;
        }
        auto found = db->findCase(caseId);
        if (!found) {
            results.append(claimRefused(caseId, found.error()));
            continue;
        }
        if (!found->has_value() || !Workflow::maySee(actor, **found)) {
            results.append(
                claimRefused(caseId,
                             Error{QStringLiteral("case.not-found"),
                                   ServerTr::tr("There is no case \"%1\".").arg(caseId)}));
            continue;
        }
        if (!assignTo.isEmpty()) {
            results.append(assign(*user, **found, assignTo, give, now));
            continue;
        }
        if (!Workflow::mayClaim(actor, **found)) {
            results.append(claimRefused(
                caseId,
                Error{QStringLiteral("claim.role"),
                      ServerTr::tr("Your role reads cases and works none, so it claims none.")}));
            continue;
        }
        if (release) {
            auto released = db->releaseClaim(caseId, user->id);
            if (!released) {
                results.append(claimRefused(caseId, released.error()));
                continue;
            }
            if (*released) {
                (void)AuditLog(*db).append(
                    {user->id, QStringLiteral("release"), caseId, QStringLiteral("given back")},
                    now);
            }
            results.append(QJsonObject{{QStringLiteral("caseId"), caseId},
                                       {QStringLiteral("status"), QStringLiteral("released")}});
            continue;
        }
        // Who held it before: a claim taken (not a lease renewed, which every
        // sync does) is entered in the audit log, once, by the one who won it
        // (issue 31, point 2: an officer's claim of several cases, each audited).
        const auto before = db->claimOf(caseId, now);
        auto claim = db->claimCase(caseId, user->id, now, qint64(m_config.claimMinutes) * 60);
        if (!claim) {
            results.append(claimRefused(caseId, claim.error()));
            continue;
        }
        if (claim->holder == user->id && before
            && (!before->has_value() || (*before)->holder != user->id)) {
            (void)AuditLog(*db).append(
                {user->id,
                 QStringLiteral("claim"),
                 caseId,
                 QStringLiteral("until %1").arg(claim->expiresAt.toString(Qt::ISODate))},
                now);
        }
        results.append(claimJson(
            *claim, claim->holder == user->id ? QStringLiteral("held") : QStringLiteral("taken")));
    }
    sendJson(response,
             200,
             {{QStringLiteral("results"), results},
              {QStringLiteral("now"), now.toString(Qt::ISODateWithMs)}});
}

QJsonObject HttpApi::assign(const UserRecord &supervisor,
                            const Case &c,
                            const QString &assigneeId,
                            const GiveAsked &give,
                            const QDateTime &now)
{
    ServerStore *db = store();
    auto assignee = UserStore(*db).findUser(assigneeId);
    if (!assignee)
        return claimRefused(c.id, assignee.error());
    if (!assignee->has_value()) {
        return claimRefused(c.id,
                            Error{QStringLiteral("claim.assignee"),
                                  ServerTr::tr("There is no user \"%1\".").arg(assigneeId)});
    }
    if (auto ok = Workflow::mayAssign(actorOf(supervisor), c, actorOf(**assignee)); !ok)
        return claimRefused(c.id, ok.error());
    const qint64 lease = qint64(m_config.claimMinutes) * 60;
    const QJsonObject answer
        = claimJson({c.id, assigneeId, now.toUTC().addSecs(lease)}, QStringLiteral("assigned"));
    // Who gave whose work to whom is kept, as every step on a case is, in
    // the transaction that gives it.
    const AuditEntry audit{
        supervisor.id, QStringLiteral("assign"), c.id, QStringLiteral("to %1").arg(assigneeId)};
    auto given = db->giveCase({give.requestId, c.id, supervisor.id, assigneeId, give.fromHolder},
                              now,
                              lease,
                              answer,
                              audit);
    if (!given)
        return claimRefused(c.id, given.error());
    if (given->earlier)
        return *given->earlier;
    if (given->heldBy) {
        QJsonObject refused = claimRefused(
            c.id,
            Error{QStringLiteral("claim.moved"),
                  ServerTr::tr("Case %1 is held by %2 now, not by whom you saw: it was not given "
                               "to %3. Look at it again before you give it.")
                      .arg(c.number, given->heldBy->holder, assigneeId)});
        refused.insert(QStringLiteral("holder"), given->heldBy->holder);
        return refused;
    }
    return answer;
}

void HttpApi::colleagues(const Http::Request &request, Http::Response &response)
{
    const auto user = authenticate(request, response);
    if (!user)
        return;
    if (user->role != Role::Supervisor || !user->city) {
        sendError(response,
                  ApiError::Forbidden,
                  ServerTr::tr("Only a supervisor gives cases to colleagues."));
        return;
    }
    auto users = UserStore(*store()).users();
    if (!users) {
        sendError(response, ApiError::DatabaseUnavailable, users.error().message);
        return;
    }
    // Each one's load, so that the supervisor does not give to the busiest.
    const auto desks = desksNow(*store(), *user->city, m_law);
    if (!desks) {
        sendError(response, ApiError::DatabaseUnavailable, desks.error().message);
        return;
    }
    // Those a case of this city may go to, as the law's reassignment allows.
    QJsonArray list;
    for (const UserRecord &colleague : std::as_const(*users)) {
        if (colleague.city != user->city
            || (colleague.role != Role::MigrationOfficer && colleague.role != Role::CscOperator))
            continue;
        const HolderFigure desk = desks->value(colleague.id);
        list.append(QJsonObject{{QStringLiteral("id"), colleague.id},
                                {QStringLiteral("name"), colleague.name},
                                {QStringLiteral("role"), roleId(colleague.role)},
                                {QStringLiteral("office"), colleague.office},
                                {QStringLiteral("held"), desk.held.size()},
                                {QStringLiteral("dueThisWeek"), desk.dueThisWeek.size()}});
    }
    sendJson(response, 200, {{QStringLiteral("colleagues"), list}});
}

void HttpApi::listClaims(const Http::Request &request, Http::Response &response)
{
    const auto user = personSignedIn(request, response);
    if (!user)
        return;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto active = store()->activeClaims(now);
    if (!active) {
        sendError(response, ApiError::DatabaseUnavailable, active.error().message);
        return;
    }
    // The holders by name too, so that every list names the person.
    QHash<QString, QString> names;
    if (auto users = UserStore(*store()).users()) {
        for (const UserRecord &person : std::as_const(*users))
            names.insert(person.id, person.name);
    }
    const Actor actor = actorOf(*user);
    QJsonArray claims;
    for (const auto &[claim, city] : std::as_const(*active)) {
        const auto cityId = cityFromId(city);
        if (!cityId || !Workflow::maySeeCity(actor, *cityId))
            continue;
        QJsonObject held = claimJson(claim, QStringLiteral("held"));
        if (const QString name = names.value(claim.holder); !name.isEmpty())
            held.insert(QStringLiteral("holderName"), name);
        claims.append(held);
    }
    sendJson(response,
             200,
             {{QStringLiteral("claims"), claims},
              {QStringLiteral("now"), now.toString(Qt::ISODateWithMs)}});
}

} // namespace Kezek
