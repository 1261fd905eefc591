#include "server/http/httpapi.h"

#include "core/domain/displaydate.h"
#include "core/domain/oversight.h"
#include "core/domain/oversightcodec.h"
#include "core/protocol/apierror.h"
#include "db/server/userstore.h"
#include "server/http/responses.h"
#include "server/routes/routesupport.h"
#include "server/servertr.h"

#include <QJsonDocument>
#include <QRegularExpression>

namespace Kezek {

namespace {

using namespace Qt::StringLiterals;

// A day of the period as the query gives it: YYYY-MM-DD and a day of the
// calendar (2026-02-30 is none); otherwise the 400 is answered.
std::optional<QDate>
periodDay(const Http::Request &request, Http::Response &response, const char *name)
{
    const QString text = QString::fromStdString(request.param(name));
    if (text.isEmpty()) {
        sendError(response,
                  400,
                  u"report.date-missing"_s,
                  ServerTr::tr("The report's period needs \"from\" and \"to\", each a date "
                               "written YYYY-MM-DD."));
        return std::nullopt;
    }
    static const QRegularExpression shape(u"^\\d{4}-\\d{2}-\\d{2}$"_s);
    const QDate day = QDate::fromString(text, Qt::ISODate);
    if (!shape.match(text).hasMatch() || !day.isValid()) {
        sendError(response,
                  400,
                  u"report.date-malformed"_s,
                  ServerTr::tr("\"%1\" (the parameter \"%2\") is not a day of the calendar "
                               "written YYYY-MM-DD.")
                      .arg(text, QString::fromLatin1(name)));
        return std::nullopt;
    }
    return day;
}

// Who holds each case now, by case id: the holders' figures count by it.
QHash<QString, QString> holdersNow(ServerStore &store)
{
    QHash<QString, QString> holders;
    if (auto active = store.activeClaims(QDateTime::currentDateTimeUtc())) {
        for (const auto &[claim, city] : std::as_const(*active))
            holders.insert(claim.caseId, claim.holder);
    }
    return holders;
}

} // namespace

// The pilot report's figures (issue 30, point 2): for the ministry, every
// city; for a city's supervisor, that city's alone; for no one else.
void HttpApi::pilotReport(const Http::Request &request, Http::Response &response)
{
    const auto user = authenticate(request, response);
    if (!user)
        return;
    const bool ministry = user->role == Role::MinistryReviewer;
    if (!ministry && (user->role != Role::Supervisor || !user->city)) {
        sendError(response,
                  ApiError::Forbidden,
                  ServerTr::tr("Only the ministry and a city's supervisor read the pilot report."));
        return;
    }
    const auto from = periodDay(request, response, "from");
    if (!from)
        return;
    const auto to = periodDay(request, response, "to");
    if (!to)
        return;
    OversightQuery query{kazakhstanToday(), *from, *to, ministry ? std::nullopt : user->city, {}};
    // A period wholly to come has no figures: a date typed wrong, not a report.
    if (*from > query.today && *to >= *from) {
        sendError(response,
                  400,
                  u"report.period-future"_s,
                  ServerTr::tr("The period starts on %1, after today (%2): nothing has happened "
                               "in it yet.")
                      .arg(displayDate(*from), displayDate(query.today)));
        return;
    }
    // What the domain refuses (a reversed or too long period) is said
    // before any case is read: asked with no cases, it answers at once.
    if (auto period = computeOversight({}, query, m_law); !period) {
        sendError(response, 400, period.error().code, period.error().message);
        return;
    }
    ServerStore *db = store();
    // The city's cases alone for its supervisor (the figures count no other),
    // each without what no figure reads.
    auto cases
        = db ? db->casesForOversight(query.city) : Result<QList<Case>>(fail(QString(), QString()));
    if (!cases) {
        sendDatabaseUnavailable(response);
        return;
    }
    query.holders = holdersNow(*db);
    const auto figures = computeOversight(*cases, query, m_law);
    if (!figures) {
        sendError(response, 400, figures.error().code, figures.error().message);
        return;
    }
    sendLargeJson(
        request,
        response,
        200,
        QJsonDocument(oversightToJson(*figures)).toJson(QJsonDocument::Compact).toStdString());
}

} // namespace Kezek
