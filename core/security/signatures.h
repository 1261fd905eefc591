#pragma once

#include "core/result/result.h"
#include "core/security/certificates.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace Kezek {

// What an officer's key is for: each person holds two, and neither stands in
// for the other. A decision is signed with the signing key (nonRepudiation);
// a sign-in with the authentication key (clientAuth).
enum class KeyPurpose {
    SignActs,
    Authenticate,
};

// Decisions are signed the way any CMS tool can check: a detached CMS (PKCS#7)
// SignedData over the exact bytes of the decision, made with the officer's key
// from a PKCS#12 file, carrying the officer's certificate, which a trusted
// authority issued. `openssl cms -verify -binary -inform DER -in SIG -content
// DATA -CAfile CA.pem` accepts what these functions make.

// A demo PKI shaped like Kazakhstan's (the National Certification Centre,
// НУЦ РК): a root, an intermediate under it that issues people's
// certificates, and for each person two RSA keys with their IIN in the
// subject: one to sign decisions, one to sign in. GOST 34.310 keys need
// KalkanCrypt, which Debian does not carry: the checks below read only what
// OpenSSL reads, and a GOST provider would be loaded beside it.
Result<PemPair> makeCertificateAuthority(const QString &commonName, int days = 7300);
// An intermediate authority under `root` (it issues people's certificates,
// and no other authority).
Result<PemPair>
issueIntermediateAuthority(const PemPair &root, const QString &commonName, int days = 3650);
// An officer's signing certificate and key, issued by `authority`: key usage
// digitalSignature and nonRepudiation, what a decision is signed with.
Result<PemPair> issueSigningCertificate(const PemPair &authority,
                                        const QString &commonName,
                                        const QString &iin,
                                        int days = 730);
// A legal entity's signing certificate, as the National Certification Centre
// issues one to an employee: the person's IIN (serialNumber "IIN…"), the
// organisation's name (O) and its BIN (OU "BIN…"). A ministry's petition is
// signed with one (§8).
Result<PemPair> issueOrganisationSigningCertificate(const PemPair &authority,
                                                    const QString &commonName,
                                                    const QString &iin,
                                                    const QString &organisation,
                                                    const QString &bin,
                                                    int days = 730);
// The same person's authentication certificate: it signs in (clientAuth),
// and a decision signed with it is refused.
Result<PemPair> issueAuthenticationCertificate(const PemPair &authority,
                                               const QString &commonName,
                                               const QString &iin,
                                               int days = 730);

// The officer's key and certificate in a password-protected PKCS#12 file, and back.
Result<QByteArray>
makePkcs12(const PemPair &identity, const QString &password, const QString &friendlyName);
Result<PemPair> readPkcs12(const QByteArray &pkcs12, const QString &password);

// A detached CMS signature (DER) over `content`.
Result<QByteArray> signDetached(const QByteArray &content, const PemPair &identity);
// A CMS signature (DER) that carries `content` inside it (attached), as
// documents signed on portals travel: the bytes and their signature in one.
Result<QByteArray> signAttached(const QByteArray &content, const PemPair &identity);

// What decisions' signatures are checked against: the roots a site trusts
// (НУЦ РК's root certificates) and the intermediates under them.
struct TrustAnchors
{
    QList<QByteArray> roots;         // PEM, self-signed
    QList<QByteArray> intermediates; // PEM
};
// The certificates of a PEM file, its self-signed ones as roots; a file
// with none, or anything that is not a certificate, is refused.
Result<TrustAnchors> trustAnchorsFromPem(const QByteArray &pem);

// Who signed, as their verified certificate says.
struct SignerIdentity
{
    QByteArray certificate; // PEM
    QString subject;        // RFC 2253, Kazakh letters intact
    QString iin;            // the twelve digits of the subject's serialNumber
    QString commonName;     // the subject's CN: the holder's name
    QString organisation;   // the subject's O: a legal entity's name; empty for a person's
    QString bin;            // the twelve digits of the subject's OU "BIN…"; empty for a person's
    QByteArray issuer;      // PEM: the certificate that issued it, as the chain found
};

// Checks a detached signature over `content`: one signer; the signature over
// these bytes; the signer's certificate through the anchors' intermediates
// (not those the signature carries: the site names whom it trusts) to a
// trusted root, each valid at `at`, the act's time; a signing key, not an
// authentication key; and the holder's IIN in the subject. Each refusal
// names its check: signature.malformed, signature.signers,
// signature.invalid, signature.expired, signature.not-yet-valid,
// signature.authority-not-valid, signature.unknown-issuer, signature.chain,
// signature.key-usage, signature.no-iin.
Result<SignerIdentity> verifyDecisionSignature(const QByteArray &content,
                                               const QByteArray &signature,
                                               const TrustAnchors &anchors,
                                               const QDateTime &at);

// Checks a detached signature made to sign its holder in (issue 29): every
// check of verifyDecisionSignature but the key's purpose, which must be
// authentication (extended key usage clientAuth): a signing key is refused
// as auth.key-not-authentication, as a decision signed with the
// authentication key is refused as signature.key-usage.
Result<SignerIdentity> verifyAuthenticationSignature(const QByteArray &content,
                                                     const QByteArray &signature,
                                                     const TrustAnchors &anchors,
                                                     const QDateTime &at);

// A signature that carries what it signs (signAttached), and who signed it.
struct AttachedSignature
{
    QByteArray content;
    SignerIdentity signer;
};
// Checks an attached signature as verifyDecisionSignature checks a detached
// one (one signer, the signature over the bytes it carries, the chain at
// `at`, a signing key), without asking for a person's IIN: the caller says
// whose certificate it must be (an organisation's BIN, say). A signature
// that carries no content is signature.malformed.
Result<AttachedSignature> verifyAttachedSignature(const QByteArray &signature,
                                                  const TrustAnchors &anchors,
                                                  const QDateTime &at);

// The same against one authority's PEM file (its roots and intermediates),
// at the present moment. Returns the signer's certificate (PEM), for the
// caller to compare with the one registered for the person who claims to
// have signed.
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

// The IIN a certificate (PEM) names as its holder's; empty when none.
QString certificateIin(const QByteArray &certificatePem);

// Whether a certificate (PEM) is a key for `purpose`, as the verifications
// above check it (a token's certificates are chosen by it).
bool keyServes(const QByteArray &certificatePem, KeyPurpose purpose);

// Whether two certificates (PEM) carry the same public key.
bool sameKey(const QByteArray &certificatePem, const QByteArray &otherPem);

} // namespace Kezek
