#include "core/security/opensslsupport.h"
#include "core/security/revocation.h"
#include "core/security/signatures.h"

#include <openssl/ocsp.h>
#include <openssl/pem.h>
#include <openssl/x509v3.h>

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Kezek;
using namespace std::chrono_literals;

Q_DECLARE_METATYPE(Kezek::PemPair)

namespace {

QDateTime utc(int year, int month, int day, int hour = 0, int minute = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), QTimeZone::utc());
}

// The revoked officer's revocation, as the certification centre records it.
const QDateTime revokedOn = utc(2025, 3, 1, 8, 30);
// A week's CRL of the demo authority, for the checks that take `now` in.
const QDateTime crlThisUpdate = utc(2026, 5, 1);
const QDateTime crlNextUpdate = utc(2026, 5, 8);

struct Run
{
    int exitCode = -1;
    QString output; // stdout and stderr
};

// The openssl command, bounded in time.
Run openssl(const QStringList &arguments, const QString &workingDirectory)
{
    QProcess process;
    process.setWorkingDirectory(workingDirectory);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStandardPaths::findExecutable(QStringLiteral("openssl")), arguments);
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished(5000);
        return {};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAll())};
}

bool write(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    QFile file(dir.filePath(name));
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QByteArray read(const QTemporaryDir &dir, const QString &name)
{
    QFile file(dir.filePath(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// A responder certificate issued by `authority`, with the given extended key
// usage (none when empty).
PemPair responderCertificate(const PemPair &authority, const QString &name, const QByteArray &usage)
{
    const OpenSsl::Bio certificateBio = OpenSsl::memoryBio(authority.certificate);
    const OpenSsl::Bio keyBio = OpenSsl::memoryBio(authority.privateKey);
    const OpenSsl::Certificate issuer(
        PEM_read_bio_X509(certificateBio.get(), nullptr, nullptr, nullptr));
    const OpenSsl::Key key(PEM_read_bio_PrivateKey(keyBio.get(), nullptr, nullptr, nullptr));
    QList<std::pair<int, QByteArray>> extensions{{NID_basic_constraints, "critical,CA:FALSE"},
                                                 {NID_key_usage, "critical,digitalSignature"}};
    if (!usage.isEmpty())
        extensions.append({NID_ext_key_usage, usage});
    const auto made = OpenSsl::makeCertificate(name, 30, issuer.get(), key.get(), extensions);
    return made ? *made : PemPair{};
}

// One line of OpenSSL's CA database, which `openssl ocsp -index` answers from.
QByteArray indexLine(const QByteArray &certificatePem, const QDateTime &revokedAt)
{
    const auto serial = serialOf(certificatePem);
    const QByteArray revoked = revokedAt.isValid()
                                   ? revokedAt.toUTC().toString(u"yyMMddHHmmss'Z'").toLatin1()
                                   : QByteArray();
    return (revokedAt.isValid() ? "R" : "V") + QByteArray("\t491231235959Z\t") + revoked + '\t'
           + serial.value_or("00") + "\tunknown\t/CN=Officer\n";
}

// The CRL with one more critical extension, signed again by its issuer: a
// delta CRL (base CRL number 1) or one of an issuing distribution point.
QByteArray withExtension(const QByteArray &der, const PemPair &issuer, int nid)
{
    const unsigned char *bytes = reinterpret_cast<const unsigned char *>(der.constData());
    X509_CRL *crl = d2i_X509_CRL(nullptr, &bytes, long(der.size()));
    BIO *keyBio = BIO_new_mem_buf(issuer.privateKey.constData(), int(issuer.privateKey.size()));
    EVP_PKEY *key = PEM_read_bio_PrivateKey(keyBio, nullptr, nullptr, nullptr);
    ASN1_INTEGER *base = ASN1_INTEGER_new();
    ASN1_INTEGER_set(base, 1);
    ISSUING_DIST_POINT *point = ISSUING_DIST_POINT_new();
    point->onlyuser = 1;
    const int added = !crl                   ? 0
                      : nid == NID_delta_crl ? X509_CRL_add1_ext_i2d(crl, nid, base, 1, 0)
                                             : X509_CRL_add1_ext_i2d(crl, nid, point, 1, 0);
    QByteArray out;
    if (key && added == 1 && X509_CRL_sign(crl, key, EVP_sha256()) > 0) {
        unsigned char *written = nullptr;
        const int length = i2d_X509_CRL(crl, &written);
        out = QByteArray(reinterpret_cast<const char *>(written), length);
        OPENSSL_free(written);
    }
    ASN1_INTEGER_free(base);
    ISSUING_DIST_POINT_free(point);
    EVP_PKEY_free(key);
    BIO_free(keyBio);
    X509_CRL_free(crl);
    return out;
}

QByteArray flipLastByte(QByteArray bytes)
{
    bytes[bytes.size() - 1] = static_cast<char>(bytes.at(bytes.size() - 1) ^ 0x01);
    return bytes;
}

QString messageOf(const Result<RevocationStatus> &status)
{
    return status ? QString() : status.error().code + u": " + status.error().message;
}

} // namespace

// An officer whose signing certificate was revoked cannot sign a decision
// after the revocation; what the server relied on is kept and checks again
// years later without the network. The CRLs and OCSP responses are the
// authority's, so the openssl command makes and checks them here.
class TestRevocation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void opensslAcceptsTheCrlAndRefusesTheRevokedCertificate();
    void aCrlSaysWhetherTheCertificateIsRevoked_data();
    void aCrlSaysWhetherTheCertificateIsRevoked();
    void aKeptCrlChecksAgainLaterWithoutTheNetwork();
    void aFetchedCrlIsCachedByItsOwnTimes();
    void aRevocationRefusesOnlyActsSignedAfterIt_data();
    void aRevocationRefusesOnlyActsSignedAfterIt();
    void theRealResponderSaysGoodOrRevokedWithItsTime();
    void theIssuerMayAnswerForItself();
    void onlyAResponderTheIssuerAuthorisedIsBelieved_data();
    void onlyAResponderTheIssuerAuthorisedIsBelieved();
    void aResponderTheSiteTrustsIsBelieved();
    void theDemoResponderIsAuthorisedAndNoAuthority();
    void aResponseAboutAnotherCertificateIsRefused();
    void aCertificateTheResponderDoesNotKnowIsNotGood();
    void aResponderThatDidNotAnswerIsRefused();
    void anOldResponseIsRefused();
    void anIssuerOutsideTheTrustedAuthoritiesIsRefused();
    void aKeptResponseChecksAgainLaterWithoutTheNetwork();

private:
    // The response of the real responder (`openssl ocsp -index`), signed by
    // `signer`, to ocspRequest() for `certificate`.
    QByteArray respond(const QByteArray &certificate,
                       const PemPair &signer,
                       const QStringList &options
                       = {QStringLiteral("-ndays"), QStringLiteral("1")});

    PemPair m_authority;
    PemPair m_officer;
    PemPair m_revokedOfficer;
    PemPair m_unlistedOfficer;
    PemPair m_responder;
    PemPair m_stranger; // another authority
    QByteArray m_crl;
};

void TestRevocation::initTestCase()
{
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty(),
             "the openssl command (scripts/test.sh installs it)");
    auto authority = makeCertificateAuthority(QStringLiteral("Test authority"));
    QVERIFY(authority);
    m_authority = *authority;
    auto officer = issueSigningCertificate(
        m_authority, QStringLiteral("Айгерім Сейітқызы"), QStringLiteral("850312410006"));
    auto revoked = issueSigningCertificate(
        m_authority, QStringLiteral("Ерлан Болатұлы"), QStringLiteral("880721310009"));
    auto unlisted = issueSigningCertificate(
        m_authority, QStringLiteral("Дана Серікқызы"), QStringLiteral("900105310006"));
    auto stranger = makeCertificateAuthority(QStringLiteral("Someone else"));
    QVERIFY(officer && revoked && unlisted && stranger);
    m_officer = *officer;
    m_revokedOfficer = *revoked;
    m_unlistedOfficer = *unlisted;
    m_stranger = *stranger;
    m_responder = responderCertificate(m_authority, QStringLiteral("Test OCSP"), "OCSPSigning");
    QVERIFY(!m_responder.certificate.isEmpty());
    auto serial = serialOf(m_revokedOfficer.certificate);
    QVERIFY(serial);
    auto crl = makeCrl(m_authority, {{*serial, revokedOn}}, crlThisUpdate, crlNextUpdate);
    QVERIFY2(crl, qPrintable(crl ? QString() : crl.error().message));
    m_crl = *crl;
}

QByteArray TestRevocation::respond(const QByteArray &certificate,
                                   const PemPair &signer,
                                   const QStringList &options)
{
    // The responder reads the request from a file and writes its answer to
    // one: the same code that serves HTTP, without a socket. OpenSSL 3.0's
    // `-port` listens on every interface, which a test must not do.
    QTemporaryDir dir;
    const auto request = ocspRequest(certificate, m_authority.certificate);
    if (!request
        || !write(dir,
                  QStringLiteral("index.txt"),
                  indexLine(m_officer.certificate, {})
                      + indexLine(m_revokedOfficer.certificate, revokedOn))
        || !write(dir, QStringLiteral("ca.pem"), m_authority.certificate)
        || !write(dir, QStringLiteral("responder.pem"), signer.certificate)
        || !write(dir, QStringLiteral("responder-key.pem"), signer.privateKey)
        || !write(dir, QStringLiteral("request.der"), *request)) {
        return {};
    }
    const Run run = openssl(QStringList{QStringLiteral("ocsp"),
                                        QStringLiteral("-index"),
                                        QStringLiteral("index.txt"),
                                        QStringLiteral("-rsigner"),
                                        QStringLiteral("responder.pem"),
                                        QStringLiteral("-rkey"),
                                        QStringLiteral("responder-key.pem"),
                                        QStringLiteral("-CA"),
                                        QStringLiteral("ca.pem"),
                                        QStringLiteral("-reqin"),
                                        QStringLiteral("request.der"),
                                        QStringLiteral("-respout"),
                                        QStringLiteral("response.der")}
                                + options,
                            dir.path());
    if (run.exitCode != 0)
        qWarning("openssl ocsp: %s", qPrintable(run.output));
    return run.exitCode == 0 ? read(dir, QStringLiteral("response.der")) : QByteArray();
}

void TestRevocation::opensslAcceptsTheCrlAndRefusesTheRevokedCertificate()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto serial = serialOf(m_revokedOfficer.certificate);
    QVERIFY(serial);
    auto crl = makeCrl(m_authority, {{*serial, now.addDays(-1)}}, now.addSecs(-60), now.addDays(7));
    QVERIFY(crl);
    QTemporaryDir dir;
    QVERIFY(write(dir, QStringLiteral("crl.der"), *crl));
    QVERIFY(write(dir, QStringLiteral("ca.pem"), m_authority.certificate));
    QVERIFY(write(dir, QStringLiteral("officer.pem"), m_officer.certificate));
    QVERIFY(write(dir, QStringLiteral("revoked.pem"), m_revokedOfficer.certificate));

    const Run signature = openssl({QStringLiteral("crl"),
                                   QStringLiteral("-in"),
                                   QStringLiteral("crl.der"),
                                   QStringLiteral("-inform"),
                                   QStringLiteral("DER"),
                                   QStringLiteral("-CAfile"),
                                   QStringLiteral("ca.pem"),
                                   QStringLiteral("-noout"),
                                   QStringLiteral("-text")},
                                  dir.path());
    QVERIFY2(signature.exitCode == 0, qPrintable(signature.output));
    QVERIFY2(signature.output.contains(u"verify OK"), qPrintable(signature.output));
    QVERIFY(signature.output.contains(u"Version 2"));
    QVERIFY(signature.output.contains(u"X509v3 CRL Number"));
    // Signed with SHA-256 by the authority's RSA key, as НУЦ РК signs its CRLs.
    QVERIFY(signature.output.contains(u"Signature Algorithm: sha256WithRSAEncryption"));

    const Run pem = openssl({QStringLiteral("crl"),
                             QStringLiteral("-in"),
                             QStringLiteral("crl.der"),
                             QStringLiteral("-inform"),
                             QStringLiteral("DER"),
                             QStringLiteral("-out"),
                             QStringLiteral("crl.pem")},
                            dir.path());
    QVERIFY2(pem.exitCode == 0, qPrintable(pem.output));
    auto verify = [&](const QString &certificate) {
        return openssl({QStringLiteral("verify"),
                        QStringLiteral("-crl_check"),
                        QStringLiteral("-CAfile"),
                        QStringLiteral("ca.pem"),
                        QStringLiteral("-CRLfile"),
                        QStringLiteral("crl.pem"),
                        certificate},
                       dir.path());
    };
    const Run good = verify(QStringLiteral("officer.pem"));
    QVERIFY2(good.exitCode == 0, qPrintable(good.output));
    const Run revoked = verify(QStringLiteral("revoked.pem"));
    QVERIFY2(revoked.exitCode != 0, qPrintable(revoked.output));
    QVERIFY2(revoked.output.contains(u"certificate revoked"), qPrintable(revoked.output));
}

