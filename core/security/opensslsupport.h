#pragma once

// What the security code shares over OpenSSL: owning pointers, memory BIOs and
// the error for a failed call. Private to KezekSecurity.

#include "core/result/result.h"
#include "core/security/certificates.h"
#include "core/security/securitytr.h"

#include <QByteArray>
#include <QString>

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/cms.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

namespace Kezek::OpenSsl {

template<typename T, void (*Free)(T *)>
struct Deleter
{
    void operator()(T *p) const { Free(p); }
};
using Key = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY, EVP_PKEY_free>>;
using Certificate = std::unique_ptr<X509, Deleter<X509, X509_free>>;
using Bio = std::unique_ptr<BIO, Deleter<BIO, BIO_free_all>>;
using Extension = std::unique_ptr<X509_EXTENSION, Deleter<X509_EXTENSION, X509_EXTENSION_free>>;
using Number = std::unique_ptr<BIGNUM, Deleter<BIGNUM, BN_free>>;
using Cms = std::unique_ptr<CMS_ContentInfo, Deleter<CMS_ContentInfo, CMS_ContentInfo_free>>;
using Store = std::unique_ptr<X509_STORE, Deleter<X509_STORE, X509_STORE_free>>;
using StoreContext = std::unique_ptr<X509_STORE_CTX, Deleter<X509_STORE_CTX, X509_STORE_CTX_free>>;

inline std::unexpected<Error> error(const char *what)
{
    ERR_clear_error();
    return fail(QStringLiteral("security.openssl"),
                SecurityTr::tr("OpenSSL could not %1.").arg(QString::fromLatin1(what)));
}

inline Bio memoryBio(const QByteArray &bytes)
{
    return Bio(BIO_new_mem_buf(bytes.constData(), static_cast<int>(bytes.size())));
}

inline QByteArray drain(BIO *bio)
{
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return QByteArray(data, static_cast<qsizetype>(size));
}

// An extension from its configuration text, with `issuer` for the key identifiers.
inline bool addExtension(X509 *certificate, X509 *issuer, int nid, const char *value)
{
    X509V3_CTX context;
    X509V3_set_ctx_nodb(&context);
    X509V3_set_ctx(&context, issuer, certificate, nullptr, nullptr, 0);
    const Extension extension(X509V3_EXT_conf_nid(nullptr, &context, nid, value));
    return extension && X509_add_ext(certificate, extension.get(), -1) == 1;
}

// A certificate or key read from PEM; null when it is not one (the error
// queue left clear for the caller's own refusal).
inline Certificate readCertificate(const QByteArray &pem)
{
    const Bio bio = memoryBio(pem);
    Certificate certificate(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
    ERR_clear_error();
    return certificate;
}

inline Key readKey(const QByteArray &pem)
{
    const Bio bio = memoryBio(pem);
    Key key(PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr));
    ERR_clear_error();
    return key;
}

// A certificate's subject as RFC 2253 text, its UTF-8 (Kazakh letters) intact.
inline QString subjectText(X509 *certificate)
{
    const Bio out(BIO_new(BIO_s_mem()));
    if (X509_NAME_print_ex(out.get(),
                           X509_get_subject_name(certificate),
                           0,
                           XN_FLAG_RFC2253 & ~ASN1_STRFLGS_ESC_MSB)
        < 0)
        return {};
    return QString::fromUtf8(drain(out.get()));
}

// The certificate and key as PEM.
Result<PemPair> toPem(X509 *certificate, EVP_PKEY *key);

// A new key and a certificate for it with a random serial, valid from a
// minute ago for `days`, signed by the issuer (or, without one, by itself).
struct CertificateSpec
{
    QString commonName;
    // The holder's IIN, as Kazakhstan's authority writes it in the subject
    // (serialNumber "IIN" and the twelve digits); empty: none.
    QString iin;
    int days = 365;
    // RSA-2048, as the National Certification Centre issues; else P-256.
    bool rsa = false;
    X509 *issuer = nullptr;
    EVP_PKEY *issuerKey = nullptr;
    QList<std::pair<int, QByteArray>> extensions;
    // A legal entity's employee certificate, as the authority writes it: the
    // organisation's name (O) and its BIN (OU "BIN" and the twelve digits);
    // empty: a person's own certificate.
    QString organisation;
    QString bin;
};
Result<PemPair> makeCertificate(const CertificateSpec &spec);
// The CMS signature (DER) over `content` by this certificate's key, with
// these CMS_sign flags (CMS_BINARY | CMS_DETACHED for a decision); empty when
// it fails, the error queue left for the caller to read (a token's key may
// fail because the token was pulled out).
QByteArray signCms(const QByteArray &content, X509 *certificate, EVP_PKEY *key, unsigned flags);
Result<PemPair> makeCertificate(const QString &commonName,
                                int days,
                                X509 *issuer,
                                EVP_PKEY *issuerKey,
                                const QList<std::pair<int, QByteArray>> &extensions);

} // namespace Kezek::OpenSsl
