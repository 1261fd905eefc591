#include "core/security/signatures.h"

#include "core/security/opensslsupport.h"

#include <openssl/pem.h>

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Kezek;

// Decisions are signed with CMS: what the workstation signs, the server and
// the plain openssl command accept, and nothing else.
class TestSignatures : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void aSignatureVerifiesAndNamesItsSigner();
    void aSignatureSaysWhoSignedItAndWhen();
    void anAlteredDecisionDoesNotVerify();
    void aKeyFromAnotherAuthorityDoesNotVerify();
    void theChainRunsThroughTheIntermediateToTheRoot();
    void theCertificateMustBeValidAtTheActsTime();
    void anAuthenticationKeyDoesNotSignADecision();
    void aCertificateWithoutTheHoldersIinIsRefused();
    void aCertificateIssuedByANonAuthorityIsRefused();
    void aSignatureWithTwoSignersIsRefused();
    void garbageIsMalformedNotInvalid();
    void anAttachedSignatureCarriesWhatItSignsAndTheOrganisation();
    void anAttachedSignatureOverChangedBytesDoesNotVerify();
    void aDetachedSignatureIsNoAttachedOne();
    void theKeyFileOpensOnlyWithItsPassword();
    void opensslCmsVerifiesWhatKezekSigns();

private:
    PemPair m_root;
    PemPair m_authority; // the intermediate that issues people's certificates
    PemPair m_officer;
    TrustAnchors m_anchors;
    const QString m_iin = QStringLiteral("850312410006");
    const QByteArray m_decision = R"({"caseId":"c-1","type":"grant-final","payload":{}})";
};

void TestSignatures::initTestCase()
{
    // Shaped like Kazakhstan's PKI: a root, an intermediate, the officer.
    auto root = makeCertificateAuthority(QStringLiteral("Test root"));
    QVERIFY(root);
    m_root = *root;
    auto authority = issueIntermediateAuthority(m_root, QStringLiteral("Test authority"));
    QVERIFY(authority);
    m_authority = *authority;
    auto officer = issueSigningCertificate(m_authority, QStringLiteral("Айгерім Сейітқызы"), m_iin);
    QVERIFY(officer);
    m_officer = *officer;
    auto anchors = trustAnchorsFromPem(m_root.certificate + m_authority.certificate);
    QVERIFY(anchors);
    QCOMPARE(anchors->roots.size(), 1);
    QCOMPARE(anchors->intermediates.size(), 1);
    m_anchors = *anchors;
}

void TestSignatures::aSignatureVerifiesAndNamesItsSigner()
{
    auto signature = signDetached(m_decision, m_officer);
    QVERIFY(signature);
    auto signer
        = verifyDetached(m_decision, *signature, m_root.certificate + m_authority.certificate);
    QVERIFY2(signer, qPrintable(signer ? QString() : signer.error().message));
    QVERIFY(sameKey(*signer, m_officer.certificate));
    auto colleague = issueSigningCertificate(
        m_authority, QStringLiteral("Ерлан"), QStringLiteral("880721310009"));
    QVERIFY(colleague);
    QVERIFY(!sameKey(*signer, colleague->certificate));
    // The holder: their IIN, as the subject names it.
    const auto identity = verifyDecisionSignature(
        m_decision, *signature, m_anchors, QDateTime::currentDateTimeUtc());
    QVERIFY(identity);
    QCOMPARE(identity->iin, m_iin);
    QCOMPARE(certificateIin(m_officer.certificate), m_iin);
    QVERIFY2(identity->subject.contains(u"Айгерім"), qPrintable(identity->subject));
}

void TestSignatures::aSignatureSaysWhoSignedItAndWhen()
{
    // What an auditor reads beside a verified decision: the signer's name as
    // their certificate gives it (Kazakh letters intact), and the moment.
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-2);
    auto signature = signDetached(m_decision, m_officer);
    QVERIFY(signature);
    const auto details = signatureDetails(*signature);
    QVERIFY2(details, qPrintable(details ? QString() : details.error().message));
    QVERIFY2(details->signerSubject.contains(u"CN=Айгерім Сейітқызы"),
             qPrintable(details->signerSubject));
    QVERIFY(details->signedAt.isValid());
    QVERIFY(details->signedAt >= before);
    QVERIFY(details->signedAt <= QDateTime::currentDateTimeUtc().addSecs(2));
    QCOMPARE(signatureDetails("not a signature").error().code,
             QStringLiteral("signature.malformed"));
}