void TestRevocation::aCrlSaysWhetherTheCertificateIsRevoked_data()
{
    QTest::addColumn<QByteArray>("certificate");
    QTest::addColumn<QByteArray>("crl");
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<QString>("error");
    QTest::addColumn<bool>("revoked");

    auto impostor = makeCertificateAuthority(QStringLiteral("Test authority"));
    QVERIFY(impostor);
    auto impostorCrl = makeCrl(*impostor, {}, crlThisUpdate, crlNextUpdate);
    auto strangerCrl = makeCrl(m_stranger, {}, crlThisUpdate, crlNextUpdate);
    auto strangersOfficer = issueSigningCertificate(
        m_stranger, QStringLiteral("Айгерім"), QStringLiteral("850312410006"));
    QVERIFY(impostorCrl && strangerCrl && strangersOfficer);
    const QDateTime midweek = crlThisUpdate.addDays(3);
    const QByteArray &officer = m_officer.certificate;

    QTest::newRow("not listed") << officer << m_crl << midweek << QString() << false;
    QTest::newRow("listed") << m_revokedOfficer.certificate << m_crl << midweek << QString()
                            << true;
    QTest::newRow("listed, CRL in PEM")
        << m_revokedOfficer.certificate << crlPem(m_crl) << midweek << QString() << true;
    QTest::newRow("at thisUpdate") << officer << m_crl << crlThisUpdate << QString() << false;
    QTest::newRow("before thisUpdate")
        << officer << m_crl << crlThisUpdate.addSecs(-1) << u"revocation.crl-stale"_qs << false;
    QTest::newRow("at nextUpdate")
        << officer << m_crl << crlNextUpdate << u"revocation.crl-stale"_qs << false;
    QTest::newRow("a month later")
        << officer << m_crl << crlNextUpdate.addMonths(1) << u"revocation.crl-stale"_qs << false;
    QTest::newRow("another authority's CRL")
        << officer << *strangerCrl << midweek << u"revocation.crl-not-issuer"_qs << false;
    QTest::newRow("a CRL under the authority's name, another key")
        << officer << *impostorCrl << midweek << u"revocation.crl-not-issuer"_qs << false;
    QTest::newRow("an altered CRL")
        << officer << flipLastByte(m_crl) << midweek << u"revocation.crl-not-issuer"_qs << false;
    QTest::newRow("another authority's certificate")
        << strangersOfficer->certificate << m_crl << midweek << u"revocation.wrong-issuer"_qs
        << false;
    // A delta list, or one of a distribution point, is not the whole list.
    QTest::newRow("a delta CRL") << officer << withExtension(m_crl, m_authority, NID_delta_crl)
                                 << midweek << u"revocation.crl-partial"_qs << false;
    QTest::newRow("a distribution point's CRL")
        << officer << withExtension(m_crl, m_authority, NID_issuing_distribution_point) << midweek
        << u"revocation.crl-partial"_qs << false;
    QTest::newRow("garbage") << officer << QByteArray("<html>502 Bad Gateway</html>") << midweek
                             << u"revocation.malformed"_qs << false;
    QTest::newRow("half a CRL") << officer << m_crl.left(m_crl.size() / 2) << midweek
                                << u"revocation.malformed"_qs << false;
}

