#include "core/domain/lawbook.h"
#include "core/domain/queues.h"
#include "core/security/certificates.h"
#include "core/security/passwords.h"
#include "core/security/signatures.h"
#include "core/security/tokens.h"
#include "db/client/clientstore.h"
#include "db/server/serverstore.h"
#include "db/server/userstore.h"
#include "sync/casedesk.h"
#include "sync/syncengine.h"
#include "tests/support/builders.h"
#include "tests/support/serverprocess.h"
#include "tests/support/softhsmtoken.h"

#include <QFile>
#include <QJsonArray>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Kezek;
using namespace Kezek::Testing;

namespace {
const QString Password = QStringLiteral("officer-password-1");
const QString Pin = QStringLiteral("482915");
const QString Officer = QStringLiteral("officer.astana");
const QString Operator = QStringLiteral("csc.astana");
} // namespace

// Issue 29, points 1 and 2: the workstation signs decisions with a key on a
// PKCS#11 token (SoftHSM2, a real module), one or a batch with one PIN entry,
// each its own CMS, and the real server accepts them as the officer's; a
// token taken out half-way leaves the ones signed before queued and no more.
class TestTokenSigning : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void aDecisionSignedOnTheTokenIsQueuedSyncedAndAccepted();
    void fiftyDecisionsAreSignedWithOneLoginEachItsOwnVerifyingSignature();
    void aWrongPinSaysSoAndQueuesNothing();
    void aTokenRemovedMidBatchQueuesTheSignedOnesAndNoMore();
    void theCourierDispatchIsSignedByTheOperatorWhenTheSiteAsks();

private:
    // Cases of Astana on the server in `state`, new to each test.
    QList<Case> newCases(CaseState state, int count);
    std::unique_ptr<ClientStore> cache(const QString &name, const QString &user);
    SyncSettings settings(const QString &user) const;
    CaseDesk desk(ClientStore &store, const QString &user, Role role);
    CaseCommand returnForRework(CaseDesk &desk, const Case &c);
    Result<SignerIdentity> verify(const CaseCommand &command) const;

    QTemporaryDir m_dir;
    std::unique_ptr<ServerProcess> m_server;
    QString m_databaseUrl;
    SoftHsmToken m_token;
    QString m_module;
    PemPair m_officerKey;
    PemPair m_operatorKey;
    TrustAnchors m_anchors;
    std::optional<Lawbook> m_law;
};

void TestTokenSigning::initTestCase()
{
    m_module = SoftHsmToken::realModule();
    if (m_module.isEmpty())
        QSKIP("SoftHSM2 (Debian softhsm2) is not installed: scripts/test.sh installs it");
    QVERIFY(m_dir.isValid());
    m_server = std::make_unique<ServerProcess>();
    m_databaseUrl = QStringLiteral("sqlite:") + m_server->folder() + QStringLiteral("/server.db");
    QVERIFY(m_server->start());
    auto store = ServerStore::open(m_databaseUrl);
    QVERIFY(store);
    UserStore users(**store);
    const QString hash = *hashPassword(Password, ScryptCost{10, 8, 1});
    QVERIFY(users.addUser(
        {Officer, Officer, Role::MigrationOfficer, City::Astana, hash, 0, {}, {}, {}, {}, false},
        QDateTime::currentDateTimeUtc()));
    QVERIFY(users.addUser(
        {Operator, Operator, Role::CscOperator, City::Astana, hash, 0, {}, {}, {}, {}, false},
        QDateTime::currentDateTimeUtc()));

    // Both keys from the authority the server trusts, on one token, each
    // registered for its holder.
    QFile caCertificate(m_server->folder() + QStringLiteral("/tls/signing-ca.pem"));
    QFile caKey(m_server->folder() + QStringLiteral("/tls/signing-ca-key.pem"));
    QVERIFY(caCertificate.open(QIODevice::ReadOnly) && caKey.open(QIODevice::ReadOnly));
    const PemPair authority{caCertificate.readAll(), caKey.readAll()};
    QFile root(m_server->folder() + QStringLiteral("/tls/signing-root.pem"));
    QVERIFY(root.open(QIODevice::ReadOnly));
    auto anchors = trustAnchorsFromPem(root.readAll() + authority.certificate);
    QVERIFY(anchors);
    m_anchors = *anchors;
    auto officerKey = issueSigningCertificate(authority, Officer, Builders::staffIin(Officer));
    auto operatorKey = issueSigningCertificate(authority, Operator, Builders::staffIin(Operator));
    QVERIFY(officerKey && operatorKey);
    m_officerKey = *officerKey;
    m_operatorKey = *operatorKey;
    QVERIFY(
        m_token.create(m_dir.filePath(QStringLiteral("token")), QStringLiteral("Kaztoken"), Pin));
    QVERIFY(m_token.import(m_officerKey, QStringLiteral("01"), QStringLiteral("officer")));
    QVERIFY(m_token.import(m_operatorKey, QStringLiteral("02"), QStringLiteral("operator")));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY(users.setSigningCertificate(Officer, m_officerKey.certificate, now));
    QVERIFY(users.setSigningCertificate(Operator, m_operatorKey.certificate, now));
}

