// Decisions' signatures checked per second, each check beside the one it
// builds on, in one run: OpenSSL's CMS_verify against the authority (the
// baseline: what the server checked before), the whole check of a
// decision (chain through the intermediate to the root at the act's time,
// key usage, the holder's IIN), and that with the trusted time (the TSA's
// token over the signature verified too). Run by hand with the release build:
//   bench_signatures [seconds per figure]
// The revocation check (CRL, OCSP) adds a parse of the kept or cached
// evidence; its figures come with the server's revocation cache.
#include "core/security/signatures.h"
#include "core/security/timestamps.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <openssl/cms.h>
#include <openssl/err.h>
#include <openssl/pem.h>

using namespace Kezek;

namespace {

QTextStream out(stdout);

template<typename Check>
void measure(const QString &name, double seconds, Check check)
{
    QElapsedTimer timer;
    timer.start();
    qint64 done = 0;
    while (timer.nsecsElapsed() < qint64(seconds * 1e9)) {
        if (!check())
            qFatal("%s: a check failed", qPrintable(name));
        ++done;
    }
    out << QStringLiteral("%1: %2 per second (%3 checks)\n")
               .arg(name)
               .arg(done / (timer.nsecsElapsed() / 1e9), 0, 'f', 0)
               .arg(done);
    out.flush();
}

// The check as the server made it before: OpenSSL's CMS_verify against a
// store of the authority's certificates, checked at the present moment, with
// nothing read of the signer beyond that.
bool cmsVerify(const QByteArray &content,
               const QByteArray &signature,
               const QList<QByteArray> &trusted)
{
    X509_STORE *store = X509_STORE_new();
    for (const QByteArray &pem : trusted) {
        BIO *bio = BIO_new_mem_buf(pem.constData(), int(pem.size()));
        X509 *certificate = PEM_read_bio_X509(bio, nullptr, nullptr, nullptr);
        X509_STORE_add_cert(store, certificate);
        X509_free(certificate);
        BIO_free(bio);
    }
    BIO *der = BIO_new_mem_buf(signature.constData(), int(signature.size()));
    CMS_ContentInfo *cms = d2i_CMS_bio(der, nullptr);
    BIO *data = BIO_new_mem_buf(content.constData(), int(content.size()));
    const bool ok = cms && CMS_verify(cms, nullptr, store, data, nullptr, CMS_BINARY) == 1;
    CMS_ContentInfo_free(cms);
    BIO_free(data);
    BIO_free(der);
    X509_STORE_free(store);
    ERR_clear_error();
    return ok;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const double seconds = argc > 1 ? QByteArray(argv[1]).toDouble() : 3.0;
    auto root = makeCertificateAuthority(QStringLiteral("Bench root"));
    auto authority = root ? issueIntermediateAuthority(*root, QStringLiteral("Bench authority"))
                          : Result<PemPair>(std::unexpected(root.error()));
    auto officer = authority ? issueSigningCertificate(
                       *authority, QStringLiteral("Bench officer"), QStringLiteral("850312410006"))
                             : Result<PemPair>(std::unexpected(authority.error()));
    auto tsa = root ? makeTimestampAuthority(*root, QStringLiteral("Bench TSA"))
                    : Result<PemPair>(std::unexpected(root.error()));
    if (!officer || !tsa)
        qFatal("cannot make the bench's PKI");
    const QByteArray decision(R"({"caseId":"c-1","type":"grant-final","payload":{}})");
    const QByteArray signature = *signDetached(decision, *officer);
    const TrustAnchors anchors{{root->certificate}, {authority->certificate}};
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QByteArray covered = *signatureValue(signature);
    const QByteArray token
        = *tokenOfResponse(*issueTimestamp(*timestampRequest(covered), *tsa, now, 1));
    const QByteArray stamped = *addSignatureTimestamp(signature, token);

    out << "RSA-2048 keys, SHA-256; one decision checked again and again\n";
    measure(QStringLiteral("before: CMS_verify against the authority, checked now (baseline)"),
            seconds,
            [&] {
                return cmsVerify(decision, signature, {root->certificate, authority->certificate});
            });
    measure(QStringLiteral("whole check: chain at the act's time, key usage, IIN"), seconds, [&] {
        return bool(verifyDecisionSignature(decision, signature, anchors, now));
    });
    measure(QStringLiteral("whole check and the TSA's token"), seconds, [&] {
        auto time = verifyTimestampToken(*signatureTimestampToken(stamped).value(),
                                         *signatureValue(stamped),
                                         {root->certificate});
        return time && verifyDecisionSignature(decision, stamped, anchors, time->at);
    });
    return 0;
}