void TestRevocation::aCrlSaysWhetherTheCertificateIsRevoked()
{
    QFETCH(QByteArray, certificate);
    QFETCH(QByteArray, crl);
    QFETCH(QDateTime, now);
    QFETCH(QString, error);
    QFETCH(bool, revoked);

    const auto status = checkCrl(certificate, m_authority.certificate, crl, now);
    if (!error.isEmpty()) {
        QVERIFY(!status);
        QCOMPARE(status.error().code, error);
        QVERIFY(!status.error().message.isEmpty());
        return;
    }
    QVERIFY2(status, qPrintable(messageOf(status)));
    QCOMPARE(status->revoked, revoked);
    QCOMPARE(status->revokedAt, revoked ? revokedOn : QDateTime());
    QVERIFY(status->evidence.source == RevocationEvidence::Source::Crl);
    QCOMPARE(status->evidence.der, m_crl); // DER even when PEM came in
    QCOMPARE(status->evidence.producedAt, crlThisUpdate);
    QCOMPARE(status->evidence.nextUpdate, crlNextUpdate);
}

void TestRevocation::aKeptCrlChecksAgainLaterWithoutTheNetwork()
{
    const QDateTime decidedAt = crlThisUpdate.addDays(1);
    const auto status
        = checkCrl(m_revokedOfficer.certificate, m_authority.certificate, m_crl, decidedAt);
    QVERIFY2(status, qPrintable(messageOf(status)));
    // What the server's cache asks before fetching the CRL again.
    QVERIFY(stillCurrent(status->evidence, decidedAt));
    QVERIFY(stillCurrent(status->evidence, crlNextUpdate.addSecs(-1)));
    QVERIFY(!stillCurrent(status->evidence, crlNextUpdate));

    // An auditor later, from the kept bytes alone, within the CRL's week.
    const auto again = checkCrl(m_revokedOfficer.certificate,
                                m_authority.certificate,
                                status->evidence.der,
                                crlNextUpdate.addSecs(-1));
    QVERIFY2(again, qPrintable(messageOf(again)));
    QVERIFY(again->revoked);
    QCOMPARE(again->revokedAt, revokedOn);
    QCOMPARE(again->evidence.der, status->evidence.der);
}

