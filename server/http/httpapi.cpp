#include "server/http/httpapi.h"

#include "core/domain/integrationscope.h"
#include "server/eventlog.h"

#include "core/domain/actdate.h"
#include "core/domain/casecodec.h"
#include "core/domain/casecommand.h"
#include "core/domain/jsonreader.h"
#include "core/domain/queues.h"
#include "core/domain/workflow.h"
#include "core/security/passwords.h"
#include "core/security/signatures.h"
#include "db/server/auditlog.h"
#include "db/server/serverstore.h"
#include "db/server/userstore.h"
#include "resources/shippeddata.h"
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

#include <zlib.h>
#include <zstd.h>

#include <chrono>
#include <cstdio>
#include <map>

namespace Kezek {

namespace {

thread_local std::unique_ptr<ServerStore> t_store;

// Sessions last a working day; five wrong passwords in a row lock the account
// for a quarter of an hour.
constexpr int SessionHours = 12;
constexpr int LockAfterFailures = 5;
constexpr int LockMinutes = 15;
constexpr int MinPasswordLength = 10;
constexpr int DefaultPageSize = 500;
constexpr int MaxPageSize = 5000;
constexpr int MaxBatch = 500;
constexpr const char *DocumentsPath = "/api/v1/documents/";

// The date in Kazakhstan (one time zone, UTC+5, since 1 March 2024): the day
// every step of the law is counted on, from the server's clock, never the
// workstation's.
QDate kazakhstanToday()
{
    return kazakhstanDate(QDateTime::currentDateTimeUtc());
}

// What each outside system may say, by the integration its credential names.
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

// A request the database failed: 503, which clients retry (and after which
// the thread opens a new connection), never a 4xx that would blame them.
void sendDatabaseUnavailable(httplib::Response &response)
{
    HttpApi::sendError(response,
                       503,
                       QStringLiteral("database-unavailable"),
                       ServerTr::tr("The database is unavailable."));
}

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

QJsonObject rejected(const QString &id, const Error &error)
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("status"), QStringLiteral("rejected")},
            {QStringLiteral("code"), error.code},
            {QStringLiteral("message"), error.message}};
}

// Every JSON answer: never cached, and HTTPS remembered by the client.
void sendJsonText(httplib::Response &response, int status, const std::string &json)
{
    response.status = status;
    response.set_header("Cache-Control", "no-store");
    response.set_header("Strict-Transport-Security", "max-age=31536000");
    response.set_content(json, "application/json; charset=utf-8");
}

// The weight the client's Accept-Encoding gives `coding`: 1 when named
// without one, 0 when not named or refused ("gzip;q=0.0", RFC 9110 12.5.3).
double acceptedWeight(const httplib::Request &request, QByteArrayView coding)
{
    for (const QByteArray &part :
         QByteArray::fromStdString(request.get_header_value("Accept-Encoding")).split(',')) {
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

// A large JSON answer, packed when the client takes it: a page of changes is
// megabytes of JSON that shrinks about tenfold, for an officer's mobile link.
// zstd before gzip at equal weight: it packs about four times faster and
// unpacks faster still, which on a fast link is what a first sync waits for
// (Qt 6 takes zstd, br, gzip and deflate).
void sendLargeJson(const httplib::Request &request,
                   httplib::Response &response,
                   int status,
                   const std::string &json)
{
    constexpr size_t WorthPacking = 1024;
    response.set_header("Vary", "Accept-Encoding");
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
            response.set_header("Content-Encoding", coding);
            return;
        }
    }
    sendJsonText(response, status, json);
}

void sendJson(httplib::Response &response, int status, const QJsonObject &body)
{
    sendJsonText(
        response, status, QJsonDocument(body).toJson(QJsonDocument::Compact).toStdString());
}

QString fromStd(const std::string &text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

// A request body as a JSON object, or an answered 400/415.
std::optional<QJsonObject> jsonBody(const httplib::Request &request, httplib::Response &response)
{
    if (request.get_header_value("Content-Type").rfind("application/json", 0) != 0) {
        HttpApi::sendError(
            response,
            415,
            QStringLiteral("unsupported-media-type"),
            ServerTr::tr("The request body must be JSON (Content-Type: application/json)."));
        return std::nullopt;
    }
    QJsonParseError error;
    const QJsonDocument document
        = QJsonDocument::fromJson(QByteArray::fromStdString(request.body), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        HttpApi::sendError(response,
                           400,
                           QStringLiteral("bad-json"),
                           ServerTr::tr("The request body is not a JSON object: %1.")
                               .arg(error.error == QJsonParseError::NoError
                                        ? ServerTr::tr("not an object")
                                        : error.errorString()));
        return std::nullopt;
    }
    return document.object();
}

// A stored hash to verify against when the user does not exist, so that a
// wrong user name takes as long as a wrong password and names nobody.
const QString &decoyHash()
{
    static const QString hash = hashPassword(QStringLiteral("decoy password")).value_or(QString());
    return hash;
}

QJsonObject userJson(const UserRecord &user)
{
    return {
        {QStringLiteral("id"), user.id},
        {QStringLiteral("name"), user.name},
        {QStringLiteral("role"), roleId(user.role)},
        {QStringLiteral("city"), user.city ? QJsonValue(cityId(*user.city)) : QJsonValue()},
        {QStringLiteral("office"), user.office.isEmpty() ? QJsonValue() : QJsonValue(user.office)}};
}

Actor actorOf(const UserRecord &user)
{
    return {user.role, user.city, user.id};
}

} // namespace

HttpApi::HttpApi(ServerConfig config, QByteArray signingAuthority, Lawbook law)
    : m_config(std::move(config))
    , m_throttle(std::make_unique<SignInThrottle>(m_config.signInPerMinute, m_config.signInWorkers))
    , m_signingAuthority(std::move(signingAuthority))
    , m_law(std::move(law))
{}