void TestSignatures::anAlteredDecisionDoesNotVerify()
{
    auto signature = signDetached(m_decision, m_officer);
    QVERIFY(signature);
    QByteArray altered = m_decision;
    altered.replace("grant-final", "refuse-final");
    const auto verdict
        = verifyDetached(altered, *signature, m_root.certificate + m_authority.certificate);
    QVERIFY(!verdict);
    QCOMPARE(verdict.error().code, QStringLiteral("signature.invalid"));
}

void TestSignatures::aKeyFromAnotherAuthorityDoesNotVerify()
{
    auto stranger = makeCertificateAuthority(QStringLiteral("Someone else"));
    QVERIFY(stranger);
    auto forged = issueSigningCertificate(*stranger, QStringLiteral("Айгерім Сейітқызы"), m_iin);
    QVERIFY(forged);
    auto signature = signDetached(m_decision, *forged);
    QVERIFY(signature);
    const auto verdict = verifyDecisionSignature(
        m_decision, *signature, m_anchors, QDateTime::currentDateTimeUtc());
    QVERIFY(!verdict);
    QCOMPARE(verdict.error().code, QStringLiteral("signature.unknown-issuer"));
}

void TestSignatures::theChainRunsThroughTheIntermediateToTheRoot()
{
    auto signature = signDetached(m_decision, m_officer);
    QVERIFY(signature);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // Without the intermediate configured, the officer's issuer is unknown.
    auto rootOnly = trustAnchorsFromPem(m_root.certificate);
    QVERIFY(rootOnly);
    QCOMPARE(verifyDecisionSignature(m_decision, *signature, *rootOnly, now).error().code,
             QStringLiteral("signature.unknown-issuer"));
    // Another intermediate under the same root, not configured: unknown too.
    auto other = issueIntermediateAuthority(m_root, QStringLiteral("Another authority"));
    QVERIFY(other);
    auto underOther
        = issueSigningCertificate(*other, QStringLiteral("Ерлан"), QStringLiteral("880721310009"));
    QVERIFY(underOther);
    auto otherSignature = signDetached(m_decision, *underOther);
    QVERIFY(otherSignature);
    QCOMPARE(verifyDecisionSignature(m_decision, *otherSignature, m_anchors, now).error().code,
             QStringLiteral("signature.unknown-issuer"));
    // Several roots: the officer's chain finds its own.
    auto second = makeCertificateAuthority(QStringLiteral("A second root"));
    QVERIFY(second);
    auto both
        = trustAnchorsFromPem(second->certificate + m_root.certificate + m_authority.certificate);
    QVERIFY(both);
    QCOMPARE(both->roots.size(), 2);
    QVERIFY(verifyDecisionSignature(m_decision, *signature, *both, now));
    // A file with no root is refused, as is one that is not PEM.
    QCOMPARE(trustAnchorsFromPem(m_authority.certificate).error().code,
             QStringLiteral("security.certificate"));
    QVERIFY(!trustAnchorsFromPem("not a certificate"));
}

void TestSignatures::theCertificateMustBeValidAtTheActsTime()
{
    // Issued for 730 days from now: the act's time decides, not the day it is checked.
    auto signature = signDetached(m_decision, m_officer);
    QVERIFY(signature);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY(verifyDecisionSignature(m_decision, *signature, m_anchors, now.addDays(700)));
    QCOMPARE(
        verifyDecisionSignature(m_decision, *signature, m_anchors, now.addDays(731)).error().code,
        QStringLiteral("signature.expired"));
    QCOMPARE(
        verifyDecisionSignature(m_decision, *signature, m_anchors, now.addDays(-1)).error().code,
        QStringLiteral("signature.not-yet-valid"));
    // An authority above the officer that had expired by then: said as such.
    auto shortLived
        = issueIntermediateAuthority(m_root, QStringLiteral("Short-lived authority"), 1);
    QVERIFY(shortLived);
    auto underIt = issueSigningCertificate(
        *shortLived, QStringLiteral("Ерлан"), QStringLiteral("880721310009"));
    QVERIFY(underIt);
    auto anchors = trustAnchorsFromPem(m_root.certificate + shortLived->certificate);
    QVERIFY(anchors);
    auto itsSignature = signDetached(m_decision, *underIt);
    QVERIFY(itsSignature);
    QVERIFY(verifyDecisionSignature(m_decision, *itsSignature, *anchors, now));
    QCOMPARE(
        verifyDecisionSignature(m_decision, *itsSignature, *anchors, now.addDays(2)).error().code,
        QStringLiteral("signature.authority-not-valid"));
}