void TestRevocation::aFetchedCrlIsCachedByItsOwnTimes()
{
    // Issue 28 part 2: the server keeps a fetched list until its nextUpdate,
    // read from the list before it knows whose certificate it will check.
    const auto evidence = crlEvidence(crlPem(m_crl));
    QVERIFY2(evidence, qPrintable(evidence ? QString() : evidence.error().message));
    QCOMPARE(evidence->source, RevocationEvidence::Source::Crl);
    QCOMPARE(evidence->producedAt, crlThisUpdate);
    QCOMPARE(evidence->nextUpdate, crlNextUpdate);
    QCOMPARE(evidence->der, m_crl); // kept as DER, whatever it came as
    QVERIFY(stillCurrent(*evidence, crlThisUpdate.addDays(1)));
    QVERIFY(!stillCurrent(*evidence, crlNextUpdate));
    // An error page in its place is not a list.
    const auto page = crlEvidence("<html>503 Service Unavailable</html>");
    QVERIFY(!page);
    QCOMPARE(page.error().code, QStringLiteral("revocation.malformed"));
    // Fetched over plain HTTP, a list is kept only when one of the site's
    // authorities signed it: a list planted by anyone else, dated to last
    // for ever, must not replace the real one.
    QVERIFY(crlEvidence(m_crl, {m_stranger.certificate, m_authority.certificate}));
    auto planted = makeCrl(m_stranger, {}, crlThisUpdate, crlThisUpdate.addYears(70));
    QVERIFY(planted);
    const auto forged = crlEvidence(*planted, {m_authority.certificate});
    QVERIFY(!forged);
    QCOMPARE(forged.error().code, QStringLiteral("revocation.crl-not-issuer"));
}

