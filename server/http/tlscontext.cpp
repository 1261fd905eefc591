#include "server/http/tlscontext.h"

#include "core/security/revocation.h"
#include "core/security/timestamps.h"

#include "core/security/signatures.h"
#include "server/servertr.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <openssl/err.h>
#include <openssl/pem.h>

#include <memory>

namespace Kezek {

Result<QByteArray> readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(QStringLiteral("tls.file"),
                    ServerTr::tr("Cannot read \"%1\": %2.").arg(path, file.errorString()));
    }
    return file.readAll();
}

Result<void> writePrivateFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        || file.write(bytes) != bytes.size()) {
        return fail(QStringLiteral("tls.file"),
                    ServerTr::tr("Cannot write \"%1\": %2.").arg(path, file.errorString()));
    }
    return {};
}

namespace {

struct BioDeleter
{
    void operator()(BIO *bio) const { BIO_free(bio); }
};

} // namespace

Result<PemPair> loadServerCertificate(const QString &certificateFile,
                                      const QString &keyFile,
                                      const QString &devCertificateDir,
                                      const QString &listenAddress)
{
    QString certificatePath = certificateFile;
    QString keyPath = keyFile;
    if (certificatePath.isEmpty()) {
        QDir dir(devCertificateDir);
        if (!dir.mkpath(QStringLiteral("."))) {
            return fail(QStringLiteral("tls.file"),
                        ServerTr::tr("Cannot create the folder \"%1\".").arg(devCertificateDir));
        }
        certificatePath = dir.filePath(QStringLiteral("cert.pem"));
        keyPath = dir.filePath(QStringLiteral("key.pem"));
        if (!QFile::exists(certificatePath) || !QFile::exists(keyPath)) {
            QStringList hosts
                = {QStringLiteral("localhost"), QStringLiteral("127.0.0.1"), QStringLiteral("::1")};
            if (!hosts.contains(listenAddress) && listenAddress != u"0.0.0.0"
                && listenAddress != u"::")
                hosts.append(listenAddress);
            auto pair = makeSelfSignedCertificate(QStringLiteral("Kezek demo server"), hosts);
            if (!pair)
                return std::unexpected(pair.error());
            if (auto ok = writePrivateFile(keyPath, pair->privateKey); !ok)
                return std::unexpected(ok.error());
            if (auto ok = writePrivateFile(certificatePath, pair->certificate); !ok)
                return std::unexpected(ok.error());
        }
    }
    auto certificate = readFile(certificatePath);
    if (!certificate)
        return std::unexpected(certificate.error());
    auto key = readFile(keyPath);
    if (!key)
        return std::unexpected(key.error());
    return PemPair{*certificate, *key};
}

namespace {

// The demo intermediate's revocation sources, so that a site can try the
// whole PKI: an OCSP responder certificate it authorised (ocsp.pem,
// ocsp-key.pem, for `openssl ocsp -rsigner`) and its empty CRL
// (signing-ca.crl), current for 30 days and made anew at a start a day
// after it was written.
Result<void> makeDemoRevocation(const QDir &dir, const PemPair &authority)
{
    const QString responderPath = dir.filePath(QStringLiteral("ocsp.pem"));
    const QString responderKeyPath = dir.filePath(QStringLiteral("ocsp-key.pem"));
    if (!QFile::exists(responderPath) || !QFile::exists(responderKeyPath)) {
        auto responder = issueOcspResponder(authority, QStringLiteral("Kezek demo OCSP responder"));
        if (!responder)
            return std::unexpected(responder.error());
        if (auto ok = writePrivateFile(responderKeyPath, responder->privateKey); !ok)
            return ok;
        if (auto ok = writePrivateFile(responderPath, responder->certificate); !ok)
            return ok;
    }
    const QString crlPath = dir.filePath(QStringLiteral("signing-ca.crl"));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (QFileInfo(crlPath).exists() && QFileInfo(crlPath).lastModified().secsTo(now) < 24 * 3600)
        return {};
    auto crl = makeCrl(authority, {}, now.addSecs(-60), now.addDays(30));
    if (!crl)
        return std::unexpected(crl.error());
    return writePrivateFile(crlPath, crlPem(*crl));
}

} // namespace

Result<QByteArray> loadSigningAuthority(const QString &authorityFile,
                                        const QString &devCertificateDir)
{
    if (!authorityFile.isEmpty())
        return readFile(authorityFile);
    const QDir dir(devCertificateDir);
    if (!dir.mkpath(QStringLiteral("."))) {
        return fail(QStringLiteral("tls.file"),
                    ServerTr::tr("Cannot create the folder \"%1\".").arg(devCertificateDir));
    }
    // A root and an intermediate under it, as Kazakhstan's PKI has: the
    // intermediate (signing-ca.pem) issues the officers' certificates
    // (`kezekctl admin issue-certificate`), and the server trusts both. A
    // folder made before has its one authority, which stays a root.
    const QString rootPath = dir.filePath(QStringLiteral("signing-root.pem"));
    const QString certificatePath = dir.filePath(QStringLiteral("signing-ca.pem"));
    const QString keyPath = dir.filePath(QStringLiteral("signing-ca-key.pem"));
    if (!QFile::exists(certificatePath) || !QFile::exists(keyPath)) {
        auto root = makeCertificateAuthority(QStringLiteral("Kezek demo root authority"));
        auto authority = root ? issueIntermediateAuthority(
                             *root, QStringLiteral("Kezek demo signing authority"))
                              : Result<PemPair>(std::unexpected(root.error()));
        if (!authority)
            return std::unexpected(authority.error());
        for (const auto &[path, bytes] :
             {std::pair{dir.filePath(QStringLiteral("signing-root-key.pem")), root->privateKey},
              std::pair{rootPath, root->certificate},
              std::pair{keyPath, authority->privateKey},
              std::pair{certificatePath, authority->certificate}}) {
            if (auto ok = writePrivateFile(path, bytes); !ok)
                return std::unexpected(ok.error());
        }
    }
    auto intermediate = readFile(certificatePath);
    auto intermediateKey = readFile(keyPath);
    if (!intermediate || !intermediateKey)
        return std::unexpected((intermediate ? intermediateKey : intermediate).error());
    if (auto ok = makeDemoRevocation(dir, {*intermediate, *intermediateKey}); !ok)
        return std::unexpected(ok.error());
    if (!QFile::exists(rootPath))
        return intermediate;
    auto root = readFile(rootPath);
    if (!root)
        return std::unexpected(root.error());
    return *root + *intermediate;
}

