#include "core/security/signatures.h"
#include "core/security/timestamps.h"

#include <QCryptographicHash>
#include <QFile>
#include <QLocale>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Kezek;

// A decision's signature carries a TSA's word for when it existed: what Kezek's
// TSA issues, openssl accepts; what openssl's TSA issues, Kezek accepts; and a
// token from a stranger, over other bytes, or altered, is refused by its own
// code.
class TestTimestamps : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void aStampedSignatureCarriesTheAuthoritysTime();
    void aSignatureSignedOfflineCarriesNoToken();
    void aStampedSignatureStillVerifiesForKezekAndOpenssl();
    void theRequestAsksForSha256ANonceAndTheCertificate();
    void opensslVerifiesWhatKezeksAuthorityIssues();
    void opensslsRequestsAndOpensslsAuthorityWorkWithKezek();
    void anAuthorityUnderAnIntermediateIsTrustedThroughIt();
    void aTokenFromAnUntrustedAuthorityIsRefused();
    void aTokenOverOtherBytesDoesNotCoverTheSignature();
    void aChangedTokenIsInvalid_data();
    void aChangedTokenIsInvalid();
    void aRejectedRequestGivesNoToken();
    void anOfficersKeyCannotIssueTimestamps();
    void garbageIsMalformedWithItsOwnCode();

private:
    struct Run
    {
        int exitCode = -1;
        QString output;
    };
    Run openssl(const QStringList &arguments) const;
    bool write(const QString &name, const QByteArray &bytes) const;
    QString path(const QString &name) const { return m_dir.filePath(name); }
    Result<QByteArray> stamp(const QByteArray &data, const PemPair &tsa, quint64 serial = 1) const;

    QString m_openssl;
    QTemporaryDir m_dir;
    PemPair m_root; // the site's PKI root, which issued its TSA's certificate
    PemPair m_tsa;
    PemPair m_authority; // issues officers' signing certificates
    PemPair m_officer;
    const QByteArray m_decision = R"({"caseId":"c-1","type":"grant-final","payload":{}})";
    // An hour from now, to the second: within the TSA certificate's validity
    // (a token is checked at its own time), and fixed for the whole run.
    const QDateTime m_at = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch() + 3600,
                                                         QTimeZone::utc());
};

void TestTimestamps::initTestCase()
{
    m_openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    QVERIFY2(!m_openssl.isEmpty(), "the openssl command (scripts/test.sh installs it)");
    QVERIFY(m_dir.isValid());
    auto root = makeCertificateAuthority(QStringLiteral("Test PKI root"));
    QVERIFY(root);
    m_root = *root;
    auto tsa = makeTimestampAuthority(m_root, QStringLiteral("Test TSA"));
    QVERIFY2(tsa, qPrintable(tsa ? QString() : tsa.error().message));
    m_tsa = *tsa;
    auto authority = makeCertificateAuthority(QStringLiteral("Test signing authority"));
    QVERIFY(authority);
    m_authority = *authority;
    auto officer = issueSigningCertificate(
        m_authority, QStringLiteral("Айгерім Сейітқызы"), QStringLiteral("850312410006"));
    QVERIFY(officer);
    m_officer = *officer;
}

TestTimestamps::Run TestTimestamps::openssl(const QStringList &arguments) const
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(m_openssl, arguments);
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished(5000);
        return {-1, QStringLiteral("openssl did not finish in 30 s")};
    }
    const int code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return {code, QString::fromUtf8(process.readAll())};
}

