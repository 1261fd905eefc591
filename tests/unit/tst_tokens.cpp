#include "core/protocol/signinstatement.h"
#include "core/security/signatures.h"
#include "core/security/tokens.h"
#include "tests/support/softhsmtoken.h"

#include <QDateTime>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <thread>

using namespace Kezek;

// Issue 29, point 1: keys on PKCS#11 tokens. A real PKCS#11 module
// (SoftHSM2) holds the officer's signing key and authentication key, as a
// Kaztoken does; what it signs must verify exactly as a file key's signature.
class TestTokens : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void aDecisionSignedOnTheTokenVerifiesAndNamesTheOfficer();
    void theCertificatesOnTheTokenAreListedWithoutThePin();
    void theAuthenticationKeyIsNeverChosen();
    void theAuthenticationKeyIsChosenToSignIn();
    void aWrongPinSignsNothing();
    void aBatchOfFiftyIsSignedWithOneLoginEachItsOwnSignature();
    void thePinIsHeldNoLongerThanTheBatch();
    void anotherIinHasNoSigningCertificate();
    void aModuleThatCannotBeLoadedIsSaidPlainly();
    void noTokenInsertedIsSaidPlainly();
    void aSessionSurvivesAnotherUserOfTheModuleInTheProcess();

private:
    QString writeFile(const QString &name, const QByteArray &bytes);
    Result<SignerIdentity> verify(const QByteArray &content, const QByteArray &signature) const;

    QTemporaryDir m_dir;
    QString m_module;
    QByteArray m_previousConfig;
    PemPair m_authority;
    PemPair m_signing;
    PemPair m_authentication;
    TrustAnchors m_anchors;
    Testing::SoftHsmToken m_token;
    const QString m_iin = QStringLiteral("850312410006");
    // A colleague whose only key on this token signs in, never acts.
    const QString m_authenticationOnlyIin = QStringLiteral("880721310009");
    const QString m_pin = QStringLiteral("482915");
    const QByteArray m_decision = R"({"caseId":"c-1","type":"grant-final","payload":{}})";
};

QString TestTokens::writeFile(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return path;
}

void TestTokens::initTestCase()
{
    m_module = Testing::SoftHsmToken::realModule();
    if (m_module.isEmpty())
        QSKIP("SoftHSM2 (Debian softhsm2) is not installed: scripts/test.sh installs it");
    QVERIFY(m_dir.isValid());
    // A token of this test's own, in its own folder.
    m_previousConfig = qgetenv("SOFTHSM2_CONF");
    QVERIFY(m_token.create(
        m_dir.filePath(QStringLiteral("token")), QStringLiteral("Officer token"), m_pin));

    // Shaped like Kazakhstan's PKI: a root, an intermediate, the officer's two keys.
    const auto root = makeCertificateAuthority(QStringLiteral("Test root"));
    QVERIFY(root);
    const auto authority = issueIntermediateAuthority(*root, QStringLiteral("Test authority"));
    QVERIFY(authority);
    m_authority = *authority;
    const QString name = QStringLiteral("Айгерім Сейітқызы");
    const auto signing = issueSigningCertificate(m_authority, name, m_iin);
    const auto authentication = issueAuthenticationCertificate(m_authority, name, m_iin);
    const auto colleague = issueAuthenticationCertificate(
        m_authority, QStringLiteral("Ерлан"), m_authenticationOnlyIin);
    QVERIFY(signing && authentication && colleague);
    m_signing = *signing;
    m_authentication = *authentication;
    const auto anchors = trustAnchorsFromPem(root->certificate + m_authority.certificate);
    QVERIFY(anchors);
    m_anchors = *anchors;

    // The authentication key first, so that the first key found is the wrong one.
    QVERIFY(m_token.import(m_authentication, QStringLiteral("01"), QStringLiteral("auth")));
    QVERIFY(m_token.import(m_signing, QStringLiteral("02"), QStringLiteral("sign")));
    QVERIFY(m_token.import(*colleague, QStringLiteral("03"), QStringLiteral("colleague-auth")));
}

void TestTokens::cleanupTestCase()
{
    if (m_previousConfig.isNull())
        qunsetenv("SOFTHSM2_CONF");
    else
        qputenv("SOFTHSM2_CONF", m_previousConfig);
}

Result<SignerIdentity> TestTokens::verify(const QByteArray &content,
                                          const QByteArray &signature) const
{
    return verifyDecisionSignature(content, signature, m_anchors, QDateTime::currentDateTimeUtc());
}

