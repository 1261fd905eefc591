#include "certificates.h"

#include "securitytr.h"

#include <QDateTime>
#include <QRegularExpression>

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

namespace Kezek {

namespace {

template<typename T, void (*Free)(T *)>
struct Deleter
{
    void operator()(T *p) const { Free(p); }
};
using Key = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY, EVP_PKEY_free>>;
using Certificate = std::unique_ptr<X509, Deleter<X509, X509_free>>;
using Bio = std::unique_ptr<BIO, Deleter<BIO, BIO_free_all>>;
using Extension = std::unique_ptr<X509_EXTENSION, Deleter<X509_EXTENSION, X509_EXTENSION_free>>;

std::unexpected<Error> opensslError(const char *what)
{
    return fail(QStringLiteral("security.openssl"),
                SecurityTr::tr("OpenSSL could not %1.").arg(QString::fromLatin1(what)));
}

QByteArray drain(BIO *bio)
{
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return QByteArray(data, static_cast<qsizetype>(size));
}

bool addExtension(X509 *certificate, int nid, const QByteArray &value)
{
    X509V3_CTX context;
    X509V3_set_ctx_nodb(&context);
    X509V3_set_ctx(&context, certificate, certificate, nullptr, nullptr, 0);
    const Extension extension(X509V3_EXT_conf_nid(nullptr, &context, nid, value.constData()));
    return extension && X509_add_ext(certificate, extension.get(), -1) == 1;
}

} // namespace

Result<PemPair>
makeSelfSignedCertificate(const QString &commonName, const QStringList &hosts, int days)
{
    const Key key(EVP_EC_gen("P-256"));
    if (!key)
        return opensslError("generate a key");
    const Certificate certificate(X509_new());
    if (!certificate)
        return opensslError("create a certificate");
    X509_set_version(certificate.get(), 2);
    ASN1_INTEGER_set(X509_get_serialNumber(certificate.get()),
                     static_cast<long>(QDateTime::currentSecsSinceEpoch()));
    X509_gmtime_adj(X509_getm_notBefore(certificate.get()), -60);
    X509_gmtime_adj(X509_getm_notAfter(certificate.get()), static_cast<long>(days) * 24 * 3600);
    X509_set_pubkey(certificate.get(), key.get());
    X509_NAME *name = X509_get_subject_name(certificate.get());
    const QByteArray cn = commonName.toUtf8();
    X509_NAME_add_entry_by_txt(name,
                               "CN",
                               MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char *>(cn.constData()),
                               -1,
                               -1,
                               0);
    X509_set_issuer_name(certificate.get(), name);

    // An IPv4 address (digits and dots) or an IPv6 one (has a colon) is an IP
    // entry; anything else a DNS name.
    static const QRegularExpression ipv4(QStringLiteral("^\\d{1,3}(\\.\\d{1,3}){3}$"));
    QStringList alternatives;
    for (const QString &host : hosts) {
        const bool ip = ipv4.match(host).hasMatch() || host.contains(QLatin1Char(':'));
        alternatives.append((ip ? QStringLiteral("IP:") : QStringLiteral("DNS:")) + host);
    }
    if (!addExtension(
            certificate.get(), NID_subject_alt_name, alternatives.join(QLatin1Char(',')).toLatin1())
        || !addExtension(certificate.get(), NID_basic_constraints, "critical,CA:TRUE")
        || !addExtension(certificate.get(), NID_key_usage, "critical,digitalSignature,keyCertSign")
        || !addExtension(certificate.get(), NID_ext_key_usage, "serverAuth")) {
        return opensslError("add the certificate's extensions");
    }
    if (X509_sign(certificate.get(), key.get(), EVP_sha256()) == 0)
        return opensslError("sign the certificate");

    const Bio certificateBio(BIO_new(BIO_s_mem()));
    const Bio keyBio(BIO_new(BIO_s_mem()));
    if (PEM_write_bio_X509(certificateBio.get(), certificate.get()) != 1
        || PEM_write_bio_PrivateKey(keyBio.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr)
               != 1) {
        return opensslError("write PEM");
    }
    return PemPair{drain(certificateBio.get()), drain(keyBio.get())};
}

Result<QByteArray> publicKeyPin(const QByteArray &certificatePem)
{
    const Bio bio(
        BIO_new_mem_buf(certificatePem.constData(), static_cast<int>(certificatePem.size())));
    const Certificate certificate(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
    if (!certificate) {
        return fail(QStringLiteral("security.certificate"),
                    SecurityTr::tr("The certificate is not valid PEM."));
    }
    unsigned char *der = nullptr;
    const int length = i2d_X509_PUBKEY(X509_get_X509_PUBKEY(certificate.get()), &der);
    if (length <= 0)
        return opensslError("encode the public key");
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int digestLength = 0;
    const bool ok
        = EVP_Digest(der, static_cast<size_t>(length), digest, &digestLength, EVP_sha256(), nullptr)
          == 1;
    OPENSSL_free(der);
    if (!ok)
        return opensslError("hash the public key");
    return QByteArray(reinterpret_cast<const char *>(digest), static_cast<qsizetype>(digestLength))
        .toBase64();
}

} // namespace Kezek
