#include "server/http/httpapi.h"

#include "core/domain/workflow.h"
#include "core/protocol/apierror.h"
#include "db/server/serverstore.h"
#include "server/http/responses.h"
#include "server/routes/routesupport.h"

#include <QJsonArray>
#include <QJsonObject>

#include <limits>

// The escalations told to the signed-in person (issue 30, point 3): their
// own, never another's; a workstation asks for those after its cursor at
// every sync, so a supervisor offline finds them at the next one.
namespace Kezek {

namespace {

constexpr qint64 DefaultNotifications = 200;
constexpr qint64 MaxNotifications = 1000;

QJsonObject escalationJson(const ServerStore::Escalation &e)
{
    return {{QStringLiteral("id"), e.id},
            {QStringLiteral("caseId"), e.caseId},
            {QStringLiteral("caseNumber"), e.caseNumber},
            {QStringLiteral("city"), cityId(e.city)},
            {QStringLiteral("clock"), e.clock},
            {QStringLiteral("started"), e.started.toString(Qt::ISODate)},
            {QStringLiteral("level"), e.level},
            {QStringLiteral("due"), e.due.toString(Qt::ISODate)},
            {QStringLiteral("raisedAt"), e.raisedAt.toUTC().toString(Qt::ISODateWithMs)},
            {QStringLiteral("revision"), e.revision}};
}

} // namespace

void HttpApi::notifications(const Http::Request &request, Http::Response &response)
{
    const auto user = personSignedIn(request, response);
    if (!user)
        return;
    const auto after
        = queryNumber(request, response, "after", 0, 0, std::numeric_limits<qint64>::max());
    if (!after)
        return;
    const auto limit
        = queryNumber(request, response, "limit", DefaultNotifications, 1, MaxNotifications);
    if (!limit)
        return;
    if (!store()) {
        sendDatabaseUnavailable(response);
        return;
    }
    // One more than asked: whether there are more.
    auto found = store()->escalationsFor(user->id, *after, static_cast<int>(*limit) + 1);
    if (!found) {
        sendError(response, ApiError::DatabaseUnavailable, found.error().message);
        return;
    }
    const bool more = found->size() > *limit;
    if (more)
        found->resize(*limit);
    QJsonArray list;
    qint64 next = *after;
    // Told to this person when they held the case or led its city; one whose
    // role or city has changed since reads only what they may see now (the
    // cursor still passes the others).
    const Actor actor = actorOf(*user);
    for (const ServerStore::Escalation &e : std::as_const(*found)) {
        if (Workflow::maySeeCity(actor, e.city))
            list.append(escalationJson(e));
        next = e.revision;
    }
    sendJson(response,
             200,
             {{QStringLiteral("notifications"), list},
              {QStringLiteral("next"), next},
              {QStringLiteral("more"), more}});
}

} // namespace Kezek
