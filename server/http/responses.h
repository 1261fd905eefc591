#pragma once

#include "core/protocol/apierror.h"

#include <QJsonObject>
#include <QString>

#include "server/http/message.h"

#include <optional>
#include <string>

// How every route answers: JSON (packed when large and the client takes it),
// errors as {code, message}, and request bodies read as JSON objects.
namespace Kezek {

// Every JSON answer: never cached, and HTTPS remembered by the client.
void sendJsonText(Http::Response &response, int status, const std::string &json);
void sendJson(Http::Response &response, int status, const QJsonObject &body);
// A large JSON answer, packed (zstd or gzip) when the client takes it.
void sendLargeJson(const Http::Request &request,
                   Http::Response &response,
                   int status,
                   const std::string &json);
void sendError(Http::Response &response, int status, const QString &code, const QString &message);
// One of the API's own errors (core/protocol/apierror.h): its code and
// status, and `message` in the request's language (by default the table's).
void sendError(Http::Response &response, ApiError error, const QString &message = {});
// A request the database failed: 503, which clients retry.
void sendDatabaseUnavailable(Http::Response &response);

QString fromStd(const std::string &text);
// A request body as a JSON object, or an answered 400/415.
std::optional<QJsonObject> jsonBody(const Http::Request &request, Http::Response &response);

} // namespace Kezek
