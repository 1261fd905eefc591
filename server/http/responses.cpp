#include "server/http/responses.h"

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

#include <zlib.h>
#include <zstd.h>

namespace Kezek {

// Every JSON answer: never cached, and HTTPS remembered by the client.
void sendJsonText(Http::Response &response, int status, const std::string &json)
{
    response.status = status;
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("Strict-Transport-Security", "max-age=31536000");
    response.setContent(json, "application/json; charset=utf-8");
}

namespace {

// The weight the client's Accept-Encoding gives `coding`: 1 when named
// without one, 0 when not named or refused ("gzip;q=0.0", RFC 9110 12.5.3).
double acceptedWeight(const Http::Request &request, QByteArrayView coding)
{
    for (const QByteArray &part :
         QByteArray::fromStdString(request.header("Accept-Encoding")).split(',')) {
        const QList<QByteArray> fields = part.split(';');
        if (fields.constFirst().trimmed().toLower() != coding)
            continue;
        for (qsizetype i = 1; i < fields.size(); ++i) {
            const QByteArray field = fields.at(i).trimmed().toLower();
            if (!field.startsWith("q="))
                continue;
            bool ok = false;
            const double weight = field.mid(2).toDouble(&ok);
            return ok ? std::clamp(weight, 0.0, 1.0) : 0.0;
        }
        return 1;
    }
    return 0;
}

// `text` gzipped at zlib's fastest level; nullopt if zlib fails.
std::optional<std::string> gzipped(const std::string &text)
{
    z_stream stream{};
    // 15 + 16: a gzip header and trailer, not bare zlib.
    if (deflateInit2(&stream, 1, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return std::nullopt;
    std::string packed(deflateBound(&stream, uLong(text.size())), '\0');
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(text.data()));
    stream.avail_in = uInt(text.size());
    stream.next_out = reinterpret_cast<Bytef *>(packed.data());
    stream.avail_out = uInt(packed.size());
    const int done = deflate(&stream, Z_FINISH);
    packed.resize(stream.total_out);
    deflateEnd(&stream);
    if (done != Z_STREAM_END)
        return std::nullopt;
    return packed;
}

// `text` as one zstd frame at level 1 (RFC 8878), its size in the header and
// a checksum at the end; nullopt if zstd fails.
std::optional<std::string> zstdPacked(const std::string &text)
{
    std::unique_ptr<ZSTD_CCtx, decltype(&ZSTD_freeCCtx)> context(ZSTD_createCCtx(), ZSTD_freeCCtx);
    if (!context || ZSTD_isError(ZSTD_CCtx_setParameter(context.get(), ZSTD_c_compressionLevel, 1))
        || ZSTD_isError(ZSTD_CCtx_setParameter(context.get(), ZSTD_c_checksumFlag, 1)))
        return std::nullopt;
    std::string packed(ZSTD_compressBound(text.size()), '\0');
    const size_t size
        = ZSTD_compress2(context.get(), packed.data(), packed.size(), text.data(), text.size());
    if (ZSTD_isError(size))
        return std::nullopt;
    packed.resize(size);
    return packed;
}

} // namespace

// A large JSON answer, packed when the client takes it: a page of changes is
// megabytes of JSON that shrinks about tenfold, for an officer's mobile link.
// zstd before gzip at equal weight: it packs about four times faster and
// unpacks faster still, which on a fast link is what a first sync waits for
// (Qt 6 takes zstd, br, gzip and deflate).
void sendLargeJson(const Http::Request &request,
                   Http::Response &response,
                   int status,
                   const std::string &json)
{
    constexpr size_t WorthPacking = 1024;
    response.setHeader("Vary", "Accept-Encoding");
    if (json.size() >= WorthPacking) {
        const double zstd = acceptedWeight(request, "zstd");
        const double gzip = acceptedWeight(request, "gzip");
        std::optional<std::string> packed;
        const char *coding = nullptr;
        if (zstd > 0 && zstd >= gzip) {
            packed = zstdPacked(json);
            coding = "zstd";
        }
        if (!packed && gzip > 0) {
            packed = gzipped(json);
            coding = "gzip";
        }
        if (packed) {
            sendJsonText(response, status, *packed);
            response.setHeader("Content-Encoding", coding);
            return;
        }
    }
    sendJsonText(response, status, json);
}

void sendJson(Http::Response &response, int status, const QJsonObject &body)
{
    sendJsonText(
        response, status, QJsonDocument(body).toJson(QJsonDocument::Compact).toStdString());
}

QString fromStd(const std::string &text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

// A request body as a JSON object, or an answered 400/415.
std::optional<QJsonObject> jsonBody(const Http::Request &request, Http::Response &response)
{
    if (request.header("Content-Type").rfind("application/json", 0) != 0) {
        sendError(response, ApiError::UnsupportedMediaType);
        return std::nullopt;
    }
    QJsonParseError error;
    const QJsonDocument document
        = QJsonDocument::fromJson(QByteArray::fromStdString(request.body), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        sendError(response,
                  ApiError::BadJson,
                  apiMessage(ApiError::BadJson)
                      .arg(error.error == QJsonParseError::NoError ? ServerTr::tr("not an object")
                                                                   : error.errorString()));
        return std::nullopt;
    }
    return document.object();
}

// A request the database failed: 503, which clients retry (and after which
// the thread opens a new connection), never a 4xx that would blame them.
void sendDatabaseUnavailable(Http::Response &response)
{
    sendError(response, ApiError::DatabaseUnavailable);
}

void sendError(Http::Response &response, int status, const QString &code, const QString &message)
{
    sendJson(
        response, status, {{QStringLiteral("code"), code}, {QStringLiteral("message"), message}});
}

void sendError(Http::Response &response, ApiError error, const QString &message)
{
    sendError(
        response, statusOf(error), codeOf(error), message.isEmpty() ? apiMessage(error) : message);
}

} // namespace Kezek