void HttpApi::sendError(httplib::Response &response,
                        int status,
                        const QString &code,
                        const QString &message)
{
    sendJson(
        response, status, {{QStringLiteral("code"), code}, {QStringLiteral("message"), message}});
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
    server.set_pre_routing_handler([this](const httplib::Request &request,
                                          httplib::Response &response) {
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
                          426,
                          QStringLiteral("client.outdated"),
                          ServerTr::tr("This workstation speaks version %1 of Kezek's protocol; "
                                       "the server accepts version %2 and later. Ask your IT "
                                       "department to update Kezek: your outbox is kept "
                                       "until then.")
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
                sendError(response,
                          400,
                          QStringLiteral("bad-length"),
                          ServerTr::tr("Content-Length is not a number."));
                response.set_header("Connection", "close");
                return httplib::Server::HandlerResponse::Handled;
            }
            // Scans have their own limit; everything else is JSON.
            const qint64 limit = request.path.rfind(DocumentsPath, 0) == 0
                                     ? m_config.maxDocumentBytes
                                     : m_config.maxBodyBytes;
            if (size > limit) {
                sendError(response,
                          413,
                          QStringLiteral("too-large"),
                          ServerTr::tr("The request body is %1 bytes; at most %2 are accepted.")
                              .arg(size)
                              .arg(limit));
                response.set_header("Connection", "close");
                return httplib::Server::HandlerResponse::Handled;
            }
        }
        return httplib::Server::HandlerResponse::Unhandled;
    });

    server.set_error_handler([](const httplib::Request &request, httplib::Response &response) {
        if (!response.body.empty())
            return; // a handler has already said why
        switch (response.status) {
        case 404:
            sendError(response,
                      404,
                      QStringLiteral("not-found"),
                      ServerTr::tr("There is no %1 %2.")
                          .arg(fromStd(request.method), fromStd(request.path)));
            break;
        case 413:
            sendError(response,
                      413,
                      QStringLiteral("too-large"),
                      ServerTr::tr("The request body is too large."));
            break;
        default:
            sendError(response,
                      response.status,
                      QStringLiteral("http-%1").arg(response.status),
                      ServerTr::tr("The request could not be served."));
        }
    });

    server.set_exception_handler(
        // NOLINTNEXTLINE(performance-unnecessary-value-param): cpp-httplib's signature
        [](const httplib::Request &, httplib::Response &response, std::exception_ptr) {
            sendError(response,
                      500,
                      QStringLiteral("internal"),
                      ServerTr::tr("The server failed; nothing was changed."));
        });

    server.set_logger([this](const httplib::Request &request, const httplib::Response &response) {
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
    });

    server.Get("/health",
               [this](const httplib::Request &, httplib::Response &response) { health(response); });
    server.Get("/metrics", [this](const httplib::Request &, httplib::Response &response) {
        metrics(response);
    });
    using Request = httplib::Request;
    using Response = httplib::Response;
    server.Post("/api/v1/session",
                [this](const Request &request, Response &response) { login(request, response); });
    server.Delete("/api/v1/session", [this](const Request &request, Response &response) {
        logout(request, response);
    });
    server.Post("/api/v1/password", [this](const Request &request, Response &response) {
        changePassword(request, response);
    });
    server.Get("/api/v1/law", [this](const Request &request, Response &response) {
        if (authenticate(request, response))
            sendJsonText(response, 200, m_law.json().toStdString());
    });
    server.Get("/api/v1/changes",
               [this](const Request &request, Response &response) { changes(request, response); });
    server.Post("/api/v1/commands", [this](const Request &request, Response &response) {
        commands(request, response);
    });
    server.Get("/api/v1/colleagues", [this](const Request &request, Response &response) {
        colleagues(request, response);
    });
    server.Get("/api/v1/claims", [this](const Request &request, Response &response) {
        listClaims(request, response);
    });
    server.Post("/api/v1/claims",
                [this](const Request &request, Response &response) { claims(request, response); });
    server.Post(R"(/api/v1/integration/([a-z]+)/commands)",
                [this](const Request &request, Response &response) {
                    integrationCommands(request, response);
                });
    server.Post("/api/v1/integration/egov/applications",
                [this](const Request &request, Response &response) { intake(request, response); });
    // Anything after the prefix is captured, so that a path trick is answered
    // with a reason (400) rather than passed by.
    server.Put(R"(/api/v1/documents/(.*))", [this](const Request &request, Response &response) {
        uploadDocument(request, response);
    });
    server.Get(R"(/api/v1/documents/(.*))", [this](const Request &request, Response &response) {
        downloadDocument(request, response);
    });
    server.Get(
        R"(/api/v1/cases/([^/]+)/documents)",
        [this](const Request &request, Response &response) { caseDocuments(request, response); });
}

void HttpApi::health(httplib::Response &response)
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

void HttpApi::metrics(httplib::Response &response)
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
    response.set_content(text.toStdString(), "text/plain; version=0.0.4; charset=utf-8");
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
                sendError(response,
                          403,
                          QStringLiteral("password.must-change"),
                          ServerTr::tr("Choose your own password first: the one you signed in "
                                       "with was given for one sign-in."));
                return std::nullopt;
            }
            return **user;
        }
    }
    sendError(response,
              401,
              QStringLiteral("unauthorized"),
              ServerTr::tr("Sign in first: the session is missing, expired or unknown."));
    response.set_header("WWW-Authenticate", "Bearer");
    return std::nullopt;
}

namespace {

// Every password check of this server is busy: the client waits a second.
void sendSignInBusy(httplib::Response &response)
{
    HttpApi::sendError(
        response,
        429,
        QStringLiteral("sign-in.busy"),
        ServerTr::tr("The server is checking many sign-ins: try again in a second."));
    response.set_header("Retry-After", "1");
}

} // namespace

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