void TestTokenSigning::cleanup()
{
    SoftHsmToken::neverRemoved();
}

QList<Case> TestTokenSigning::newCases(CaseState state, int count)
{
    QList<Case> cases;
    // The latest start that reaches the state by yesterday: no step dated
    // after today, no deadline of the law run out.
    const QDate today = kazakhstanDate(QDateTime::currentDateTimeUtc());
    QDate start = today.addDays(-400);
    while (Builders::dayReached(state, start.addDays(1)) <= today.addDays(-1))
        start = start.addDays(1);
    const Case model = Builders::caseIn(state, start, City::Astana);
    for (int n = 0; n < count; ++n) {
        Case c = model;
        c.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        c.number = QStringLiteral("DNR-2026-T%1").arg(c.id.left(6));
        cases.append(c);
    }
    auto server = ServerStore::open(m_databaseUrl);
    if (!server || !(*server)->saveCases(cases))
        qFatal("the test's cases could not be saved");
    return cases;
}

std::unique_ptr<ClientStore> TestTokenSigning::cache(const QString &name, const QString &user)
{
    auto store = ClientStore::open(m_dir.filePath(name), Password);
    if (!store)
        qFatal("cache: %s", qPrintable(store.error().message));
    auto synced = SyncEngine(**store, settings(user)).run();
    if (!synced)
        qFatal("first sync: %s", qPrintable(synced.error().message));
    return std::move(*store);
}

SyncSettings TestTokenSigning::settings(const QString &user) const
{
    SyncSettings s;
    s.server = QUrl(m_server->baseUrl());
    s.user = user;
    s.password = Password;
    s.tls = m_server->trustingConfiguration();
    s.firstBackoffMs = 20;
    return s;
}

CaseDesk TestTokenSigning::desk(ClientStore &store, const QString &user, Role role)
{
    // The law the server sent with the first sync.
    if (!m_law)
        m_law = Lawbook::fromJson(*store.law()).value();
    return CaseDesk(store, {user, user, role, City::Astana, {}}, m_law->context());
}

CaseCommand TestTokenSigning::returnForRework(CaseDesk &desk, const Case &c)
{
    auto command = desk.prepare(
        **desk.currentCase(c.id),
        QStringLiteral("return-for-rework"),
        {{QStringLiteral("reasonCodes"), QJsonArray{QStringLiteral("DOCS-INCOMPLETE")}}});
    if (!command)
        qFatal("the law refused: %s", qPrintable(command.error().message));
    return *command;
}

Result<SignerIdentity> TestTokenSigning::verify(const CaseCommand &command) const
{
    return verifyDecisionSignature(
        signedContent(command), command.signature, m_anchors, QDateTime::currentDateTimeUtc());
}

void TestTokenSigning::aDecisionSignedOnTheTokenIsQueuedSyncedAndAccepted()
{
    // Issue 29, point 1: a decision signed on the token goes as a file key's does.
    const QList<Case> cases = newCases(CaseState::Received, 1);
    auto store = cache(QStringLiteral("one.db"), Officer);
    CaseDesk officer = desk(*store, Officer, Role::MigrationOfficer);
    auto module = TokenModule::open(m_module);
    QVERIFY(module);
    auto session = module->logIn(Builders::staffIin(Officer), Pin);
    QVERIFY2(session, qPrintable(session ? QString() : session.error().message));
    DeskSigner signer(std::move(*session));
    QVERIFY(sameKey(signer.certificate(), m_officerKey.certificate));
    QVERIFY2(officer.submit(returnForRework(officer, cases.first()), &signer), "not queued");
    signer.close();

    auto summary = SyncEngine(*store, settings(Officer)).run();
    QVERIFY2(summary, qPrintable(summary ? QString() : summary.error().message));
    QCOMPARE(summary->pushed, 1);
    QCOMPARE(summary->rejected, 0);
    auto server = ServerStore::open(m_databaseUrl);
    QCOMPARE((*(*server)->findCase(cases.first().id))->state, CaseState::ReturnedForRework);
    const auto kept = (*server)->signedCommands(cases.first().id);
    QVERIFY(kept && kept->size() == 1);
    QCOMPARE(kept->first().userId, Officer);
}

