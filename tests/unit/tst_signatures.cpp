#include "core/security/signatures.h"

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
    void garbageIsMalformedNotInvalid();
    void theKeyFileOpensOnlyWithItsPassword();
    void opensslCmsVerifiesWhatKezekSigns();

private:
    PemPair m_authority;
    PemPair m_officer;
    const QByteArray m_decision = R"({"caseId":"c-1","type":"grant-final","payload":{}})";
};

void TestSignatures::initTestCase()
{
    auto authority = makeCertificateAuthority(QStringLiteral("Test authority"));
    QVERIFY(authority);
    m_authority = *authority;
    auto officer = issueSigningCertificate(m_authority, QStringLiteral("Айгерім Сейітқызы"));
    QVERIFY(officer);
    m_officer = *officer;
}

void TestSignatures::aSignatureVerifiesAndNamesItsSigner()
{
    auto signature = signDetached(m_decision, m_officer);
    QVERIFY(signature);
    auto signer = verifyDetached(m_decision, *signature, m_authority.certificate);
    QVERIFY2(signer, qPrintable(signer ? QString() : signer.error().message));
    QVERIFY(sameKey(*signer, m_officer.certificate));
    auto colleague = issueSigningCertificate(m_authority, QStringLiteral("Ерлан"));
    QVERIFY(colleague);
    QVERIFY(!sameKey(*signer, colleague->certificate));
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
    const auto verdict = verifyDetached(altered, *signature, m_authority.certificate);
    QVERIFY(!verdict);
    QCOMPARE(verdict.error().code, QStringLiteral("signature.invalid"));
}

void TestSignatures::aKeyFromAnotherAuthorityDoesNotVerify()
{
    auto stranger = makeCertificateAuthority(QStringLiteral("Someone else"));
    QVERIFY(stranger);
    auto forged = issueSigningCertificate(*stranger, QStringLiteral("Айгерім Сейітқызы"));
    QVERIFY(forged);
    auto signature = signDetached(m_decision, *forged);
    QVERIFY(signature);
    const auto verdict = verifyDetached(m_decision, *signature, m_authority.certificate);
    QVERIFY(!verdict);
    QCOMPARE(verdict.error().code, QStringLiteral("signature.invalid"));
}

void TestSignatures::garbageIsMalformedNotInvalid()
{
    const auto verdict = verifyDetached(m_decision, "not a signature", m_authority.certificate);
    QVERIFY(!verdict);
    QCOMPARE(verdict.error().code, QStringLiteral("signature.malformed"));
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
    QVERIFY(verifyDetached(m_decision, *signature, m_authority.certificate));

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
    QVERIFY(write(QStringLiteral("ca.pem"), m_authority.certificate));
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
