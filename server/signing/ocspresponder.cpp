#include "server/signing/ocspresponder.h"

#include "core/security/opensslsupport.h"
#include "server/servertr.h"
#include "server/signing/httpfetch.h"

#include <QCryptographicHash>
#include <QFile>

namespace Kezek {

namespace {

// More than any single response about one certificate needs.
constexpr size_t MaxResponseBytes = 256 * 1024;

std::unexpected<Error> unreachable(const QString &url, qint64 seconds)
{
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

// One HTTP POST of the request (RFC 6960 Appendix A.1).
Result<QByteArray> OcspResponder::ask(const QByteArray &request)
{
    {
        const std::lock_guard lock(m_mutex);
        ++m_asked;
    }
    auto answer = httpFetch({.url = m_url,
                             .postBody = request,
                             .contentType = "application/ocsp-request",
                             .expectedType = "application/ocsp-response",
                             .maxBytes = MaxResponseBytes,
                             .timeout = m_timeout});
    if (!answer)
        return unreachable(m_url, m_timeout.count());
    return *answer;
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