bool TestTimestamps::write(const QString &name, const QByteArray &bytes) const
{
    QFile file(path(name));
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

Result<QByteArray>
TestTimestamps::stamp(const QByteArray &data, const PemPair &tsa, quint64 serial) const
{
    auto request = timestampRequest(data);
    if (!request)
        return request;
    auto response = issueTimestamp(*request, tsa, m_at, serial);
    if (!response)
        return response;
    return tokenOfResponse(*response);
}

static QString messageOf(const auto &result)
{
    return result ? QString() : result.error().code + u": " + result.error().message;
}

void TestTimestamps::aStampedSignatureCarriesTheAuthoritysTime()
{
    // The workstation's online signing: sign, stamp the signature's value,
    // put the token in; the server reads it back and believes the TSA's time.
    auto signature = signDetached(m_decision, m_officer);
    QVERIFY(signature);
    auto value = signatureValue(*signature);
    QVERIFY(value);
    QVERIFY(!value->isEmpty());
    auto token = stamp(*value, m_tsa);
    QVERIFY2(token, qPrintable(messageOf(token)));
    auto stamped = addSignatureTimestamp(*signature, *token);
    QVERIFY2(stamped, qPrintable(messageOf(stamped)));

    auto carried = signatureTimestampToken(*stamped);
    QVERIFY(carried);
    QVERIFY(carried->has_value());
    QCOMPARE(**carried, *token);
    // Stamping does not change what was signed, so the covered bytes stay.
    QCOMPARE(signatureValue(*stamped).value(), *value);

    const auto time = verifyTimestampToken(**carried, *value, {m_root.certificate});
    QVERIFY2(time, qPrintable(messageOf(time)));
    QCOMPARE(time->at, m_at);
    QVERIFY2(time->tsaSubject.contains(u"CN=Test TSA"), qPrintable(time->tsaSubject));
    QVERIFY(sameKey(time->tsaCertificate, m_tsa.certificate));

    // A site may trust its TSA's certificate itself rather than the root.
    const auto direct = verifyTimestampToken(**carried, *value, {m_tsa.certificate});
    QVERIFY2(direct, qPrintable(messageOf(direct)));
    QCOMPARE(direct->at, m_at);

    // One signature, one signature timestamp.
    const auto again = addSignatureTimestamp(*stamped, *token);
    QVERIFY(!again);
    QCOMPARE(again.error().code, QStringLiteral("timestamp.already-present"));
}

void TestTimestamps::aSignatureSignedOfflineCarriesNoToken()
{
    auto signature = signDetached(m_decision, m_officer);
    QVERIFY(signature);
    const auto carried = signatureTimestampToken(*signature);
    QVERIFY(carried);
    QVERIFY(!carried->has_value());
}

void TestTimestamps::aStampedSignatureStillVerifiesForKezekAndOpenssl()
{
    auto signature = signDetached(m_decision, m_officer);
    QVERIFY(signature);
    auto token = stamp(signatureValue(*signature).value(), m_tsa);
    QVERIFY(token);
    auto stamped = addSignatureTimestamp(*signature, *token);
    QVERIFY(stamped);
    QVERIFY(*stamped != *signature);

    auto signer = verifyDetached(m_decision, *stamped, m_authority.certificate);
    QVERIFY2(signer, qPrintable(messageOf(signer)));
    QVERIFY(sameKey(*signer, m_officer.certificate));
    const auto altered
        = verifyDetached(QByteArray(m_decision).replace("grant-final", "refuse-final"),
                         *stamped,
                         m_authority.certificate);
    QVERIFY(!altered);
    QCOMPARE(altered.error().code, QStringLiteral("signature.invalid"));

    QVERIFY(write(QStringLiteral("decision.json"), m_decision));
    QVERIFY(write(QStringLiteral("stamped.p7s"), *stamped));
    QVERIFY(write(QStringLiteral("authority.pem"), m_authority.certificate));
    const Run cms = openssl({QStringLiteral("cms"),
                             QStringLiteral("-verify"),
                             QStringLiteral("-binary"),
                             QStringLiteral("-inform"),
                             QStringLiteral("DER"),
                             QStringLiteral("-in"),
                             path(QStringLiteral("stamped.p7s")),
                             QStringLiteral("-content"),
                             path(QStringLiteral("decision.json")),
                             QStringLiteral("-CAfile"),
                             path(QStringLiteral("authority.pem")),
                             QStringLiteral("-out"),
                             QStringLiteral("/dev/null")});
    QVERIFY2(cms.exitCode == 0, qPrintable(cms.output));
    QVERIFY(cms.output.contains(QStringLiteral("Verification successful")));

    // Where CAdES-T puts it: an unsigned attribute of the SignerInfo.
    const Run print = openssl({QStringLiteral("cms"),
                               QStringLiteral("-cmsout"),
                               QStringLiteral("-print"),
                               QStringLiteral("-inform"),
                               QStringLiteral("DER"),
                               QStringLiteral("-in"),
                               path(QStringLiteral("stamped.p7s"))});
    QVERIFY2(print.exitCode == 0, qPrintable(print.output));
    const qsizetype unsignedAt = print.output.indexOf(QStringLiteral("unsignedAttrs:"));
    QVERIFY2(unsignedAt >= 0, qPrintable(print.output));
    QVERIFY2(print.output.indexOf(QStringLiteral("1.2.840.113549.1.9.16.2.14"), unsignedAt) > 0,
             qPrintable(print.output.mid(unsignedAt)));

    // And openssl agrees the carried token stamps the signature's value.
    QVERIFY(write(QStringLiteral("value.bin"), signatureValue(*stamped).value()));
    QVERIFY(write(QStringLiteral("token.der"), signatureTimestampToken(*stamped).value().value()));
    QVERIFY(write(QStringLiteral("root.pem"), m_root.certificate));
    const Run ts = openssl({QStringLiteral("ts"),
                            QStringLiteral("-verify"),
                            QStringLiteral("-token_in"),
                            QStringLiteral("-in"),
                            path(QStringLiteral("token.der")),
                            QStringLiteral("-data"),
                            path(QStringLiteral("value.bin")),
                            QStringLiteral("-CAfile"),
                            path(QStringLiteral("root.pem"))});
    QVERIFY2(ts.exitCode == 0, qPrintable(ts.output));
}

void TestTimestamps::theRequestAsksForSha256ANonceAndTheCertificate()
{
    auto first = timestampRequest(m_decision);
    auto second = timestampRequest(m_decision);
    QVERIFY(first && second);
    // The nonce differs, so the same data gives different requests.
    QVERIFY(*first != *second);
    QVERIFY(write(QStringLiteral("request.tsq"), *first));
    const Run text = openssl({QStringLiteral("ts"),
                              QStringLiteral("-query"),
                              QStringLiteral("-in"),
                              path(QStringLiteral("request.tsq")),
                              QStringLiteral("-text")});
    QVERIFY2(text.exitCode == 0, qPrintable(text.output));
    QVERIFY2(text.output.contains(QStringLiteral("Hash Algorithm: sha256")),
             qPrintable(text.output));
    QVERIFY2(text.output.contains(QStringLiteral("Certificate required: yes")),
             qPrintable(text.output));
    QVERIFY2(!text.output.contains(QStringLiteral("Nonce: unspecified")), qPrintable(text.output));
    const QByteArray digest = QCryptographicHash::hash(m_decision, QCryptographicHash::Sha256);
    // openssl prints the imprint as "xx xx xx ..." in rows of sixteen.
    QVERIFY2(text.output.contains(QString::fromLatin1(digest.left(8).toHex(' '))),
             qPrintable(text.output));
}

void TestTimestamps::opensslVerifiesWhatKezeksAuthorityIssues()
{
    // The server's archive timestamp must hold up outside Kezek too.
    auto request = timestampRequest(m_decision);
    QVERIFY(request);
    auto response = issueTimestamp(*request, m_tsa, m_at, 4242);
    QVERIFY2(response, qPrintable(messageOf(response)));
    QVERIFY(write(QStringLiteral("decision.json"), m_decision));
    QVERIFY(write(QStringLiteral("other.json"), QByteArray(m_decision).replace("c-1", "c-2")));
    QVERIFY(write(QStringLiteral("response.tsr"), *response));
    QVERIFY(write(QStringLiteral("root.pem"), m_root.certificate));
    auto verify = [&](const QString &data) {
        return openssl({QStringLiteral("ts"),
                        QStringLiteral("-verify"),
                        QStringLiteral("-in"),
                        path(QStringLiteral("response.tsr")),
                        QStringLiteral("-data"),
                        path(data),
                        QStringLiteral("-CAfile"),
                        path(QStringLiteral("root.pem"))});
    };
    const Run ok = verify(QStringLiteral("decision.json"));
    QVERIFY2(ok.exitCode == 0, qPrintable(ok.output));
    QVERIFY(ok.output.contains(QStringLiteral("Verification: OK")));
    QVERIFY(verify(QStringLiteral("other.json")).exitCode != 0);

    const Run text = openssl({QStringLiteral("ts"),
                              QStringLiteral("-reply"),
                              QStringLiteral("-in"),
                              path(QStringLiteral("response.tsr")),
                              QStringLiteral("-text")});
    QVERIFY2(text.exitCode == 0, qPrintable(text.output));
    // As openssl prints it: "Mar  2 09:30:15 2026 GMT".
    const QString printed = QLocale::c().toString(m_at, QStringLiteral("MMM")) + u' '
                            + QString::number(m_at.date().day()).rightJustified(2, u' ') + u' '
                            + m_at.toString(QStringLiteral("HH:mm:ss yyyy"))
                            + QStringLiteral(" GMT");
    QVERIFY2(text.output.contains(QStringLiteral("Time stamp: ") + printed),
             qPrintable(text.output));
    QVERIFY2(text.output.contains(QString::fromLatin1(kezekTimestampPolicy)),
             qPrintable(text.output));
    QVERIFY2(text.output.contains(QStringLiteral("Serial number: 0x1092")),
             qPrintable(text.output));
}

void TestTimestamps::opensslsRequestsAndOpensslsAuthorityWorkWithKezek()
{
    // The site's TSA is not Kezek: a request made by openssl is answered by
    // Kezek's TSA, and a token from openssl's TSA verifies in Kezek.
    QVERIFY(write(QStringLiteral("decision.json"), m_decision));
    QVERIFY(write(QStringLiteral("root.pem"), m_root.certificate));
    QVERIFY(write(QStringLiteral("tsa.pem"), m_tsa.certificate));
    QVERIFY(write(QStringLiteral("tsa.key"), m_tsa.privateKey));
    QVERIFY(write(QStringLiteral("serial"), "7F\n"));
    const Run query = openssl({QStringLiteral("ts"),
                               QStringLiteral("-query"),
                               QStringLiteral("-data"),
                               path(QStringLiteral("decision.json")),
                               QStringLiteral("-sha256"),
                               QStringLiteral("-cert"),
                               QStringLiteral("-out"),
                               path(QStringLiteral("openssl.tsq"))});
    QVERIFY2(query.exitCode == 0, qPrintable(query.output));
    QFile requestFile(path(QStringLiteral("openssl.tsq")));
    QVERIFY(requestFile.open(QIODevice::ReadOnly));
    const QByteArray request = requestFile.readAll();

    auto ours = issueTimestamp(request, m_tsa, m_at, 7);
    QVERIFY2(ours, qPrintable(messageOf(ours)));
    QVERIFY(write(QStringLiteral("ours.tsr"), *ours));
    // -queryfile: openssl also checks that the nonce is the one it sent.
    const Run checked = openssl({QStringLiteral("ts"),
                                 QStringLiteral("-verify"),
                                 QStringLiteral("-queryfile"),
                                 path(QStringLiteral("openssl.tsq")),
                                 QStringLiteral("-in"),
                                 path(QStringLiteral("ours.tsr")),
                                 QStringLiteral("-CAfile"),
                                 path(QStringLiteral("root.pem"))});
    QVERIFY2(checked.exitCode == 0, qPrintable(checked.output));

    const QByteArray config = "[ tsa_section ]\n"
                              "serial = "
                              + path(QStringLiteral("serial")).toUtf8()
                              + "\n"
                                "signer_cert = "
                              + path(QStringLiteral("tsa.pem")).toUtf8()
                              + "\n"
                                "signer_key = "
                              + path(QStringLiteral("tsa.key")).toUtf8()
                              + "\n"
                                "signer_digest = sha256\n"
                                "default_policy = 1.2.3.4.1\n"
                                "digests = sha256, sha384\n"
                                "accuracy = secs:1\n"
                                "ordering = no\n"
                                "tsa_name = yes\n"
                                "ess_cert_id_chain = no\n"
                                "ess_cert_id_alg = sha256\n";
    QVERIFY(write(QStringLiteral("tsa.cnf"), config));
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-2);
    const Run reply = openssl({QStringLiteral("ts"),
                               QStringLiteral("-reply"),
                               QStringLiteral("-config"),
                               path(QStringLiteral("tsa.cnf")),
                               QStringLiteral("-section"),
                               QStringLiteral("tsa_section"),
                               QStringLiteral("-queryfile"),
                               path(QStringLiteral("openssl.tsq")),
                               QStringLiteral("-out"),
                               path(QStringLiteral("openssl.tsr"))});
    QVERIFY2(reply.exitCode == 0, qPrintable(reply.output));
    QFile responseFile(path(QStringLiteral("openssl.tsr")));
    QVERIFY(responseFile.open(QIODevice::ReadOnly));
    auto token = tokenOfResponse(responseFile.readAll());
    QVERIFY2(token, qPrintable(messageOf(token)));
    const auto time = verifyTimestampToken(*token, m_decision, {m_root.certificate});
    QVERIFY2(time, qPrintable(messageOf(time)));
    QVERIFY(time->at >= before);
    QVERIFY(time->at <= QDateTime::currentDateTimeUtc().addSecs(2));
    QVERIFY(time->tsaSubject.contains(u"CN=Test TSA"));
    const auto other = verifyTimestampToken(*token, "other bytes", {m_root.certificate});
    QVERIFY(!other);
    QCOMPARE(other.error().code, QStringLiteral("timestamp.not-covering"));
}

