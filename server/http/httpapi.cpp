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
#include <thread>

namespace Kezek {

namespace {

thread_local std::unique_ptr<ServerStore> t_store;

} // namespace

HttpApi::HttpApi(ServerConfig config,
                 QByteArray signingAuthority,
                 DecisionTimes time,
                 Lawbook law,
                 QList<QByteArray> ocspResponders,
                 std::optional<MinistryAuthority> ministry)
    : m_config(std::move(config))
    , m_throttle(std::make_unique<SignInThrottle>(m_config.signInPerMinute, m_config.signInWorkers))
    , m_reads(m_config.databaseUrl, m_config.readAuditMinutes)
    , m_signingAuthority(std::move(signingAuthority))
    , m_trust(trustAnchorsFromPem(m_signingAuthority).value_or(TrustAnchors{}))
    , m_time(std::move(time))
    , m_fetchedCrls(m_config.crlUrls,
                    m_trust.roots + m_trust.intermediates,
                    std::chrono::seconds(m_config.ocspTimeoutSeconds))
    , m_crls(m_config.crlFiles)
    , m_ocsp(m_config.ocspUrl,
             m_trust.roots + m_trust.intermediates,
             std::move(ocspResponders),
             std::chrono::seconds(m_config.ocspTimeoutSeconds))
    , m_law(std::move(law))
    , m_ministry(std::move(ministry))
{
    m_reads.start();
}

void HttpApi::stopCountingReads()
{
    m_reads.stop();
}

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

using Handler = void (HttpApi::*)(const Http::Request &, Http::Response &);

// The handler of each route of Api::Routes, in the same order.
constexpr std::array<std::pair<Api::Route, Handler>, Api::RouteCount> Handlers{{
    {Api::Route::Health, &HttpApi::health},
    {Api::Route::Metrics, &HttpApi::metrics},
    {Api::Route::SignIn, &HttpApi::login},
    {Api::Route::SignInChallenge, &HttpApi::signInChallenge},
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
    {Api::Route::CaseDecisions, &HttpApi::caseDecisions},
    {Api::Route::Timestamp, &HttpApi::timestamp},
    {Api::Route::PilotReport, &HttpApi::pilotReport},
    {Api::Route::Notifications, &HttpApi::notifications},
    {Api::Route::MarkAbsence, &HttpApi::markAbsence},
    {Api::Route::ListAbsences, &HttpApi::listAbsences},
    {Api::Route::CaseNotes, &HttpApi::addCaseNote},
    {Api::Route::Notes, &HttpApi::notes},
    {Api::Route::AuditExports, &HttpApi::auditExports},
    {Api::Route::AuditExtract, &HttpApi::auditExtract},
}};

static_assert(rowsInEnumOrder<Api::Route>(Handlers, [](const auto &row) { return row.first; }),
              "every Api::Route needs its handler, in order");

} // namespace

Http::Limits HttpApi::limits() const
{
    Http::Limits limits;
    limits.head = std::chrono::seconds(m_config.readTimeoutSeconds);
    limits.idle = std::chrono::seconds(m_config.readTimeoutSeconds);
    limits.handshake = std::chrono::seconds(std::min(m_config.readTimeoutSeconds, 10));
    limits.threads = m_config.threads;
    // As many as may check a password at once (SignInThrottle::turn).
    limits.slowThreads = m_config.signInWorkers;
    limits.maxConnections = m_config.maxConnections;
    limits.maxPerAddress = m_config.maxConnectionsPerAddress;
    limits.maxBodyBytesInFlight = std::max<std::uint64_t>(
        512ULL << 20, 4ULL * std::max(m_config.maxBodyBytes, m_config.maxDocumentBytes));
    return limits;
}

Http::Server::Hooks HttpApi::hooks()
{
    Http::Server::Hooks hooks;
    hooks.beforeBody = [this](const Http::Request &request, Http::Response &response) {
        return beforeReading(request, response);
    };
    // Scans have their own limit; everything else is JSON.
    hooks.bodyLimit = [this](const Http::Request &request) {
        return static_cast<std::uint64_t>(request.path.starts_with(Api::DocumentsPrefix)
                                              ? m_config.maxDocumentBytes
                                              : m_config.maxBodyBytes);
    };
    hooks.refuse
        = [this](Http::Refusal why, const Http::Request &request, Http::Response &response) {
              refused(why, request, response);
          };
    hooks.answered = [this](const Http::Request &request, const Http::Response &response) {
        logAnswer(request, response);
    };
    hooks.clientAddress = [this](const Http::Request &request) {
        return clientAddress(request).toStdString();
    };
    hooks.isTrustedProxy = [this](const std::string &address) {
        return m_config.trustedProxies.contains(fromStd(address));
    };
    return hooks;
}

