#include "sync/apiconnection.h"

#include "core/protocol/api.h"
#include "core/security/certificates.h"
#include "sync/syncerrors.h"
#include "sync/synctr.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QLocale>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSslCertificate>
#include <QThread>
#include <QTimer>

namespace Kezek {

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
    return {reply, path, sentAt, pinMismatch};
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
    answer.body = reply->readAll();
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
            if (auto ok = m_signInAgain(); !ok)
                return std::unexpected(ok.error());
            continue;
        }
        if (m_onlineChanged)
            m_onlineChanged(reply.has_value() || reply.error().code != SyncErrors::Offline);
        if (!transient || attempt >= m_settings.attempts || (refused && !m_settings.retryRefused))
            return reply;
        // Exponential backoff with jitter, so that many workstations coming
        // back online do not knock together.
        QThread::msleep(static_cast<unsigned long>(
            backoff / 2 + static_cast<int>(QRandomGenerator::global()->bounded(backoff / 2 + 1))));
        backoff *= 2;
    }
}

} // namespace Kezek