void TestTimestamps::anAuthorityUnderAnIntermediateIsTrustedThroughIt()
{
    // A PKI with an issuing CA between the root and the TSA, made by openssl.
    QVERIFY(write(QStringLiteral("root.pem"), m_root.certificate));
    QVERIFY(write(QStringLiteral("root.key"), m_root.privateKey));
    QVERIFY(write(QStringLiteral("ca.ext"),
                  "basicConstraints = critical,CA:TRUE\n"
                  "keyUsage = critical,keyCertSign,cRLSign\n"
                  "subjectKeyIdentifier = hash\n"
                  "authorityKeyIdentifier = keyid\n"));
    const Run request = openssl({QStringLiteral("req"),
                                 QStringLiteral("-new"),
                                 QStringLiteral("-newkey"),
                                 QStringLiteral("ec"),
                                 QStringLiteral("-pkeyopt"),
                                 QStringLiteral("ec_paramgen_curve:P-256"),
                                 QStringLiteral("-nodes"),
                                 QStringLiteral("-subj"),
                                 QStringLiteral("/CN=Test issuing CA"),
                                 QStringLiteral("-keyout"),
                                 path(QStringLiteral("issuing.key")),
                                 QStringLiteral("-out"),
                                 path(QStringLiteral("issuing.csr"))});
    QVERIFY2(request.exitCode == 0, qPrintable(request.output));
    const Run issue = openssl({QStringLiteral("x509"),
                               QStringLiteral("-req"),
                               QStringLiteral("-in"),
                               path(QStringLiteral("issuing.csr")),
                               QStringLiteral("-CA"),
                               path(QStringLiteral("root.pem")),
                               QStringLiteral("-CAkey"),
                               path(QStringLiteral("root.key")),
                               QStringLiteral("-set_serial"),
                               QStringLiteral("1001"),
                               QStringLiteral("-days"),
                               QStringLiteral("30"),
                               QStringLiteral("-extfile"),
                               path(QStringLiteral("ca.ext")),
                               QStringLiteral("-out"),
                               path(QStringLiteral("issuing.pem"))});
    QVERIFY2(issue.exitCode == 0, qPrintable(issue.output));
    QFile certificate(path(QStringLiteral("issuing.pem")));
    QFile key(path(QStringLiteral("issuing.key")));
    QVERIFY(certificate.open(QIODevice::ReadOnly) && key.open(QIODevice::ReadOnly));
    const PemPair issuing{certificate.readAll(), key.readAll()};
    auto tsa = makeTimestampAuthority(issuing, QStringLiteral("Test TSA under an issuing CA"));
    QVERIFY(tsa);
    auto token = stamp(m_decision, *tsa);
    QVERIFY(token);

    const auto through
        = verifyTimestampToken(*token, m_decision, {m_root.certificate}, {issuing.certificate});
    QVERIFY2(through, qPrintable(messageOf(through)));
    QCOMPARE(through->at, m_at);
    // Without the issuing CA's certificate there is no way to the root.
    const auto stuck = verifyTimestampToken(*token, m_decision, {m_root.certificate});
    QVERIFY(!stuck);
    QCOMPARE(stuck.error().code, QStringLiteral("timestamp.untrusted-tsa"));
}

