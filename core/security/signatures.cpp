#include "core/security/signatures.h"

#include "core/security/opensslsupport.h"

#include <openssl/cms.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/pkcs12.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <QTimeZone>

#include <ctime>
#include <memory>

namespace Kezek {

namespace {

using namespace OpenSsl;
using Cms = std::unique_ptr<CMS_ContentInfo, Deleter<CMS_ContentInfo, CMS_ContentInfo_free>>;
using Store = std::unique_ptr<X509_STORE, Deleter<X509_STORE, X509_STORE_free>>;
using Pkcs12 = std::unique_ptr<PKCS12, Deleter<PKCS12, PKCS12_free>>;

Certificate readCertificate(const QByteArray &pem)
{
    const Bio bio = memoryBio(pem);
    return Certificate(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
}

Key readKey(const QByteArray &pem)
{
    const Bio bio = memoryBio(pem);
    return Key(PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr));
}

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
                               "it was signed, or the certificate is not from the trusted "
                               "authority."));
}

} // namespace

Result<PemPair> makeCertificateAuthority(const QString &commonName, int days)
{
    return makeCertificate(commonName,
                           days,
                           nullptr,
                           nullptr,
                           {{NID_basic_constraints, "critical,CA:TRUE"},
                            {NID_key_usage, "critical,keyCertSign,cRLSign"},
                            {NID_subject_key_identifier, "hash"}});
}

Result<PemPair>
issueSigningCertificate(const PemPair &authority, const QString &commonName, int days)
{
    const Certificate issuer = readCertificate(authority.certificate);
    const Key issuerKey = readKey(authority.privateKey);
    if (!issuer || !issuerKey) {
        return fail(QStringLiteral("security.certificate"),
                    SecurityTr::tr("The certificate authority's certificate or key is not valid "
                                   "PEM."));
    }
    return makeCertificate(commonName,
                           days,
                           issuer.get(),
                           issuerKey.get(),
                           {{NID_basic_constraints, "critical,CA:FALSE"},
                            {NID_key_usage, "critical,digitalSignature,nonRepudiation"},
                            {NID_ext_key_usage, "emailProtection"},
                            {NID_subject_key_identifier, "hash"},
                            {NID_authority_key_identifier, "keyid"}});
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

Result<QByteArray> signDetached(const QByteArray &content, const PemPair &identity)
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
    const Bio in = memoryBio(content);
    const Cms cms(
        CMS_sign(certificate.get(), key.get(), nullptr, in.get(), CMS_BINARY | CMS_DETACHED));
    const Bio out(BIO_new(BIO_s_mem()));
    if (!cms || i2d_CMS_bio(out.get(), cms.get()) != 1)
        return OpenSsl::error("sign");
    return drain(out.get());
}

Result<QByteArray> verifyDetached(const QByteArray &content,
                                  const QByteArray &signature,
                                  const QByteArray &authorityPem)
{
    const Certificate authority = readCertificate(authorityPem);
    if (!authority) {
        return fail(QStringLiteral("security.certificate"),
                    SecurityTr::tr("The trusted authority's certificate is not valid PEM."));
    }
    auto parsed = readCms(signature);
    if (!parsed)
        return std::unexpected(parsed.error());
    const Cms &cms = *parsed;
    const Store store(X509_STORE_new());
    if (!store || X509_STORE_add_cert(store.get(), authority.get()) != 1)
        return OpenSsl::error("build the trust store");
    const Bio contentBio = memoryBio(content);
    if (CMS_verify(cms.get(), nullptr, store.get(), contentBio.get(), nullptr, CMS_BINARY) != 1)
        return invalidSignature();
    STACK_OF(X509) *signers = CMS_get0_signers(cms.get());
    const int count = signers ? sk_X509_num(signers) : 0;
    X509 *signer = count == 1 ? sk_X509_value(signers, 0) : nullptr;
    sk_X509_free(signers);
    if (!signer) {
        return fail(QStringLiteral("signature.signers"),
                    SecurityTr::tr("A decision is signed by exactly one person."));
    }
    const Bio out(BIO_new(BIO_s_mem()));
    if (PEM_write_bio_X509(out.get(), signer) != 1)
        return OpenSsl::error("write PEM");
    return drain(out.get());
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
        const Bio out(BIO_new(BIO_s_mem()));
        if (X509_NAME_print_ex(out.get(),
                               X509_get_subject_name(certificate),
                               0,
                               XN_FLAG_RFC2253 & ~ASN1_STRFLGS_ESC_MSB)
            >= 0)
            details.signerSubject = QString::fromUtf8(drain(out.get()));
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

bool sameKey(const QByteArray &certificatePem, const QByteArray &otherPem)
{
    const auto pin = publicKeyPin(certificatePem);
    const auto other = publicKeyPin(otherPem);
    return pin && other && *pin == *other;
}

} // namespace Kezek
