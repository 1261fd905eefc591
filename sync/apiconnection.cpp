#include "sync/apiconnection.h"

#include "core/protocol/api.h"
#include "core/security/certificates.h"
#include "sync/syncerrors.h"
#include "sync/synclog.h"
#include "sync/synctr.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QLocale>
#include <QMetaEnum>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QSslError>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <array>
#include <chrono>
#include <climits>

namespace Kezek {

namespace {

// The route a path is of, as docs/openapi.yaml names it ("/api/v1/cases/{caseId}/documents"),
// so that the log holds no case's id, file name or query.
QString routeOf(const QString &path)
{
    static const auto patterns = [] {
        std::array<QRegularExpression, Api::RouteCount> compiled;
        for (std::size_t i = 0; i < Api::RouteCount; ++i)
            compiled[i] = QRegularExpression(
                QRegularExpression::anchoredPattern(QString::fromLatin1(Api::Routes[i].pattern)));
        return compiled;
    }();
    const QString bare = path.left(path.indexOf(u'?'));
    for (std::size_t i = 0; i < Api::RouteCount; ++i) {
        if (patterns[i].match(bare).hasMatch())
            return QString::fromLatin1(Api::Routes[i].documented);
    }
    return QStringLiteral("(not an API route)");
}

// Qt's words for a failed request may carry the whole address, query and all.
QString withoutAddresses(QString text)
{
    static const QRegularExpression address(QStringLiteral("\\b[a-z]+://\\S+"));
    return text.replace(address, QStringLiteral("<address>"));
}

const char *errorName(int error)
{
    const char *name = QMetaEnum::fromType<QNetworkReply::NetworkError>().valueToKey(error);
    return name ? name : "unknown";
}

// One line per answer: the method, the route, the status or what stopped it,
// the time it took; and a refusal's ApiError code, never its message.
void logAnswer(const ApiConnection::Pending &pending, const ApiConnection::Answer &answer)
{
    const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(
                        std::chrono::steady_clock::now() - pending.started)
                        .count();
    const QString route = routeOf(pending.path);
    const QByteArray &method = pending.method;
    if (answer.cancelled) {
        qCInfo(lcNet).noquote() << method << route << "cancelled after" << ms << "ms";
    } else if (answer.pinMismatch) {
        qCCritical(lcNet).noquote()
            << method << route << "stopped: the server's key is not the pinned one";
    } else if (answer.timedOut) {
        qCWarning(lcNet).noquote() << method << route << "no answer in" << ms << "ms";
    } else if (answer.status == 0) {
        qCWarning(lcNet).noquote()
            << method << route << "failed after" << ms << "ms: network error"
            << errorName(answer.networkError) << withoutAddresses(answer.errorString);
    } else if (answer.status >= 400) {
        const QString code
            = QJsonDocument::fromJson(answer.body).object().value(u"code").toString();
        qCWarning(lcNet).noquote()
            << method << route << answer.status << "in" << ms << "ms"
            << (code.isEmpty() ? QString() : QString(QStringLiteral("code ") + code));
    } else if (answer.broken) {
        qCWarning(lcNet).noquote()
            << method << route << answer.status << "cut off after" << ms << "ms: network error"
            << errorName(answer.networkError) << withoutAddresses(answer.errorString);
    } else {
        qCInfo(lcNet).noquote() << method << route << answer.status << "in" << ms << "ms";
    }
}

} // namespace

Result<QSslConfiguration> tlsTrusting(const QString &caFile)
{
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    if (caFile.isEmpty())
        return tls;
    const QList<QSslCertificate> ca = QSslCertificate::fromPath(caFile);
    if (ca.isEmpty())
        return fail(QStringLiteral("sync.ca"), SyncTr::tr("No certificate in \"%1\".").arg(caFile));
    tls.setCaCertificates(ca);
    return tls;
}

ApiConnection::ApiConnection(ApiConnectionSettings settings)
    : m_settings(std::move(settings))
{}

Result<ApiConnection::Reply> ApiConnection::requestOnce(const QByteArray &method,
                                                        const QString &path,
                                                        const QJsonObject &body,
                                                        const QByteArray &raw,
                                                        const QByteArray &rawType)
{
    return finish(start(method, path, body, raw, rawType));
}

ApiConnection::Pending ApiConnection::start(const QByteArray &method,
                                            const QString &path,
                                            const QJsonObject &body,
                                            const QByteArray &raw,
                                            const QByteArray &rawType)
{
    QUrl url = m_settings.server;
    const qsizetype question = path.indexOf(u'?');
    url.setPath(path.left(question));
    if (question >= 0)
        url.setQuery(path.mid(question + 1));
    QNetworkRequest request(url);
    request.setSslConfiguration(m_settings.tls);
    if (m_settings.sendLanguage)
        request.setRawHeader("Accept-Language", QLocale().name().left(2).toLatin1());
    if (m_settings.protocol != 0)
        request.setRawHeader("X-Kezek-Protocol", QByteArray::number(m_settings.protocol));
    // A gzipped page of similar cases may unpack to more than forty times its
    // size, which Qt takes for a zip bomb past 10 MiB; pages are not that big.
    request.setDecompressedSafetyCheckThreshold(256 * 1024 * 1024);
    if (!rawType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QString::fromLatin1(rawType));
    else if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token);
    const QDateTime sentAt = m_settings.clock();
    // A GET goes by get(): a request with a body, even an empty one, waits for
    // this thread's event loop to buffer it before it is sent, so the page
    // asked for ahead would only leave once this one had been written.
    const bool bare = method == "GET" && rawType.isEmpty() && body.isEmpty();
    QNetworkReply *reply
        = bare ? m_network.get(request)
               : m_network.sendCustomRequest(
                   request,
                   method,
                   !rawType.isEmpty() ? raw
                   : body.isEmpty()   ? QByteArray()
                                      : QJsonDocument(body).toJson(QJsonDocument::Compact));
    auto pinMismatch = std::make_shared<bool>(false);
    // The pin is checked as soon as the connection is encrypted, before a
    // byte of the request's answer is read.
    QObject::connect(reply, &QNetworkReply::encrypted, reply, [this, reply, pinMismatch] {
        if (m_settings.pinnedKey.isEmpty())
            return;
        const auto pin = publicKeyPin(reply->sslConfiguration().peerCertificate().toPem());
        if (!pin || *pin != m_settings.pinnedKey) {
            *pinMismatch = true;
            reply->abort();
        }
    });
    QObject::connect(
        reply, &QNetworkReply::sslErrors, reply, [method, path](const QList<QSslError> &errors) {
            for (const QSslError &error : errors)
                qCWarning(lcNet).noquote()
                    << "TLS:" << error.errorString() << "on" << method << routeOf(path);
        });
    return {reply, path, sentAt, pinMismatch, method, std::chrono::steady_clock::now()};
}

