#pragma once

#include "core/result/result.h"
#include "core/security/certificates.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace Kezek {

// Trusted time for decisions' signatures, by RFC 3161 timestamps.
//
// A signature's own signing time is whatever the officer's computer clock
// said; a timestamp is a third party's signed word that the signature existed
// at a moment. Two callers use these functions:
//
// - The workstation, signing online: it signs the decision (signDetached),
//   asks the site's TSA (Kazakhstan's PKI) for a timestamp over the
//   signature's value (timestampRequest, then tokenOfResponse on the answer),
//   and puts the token into the signature (addSignatureTimestamp), as CAdES-T
//   does: an unsigned attribute id-aa-signatureTimeStampToken
//   (1.2.840.113549.1.9.16.2.14) of the single SignerInfo.
// - The server, on receipt: it checks a carried token against the TSA's
//   certificate (signatureTimestampToken, verifyTimestampToken). A decision
//   signed offline carries none; the server then stamps it itself, on receipt,
//   as a small TSA of its own (issueTimestamp with makeTimestampAuthority's
//   certificate): an archive timestamp, which says when the server received
//   the decision, not when it was signed.
//
// What these functions make, `openssl ts -verify` accepts, and what
// `openssl ts -query` / `-reply` make, they read.

// The policy under which Kezek's own TSA issues its (archive) timestamps,
// written into every token it issues. Kezek has no enterprise number, so the
// OID is one under 2.25 made from a UUID (ITU-T X.667), which needs no
// registration. A site's real TSA names its own policy.
inline constexpr char kezekTimestampPolicy[] = "2.25.170055770259497712850971716264552336430";

// A TSA certificate and key issued by `issuer` (the site's or a demo's
// authority): critical extendedKeyUsage timeStamping, keyUsage
// digitalSignature, CA:FALSE, as RFC 3161 §2.3 requires of a TSA's
// certificate (OpenSSL refuses to stamp with any other).
Result<PemPair>
makeTimestampAuthority(const PemPair &issuer, const QString &commonName, int days = 1825);

// A DER TimeStampReq over the SHA-256 of `data` (for a decision: the
// signature's value, see signatureValue), with a random nonce and certReq
// set, so that the answer carries the TSA's certificate.
Result<QByteArray> timestampRequest(const QByteArray &data);

// Kezek's small TSA: answers a DER TimeStampReq with a DER TimeStampResp,
// signed by `tsa` (from makeTimestampAuthority) with SHA-256, genTime `at`
// (to the second: the caller's clock, so that tests can fix it), serial
// number `serial` (the caller keeps them unique), policy
// kezekTimestampPolicy, and the TSA's certificate when the request asks for
// it. A request it cannot serve (a digest other than SHA-256, a policy other
// than Kezek's) gets a rejection response, as RFC 3161 asks; tokenOfResponse
// refuses it. Refuses a request that is not a TimeStampReq at all
// (timestamp.malformed-request) and a certificate that is not a TSA's
// (timestamp.not-a-tsa).
Result<QByteArray> issueTimestamp(const QByteArray &requestDer,
                                  const PemPair &tsa,
                                  const QDateTime &at,
                                  quint64 serial);

// The request for a decision's signature timestamp: timestampRequest over
// the signature's value (signatureValue), as the workstation sends it to the
// site's TSA and the server stamps a decision signed offline.
Result<QByteArray> signatureTimestampRequest(const QByteArray &cmsDer);

// The token (a CMS ContentInfo, DER) out of a TSA's response. A response
// that grants no token is refused with the TSA's status text in the message:
// timestamp.rejected, timestamp.waiting or timestamp.revoked by its status.
Result<QByteArray> tokenOfResponse(const QByteArray &responseDer);

// The bytes a signature timestamp covers: the value of the signature's
// single SignerInfo (a CMS signature from signDetached, DER).
Result<QByteArray> signatureValue(const QByteArray &cmsDer);

// The signature with `token` added to its SignerInfo's unsigned attributes
// (id-aa-signatureTimeStampToken). Unsigned attributes are outside what the
// officer signed, so the signature still verifies. Refuses a token that is
// not over this signature's value (timestamp.not-covering), so that a token
// cannot be moved to another decision by mistake, and a signature that
// already carries one (timestamp.already-present). Does not check who signed
// the token: verifyTimestampToken does.
Result<QByteArray> addSignatureTimestamp(const QByteArray &cmsDer, const QByteArray &token);

// The token a signature carries (DER), or none when it was signed offline.
Result<std::optional<QByteArray>> signatureTimestampToken(const QByteArray &cmsDer);

// What a verified token says: when, and which TSA said it.
struct TrustedTime
{
    QDateTime at;              // the token's genTime, UTC, to the second
    QString tsaSubject;        // the TSA certificate's subject, RFC 2253
    QByteArray tsaCertificate; // PEM
};

// Checks a token (DER ContentInfo, from tokenOfResponse or
// signatureTimestampToken) over `coveredData` (the signature's value):
// - its signer certificate, from the token, `chainCertificatesPem` or
//   `trustedTsaPem`, has the timeStamping purpose (else timestamp.not-a-tsa);
// - that certificate is one of `trustedTsaPem` or chains to one of them
//   through `chainCertificatesPem`, valid now, as `openssl ts -verify` checks
//   (else timestamp.untrusted-tsa);
// - the token's signature and its ESS signing-certificate attribute hold
//   (else timestamp.invalid: the token was changed after it was issued);
// - its message imprint is the SHA-256 of `coveredData` (else
//   timestamp.not-covering: it stamps something else).
// A token that cannot be read is timestamp.malformed.
Result<TrustedTime> verifyTimestampToken(const QByteArray &token,
                                         const QByteArray &coveredData,
                                         const QList<QByteArray> &trustedTsaPem,
                                         const QList<QByteArray> &chainCertificatesPem = {});

} // namespace Kezek
