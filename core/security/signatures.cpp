#include "core/security/signatures.h"

#include "core/security/opensslsupport.h"

#include <openssl/cms.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/pkcs12.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <QRegularExpression>
#include <QTimeZone>

#include <ctime>
#include <memory>
#include <vector>

namespace Kezek {

namespace {

using namespace OpenSsl;
using Pkcs12 = std::unique_ptr<PKCS12, Deleter<PKCS12, PKCS12_free>>;

// A CMS signature as sent, or the one refusal of every reader of it.
Result<Cms> readCms(const QByteArray &signature)
{
    const Bio bio = memoryBio(signature);
    Cms cms(d2i_CMS_bio(bio.get(), nullptr));
    if (!cms) {
        ERR_clear_error();
        return fail(QStringLiteral("signature.malformed"),
                    SecurityTr::tr("The signature is not a CMS (PKCS#7) signature."));
    }
    return cms;
}

std::unexpected<Error> invalidSignature()
{
    ERR_clear_error();
    return fail(QStringLiteral("signature.invalid"),
                SecurityTr::tr("The signature does not verify: the decision was changed after "
                               "it was signed."));
}

} // namespace

Result<PemPair> makeCertificateAuthority(const QString &commonName, int days)
{
    CertificateSpec spec;
    spec.commonName = commonName;
    spec.days = days;
    spec.rsa = true;
    spec.extensions = {{NID_basic_constraints, "critical,CA:TRUE"},
                       {NID_key_usage, "critical,keyCertSign,cRLSign"},
                       {NID_subject_key_identifier, "hash"}};
    return makeCertificate(spec);
}

namespace {

// A certificate for `commonName` (and `iin`, if given) issued by
// `authority` (PEM), with these extensions.
Result<PemPair> issueUnder(const PemPair &authority,
                           const CertificateSpec &holder,
                           const QList<std::pair<int, QByteArray>> &extensions)
{
    const Certificate issuer = readCertificate(authority.certificate);
    const Key issuerKey = readKey(authority.privateKey);
    if (!issuer || !issuerKey) {
        return fail(QStringLiteral("security.certificate"),
                    SecurityTr::tr("The certificate authority's certificate or key is not valid "
                                   "PEM."));
    }
    CertificateSpec spec = holder;
    spec.rsa = true;
    spec.issuer = issuer.get();
    spec.issuerKey = issuerKey.get();
    spec.extensions = extensions;
    spec.extensions.append({NID_subject_key_identifier, "hash"});
    spec.extensions.append({NID_authority_key_identifier, "keyid"});
    return makeCertificate(spec);
}

CertificateSpec holderSpec(const QString &commonName, const QString &iin, int days)
{
    CertificateSpec spec;
    spec.commonName = commonName;
    spec.iin = iin;
    spec.days = days;
    return spec;
}

// What a key that signs acts carries: usage digitalSignature and nonRepudiation.
const QList<std::pair<int, QByteArray>> SigningExtensions
    = {{NID_basic_constraints, "critical,CA:FALSE"},
       {NID_key_usage, "critical,digitalSignature,nonRepudiation"},
       {NID_ext_key_usage, "emailProtection"}};

} // namespace

Result<PemPair> issueIntermediateAuthority(const PemPair &root, const QString &commonName, int days)
{
    return issueUnder(root,
                      holderSpec(commonName, QString(), days),
                      {{NID_basic_constraints, "critical,CA:TRUE,pathlen:0"},
                       {NID_key_usage, "critical,keyCertSign,cRLSign"}});
}

Result<PemPair> issueSigningCertificate(const PemPair &authority,
                                        const QString &commonName,
                                        const QString &iin,
                                        int days)
{
    return issueUnder(authority, holderSpec(commonName, iin, days), SigningExtensions);
}

Result<PemPair> issueOrganisationSigningCertificate(const PemPair &authority,
                                                    const QString &commonName,
                                                    const QString &iin,
                                                    const QString &organisation,
                                                    const QString &bin,
                                                    int days)
{
    CertificateSpec holder = holderSpec(commonName, iin, days);
    holder.organisation = organisation;
    holder.bin = bin;
    return issueUnder(authority, holder, SigningExtensions);
}

Result<PemPair> issueAuthenticationCertificate(const PemPair &authority,
                                               const QString &commonName,
                                               const QString &iin,
                                               int days)
{
    return issueUnder(authority,
                      holderSpec(commonName, iin, days),
                      {{NID_basic_constraints, "critical,CA:FALSE"},
                       {NID_key_usage, "critical,digitalSignature,keyEncipherment"},
                       {NID_ext_key_usage, "clientAuth"}});
}

Result<QByteArray>
makePkcs12(const PemPair &identity, const QString &password, const QString &friendlyName)
{
    const Certificate certificate = readCertificate(identity.certificate);
    const Key key = readKey(identity.privateKey);
    if (!certificate || !key) {
        return fail(QStringLiteral("security.certificate"),
                    SecurityTr::tr("The certificate is not valid PEM."));
    }
    const QByteArray pass = password.toUtf8();
    const QByteArray name = friendlyName.toUtf8();
    // OpenSSL 3's defaults: AES-256-CBC with PBKDF2, and a SHA-256 MAC.
    const Pkcs12 bundle(PKCS12_create(
        pass.constData(), name.constData(), key.get(), certificate.get(), nullptr, 0, 0, 0, 0, 0));
    const Bio out(BIO_new(BIO_s_mem()));
    if (!bundle || i2d_PKCS12_bio(out.get(), bundle.get()) != 1)
        return OpenSsl::error("write the PKCS#12 file");
    return drain(out.get());
}

Result<PemPair> readPkcs12(const QByteArray &pkcs12, const QString &password)
{
    const Bio in = memoryBio(pkcs12);
    const Pkcs12 bundle(d2i_PKCS12_bio(in.get(), nullptr));
    if (!bundle) {
        ERR_clear_error();
        return fail(QStringLiteral("security.pkcs12"),
                    SecurityTr::tr("The file is not a PKCS#12 key file."));
    }
    const QByteArray pass = password.toUtf8();
    if (PKCS12_verify_mac(bundle.get(), pass.constData(), static_cast<int>(pass.size())) != 1) {
        ERR_clear_error();
        return fail(QStringLiteral("security.pkcs12-password"),
                    SecurityTr::tr("The key file's password is wrong."));
    }
    EVP_PKEY *rawKey = nullptr;
    X509 *rawCertificate = nullptr;
    if (PKCS12_parse(bundle.get(), pass.constData(), &rawKey, &rawCertificate, nullptr) != 1) {
        ERR_clear_error();
        return fail(QStringLiteral("security.pkcs12"),
                    SecurityTr::tr("The key file holds no usable key and certificate."));
    }
    const Key key(rawKey);
    const Certificate certificate(rawCertificate);
    if (!key || !certificate) {
        return fail(QStringLiteral("security.pkcs12"),
                    SecurityTr::tr("The key file holds no usable key and certificate."));
    }
    return toPem(certificate.get(), key.get());
}

namespace {

// A CMS signature over `content` with these CMS_sign flags.
Result<QByteArray>
signWithIdentity(const QByteArray &content, const PemPair &identity, unsigned flags)
{
    const Certificate certificate = readCertificate(identity.certificate);
    const Key key = readKey(identity.privateKey);
    if (!certificate || !key) {
        return fail(QStringLiteral("security.certificate"),
                    SecurityTr::tr("The certificate is not valid PEM."));
    }
    if (X509_check_private_key(certificate.get(), key.get()) != 1) {
        ERR_clear_error();
        return fail(QStringLiteral("security.key-mismatch"),
                    SecurityTr::tr("The key does not belong to the certificate."));
    }
    QByteArray signature = OpenSsl::signCms(content, certificate.get(), key.get(), flags);
    if (signature.isEmpty())
        return OpenSsl::error("sign");
    return signature;
}

} // namespace

// Shared with the token's signing (tokens.cpp), so that a key on a token and a
// key from a file make the same CMS.
QByteArray
OpenSsl::signCms(const QByteArray &content, X509 *certificate, EVP_PKEY *key, unsigned flags)
{
    const Bio in = memoryBio(content);
    const Cms cms(CMS_sign(certificate, key, nullptr, in.get(), flags));
    const Bio out(BIO_new(BIO_s_mem()));
    if (!cms || i2d_CMS_bio(out.get(), cms.get()) != 1)
        return {};
    return drain(out.get());
}

Result<QByteArray> signDetached(const QByteArray &content, const PemPair &identity)
{
    return signWithIdentity(content, identity, CMS_BINARY | CMS_DETACHED);
}

Result<QByteArray> signAttached(const QByteArray &content, const PemPair &identity)
{
    return signWithIdentity(content, identity, CMS_BINARY);
}

Result<TrustAnchors> trustAnchorsFromPem(const QByteArray &pem)
{
    TrustAnchors anchors;
    const Bio bio = memoryBio(pem);
    while (Certificate certificate{PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr)}) {
        const Bio out(BIO_new(BIO_s_mem()));
        if (PEM_write_bio_X509(out.get(), certificate.get()) != 1)
            return OpenSsl::error("write PEM");
        const bool selfSigned
            = X509_check_issued(certificate.get(), certificate.get()) == X509_V_OK;
        (selfSigned ? anchors.roots : anchors.intermediates).append(drain(out.get()));
    }
    ERR_clear_error(); // the end of the file reads as an error
    if (anchors.roots.isEmpty()) {
        return fail(QStringLiteral("security.certificate"),
                    SecurityTr::tr("The trusted authorities' file holds no root certificate."));
    }
    return anchors;
}