void TestTimestamps::aTokenFromAnUntrustedAuthorityIsRefused()
{
    // Anyone can run a TSA and claim a time; only the site's counts.
    auto strangerRoot = makeCertificateAuthority(QStringLiteral("Test PKI root"));
    QVERIFY(strangerRoot);
    auto stranger = makeTimestampAuthority(*strangerRoot, QStringLiteral("Test TSA"));
    QVERIFY(stranger);
    auto token = stamp(m_decision, *stranger);
    QVERIFY(token);
    const auto verdict = verifyTimestampToken(*token, m_decision, {m_root.certificate});
    QVERIFY(!verdict);
    QCOMPARE(verdict.error().code, QStringLiteral("timestamp.untrusted-tsa"));
    QVERIFY(verifyTimestampToken(*token, m_decision, {strangerRoot->certificate}));
}

void TestTimestamps::aTokenOverOtherBytesDoesNotCoverTheSignature()
{
    auto signature = signDetached(m_decision, m_officer);
    auto colleagues = signDetached(QByteArray(m_decision).replace("c-1", "c-2"), m_officer);
    QVERIFY(signature && colleagues);
    // A genuine token, for another decision's signature.
    auto token = stamp(signatureValue(*colleagues).value(), m_tsa);
    QVERIFY(token);

    const auto verdict
        = verifyTimestampToken(*token, signatureValue(*signature).value(), {m_root.certificate});
    QVERIFY(!verdict);
    QCOMPARE(verdict.error().code, QStringLiteral("timestamp.not-covering"));
    // Nor can it be put into this signature.
    const auto added = addSignatureTimestamp(*signature, *token);
    QVERIFY(!added);
    QCOMPARE(added.error().code, QStringLiteral("timestamp.not-covering"));
    // A stamp over the decision's text rather than its signature covers the
    // wrong bytes as well.
    auto overText = stamp(m_decision, m_tsa);
    QVERIFY(overText);
    QCOMPARE(addSignatureTimestamp(*signature, *overText).error().code,
             QStringLiteral("timestamp.not-covering"));
}

