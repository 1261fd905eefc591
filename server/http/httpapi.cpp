#include "server/http/httpapi.h"

#include "core/domain/actdate.h"
#include "core/domain/casecodec.h"
#include "core/domain/casecommand.h"
#include "core/domain/integrationscope.h"
#include "core/domain/jsonreader.h"
#include "core/domain/queues.h"
#include "core/domain/workflow.h"
#include "core/protocol/api.h"
#include "core/protocol/apierror.h"
#include "core/result/enumtable.h"
#include "core/security/passwords.h"
#include "core/security/signatures.h"
#include "db/server/auditlog.h"
#include "db/server/serverstore.h"
#include "db/server/userstore.h"
#include "resources/shippeddata.h"
#include "server/eventlog.h"
#include "server/http/requestlanguage.h"
#include "server/http/responses.h"
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

thread_local std::unique_ptr<ServerStore> t_store;

} // namespace

HttpApi::HttpApi(ServerConfig config, QByteArray signingAuthority, Lawbook law)
    : m_config(std::move(config))
    , m_throttle(std::make_unique<SignInThrottle>(m_config.signInPerMinute, m_config.signInWorkers))
    , m_signingAuthority(std::move(signingAuthority))
    , m_law(std::move(law))
{}

ServerStore *HttpApi::store()
{
    if (!t_store) {
        auto opened = ServerStore::open(m_config.databaseUrl);
        if (!opened) {
            logEvent("ERROR", "database", {{"message", opened.error().message}});
            return nullptr;
        }
        t_store = std::move(*opened);
    }
    return t_store.get();
}

void HttpApi::count(int status)
{
    const std::lock_guard lock(m_countersMutex);
    ++m_responses[status];
}

namespace {

using Handler = void (HttpApi::*)(const httplib::Request &, httplib::Response &);

// The handler of each route of Api::Routes, in the same order.
constexpr std::array<std::pair<Api::Route, Handler>, Api::RouteCount> Handlers{{
    {Api::Route::Health, &HttpApi::health},
    {Api::Route::Metrics, &HttpApi::metrics},
    {Api::Route::SignIn, &HttpApi::login},
    {Api::Route::SignOut, &HttpApi::logout},
    {Api::Route::ChangePassword, &HttpApi::changePassword},
    {Api::Route::Law, &HttpApi::law},
    {Api::Route::Changes, &HttpApi::changes},
    {Api::Route::Commands, &HttpApi::commands},
    {Api::Route::Claims, &HttpApi::claims},
    {Api::Route::ListClaims, &HttpApi::listClaims},
    {Api::Route::Colleagues, &HttpApi::colleagues},
    {Api::Route::Intake, &HttpApi::intake},
    {Api::Route::IntegrationCommands, &HttpApi::integrationCommands},
    {Api::Route::UploadDocument, &HttpApi::uploadDocument},
    {Api::Route::DownloadDocument, &HttpApi::downloadDocument},
    {Api::Route::CaseDocuments, &HttpApi::caseDocuments},
}};

static_assert(rowsInEnumOrder<Api::Route>(Handlers, [](const auto &row) { return row.first; }),
              "every Api::Route needs its handler, in order");

// An error the HTTP library found before any handler ran.
void answerLibraryError(const httplib::Request &request, httplib::Response &response)
{
    if (!response.body.empty())
        return; // a handler has already said why
    switch (response.status) {
    case 404:
        sendError(
            response,
            ApiError::NotFound,
            apiMessage(ApiError::NotFound).arg(fromStd(request.method), fromStd(request.path)));
        break;
    case 413:
        sendError(response, ApiError::TooLarge);
        break;
    default:
        sendError(response,
                  response.status,
                  QStringLiteral("http-%1").arg(response.status),
                  ServerTr::tr("The request could not be served."));
    }
}

} // namespace

void HttpApi::install(httplib::Server &server)
{
    server.set_payload_max_length(
        static_cast<size_t>(std::max(m_config.maxBodyBytes, m_config.maxDocumentBytes)));
    server.set_read_timeout(m_config.readTimeoutSeconds, 0);
    server.set_write_timeout(m_config.readTimeoutSeconds, 0);
    server.set_keep_alive_timeout(5);
    // Answers go out as soon as they are written: without this, Nagle's
    // algorithm and the client's delayed ACK hold a small answer back ~40 ms.
    server.set_tcp_nodelay(true);
    const int threads = m_config.threads;
    server.new_task_queue = [threads] {
        return new httplib::ThreadPool(static_cast<size_t>(threads));
    };

    // Before any body is read: an oversize one is refused from its headers
    // alone, and the connection closed so its bytes are never taken.
    server.set_pre_routing_handler(
        [this](const httplib::Request &request, httplib::Response &response) {
            return beforeReading(request, response);
        });
    server.set_error_handler(answerLibraryError);
    server.set_exception_handler(
        // NOLINTNEXTLINE(performance-unnecessary-value-param): cpp-httplib's signature
        [](const httplib::Request &, httplib::Response &response, std::exception_ptr) {
            sendError(response, ApiError::Internal);
        });

    server.set_logger([this](const httplib::Request &request, const httplib::Response &response) {
        logAnswer(request, response);
    });

    for (const auto &[route, handler] : Handlers) {
        const Api::RouteInfo &info = Api::info(route);
        const std::string pattern(info.pattern);
        auto call = [this, handler](const httplib::Request &request, httplib::Response &response) {
            (this->*handler)(request, response);
        };
        switch (info.method) {
        case Api::Method::Get:
            server.Get(pattern, call);
            break;
        case Api::Method::Post:
            server.Post(pattern, call);
            break;
        case Api::Method::Put:
            server.Put(pattern, call);
            break;
        case Api::Method::Delete:
            server.Delete(pattern, call);
            break;
        }
    }
}