bool HttpApi::mayCheckPassword(const QString &name,
                               const QString &address,
                               UserStore &users,
                               httplib::Response &response)
{
    const auto tooMany = [&response](int seconds) {
        sendError(response,
                  429,
                  QStringLiteral("sign-in.too-many"),
                  ServerTr::tr(
                      "Too many sign-in attempts: try again in %n second(s).", nullptr, seconds));
        response.set_header("Retry-After", std::to_string(seconds));
    };
    if (const auto wait = m_throttle->take(address)) {
        logEvent("WARN", "sign-in-throttled", {{"user", name}, {"remote", address}});
        tooMany(*wait);
        return false;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto locked = users.reserveSignIn(name, now, LockAfterFailures, LockMinutes);
    if (!locked) {
        sendError(response, 503, QStringLiteral("database-unavailable"), locked.error().message);
        return false;
    }
    if (*locked) {
        // The same answer for every name, an account's or not.
        sendError(response,
                  423,
                  QStringLiteral("locked"),
                  ServerTr::tr("Too many wrong passwords: \"%1\" is locked until %2 UTC.")
                      .arg(name, (*locked)->toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
        return false;
    }
    return true;
}

void HttpApi::login(const httplib::Request &request, httplib::Response &response)
{
    const auto body = jsonBody(request, response);
    if (!body)
        return;
    JsonReader reader(*body, {});
    const QString userId = reader.string("user", true);
    const QString password = reader.string("password", true);
    if (auto ok = reader.finish(); !ok) {
        sendError(response, 400, ok.error().code, ok.error().message);
        return;
    }
    ServerStore *db = store();
    if (!db) {
        sendDatabaseUnavailable(response);
        return;
    }
    const QString address = clientAddress(request);
    // A turn on the server's password checks first, so that a refused try
    // costs the name nothing; then the name's count, before the check.
    const SignInThrottle::Turn turn = m_throttle->turn();
    if (!turn) {
        sendSignInBusy(response);
        return;
    }
    UserStore users(*db);
    if (!mayCheckPassword(userId, address, users, response))
        return;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto found = users.findUser(userId);
    if (!found) {
        sendError(response, 503, QStringLiteral("database-unavailable"), found.error().message);
        return;
    }
    const std::optional<UserRecord> &user = *found;
    const auto verified = verifyPassword(password, user ? user->passwordHash : decoyHash());
    // A disabled account is answered as a wrong password, after the same work.
    if (!user || !verified || !*verified || user->disabledAt.isValid()) {
        (void)AuditLog(*db).append({userId, QStringLiteral("login-failed"), userId, address}, now);
        logEvent("WARN", "login-failed", {{"user", userId}, {"remote", address}});
        sendError(response,
                  401,
                  QStringLiteral("bad-credentials"),
                  ServerTr::tr("The user name or the password is wrong."));
        return;
    }
    (void)users.clearSignInFailures(userId);
    (void)users.purgeExpired(now);
    (void)AuditLog(*db).append({user->id, QStringLiteral("login"), user->id, address}, now);
    const QByteArray token = randomToken();
    const QDateTime expires = now.addSecs(qint64(SessionHours) * 3600);
    if (auto created
        = users.createSession(tokenDigest(token), user->id, now, expires, m_config.maxSessions);
        !created) {
        sendError(response, 503, QStringLiteral("database-unavailable"), created.error().message);
        return;
    }
    sendJson(response,
             200,
             {{QStringLiteral("token"), QString::fromLatin1(token)},
              {QStringLiteral("expiresAt"), expires.toString(Qt::ISODate)},
              {QStringLiteral("user"), userJson(*user)},
              {QStringLiteral("mustChangePassword"), user->mustChangePassword}});
}

void HttpApi::changePassword(const httplib::Request &request, httplib::Response &response)
{
    const auto user = authenticate(request, response);
    if (!user)
        return;
    const auto body = jsonBody(request, response);
    if (!body)
        return;
    JsonReader reader(*body, {});
    const QString current = reader.string("password", true);
    const QString replacement = reader.string("newPassword", true);
    if (auto ok = reader.finish(); !ok) {
        sendError(response, 400, ok.error().code, ok.error().message);
        return;
    }
    if (replacement.size() < MinPasswordLength || replacement == current
        || replacement.compare(user->id, Qt::CaseInsensitive) == 0) {
        sendError(response,
                  422,
                  QStringLiteral("password.weak"),
                  ServerTr::tr("The new password needs at least %1 characters and must differ "
                               "from the old one and from the user name.")
                      .arg(MinPasswordLength));
        return;
    }
    ServerStore *db = store();
    UserStore users(*db);
    // A stolen session does not let anyone guess the password faster.
    const QString address = clientAddress(request);
    const SignInThrottle::Turn turn = m_throttle->turn();
    if (!turn) {
        sendSignInBusy(response);
        return;
    }
    if (!mayCheckPassword(user->id, address, users, response))
        return;
    const auto verified = verifyPassword(current, user->passwordHash);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!verified || !*verified) {
        (void)AuditLog(*db).append(
            {user->id, QStringLiteral("password-change-failed"), user->id, address}, now);
        sendError(response,
                  403,
                  QStringLiteral("password.wrong"),
                  ServerTr::tr("The current password is wrong."));
        return;
    }
    (void)users.clearSignInFailures(user->id);
    auto hash = hashPassword(replacement);
    if (!hash) {
        sendError(response, 500, hash.error().code, hash.error().message);
        return;
    }
    // Every other session ends: whoever else held one must sign in anew.
    const QByteArray digest = tokenDigest(
        QByteArray::fromStdString(request.get_header_value("Authorization").substr(7)).trimmed());
    auto changed = db->inWriteTransaction([&]() -> Result<void> {
        if (auto set = users.setPasswordHash(user->id, *hash, false); !set)
            return std::unexpected(set.error());
        if (auto revoked = users.revokeSessions(user->id); !revoked)
            return std::unexpected(revoked.error());
        const QDateTime expires = now.addSecs(qint64(SessionHours) * 3600);
        if (auto kept = users.createSession(digest, user->id, now, expires, m_config.maxSessions);
            !kept)
            return kept;
        return AuditLog(*db).append(
            {user->id, QStringLiteral("password-changed"), user->id, address}, now);
    });
    if (!changed) {
        sendError(response, 503, QStringLiteral("database-unavailable"), changed.error().message);
        return;
    }
    logEvent("INFO", "password-changed", {{"user", user->id}, {"remote", address}});
    response.status = 204;
}

void HttpApi::logout(const httplib::Request &request, httplib::Response &response)
{
    if (!authenticate(request, response))
        return;
    const std::string header = request.get_header_value("Authorization");
    UserStore users(*store());
    (void)users.deleteSession(tokenDigest(QByteArray::fromStdString(header.substr(7)).trimmed()));
    response.status = 204;
}

void HttpApi::changes(const httplib::Request &request, httplib::Response &response)
{
    const auto user = authenticate(request, response);
    if (!user)
        return;
    auto parameter = [&](const char *name,
                         qint64 fallback,
                         qint64 minimum,
                         qint64 maximum) -> std::optional<qint64> {
        if (!request.has_param(name))
            return fallback;
        bool ok = false;
        const qint64 value
            = QByteArray::fromStdString(request.get_param_value(name)).toLongLong(&ok);
        if (!ok || value < minimum || value > maximum) {
            sendError(response,
                      400,
                      QStringLiteral("bad-parameter"),
                      ServerTr::tr("The parameter \"%1\" must be a whole number from %2 to %3.")
                          .arg(QString::fromLatin1(name))
                          .arg(minimum)
                          .arg(maximum));
            return std::nullopt;
        }
        return value;
    };
    const auto since = parameter("since", 0, 0, std::numeric_limits<qint64>::max());
    if (!since)
        return;
    const auto limit = parameter("limit", DefaultPageSize, 1, MaxPageSize);
    if (!limit)
        return;
    auto page = store()->storedChangesSince(*since, static_cast<int>(*limit));
    if (!page) {
        sendError(response, 503, QStringLiteral("database-unavailable"), page.error().message);
        return;
    }
    // The stored JSON goes out as it is: the store wrote it with the case
    // codec, so decoding and encoding it again would only cost time and memory.
    // The cursor moves past every change, seen or not, so a page of another
    // city's cases still brings the caller forward.
    const Actor actor = actorOf(*user);
    // Megabytes on a first sync: the room is taken once, not grown case by case.
    size_t room = 256;
    for (const ServerStore::StoredCase &c : std::as_const(page->cases))
        room += size_t(c.json.size()) + 1;
    std::string body;
    body.reserve(room);
    body += "{\"cases\":[";
    QStringList ids;
    // An outside system reads the cases its job waits on, and of each only
    // what the job needs (integrationscope.h); no scans.
    const IntegrationScope *scope
        = user->role == Role::System ? integrationScope(user->integration) : nullptr;
    if (user->role == Role::System && !scope) {
        sendError(response,
                  403,
                  QStringLiteral("forbidden"),
                  ServerTr::tr("This credential reads no cases."));
        return;
    }
    for (const ServerStore::StoredCase &c : std::as_const(page->cases)) {
        if (!Workflow::maySeeCity(actor, c.city))
            continue;
        QByteArray json = c.json;
        if (scope) {
            const auto decoded = caseFromJson(QJsonDocument::fromJson(c.json).object());
            if (!decoded || !scope->reads.contains(decoded->state))
                continue;
            json = QJsonDocument(caseToJson(caseForIntegration(*decoded, *scope)))
                       .toJson(QJsonDocument::Compact);
        }
        if (!ids.isEmpty())
            body += ',';
        body.append(json.constData(), static_cast<size_t>(json.size()));
        ids.append(c.id);
    }
    body += "],\"documents\":[";
    bool first = true;
    for (const ServerStore::StoredDocument &d : std::as_const(page->documents)) {
        if (!Workflow::maySeeCity(actor, d.city) || (scope && !scope->readsScans))
            continue;
        if (!first)
            body += ',';
        body += QJsonDocument(documentJson(d.info)).toJson(QJsonDocument::Compact).toStdString();
        first = false;
    }
    body += "],\"law\":\"" + m_law.version().toStdString() + "\",\"more\":";
    body += page->more ? "true" : "false";
    body += ",\"next\":" + std::to_string(page->nextRevision) + "}";
    // Cases carry personal data: who read which, and when, is kept before
    // they are shown, or they are not shown. A workstation that polls the
    // same cases adds to one row per case and period, not a row per poll.
    const QByteArray session
        = tokenDigest(
              QByteArray::fromStdString(request.get_header_value("Authorization")).mid(7).trimmed())
              .left(16);
    if (auto audited = store()->recordReads(QString::fromLatin1(session),
                                            user->id,
                                            ids,
                                            QDateTime::currentDateTimeUtc(),
                                            m_config.readAuditMinutes);
        !audited) {
        sendError(response, 503, QStringLiteral("database-unavailable"), audited.error().message);
        return;
    }
    sendLargeJson(request, response, 200, body);
}

void HttpApi::commands(const httplib::Request &request, httplib::Response &response)
{
    const auto user = authenticate(request, response);
    if (!user)
        return;
    // An outside system speaks only on its own route, with its own types.
    if (user->role == Role::System) {
        sendError(response,
                  403,
                  QStringLiteral("forbidden"),
                  ServerTr::tr("Integrations send their messages to "
                               "/api/v1/integration/NAME/commands."));
        return;
    }
    const auto batch = commandBatch(request, response);
    if (!batch)
        return;
    sendResults(response, applyBatch(*user, *batch, {}));
}

namespace {

QJsonObject claimRefused(const QString &caseId, const Error &error)
{
    return {{QStringLiteral("caseId"), caseId},
            {QStringLiteral("status"), QStringLiteral("rejected")},
            {QStringLiteral("code"), error.code},
            {QStringLiteral("message"), error.message}};
}

QJsonObject claimJson(const ServerStore::Claim &claim, const QString &status)
{
    return {{QStringLiteral("caseId"), claim.caseId},
            {QStringLiteral("status"), status},
            {QStringLiteral("holder"), claim.holder},
            {QStringLiteral("expiresAt"), claim.expiresAt.toUTC().toString(Qt::ISODate)}};
}

} // namespace

void HttpApi::claims(const httplib::Request &request, httplib::Response &response)
{
    const auto user = authenticate(request, response);
    if (!user)
        return;
    if (user->role == Role::System) {
        sendError(response,
                  403,
                  QStringLiteral("forbidden"),
                  ServerTr::tr("Integrations do not claim cases."));
        return;
    }
    const auto batch = commandBatch(request, response, "claims");
    if (!batch)
        return;
    ServerStore *db = store();
    const Actor actor = actorOf(*user);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QJsonArray results;
    for (const auto &value : *batch) {
        JsonReader item(value.toObject(), {});
        const QString caseId = item.string("caseId", true);
        const bool release = item.optionalBoolean("release").value_or(false);
        const QString assignTo = item.string("assignTo");
        if (auto ok = item.finish(); !ok) {
            results.append(claimRefused(caseId, ok.error()));
            continue;
        }
        auto found = db->findCase(caseId);
        if (!found) {
            results.append(claimRefused(caseId, found.error()));
            continue;
        }
        if (!found->has_value() || !Workflow::maySee(actor, **found)) {
            results.append(
                claimRefused(caseId,
                             Error{QStringLiteral("case.not-found"),
                                   ServerTr::tr("There is no case \"%1\".").arg(caseId)}));
            continue;
        }
        if (!assignTo.isEmpty()) {
            results.append(assign(*user, **found, assignTo, now));
            continue;
        }
        if (!Workflow::mayClaim(actor, **found)) {
            results.append(claimRefused(
                caseId,
                Error{QStringLiteral("claim.role"),
                      ServerTr::tr("Your role reads cases and works none, so it claims none.")}));
            continue;
        }
        if (release) {
            auto released = db->releaseClaim(caseId, user->id);
            if (!released) {
                results.append(claimRefused(caseId, released.error()));
                continue;
            }
            results.append(QJsonObject{{QStringLiteral("caseId"), caseId},
                                       {QStringLiteral("status"), QStringLiteral("released")}});
            continue;
        }
        auto claim = db->claimCase(caseId, user->id, now, qint64(m_config.claimMinutes) * 60);
        if (!claim) {
            results.append(claimRefused(caseId, claim.error()));
            continue;
        }
        results.append(claimJson(
            *claim, claim->holder == user->id ? QStringLiteral("held") : QStringLiteral("taken")));
    }
    sendJson(response,
             200,
             {{QStringLiteral("results"), results},
              {QStringLiteral("now"), now.toString(Qt::ISODateWithMs)}});
}

QJsonObject HttpApi::assign(const UserRecord &supervisor,
                            const Case &c,
                            const QString &assigneeId,
                            const QDateTime &now)
{
    ServerStore *db = store();
    auto assignee = UserStore(*db).findUser(assigneeId);
    if (!assignee)
        return claimRefused(c.id, assignee.error());
    if (!assignee->has_value()) {
        return claimRefused(c.id,
                            Error{QStringLiteral("claim.assignee"),
                                  ServerTr::tr("There is no user \"%1\".").arg(assigneeId)});
    }
    if (auto ok = Workflow::mayAssign(actorOf(supervisor), c, actorOf(**assignee)); !ok)
        return claimRefused(c.id, ok.error());
    auto claim = db->assignClaim(c.id, assigneeId, now, qint64(m_config.claimMinutes) * 60);
    if (!claim)
        return claimRefused(c.id, claim.error());
    // Who gave whose work to whom is kept, as every step on a case is.
    (void)AuditLog(*db).append(
        {supervisor.id, QStringLiteral("assign"), c.id, QStringLiteral("to %1").arg(assigneeId)},
        now);
    return claimJson(*claim, QStringLiteral("assigned"));
}

void HttpApi::colleagues(const httplib::Request &request, httplib::Response &response)
{
    const auto user = authenticate(request, response);
    if (!user)
        return;
    if (user->role != Role::Supervisor || !user->city) {
        sendError(response,
                  403,
                  QStringLiteral("forbidden"),
                  ServerTr::tr("Only a supervisor gives cases to colleagues."));
        return;
    }
    auto users = UserStore(*store()).users();
    if (!users) {
        sendError(response, 503, QStringLiteral("database-unavailable"), users.error().message);
        return;
    }
    // Those a case of this city may go to, as the law's reassignment allows.
    QJsonArray list;
    for (const UserRecord &colleague : std::as_const(*users)) {
        if (colleague.city != user->city
            || (colleague.role != Role::MigrationOfficer && colleague.role != Role::CscOperator))
            continue;
        list.append(QJsonObject{{QStringLiteral("id"), colleague.id},
                                {QStringLiteral("name"), colleague.name},
                                {QStringLiteral("role"), roleId(colleague.role)},
                                {QStringLiteral("office"), colleague.office}});
    }
    sendJson(response, 200, {{QStringLiteral("colleagues"), list}});
}

void HttpApi::listClaims(const httplib::Request &request, httplib::Response &response)
{
    const auto user = authenticate(request, response);
    if (!user)
        return;
    if (user->role == Role::System) {
        sendError(response,
                  403,
                  QStringLiteral("forbidden"),
                  ServerTr::tr("Integrations do not claim cases."));
        return;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto active = store()->activeClaims(now);
    if (!active) {
        sendError(response, 503, QStringLiteral("database-unavailable"), active.error().message);
        return;
    }
    const Actor actor = actorOf(*user);
    QJsonArray claims;
    for (const auto &[claim, city] : std::as_const(*active)) {
        const auto cityId = cityFromId(city);
        if (cityId && Workflow::maySeeCity(actor, *cityId))
            claims.append(claimJson(claim, QStringLiteral("held")));
    }
    sendJson(response,
             200,
             {{QStringLiteral("claims"), claims},
              {QStringLiteral("now"), now.toString(Qt::ISODateWithMs)}});
}

void HttpApi::integrationCommands(const httplib::Request &request, httplib::Response &response)
{
    const auto user = authenticate(request, response);
    if (!user)
        return;
    const QString integration = fromStd(request.matches[1]);
    const IntegrationScope *scope = integrationScope(integration);
    const QStringList types = scope ? scope->commands : QStringList();
    if (user->role != Role::System || user->integration != integration || types.isEmpty()) {
        sendError(response,
                  403,
                  QStringLiteral("forbidden"),
                  ServerTr::tr("This credential does not speak for the integration \"%1\".")
                      .arg(integration));
        return;
    }
    const auto batch = commandBatch(request, response);
    if (!batch)
        return;
    sendResults(response, applyBatch(*user, *batch, types));
}

void HttpApi::sendResults(httplib::Response &response, const Result<QJsonArray> &results)
{
    if (results) {
        sendJson(response, 200, {{QStringLiteral("results"), *results}});
        return;
    }
    // Nothing the client did: the whole batch is to be sent again, and what
    // was applied of it comes back "duplicate". A busy database soon.
    if (results.error().code == u"store.busy") {
        response.set_header("Retry-After", "1");
        sendError(response,
                  503,
                  QStringLiteral("store.busy"),
                  ServerTr::tr("The database is busy with other writes; send the commands again "
                               "in a moment. Nothing of them is lost."));
        return;
    }
    sendDatabaseUnavailable(response);
}

std::optional<QJsonArray>
HttpApi::commandBatch(const httplib::Request &request, httplib::Response &response, const char *key)
{
    const auto body = jsonBody(request, response);
    if (!body)
        return std::nullopt;
    JsonReader reader(*body, {});
    const QJsonArray batch = reader.array(key);
    if (auto ok = reader.finish(); !ok) {
        sendError(response, 400, ok.error().code, ok.error().message);
        return std::nullopt;
    }
    if (batch.size() > MaxBatch) {
        sendError(response,
                  413,
                  QStringLiteral("batch-too-large"),
                  ServerTr::tr("A batch holds at most %1 commands; this one has %2.")
                      .arg(MaxBatch)
                      .arg(batch.size()));
        return std::nullopt;
    }
    return batch;
}

Result<QJsonArray>
HttpApi::applyBatch(const UserRecord &user, const QJsonArray &batch, const QStringList &onlyTypes)
{
    ServerStore *db = store();
    if (!db) {
        return fail(QStringLiteral("store.unavailable"),
                    ServerTr::tr("The database is unavailable."));
    }
    const Actor actor = actorOf(user);
    const QDate today = kazakhstanToday();
    QJsonArray results;
    for (const auto &value : batch) {
        QJsonObject json = value.toObject();
        const QString id = json.value(u"id").toString();
        // An integration speaks only its own messages, and answers for the
        // case as it stands when it names no base version.
        bool onCurrentVersion = false;
        if (!onlyTypes.isEmpty()) {
            if (!onlyTypes.contains(json.value(u"type").toString())) {
                results.append(rejected(id,
                                        Error{QStringLiteral("integration.type"),
                                              ServerTr::tr("This integration sends only: %1.")
                                                  .arg(onlyTypes.join(QStringLiteral(", ")))}));
                continue;
            }
            if (!json.contains(u"baseVersion")) {
                onCurrentVersion = true;
                json.insert(QStringLiteral("baseVersion"), 1); // replaced under the lock
            }
        }
        auto command = caseCommandFromJson(json);
        if (!command) {
            results.append(rejected(id, command.error()));
            continue;
        }
        // Applied before: the same answer again, whatever the payload says now
        // (looked up again under the case's lock, for a repeat racing this one).
        auto earlier = db->commandAnswer(command->id);
        if (!earlier) {
            if (earlier.error().code == u"store.busy"
                || earlier.error().code == u"store.unavailable")
                return std::unexpected(earlier.error());
            results.append(rejected(id, earlier.error()));
            continue;
        }
        if (earlier->has_value()) {
            QJsonObject answer = **earlier;
            answer.insert(QStringLiteral("status"), QStringLiteral("duplicate"));
            results.append(answer);
            continue;
        }
        // A decision must be signed; any signature sent is checked, so that
        // nothing is kept (and exported) as signed that was not verified.
        if (needsSignature(*command) || !command->signature.isEmpty()) {
            if (auto ok = checkSignature(*command, user); !ok) {
                results.append(rejected(id, ok.error()));
                continue;
            }
        }
        std::optional<Case> applied; // the case as the command left it
        const auto decide
            = [&](const std::optional<Case> &found,
                  const QList<InterveningChange> &since) -> Result<ServerStore::CommandDecision> {
            return decideCommand(
                user, actor, *command, onCurrentVersion, today, found, since, applied);
        };
        auto answer = db->applyCommand(*command, user.id, onCurrentVersion, decide);
        if (!answer) {
            logEvent("WARN",
                     "command",
                     {{"id", command->id},
                      {"case", command->caseId},
                      {"user", user.id},
                      {"store", answer.error().code}});
            // A busy or lost database stops the batch: it is all sent again
            // (what was applied of it comes back "duplicate"). Anything else
            // is this command's own (a case this server cannot read): its
            // answer says so, and the commands after it go on.
            if (answer.error().code == u"store.busy" || answer.error().code == u"store.unavailable")
                return std::unexpected(answer.error());
            results.append(rejected(command->id, answer.error()));
            continue;
        }
        // The case has left this person's desk (the law gives them nothing
        // more to do on it: a CSC operator's originals went by courier, an
        // officer's decision was made): their claim ends, so that the next
        // desk is not kept waiting for the lease to run out.
        if (applied && answer->value(u"status").toString() == u"applied"
            && user.role != Role::System && Workflow::leavesDesk(*applied, actor)) {
            if (auto released = db->releaseClaim(command->caseId, user.id); !released) {
                logEvent("WARN",
                         "claim",
                         {{"case", command->caseId},
                          {"user", user.id},
                          {"release-failed", released.error().message}});
            }
        }
        logEvent("INFO",
                 "command",
                 {{"id", command->id},
                  {"type", command->type},
                  {"case", command->caseId},
                  {"user", user.id},
                  {"status", answer->value(u"status").toString()},
                  {"rebased-from",
                   answer->contains(u"rebasedFrom")
                       ? QString::number(answer->value(u"rebasedFrom").toInt())
                       : QStringLiteral("-")}});
        results.append(*answer);
    }
    return results;
}

Result<ServerStore::CommandDecision> HttpApi::decideCommand(const UserRecord &user,
                                                            const Actor &actor,
                                                            const CaseCommand &command,
                                                            bool onCurrentVersion,
                                                            QDate today,
                                                            const std::optional<Case> &found,
                                                            const QList<InterveningChange> &since,
                                                            std::optional<Case> &applied)
{
    ServerStore *db = store();
    const QString &id = command.id;
    const auto answerOnly = [](QJsonObject answer) {
        ServerStore::CommandDecision decision;
        decision.answer = std::move(answer);
        return decision;
    };
    if (!found || !Workflow::maySee(actor, *found)) {
        // Another city's case answers exactly like a case that does not exist.
        return answerOnly(
            rejected(id,
                     Error{QStringLiteral("case.not-found"),
                           ServerTr::tr("There is no case \"%1\".").arg(command.caseId)}));
    }
    const Case &current = *found;
    // A person may not act on a case another person has claimed.
    if (user.role != Role::System) {
        auto claim = db->claimOf(current.id, QDateTime::currentDateTimeUtc());
        if (!claim)
            return std::unexpected(claim.error());
        if (claim->has_value() && (*claim)->holder != user.id) {
            return answerOnly(rejected(
                id,
                Error{QStringLiteral("case.claimed"),
                      ServerTr::tr("Case %1 is being worked by %2 until %3 UTC; this command "
                                   "was not applied.")
                          .arg(current.number,
                               (*claim)->holder,
                               (*claim)->expiresAt.toUTC().toString(
                                   QStringLiteral("yyyy-MM-dd HH:mm")))}));
        }
    }
    // A document's scan is uploaded before the command that names it;
    // one the server never received is said, not pointed at.
    if (const QString scan = command.payload.value(u"scan").toString();
        command.type == u"update-document" && !scan.isEmpty()) {
        auto documents = db->documentsOfCase(current.id);
        if (!documents)
            return std::unexpected(documents.error());
        const bool received
            = std::any_of(documents->cbegin(),
                          documents->cend(),
                          [&scan](const ServerStore::DocumentInfo &d) { return d.sha256 == scan; });
        if (!received) {
            return answerOnly(
                rejected(id,
                         Error{QStringLiteral("document.missing"),
                               ServerTr::tr("The scan this command names (%1) never reached the "
                                            "server; make the comparison again with a new scan.")
                                   .arg(scan.left(12))}));
        }
    }
    CaseCommand based = command;
    if (onCurrentVersion)
        based.baseVersion = current.version;
    const auto conflict = [&](const Error &why) {
        QJsonArray changes;
        for (const InterveningChange &change : since) {
            changes.append(
                QJsonObject{{QStringLiteral("version"), change.version},
                            {QStringLiteral("user"), change.userId},
                            {QStringLiteral("name"), change.userName},
                            {QStringLiteral("type"), change.type},
                            {QStringLiteral("at"), change.at.toUTC().toString(Qt::ISODate)},
                            {QStringLiteral("parts"), QJsonArray::fromStringList(change.parts)},
                            {QStringLiteral("text"), describeChange(change)}});
        }
        return answerOnly({{QStringLiteral("id"), id},
                           {QStringLiteral("status"), QStringLiteral("conflict")},
                           {QStringLiteral("version"), current.version},
                           {QStringLiteral("case"), caseToJson(current)},
                           {QStringLiteral("code"), why.code},
                           {QStringLiteral("message"), why.message},
                           {QStringLiteral("changes"), changes}});
    };
    if (based.baseVersion > current.version) {
        return conflict(Error{QStringLiteral("command.conflict"),
                              ServerTr::tr("This command names version %1 of case %2, which the "
                                           "server has not reached (it has %3).")
                                  .arg(based.baseVersion)
                                  .arg(current.number)
                                  .arg(current.version)});
    }
    const bool rebased = based.baseVersion < current.version;
    if (rebased) {
        if (auto ok = mayRebase(based, current, since); !ok)
            return conflict(ok.error());
    }
    // Dated when it was made, within the window, not before its base.
    const QDateTime receivedAt = QDateTime::currentDateTimeUtc();
    auto baseMadeAt = db->stepMadeAt(current.id, based.baseVersion);
    if (!baseMadeAt)
        return std::unexpected(baseMadeAt.error());
    // A version no command made (the intake, an import) began, at the
    // latest, on the day the application was received.
    if (!baseMadeAt->isValid() && current.receivedOn.isValid())
        *baseMadeAt
            = QDateTime(current.receivedOn, QTime(0, 0), QTimeZone::utc()).addSecs(-5 * 3600);
    auto dating = command.madeAt.isValid()
                      ? dateOfAct(command.madeAt, receivedAt, m_config.actWindowHours, *baseMadeAt)
                      : Result<ActDating>(ActDating{today, true, {}});
    if (!dating)
        return answerOnly(rejected(id, dating.error()));
    auto outcome = applyCaseCommand(current, actor, based, dating->date, m_law.context());
    if (!outcome) {
        if (rebased)
            return conflict(rebaseRefused(outcome.error(), since));
        return answerOnly(rejected(id, outcome.error()));
    }
    ServerStore::CommandDecision decision;
    decision.after = outcome->after;
    decision.notices = outcome->notices;
    QString detail = QStringLiteral("%1 %2 version %3")
                         .arg(command.type, command.id)
                         .arg(outcome->after.version);
    if (rebased)
        detail += QStringLiteral(" rebased from %1").arg(based.baseVersion);
    // When it counts from, and, dated on receipt for a reason, the reason.
    detail += QStringLiteral(" dated %1").arg(dating->date.toString(Qt::ISODate));
    if (command.madeAt.isValid())
        detail += QStringLiteral(" made %1").arg(command.madeAt.toString(Qt::ISODate));
    if (command.madeAt.isValid() && dating->atReceipt)
        detail += QStringLiteral(" on receipt: %1").arg(dating->why);
    // A revocation's reasoning is the audit's to show, beside who signed it.
    if (command.type == u"revoke-decision")
        detail += QStringLiteral(" reasoning: %1")
                      .arg(command.payload.value(u"text").toString().simplified());
    decision.audit = {user.id, QStringLiteral("command"), command.caseId, detail};
    if (rebased && !onCurrentVersion)
        decision.answer.insert(QStringLiteral("rebasedFrom"), based.baseVersion);
    applied = outcome->after;
    return decision;
}

Result<void> HttpApi::checkSignature(const CaseCommand &command, const UserRecord &user)
{
    if (command.signature.isEmpty()) {
        return fail(QStringLiteral("signature.missing"),
                    ServerTr::tr("A decision must carry the officer's digital signature."));
    }
    auto signer = verifyDetached(signedContent(command), command.signature, m_signingAuthority);
    if (!signer)
        return std::unexpected(signer.error());
    auto registered = UserStore(*store()).signingCertificate(user.id);
    if (!registered)
        return std::unexpected(registered.error());
    if (!registered->has_value()) {
        return fail(QStringLiteral("signature.no-certificate"),
                    ServerTr::tr("No signing certificate is registered for %1; an administrator "
                                 "registers it with \"kezekctl admin set-certificate\".")
                        .arg(user.id));
    }
    if (!sameKey(*signer, **registered)) {
        return fail(QStringLiteral("signature.not-yours"),
                    ServerTr::tr("The decision is signed with another person's key, not with the "
                                 "certificate registered for %1.")
                        .arg(user.id));
    }
    return {};
}

void HttpApi::intake(const httplib::Request &request, httplib::Response &response)
{
    const auto user = authenticate(request, response);
    if (!user)
        return;
    if (user->role != Role::System || user->integration != u"egov") {
        sendError(response,
                  403,
                  QStringLiteral("forbidden"),
                  ServerTr::tr("Only the eGov integration files applications."));
        return;
    }
    const auto body = jsonBody(request, response);
    if (!body)
        return;
    auto application = newApplicationFromJson(*body);
    if (!application) {
        sendError(response, 400, application.error().code, application.error().message);
        return;
    }
    ServerStore *db = store();
    auto earlier = db->casesOfApplicant(application->applicant.iin);
    if (!earlier) {
        sendError(response, 503, QStringLiteral("database-unavailable"), earlier.error().message);
        return;
    }
    const QDate today = kazakhstanToday();
    // On a day no legal basis is in force, a site may have chosen to take no
    // application; otherwise the case is taken and marked so.
    if (m_config.refuseOutsideBasis && !m_law.legalBasis().inForceOn(today)) {
        sendError(response,
                  422,
                  QStringLiteral("law.no-basis"),
                  ServerTr::tr("No legal basis of the pilot is in force on %1 (the last ended on "
                               "%2): applications are not taken.")
                      .arg(today.toString(Qt::ISODate),
                           m_law.legalBasis().lastDayInForce().toString(Qt::ISODate)));
        return;
    }
    auto received
        = Workflow::receive(*application,
                            actorOf(*user),
                            today,
                            Workflow::reapplicationBannedUntil(*earlier, m_law.calendar(), today));
    if (!received) {
        sendError(response, 422, received.error().code, received.error().message);
        return;
    }
    markLegalBasis(received->after, m_law.legalBasis());
    const AuditEntry audit{user->id,
                           QStringLiteral("intake"),
                           application->id,
                           received->after.outsideLegalBasis
                               ? application->number + QStringLiteral(" outside any legal basis")
                               : application->number};
    auto revision = db->insertCase(received->after, received->notices, audit);
    if (!revision) {
        sendError(response,
                  revision.error().code == u"store.case-exists" ? 409 : 503,
                  revision.error().code,
                  revision.error().message);
        return;
    }
    logEvent("INFO", "intake", {{"case", application->id}, {"number", application->number}});
    sendJson(response,
             201,
             {{QStringLiteral("caseId"), received->after.id},
              {QStringLiteral("version"), received->after.version},
              {QStringLiteral("revision"), *revision}});
}

namespace {

// A SHA-256 in lower-case hex: the only names scans have on the server.
bool isSha256(const QString &text)
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    return hex.match(text).hasMatch();
}

// The hash a document route is addressed by, or an answered 400.
std::optional<QString> addressedHash(const httplib::Request &request, httplib::Response &response)
{
    const QString sha256 = fromStd(request.matches[1]);
    if (isSha256(sha256))
        return sha256;
    HttpApi::sendError(response,
                       400,
                       QStringLiteral("bad-hash"),
                       ServerTr::tr("A document is addressed by the SHA-256 of its bytes, in "
                                    "lower-case hex; \"%1\" is not one.")
                           .arg(sha256.left(80)));
    return std::nullopt;
}

// The scan types the law's documents come in, recognized by their first bytes.
std::optional<QString> scanType(const std::string &contentType, const std::string &body)
{
    const std::pair<const char *, std::string_view> types[] = {
        {"application/pdf", "%PDF-"},
        {"image/png", "\x89PNG\r\n\x1a\n"},
        {"image/jpeg", "\xff\xd8\xff"},
    };
    for (const auto &[type, magic] : types) {
        if (contentType == type && body.size() >= magic.size()
            && std::string_view(body).substr(0, magic.size()) == magic)
            return QString::fromLatin1(type);
    }
    return std::nullopt;
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

bool HttpApi::visibleCase(const QString &caseId,
                          const UserRecord &user,
                          httplib::Response &response)
{
    auto found = store()->findCase(caseId);
    if (found && found->has_value() && Workflow::maySee(actorOf(user), **found))
        return true;
    // Another city's case answers exactly like a case that does not exist.
    sendError(response,
              404,
              QStringLiteral("case.not-found"),
              ServerTr::tr("There is no case \"%1\".").arg(caseId));
    return false;
}

void HttpApi::uploadDocument(const httplib::Request &request, httplib::Response &response)
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
                  403,
                  QStringLiteral("forbidden"),
                  ServerTr::tr("Only migration officers, CSC operators and eGov file scans."));
        return;
    }
    const auto name = documentName(request.get_param_value("name"));
    if (!name) {
        sendError(response,
                  400,
                  QStringLiteral("bad-name"),
                  ServerTr::tr("The document's name must be a plain file name: no folders, no "
                               "control characters, no leading dot, at most 200 characters."));
        return;
    }
    const auto type = scanType(request.get_header_value("Content-Type"), request.body);
    if (!type) {
        sendError(response,
                  415,
                  QStringLiteral("unsupported-document"),
                  ServerTr::tr("A scan is a PDF, PNG or JPEG file, sent with its own Content-Type "
                               "(application/pdf, image/png or image/jpeg)."));
        return;
    }
    const QByteArray body = QByteArray::fromStdString(request.body);
    const QString actual
        = QString::fromLatin1(QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex());
    if (actual != *sha256) {
        sendError(response,
                  422,
                  QStringLiteral("hash-mismatch"),
                  ServerTr::tr("The bytes received have the SHA-256 %1, not the one in the "
                               "address: the upload was damaged or is another file.")
                      .arg(actual));
        return;
    }
    const QString caseId = fromStd(request.get_param_value("case"));
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
        sendError(response, 503, QStringLiteral("database-unavailable"), added.error().message);
        return;
    }
    sendJson(response, *added ? 201 : 200, documentJson(info));
}

