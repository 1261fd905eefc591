#pragma once

#include "core/result/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSslConfiguration>
#include <QUrl>

#include <atomic>
#include <chrono>
#include <functional>
#include <memory>

class QNetworkReply;

namespace Kezek {

// TLS that trusts the certificates in `caFile` (a private authority's), or
// the system's when it is empty.
Result<QSslConfiguration> tlsTrusting(const QString &caFile);

struct ApiConnectionSettings
{
    QUrl server;
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    // The SHA-256 of the server's public key, base64 (publicKeyPin()); when
    // set, any other key stops the request before its answer is read.
    QByteArray pinnedKey;
    int protocol = 0;          // sent as X-Kezek-Protocol with every request; 0: not sent
    bool sendLanguage = false; // the application's language sent as Accept-Language
    int timeoutMs = 60000;     // a server silent this long is given up on
    int attempts = 5;          // per request(), with exponential backoff and jitter
    int firstBackoffMs = 500;
    // A busy server's Retry-After (RFC 9110 §10.2.3) is waited out before a
    // retry, up to this long; a longer wait is the next sync's.
    int longestRetryAfterMs = 30000;
    // A connection refused (nothing listens at the address) is retried like
    // any failure; a caller that retries on its own schedule, and shows it,
    // says false here, and hears of it at once.
    bool retryRefused = true;
    // The caller's clock (UTC), for when a request went and its answer came.
    std::function<QDateTime()> clock = [] {
        return QDateTime::currentDateTimeUtc();
    };
};

// One HTTPS connection to the server's API, for the workstation and for
// kezekctl alike: the TLS trust and the pinned key, the protocol and language
// headers, the bearer token, a timeout and a cancel. Blocking: each request
// waits for its answer in an event loop of the calling thread.
class ApiConnection
{
public:
    struct Reply
    {
        int status = 0;
        QJsonObject json;
        QDateTime sentAt;     // by the caller's clock
        QDateTime receivedAt; // by the caller's clock
        QByteArray body;      // a scan's bytes, or a page of changes
    };
    // A request on its way, and its answer awaited (one try).
    struct Pending
    {
        QNetworkReply *reply = nullptr;
        QString path;
        QDateTime sentAt;
        std::shared_ptr<bool> pinMismatch;
        QByteArray method;                             // for the log
        std::chrono::steady_clock::time_point started; // for the log: the request's duration
    };
    // An answer as it came, for a caller that reads any answer itself.
    struct Answer
    {
        int status = 0; // 0: no answer (errorString says why)
        QByteArray body;
        QString errorString;
        bool broken = false;   // the reply ended in an error (the network's or HTTP's)
        bool timedOut = false; // no answer in the settings' timeoutMs
        bool cancelled = false;
        bool pinMismatch = false;
        bool refused = false;   // nothing listens at the server's address
        int oldestProtocol = 0; // what a server that refused this one accepts
        int networkError = 0;   // QNetworkReply::NetworkError, for the log
        int retryAfterMs = 0;   // what the server asked to be given before a retry
    };

    explicit ApiConnection(ApiConnectionSettings settings);

    const ApiConnectionSettings &settings() const { return m_settings; }
    QByteArray token() const { return m_token; }
    void setToken(const QByteArray &token) { m_token = token; }
    void cancel() { m_cancelled = true; } // from any thread; requests stop between tries
    bool cancelled() const { return m_cancelled; }

    // Called, once a request, when the server says the session expired (a
    // 401 while a token is held): signs in again, or says why not.
    void onSessionExpired(std::function<Result<void>()> signInAgain)
    {
        m_signInAgain = std::move(signInAgain);
    }
    // Told after each try whether the server could be reached.
    void onOnlineChanged(std::function<void(bool)> onlineChanged)
    {
        m_onlineChanged = std::move(onlineChanged);
    }

    // A request with a JSON body, or with `raw` bytes of `rawType` (a scan):
    // network failures and 5xx answers are retried with backoff, and an
    // expired session signs in again once. Errors: "sync.offline",
    // "sync.malformed", "sync.cancelled", "sync.pin-mismatch", "sync.outdated".
    Result<Reply> request(const QByteArray &method,
                          const QString &path,
                          const QJsonObject &body = {},
                          const QByteArray &raw = {},
                          const QByteArray &rawType = {});
    Result<Reply> requestOnce(const QByteArray &method,
                              const QString &path,
                              const QJsonObject &body = {},
                              const QByteArray &raw = {},
                              const QByteArray &rawType = {});
    Pending start(const QByteArray &method,
                  const QString &path,
                  const QJsonObject &body = {},
                  const QByteArray &raw = {},
                  const QByteArray &rawType = {});
    // The answer read as the workstation reads it: a scan or a page of
    // changes as bytes, everything else as JSON.
    Result<Reply> finish(Pending pending);
    // The answer as it came, whatever it is.
    Answer wait(Pending pending);

private:
    Result<Reply> read(const Answer &answer, const Pending &pending);

    ApiConnectionSettings m_settings;
    QNetworkAccessManager m_network;
    QByteArray m_token;
    std::atomic_bool m_cancelled = false;
    std::function<Result<void>()> m_signInAgain;
    std::function<void(bool)> m_onlineChanged;
};

} // namespace Kezek