void TestRevocation::aRevocationRefusesOnlyActsSignedAfterIt_data()
{
    QTest::addColumn<bool>("revoked");
    QTest::addColumn<QDateTime>("actTime");
    QTest::addColumn<bool>("allowed");

    QTest::newRow("never revoked") << false << revokedOn << true;
    QTest::newRow("signed a day before the revocation") << true << revokedOn.addDays(-1) << true;
    QTest::newRow("signed a second before") << true << revokedOn.addSecs(-1) << true;
    QTest::newRow("signed at the moment of revocation") << true << revokedOn << false;
    QTest::newRow("signed a day after") << true << revokedOn.addDays(1) << false;
    QTest::newRow("signing time unknown") << true << QDateTime() << false;
}

void TestRevocation::aRevocationRefusesOnlyActsSignedAfterIt()
{
    QFETCH(bool, revoked);
    QFETCH(QDateTime, actTime);
    QFETCH(bool, allowed);

    RevocationStatus status;
    status.revoked = revoked;
    status.revokedAt = revoked ? revokedOn : QDateTime();
    const auto verdict = revocationAllows(status, actTime);
    QCOMPARE(verdict.has_value(), allowed);
    if (!allowed) {
        QCOMPARE(verdict.error().code, u"revocation.revoked"_qs);
        // The officer and the auditor are told when.
        if (actTime.isValid())
            QVERIFY2(verdict.error().message.contains(u"2025-03-01T08:30:00Z"),
                     qPrintable(verdict.error().message));
    }
}