ApiConnection::Answer ApiConnection::wait(Pending pending)
{
    QNetworkReply *reply = pending.reply;
    QEventLoop loop;
    QTimer::singleShot(m_settings.timeoutMs, &loop, &QEventLoop::quit);
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    // A cancel (the officer closing the window) does not wait for a slow
    // answer: what the server did is settled by the next sync, once.
    QTimer watch;
    watch.setInterval(100);
    QObject::connect(&watch, &QTimer::timeout, &loop, [this, &loop] {
        if (m_cancelled)
            loop.quit();
    });
    watch.start();
    if (!reply->isFinished())
        loop.exec();
    Answer answer;
    answer.cancelled = !reply->isFinished() && m_cancelled;
    answer.timedOut = !reply->isFinished() && !answer.cancelled;
    if (!reply->isFinished())
        reply->abort();
    const std::unique_ptr<QNetworkReply, void (*)(QNetworkReply *)> owned(
        reply, [](QNetworkReply *r) { r->deleteLater(); });
    answer.pinMismatch = *pending.pinMismatch;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.broken = reply->error() != QNetworkReply::NoError;
    answer.refused = reply->error() == QNetworkReply::ConnectionRefusedError;
    answer.errorString = reply->errorString();
    answer.oldestProtocol = reply->rawHeader("X-Kezek-Oldest-Protocol").toInt();
    answer.networkError = reply->error();
    // Retry-After in seconds; its other form, a date, is read as no wait.
    const QByteArray retryAfter = reply->rawHeader("Retry-After").trimmed();
    if (!retryAfter.isEmpty() && std::all_of(retryAfter.begin(), retryAfter.end(), [](char c) {
            return c >= '0' && c <= '9';
        })) {
        bool fits = false;
        const qulonglong seconds = retryAfter.toULongLong(&fits); // too many digits: the longest
        answer.retryAfterMs
            = int(std::min<qulonglong>(fits ? seconds : ULLONG_MAX, INT_MAX / 1000) * 1000);
    }
    answer.body = reply->readAll();
    logAnswer(pending, answer);
    return answer;
}

Result<ApiConnection::Reply> ApiConnection::finish(Pending pending)
{
    const Answer answer = wait(pending);
    return read(answer, pending);
}

