#include "httpapi.h"

#include "serverstore.h"
#include "servertr.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

#include <chrono>
#include <cstdio>
#include <map>

namespace Kezek {

namespace {

thread_local std::unique_ptr<ServerStore> t_store;

void sendJson(httplib::Response &response, int status, const QJsonObject &body)
{
    response.status = status;
    response.set_header("Cache-Control", "no-store");
    response.set_header("Strict-Transport-Security", "max-age=31536000");
    response.set_content(QJsonDocument(body).toJson(QJsonDocument::Compact).toStdString(),
                         "application/json; charset=utf-8");
}

QString fromStd(const std::string &text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

} // namespace

void logEvent(const char *level, const QString &event, const QString &fields)
{
    const QByteArray line
        = (QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs) + QLatin1Char(' ')
           + QLatin1StringView(level) + QLatin1Char(' ') + event
           + (fields.isEmpty() ? QString() : QLatin1Char(' ') + fields) + QLatin1Char('\n'))
              .toUtf8();
    std::fwrite(line.constData(), 1, static_cast<size_t>(line.size()), stderr);
    std::fflush(stderr);
}

HttpApi::HttpApi(ServerConfig config)
    : m_config(std::move(config))
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
            logEvent("ERROR",
                     QStringLiteral("database"),
                     QStringLiteral("message=\"%1\"").arg(opened.error().message));
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
    server.set_payload_max_length(static_cast<size_t>(m_config.maxBodyBytes));
    server.set_read_timeout(m_config.readTimeoutSeconds, 0);
    server.set_write_timeout(m_config.readTimeoutSeconds, 0);
    server.set_keep_alive_timeout(5);
    const int threads = m_config.threads;
    server.new_task_queue = [threads] {
        return new httplib::ThreadPool(static_cast<size_t>(threads));
    };

    // Before any body is read: an oversize one is refused from its headers
    // alone, and the connection closed so its bytes are never taken.
    server.set_pre_routing_handler(
        [this](const httplib::Request &request, httplib::Response &response) {
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
                if (size > m_config.maxBodyBytes) {
                    sendError(response,
                              413,
                              QStringLiteral("too-large"),
                              ServerTr::tr("The request body is %1 bytes; at most %2 are accepted.")
                                  .arg(size)
                                  .arg(m_config.maxBodyBytes));
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
        [](const httplib::Request &, httplib::Response &response, std::exception_ptr) {
            sendError(response,
                      500,
                      QStringLiteral("internal"),
                      ServerTr::tr("The server failed; nothing was changed."));
        });

    server.set_logger([this](const httplib::Request &request, const httplib::Response &response) {
        count(response.status);
        logEvent("INFO",
                 QStringLiteral("request"),
                 QStringLiteral("method=%1 path=%2 status=%3 remote=%4")
                     .arg(fromStd(request.method), fromStd(request.path))
                     .arg(response.status)
                     .arg(fromStd(request.remote_addr)));
    });

    server.Get("/health",
               [this](const httplib::Request &, httplib::Response &response) { health(response); });
    server.Get("/metrics", [this](const httplib::Request &, httplib::Response &response) {
        metrics(response);
    });
}

void HttpApi::health(httplib::Response &response)
{
    ServerStore *db = store();
    const auto revision = db ? db->currentRevision() : Result<qint64>(fail(QString(), QString()));
    if (!revision) {
        sendError(response,
                  503,
                  QStringLiteral("database-unavailable"),
                  ServerTr::tr("The database is unavailable."));
        return;
    }
    sendJson(response,
             200,
             {{QStringLiteral("status"), QStringLiteral("ok")},
              {QStringLiteral("version"), QStringLiteral(KEZEK_VERSION)},
              {QStringLiteral("database"), db->backend()},
              {QStringLiteral("schema"), db->schemaVersion()},
              {QStringLiteral("revision"), *revision}});
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
    }
    response.status = 200;
    response.set_content(text.toStdString(), "text/plain; version=0.0.4; charset=utf-8");
}

} // namespace Kezek
