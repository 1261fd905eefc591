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

// Which instrument the pilot runs under today, for /health: null when none.
QJsonObject legalBasisJson(const LegalBasis &basis, QDate today)
{
    const LegalInstrument *instrument = basis.inForceOn(today);
    const QDate last = basis.lastDayInForce();
    return {{QStringLiteral("inForce"), instrument != nullptr},
            {QStringLiteral("instrument"), instrument ? QJsonValue(instrument->id) : QJsonValue()},
            {QStringLiteral("until"),
             instrument && instrument->inForceUntil.isValid()
                 ? QJsonValue(instrument->inForceUntil.toString(Qt::ISODate))
                 : QJsonValue()},
            {QStringLiteral("lastDay"),
             last.isValid() ? QJsonValue(last.toString(Qt::ISODate)) : QJsonValue()}};
}

} // namespace

void HttpApi::health(const Http::Request &, Http::Response &response)
{
    ServerStore *db = store();
    const auto revision = db ? db->currentRevision() : Result<qint64>(fail(QString(), QString()));
    if (!revision) {
        sendDatabaseUnavailable(response);
        return;
    }
    sendJson(
        response,
        200,
        {{QStringLiteral("status"), QStringLiteral("ok")},
         {QStringLiteral("version"), QStringLiteral(KEZEK_VERSION)},
         {QStringLiteral("database"), db->backend()},
         {QStringLiteral("schema"), db->schemaVersion()},
         {QStringLiteral("revision"), *revision},
         {QStringLiteral("protocol"), CommandProtocol},
         {QStringLiteral("oldestProtocol"), OldestAcceptedProtocol},
         {QStringLiteral("legalBasis"), legalBasisJson(m_law.legalBasis(), kazakhstanToday())}});
}

void HttpApi::metrics(const Http::Request &, Http::Response &response)
{
    std::map<int, qint64> responses;
    {
        const std::lock_guard lock(m_countersMutex);
        for (auto it = m_responses.constBegin(); it != m_responses.constEnd(); ++it)
            responses.emplace(it.key(), it.value());
    }
    QString text
        = QStringLiteral("# HELP kezek_http_responses_total HTTP responses sent, by status code.\n"
                         "# TYPE kezek_http_responses_total counter\n");
    for (const auto &[status, total] : responses)
        text += QStringLiteral("kezek_http_responses_total{code=\"%1\"} %2\n")
                    .arg(status)
                    .arg(total);
    if (ServerStore *db = store()) {
        if (const auto revision = db->currentRevision()) {
            text += QStringLiteral("# HELP kezek_revision The server's global revision.\n"
                                   "# TYPE kezek_revision gauge\n"
                                   "kezek_revision %1\n")
                        .arg(*revision);
        }
        if (const auto notices = db->noticeCounts()) {
            text += QStringLiteral("# HELP kezek_notices_pending Notices waiting for delivery to "
                                   "eGov cabinets.\n"
                                   "# TYPE kezek_notices_pending gauge\n"
                                   "kezek_notices_pending %1\n"
                                   "# HELP kezek_notices_delivered Notices delivered.\n"
                                   "# TYPE kezek_notices_delivered gauge\n"
                                   "kezek_notices_delivered %2\n")
                        .arg(notices->first)
                        .arg(notices->second);
        }
    }
    response.status = 200;
    response.setContent(text.toStdString(), "text/plain; version=0.0.4; charset=utf-8");
}

// The calendar and reasons every command is judged by, for workstations to
// count by offline.
void HttpApi::law(const Http::Request &request, Http::Response &response)
{
    if (authenticate(request, response))
        sendJsonText(response, 200, m_law.json().toStdString());
}

} // namespace Kezek