void HttpApi::refused(Http::Refusal why, const Http::Request &request, Http::Response &response)
{
    if (!request.method.empty())
        response.setHeader("Content-Language",
                           setRequestLanguage(request.header("Accept-Language")));
    switch (why) {
    case Http::Refusal::BadRequest:
        sendError(response, ApiError::BadRequest);
        break;
    case Http::Refusal::NotFound:
        sendError(
            response,
            ApiError::NotFound,
            apiMessage(ApiError::NotFound).arg(fromStd(request.method), fromStd(request.path)));
        break;
    case Http::Refusal::BodyTooLarge:
        sendError(response, ApiError::TooLarge);
        break;
    case Http::Refusal::UnsupportedEncoding:
        sendError(response,
                  ApiError::UnsupportedEncoding,
                  apiMessage(ApiError::UnsupportedEncoding)
                      .arg(fromStd(request.header("Content-Encoding"))));
        break;
    case Http::Refusal::HeadTooLarge: {
        const Http::Limits l = limits();
        sendError(
            response,
            ApiError::HeadTooLarge,
            apiMessage(ApiError::HeadTooLarge).arg(qulonglong(l.maxHeadBytes)).arg(l.maxHeaders));
        break;
    }
    case Http::Refusal::Internal:
        sendError(response, ApiError::Internal);
        break;
    case Http::Refusal::TooManyConnections:
        sendError(response, ApiError::TooManyConnections);
        response.setHeader("Retry-After", "5");
        break;
    case Http::Refusal::Busy: // only sign-ins and password changes are slow
        sendError(response, ApiError::SignInBusy);
        response.setHeader("Retry-After", "1");
        break;
    }
}

void HttpApi::install(Http::Server &server)
{
    for (const auto &[route, handler] : Handlers) {
        const Api::RouteInfo &info = Api::info(route);
        auto call = [this, handler](const Http::Request &request, Http::Response &response) {
            // The worker answers in the request's language (its own thread's).
            setRequestLanguage(request.header("Accept-Language"));
            (this->*handler)(request, response);
        };
        // A password's scrypt takes its CPU on the slow threads.
        const Http::Server::Pace pace
            = route == Api::Route::SignIn || route == Api::Route::ChangePassword
                  ? Http::Server::Pace::Slow
                  : Http::Server::Pace::Quick;
        switch (info.method) {
        case Api::Method::Get:
            server.route("GET", info.pattern, call, pace);
            break;
        case Api::Method::Post:
            server.route("POST", info.pattern, call, pace);
            break;
        case Api::Method::Put:
            server.route("PUT", info.pattern, call, pace);
            break;
        case Api::Method::Delete:
            server.route("DELETE", info.pattern, call, pace);
            break;
        }
    }
}

bool HttpApi::beforeReading(const Http::Request &request, Http::Response &response)
{
    response.setHeader("Content-Language", setRequestLanguage(request.header("Accept-Language")));
    // Every answer says which workstations this server still accepts;
    // one older than that is told so before it sends anything more,
    // and keeps its outbox until it is updated.
    response.setHeader("X-Kezek-Oldest-Protocol", std::to_string(OldestAcceptedProtocol));
    if (const std::string said = request.header("X-Kezek-Protocol"); !said.empty()) {
        bool ok = false;
        const int protocol = QByteArray::fromStdString(said).toInt(&ok);
        if (!ok || protocol < OldestAcceptedProtocol) {
            sendError(response,
                      ApiError::ClientOutdated,
                      apiMessage(ApiError::ClientOutdated)
                          .arg(fromStd(said))
                          .arg(OldestAcceptedProtocol));
            // Its body is never read: the connection goes with it.
            response.setHeader("Connection", "close");
            return true;
        }
    }
    const std::string length = request.header("Content-Length");
    if (!length.empty()) {
        bool ok = false;
        const qint64 size = QByteArray::fromStdString(length).toLongLong(&ok);
        if (!ok || size < 0) {
            sendError(response, ApiError::BadLength);
            response.setHeader("Connection", "close");
            return true;
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
            response.setHeader("Connection", "close");
            return true;
        }
    }
    return false;
}

void HttpApi::logAnswer(const Http::Request &request, const Http::Response &response)
{
    count(response.status);
    // The database failed this thread (PostgreSQL restarted, a failover):
    // its next request opens a new connection instead of failing forever.
    if (response.status == 503 && !response.hasHeader("Retry-After"))
        t_store.reset();
    logEvent("INFO",
             "request",
             {{"method", fromStd(request.method)},
              {"path", fromStd(request.path)},
              {"status", QString::number(response.status)},
              {"remote", clientAddress(request)}});
}

std::optional<UserRecord> HttpApi::authenticate(const Http::Request &request,
                                                Http::Response &response)
{
    const std::string header = request.header("Authorization");
    const std::string prefix = "Bearer ";
    ServerStore *db = store();
    if (!db) {
        sendDatabaseUnavailable(response);
        return std::nullopt;
    }
    if (header.rfind(prefix, 0) == 0) {
        const QByteArray token = QByteArray::fromStdString(header.substr(prefix.size())).trimmed();
        const QByteArray digest = tokenDigest(token);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        std::optional<std::optional<UserRecord>> user;
        if (auto known = m_sessions.find(digest, now)) {
            user.emplace(std::move(known));
        } else {
            QDateTime expires;
            const quint64 generation = m_sessions.generation();
            auto looked = UserStore(*db).userForSession(digest, now, &expires);
            if (!looked) {
                // The database failed, not the session: a 503 the client retries
                // (and this thread reconnects after), not a 401 that signs out.
                sendDatabaseUnavailable(response);
                return std::nullopt;
            }
            if (looked->has_value())
                m_sessions.remember(digest, **looked, expires, now, generation);
            user.emplace(std::move(*looked));
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
    response.setHeader("WWW-Authenticate", "Bearer");
    return std::nullopt;
}

QString HttpApi::clientAddress(const Http::Request &request) const
{
    const QString peer = fromStd(request.remoteAddress);
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