void TestSignatures::anAuthenticationKeyDoesNotSignADecision()
{
    auto signIn
        = issueAuthenticationCertificate(m_authority, QStringLiteral("Айгерім Сейітқызы"), m_iin);
    QVERIFY(signIn);
    auto signature = signDetached(m_decision, *signIn);
    QVERIFY(signature);
    const auto verdict = verifyDecisionSignature(
        m_decision, *signature, m_anchors, QDateTime::currentDateTimeUtc());
    QVERIFY(!verdict);
    QCOMPARE(verdict.error().code, QStringLiteral("signature.key-usage"));
    // A certificate that states no key usage at all is not a signing key either.
    const OpenSsl::Bio certificateBio = OpenSsl::memoryBio(m_authority.certificate);
    const OpenSsl::Certificate issuer(
        PEM_read_bio_X509(certificateBio.get(), nullptr, nullptr, nullptr));
    const OpenSsl::Bio keyBio = OpenSsl::memoryBio(m_authority.privateKey);
    const OpenSsl::Key issuerKey(PEM_read_bio_PrivateKey(keyBio.get(), nullptr, nullptr, nullptr));
    QVERIFY(issuer && issuerKey);
    OpenSsl::CertificateSpec spec;
    spec.commonName = QStringLiteral("Айгерім Сейітқызы");
    spec.iin = m_iin;
    spec.issuer = issuer.get();
    spec.issuerKey = issuerKey.get();
    spec.extensions = {{NID_basic_constraints, "critical,CA:FALSE"}};
    auto unstated = OpenSsl::makeCertificate(spec);
    QVERIFY(unstated);
    auto unstatedSignature = signDetached(m_decision, *unstated);
    QVERIFY(unstatedSignature);
    QCOMPARE(verifyDecisionSignature(
                 m_decision, *unstatedSignature, m_anchors, QDateTime::currentDateTimeUtc())
                 .error()
                 .code,
             QStringLiteral("signature.key-usage"));
}

void TestSignatures::aCertificateWithoutTheHoldersIinIsRefused()
{
    auto nameless
        = issueSigningCertificate(m_authority, QStringLiteral("Айгерім Сейітқызы"), QString());
    QVERIFY(nameless);
    QVERIFY(certificateIin(nameless->certificate).isEmpty());
    auto signature = signDetached(m_decision, *nameless);
    QVERIFY(signature);
    QCOMPARE(
        verifyDecisionSignature(m_decision, *signature, m_anchors, QDateTime::currentDateTimeUtc())
            .error()
            .code,
        QStringLiteral("signature.no-iin"));
}

void TestSignatures::aCertificateIssuedByANonAuthorityIsRefused()
{
    // The officer's own certificate (CA:FALSE) issuing another: not an authority.
    auto issued = issueSigningCertificate(
        m_officer, QStringLiteral("Ерлан"), QStringLiteral("880721310009"));
    QVERIFY(issued);
    auto signature = signDetached(m_decision, *issued);
    QVERIFY(signature);
    auto anchors
        = trustAnchorsFromPem(m_root.certificate + m_authority.certificate + m_officer.certificate);
    QVERIFY(anchors);
    const auto verdict = verifyDecisionSignature(
        m_decision, *signature, *anchors, QDateTime::currentDateTimeUtc());
    QVERIFY(!verdict);
    QCOMPARE(verdict.error().code, QStringLiteral("signature.chain"));
}