Result<ApiConnection::Reply> ApiConnection::read(const Answer &answer, const Pending &pending)
{
    if (answer.cancelled)
        return fail(QString(SyncErrors::Cancelled), SyncTr::tr("The sync was cancelled."));
    if (answer.pinMismatch) {
        return fail(QString(SyncErrors::PinMismatch),
                    SyncTr::tr("The server at %1 does not present the key this workstation was "
                               "set up to trust. Nothing was sent. Tell your IT department: the "
                               "server's certificate changed, or someone is in between.")
                        .arg(m_settings.server.host()));
    }
    const int status = answer.status;
    if (status == 0) {
        return fail(QString(SyncErrors::Offline),
                    SyncTr::tr("The server cannot be reached: %1").arg(answer.errorString));
    }
    // An answer cut off on the way (the connection dropped mid-body).
    if (answer.broken && status < 400) {
        return fail(
            QString(SyncErrors::Offline),
            SyncTr::tr("The connection to the server broke off: %1").arg(answer.errorString));
    }
    // A server that no longer accepts this workstation: nothing more is sent,
    // and the outbox waits for the update.
    if (status == 426) {
        return fail(QString(SyncErrors::Outdated),
                    SyncTr::tr("This version of Kezek is older than the server at %1 accepts "
                               "(it needs protocol %2 or later; this is %3). Ask your IT "
                               "department to update Kezek. Your commands wait in the outbox "
                               "until then; nothing is lost.")
                        .arg(m_settings.server.host())
                        .arg(answer.oldestProtocol)
                        .arg(m_settings.protocol));
    }
    const QByteArray &data = answer.body;
    const QDateTime &sentAt = pending.sentAt;
    // A scan comes as its bytes, and so does a page of changes (the cache
    // keeps each case as the bytes it came in; the page is only checked to be
    // whole JSON here); everything else, and every error, as JSON.
    if (status == 200 && pending.path.startsWith(Api::documentPath({})))
        return Reply{status, {}, sentAt, m_settings.clock(), data};
    if (status == 200 && pending.path.startsWith(Api::path(Api::Route::Changes))) {
        // Only a glance here, so that garbage is asked for again: the page is
        // read whole, once, where it is used (pullPages).
        const QByteArrayView text = QByteArrayView(data).trimmed();
        if (!text.startsWith('{') || !text.endsWith('}')) {
            return fail(QString(SyncErrors::Malformed),
                        SyncTr::tr("The server's answer is not JSON; nothing of it was kept."));
        }
        return Reply{status, {}, sentAt, m_settings.clock(), data};
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(data, &error);
    if (!data.isEmpty() && (error.error != QJsonParseError::NoError || !document.isObject())) {
        return fail(QString(SyncErrors::Malformed),
                    SyncTr::tr("The server's answer is not JSON; nothing of it was kept."));
    }
    return Reply{status, document.object(), sentAt, m_settings.clock(), {}};
}

Result<ApiConnection::Reply> ApiConnection::request(const QByteArray &method,
                                                    const QString &path,
                                                    const QJsonObject &body,
                                                    const QByteArray &raw,
                                                    const QByteArray &rawType)
{
    int backoff = m_settings.firstBackoffMs;
    bool signedInAgain = false;
    for (int attempt = 1;; ++attempt) {
        if (m_cancelled)
            return fail(QString(SyncErrors::Cancelled), SyncTr::tr("The sync was cancelled."));
        const Pending pending = start(method, path, body, raw, rawType);
        const Answer answer = wait(pending);
        auto reply = read(answer, pending);
        const bool refused = !reply && answer.refused;
        const bool transient = (!reply
                                && (reply.error().code == SyncErrors::Offline
                                    || reply.error().code == SyncErrors::Malformed))
                               || (reply && reply->status >= 500);
        if (reply && reply->status == 401 && !m_token.isEmpty() && !signedInAgain
            && m_signInAgain) {
            // The session expired: sign in again with the password, once.
            signedInAgain = true;
            m_token.clear();
            qCInfo(lcNet) << "the session expired: signing in again";
            if (auto ok = m_signInAgain(); !ok)
                return std::unexpected(ok.error());
            continue;
        }
        if (m_onlineChanged)
            m_onlineChanged(reply.has_value() || reply.error().code != SyncErrors::Offline);
        if (!transient || attempt >= m_settings.attempts || (refused && !m_settings.retryRefused))
            return reply;
        // Exponential backoff with jitter, so that many workstations coming
        // back online do not knock together; never sooner than a busy server
        // asked.
        const int jittered
            = backoff / 2 + static_cast<int>(QRandomGenerator::global()->bounded(backoff / 2 + 1));
        if (answer.retryAfterMs > m_settings.longestRetryAfterMs)
            return reply;
        const int pause = std::max(jittered, answer.retryAfterMs);
        qCInfo(lcNet).noquote() << "retrying" << method << routeOf(path) << "in" << pause
                                << "ms (try" << attempt + 1 << "of" << m_settings.attempts << ")";
        // In short steps, so that a cancel does not wait the pause out.
        const auto until = std::chrono::steady_clock::now() + std::chrono::milliseconds(pause);
        while (!m_cancelled && std::chrono::steady_clock::now() < until) {
            const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
                until - std::chrono::steady_clock::now());
            QThread::msleep(static_cast<unsigned long>(std::clamp<qint64>(left.count(), 0, 50)));
        }
        backoff *= 2;
    }
}

} // namespace Kezek