bool HttpApi::readsScans(const UserRecord &user, httplib::Response &response)
{
    if (user.role != Role::System)
        return true;
    const IntegrationScope *scope = integrationScope(user.integration);
    if (scope && scope->readsScans)
        return true;
    sendError(response,
              403,
              QStringLiteral("forbidden"),
              ServerTr::tr("This outside system's job needs no scans, so it reads none."));
    return false;
}

void HttpApi::downloadDocument(const httplib::Request &request, httplib::Response &response)
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
        sendError(response, 503, QStringLiteral("database-unavailable"), holders.error().message);
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
        sendError(response, 503, QStringLiteral("database-unavailable"), content.error().message);
        return;
    }
    if (!visible) {
        sendError(response,
                  404,
                  QStringLiteral("document.not-found"),
                  ServerTr::tr("There is no document %1.").arg(*sha256));
        return;
    }
    (void)AuditLog(*db).append(
        {user->id, QStringLiteral("read-document"), visible->caseId, *sha256},
        QDateTime::currentDateTimeUtc());
    response.status = 200;
    response.set_header("Cache-Control", "no-store"); // personal data: not kept by caches
    response.set_header("X-Content-Type-Options", "nosniff");
    response.set_header("Content-Disposition",
                        "attachment; filename*=UTF-8''"
                            + QUrl::toPercentEncoding(visible->name).toStdString());
    response.set_content(content->constData(),
                         static_cast<size_t>(content->size()),
                         visible->contentType.toStdString());
}

void HttpApi::caseDocuments(const httplib::Request &request, httplib::Response &response)
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
        sendError(response, 503, QStringLiteral("database-unavailable"), documents.error().message);
        return;
    }
    QJsonArray list;
    for (const ServerStore::DocumentInfo &info : std::as_const(*documents))
        list.append(documentJson(info));
    sendJson(response, 200, {{QStringLiteral("documents"), list}});
}

} // namespace Kezek
