#include "server/signing/ocspresponder.h"

#include "core/security/opensslsupport.h"
#include "server/servertr.h"

#include <QCryptographicHash>
#include <QFile>
#include <QUrl>

#include <openssl/err.h>
#include <openssl/http.h>

namespace Kezek {

namespace {

// More than any single response about one certificate needs.
constexpr size_t MaxResponseBytes = 256 * 1024;

std::unexpected<Error> unreachable(const QString &url, qint64 seconds)
{
    ERR_clear_error();
    return fail(QStringLiteral("revocation.ocsp-unreachable"),
                ServerTr::tr("The OCSP responder %1 gave no OCSP response within %2 seconds: the "
                             "server cannot tell whether the signing certificate was revoked. "
                             "Try again later.")
                    .arg(url)
                    .arg(seconds));
}

} // namespace

OcspResponder::OcspResponder(QString url,
                             QList<QByteArray> trustedPem,
                             QList<QByteArray> responderPem,
                             std::chrono::seconds timeout)
    : m_url(std::move(url))
    , m_trusted(std::move(trustedPem))
    , m_responders(std::move(responderPem))
    , m_timeout(timeout)
{}

qint64 OcspResponder::asked() const
{
    const std::lock_guard lock(m_mutex);
    return m_asked;
}

std::optional<RevocationStatus> OcspResponder::cached(const QByteArray &key, const QDateTime &now)
{
    const std::lock_guard lock(m_mutex);
    const auto found = m_cache.constFind(key);
    if (found == m_cache.cend())
        return std::nullopt;
    if (stillCurrent(found->evidence, now))
        return *found;
    m_cache.erase(found); // past its nextUpdate: ask again
    return std::nullopt;
}

Result<RevocationStatus>
OcspResponder::status(const QByteArray &certificate, const QByteArray &issuer, const QDateTime &now)
{
    auto serial = serialOf(certificate);
    if (!serial)
        return std::unexpected(serial.error());
    const QByteArray key
        = QCryptographicHash::hash(issuer, QCryptographicHash::Sha256).toHex() + ':' + *serial;
    if (auto hit = cached(key, now))
        return *hit;
    auto request = ocspRequest(certificate, issuer);
    if (!request)
        return std::unexpected(request.error());
    // Asked outside the lock: a slow responder holds up only the decisions
    // that need its answer.
    auto response = ask(*request);
    if (!response)
        return std::unexpected(response.error());
    auto status = checkOcspResponse(
        *response, certificate, issuer, m_trusted, now, UndatedAnswerAge, m_responders);
    if (status && stillCurrent(status->evidence, now)) {
        const std::lock_guard lock(m_mutex);
        m_cache.insert(key, *status);
    }
    return status;
}

// One HTTP POST of the request (RFC 6960 Appendix A.1), by OpenSSL's own
// client: connecting, sending and reading all within the timeout.
Result<QByteArray> OcspResponder::ask(const QByteArray &request)
{
    {
        const std::lock_guard lock(m_mutex);
        ++m_asked;
    }
    const QUrl url(m_url);
    const QByteArray host = url.host().toUtf8();
    const QByteArray port = QByteArray::number(url.port(80));
    const QByteArray path = url.path(QUrl::FullyEncoded).isEmpty()
                                ? QByteArray("/")
                                : url.path(QUrl::FullyEncoded).toUtf8();
    const OpenSsl::Bio body = OpenSsl::memoryBio(request);
    // The proxy of the environment (http_proxy, no_proxy), as a site behind
    // one sets it for the server.
    const OpenSsl::Bio answer(OSSL_HTTP_transfer(nullptr,
                                                 host.constData(),
                                                 port.constData(),
                                                 path.constData(),
                                                 0,
                                                 nullptr,
                                                 nullptr,
                                                 nullptr,
                                                 nullptr,
                                                 nullptr,
                                                 nullptr,
                                                 0,
                                                 nullptr,
                                                 "application/ocsp-request",
                                                 body.get(),
                                                 "application/ocsp-response",
                                                 1,
                                                 MaxResponseBytes,
                                                 static_cast<int>(m_timeout.count()),
                                                 0));
    if (!answer)
        return unreachable(m_url, m_timeout.count());
    QByteArray bytes;
    char buffer[4096];
    int read = 0;
    while ((read = BIO_read(answer.get(), buffer, sizeof buffer)) > 0)
        bytes.append(buffer, read);
    ERR_clear_error();
    if (bytes.isEmpty())
        return unreachable(m_url, m_timeout.count());
    return bytes;
}

Result<QList<QByteArray>> loadResponderCertificates(const QString &file)
{
    if (file.isEmpty())
        return QList<QByteArray>();
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly)) {
        return fail(QStringLiteral("config.ocsp"),
                    ServerTr::tr("Cannot read \"%1\": %2.").arg(file, in.errorString()));
    }
    const QByteArray pem = in.readAll();
    QList<QByteArray> certificates;
    qsizetype at = 0;
    while ((at = pem.indexOf("-----BEGIN CERTIFICATE-----", at)) >= 0) {
        const qsizetype end = pem.indexOf("-----END CERTIFICATE-----", at);
        if (end < 0)
            break;
        const QByteArray one = pem.mid(at, end + 25 - at) + '\n';
        if (!OpenSsl::readCertificate(one)) {
            certificates.clear();
            break;
        }
        certificates.append(one);
        at = end;
    }
    if (certificates.isEmpty()) {
        return fail(QStringLiteral("config.ocsp"),
                    ServerTr::tr("\"%1\" holds no certificate (PEM).").arg(file));
    }
    return certificates;
}

} // namespace Kezek
