#include "server/http/httpapi.h"

#include "core/domain/casenotes.h"
#include "core/domain/workflow.h"
#include "core/protocol/apierror.h"
#include "db/server/serverstore.h"
#include "server/http/responses.h"
#include "server/routes/routesupport.h"
#include "server/servertr.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QUuid>

#include <algorithm>
#include <limits>

// Internal notes on a case (issue 31, point 3): written and read by the staff
// who may see the case, never by an outside system (eGov speaks for the
// applicant's side), each kept once by its id with an audit entry. A note is
// not a command: the case's stage, version and history stay as they are.
namespace Kezek {

namespace {

constexpr qint64 DefaultNotes = 500;
constexpr qint64 MaxNotes = 2000;

// The note a request asks to keep, written by `user` on `caseId`; or why not.
Result<CaseNote>
requestedNote(const QJsonObject &body, const UserRecord &user, const QString &caseId)
{
    CaseNote note;
    note.id = body.value(u"id").toString();
    note.caseId = caseId;
    note.authorId = user.id;
    note.authorName = user.name;
    note.authorRole = user.role;
    note.madeAt = QDateTime::fromString(body.value(u"madeAt").toString(), Qt::ISODateWithMs);
    if (QUuid::fromString(note.id).isNull() || !note.madeAt.isValid()) {
        return fail(QStringLiteral("note.malformed"),
                    ServerTr::tr("A note needs its id (a UUID) and the time it was written."));
    }
    // A workstation's clock ahead of the server's does not date a note in
    // the future.
    note.madeAt = std::min(note.madeAt.toUTC(), QDateTime::currentDateTimeUtc());
    auto text = CaseNotes::checkedText(body.value(u"text").toString());
    if (!text)
        return std::unexpected(text.error());
    note.text = *text;
    return note;
}

} // namespace

// The one check both routes make: a person, not an integration.
std::optional<UserRecord> HttpApi::staffSignedIn(const Http::Request &request,
                                                 Http::Response &response)
{
    auto user = authenticate(request, response);
    if (user && user->role == Role::System) {
        sendError(response,
                  ApiError::Forbidden,
                  ServerTr::tr("Integrations neither read nor write a case's internal notes."));
        return std::nullopt;
    }
    return user;
}

void HttpApi::addCaseNote(const Http::Request &request, Http::Response &response)
{
    const auto user = staffSignedIn(request, response);
    if (!user)
        return;
    const auto body = jsonBody(request, response);
    if (!body)
        return;
    if (!store()) {
        sendDatabaseUnavailable(response);
        return;
    }
    const QString caseId = fromStd(request.matches[1]);
    auto found = store()->findCase(caseId);
    if (!found) {
        sendError(response, ApiError::DatabaseUnavailable, found.error().message);
        return;
    }
    // Another city's case answers exactly like a case that does not exist.
    if (!*found || !CaseNotes::mayUse(actorOf(*user), (*found)->city)) {
        sendError(response, ApiError::CaseNotFound, apiMessage(ApiError::CaseNotFound).arg(caseId));
        return;
    }
    const auto note = requestedNote(*body, *user, caseId);
    if (!note) {
        sendError(response, 422, note.error().code, note.error().message);
        return;
    }
    // What is audited says that a note was written, not what it says: the
    // audit extract goes to inspectors, the note stays inside.
    auto added = store()->addNote(
        *note,
        (*found)->city,
        {user->id,
         QStringLiteral("case-note"),
         caseId,
         QStringLiteral("note %1, %2 characters").arg(note->id).arg(note->text.size())});
    if (!added) {
        sendError(response, ApiError::DatabaseUnavailable, added.error().message);
        return;
    }
    auto kept = store()->findNote(note->id);
    if (!kept || !*kept) {
        sendError(response,
                  ApiError::DatabaseUnavailable,
                  kept ? ServerTr::tr("The note was not found again.") : kept.error().message);
        return;
    }
    // The same id for another case or by another person is not this note.
    if ((*kept)->note.caseId != caseId || (*kept)->note.authorId != user->id) {
        sendError(response,
                  409,
                  QStringLiteral("note.id-taken"),
                  ServerTr::tr("Another note already has the id %1.").arg(note->id));
        return;
    }
    sendJson(response, *added ? 201 : 200, CaseNotes::toJson((*kept)->note));
}

void HttpApi::notes(const Http::Request &request, Http::Response &response)
{
    const auto user = staffSignedIn(request, response);
    if (!user)
        return;
    const auto after
        = queryNumber(request, response, "after", 0, 0, std::numeric_limits<qint64>::max());
    if (!after)
        return;
    const auto limit = queryNumber(request, response, "limit", DefaultNotes, 1, MaxNotes);
    if (!limit)
        return;
    if (!store()) {
        sendDatabaseUnavailable(response);
        return;
    }
    const Actor actor = actorOf(*user);
    // One more than asked: whether there are more.
    auto found
        = store()->notesAfter(*after, static_cast<int>(*limit) + 1, Workflow::onlyCitySeen(actor));
    if (!found) {
        sendError(response, ApiError::DatabaseUnavailable, found.error().message);
        return;
    }
    const bool more = found->size() > *limit;
    if (more)
        found->resize(*limit);
    QJsonArray list;
    qint64 next = *after;
    // Only what the caller's role and city may see now; the cursor still
    // passes the others.
    for (const ServerStore::StoredNote &stored : std::as_const(*found)) {
        if (CaseNotes::mayUse(actor, stored.city))
            list.append(CaseNotes::toJson(stored.note));
        next = stored.note.revision;
    }
    sendJson(response,
             200,
             {{QStringLiteral("notes"), list},
              {QStringLiteral("next"), next},
              {QStringLiteral("more"), more}});
}

} // namespace Kezek
