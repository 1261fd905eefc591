// The audit log for inspectors (issue 31, point 4): the exports workstations
// report, entered once each, and the extract of a case or a period for the
// ministry and a city's supervisor, itself entered in the chain.
#include "server/http/httpapi.h"

#include "core/domain/displaydate.h"
#include "core/domain/jsonreader.h"
#include "core/domain/papers.h"
#include "core/protocol/apierror.h"
#include "db/server/auditextract.h"
#include "db/server/userstore.h"
#include "server/http/responses.h"
#include "server/routes/routesupport.h"
#include "server/servertr.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTimeZone>

namespace Kezek {

namespace {

using namespace Qt::StringLiterals;

// A day of the extract's period as the query gives it: YYYY-MM-DD and a day
// of the calendar (2026-02-30 is none); otherwise the 400 is answered.
std::optional<QDate>
auditDay(const Http::Request &request, Http::Response &response, const char *name)
{
    const QString text = QString::fromStdString(request.param(name));
    static const QRegularExpression shape(u"^\\d{4}-\\d{2}-\\d{2}$"_s);
    const QDate day = QDate::fromString(text, Qt::ISODate);
    if (text.isEmpty() || !shape.match(text).hasMatch() || !day.isValid()) {
        sendError(response,
                  400,
                  u"audit.date-malformed"_s,
                  ServerTr::tr("\"%1\" (the parameter \"%2\") is not a day of the calendar "
                               "written YYYY-MM-DD.")
                      .arg(text, QString::fromLatin1(name)));
        return std::nullopt;
    }
    return day;
}

// The first moment of a day in Kazakhstan (UTC+5), as UTC.
QDateTime kazakhstanDayStart(QDate day)
{
    return QDateTime(day, QTime(0, 0), QTimeZone(5 * 3600)).toUTC();
}

QJsonObject recordJson(const AuditRecord &record)
{
    QJsonObject json{{u"seq"_s, record.seq},
                     {u"at"_s, record.at},
                     {u"actor"_s, record.entry.actor},
                     {u"action"_s, record.entry.action},
                     {u"subject"_s, record.entry.subject},
                     {u"detail"_s, record.entry.detail}};
    if (!record.caseNumber.isEmpty())
        json.insert(u"caseNumber"_s, record.caseNumber);
    return json;
}

std::optional<ExportRecord> exportRecord(const QJsonObject &object, Error &error)
{
    JsonReader reader(object, {});
    ExportRecord record;
    record.id = reader.string("id", true);
    record.list = reader.string("list", true);
    record.filter = reader.string("filter");
    record.count = reader.integer("count", 0, 10'000'000);
    record.format = reader.string("format", true);
    record.madeAt = reader.moment("madeAt");
    if (auto ok = reader.finish(); !ok) {
        error = ok.error();
        return std::nullopt;
    }
    if (auto format = checkPaperFormat(record.format, {u"csv"_s, u"xlsx"_s}); !format) {
        error = format.error();
        return std::nullopt;
    }
    return record;
}

} // namespace

// An export of a list of cases, reported by the workstation that wrote it
// (from its queue of records, so none is lost offline): entered in the
// audit chain once, whoever sends it again.
void HttpApi::auditExports(const Http::Request &request, Http::Response &response)
{
    const auto user = personSignedIn(request, response);
    if (!user)
        return;
    if (!mayExportCaseLists(actorOf(*user))) {
        sendError(response,
                  403,
                  u"export.forbidden"_s,
                  ServerTr::tr("Only the ministry and a city's supervisor export lists of "
                               "cases."));
        return;
    }
    const auto batch = commandBatch(request, response, "exports");
    if (!batch)
        return;
    ServerStore *db = store();
    if (!db) {
        sendDatabaseUnavailable(response);
        return;
    }
    AuditExtracts audit(*db);
    QJsonArray results;
    for (const auto &value : *batch) {
        const QString id = value.toObject().value(u"id").toString();
        Error error;
        const auto record = exportRecord(value.toObject(), error);
        if (!record) {
            results.append(QJsonObject{
                {u"id"_s, id},
                {u"status"_s, u"rejected"_s},
                {u"error"_s, QJsonObject{{u"code"_s, error.code}, {u"message"_s, error.message}}}});
            continue;
        }
        const auto entered = audit.recordExport(user->id, *record);
        if (!entered) {
            sendError(response, ApiError::DatabaseUnavailable, entered.error().message);
            return;
        }
        results.append(QJsonObject{{u"id"_s, record->id},
                                   {u"status"_s, *entered ? u"recorded"_s : u"duplicate"_s}});
    }
    sendJson(response, 200, QJsonObject{{u"results"_s, results}});
}

// The audit extract for an inspector: the entries on one case (`case`, its
// id or number) or made in a period (`from`, `to`, Kazakhstan's days, both
// included); a supervisor's only on their city's cases. The reading is
// itself entered in the chain.
void HttpApi::auditExtract(const Http::Request &request, Http::Response &response)
{
    const auto user = personSignedIn(request, response);
    if (!user)
        return;
    const auto scope = auditScope(actorOf(*user));
    if (!scope) {
        sendError(response, 403, scope.error().code, scope.error().message);
        return;
    }
    ServerStore *db = store();
    if (!db) {
        sendDatabaseUnavailable(response);
        return;
    }
    AuditExtracts audit(*db);
    AuditFilter filter;
    filter.city = scope->city;
    QJsonObject answer;
    QString subject;
    const QString caseParam = QString::fromStdString(request.param("case")).trimmed();
    if (!caseParam.isEmpty()) {
        const auto found = audit.findCase(caseParam);
        if (!found) {
            sendDatabaseUnavailable(response);
            return;
        }
        // Another city's case is as unknown to a supervisor as no case.
        if (!found->has_value() || (scope->city && (*found)->city != *scope->city)) {
            sendError(response,
                      ApiError::CaseNotFound,
                      ServerTr::tr("There is no case \"%1\".").arg(caseParam));
            return;
        }
        filter.caseId = (*found)->id;
        subject = (*found)->id;
        answer.insert(u"caseId"_s, (*found)->id);
        answer.insert(u"caseNumber"_s, (*found)->number);
    } else {
        const auto from = auditDay(request, response, "from");
        if (!from)
            return;
        const auto to = auditDay(request, response, "to");
        if (!to)
            return;
        if (auto period = checkAuditPeriod(*from, *to); !period) {
            sendError(response, 400, period.error().code, period.error().message);
            return;
        }
        filter.from = kazakhstanDayStart(*from);
        filter.to = kazakhstanDayStart(to->addDays(1));
        subject = from->toString(Qt::ISODate) + u".."_s + to->toString(Qt::ISODate);
        answer.insert(u"from"_s, from->toString(Qt::ISODate));
        answer.insert(u"to"_s, to->toString(Qt::ISODate));
    }
    const auto extract = audit.entries(filter);
    if (!extract) {
        sendDatabaseUnavailable(response);
        return;
    }
    // Reading the audit log is an act: entered before the answer leaves.
    const QString detail = u"%1 entries%2"_s.arg(extract->records.size())
                               .arg(scope->city ? u", city "_s + cityId(*scope->city) : QString());
    if (auto entered = AuditLog(*db).append({user->id, u"audit-extract"_s, subject, detail},
                                            QDateTime::currentDateTimeUtc());
        !entered) {
        sendError(response, ApiError::DatabaseUnavailable, entered.error().message);
        return;
    }
    QJsonArray entries;
    for (const AuditRecord &record : extract->records)
        entries.append(recordJson(record));
    if (scope->city)
        answer.insert(u"city"_s, cityId(*scope->city));
    answer.insert(u"entries"_s, entries);
    answer.insert(u"truncated"_s, extract->truncated);
    sendLargeJson(
        request, response, 200, QJsonDocument(answer).toJson(QJsonDocument::Compact).toStdString());
}

} // namespace Kezek
