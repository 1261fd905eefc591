#include "server/http/httpapi.h"

#include "core/domain/actdate.h"
#include "core/domain/casecodec.h"
#include "core/domain/casecommand.h"
#include "core/domain/integrationscope.h"
#include "core/domain/jsonreader.h"
#include "core/domain/queues.h"
#include "core/domain/workflow.h"
#include "core/protocol/apierror.h"
#include "core/protocol/scans.h"
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

// A SHA-256 in lower-case hex: the only names scans have on the server.
bool isSha256(const QString &text)
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    return hex.match(text).hasMatch();
}

// The hash a document route is addressed by, or an answered 400.
std::optional<QString> addressedHash(const Http::Request &request, Http::Response &response)
{
    const QString sha256 = fromStd(request.matches[1]);
    if (isSha256(sha256))
        return sha256;
    sendError(response, ApiError::BadHash, apiMessage(ApiError::BadHash).arg(sha256.left(80)));
    return std::nullopt;
}

// The scan types the law's documents come in (core/protocol/scans.h), its
// first bytes what its Content-Type claims.
std::optional<QString> scanType(const std::string &contentType, const std::string &body)
{
    if (!Scans::isType(QByteArrayView(body.data(), qsizetype(body.size())),
                       QByteArrayView(contentType.data(), qsizetype(contentType.size()))))
        return std::nullopt;
    return QString::fromStdString(contentType);
}

// A file name to keep and to offer on download: UTF-8, no folders, no control
// characters, no leading dot.
std::optional<QString> documentName(const std::string &raw)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString name = decoder(QByteArray::fromStdString(raw));
    if (decoder.hasError() || name.isEmpty() || name.size() > 200 || name.startsWith(u'.'))
        return std::nullopt;
    for (const QChar c : name) {
        if (c == u'/' || c == u'\\' || c == u'"' || c.category() == QChar::Other_Control)
            return std::nullopt;
    }
    return name;
}

} // namespace

bool HttpApi::visibleCase(const QString &caseId, const UserRecord &user, Http::Response &response)
{
    auto found = store()->findCase(caseId);
    if (found && found->has_value() && Workflow::maySee(actorOf(user), **found))
        return true;
    // Another city's case answers exactly like a case that does not exist.
    sendError(response, ApiError::CaseNotFound, apiMessage(ApiError::CaseNotFound).arg(caseId));
    return false;
}

void HttpApi::uploadDocument(const Http::Request &request, Http::Response &response)
{
    const auto user = authenticate(request, response);
    if (!user)
        return;
    const auto sha256 = addressedHash(request, response);
    if (!sha256)
        return;
    if (user->role != Role::CscOperator && user->role != Role::MigrationOfficer
        && (user->role != Role::System || user->integration != u"egov")) {
        sendError(response,
                  ApiError::Forbidden,
                  ServerTr::tr("Only migration officers, CSC operators and eGov file scans."));
        return;
    }
    const auto name = documentName(request.param("name"));
    if (!name) {
        sendError(response, ApiError::BadName);
        return;
    }
    const auto type = scanType(request.header("Content-Type"), request.body);
    if (!type) {
        sendError(response, ApiError::UnsupportedDocument);
        return;
    }
    const QByteArray body = QByteArray::fromStdString(request.body);
    const QString actual
        = QString::fromLatin1(QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex());
    if (actual != *sha256) {
        sendError(response, ApiError::HashMismatch, apiMessage(ApiError::HashMismatch).arg(actual));
        return;
    }
    const QString caseId = fromStd(request.param("case"));
    if (!visibleCase(caseId, *user, response))
        return;
    ServerStore *db = store();
    const ServerStore::DocumentInfo info{
        *sha256,
        caseId,
        *name,
        *type,
        body.size(),
        user->id,
        QDateTime::currentDateTimeUtc().toString(Qt::ISODate),
    };
    auto added = db->addDocument(
        info,
        body,
        {user->id, QStringLiteral("upload-document"), caseId, *sha256 + QLatin1Char(' ') + *name});
    if (!added) {
        sendError(response, ApiError::DatabaseUnavailable, added.error().message);
        return;
    }
    sendJson(response, *added ? 201 : 200, documentJson(info));
}

bool HttpApi::readsScans(const UserRecord &user, Http::Response &response)
{
    if (user.role != Role::System)
        return true;
    const IntegrationScope *scope = integrationScope(user.integration);
    if (scope && scope->readsScans)
        return true;
    sendError(response,
              ApiError::Forbidden,
              ServerTr::tr("This outside system's job needs no scans, so it reads none."));
    return false;
}

void HttpApi::downloadDocument(const Http::Request &request, Http::Response &response)
{
    const auto user = authenticate(request, response);
    if (!user || !readsScans(*user, response))
        return;
    const auto sha256 = addressedHash(request, response);
    if (!sha256)
        return;
    ServerStore *db = store();
    auto holders = db->documentHolders(*sha256);
    if (!holders) {
        sendError(response, ApiError::DatabaseUnavailable, holders.error().message);
        return;
    }
    // Only through a case the caller may see; any other answers as absent.
    const ServerStore::DocumentInfo *visible = nullptr;
    for (const ServerStore::DocumentInfo &holder : std::as_const(*holders)) {
        auto found = db->findCase(holder.caseId);
        if (found && found->has_value() && Workflow::maySee(actorOf(*user), **found)) {
            visible = &holder;
            break;
        }
    }
    auto content = visible ? db->documentContent(*sha256) : Result<QByteArray>();
    if (visible && !content) {
        sendError(response, ApiError::DatabaseUnavailable, content.error().message);
        return;
    }
    if (!visible) {
        sendError(response,
                  ApiError::DocumentNotFound,
                  apiMessage(ApiError::DocumentNotFound).arg(*sha256));
        return;
    }
    (void)AuditLog(*db).append(
        {user->id, QStringLiteral("read-document"), visible->caseId, *sha256},
        QDateTime::currentDateTimeUtc());
    response.status = 200;
    response.setHeader("Cache-Control", "no-store"); // personal data: not kept by caches
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Content-Disposition",
                       "attachment; filename*=UTF-8''"
                           + QUrl::toPercentEncoding(visible->name).toStdString());
    response.setContent(content->toStdString(), visible->contentType.toStdString());
}

void HttpApi::caseDocuments(const Http::Request &request, Http::Response &response)
{
    const auto user = authenticate(request, response);
    if (!user || !readsScans(*user, response))
        return;
    const QString caseId = fromStd(request.matches[1]);
    if (!visibleCase(caseId, *user, response))
        return;
    ServerStore *db = store();
    auto documents = db->documentsOfCase(caseId);
    if (!documents) {
        sendError(response, ApiError::DatabaseUnavailable, documents.error().message);
        return;
    }
    QJsonArray list;
    for (const ServerStore::DocumentInfo &info : std::as_const(*documents))
        list.append(documentJson(info));
    sendJson(response, 200, {{QStringLiteral("documents"), list}});
}

} // namespace Kezek