void TestTimestamps::aChangedTokenIsInvalid_data()
{
    QTest::addColumn<QByteArray>("from");
    QTest::addColumn<QByteArray>("to");
    QTest::addColumn<bool>("lastByte");
    // Backdating a decision by an hour: the genTime, as written in the token.
    QTest::newRow("genTime an hour earlier")
        << m_at.toString(QStringLiteral("yyyyMMddHHmmss'Z'")).toLatin1()
        << m_at.addSecs(-3600).toString(QStringLiteral("yyyyMMddHHmmss'Z'")).toLatin1() << false;
    QTest::newRow("signature's last byte") << QByteArray() << QByteArray() << true;
}

void TestTimestamps::aChangedTokenIsInvalid()
{
    QFETCH(QByteArray, from);
    QFETCH(QByteArray, to);
    QFETCH(bool, lastByte);
    auto token = stamp(m_decision, m_tsa);
    QVERIFY(token);
    QByteArray changed = *token;
    if (lastByte) {
        changed[changed.size() - 1] = static_cast<char>(changed.back() ^ 0x01);
    } else {
        QCOMPARE(changed.count(from), 1);
        changed.replace(from, to);
    }
    QVERIFY(changed != *token);
    const auto verdict = verifyTimestampToken(changed, m_decision, {m_root.certificate});
    QVERIFY(!verdict);
    QCOMPARE(verdict.error().code, QStringLiteral("timestamp.invalid"));
}

