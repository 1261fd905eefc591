#pragma once

#include "core/result/result.h"
#include "core/security/certificates.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace Kezek {

// Decisions are signed the way any CMS tool can check: a detached CMS (PKCS#7)
// SignedData over the exact bytes of the decision, made with the officer's key
// from a PKCS#12 file, carrying the officer's certificate, which a trusted
// authority issued. `openssl cms -verify -binary -inform DER -in SIG -content
// DATA -CAfile CA.pem` accepts what these functions make.

// A certificate authority for signing certificates (a ministry's, or a demo's).
Result<PemPair> makeCertificateAuthority(const QString &commonName, int days = 3650);
// An officer's signing certificate and key, issued by `authority`.
Result<PemPair>
issueSigningCertificate(const PemPair &authority, const QString &commonName, int days = 730);

// The officer's key and certificate in a password-protected PKCS#12 file, and back.
Result<QByteArray>
makePkcs12(const PemPair &identity, const QString &password, const QString &friendlyName);
Result<PemPair> readPkcs12(const QByteArray &pkcs12, const QString &password);

// A detached CMS signature (DER) over `content`.
Result<QByteArray> signDetached(const QByteArray &content, const PemPair &identity);

// Checks a detached signature over `content` against the trusted authority's
// certificate (PEM). Returns the signer's certificate (PEM), for the caller to
// compare with the one registered for the person who claims to have signed.
Result<QByteArray> verifyDetached(const QByteArray &content,
                                  const QByteArray &signature,
                                  const QByteArray &authorityPem);

// What a signature says of itself: its signer certificate's subject and the
// signing time it carries (UTC; invalid when it carries none). Read, not
// checked: verifyDetached says whether it is to be believed.
struct SignatureDetails
{
    QString signerSubject;
    QDateTime signedAt;
};
Result<SignatureDetails> signatureDetails(const QByteArray &signature);

// Whether two certificates (PEM) carry the same public key.
bool sameKey(const QByteArray &certificatePem, const QByteArray &otherPem);

} // namespace Kezek