httplib::Server::HandlerResponse HttpApi::beforeReading(const httplib::Request &request,
                                                        httplib::Response &response)
{
    response.set_header("Content-Language",
                        setRequestLanguage(request.get_header_value("Accept-Language")));
    // Every answer says which workstations this server still accepts;
    // one older than that is told so before it sends anything more,
    // and keeps its outbox until it is updated.
    response.set_header("X-Kezek-Oldest-Protocol", std::to_string(OldestAcceptedProtocol));
    if (const std::string said = request.get_header_value("X-Kezek-Protocol"); !said.empty()) {
        bool ok = false;
        const int protocol = QByteArray::fromStdString(said).toInt(&ok);
        if (!ok || protocol < OldestAcceptedProtocol) {
            sendError(response,
                      ApiError::ClientOutdated,
                      apiMessage(ApiError::ClientOutdated)
                          .arg(fromStd(said))
                          .arg(OldestAcceptedProtocol));
            // Its body is never read: the connection goes with it.
            response.set_header("Connection", "close");
            return httplib::Server::HandlerResponse::Handled;
        }
    }
    const std::string length = request.get_header_value("Content-Length");
    if (!length.empty()) {
        bool ok = false;
        const qint64 size = QByteArray::fromStdString(length).toLongLong(&ok);
        if (!ok || size < 0) {
            sendError(response, ApiError::BadLength);
            response.set_header("Connection", "close");
            return httplib::Server::HandlerResponse::Handled;
        }
        // Scans have their own limit; everything else is JSON.
        const qint64 limit = request.path.starts_with(Api::DocumentsPrefix)
                                 ? m_config.maxDocumentBytes
                                 : m_config.maxBodyBytes;
        if (size > limit) {
            sendError(response,
                      ApiError::TooLarge,
                      ServerTr::tr("The request body is %1 bytes; at most %2 are accepted.")
                          .arg(size)
                          .arg(limit));
            response.set_header("Connection", "close");
            return httplib::Server::HandlerResponse::Handled;
        }
    }
    return httplib::Server::HandlerResponse::Unhandled;
}

void HttpApi::logAnswer(const httplib::Request &request, const httplib::Response &response)
{
    count(response.status);
    // The database failed this thread (PostgreSQL restarted, a failover):
    // its next request opens a new connection instead of failing forever.
    if (response.status == 503 && !response.has_header("Retry-After"))
        t_store.reset();
    logEvent("INFO",
             "request",
             {{"method", fromStd(request.method)},
              {"path", fromStd(request.path)},
              {"status", QString::number(response.status)},
              {"remote", clientAddress(request)}});
}

std::optional<UserRecord> HttpApi::authenticate(const httplib::Request &request,
                                                httplib::Response &response)
{
    const std::string header = request.get_header_value("Authorization");
    const std::string prefix = "Bearer ";
    ServerStore *db = store();
    if (!db) {
        sendDatabaseUnavailable(response);
        return std::nullopt;
    }
    if (header.rfind(prefix, 0) == 0) {
        const QByteArray token = QByteArray::fromStdString(header.substr(prefix.size())).trimmed();
        UserStore users(*db);
        auto user = users.userForSession(tokenDigest(token), QDateTime::currentDateTimeUtc());
        if (!user) {
            // The database failed, not the session: a 503 the client retries
            // (and this thread reconnects after), not a 401 that signs out.
            sendDatabaseUnavailable(response);
            return std::nullopt;
        }
        if (user->has_value()) {
            // A one-time password opens nothing but its own change.
            if ((*user)->mustChangePassword && request.path != "/api/v1/password"
                && request.path != "/api/v1/session") {
                sendError(response, ApiError::PasswordMustChange);
                return std::nullopt;
            }
            return **user;
        }
    }
    sendError(response, ApiError::Unauthorized);
    response.set_header("WWW-Authenticate", "Bearer");
    return std::nullopt;
}

QString HttpApi::clientAddress(const httplib::Request &request) const
{
    const QString peer = fromStd(request.remote_addr);
    if (m_config.trustedProxies.isEmpty() || !m_config.trustedProxies.contains(peer))
        return peer;
    // Each proxy appends the address it was reached from: read from the
    // right, past our own proxies, to the first address none of them is.
    QStringList chain;
    const auto range = request.headers.equal_range("X-Forwarded-For");
    for (auto it = range.first; it != range.second; ++it)
        chain += fromStd(it->second).split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (auto it = chain.crbegin(); it != chain.crend(); ++it) {
        const auto address = canonicalAddress(*it);
        if (!address)
            return peer; // a malformed hop: nothing past it can be believed
        if (!m_config.trustedProxies.contains(*address))
            return *address;
    }
    return peer;
}

} // namespace Kezek