void TestSignatures::aSignatureWithTwoSignersIsRefused()
{
    // Made by the openssl command, as an outside tool would: the officer and
    // a colleague both sign the same decision.
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    QVERIFY(!openssl.isEmpty());
    auto colleague = issueSigningCertificate(
        m_authority, QStringLiteral("Ерлан"), QStringLiteral("880721310009"));
    QVERIFY(colleague);
    QTemporaryDir dir;
    auto write = [&dir](const QString &name, const QByteArray &bytes) {
        QFile file(dir.filePath(name));
        return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
    };
    QVERIFY(write(QStringLiteral("decision.json"), m_decision));
    QVERIFY(write(QStringLiteral("a.pem"), m_officer.certificate));
    QVERIFY(write(QStringLiteral("a.key"), m_officer.privateKey));
    QVERIFY(write(QStringLiteral("b.pem"), colleague->certificate));
    QVERIFY(write(QStringLiteral("b.key"), colleague->privateKey));
    QProcess process;
    process.setWorkingDirectory(dir.path());
    process.start(openssl,
                  {QStringLiteral("cms"),
                   QStringLiteral("-sign"),
                   QStringLiteral("-binary"),
                   QStringLiteral("-in"),
                   QStringLiteral("decision.json"),
                   QStringLiteral("-signer"),
                   QStringLiteral("a.pem"),
                   QStringLiteral("-inkey"),
                   QStringLiteral("a.key"),
                   QStringLiteral("-signer"),
                   QStringLiteral("b.pem"),
                   QStringLiteral("-inkey"),
                   QStringLiteral("b.key"),
                   QStringLiteral("-outform"),
                   QStringLiteral("DER"),
                   QStringLiteral("-out"),
                   QStringLiteral("two.p7s")});
    QVERIFY(process.waitForFinished(30000));
    QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
    QFile two(dir.filePath(QStringLiteral("two.p7s")));
    QVERIFY(two.open(QIODevice::ReadOnly));
    const auto verdict = verifyDecisionSignature(
        m_decision, two.readAll(), m_anchors, QDateTime::currentDateTimeUtc());
    QVERIFY(!verdict);
    QCOMPARE(verdict.error().code, QStringLiteral("signature.signers"));
}

void TestSignatures::garbageIsMalformedNotInvalid()
{
    const auto verdict = verifyDetached(m_decision, "not a signature", m_root.certificate);
    QVERIFY(!verdict);
    QCOMPARE(verdict.error().code, QStringLiteral("signature.malformed"));
}

// §8: the ministry signs a petition with an employee's certificate of the
// legal entity: the person's IIN, the ministry's name (O) and BIN (OU=BIN…),
// as НУЦ РК issues them; the signature carries the petition inside it.
void TestSignatures::anAttachedSignatureCarriesWhatItSignsAndTheOrganisation()
{
    const QByteArray petition = R"({"number":"PET-1"})";
    auto reviewer = issueOrganisationSigningCertificate(m_authority,
                                                        QStringLiteral("Асхат Нұрланұлы"),
                                                        QStringLiteral("870402300011"),
                                                        QStringLiteral("ЦДИАӨМ"),
                                                        QStringLiteral("990340001234"));
    QVERIFY(reviewer);
    auto signature = signAttached(petition, *reviewer);
    QVERIFY(signature);
    auto verified = verifyAttachedSignature(*signature, m_anchors, QDateTime::currentDateTimeUtc());
    QVERIFY2(verified, qPrintable(verified ? QString() : verified.error().message));
    QCOMPARE(verified->content, petition);
    QCOMPARE(verified->signer.bin, QStringLiteral("990340001234"));
    QCOMPARE(verified->signer.organisation, QStringLiteral("ЦДИАӨМ"));
    QCOMPARE(verified->signer.commonName, QStringLiteral("Асхат Нұрланұлы"));
    QCOMPARE(verified->signer.iin, QStringLiteral("870402300011"));
    // A person's own certificate names no organisation.
    auto personal = signAttached(petition, m_officer);
    QVERIFY(personal);
    auto officer = verifyAttachedSignature(*personal, m_anchors, QDateTime::currentDateTimeUtc());
    QVERIFY(officer);
    QVERIFY(officer->signer.bin.isEmpty());
    QVERIFY(officer->signer.organisation.isEmpty());
    // The chain is checked as a decision's: another authority's key is refused.
    auto stranger = makeCertificateAuthority(QStringLiteral("Another root"));
    QVERIFY(stranger);
    auto outsider = issueOrganisationSigningCertificate(*stranger,
                                                        QStringLiteral("Outsider"),
                                                        m_iin,
                                                        QStringLiteral("ЦДИАӨМ"),
                                                        QStringLiteral("990340001234"));
    QVERIFY(outsider);
    auto foreign = signAttached(petition, *outsider);
    QVERIFY(foreign);
    QCOMPARE(
        verifyAttachedSignature(*foreign, m_anchors, QDateTime::currentDateTimeUtc()).error().code,
        QStringLiteral("signature.unknown-issuer"));
}