namespace {

void freeStack(STACK_OF(X509) * stack)
{
    sk_X509_free(stack);
}
using CertificateStack = std::unique_ptr<STACK_OF(X509), Deleter<STACK_OF(X509), freeStack>>;

// The chain check's refusal, named by what failed.
std::unexpected<Error> chainRefusal(int error, int depth, const QDateTime &at)
{
    ERR_clear_error();
    const QString when = at.toUTC().toString(QStringLiteral("dd.MM.yyyy HH:mm 'UTC'"));
    // An authority's certificate above the signer's: said as such.
    if (depth > 0
        && (error == X509_V_ERR_CERT_HAS_EXPIRED || error == X509_V_ERR_CERT_NOT_YET_VALID)) {
        return fail(QStringLiteral("signature.authority-not-valid"),
                    SecurityTr::tr("The certificate of an authority in the signing certificate's "
                                   "chain was not valid when the decision was made (%1).")
                        .arg(when));
    }
    switch (error) {
    case X509_V_ERR_CERT_HAS_EXPIRED:
        return fail(QStringLiteral("signature.expired"),
                    SecurityTr::tr("The signing certificate had expired when the decision was "
                                   "made (%1).")
                        .arg(when));
    case X509_V_ERR_CERT_NOT_YET_VALID:
        return fail(QStringLiteral("signature.not-yet-valid"),
                    SecurityTr::tr("The signing certificate was not yet valid when the decision "
                                   "was made (%1).")
                        .arg(when));
    case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT:
    case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY:
    case X509_V_ERR_SELF_SIGNED_CERT_IN_CHAIN:
    case X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT:
        return fail(QStringLiteral("signature.unknown-issuer"),
                    SecurityTr::tr("The signing certificate was not issued under an authority "
                                   "this site trusts."));
    default:
        return fail(QStringLiteral("signature.chain"),
                    SecurityTr::tr("The signing certificate's chain to a trusted authority does "
                                   "not hold: %1.")
                        .arg(QString::fromUtf8(X509_verify_cert_error_string(error))));
    }
}

QByteArray pemOf(X509 *certificate)
{
    const Bio out(BIO_new(BIO_s_mem()));
    return PEM_write_bio_X509(out.get(), certificate) == 1 ? drain(out.get()) : QByteArray();
}

// The signer's certificate through the intermediates to a root, at `at`;
// the certificate that issued it (PEM), whose revocation list speaks of it.
Result<QByteArray> checkChain(X509 *signer, const TrustAnchors &anchors, const QDateTime &at)
{
    const Store store(X509_STORE_new());
    const CertificateStack untrusted(sk_X509_new_null());
    if (!store || !untrusted)
        return OpenSsl::error("build the trust store");
    for (const QByteArray &root : anchors.roots) {
        const Certificate certificate = readCertificate(root);
        if (!certificate || X509_STORE_add_cert(store.get(), certificate.get()) != 1)
            return OpenSsl::error("build the trust store");
    }
    // Only the intermediates the site configured: one the signature carries
    // is not trusted for being there.
    std::vector<Certificate> held;
    for (const QByteArray &pem : anchors.intermediates) {
        held.push_back(readCertificate(pem));
        if (!held.back() || sk_X509_push(untrusted.get(), held.back().get()) <= 0)
            return OpenSsl::error("build the trust store");
    }
    const StoreContext context(X509_STORE_CTX_new());
    if (!context || X509_STORE_CTX_init(context.get(), store.get(), signer, untrusted.get()) != 1)
        return OpenSsl::error("check the certificate chain");
    time_t when = static_cast<time_t>(at.toSecsSinceEpoch());
    // The signer's own dates first: an authority's are said apart.
    if (X509_cmp_time(X509_get0_notAfter(signer), &when) < 0)
        return chainRefusal(X509_V_ERR_CERT_HAS_EXPIRED, 0, at);
    if (X509_cmp_time(X509_get0_notBefore(signer), &when) > 0)
        return chainRefusal(X509_V_ERR_CERT_NOT_YET_VALID, 0, at);
    X509_STORE_CTX_set_time(context.get(), 0, when);
    if (X509_verify_cert(context.get()) != 1)
        return chainRefusal(X509_STORE_CTX_get_error(context.get()),
                            X509_STORE_CTX_get_error_depth(context.get()),
                            at);
    STACK_OF(X509) *chain = X509_STORE_CTX_get0_chain(context.get());
    return chain && sk_X509_num(chain) > 1 ? pemOf(sk_X509_value(chain, 1)) : QByteArray();
}

// A decision is signed with a signing key: one whose usage says it commits
// its holder (nonRepudiation), not the key that signs them in.
Result<void> checkSigningUsage(X509 *signer)
{
    // A certificate without the extension reads as "any usage": not a signing key either.
    const uint32_t usage = X509_get_key_usage(signer);
    if ((X509_get_extension_flags(signer) & EXFLAG_KUSAGE) == 0 || (usage & KU_NON_REPUDIATION) == 0
        || (usage & KU_DIGITAL_SIGNATURE) == 0) {
        return fail(QStringLiteral("signature.key-usage"),
                    SecurityTr::tr("The decision is signed with a key that is not for signing "
                                   "(an authentication key). Sign it with your signing key."));
    }
    return {};
}

// A sign-in is signed with the authentication key: one whose extended usage
// is clientAuth, and not a key that commits its holder (nonRepudiation).
Result<void> checkAuthenticationUsage(X509 *signer)
{
    const uint32_t flags = X509_get_extension_flags(signer);
    const bool clientAuth = (flags & EXFLAG_XKUSAGE) != 0
                            && (X509_get_extended_key_usage(signer) & XKU_SSL_CLIENT) != 0;
    const bool commits
        = (flags & EXFLAG_KUSAGE) != 0 && (X509_get_key_usage(signer) & KU_NON_REPUDIATION) != 0;
    if (!clientAuth || commits) {
        return fail(QStringLiteral("auth.key-not-authentication"),
                    SecurityTr::tr("This key is not for signing in (it is a signing key): sign in "
                                   "with your authentication key."));
    }
    return {};
}

Result<void> checkUsage(X509 *signer, KeyPurpose purpose)
{
    return purpose == KeyPurpose::SignActs ? checkSigningUsage(signer)
                                           : checkAuthenticationUsage(signer);
}

// The texts of the subject's `nid` entries (UTF-8: Kazakh letters intact).
QStringList subjectEntries(X509 *certificate, int nid)
{
    QStringList texts;
    X509_NAME *name = X509_get_subject_name(certificate);
    for (int at = X509_NAME_get_index_by_NID(name, nid, -1); at >= 0;
         at = X509_NAME_get_index_by_NID(name, nid, at)) {
        unsigned char *utf8 = nullptr;
        const int length
            = ASN1_STRING_to_UTF8(&utf8, X509_NAME_ENTRY_get_data(X509_NAME_get_entry(name, at)));
        if (length >= 0)
            texts.append(QString::fromUtf8(reinterpret_cast<const char *>(utf8), length));
        OPENSSL_free(utf8);
    }
    ERR_clear_error();
    return texts;
}

// The twelve digits after `prefix` in one of the subject's `nid` entries,
// as the National Certification Centre writes them: serialNumber "IIN…" (the
// holder), OU "BIN…" (a legal entity's); empty when none.
QString subjectNumber(X509 *certificate, int nid, const QString &prefix)
{
    const QRegularExpression number(QLatin1Char('^') + prefix + QStringLiteral("(\\d{12})$"));
    for (const QString &text : subjectEntries(certificate, nid)) {
        if (const auto match = number.match(text); match.hasMatch())
            return match.captured(1);
    }
    return {};
}

QString holderIin(X509 *certificate)
{
    return subjectNumber(certificate, NID_serialNumber, QStringLiteral("IIN"));
}

// The one signer of a CMS whose signature verifies: over `detached`, or
// over the content the CMS carries (written to `carried`) when that is null.
Result<X509 *> theOneSigner(CMS_ContentInfo *cms, const QByteArray *detached, BIO *carried)
{
    STACK_OF(CMS_SignerInfo) *infos = CMS_get0_SignerInfos(cms);
    if (!infos || sk_CMS_SignerInfo_num(infos) != 1) {
        return fail(QStringLiteral("signature.signers"),
                    SecurityTr::tr("A decision is signed by exactly one person."));
    }
    if (!detached && CMS_is_detached(cms) == 1) {
        return fail(
            QStringLiteral("signature.malformed"),
            SecurityTr::tr("The signature carries no content: what it signs is not in it."));
    }
    const Bio contentBio = detached ? memoryBio(*detached) : Bio();
    // The signature over these bytes; the chain is checked apart, at the act's time.
    if (CMS_verify(cms,
                   nullptr,
                   nullptr,
                   contentBio.get(),
                   carried,
                   CMS_BINARY | CMS_NO_SIGNER_CERT_VERIFY)
        != 1)
        return invalidSignature();
    STACK_OF(X509) *signers = CMS_get0_signers(cms);
    X509 *signer = signers && sk_X509_num(signers) == 1 ? sk_X509_value(signers, 0) : nullptr;
    sk_X509_free(signers);
    if (!signer)
        return invalidSignature();
    return signer;
}

// Every check but whose certificate it must be, written once for detached
// and attached signatures alike: the one signer, the signature, the chain
// at `at`, a key for `purpose`; and who the certificate says signed.
Result<SignerIdentity> checkedSigner(CMS_ContentInfo *cms,
                                     const QByteArray *detached,
                                     BIO *carried,
                                     const TrustAnchors &anchors,
                                     const QDateTime &at,
                                     KeyPurpose purpose = KeyPurpose::SignActs)
{
    auto signer = theOneSigner(cms, detached, carried);
    if (!signer)
        return std::unexpected(signer.error());
    auto issuer = checkChain(*signer, anchors, at);
    if (!issuer)
        return std::unexpected(issuer.error());
    if (auto usage = checkUsage(*signer, purpose); !usage)
        return std::unexpected(usage.error());
    SignerIdentity identity;
    identity.subject = subjectText(*signer);
    identity.iin = holderIin(*signer);
    identity.commonName = subjectEntries(*signer, NID_commonName).value(0);
    identity.organisation = subjectEntries(*signer, NID_organizationName).value(0);
    identity.bin = subjectNumber(*signer, NID_organizationalUnitName, QStringLiteral("BIN"));
    identity.certificate = pemOf(*signer);
    identity.issuer = *issuer;
    if (identity.certificate.isEmpty())
        return OpenSsl::error("write PEM");
    return identity;
}

} // namespace