void TestTokenSigning::fiftyDecisionsAreSignedWithOneLoginEachItsOwnVerifyingSignature()
{
    // Issue 29, point 2: fifty decisions, one PIN entry, fifty CMS.
    const QList<Case> cases = newCases(CaseState::Received, 50);
    auto store = cache(QStringLiteral("fifty.db"), Officer);
    CaseDesk officer = desk(*store, Officer, Role::MigrationOfficer);
    QList<CaseCommand> commands;
    for (const Case &c : cases)
        commands.append(returnForRework(officer, c));
    auto module = TokenModule::open(m_module);
    QVERIFY(module);
    auto session = module->logIn(Builders::staffIin(Officer), Pin);
    QVERIFY(session);
    DeskSigner signer(std::move(*session));
    int told = 0;
    const auto batch = officer.submitSigned(commands, signer, [&](int done) {
        told = done;
        return true;
    });
    QVERIFY2(!batch.stoppedBy, qPrintable(batch.stoppedBy ? batch.stoppedBy->message : QString()));
    QCOMPARE(batch.queued, 50);
    QCOMPARE(told, 50);
    // The PIN goes with the batch: the token must be logged in again.
    signer.close();
    QVERIFY(!signer.sign("after the batch"));

    const auto queued = store->outbox(QStringLiteral("pending"), 100);
    QVERIFY(queued);
    QCOMPARE(queued->size(), 50);
    QSet<QByteArray> signatures;
    for (const OutboxEntry &entry : *queued) {
        signatures.insert(entry.command.signature);
        const auto holder = verify(entry.command);
        QVERIFY2(holder, qPrintable(holder ? QString() : holder.error().message));
        QCOMPARE(holder->iin, Builders::staffIin(Officer));
    }
    QCOMPARE(signatures.size(), 50);

    auto summary = SyncEngine(*store, settings(Officer)).run();
    QVERIFY2(summary, qPrintable(summary ? QString() : summary.error().message));
    QCOMPARE(summary->pushed, 50);
    QCOMPARE(summary->rejected, 0);
    auto server = ServerStore::open(m_databaseUrl);
    for (const Case &c : cases)
        QCOMPARE((*(*server)->findCase(c.id))->state, CaseState::ReturnedForRework);
}

void TestTokenSigning::aWrongPinSaysSoAndQueuesNothing()
{
    // Issue 29, "done means": a wrong PIN, a clear message, nothing queued.
    const QList<Case> cases = newCases(CaseState::Received, 2);
    auto store = cache(QStringLiteral("wrongpin.db"), Officer);
    auto module = TokenModule::open(m_module);
    QVERIFY(module);
    const auto refused = module->logIn(Builders::staffIin(Officer), QStringLiteral("000000"));
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, QStringLiteral("token.pin"));
    QVERIFY(refused.error().message.contains(u"The PIN is wrong. Nothing was signed."));
    // Without a signer a decision is not queued unsigned.
    CaseDesk officer = desk(*store, Officer, Role::MigrationOfficer);
    const auto unsignedOne = officer.submit(returnForRework(officer, cases.first()));
    QVERIFY(!unsignedOne);
    QCOMPARE(unsignedOne.error().code, QStringLiteral("sync.key-needed"));
    QVERIFY(store->outbox(QStringLiteral("pending"), 10)->isEmpty());
}

void TestTokenSigning::aTokenRemovedMidBatchQueuesTheSignedOnesAndNoMore()
{
    // Issue 29, "done means": the token taken out after three signatures of
    // six: those three queued (and accepted), the other three not, and said.
    const QList<Case> cases = newCases(CaseState::Received, 6);
    auto store = cache(QStringLiteral("removed.db"), Officer);
    CaseDesk officer = desk(*store, Officer, Role::MigrationOfficer);
    QList<CaseCommand> commands;
    for (const Case &c : cases)
        commands.append(returnForRework(officer, c));
    auto module = TokenModule::open(SoftHsmToken::removalModule(3));
    QVERIFY2(module, qPrintable(module ? QString() : module.error().message));
    auto session = module->logIn(Builders::staffIin(Officer), Pin);
    QVERIFY2(session, qPrintable(session ? QString() : session.error().message));
    DeskSigner signer(std::move(*session));
    const auto batch = officer.submitSigned(commands, signer);
    QCOMPARE(batch.queued, 3);
    QVERIFY(batch.stoppedBy);
    QCOMPARE(batch.stoppedBy->code, QStringLiteral("token.removed"));
    QVERIFY(batch.stoppedBy->message.contains(u"The token was removed."));
    // The session ended with the token: nothing more is signed with it.
    QVERIFY(!signer.isOpen());

    const auto queued = store->outbox(QStringLiteral("pending"), 10);
    QVERIFY(queued);
    QCOMPARE(queued->size(), 3);
    for (int at = 0; at < 3; ++at)
        QCOMPARE(queued->at(at).command.caseId, cases.at(at).id);
    auto summary = SyncEngine(*store, settings(Officer)).run();
    QVERIFY2(summary, qPrintable(summary ? QString() : summary.error().message));
    QCOMPARE(summary->pushed, 3);
    auto server = ServerStore::open(m_databaseUrl);
    for (int at = 0; at < 6; ++at) {
        QCOMPARE((*(*server)->findCase(cases.at(at).id))->state,
                 at < 3 ? CaseState::ReturnedForRework : CaseState::Received);
    }
}