void TestRevocation::theRealResponderSaysGoodOrRevokedWithItsTime()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QByteArray good = respond(m_officer.certificate, m_responder);
    QVERIFY(!good.isEmpty());
    const auto goodStatus = checkOcspResponse(
        good, m_officer.certificate, m_authority.certificate, {m_authority.certificate}, now, 1h);
    QVERIFY2(goodStatus, qPrintable(messageOf(goodStatus)));
    QVERIFY(!goodStatus->revoked);
    QVERIFY(goodStatus->evidence.source == RevocationEvidence::Source::Ocsp);
    QCOMPARE(goodStatus->evidence.der, good);
    QVERIFY(qAbs(goodStatus->evidence.producedAt.secsTo(now)) < 120);
    // -ndays 1
    QVERIFY(qAbs(goodStatus->evidence.nextUpdate.secsTo(now.addDays(1))) < 120);

    const QByteArray revoked = respond(m_revokedOfficer.certificate, m_responder);
    QVERIFY(!revoked.isEmpty());
    const auto revokedStatus = checkOcspResponse(revoked,
                                                 m_revokedOfficer.certificate,
                                                 m_authority.certificate,
                                                 {m_authority.certificate},
                                                 now,
                                                 1h);
    QVERIFY2(revokedStatus, qPrintable(messageOf(revokedStatus)));
    QVERIFY(revokedStatus->revoked);
    QCOMPARE(revokedStatus->revokedAt, revokedOn);
    QVERIFY(!revocationAllows(*revokedStatus, now));
    QVERIFY(revocationAllows(*revokedStatus, revokedOn.addDays(-1)));
}

void TestRevocation::theIssuerMayAnswerForItself()
{
    // Without certificates in the response: the issuer's own is known.
    const QByteArray response = respond(
        m_revokedOfficer.certificate,
        m_authority,
        {QStringLiteral("-ndays"), QStringLiteral("1"), QStringLiteral("-resp_no_certs")});
    QVERIFY(!response.isEmpty());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto status = checkOcspResponse(response,
                                          m_revokedOfficer.certificate,
                                          m_authority.certificate,
                                          {m_authority.certificate},
                                          now,
                                          1h);
    QVERIFY2(status, qPrintable(messageOf(status)));
    QVERIFY(status->revoked);

    // The last bytes are the signature's: altered, it no longer verifies.
    const auto altered = checkOcspResponse(flipLastByte(response),
                                           m_revokedOfficer.certificate,
                                           m_authority.certificate,
                                           {m_authority.certificate},
                                           now,
                                           1h);
    QVERIFY(!altered);
    QCOMPARE(altered.error().code, u"revocation.ocsp-untrusted"_qs);
}

void TestRevocation::onlyAResponderTheIssuerAuthorisedIsBelieved_data()
{
    QTest::addColumn<PemPair>("signer");

    QTest::newRow("the issuer's, with no key purpose")
        << responderCertificate(m_authority, QStringLiteral("No purpose"), {});
    QTest::newRow("the issuer's, for e-mail")
        << responderCertificate(m_authority, QStringLiteral("Mail"), "emailProtection");
    QTest::newRow("another authority's OCSP responder")
        << responderCertificate(m_stranger, QStringLiteral("Test OCSP"), "OCSPSigning");
    QTest::newRow("another authority itself") << m_stranger;
}

void TestRevocation::onlyAResponderTheIssuerAuthorisedIsBelieved()
{
    QFETCH(PemPair, signer);
    QVERIFY(!signer.certificate.isEmpty());
    // A responder that may not speak for the issuer could call a revoked
    // certificate good.
    const QByteArray response = respond(m_revokedOfficer.certificate, signer);
    QVERIFY(!response.isEmpty());
    const auto status = checkOcspResponse(response,
                                          m_revokedOfficer.certificate,
                                          m_authority.certificate,
                                          {m_authority.certificate, m_stranger.certificate},
                                          QDateTime::currentDateTimeUtc(),
                                          1h);
    QVERIFY(!status);
    QCOMPARE(status.error().code, u"revocation.ocsp-untrusted"_qs);
}

