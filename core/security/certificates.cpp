#include "core/security/certificates.h"

#include "core/security/opensslsupport.h"

#include <QRegularExpression>

#include <openssl/bn.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

namespace Kezek {

using namespace OpenSsl;

Result<PemPair> OpenSsl::toPem(X509 *certificate, EVP_PKEY *key)
{
    const Bio certificateBio(BIO_new(BIO_s_mem()));
    const Bio keyBio(BIO_new(BIO_s_mem()));
    if (PEM_write_bio_X509(certificateBio.get(), certificate) != 1
        || PEM_write_bio_PrivateKey(keyBio.get(), key, nullptr, nullptr, 0, nullptr, nullptr)
               != 1) {
        return OpenSsl::error("write PEM");
    }
    return PemPair{drain(certificateBio.get()), drain(keyBio.get())};
}

Result<PemPair> OpenSsl::makeCertificate(const QString &commonName,
                                         int days,
                                         X509 *issuer,
                                         EVP_PKEY *issuerKey,
                                         const QList<std::pair<int, QByteArray>> &extensions)
{
    return makeCertificate(
        CertificateSpec{commonName, {}, days, false, issuer, issuerKey, extensions, {}, {}});
}

namespace {

bool addNameEntry(X509_NAME *name, const char *field, const QString &value)
{
    const QByteArray text = value.toUtf8();
    return X509_NAME_add_entry_by_txt(name,
                                      field,
                                      MBSTRING_UTF8,
                                      reinterpret_cast<const unsigned char *>(text.constData()),
                                      -1,
                                      -1,
                                      0)
           == 1;
}

} // namespace

Result<PemPair> OpenSsl::makeCertificate(const CertificateSpec &spec)
{
    const Key key(spec.rsa ? EVP_RSA_gen(2048) : EVP_EC_gen("P-256"));
    const Certificate certificate(X509_new());
    if (!key || !certificate)
        return OpenSsl::error("generate a key");
    X509_set_version(certificate.get(), 2);
    // A random 127-bit serial: certificates issued in the same second differ.
    unsigned char serial[16];
    if (RAND_bytes(serial, sizeof serial) != 1)
        return OpenSsl::error("draw a serial number");
    serial[0] &= 0x7f;
    const Number number(BN_bin2bn(serial, sizeof serial, nullptr));
    if (!number || !BN_to_ASN1_INTEGER(number.get(), X509_get_serialNumber(certificate.get())))
        return OpenSsl::error("set a serial number");
    X509_gmtime_adj(X509_getm_notBefore(certificate.get()), -60);
    X509_gmtime_adj(X509_getm_notAfter(certificate.get()),
                    static_cast<long>(spec.days) * 24 * 3600);
    X509_set_pubkey(certificate.get(), key.get());
    X509_NAME *name = X509_get_subject_name(certificate.get());
    if (!addNameEntry(name, "CN", spec.commonName)
        || (!spec.iin.isEmpty()
            && !addNameEntry(name, "serialNumber", QStringLiteral("IIN") + spec.iin))
        || (!spec.organisation.isEmpty() && !addNameEntry(name, "O", spec.organisation))
        || (!spec.bin.isEmpty() && !addNameEntry(name, "OU", QStringLiteral("BIN") + spec.bin)))
        return OpenSsl::error("name the certificate's holder");
    X509 *signer = spec.issuer ? spec.issuer : certificate.get();
    X509_set_issuer_name(certificate.get(), X509_get_subject_name(signer));
    for (const auto &[nid, value] : spec.extensions) {
        if (!addExtension(certificate.get(), signer, nid, value.constData()))
            return OpenSsl::error("add the certificate's extensions");
    }
    if (X509_sign(certificate.get(), spec.issuerKey ? spec.issuerKey : key.get(), EVP_sha256())
        == 0)
        return OpenSsl::error("sign the certificate");
    return toPem(certificate.get(), key.get());
}

std::optional<PemPair> pemPairOf(const QByteArray &pem)
{
    const qsizetype key = pem.indexOf("-----BEGIN PRIVATE KEY-----");
    const qsizetype certificate = pem.indexOf("-----BEGIN CERTIFICATE-----");
    if (key < 0 || certificate < 0)
        return std::nullopt;
    const qsizetype certificateEnd = pem.indexOf("-----END CERTIFICATE-----", certificate);
    const qsizetype keyEnd = pem.indexOf("-----END PRIVATE KEY-----", key);
    if (certificateEnd < 0 || keyEnd < 0)
        return std::nullopt;
    return PemPair{pem.mid(certificate, certificateEnd + 25 - certificate) + '\n',
                   pem.mid(key, keyEnd + 25 - key) + '\n'};
}

Result<PemPair>
makeSelfSignedCertificate(const QString &commonName, const QStringList &hosts, int days)
{
    // An IPv4 address (digits and dots) or an IPv6 one (has a colon) is an IP
    // entry; anything else a DNS name.
    static const QRegularExpression ipv4(QStringLiteral("^\\d{1,3}(\\.\\d{1,3}){3}$"));
    QStringList alternatives;
    for (const QString &host : hosts) {
        const bool ip = ipv4.match(host).hasMatch() || host.contains(QLatin1Char(':'));
        alternatives.append((ip ? QStringLiteral("IP:") : QStringLiteral("DNS:")) + host);
    }
    return makeCertificate(commonName,
                           days,
                           nullptr,
                           nullptr,
                           {{NID_subject_alt_name, alternatives.join(QLatin1Char(',')).toLatin1()},
                            {NID_basic_constraints, "critical,CA:TRUE"},
                            {NID_key_usage, "critical,digitalSignature,keyCertSign"},
                            {NID_ext_key_usage, "serverAuth"}});
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
        return OpenSsl::error("encode the public key");
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int digestLength = 0;
    const bool ok
        = EVP_Digest(der, static_cast<size_t>(length), digest, &digestLength, EVP_sha256(), nullptr)
          == 1;
    OPENSSL_free(der);
    if (!ok)
        return OpenSsl::error("hash the public key");
    return QByteArray(reinterpret_cast<const char *>(digest), static_cast<qsizetype>(digestLength))
        .toBase64();
}

} // namespace Kezek
