#include "server/http/httpapi.h"

#include "core/domain/actdate.h"
#include "core/domain/casecodec.h"
#include "core/domain/casecommand.h"
#include "core/domain/integrationscope.h"
#include "core/domain/jsonreader.h"
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

// The date in Kazakhstan (one time zone, UTC+5, since 1 March 2024): the day
// every step of the law is counted on, from the server's clock, never the
// workstation's.
QDate kazakhstanToday()
{
    return kazakhstanDate(QDateTime::currentDateTimeUtc());
}

Actor actorOf(const UserRecord &user)
{
    return {user.role, user.city, user.id};
}

// A stored scan as the API describes it.
QJsonObject documentJson(const ServerStore::DocumentInfo &info)
{
    return {{QStringLiteral("sha256"), info.sha256},
            {QStringLiteral("caseId"), info.caseId},
            {QStringLiteral("name"), info.name},
            {QStringLiteral("contentType"), info.contentType},
            {QStringLiteral("size"), info.size},
            {QStringLiteral("uploadedBy"), info.uploadedBy},
            {QStringLiteral("uploadedAt"), info.uploadedAt}};
}

std::optional<qint64> queryNumber(const Http::Request &request,
                                  Http::Response &response,
                                  const char *name,
                                  qint64 fallback,
                                  qint64 minimum,
                                  qint64 maximum)
{
    if (!request.hasParam(name))
        return fallback;
    bool ok = false;
    const qint64 value = QByteArray::fromStdString(request.param(name)).toLongLong(&ok);
    if (!ok || value < minimum || value > maximum) {
        sendError(response,
                  ApiError::BadParameter,
                  apiMessage(ApiError::BadParameter)
                      .arg(QString::fromLatin1(name))
                      .arg(minimum)
                      .arg(maximum));
        return std::nullopt;
    }
    return value;
}

} // namespace Kezek