namespace {

// A person's detached signature, by the key for `purpose`, naming their IIN.
Result<SignerIdentity> verifyPersonalSignature(const QByteArray &content,
                                               const QByteArray &signature,
                                               const TrustAnchors &anchors,
                                               const QDateTime &at,
                                               KeyPurpose purpose)
{
    auto parsed = readCms(signature);
    if (!parsed)
        return std::unexpected(parsed.error());
    auto identity = checkedSigner(parsed->get(), &content, nullptr, anchors, at, purpose);
    if (!identity)
        return identity;
    if (identity->iin.isEmpty()) {
        return fail(QStringLiteral("signature.no-iin"),
                    SecurityTr::tr("The signing certificate does not name its holder's IIN: it "
                                   "is not a personal certificate of Kazakhstan's PKI."));
    }
    return identity;
}

} // namespace

Result<SignerIdentity> verifyDecisionSignature(const QByteArray &content,
                                               const QByteArray &signature,
                                               const TrustAnchors &anchors,
                                               const QDateTime &at)
{
    return verifyPersonalSignature(content, signature, anchors, at, KeyPurpose::SignActs);
}

Result<SignerIdentity> verifyAuthenticationSignature(const QByteArray &content,
                                                     const QByteArray &signature,
                                                     const TrustAnchors &anchors,
                                                     const QDateTime &at)
{
    return verifyPersonalSignature(content, signature, anchors, at, KeyPurpose::Authenticate);
}

