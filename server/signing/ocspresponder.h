#pragma once

#include "core/result/result.h"
#include "core/security/revocation.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <chrono>
#include <mutex>

namespace Kezek {

// Revocation of officers' signing certificates by the authority's OCSP
// responder (RFC 6960), as the site sets it (--ocsp-url): НУЦ РК answers
// over plain HTTP, and its answers are signed, so the server believes only
// those checkOcspResponse() does.
//
// Each answer is cached per certificate (issuer and serial) until its
// nextUpdate, so that one officer's decisions ask the responder once a
// period and a slow responder does not stall every decision; an answer
// without nextUpdate is used once and not cached. Safe to call from the
// server's request threads at once: the cache is locked, the asking is not.
class OcspResponder
{
public:
    // `url`: http://host[:port]/path; `trustedPem`: the authorities an issuer
    // must be or chain to (the site's --signing-ca); `responderPem`: responder
    // certificates the site trusts besides (--ocsp-responder-cert).
    OcspResponder(QString url,
                  QList<QByteArray> trustedPem,
                  QList<QByteArray> responderPem,
                  std::chrono::seconds timeout);
    bool configured() const { return !m_url.isEmpty(); }

    // The certificate's status at `now`: cached, or asked of the responder.
    // Refused: `revocation.ocsp-unreachable` (no answer within the timeout,
    // or not an HTTP 200 OCSP response), and checkOcspResponse()'s refusals.
    Result<RevocationStatus>
    status(const QByteArray &certificate, const QByteArray &issuer, const QDateTime &now);

    // How often the responder was asked, for logs and the bench.
    qint64 asked() const;

    // An answer with no nextUpdate is current this long after its thisUpdate.
    static constexpr std::chrono::seconds UndatedAnswerAge{5 * 60};

private:
    Result<QByteArray> ask(const QByteArray &request);
    std::optional<RevocationStatus> cached(const QByteArray &key, const QDateTime &now);

    QString m_url;
    QList<QByteArray> m_trusted;
    QList<QByteArray> m_responders;
    std::chrono::seconds m_timeout;
    mutable std::mutex m_mutex;
    QHash<QByteArray, RevocationStatus> m_cache; // by issuer's hash and serial
    qint64 m_asked = 0;
};

// The certificates of a PEM file (--ocsp-responder-cert); none for no file.
// Refused: `config.ocsp` when the file cannot be read or holds none.
Result<QList<QByteArray>> loadResponderCertificates(const QString &file);

} // namespace Kezek
