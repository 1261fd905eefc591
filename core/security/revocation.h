#pragma once

#include "core/result/result.h"
#include "core/security/certificates.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>

#include <chrono>

namespace Kezek {

// Whether an officer's signing certificate was revoked, from the authority's
// own statement of it: a CRL (RFC 5280 §5) or an OCSP response (RFC 6960).
// Kazakhstan's National Certification Centre publishes both.
//
// The library does no networking: the server fetches the bytes and hands them in.
// How the server is expected to use these functions:
//  1. Per site setting, it fetches the issuer's CRL (HTTP GET from the CRL
//     distribution point) or asks its OCSP responder (HTTP POST of ocspRequest()'s
//     bytes with `Content-Type: application/ocsp-request`).
//  2. It caches what it fetched and fetches again only when
//     stillCurrent(evidence, now) turns false, that is, at the CRL's or
//     response's nextUpdate, so that a slow or absent responder does not stall
//     every decision.
//  3. For each signed decision it calls checkCrl() or checkOcspResponse(), then
//     revocationAllows(status, the decision's signing time), and refuses the
//     decision on an error.
//  4. It keeps RevocationStatus::evidence.der beside the decision. The bytes are
//     signed by the authority, so that in ten years checkCrl() or
//     checkOcspResponse() with a `now` inside the evidence's validity gives the
//     same answer without the network.

// A certificate's serial number as upper-case hex, the form CRLs, OpenSSL's
// index.txt and RevokedCertificate use.
Result<QByteArray> serialOf(const QByteArray &certificatePem);

struct RevokedCertificate
{
    QByteArray serialHex; // as serialOf() gives it
    QDateTime revokedAt;
};

// A DER CRL v2, signed with SHA-256 by `issuer` (certificate and key, PEM),
// numbered by its thisUpdate. For the demo PKI and tests: in production the
// certification centre issues CRLs.
Result<QByteArray> makeCrl(const PemPair &issuer,
                           const QList<RevokedCertificate> &revoked,
                           const QDateTime &thisUpdate,
                           const QDateTime &nextUpdate);

// What an answer rests on, to be kept with the decision it allowed.
// A CRL (DER) as PEM, the form `openssl cms -CAfile` and `-CRLfile` read.
QByteArray crlPem(const QByteArray &der);

struct RevocationEvidence
{
    enum class Source { Crl, Ocsp };
    Source source = Source::Crl;
    QByteArray der;       // the CRL, or the whole OCSP response, as the authority signed it
    QDateTime producedAt; // the CRL's thisUpdate, or the OCSP response's producedAt
    QDateTime nextUpdate; // invalid when the authority gave none
};

struct RevocationStatus
{
    bool revoked = false;
    QDateTime revokedAt; // when revoked
    RevocationEvidence evidence;
};

// The certificate's status in the issuer's CRL (DER or PEM), as of `now`.
// Refused: `revocation.malformed` (not a CRL), `revocation.crl-not-issuer`
// (the CRL or the certificate is not the issuer's), `revocation.crl-stale`
// (`now` is not within thisUpdate..nextUpdate).
Result<RevocationStatus> checkCrl(const QByteArray &certificatePem,
                                  const QByteArray &issuerPem,
                                  const QByteArray &crlDerOrPem,
                                  const QDateTime &now);

// A CRL's own times (thisUpdate, nextUpdate) and its DER, as fetched: what a
// cache of fetched lists keys its stillCurrent() on. With `issuersPem`, the
// list must be signed by one of them (a list fetched over plain HTTP could be
// anyone's): else `revocation.crl-not-issuer`. Refused: `revocation.malformed`
// (not a CRL).
Result<RevocationEvidence> crlEvidence(const QByteArray &crlDerOrPem,
                                       const QList<QByteArray> &issuersPem = {});

// An OCSP request (DER) for the certificate, with the SHA-1 CertID every
// responder understands. It carries no nonce: responders such as the
// certification centre's may answer from precomputed responses, and freshness
// is judged by the response's own times instead (checkOcspResponse's maxAge).
Result<QByteArray> ocspRequest(const QByteArray &certificatePem, const QByteArray &issuerPem);

// The certificate's status in an OCSP response (DER), as of `now`. The issuer
// must be, or be issued by, one of `trustedPem`; the response must be signed by
// the issuer or by a responder certificate the issuer gave the OCSPSigning
// extended key usage. A response without nextUpdate is current for `maxAge`
// after its thisUpdate.
// `responderPem`: responder certificates the site trusts besides (RFC 6960
// §4.2.2.2's "local configuration", `openssl ocsp -VAfile`): one of them may
// sign for any certificate, even when the response does not carry it.
// Refused: `revocation.malformed`, `revocation.ocsp-status` (the responder said
// tryLater, unauthorized…), `revocation.ocsp-untrusted`,
// `revocation.ocsp-other-certificate`, `revocation.ocsp-stale`,
// `revocation.unknown` (the responder does not know the certificate).
Result<RevocationStatus> checkOcspResponse(const QByteArray &responseDer,
                                           const QByteArray &certificatePem,
                                           const QByteArray &issuerPem,
                                           const QList<QByteArray> &trustedPem,
                                           const QDateTime &now,
                                           std::chrono::seconds maxAge,
                                           const QList<QByteArray> &responderPem = {});

// An OCSP responder's certificate and key, issued by `issuer`: not an
// authority, key usage digitalSignature, extended key usage OCSPSigning (RFC
// 6960 §4.2.2.2), so that it answers for the issuer's certificates. For the
// demo PKI (kezek-server --dev-cert) and tests.
Result<PemPair>
issueOcspResponder(const PemPair &issuer, const QString &commonName, int days = 730);

// Whether an act signed at `actTime` stands: refused (`revocation.revoked`)
// when the certificate was revoked at or before that moment. A revocation
// afterwards does not undo what was validly signed before it.
Result<void> revocationAllows(const RevocationStatus &status, const QDateTime &actTime);

// Whether cached evidence may still be used at `now` rather than fetched again:
// only until its nextUpdate (evidence without one is never cached).
bool stillCurrent(const RevocationEvidence &evidence, const QDateTime &now);

} // namespace Kezek