void TestTimestamps::aRejectedRequestGivesNoToken()
{
    // Kezek's TSA answers SHA-1 requests with a rejection, as RFC 3161 asks,
    // and the TSA's reason reaches the person.
    QVERIFY(write(QStringLiteral("decision.json"), m_decision));
    const Run query = openssl({QStringLiteral("ts"),
                               QStringLiteral("-query"),
                               QStringLiteral("-data"),
                               path(QStringLiteral("decision.json")),
                               QStringLiteral("-sha1"),
                               QStringLiteral("-cert"),
                               QStringLiteral("-out"),
                               path(QStringLiteral("sha1.tsq"))});
    QVERIFY2(query.exitCode == 0, qPrintable(query.output));
    QFile requestFile(path(QStringLiteral("sha1.tsq")));
    QVERIFY(requestFile.open(QIODevice::ReadOnly));
    auto response = issueTimestamp(requestFile.readAll(), m_tsa, m_at, 9);
    QVERIFY2(response, qPrintable(messageOf(response)));

    QVERIFY(write(QStringLiteral("rejected.tsr"), *response));
    const Run text = openssl({QStringLiteral("ts"),
                              QStringLiteral("-reply"),
                              QStringLiteral("-in"),
                              path(QStringLiteral("rejected.tsr")),
                              QStringLiteral("-text")});
    QVERIFY2(text.output.contains(QStringLiteral("Rejected")), qPrintable(text.output));

    const auto token = tokenOfResponse(*response);
    QVERIFY(!token);
    QCOMPARE(token.error().code, QStringLiteral("timestamp.rejected"));
    QVERIFY2(token.error().message.contains(QStringLiteral("algorithm is not supported")),
             qPrintable(token.error().message));
}