Result<std::optional<PemPair>> loadArchiveTsa(const QString &file, const QString &devCertificateDir)
{
    QString path = file;
    if (path.isEmpty() && !devCertificateDir.isEmpty()) {
        const QDir dir(devCertificateDir);
        path = dir.filePath(QStringLiteral("archive-tsa.pem"));
        if (!QFile::exists(path)) {
            // Under the demo root where there is one (an older folder: its one authority).
            const bool rooted = QFile::exists(dir.filePath(QStringLiteral("signing-root-key.pem")));
            const QString name
                = rooted ? QStringLiteral("signing-root") : QStringLiteral("signing-ca");
            auto certificate = readFile(dir.filePath(name + QStringLiteral(".pem")));
            auto key = readFile(dir.filePath(name + QStringLiteral("-key.pem")));
            if (!certificate || !key)
                return std::unexpected((certificate ? key : certificate).error());
            auto tsa = makeTimestampAuthority({*certificate, *key},
                                              QStringLiteral("Kezek demo archive timestamps"));
            if (!tsa)
                return std::unexpected(tsa.error());
            if (auto ok = writePrivateFile(path, tsa->certificate + tsa->privateKey); !ok)
                return std::unexpected(ok.error());
        }
    }
    if (path.isEmpty())
        return std::optional<PemPair>();
    auto pem = readFile(path);
    if (!pem)
        return std::unexpected(pem.error());
    auto pair = pemPairOf(*pem);
    if (!pair) {
        return fail(QStringLiteral("tls.file"),
                    ServerTr::tr("\"%1\" must hold the timestamp authority's certificate and its "
                                 "key (PEM).")
                        .arg(path));
    }
    return std::optional<PemPair>(*pair);
}

Result<QList<QByteArray>> loadTsaCertificates(const QString &file)
{
    if (file.isEmpty())
        return QList<QByteArray>();
    auto pem = readFile(file);
    if (!pem)
        return std::unexpected(pem.error());
    // Each certificate as it is: a TSA's own is not self-signed.
    QList<QByteArray> certificates;
    qsizetype at = 0;
    while ((at = pem->indexOf("-----BEGIN CERTIFICATE-----", at)) >= 0) {
        const qsizetype end = pem->indexOf("-----END CERTIFICATE-----", at);
        if (end < 0)
            break;
        certificates.append(pem->mid(at, end + 25 - at) + '\n');
        at = end;
    }
    if (certificates.isEmpty()) {
        return fail(QStringLiteral("tls.file"),
                    ServerTr::tr("\"%1\" holds no certificate (PEM).").arg(file));
    }
    return certificates;
}

bool configureTls(SSL_CTX &context, const PemPair &pem)
{
    SSL_CTX_set_min_proto_version(&context, TLS1_2_VERSION);
    SSL_CTX_set_options(&context,
                        SSL_OP_NO_COMPRESSION | SSL_OP_NO_RENEGOTIATION
                            | SSL_OP_CIPHER_SERVER_PREFERENCE);
    // TLS 1.2: ECDHE with AES-GCM or ChaCha20 only; TLS 1.3 suites are all AEAD.
    if (SSL_CTX_set_cipher_list(&context,
                                "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:"
                                "ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:"
                                "ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305")
        != 1)
        return false;

    const std::unique_ptr<BIO, BioDeleter> chain(
        BIO_new_mem_buf(pem.certificate.constData(), static_cast<int>(pem.certificate.size())));
    X509 *leaf = PEM_read_bio_X509(chain.get(), nullptr, nullptr, nullptr);
    if (!leaf || SSL_CTX_use_certificate(&context, leaf) != 1) {
        X509_free(leaf);
        return false;
    }
    X509_free(leaf);
    // Intermediates, if the file carries a chain.
    while (X509 *intermediate = PEM_read_bio_X509(chain.get(), nullptr, nullptr, nullptr)) {
        if (SSL_CTX_add_extra_chain_cert(&context, intermediate) != 1) {
            X509_free(intermediate);
            return false;
        }
    }
    ERR_clear_error(); // the end of the chain reads as an error
    const std::unique_ptr<BIO, BioDeleter> keyBio(
        BIO_new_mem_buf(pem.privateKey.constData(), static_cast<int>(pem.privateKey.size())));
    EVP_PKEY *key = PEM_read_bio_PrivateKey(keyBio.get(), nullptr, nullptr, nullptr);
    const bool ok = key && SSL_CTX_use_PrivateKey(&context, key) == 1
                    && SSL_CTX_check_private_key(&context) == 1;
    EVP_PKEY_free(key);
    return ok;
}

} // namespace Kezek
