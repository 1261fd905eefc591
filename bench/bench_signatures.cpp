// Decisions' signatures checked per second, each check beside the one it
// builds on, in one run: OpenSSL's CMS_verify against the authority (the
// baseline: what the server checked before), the whole check of a
// decision (chain through the intermediate to the root at the act's time,
// key usage, the holder's IIN), and that with the trusted time (the TSA's
// token over the signature verified too), and the whole check with the
// signer's OCSP status from the server's responder client: from its cache
// (the answer current until nextUpdate), and uncached (each check asks a
// responder over loopback HTTP; the responder is in-process and serves a
// response signed once at the start, so the figure is the client's: the
// request, the HTTP exchange and the response's checks, not a responder's
// signing). Run by hand with the release build:
//   bench_signatures [seconds per figure]
#include "core/security/opensslsupport.h"
#include "core/security/revocation.h"
#include "core/security/signatures.h"
#include "core/security/timestamps.h"
#include "server/signing/ocspresponder.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <openssl/cms.h>
#include <openssl/err.h>
#include <openssl/ocsp.h>
#include <openssl/pem.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <thread>

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

// The responder's "good" for the certificate the request names, current for
// a day, signed by `responder`.
QByteArray goodResponse(const QByteArray &requestDer, const PemPair &responder)
{
    using namespace OpenSsl;
    const Bio in = memoryBio(requestDer);
    OCSP_REQUEST *request = d2i_OCSP_REQUEST_bio(in.get(), nullptr);
    const Certificate certificate = readCertificate(responder.certificate);
    const Key key = readKey(responder.privateKey);
    OCSP_BASICRESP *basic = OCSP_BASICRESP_new();
    ASN1_TIME *thisUpdate = X509_gmtime_adj(nullptr, -60);
    ASN1_TIME *nextUpdate = X509_gmtime_adj(nullptr, 24 * 3600);
    OCSP_CERTID *id = request ? OCSP_onereq_get0_id(OCSP_request_onereq_get0(request, 0)) : nullptr;
    QByteArray der;
    if (id && basic && certificate && key
        && OCSP_basic_add1_status(
            basic, id, V_OCSP_CERTSTATUS_GOOD, 0, nullptr, thisUpdate, nextUpdate)
        && OCSP_basic_sign(basic, certificate.get(), key.get(), EVP_sha256(), nullptr, 0) == 1) {
        OCSP_RESPONSE *response = OCSP_response_create(OCSP_RESPONSE_STATUS_SUCCESSFUL, basic);
        const Bio written(BIO_new(BIO_s_mem()));
        if (response && i2d_OCSP_RESPONSE_bio(written.get(), response) == 1)
            der = drain(written.get());
        OCSP_RESPONSE_free(response);
    }
    ASN1_TIME_free(thisUpdate);
    ASN1_TIME_free(nextUpdate);
    OCSP_BASICRESP_free(basic);
    OCSP_REQUEST_free(request);
    return der;
}

// A responder on 127.0.0.1 answering every POST with `response`, for the
// life of the program; its port.
int serveOnLoopback(const QByteArray &response)
{
    const int listener = socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof address;
    if (listener < 0 || bind(listener, reinterpret_cast<sockaddr *>(&address), length) != 0
        || listen(listener, 64) != 0
        || getsockname(listener, reinterpret_cast<sockaddr *>(&address), &length) != 0)
        qFatal("the bench's responder cannot listen");
    const QByteArray answer = "HTTP/1.0 200 OK\r\nContent-Type: application/ocsp-response\r\n"
                              "Content-Length: "
                              + QByteArray::number(response.size()) + "\r\n\r\n" + response;
    std::thread([listener, answer] {
        for (int client; (client = accept(listener, nullptr, nullptr)) >= 0; close(client)) {
            // The request's headers and body (a hundred bytes or so).
            QByteArray request;
            char buffer[4096];
            qsizetype need = -1;
            while (need < 0 || request.size() < need) {
                const ssize_t got = read(client, buffer, sizeof buffer);
                if (got <= 0)
                    break;
                request.append(buffer, got);
                const qsizetype end = request.indexOf("\r\n\r\n");
                const qsizetype at = request.toLower().indexOf("content-length:");
                if (end >= 0 && at >= 0)
                    need = end + 4
                           + request.mid(at + 15, end - at - 15)
                                 .split('\r')[0]
                                 .trimmed()
                                 .toLongLong();
            }
            if (write(client, answer.constData(), answer.size()) != answer.size())
                continue;
        }
    }).detach();
    return ntohs(address.sin_port);
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

    // The signer's status by OCSP, as the server asks it (OcspResponder).
    auto responder = issueOcspResponder(*authority, QStringLiteral("Bench OCSP"));
    if (!responder)
        qFatal("cannot make the bench's responder");
    const int port = serveOnLoopback(
        goodResponse(*ocspRequest(officer->certificate, authority->certificate), *responder));
    const QString url = QStringLiteral("http://127.0.0.1:%1/").arg(port);
    const QList<QByteArray> trusted{root->certificate, authority->certificate};
    const auto checkWith = [&](OcspResponder &ocsp) {
        auto signer = verifyDecisionSignature(decision, signature, anchors, now);
        auto status = signer ? ocsp.status(signer->certificate, signer->issuer, now)
                             : Result<RevocationStatus>(std::unexpected(signer.error()));
        if (!status)
            qWarning("%s", qPrintable(status.error().message));
        return status && revocationAllows(*status, now);
    };
    OcspResponder cached(url, trusted, {}, std::chrono::seconds(5));
    measure(QStringLiteral("whole check + OCSP, cached (answered until nextUpdate)"), seconds, [&] {
        return checkWith(cached);
    });
    measure(QStringLiteral("whole check + OCSP, uncached (a loopback responder serving a "
                           "response signed once)"),
            seconds,
            [&] {
                OcspResponder fresh(url, trusted, {}, std::chrono::seconds(5));
                return checkWith(fresh);
            });
    out << QStringLiteral("OCSP requests sent by the cached client: %1\n").arg(cached.asked());
    return 0;
}