Result<AttachedSignature> verifyAttachedSignature(const QByteArray &signature,
                                                  const TrustAnchors &anchors,
                                                  const QDateTime &at)
{
    auto parsed = readCms(signature);
    if (!parsed)
        return std::unexpected(parsed.error());
    const Bio carried(BIO_new(BIO_s_mem()));
    if (!carried)
        return OpenSsl::error("read the signed content");
    auto identity = checkedSigner(parsed->get(), nullptr, carried.get(), anchors, at);
    if (!identity)
        return std::unexpected(identity.error());
    return AttachedSignature{drain(carried.get()), *identity};
}

Result<QByteArray> verifyDetached(const QByteArray &content,
                                  const QByteArray &signature,
                                  const QByteArray &authorityPem)
{
    auto anchors = trustAnchorsFromPem(authorityPem);
    if (!anchors) {
        return fail(QStringLiteral("security.certificate"),
                    SecurityTr::tr("The trusted authority's certificate is not valid PEM."));
    }
    auto identity
        = verifyDecisionSignature(content, signature, *anchors, QDateTime::currentDateTimeUtc());
    if (!identity)
        return std::unexpected(identity.error());
    return identity->certificate;
}

Result<SignatureDetails> signatureDetails(const QByteArray &signature)
{
    auto parsed = readCms(signature);
    if (!parsed)
        return std::unexpected(parsed.error());
    const Cms &cms = *parsed;
    STACK_OF(CMS_SignerInfo) *infos = CMS_get0_SignerInfos(cms.get());
    if (!infos || sk_CMS_SignerInfo_num(infos) != 1) {
        return fail(QStringLiteral("signature.signers"),
                    SecurityTr::tr("A decision is signed by exactly one person."));
    }
    CMS_SignerInfo *info = sk_CMS_SignerInfo_value(infos, 0);
    SignatureDetails details;
    STACK_OF(X509) *certificates = CMS_get1_certs(cms.get());
    for (int i = 0; certificates && i < sk_X509_num(certificates); ++i) {
        X509 *certificate = sk_X509_value(certificates, i);
        if (CMS_SignerInfo_cert_cmp(info, certificate) != 0)
            continue;
        details.signerSubject = subjectText(certificate);
    }
    sk_X509_pop_free(certificates, X509_free);
    if (details.signerSubject.isEmpty()) {
        ERR_clear_error();
        return fail(QStringLiteral("signature.no-certificate"),
                    SecurityTr::tr("The signature carries no certificate of its signer."));
    }
    const int at = CMS_signed_get_attr_by_NID(info, NID_pkcs9_signingTime, -1);
    X509_ATTRIBUTE *attribute = at >= 0 ? CMS_signed_get_attr(info, at) : nullptr;
    ASN1_TYPE *value = attribute ? X509_ATTRIBUTE_get0_type(attribute, 0) : nullptr;
    std::tm time{};
    if (value && (value->type == V_ASN1_UTCTIME || value->type == V_ASN1_GENERALIZEDTIME)
        && ASN1_TIME_to_tm(value->value.utctime, &time) == 1) {
        details.signedAt = QDateTime(QDate(time.tm_year + 1900, time.tm_mon + 1, time.tm_mday),
                                     QTime(time.tm_hour, time.tm_min, time.tm_sec),
                                     QTimeZone::utc());
    }
    ERR_clear_error();
    return details;
}

QString certificateIin(const QByteArray &certificatePem)
{
    const Certificate certificate = readCertificate(certificatePem);
    ERR_clear_error();
    return certificate ? holderIin(certificate.get()) : QString();
}

bool keyServes(const QByteArray &certificatePem, KeyPurpose purpose)
{
    const Certificate certificate = readCertificate(certificatePem);
    const bool serves = certificate && checkUsage(certificate.get(), purpose).has_value();
    ERR_clear_error();
    return serves;
}

bool sameKey(const QByteArray &certificatePem, const QByteArray &otherPem)
{
    const auto pin = publicKeyPin(certificatePem);
    const auto other = publicKeyPin(otherPem);
    return pin && other && *pin == *other;
}

} // namespace Kezek