void TestRevocation::aResponderTheSiteTrustsIsBelieved()
{
    // RFC 6960 §4.2.2.2, "local configuration" (--ocsp-responder-cert): the
    // site may trust a responder the issuer did not authorise, and only that
    // one; its answer is read, revoked included.
    const PemPair local
        = responderCertificate(m_stranger, QStringLiteral("Site's responder"), "OCSPSigning");
    const PemPair other
        = responderCertificate(m_stranger, QStringLiteral("Another responder"), "OCSPSigning");
    const QByteArray response = respond(m_revokedOfficer.certificate, local);
    QVERIFY(!response.isEmpty());
    const auto check = [&](const QList<QByteArray> &responders) {
        return checkOcspResponse(response,
                                 m_revokedOfficer.certificate,
                                 m_authority.certificate,
                                 {m_authority.certificate},
                                 QDateTime::currentDateTimeUtc(),
                                 1h,
                                 responders);
    };
    const auto trusted = check({local.certificate});
    QVERIFY2(trusted, qPrintable(messageOf(trusted)));
    QVERIFY(trusted->revoked);
    QCOMPARE(trusted->revokedAt, revokedOn);
    QCOMPARE(check({other.certificate}).error().code, u"revocation.ocsp-untrusted"_qs);
}

void TestRevocation::theDemoResponderIsAuthorisedAndNoAuthority()
{
    // What kezek-server --dev-cert makes (ocsp.pem): the issuer's delegated
    // responder, whose answers are believed, and which cannot issue.
    auto responder = issueOcspResponder(m_authority, QStringLiteral("Demo OCSP"));
    QVERIFY(responder);
    const QByteArray response = respond(m_officer.certificate, *responder);
    const auto status = checkOcspResponse(response,
                                          m_officer.certificate,
                                          m_authority.certificate,
                                          {m_authority.certificate},
                                          QDateTime::currentDateTimeUtc(),
                                          1h);
    QVERIFY2(status, qPrintable(messageOf(status)));
    QVERIFY(!status->revoked);
    QTemporaryDir dir;
    QVERIFY(write(dir, QStringLiteral("responder.pem"), responder->certificate));
    const Run run = openssl({QStringLiteral("x509"),
                             QStringLiteral("-in"),
                             QStringLiteral("responder.pem"),
                             QStringLiteral("-noout"),
                             QStringLiteral("-ext"),
                             QStringLiteral("basicConstraints,extendedKeyUsage")},
                            dir.path());
    QVERIFY2(run.exitCode == 0 && run.output.contains(u"CA:FALSE")
                 && run.output.contains(u"OCSP Signing"),
             qPrintable(run.output));
}

void TestRevocation::aResponseAboutAnotherCertificateIsRefused()
{
    // A good answer about a colleague says nothing of the revoked officer.
    const QByteArray response = respond(m_officer.certificate, m_responder);
    QVERIFY(!response.isEmpty());
    const auto status = checkOcspResponse(response,
                                          m_revokedOfficer.certificate,
                                          m_authority.certificate,
                                          {m_authority.certificate},
                                          QDateTime::currentDateTimeUtc(),
                                          1h);
    QVERIFY(!status);
    QCOMPARE(status.error().code, u"revocation.ocsp-other-certificate"_qs);
}

void TestRevocation::aCertificateTheResponderDoesNotKnowIsNotGood()
{
    const QByteArray response = respond(m_unlistedOfficer.certificate, m_responder);
    QVERIFY(!response.isEmpty());
    const auto status = checkOcspResponse(response,
                                          m_unlistedOfficer.certificate,
                                          m_authority.certificate,
                                          {m_authority.certificate},
                                          QDateTime::currentDateTimeUtc(),
                                          1h);
    QVERIFY(!status);
    QCOMPARE(status.error().code, u"revocation.unknown"_qs);
}