void TestTokens::aDecisionSignedOnTheTokenVerifiesAndNamesTheOfficer()
{
    // Issue 29 point 1: the token's signature is accepted exactly as a file key's.
    auto module = TokenModule::open(m_module);
    QVERIFY2(module, qPrintable(module ? QString() : module.error().message));
    auto session = module->logIn(m_iin, m_pin);
    QVERIFY2(session, qPrintable(session ? QString() : session.error().message));
    const auto signature = session->signDetached(m_decision);
    QVERIFY2(signature, qPrintable(signature ? QString() : signature.error().message));

    const auto signer = verify(m_decision, *signature);
    QVERIFY2(signer, qPrintable(signer ? QString() : signer.error().message));
    QCOMPARE(signer->iin, m_iin);
    QVERIFY(sameKey(signer->certificate, m_signing.certificate));
    // The same bytes changed do not verify: the token signed these bytes.
    const auto altered = verify(QByteArray(m_decision).replace("grant", "refus"), *signature);
    QVERIFY(!altered);
    QCOMPARE(altered.error().code, QStringLiteral("signature.invalid"));
}

void TestTokens::theCertificatesOnTheTokenAreListedWithoutThePin()
{
    auto module = TokenModule::open(m_module);
    QVERIFY(module);
    const auto tokens = module->tokens();
    QVERIFY(tokens);
    QCOMPARE(tokens->size(), 1);
    QCOMPARE(tokens->first().label, QStringLiteral("Officer token"));
    const auto certificates = module->certificates();
    QVERIFY(certificates);
    QCOMPARE(certificates->size(), 3);
    int signing = 0;
    for (const TokenCertificate &certificate : *certificates) {
        QCOMPARE(certificate.tokenLabel, QStringLiteral("Officer token"));
        if (certificate.signsActs) {
            ++signing;
            QCOMPARE(certificate.iin, m_iin);
            QVERIFY(sameKey(certificate.certificate, m_signing.certificate));
        }
    }
    QCOMPARE(signing, 1);
}

void TestTokens::theAuthenticationKeyIsNeverChosen()
{
    // Issue 29 point 1 (key usage): the authentication key, listed first on
    // the token and of the same IIN, is not the one that signs acts.
    auto module = TokenModule::open(m_module);
    QVERIFY(module);
    {
        auto session = module->logIn(m_iin, m_pin);
        QVERIFY(session);
        QVERIFY(sameKey(session->certificate(), m_signing.certificate));
        QVERIFY(!sameKey(session->certificate(), m_authentication.certificate));
    }
    // A holder whose only key here signs in has nothing to sign with.
    const auto colleague = module->logIn(m_authenticationOnlyIin, m_pin);
    QVERIFY(!colleague);
    QCOMPARE(colleague.error().code, QStringLiteral("token.no-certificate"));
}

void TestTokens::theAuthenticationKeyIsChosenToSignIn()
{
    // Issue 29, point 3: for a sign-in the token's authentication key is
    // chosen (not the signing key beside it, of the same IIN), and what it
    // signs is what the server's sign-in check accepts, and a decision's
    // check refuses.
    auto module = TokenModule::open(m_module);
    QVERIFY(module);
    const QByteArray statement = SignIn::statement(QStringLiteral("q1w2e3"),
                                                   QStringLiteral("officer.astana"),
                                                   QStringLiteral("kezek.migration.kz:443"));
    QByteArray signature;
    {
        auto session = module->logIn(m_iin, m_pin, KeyPurpose::Authenticate);
        QVERIFY2(session, qPrintable(session ? QString() : session.error().message));
        QVERIFY(sameKey(session->certificate(), m_authentication.certificate));
        auto made = session->signDetached(statement);
        QVERIFY2(made, qPrintable(made ? QString() : made.error().message));
        signature = *made;
    }
    const auto signer = verifyAuthenticationSignature(
        statement, signature, m_anchors, QDateTime::currentDateTimeUtc());
    QVERIFY2(signer, qPrintable(signer ? QString() : signer.error().message));
    QCOMPARE(signer->iin, m_iin);
    const auto asDecision = verify(statement, signature);
    QVERIFY(!asDecision);
    QCOMPARE(asDecision.error().code, QStringLiteral("signature.key-usage"));
    // The signing key signs no sign-in: the server's check refuses it.
    auto signing = module->logIn(m_iin, m_pin);
    QVERIFY(signing);
    const auto bySigningKey = verifyAuthenticationSignature(
        statement, *signing->signDetached(statement), m_anchors, QDateTime::currentDateTimeUtc());
    signing->close();
    QVERIFY(!bySigningKey);
    QCOMPARE(bySigningKey.error().code, QStringLiteral("auth.key-not-authentication"));
    // The colleague whose only key here signs in can sign in with it.
    QVERIFY(module->logIn(m_authenticationOnlyIin, m_pin, KeyPurpose::Authenticate));
}

