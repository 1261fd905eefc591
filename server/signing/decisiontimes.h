#pragma once

#include "core/result/result.h"
#include "core/security/certificates.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace Kezek {

// When a decision was signed, by a third party's word (RFC 3161), and the
// signature as the server keeps it.
//
// A decision signed online carries the site TSA's timestamp token in its CMS:
// its time is the decision's time, and must agree with the act's own time
// (the officer's clock, inside the signed bytes) within five minutes. A
// decision signed offline carries none: the server stamps it on receipt
// with its own TSA (an archive timestamp), and the act's own time stands
// within the window the law allows an act made offline (actdate.h). The
// kept signature carries the token either way, so that `openssl cms -verify`
// and `openssl ts -verify` check it in ten years without the server.
struct SignatureTime
{
    enum class Source { Tsa, Archive };
    QByteArray signature; // the CMS as kept, with its token (DER)
    Source source = Source::Archive;
    QDateTime at; // the token's time
    QString tsa;  // the TSA's subject
};
QString signatureTimeSourceId(SignatureTime::Source source); // "tsa", "archive"

class DecisionTimes
{
public:
    // `trustedTsa`: the site TSA's certificates (PEM) a carried token may be
    // signed by; `archiveTsa`: the server's own TSA (certificate and key),
    // none: a decision signed offline is refused for want of trusted time.
    DecisionTimes(QList<QByteArray> trustedTsa, std::optional<PemPair> archiveTsa);

    // A carried token verified over the signature, or none: what the
    // signature's time is checked against (its certificate's validity).
    Result<std::optional<SignatureTime>> carried(const QByteArray &signature,
                                                 const QDateTime &actTime) const;
    // The server's archive timestamp on `signature`, made at `now`.
    Result<SignatureTime> stamp(const QByteArray &signature, const QDateTime &now);
    // The server's TSA answering a workstation's RFC 3161 request (DER) with
    // a TimeStampResp (DER) at `now`: the token a decision signed online
    // carries. Refused: timestamp.missing (no TSA of its own),
    // timestamp.malformed-request.
    Result<QByteArray> answer(const QByteArray &requestDer, const QDateTime &now) const;

    static constexpr qint64 AgreementSeconds = 5 * 60;

private:
    QList<QByteArray> m_trustedTsa;
    std::optional<PemPair> m_archiveTsa;
};

} // namespace Kezek