void TestTimestamps::anOfficersKeyCannotIssueTimestamps()
{
    auto request = timestampRequest(m_decision);
    QVERIFY(request);
    const auto response = issueTimestamp(*request, m_officer, m_at, 1);
    QVERIFY(!response);
    QCOMPARE(response.error().code, QStringLiteral("timestamp.not-a-tsa"));
}

void TestTimestamps::garbageIsMalformedWithItsOwnCode()
{
    QCOMPARE(issueTimestamp("not a request", m_tsa, m_at, 1).error().code,
             QStringLiteral("timestamp.malformed-request"));
    QCOMPARE(tokenOfResponse("not a response").error().code, QStringLiteral("timestamp.malformed"));
    QCOMPARE(verifyTimestampToken("not a token", m_decision, {m_root.certificate}).error().code,
             QStringLiteral("timestamp.malformed"));
    // A CMS signature is not a timestamp token, though both are SignedData.
    auto signature = signDetached(m_decision, m_officer);
    QVERIFY(signature);
    QCOMPARE(verifyTimestampToken(*signature, m_decision, {m_root.certificate}).error().code,
             QStringLiteral("timestamp.malformed"));
    QCOMPARE(signatureTimestampToken("not a signature").error().code,
             QStringLiteral("signature.malformed"));
}

QTEST_GUILESS_MAIN(TestTimestamps)
#include "tst_timestamps.moc"