void TestTokens::aWrongPinSignsNothing()
{
    // Issue 29 "done means": a wrong PIN, a clear message, nothing signed.
    auto module = TokenModule::open(m_module);
    QVERIFY(module);
    const auto refused = module->logIn(m_iin, QStringLiteral("000000"));
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, QStringLiteral("token.pin"));
    QVERIFY(refused.error().message.contains(QStringLiteral("Nothing was signed")));
    // The token is not left half logged in: the right PIN still opens it,
    // and the wrong one was not kept as if it were right.
    auto session = module->logIn(m_iin, m_pin);
    QVERIFY2(session, qPrintable(session ? QString() : session.error().message));
    QVERIFY(session->signDetached(m_decision));
}

void TestTokens::aBatchOfFiftyIsSignedWithOneLoginEachItsOwnSignature()
{
    // Issue 29 point 2: several documents in one go with one PIN entry, each
    // still its own CMS.
    auto module = TokenModule::open(m_module);
    QVERIFY(module);
    auto session = module->logIn(m_iin, m_pin);
    QVERIFY(session);
    QList<QByteArray> decisions;
    QList<QByteArray> signatures;
    for (int at = 0; at < 50; ++at) {
        decisions.append(QStringLiteral(R"({"caseId":"c-%1","type":"grant-final","payload":{}})")
                             .arg(at)
                             .toUtf8());
        const auto signature = session->signDetached(decisions.last());
        QVERIFY2(signature, qPrintable(signature ? QString() : signature.error().message));
        signatures.append(*signature);
    }
    QCOMPARE(QSet<QByteArray>(signatures.cbegin(), signatures.cend()).size(), 50);
    for (int at = 0; at < 50; ++at) {
        const auto signer = verify(decisions.at(at), signatures.at(at));
        QVERIFY2(signer, qPrintable(signer ? QString() : signer.error().message));
        QCOMPARE(signer->iin, m_iin);
        // Each covers its own decision, not its neighbour's.
        QVERIFY(!verify(decisions.at((at + 1) % 50), signatures.at(at)));
    }
}

void TestTokens::thePinIsHeldNoLongerThanTheBatch()
{
    // Issue 29 point 2: "the PIN held no longer than the batch".
    auto module = TokenModule::open(m_module);
    QVERIFY(module);
    auto session = module->logIn(m_iin, m_pin);
    QVERIFY(session);
    // One batch at a time on the token.
    const auto second = module->logIn(m_iin, m_pin);
    QVERIFY(!second);
    QCOMPARE(second.error().code, QStringLiteral("token.busy"));
    session->close();
    QVERIFY(!session->isOpen());
    const auto after = session->signDetached(m_decision);
    QVERIFY(!after);
    QCOMPARE(after.error().code, QStringLiteral("token.closed"));
    // The next batch asks for the PIN again, and a wrong one is refused:
    // nothing of the earlier login carried over.
    const auto wrong = module->logIn(m_iin, QStringLiteral("111111"));
    QVERIFY(!wrong);
    QCOMPARE(wrong.error().code, QStringLiteral("token.pin"));
}

void TestTokens::anotherIinHasNoSigningCertificate()
{
    auto module = TokenModule::open(m_module);
    QVERIFY(module);
    const auto stranger = module->logIn(QStringLiteral("900101300014"), m_pin);
    QVERIFY(!stranger);
    QCOMPARE(stranger.error().code, QStringLiteral("token.no-certificate"));
    QVERIFY(stranger.error().message.contains(QStringLiteral("900101300014")));
}