void TestRevocation::aResponderThatDidNotAnswerIsRefused()
{
    // What a busy responder sends: a status and no signed answer.
    using Response
        = std::unique_ptr<OCSP_RESPONSE, OpenSsl::Deleter<OCSP_RESPONSE, OCSP_RESPONSE_free>>;
    const Response busy(OCSP_response_create(OCSP_RESPONSE_STATUS_TRYLATER, nullptr));
    QVERIFY(busy);
    unsigned char *der = nullptr;
    const int length = i2d_OCSP_RESPONSE(busy.get(), &der);
    QVERIFY(length > 0);
    const QByteArray tryLater(reinterpret_cast<const char *>(der), length);
    OPENSSL_free(der);
    const auto check = [&](const QByteArray &response) {
        return checkOcspResponse(response,
                                 m_officer.certificate,
                                 m_authority.certificate,
                                 {m_authority.certificate},
                                 QDateTime::currentDateTimeUtc(),
                                 1h);
    };
    const auto status = check(tryLater);
    QVERIFY(!status);
    QCOMPARE(status.error().code, u"revocation.ocsp-status"_qs);
    QVERIFY2(status.error().message.contains(u"trylater"), qPrintable(status.error().message));
    QCOMPARE(check("<html>504 Gateway Timeout</html>").error().code, u"revocation.malformed"_qs);
}

void TestRevocation::anOldResponseIsRefused()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QByteArray daily = respond(m_officer.certificate, m_responder);
    // Without -ndays the responder gives no nextUpdate: the site's maxAge rules.
    const QByteArray open = respond(m_officer.certificate, m_responder, {});
    QVERIFY(!daily.isEmpty() && !open.isEmpty());
    const auto check = [&](const QByteArray &response, const QDateTime &at) {
        return checkOcspResponse(response,
                                 m_officer.certificate,
                                 m_authority.certificate,
                                 {m_authority.certificate},
                                 at,
                                 1h);
    };
    QVERIFY(check(daily, now.addSecs(23 * 3600)));
    QCOMPARE(check(daily, now.addSecs(25 * 3600)).error().code, u"revocation.ocsp-stale"_qs);
    QVERIFY(check(open, now.addSecs(50 * 60)));
    QCOMPARE(check(open, now.addSecs(70 * 60)).error().code, u"revocation.ocsp-stale"_qs);
    // A response from the future is no answer about now.
    QCOMPARE(check(daily, now.addSecs(-3600)).error().code, u"revocation.ocsp-stale"_qs);
    const auto status = check(open, now);
    QVERIFY2(status, qPrintable(messageOf(status)));
    QVERIFY(!status->evidence.nextUpdate.isValid());
    QVERIFY(!stillCurrent(status->evidence, now)); // nothing says how long to cache it
}

void TestRevocation::anIssuerOutsideTheTrustedAuthoritiesIsRefused()
{
    const QByteArray response = respond(m_officer.certificate, m_responder);
    QVERIFY(!response.isEmpty());
    const auto status = checkOcspResponse(response,
                                          m_officer.certificate,
                                          m_authority.certificate,
                                          {m_stranger.certificate},
                                          QDateTime::currentDateTimeUtc(),
                                          1h);
    QVERIFY(!status);
    QCOMPARE(status.error().code, u"revocation.ocsp-untrusted"_qs);
}

void TestRevocation::aKeptResponseChecksAgainLaterWithoutTheNetwork()
{
    const QDateTime decidedAt = QDateTime::currentDateTimeUtc();
    const QByteArray response = respond(m_revokedOfficer.certificate, m_responder);
    QVERIFY(!response.isEmpty());
    const auto status = checkOcspResponse(response,
                                          m_revokedOfficer.certificate,
                                          m_authority.certificate,
                                          {m_authority.certificate},
                                          decidedAt,
                                          1h);
    QVERIFY2(status, qPrintable(messageOf(status)));
    QVERIFY(stillCurrent(status->evidence, decidedAt.addSecs(12 * 3600)));
    QVERIFY(!stillCurrent(status->evidence, decidedAt.addSecs(25 * 3600)));

    // The auditor, from the kept bytes and the certificates alone.
    const auto again = checkOcspResponse(status->evidence.der,
                                         m_revokedOfficer.certificate,
                                         m_authority.certificate,
                                         {m_authority.certificate},
                                         decidedAt.addSecs(12 * 3600),
                                         1h);
    QVERIFY2(again, qPrintable(messageOf(again)));
    QVERIFY(again->revoked);
    QCOMPARE(again->revokedAt, revokedOn);
}

QTEST_GUILESS_MAIN(TestRevocation)
#include "tst_revocation.moc"
