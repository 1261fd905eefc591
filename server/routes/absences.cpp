#include "server/http/httpapi.h"

#include "core/domain/absence.h"
#include "core/domain/jsonreader.h"
#include "core/domain/queues.h"
#include "core/protocol/apierror.h"
#include "db/server/serverstore.h"
#include "db/server/userstore.h"
#include "server/http/responses.h"
#include "server/routes/routesupport.h"
#include "server/servertr.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QUuid>

// Absences (issue 31, point 2): a supervisor marks an officer or CSC operator
// of their city away from one day to another; meanwhile the workstation
// lists the person's held cases for the supervisor to hand out, and the
// escalation job tells the supervisors, not the absent holder.
namespace Kezek {

namespace {

QJsonObject absenceJson(const Absence &absence, const QString &markedBy)
{
    return {{QStringLiteral("id"), absence.id},
            {QStringLiteral("userId"), absence.userId},
            {QStringLiteral("from"), absence.from.toString(Qt::ISODate)},
            {QStringLiteral("to"), absence.to.toString(Qt::ISODate)},
            {QStringLiteral("markedBy"), markedBy}};
}

// The signed-in supervisor of a city, else an answered 403.
bool citySupervisor(const std::optional<UserRecord> &user, Http::Response &response)
{
    if (!user)
        return false;
    if (user->role != Role::Supervisor || !user->city) {
        sendError(response,
                  ApiError::Forbidden,
                  ServerTr::tr("Only a supervisor marks colleagues absent and reads their "
                               "absences."));
        return false;
    }
    return true;
}

} // namespace

void HttpApi::markAbsence(const Http::Request &request, Http::Response &response)
{
    const auto user = authenticate(request, response);
    if (!citySupervisor(user, response))
        return;
    const auto body = jsonBody(request, response);
    if (!body)
        return;
    JsonReader reader(*body, {});
    // The workstation's id for it, kept: a request sent again after its
    // answer was lost finds it and is answered as the first was.
    const QString id = reader.string("id");
    Absence absence{id.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : id,
                    reader.string("userId", true),
                    reader.date("from", true),
                    reader.date("to", true)};
    if (auto ok = reader.finish(); !ok) {
        sendError(response, 400, ok.error().code, ok.error().message);
        return;
    }
    ServerStore *db = store();
    auto person = UserStore(*db).findUser(absence.userId);
    if (!person) {
        sendError(response, ApiError::DatabaseUnavailable, person.error().message);
        return;
    }
    if (!person->has_value()) {
        sendError(response,
                  404,
                  QStringLiteral("absence.unknown-person"),
                  ServerTr::tr("There is no user \"%1\".").arg(absence.userId));
        return;
    }
    const Actor supervisor = actorOf(*user);
    const Actor absent = actorOf(**person);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const AuditEntry audit{
        user->id,
        QStringLiteral("absence"),
        absence.userId,
        QStringLiteral("%1 from %2 to %3")
            .arg(absence.id, absence.from.toString(Qt::ISODate), absence.to.toString(Qt::ISODate))};
    bool refusedByLaw = false;
    bool repeated = false;
    auto kept = db->addAbsence(
        {absence, *user->city, user->id, now},
        [&](const QList<Absence> &known) -> Result<void> {
            for (const Absence &other : known) {
                repeated = repeated || other.id == absence.id;
            }
            if (repeated)
                return fail(QStringLiteral("absence.repeated"), {});
            auto ok = mayMarkAbsent(supervisor, absent, absence, known);
            refusedByLaw = !ok;
            return ok;
        },
        audit);
    if (!kept && repeated) {
        sendJson(response, 200, {{QStringLiteral("absence"), absenceJson(absence, user->id)}});
        return;
    }
    if (!kept) {
        if (refusedByLaw)
            sendError(response, 422, kept.error().code, kept.error().message);
        else if (kept.error().code == u"absence.id-taken")
            sendError(response,
                      409,
                      kept.error().code,
                      ServerTr::tr("The absence \"%1\" is already another person's; mark this "
                                   "one under a new id.")
                          .arg(absence.id));
        else
            sendDatabaseUnavailable(response);
        return;
    }
    sendJson(response, 200, {{QStringLiteral("absence"), absenceJson(absence, user->id)}});
}

void HttpApi::listAbsences(const Http::Request &request, Http::Response &response)
{
    const auto user = authenticate(request, response);
    if (!citySupervisor(user, response))
        return;
    const QDate today = kazakhstanDate(QDateTime::currentDateTimeUtc());
    auto found = store()->absencesInCity(*user->city, today);
    if (!found) {
        sendError(response, ApiError::DatabaseUnavailable, found.error().message);
        return;
    }
    QJsonArray list;
    for (const ServerStore::AbsenceRecord &record : std::as_const(*found)) {
        QJsonObject json = absenceJson(record.absence, record.markedBy);
        json.insert(QStringLiteral("now"), record.absence.covers(today));
        list.append(json);
    }
    sendJson(response,
             200,
             {{QStringLiteral("absences"), list},
              {QStringLiteral("today"), today.toString(Qt::ISODate)}});
}

} // namespace Kezek