void TestTokenSigning::theCourierDispatchIsSignedByTheOperatorWhenTheSiteAsks()
{
    // Issue 29, point 2: the courier's manifest, each dispatch its own CMS
    // over its command, signed with the CSC operator's key on the token in
    // one login, and the server checks each as the operator's.
    const QList<Case> cases = newCases(CaseState::FinalRegistered, 3);
    auto store = cache(QStringLiteral("courier.db"), Operator);
    CaseDesk csc = desk(*store, Operator, Role::CscOperator);
    QList<CaseCommand> commands;
    for (const Case &c : cases) {
        auto command
            = csc.prepare(**csc.currentCase(c.id),
                          QStringLiteral("dispatch-courier"),
                          {{QStringLiteral("reference"), QStringLiteral("KZP-2026-TOKEN")}});
        QVERIFY2(command, qPrintable(command ? QString() : command.error().message));
        commands.append(*command);
    }
    // Signed with the officer's key instead: the server refuses it as
    // another person's, so the signature on a dispatch is really checked.
    {
        auto module = TokenModule::open(m_module);
        QVERIFY(module);
        auto session = module->logIn(Builders::staffIin(Officer), Pin);
        QVERIFY(session);
        DeskSigner wrong(std::move(*session));
        auto signedByOfficer = CaseDesk::signEach({commands.first()}, wrong);
        QVERIFY(signedByOfficer);
        auto other = cache(QStringLiteral("courier-wrong.db"), Operator);
        QVERIFY(desk(*other, Operator, Role::CscOperator).submitAll(*signedByOfficer));
        auto refused = SyncEngine(*other, settings(Operator)).run();
        QVERIFY(refused);
        QCOMPARE(refused->rejected, 1);
        const auto answer = other->outbox(QStringLiteral("rejected"), 10)->first().answer;
        QCOMPARE(answer.value(u"code").toString(), QStringLiteral("signature.other-person"));
    }

    auto module = TokenModule::open(m_module);
    QVERIFY(module);
    auto session = module->logIn(Builders::staffIin(Operator), Pin);
    QVERIFY2(session, qPrintable(session ? QString() : session.error().message));
    DeskSigner signer(std::move(*session));
    auto signedCommands = CaseDesk::signEach(commands, signer);
    signer.close();
    QVERIFY2(signedCommands,
             qPrintable(signedCommands ? QString() : signedCommands.error().message));
    QSet<QByteArray> signatures;
    for (const CaseCommand &command : *signedCommands) {
        signatures.insert(command.signature);
        const auto holder = verify(command);
        QVERIFY2(holder, qPrintable(holder ? QString() : holder.error().message));
        QCOMPARE(holder->iin, Builders::staffIin(Operator));
    }
    QCOMPARE(signatures.size(), 3);
    QVERIFY(csc.submitAll(*signedCommands));
    auto summary = SyncEngine(*store, settings(Operator)).run();
    QVERIFY2(summary, qPrintable(summary ? QString() : summary.error().message));
    QCOMPARE(summary->pushed, 3);
    QCOMPARE(summary->rejected, 0);
    auto server = ServerStore::open(m_databaseUrl);
    for (const Case &c : cases) {
        QCOMPARE((*(*server)->findCase(c.id))->state, CaseState::InCourier);
        const auto kept = (*server)->signedCommands(c.id);
        QVERIFY(kept && kept->size() == 1);
        QCOMPARE(kept->first().userId, Operator);
        QCOMPARE(kept->first().type, QStringLiteral("dispatch-courier"));
    }
}

QTEST_GUILESS_MAIN(TestTokenSigning)
#include "tst_tokensigning.moc"