void TestTokens::aModuleThatCannotBeLoadedIsSaidPlainly()
{
    const auto missing = TokenModule::open(m_dir.filePath(QStringLiteral("libnothing.so")));
    QVERIFY(!missing);
    QCOMPARE(missing.error().code, QStringLiteral("token.module"));
    // Not a library at all.
    const QString notALibrary = writeFile(QStringLiteral("notalibrary.so"), "not ELF");
    const auto broken = TokenModule::open(notALibrary);
    QVERIFY(!broken);
    QCOMPARE(broken.error().code, QStringLiteral("token.module"));
}

void TestTokens::noTokenInsertedIsSaidPlainly()
{
    // SoftHSM with an empty token folder: a reader with no token in it.
    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("empty")));
    const QString config
        = writeFile(QStringLiteral("empty.conf"),
                    "directories.tokendir = " + m_dir.filePath(QStringLiteral("empty")).toUtf8()
                        + "\nobjectstore.backend = file\nlog.level = ERROR\n");
    const QByteArray tokenConfig = qgetenv("SOFTHSM2_CONF");
    qputenv("SOFTHSM2_CONF", config.toLocal8Bit());
    {
        auto module = TokenModule::open(m_module);
        QVERIFY(module);
        const auto tokens = module->tokens();
        QVERIFY(tokens);
        QVERIFY(tokens->isEmpty());
        const auto session = module->logIn(m_iin, m_pin);
        QVERIFY(!session);
        QCOMPARE(session.error().code, QStringLiteral("token.none"));
    }
    qputenv("SOFTHSM2_CONF", tokenConfig);
}

void TestTokens::aSessionSurvivesAnotherUserOfTheModuleInTheProcess()
{
    // Issue 29 review, point 1: a form's batch session and the sign-in on
    // the sync thread use the same module in one process. PKCS#11 keeps
    // logins per process, so the other user must neither close the batch's
    // session (listing, closing) nor get in with a wrong PIN while it holds.
    auto form = TokenModule::open(m_module);
    QVERIFY(form);
    auto session = form->logIn(m_iin, m_pin);
    QVERIFY2(session, qPrintable(session ? QString() : session.error().message));
    const auto refusedOrBusy = [](const Result<TokenSigningSession> &wrong) {
        return !wrong
               && (wrong.error().code == u"token.busy" || wrong.error().code == u"token.pin");
    };
    {
        auto signIn = TokenModule::open(m_module);
        QVERIFY(signIn);
        const auto tokens = signIn->tokens();
        QVERIFY(tokens && !tokens->isEmpty());
        const auto certificates = signIn->certificates();
        QVERIFY(certificates && !certificates->isEmpty());
        QVERIFY(refusedOrBusy(signIn->logIn(m_iin, QStringLiteral("000000"))));
        QVERIFY(refusedOrBusy(
            signIn->logIn(m_iin, QByteArrayView("000000"), KeyPurpose::Authenticate)));
    } // that user gone: the module stays loaded for the batch
    const auto afterClose = session->signDetached(m_decision);
    QVERIFY2(afterClose, qPrintable(afterClose ? QString() : afterClose.error().message));
    QCOMPARE(verify(m_decision, *afterClose)->iin, m_iin);

    // The sync thread lists and tries a wrong PIN while the batch signs.
    std::atomic<bool> listed = true;
    std::atomic<bool> wrongRefused = true;
    std::thread sync([&] {
        auto other = TokenModule::open(m_module);
        for (int at = 0; at < 20 && other; ++at) {
            listed = listed && other->certificates().has_value();
            wrongRefused = wrongRefused
                           && refusedOrBusy(other->logIn(
                               m_iin, QStringLiteral("000000"), KeyPurpose::Authenticate));
        }
        listed = listed && other.has_value();
    });
    QList<QByteArray> signatures;
    for (int at = 0; at < 20; ++at) {
        const auto signature = session->signDetached(m_decision);
        QVERIFY2(signature, qPrintable(signature ? QString() : signature.error().message));
        signatures.append(*signature);
    }
    sync.join();
    QVERIFY(listed);
    QVERIFY(wrongRefused);
    for (const QByteArray &signature : std::as_const(signatures))
        QVERIFY(verify(m_decision, signature));

    // Once the batch ends the module is free: a wrong PIN is refused as wrong.
    session->close();
    const auto wrong = form->logIn(m_iin, QStringLiteral("000000"));
    QVERIFY(!wrong);
    QCOMPARE(wrong.error().code, QStringLiteral("token.pin"));
}

QTEST_GUILESS_MAIN(TestTokens)
#include "tst_tokens.moc"