void TestSignatures::anAttachedSignatureOverChangedBytesDoesNotVerify()
{
    const QByteArray petition = R"({"number":"PET-1"})";
    auto signature = signAttached(petition, m_officer);
    QVERIFY(signature);
    QByteArray changed = *signature;
    const qsizetype at = changed.indexOf("PET-1");
    QVERIFY(at >= 0); // carried as it is, inside the signature
    changed[at + 4] = '2';
    const auto refused
        = verifyAttachedSignature(changed, m_anchors, QDateTime::currentDateTimeUtc());
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, QStringLiteral("signature.invalid"));
}

void TestSignatures::aDetachedSignatureIsNoAttachedOne()
{
    auto detached = signDetached(m_decision, m_officer);
    QVERIFY(detached);
    const auto refused
        = verifyAttachedSignature(*detached, m_anchors, QDateTime::currentDateTimeUtc());
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, QStringLiteral("signature.malformed"));
}

void TestSignatures::theKeyFileOpensOnlyWithItsPassword()
{
    auto bundle = makePkcs12(m_officer, QStringLiteral("қауіпсіз құпия"), QStringLiteral("key"));
    QVERIFY(bundle);
    auto opened = readPkcs12(*bundle, QStringLiteral("қауіпсіз құпия"));
    QVERIFY(opened);
    QVERIFY(sameKey(opened->certificate, m_officer.certificate));
    // What comes out signs like the original.
    auto signature = signDetached(m_decision, *opened);
    QVERIFY(signature);
    QVERIFY(verifyDetached(m_decision, *signature, m_root.certificate + m_authority.certificate));

    const auto wrong = readPkcs12(*bundle, QStringLiteral("guess"));
    QVERIFY(!wrong);
    QCOMPARE(wrong.error().code, QStringLiteral("security.pkcs12-password"));
    const auto broken
        = readPkcs12(bundle->left(bundle->size() / 2), QStringLiteral("қауіпсіз құпия"));
    QVERIFY(!broken);
    QCOMPARE(broken.error().code, QStringLiteral("security.pkcs12"));
}

void TestSignatures::opensslCmsVerifiesWhatKezekSigns()
{
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    QVERIFY2(!openssl.isEmpty(), "the openssl command (scripts/test.sh installs it)");
    QTemporaryDir dir;
    auto write = [&dir](const QString &name, const QByteArray &bytes) {
        QFile file(dir.filePath(name));
        return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
    };
    auto signature = signDetached(m_decision, m_officer);
    QVERIFY(signature);
    QVERIFY(write(QStringLiteral("decision.json"), m_decision));
    QVERIFY(write(QStringLiteral("decision.p7s"), *signature));
    // The root and the intermediate, as `kezekctl export decisions` writes them.
    QVERIFY(write(QStringLiteral("ca.pem"), m_root.certificate + m_authority.certificate));
    auto verify = [&] {
        QProcess process;
        process.start(openssl,
                      {QStringLiteral("cms"),
                       QStringLiteral("-verify"),
                       QStringLiteral("-binary"),
                       QStringLiteral("-inform"),
                       QStringLiteral("DER"),
                       QStringLiteral("-in"),
                       dir.filePath(QStringLiteral("decision.p7s")),
                       QStringLiteral("-content"),
                       dir.filePath(QStringLiteral("decision.json")),
                       QStringLiteral("-CAfile"),
                       dir.filePath(QStringLiteral("ca.pem")),
                       QStringLiteral("-out"),
                       QStringLiteral("/dev/null")});
        process.waitForFinished(30000);
        return std::pair{process.exitCode(), QString::fromUtf8(process.readAllStandardError())};
    };
    const auto [ok, okText] = verify();
    QVERIFY2(ok == 0, qPrintable(okText));
    QVERIFY(okText.contains(QStringLiteral("Verification successful")));

    QVERIFY(write(QStringLiteral("decision.json"), QByteArray(m_decision).replace("c-1", "c-2")));
    QVERIFY(verify().first != 0);
}

QTEST_GUILESS_MAIN(TestSignatures)
#include "tst_signatures.moc"
