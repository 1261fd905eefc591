#include "core/domain/casecodec.h"
#include "core/domain/lawbook.h"
#include "core/domain/queues.h"
#include "core/security/certificates.h"
#include "core/security/passwords.h"
#include "core/security/signatures.h"
#include "db/client/clientstore.h"
#include "db/server/serverstore.h"
#include "db/server/userstore.h"
#include "sync/casedesk.h"
#include "sync/syncengine.h"
#include "tests/support/builders.h"
#include "tests/support/faultproxy.h"
#include "tests/support/serverprocess.h"
#include "tests/support/testdata.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUuid>

#include <csignal>

using namespace Kezek;
using namespace Kezek::Testing;

namespace {

const QString Password = QStringLiteral("correct horse battery");

} // namespace

// The workstation's sync against the real server over real TLS: what an
// officer on a train relies on.
class TestSync : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void theFirstSyncBringsTheOfficersCityAndTheNextNothing();
    void offlineCommandsArePushedOnceAndComeBackInTheFeed();
    void aCommandWhoseAnswerWasLostIsNotAppliedTwice();
    void anAppliedCommandShowsUntilThePullBringsItsVersion();
    void twoOfficersOnOneCaseClashOnlyWhereTheirWorkMeets();
    void aBusyDatabaseIsWaitedOutAndTheCommandAppliedOnce();
    void anOlderWorkstationIsToldAndKeepsItsOutbox();
    void aServerWithAnotherKeyStopsTheSyncAndKeepsTheOutbox();
    void anUnreachableServerIsRetriedThenReportedOffline();
    void kezekctlSyncsHeadlessAndShowsTheStatus();
    void aServerKilledMidPullLeavesTheCacheWholeAndTheNextSyncResumes();
    void aServerKilledMidPushAppliesEveryCommandOnce();
    void aConnectionCutMidAnswerIsRetriedAndAppliesOnce();
    void aRepeatedAnswerSettlesNothingAndLosesNothing();
    void aSlowServerIsWaitedForThenRetried();
    void aMalformedPageKeepsNothingAndTheNextSyncRecovers();
    void aWorkstationKilledMidPullOpensAndResumes();
    void claimsMadeOfflineAreCheckedAtTheNextSync();
    void deadlinesCountOnTheServersClock();
    void scansOfClaimedCasesAreBroughtEncryptedAndChecked();
    void theServersLawIsKeptAndASitesNewCalendarFollows();
    void anActMadeOfflineKeepsItsDayAfterALateSync();
    void aDecisionSentAtOnceCarriesTheTsasTimeALateOneIsStampedOnReceipt();

private:
    std::unique_ptr<ClientStore> cache(const QString &name)
    {
        auto store = ClientStore::open(m_dir.filePath(name), Password);
        if (!store)
            qFatal("cache: %s", qPrintable(store.error().message));
        return std::move(*store);
    }
    SyncSettings settings() const
    {
        SyncSettings s;
        s.server = QUrl(m_server->baseUrl());
        s.user = QStringLiteral("officer.astana");
        s.password = Password;
        s.tls = m_server->trustingConfiguration();
        s.firstBackoffMs = 20;
        return s;
    }
    // The same officer, through a proxy in front of the test's server.
    SyncSettings through(const FaultProxy &proxy) const
    {
        SyncSettings s = settings();
        s.server = QUrl(proxy.baseUrl());
        s.attempts = 3;
        return s;
    }
    CaseCommand verify(const Case &c, DocumentType type) const
    {
        return {QUuid::createUuid().toString(QUuid::WithoutBraces),
                QStringLiteral("update-document"),
                c.id,
                c.version,
                {{QStringLiteral("checklist"), QStringLiteral("preliminary")},
                 {QStringLiteral("document"), documentTypeId(type)},
                 {QStringLiteral("command"), QStringLiteral("verify")}},
                {},
                {}};
    }

    // What the server holds now, measured before a sync is checked against
    // it: some tests add cases of the officer's city, and the tests run in
    // any order.
    qint64 astanaOnServer() const
    {
        return server()->casesForOversight(City::Astana).value().size();
    }
    qint64 revisionOnServer() const { return server()->currentRevision().value(); }
    Case onServer(const QString &caseId) const
    {
        return server()->findCase(caseId).value().value();
    }
    std::unique_ptr<ServerStore> server() const
    {
        auto store = ServerStore::open(m_databaseUrl);
        if (!store)
            qFatal("server: %s", qPrintable(store.error().message));
        return std::move(*store);
    }

    // A new case of the officer's city on the server, returned for rework
    // at the desk by `desk`'s clock and signed with `key`, then synced.
    Result<SyncSummary> returnSigned(const SyncSettings &settings,
                                     std::function<QDateTime()> clock,
                                     const PemPair &key,
                                     QString *caseId);

    QTemporaryDir m_dir;
    std::unique_ptr<ServerProcess> m_server;
    QString m_databaseUrl;
    QList<Case> m_astana;
};

void TestSync::initTestCase()
{
    // Notices are delivered at start-up only (there are none then): a
    // delivery records itself on its case, and one that fell in the middle of
    // a test, of a notice an earlier test's step left, would move the
    // revision that test counts by.
    m_server = std::make_unique<ServerProcess>(
        QStringList{QStringLiteral("--notice-interval"), QStringLiteral("3600")});
    m_databaseUrl = QStringLiteral("sqlite:") + m_server->folder() + QStringLiteral("/server.db");
    QVERIFY(m_server->start());
    auto store = ServerStore::open(m_databaseUrl);
    QVERIFY(store);
    UserStore users(**store);
    const QString hash = *hashPassword(Password, ScryptCost{10, 8, 1});
    for (const auto &[id, city] : {std::pair{QStringLiteral("officer.astana"), City::Astana},
                                   std::pair{QStringLiteral("officer2.astana"), City::Astana},
                                   std::pair{QStringLiteral("officer.almaty"), City::Almaty}}) {
        QVERIFY(
            users.addUser({id, id, Role::MigrationOfficer, city, hash, 0, {}, {}, {}, {}, false},
                          QDateTime::currentDateTimeUtc()));
    }
    QList<Case> cases;
    for (int n = 1; n <= 5; ++n) {
        Case c = Builders::caseIn(CaseState::Received,
                                  QDateTime::currentDateTimeUtc().date(),
                                  n <= 3 ? City::Astana : City::Almaty);
        c.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        c.number = QStringLiteral("DNR-2026-%1").arg(n, 6, 10, QLatin1Char('0'));
        cases.append(c);
        if (c.city == City::Astana)
            m_astana.append(c);
    }
    const auto saved = (*store)->saveCases(cases);
    QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().message));
}

void TestSync::theFirstSyncBringsTheOfficersCityAndTheNextNothing()
{
    auto store = cache(QStringLiteral("first.db"));
    const qint64 astana = astanaOnServer();
    const qint64 revision = revisionOnServer();
    SyncEngine engine(*store, settings());
    qint64 lastDone = 0;
    connect(&engine, &SyncEngine::progress, this, [&](const QString &, qint64 done, qint64) {
        lastDone = done;
    });
    auto summary = engine.run();
    QVERIFY2(summary, qPrintable(summary ? QString() : summary.error().message));
    QCOMPARE(summary->pulled, astana); // not the Almaty cases
    QCOMPARE(*store->caseCount(), astana);
    QCOMPARE(summary->cursor, revision); // past the Almaty cases too
    QCOMPARE(lastDone, revision);
    for (const Case &c : std::as_const(m_astana))
        QCOMPARE(**store->findCase(c.id), onServer(c.id));
    auto again = SyncEngine(*store, settings()).run();
    QVERIFY(again);
    QCOMPARE(again->pulled, 0);
    QCOMPARE(again->cursor, revision);

    // A kept session is used; a forged or expired one signs in again.
    SyncSettings kept = settings();
    kept.password.clear(); // the token alone must do
    SyncEngine signedIn(*store, settings());
    QVERIFY(signedIn.run());
    kept.token = signedIn.token();
    QVERIFY(SyncEngine(*store, kept).run());
    SyncSettings expired = settings();
    expired.token = "not-a-session";
    SyncEngine renewed(*store, expired);
    QVERIFY(renewed.run());
    QVERIFY(renewed.token() != expired.token);

    // Expired, and no password held (the workstation keeps none): the sync
    // asks for it and changes nothing; given, it goes on.
    const Case before = **store->findCase(m_astana.at(1).id);
    QVERIFY(store->enqueue(verify(before, DocumentType::Questionnaire)));
    expired.password.clear();
    auto asked = SyncEngine(*store, expired).run();
    QVERIFY(!asked);
    QCOMPARE(asked.error().code, QStringLiteral("sync.password-needed"));
    QCOMPARE(store->outbox(QStringLiteral("pending"), 10)->size(), 1);
    expired.password = Password;
    auto given = SyncEngine(*store, expired).run();
    QVERIFY2(given, qPrintable(given ? QString() : given.error().message));
    QCOMPARE(given->pushed, 1);
}

void TestSync::offlineCommandsArePushedOnceAndComeBackInTheFeed()
{
    auto store = cache(QStringLiteral("offline.db"));
    QVERIFY(SyncEngine(*store, settings()).run());
    const Case before = **store->findCase(m_astana.at(0).id);
    // On the train: two documents verified, no network.
    CaseCommand first = verify(before, DocumentType::Passport);
    CaseCommand second = verify(before, DocumentType::Photo);
    second.baseVersion = before.version + 1;
    QVERIFY(store->enqueue(first));
    QVERIFY(store->enqueue(second));

    auto summary = SyncEngine(*store, settings()).run();
    QVERIFY2(summary, qPrintable(summary ? QString() : summary.error().message));
    QCOMPARE(summary->pushed, 2);
    QCOMPARE(summary->conflicts + summary->rejected, 0);
    QVERIFY(store->outbox(QStringLiteral("pending"), 10)->isEmpty());
    const Case after = **store->findCase(before.id);
    QCOMPARE(after.version, before.version + 2);
    QCOMPARE(after.preliminaryDocuments.item(DocumentType::Passport)->status,
             DocumentStatus::Verified);
    QCOMPARE(after.preliminaryDocuments.item(DocumentType::Photo)->status,
             DocumentStatus::Verified);
}

void TestSync::anAppliedCommandShowsUntilThePullBringsItsVersion()
{
    auto store = cache(QStringLiteral("applied-unpulled.db"));
    QVERIFY(SyncEngine(*store, settings()).run());
    const Case before = **store->findCase(m_astana.at(2).id);
    QVERIFY(store->enqueue(verify(before, DocumentType::CitizenshipRecord)));
    // The push is applied; every page of the pull after it comes back broken.
    FaultProxy proxy(m_server->port(), m_server->folder() + QStringLiteral("/tls"));
    QVERIFY(proxy.start());
    proxy.add({"/api/v1/changes", FaultProxy::Fault::Corrupt, 3, "<html>oops", 0, {}});
    auto cut = SyncEngine(*store, through(proxy)).run();
    QVERIFY(!cut);
    QCOMPARE(proxy.requests("/api/v1/commands"), 1);
    QCOMPARE((*store->findCase(before.id))->version, before.version); // not heard yet
    QVERIFY(store->outbox(QStringLiteral("pending"), 10)->isEmpty()); // not sent again
    const auto kept = store->outboxOfCase(before.id);
    QCOMPARE(kept->size(), 1);
    QCOMPARE(kept->at(0).status, QStringLiteral("applied"));
    // The officer still sees the document verified, as the server has it.
    const auto law = Lawbook::fromJson(*store->law());
    QVERIFY(law);
    CaseDesk desk(*store,
                  {QStringLiteral("officer.astana"), {}, Role::MigrationOfficer, City::Astana, {}},
                  law->context());
    const Case shown = **desk.currentCase(before.id);
    QCOMPARE(shown.preliminaryDocuments.item(DocumentType::CitizenshipRecord)->status,
             DocumentStatus::Verified);
    // Its row in the queue reads the same case, and no step of it waits to be sent.
    const auto row = desk.currentGlance(before.id);
    QVERIFY(row && *row);
    QCOMPARE((*row)->glance, glanceOf(shown));
    QCOMPARE((*row)->waiting, 0);

    // The next pull brings that version, and the command is done with.
    auto next = SyncEngine(*store, through(proxy)).run();
    QVERIFY2(next, qPrintable(next ? QString() : next.error().message));
    QCOMPARE(next->pushed, 0);
    QVERIFY(store->outboxOfCase(before.id)->isEmpty());
    const Case after = **store->findCase(before.id);
    QCOMPARE(after.version, before.version + 1);
    QCOMPARE(after.preliminaryDocuments.item(DocumentType::CitizenshipRecord)->status,
             DocumentStatus::Verified);
}

void TestSync::aCommandWhoseAnswerWasLostIsNotAppliedTwice()
{
    auto store = cache(QStringLiteral("lost.db"));
    QVERIFY(SyncEngine(*store, settings()).run());
    const Case before = **store->findCase(m_astana.at(1).id);
    const CaseCommand command = verify(before, DocumentType::Passport);
    QVERIFY(store->enqueue(command));
    // An earlier push reached the server, and its answer was lost on the way
    // back: the server applied it, the outbox still has it.
    {
        auto other = cache(QStringLiteral("lost-other.db"));
        QVERIFY(other->enqueue(command));
        QVERIFY(SyncEngine(*other, settings()).run());
    }
    auto summary = SyncEngine(*store, settings()).run();
    QVERIFY(summary);
    QCOMPARE(summary->pushed, 1); // answered "duplicate": done
    QVERIFY(store->outbox(QStringLiteral("pending"), 10)->isEmpty());
    QCOMPARE((*store->findCase(before.id))->version, before.version + 1); // once
}

void TestSync::twoOfficersOnOneCaseClashOnlyWhereTheirWorkMeets()
{
    auto laptopA = cache(QStringLiteral("a.db"));
    auto laptopB = cache(QStringLiteral("b.db"));
    SyncSettings colleague = settings();
    colleague.user = QStringLiteral("officer2.astana");
    QVERIFY(SyncEngine(*laptopA, settings()).run());
    QVERIFY(SyncEngine(*laptopB, colleague).run());
    const Case seen = **laptopA->findCase(m_astana.at(2).id);
    QVERIFY(laptopA->enqueue(verify(seen, DocumentType::Passport)));
    // The colleague, on the same version: another document (§10-12: its own
    // verdict) and the same passport, rejected.
    const CaseCommand other = verify(seen, DocumentType::Photo);
    QVERIFY(laptopB->enqueue(other));
    CaseCommand late = verify(seen, DocumentType::Passport);
    late.payload.insert(QStringLiteral("command"), QStringLiteral("reject"));
    late.payload.insert(QStringLiteral("reason"), QStringLiteral("The photo page is cut off."));
    QVERIFY(laptopB->enqueue(late));

    auto a = SyncEngine(*laptopA, settings()).run();
    QVERIFY(a);
    QCOMPARE(a->pushed, 1);
    auto b = SyncEngine(*laptopB, colleague).run();
    QVERIFY(b);
    QCOMPARE(b->pushed, 1);
    QCOMPARE(b->conflicts, 1);
    // Kept, with the server's case to rebase on and, in words, who did what;
    // the cache has the server's case too.
    const auto conflicts = laptopB->outbox(QStringLiteral("conflict"), 10);
    QCOMPARE(conflicts->size(), 1);
    QCOMPARE(conflicts->at(0).command, late);
    QCOMPARE(conflicts->at(0).answer.value(u"version").toInt(), seen.version + 2);
    QVERIFY(conflicts->at(0).answer.value(u"case").isObject());
    const QString said = conflicts->at(0).answer.value(u"message").toString();
    QVERIFY2(said.contains(QStringLiteral("officer.astana")), qPrintable(said));
    QVERIFY2(said.contains(documentTitle(DocumentType::Passport)), qPrintable(said));
    const Case now = **laptopB->findCase(seen.id);
    QCOMPARE(now.version, seen.version + 2);
    QCOMPARE(now.preliminaryDocuments.item(DocumentType::Passport)->status,
             DocumentStatus::Verified);
    QCOMPARE(now.preliminaryDocuments.item(DocumentType::Photo)->status, DocumentStatus::Verified);
}

void TestSync::aBusyDatabaseIsWaitedOutAndTheCommandAppliedOnce()
{
    auto store = cache(QStringLiteral("busy.db"));
    SyncEngine first(*store, settings());
    QVERIFY(first.run());
    const Case before = **store->findCase(m_astana.at(1).id);
    QVERIFY(store->enqueue(verify(before, DocumentType::StateDuty)));
    // Another writer holds the server's database longer than the server
    // waits for it: the server answers 503 to retry, the workstation waits
    // and sends again, and the command is applied once.
    auto holder = ServerStore::open(m_databaseUrl);
    QVERIFY(holder);
    QSqlQuery lock((*holder)->connection());
    QVERIFY(lock.exec(QStringLiteral("BEGIN IMMEDIATE")));
    // The lock goes after 6.5 s, whatever becomes of the sync (a context of
    // this test's own, so that a failure cannot fire it in a later test).
    QObject lockHolder;
    QTimer::singleShot(6500, &lockHolder, [&holder] { (*holder)->connection().rollback(); });
    SyncSettings patient = settings();
    patient.token = first.token();
    patient.firstBackoffMs = 500; // settings() makes it 20 ms: too quick to wait the lock out
    const qsizetype logged = m_server->standardError().size();
    auto summary = SyncEngine(*store, patient).run();
    QVERIFY2(summary, qPrintable(summary ? QString() : summary.error().message));
    QCOMPARE(summary->pushed, 1);
    QVERIFY(m_server->standardError().mid(logged).contains(QStringLiteral("status=503")));
    QCOMPARE((**store->findCase(before.id)).version, before.version + 1);
    QVERIFY(store->outbox(QStringLiteral("pending"), 10)->isEmpty());
}

void TestSync::anOlderWorkstationIsToldAndKeepsItsOutbox()
{
    auto store = cache(QStringLiteral("old.db"));
    QVERIFY(SyncEngine(*store, settings()).run());
    const Case before = **store->findCase(m_astana.at(0).id);
    QVERIFY(store->enqueue(verify(before, DocumentType::Petition)));
    SyncSettings old = settings();
    old.protocol = OldestAcceptedProtocol - 1;
    auto refused = SyncEngine(*store, old).run();
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, QStringLiteral("sync.outdated"));
    QVERIFY(refused.error().message.contains(QString::number(OldestAcceptedProtocol)));
    QCOMPARE(store->outbox(QStringLiteral("pending"), 10)->size(), 1);
    // Updated, it sends what waited.
    auto updated = SyncEngine(*store, settings()).run();
    QVERIFY2(updated, qPrintable(updated ? QString() : updated.error().message));
    QCOMPARE(updated->pushed, 1);
}

void TestSync::anActMadeOfflineKeepsItsDayAfterALateSync()
{
    // A case of the officer's city, new to this test.
    Case fresh
        = Builders::caseIn(CaseState::Received, QDateTime::currentDateTimeUtc().date().addDays(-3));
    fresh.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    fresh.number = QStringLiteral("DNR-2026-OFFLINE");
    QVERIFY((*ServerStore::open(m_databaseUrl))->saveCases({fresh}));
    auto store = cache(QStringLiteral("train.db"));
    QVERIFY(SyncEngine(*store, settings()).run());
    // On the train, forty hours ago: every document verified, the case
    // registered, nothing sent.
    const QDateTime then = QDateTime::currentDateTimeUtc().addSecs(-40 * 3600);
    const auto law = Lawbook::fromJson(*store->law());
    QVERIFY(law);
    CaseDesk desk(*store,
                  {QStringLiteral("officer.astana"), {}, Role::MigrationOfficer, City::Astana, {}},
                  law->context(),
                  [then] { return then; });
    for (const CatalogEntry &entry : catalogFor(Stage::Preliminary)) {
        auto command = desk.prepare(**desk.currentCase(fresh.id),
                                    QStringLiteral("update-document"),
                                    {{QStringLiteral("checklist"), QStringLiteral("preliminary")},
                                     {QStringLiteral("document"), documentTypeId(entry.type)},
                                     {QStringLiteral("command"), QStringLiteral("verify")}});
        QVERIFY2(command, qPrintable(command ? QString() : command.error().message));
        QVERIFY(desk.submit(*command));
    }
    auto registration = desk.prepare(**desk.currentCase(fresh.id),
                                     QStringLiteral("register"),
                                     {{QStringLiteral("reference"), QStringLiteral("KQP-TRAIN")}});
    QVERIFY(registration);
    QVERIFY(registration->madeAt.isValid());
    QVERIFY(qAbs(registration->madeAt.secsTo(then)) < 600);
    QVERIFY(desk.submit(*registration));
    // Back online now: the registration counts from the day it was made.
    auto summary = SyncEngine(*store, settings()).run();
    QVERIFY2(summary, qPrintable(summary ? QString() : summary.error().message));
    QCOMPARE(summary->pushed, int(catalogFor(Stage::Preliminary).size()) + 1);
    const Case registered = **store->findCase(fresh.id);
    QCOMPARE(registered.state, CaseState::Registered);
    QCOMPARE(registered.history.constLast().date, kazakhstanDate(then));
    QCOMPARE(registered.clock(ClockKind::Registration)->stopped(), kazakhstanDate(then));
}

Result<SyncSummary> TestSync::returnSigned(const SyncSettings &settings,
                                           std::function<QDateTime()> clock,
                                           const PemPair &key,
                                           QString *caseId)
{
    Case fresh = Builders::caseIn(CaseState::Received, QDateTime::currentDateTimeUtc().date());
    fresh.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    fresh.number = QStringLiteral("DNR-2026-T%1").arg(fresh.id.left(5));
    *caseId = fresh.id;
    if (auto saved = (*ServerStore::open(m_databaseUrl))->saveCases({fresh}); !saved)
        return std::unexpected(saved.error());
    auto store = cache(fresh.id + QStringLiteral(".db"));
    if (auto first = SyncEngine(*store, settings).run(); !first)
        return first;
    const auto law = Lawbook::fromJson(*store->law());
    CaseDesk desk(*store,
                  {QStringLiteral("officer.astana"), {}, Role::MigrationOfficer, City::Astana, {}},
                  law->context(),
                  std::move(clock));
    auto command = desk.prepare(
        **desk.currentCase(fresh.id),
        QStringLiteral("return-for-rework"),
        {{QStringLiteral("reasonCodes"), QJsonArray{QStringLiteral("DOCS-INCOMPLETE")}}});
    if (!command)
        return std::unexpected(command.error());
    DeskSigner signer(key);
    if (auto queued = desk.submit(*command, &signer); !queued)
        return std::unexpected(queued.error());
    return SyncEngine(*store, settings).run();
}

void TestSync::aDecisionSentAtOnceCarriesTheTsasTimeALateOneIsStampedOnReceipt()
{
    // Issue "Signatures verified", point 3: a decision signed online carries
    // the site TSA's token; one signed offline is stamped by the server on
    // receipt, and so is one whose TSA cannot be reached: it is not held back.
    QFile caCertificate(m_server->folder() + QStringLiteral("/tls/signing-ca.pem"));
    QFile caKey(m_server->folder() + QStringLiteral("/tls/signing-ca-key.pem"));
    QVERIFY(caCertificate.open(QIODevice::ReadOnly) && caKey.open(QIODevice::ReadOnly));
    const QString officer = QStringLiteral("officer.astana");
    auto key = issueSigningCertificate(
        {caCertificate.readAll(), caKey.readAll()}, officer, Builders::staffIin(officer));
    QVERIFY(key);
    auto server = ServerStore::open(m_databaseUrl);
    QVERIFY(server);
    QVERIFY(UserStore(**server).setSigningCertificate(
        officer, key->certificate, QDateTime::currentDateTimeUtc()));
    const auto timeOf = [&](const QString &caseId) {
        auto kept = (*server)->signedCommands(caseId);
        return kept && kept->size() == 1 ? kept->constFirst() : ServerStore::SignedCommand{};
    };
    const auto now = [] {
        return QDateTime::currentDateTimeUtc();
    };

    QString online;
    auto sent = returnSigned(settings(), now, *key, &online);
    QVERIFY2(sent, qPrintable(sent ? QString() : sent.error().message));
    QCOMPARE(sent->timestamped, 1);
    QCOMPARE(sent->pushed, 1);
    QCOMPARE(timeOf(online).timeSource, QStringLiteral("tsa"));
    QVERIFY(qAbs(timeOf(online).trustedAt.secsTo(now())) < 60);

    // Signed offline a while ago (here half a minute, against a "soon" of ten
    // seconds), sent now: its own time stands, and a token now would
    // contradict it.
    QString late;
    const QDateTime then = now().addSecs(-30);
    SyncSettings soon = settings();
    soon.timestampWithinSeconds = 10;
    sent = returnSigned(
        soon, [then] { return then; }, *key, &late);
    QVERIFY2(sent, qPrintable(sent ? QString() : sent.error().message));
    QCOMPARE(sent->timestamped, 0);
    QCOMPARE(sent->pushed, 1);
    QCOMPARE(timeOf(late).timeSource, QStringLiteral("archive"));

    // The site's TSA is down: the decision goes all the same, stamped on receipt.
    SyncSettings unreachable = settings();
    unreachable.tsa = QStringLiteral("http://127.0.0.1:9/tsa");
    QString stranded;
    sent = returnSigned(unreachable, now, *key, &stranded);
    QVERIFY2(sent, qPrintable(sent ? QString() : sent.error().message));
    QCOMPARE(sent->timestamped, 0);
    QCOMPARE(sent->pushed, 1);
    QCOMPARE(timeOf(stranded).timeSource, QStringLiteral("archive"));
}

void TestSync::aServerWithAnotherKeyStopsTheSyncAndKeepsTheOutbox()
{
    auto store = cache(QStringLiteral("pinned.db"));
    QVERIFY(store->enqueue(verify(m_astana.at(0), DocumentType::Questionnaire)));
    SyncSettings pinned = settings();
    auto other
        = makeSelfSignedCertificate(QStringLiteral("someone else"), {QStringLiteral("127.0.0.1")});
    QVERIFY(other);
    pinned.pinnedKey = *publicKeyPin(other->certificate);
    auto refused = SyncEngine(*store, pinned).run();
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, QStringLiteral("sync.pin-mismatch"));
    QCOMPARE(store->outbox(QStringLiteral("pending"), 10)->size(), 1);
    QCOMPARE(*store->cursor(), 0);

    // The server's own key passes.
    QFile certificate(m_server->folder() + QStringLiteral("/tls/cert.pem"));
    QVERIFY(certificate.open(QIODevice::ReadOnly));
    pinned.pinnedKey = *publicKeyPin(certificate.readAll());
    auto accepted = SyncEngine(*store, pinned).run();
    QVERIFY2(accepted, qPrintable(accepted ? QString() : accepted.error().message));
}

void TestSync::anUnreachableServerIsRetriedThenReportedOffline()
{
    auto store = cache(QStringLiteral("offline2.db"));
    SyncSettings away = settings();
    away.server = QUrl(QStringLiteral("https://127.0.0.1:1"));
    away.attempts = 3;
    bool wentOffline = false;
    SyncEngine engine(*store, away);
    connect(&engine, &SyncEngine::onlineChanged, this, [&](bool online) {
        wentOffline = wentOffline || !online;
    });
    auto summary = engine.run();
    QVERIFY(!summary);
    QCOMPARE(summary.error().code, QStringLiteral("sync.offline"));
    QVERIFY(wentOffline);
}

void TestSync::kezekctlSyncsHeadlessAndShowsTheStatus()
{
    const QString cachePath = m_dir.filePath(QStringLiteral("cli.db"));
    auto kezekctl = [](const QStringList &arguments, const QString &password) {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("KEZEK_PASSWORD"), password);
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(KEZEKCTL_PATH), arguments);
        process.waitForFinished(60000);
        return std::pair{
            process.exitCode(),
            QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError())};
    };
    const QStringList sync = {QStringLiteral("sync"),
                              QStringLiteral("--server"),
                              m_server->baseUrl(),
                              QStringLiteral("--ca"),
                              m_server->folder() + QStringLiteral("/tls/cert.pem"),
                              QStringLiteral("--user"),
                              QStringLiteral("officer.astana"),
                              QStringLiteral("--cache"),
                              cachePath};
    const qint64 astana = astanaOnServer();
    const auto [code, out] = kezekctl(sync, Password);
    QVERIFY2(code == 0, qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("pulled %1 cases, pushed 0 commands, 0 conflicts, 0 "
                                         "rejected")
                              .arg(astana)),
             qPrintable(out));
    const auto [statusCode, status]
        = kezekctl({QStringLiteral("status"), QStringLiteral("--cache"), cachePath}, Password);
    QCOMPARE(statusCode, 0);
    QVERIFY2(status.contains(QStringLiteral(", %1 cases").arg(astana)), qPrintable(status));
    QVERIFY2(status.contains(QStringLiteral("outbox pending: 0")), qPrintable(status));
    // The cache opens with the officer's password only.
    const auto [wrongCode, wrong]
        = kezekctl({QStringLiteral("status"), QStringLiteral("--cache"), cachePath},
                   QStringLiteral("a guess"));
    QCOMPARE(wrongCode, 1);
    QVERIFY2(wrong.contains(QStringLiteral("password")), qPrintable(wrong));
}

void TestSync::aServerKilledMidPullLeavesTheCacheWholeAndTheNextSyncResumes()
{
    // A second server on the same database, killed after the first page.
    ServerProcess doomed({}, m_databaseUrl);
    QVERIFY(doomed.start());
    auto store = cache(QStringLiteral("killed.db"));
    const qint64 astana = astanaOnServer();
    SyncSettings pages = settings();
    pages.server = QUrl(doomed.baseUrl());
    pages.tls = doomed.trustingConfiguration();
    pages.pageSize = 1;
    pages.attempts = 2;
    SyncEngine engine(*store, pages);
    connect(&engine, &SyncEngine::progress, this, [&](const QString &phase, qint64, qint64) {
        if (phase == u"pull")
            doomed.kill();
    });
    auto cut = engine.run();
    QVERIFY(!cut);
    QCOMPARE(cut.error().code, QStringLiteral("sync.offline"));
    // The pages written before the server died are kept whole with their
    // cursor (one revision each: maybe an Almaty case this officer does not
    // get); the next sync goes on from there.
    const qint64 cursor = *store->cursor();
    QVERIFY(cursor >= 1);
    QVERIFY(*store->caseCount() < astana);

    ServerProcess revived({}, m_databaseUrl);
    QVERIFY(revived.start());
    pages.server = QUrl(revived.baseUrl());
    pages.tls = revived.trustingConfiguration();
    auto resumed = SyncEngine(*store, pages).run();
    QVERIFY2(resumed, qPrintable(resumed ? QString() : resumed.error().message));
    QVERIFY(resumed->cursor > cursor);     // it was cut short, and went on
    QCOMPARE(*store->caseCount(), astana); // every Astana case once
    const auto rows = store->search(QStringLiteral("DNR-2026-"), 100);
    QCOMPARE(rows->size(), astana);
}

void TestSync::aServerKilledMidPushAppliesEveryCommandOnce()
{
    auto store = cache(QStringLiteral("killed-push.db"));
    QVERIFY(SyncEngine(*store, settings()).run());
    QList<Case> before;
    for (const Case &c : std::as_const(m_astana)) {
        before.append(**store->findCase(c.id));
        QVERIFY(store->enqueue(verify(before.constLast(), DocumentType::StateDuty)));
    }
    // The server takes the batch, commits it and dies before its answer
    // leaves: the workstation never hears "applied".
    auto doomed = std::make_unique<ServerProcess>(QStringList{}, m_databaseUrl);
    QVERIFY(doomed->start());
    FaultProxy proxy(doomed->port(), m_server->folder() + QStringLiteral("/tls"));
    QVERIFY(proxy.start());
    proxy.add({"/api/v1/commands", FaultProxy::Fault::KillBeforeReply, 1, {}, 0, [&] {
                   doomed->kill();
               }});
    auto cut = SyncEngine(*store, through(proxy)).run();
    QVERIFY(!cut);
    QCOMPARE(cut.error().code, QStringLiteral("sync.offline"));
    QCOMPARE(store->outbox(QStringLiteral("pending"), 10)->size(), before.size());

    ServerProcess revived({}, m_databaseUrl);
    QVERIFY(revived.start());
    proxy.setUpstreamPort(revived.port());
    auto summary = SyncEngine(*store, through(proxy)).run();
    QVERIFY2(summary, qPrintable(summary ? QString() : summary.error().message));
    QCOMPARE(summary->pushed, before.size()); // answered "duplicate"
    QVERIFY(store->outbox(QStringLiteral("pending"), 10)->isEmpty());
    for (const Case &c : std::as_const(before)) {
        const Case after = **store->findCase(c.id);
        QCOMPARE(after.version, c.version + 1); // applied exactly once
        QCOMPARE(after.preliminaryDocuments.item(DocumentType::StateDuty)->status,
                 DocumentStatus::Verified);
    }
}

void TestSync::aConnectionCutMidAnswerIsRetriedAndAppliesOnce()
{
    auto store = cache(QStringLiteral("cut.db"));
    const qint64 astana = astanaOnServer();
    FaultProxy proxy(m_server->port(), m_server->folder() + QStringLiteral("/tls"));
    QVERIFY(proxy.start());
    proxy.add({"/api/v1/changes", FaultProxy::Fault::Cut, 1, {}, 0, {}});
    auto first = SyncEngine(*store, through(proxy)).run();
    QVERIFY2(first, qPrintable(first ? QString() : first.error().message));
    QCOMPARE(proxy.requests("/api/v1/changes"), 2); // the cut page, then again
    QCOMPARE(*store->caseCount(), astana);

    const Case before = **store->findCase(m_astana.at(0).id);
    QVERIFY(store->enqueue(verify(before, DocumentType::Petition)));
    proxy.add({"/api/v1/commands", FaultProxy::Fault::Cut, 1, {}, 0, {}});
    auto summary = SyncEngine(*store, through(proxy)).run();
    QVERIFY2(summary, qPrintable(summary ? QString() : summary.error().message));
    QCOMPARE(proxy.requests("/api/v1/commands"), 2);
    QCOMPARE(summary->pushed, 1);
    QCOMPARE((*store->findCase(before.id))->version, before.version + 1);
}

void TestSync::aRepeatedAnswerSettlesNothingAndLosesNothing()
{
    auto store = cache(QStringLiteral("repeated.db"));
    const qint64 astana = astanaOnServer();
    QVERIFY(SyncEngine(*store, settings()).run());
    QList<Case> before;
    for (const Case &c : std::as_const(m_astana).sliced(1)) {
        before.append(**store->findCase(c.id));
        QVERIFY(store->enqueue(verify(before.constLast(), DocumentType::Petition)));
    }
    FaultProxy proxy(m_server->port(), m_server->folder() + QStringLiteral("/tls"));
    QVERIFY(proxy.start());
    // The first batch's answer comes again as the answer to the second.
    proxy.add({"/api/v1/commands", FaultProxy::Fault::ReplayToNext, 1, {}, 0, {}});
    SyncSettings oneByOne = through(proxy);
    oneByOne.batchSize = 1;
    auto repeated = SyncEngine(*store, oneByOne).run();
    QVERIFY(!repeated);
    QCOMPARE(repeated.error().code, QStringLiteral("sync.malformed"));
    const auto left = store->outbox(QStringLiteral("pending"), 10);
    QCOMPARE(left->size(), 1); // the second command, not taken as done
    QCOMPARE(left->at(0).command.caseId, before.at(1).id);

    // A page that comes again changes nothing either.
    proxy.add({"/api/v1/changes", FaultProxy::Fault::ReplayToNext, 1, {}, 0, {}});
    oneByOne.pageSize = 1;
    auto summary = SyncEngine(*store, oneByOne).run();
    QVERIFY2(summary, qPrintable(summary ? QString() : summary.error().message));
    QCOMPARE(summary->pushed, 1);
    for (const Case &c : std::as_const(before))
        QCOMPARE((*store->findCase(c.id))->version, c.version + 1);
    QCOMPARE(*store->caseCount(), astana);
}

void TestSync::aSlowServerIsWaitedForThenRetried()
{
    auto store = cache(QStringLiteral("slow.db"));
    const qint64 astana = astanaOnServer();
    FaultProxy proxy(m_server->port(), m_server->folder() + QStringLiteral("/tls"));
    QVERIFY(proxy.start());
    // Slow but within the limit: waited for.
    proxy.add({"/api/v1/changes", FaultProxy::Fault::Stall, 1, {}, 300, {}});
    SyncSettings patient = through(proxy);
    patient.requestTimeoutMs = 3000;
    QVERIFY(SyncEngine(*store, patient).run());
    QCOMPARE(proxy.requests("/api/v1/changes"), 1);
    QCOMPARE(*store->caseCount(), astana);

    // Silent past the limit: given up on and asked again.
    auto fresh = cache(QStringLiteral("slow2.db"));
    proxy.add({"/api/v1/changes", FaultProxy::Fault::Stall, 1, {}, 4000, {}});
    patient.requestTimeoutMs = 1000;
    auto summary = SyncEngine(*fresh, patient).run();
    QVERIFY2(summary, qPrintable(summary ? QString() : summary.error().message));
    QCOMPARE(proxy.requests("/api/v1/changes"), 3);
    QCOMPARE(*fresh->caseCount(), astana);

    // Cancelled while it waits (the officer closes the window): it stops
    // without waiting out the answer, and keeps nothing of it.
    auto third = cache(QStringLiteral("slow3.db"));
    proxy.add({"/api/v1/changes", FaultProxy::Fault::Stall, 1, {}, 4000, {}});
    patient.requestTimeoutMs = 60000;
    SyncEngine engine(*third, patient);
    QTimer::singleShot(500, &engine, [&engine] { engine.cancel(); });
    auto stopped = engine.run();
    QVERIFY(!stopped);
    QCOMPARE(stopped.error().code, QStringLiteral("sync.cancelled"));
    QCOMPARE(*third->caseCount(), 0);
}

void TestSync::aMalformedPageKeepsNothingAndTheNextSyncRecovers()
{
    auto store = cache(QStringLiteral("malformed.db"));
    const qint64 astana = astanaOnServer();
    FaultProxy proxy(m_server->port(), m_server->folder() + QStringLiteral("/tls"));
    QVERIFY(proxy.start());
    // A page whose second case is not whole: the first is not kept either.
    QJsonObject whole = caseToJson(m_astana.at(0));
    const QByteArray page
        = "{\"cases\":[" + QJsonDocument(whole).toJson(QJsonDocument::Compact)
          + ",{\"id\":\"x\",\"state\":\"received\"}],\"documents\":[],\"law\":\"\","
            "\"more\":false,\"next\":9}";
    proxy.add({"/api/v1/changes", FaultProxy::Fault::Corrupt, 1, page, 0, {}});
    auto broken = SyncEngine(*store, through(proxy)).run();
    QVERIFY(!broken);
    QCOMPARE(broken.error().code, QStringLiteral("store.malformed-case"));
    QCOMPARE(*store->caseCount(), 0);
    QCOMPARE(*store->cursor(), 0);

    // Not JSON at all, every time: reported, nothing kept.
    proxy.add({"/api/v1/changes", FaultProxy::Fault::Corrupt, 3, "<html>oops", 0, {}});
    auto garbage = SyncEngine(*store, through(proxy)).run();
    QVERIFY(!garbage);
    QCOMPARE(garbage.error().code, QStringLiteral("sync.malformed"));
    QCOMPARE(*store->cursor(), 0);

    auto recovered = SyncEngine(*store, through(proxy)).run();
    QVERIFY2(recovered, qPrintable(recovered ? QString() : recovered.error().message));
    QCOMPARE(*store->caseCount(), astana);
    QCOMPARE((*store->findCase(m_astana.at(0).id))->number, m_astana.at(0).number);
}

void TestSync::aWorkstationKilledMidPullOpensAndResumes()
{
    // A server of its own, with enough cases for many pages.
    QTemporaryDir folder;
    const QString url = QStringLiteral("sqlite:") + folder.filePath(QStringLiteral("big.db"));
    ServerProcess big({}, url);
    QVERIFY(big.start());
    {
        auto store = ServerStore::open(url);
        QVERIFY(store);
        UserStore users(**store);
        QVERIFY(users.addUser({QStringLiteral("officer.astana"),
                               QStringLiteral("officer.astana"),
                               Role::MigrationOfficer,
                               City::Astana,
                               *hashPassword(Password, ScryptCost{10, 8, 1}),
                               0,
                               {},
                               {},
                               {},
                               {},
                               false},
                              QDateTime::currentDateTimeUtc()));
        QList<Case> cases;
        for (int n = 1; n <= 2000; ++n) {
            Case c = Builders::caseIn(CaseState::Received, QDate(2026, 11, 2), City::Astana);
            c.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
            c.number = QStringLiteral("DNR-2026-%1").arg(n, 6, 10, QLatin1Char('0'));
            cases.append(c);
        }
        QVERIFY((*store)->saveCases(cases));
    }
    const QString cachePath = m_dir.filePath(QStringLiteral("killed-client.db"));
    QProcess kezekctl;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("KEZEK_PASSWORD"), Password);
    kezekctl.setProcessEnvironment(environment);
    kezekctl.start(QStringLiteral(KEZEKCTL_PATH),
                   {QStringLiteral("sync"),
                    QStringLiteral("--server"),
                    big.baseUrl(),
                    QStringLiteral("--ca"),
                    big.folder() + QStringLiteral("/tls/cert.pem"),
                    QStringLiteral("--user"),
                    QStringLiteral("officer.astana"),
                    QStringLiteral("--cache"),
                    cachePath,
                    QStringLiteral("--page-size"),
                    QStringLiteral("20")});
    // Killed as soon as it reports its first page: in the middle of the pull.
    QByteArray said;
    QTRY_VERIFY_WITH_TIMEOUT((said += kezekctl.readAllStandardError()).contains("pull: "), 60000);
    ::kill(pid_t(kezekctl.processId()), SIGKILL);
    QVERIFY(kezekctl.waitForFinished(10000));
    {
        auto store = cache(QStringLiteral("killed-client.db"));
        const qint64 cursor = *store->cursor();
        // Every revision up to the cursor is a case here, and none after it.
        QVERIFY(cursor >= 20);
        QVERIFY2(cursor < 2000, "the pull was not interrupted");
        QCOMPARE(*store->caseCount(), cursor);
    }
    SyncSettings resume = settings();
    resume.server = QUrl(big.baseUrl());
    resume.tls = big.trustingConfiguration();
    auto store = cache(QStringLiteral("killed-client.db"));
    auto summary = SyncEngine(*store, resume).run();
    QVERIFY2(summary, qPrintable(summary ? QString() : summary.error().message));
    QCOMPARE(*store->caseCount(), 2000);
    QCOMPARE(summary->cursor, 2000);
}

void TestSync::claimsMadeOfflineAreCheckedAtTheNextSync()
{
    auto mine = cache(QStringLiteral("claim-mine.db"));
    auto theirs = cache(QStringLiteral("claim-theirs.db"));
    SyncSettings madi = settings();
    madi.user = QStringLiteral("officer2.astana");
    QVERIFY(SyncEngine(*mine, settings()).run());
    QVERIFY(SyncEngine(*theirs, madi).run());
    const QString caseId = m_astana.at(2).id;

    // Both on trains, both take the case and work it.
    QVERIFY(mine->claim(caseId, QStringLiteral("officer.astana")));
    QVERIFY(theirs->claim(caseId, QStringLiteral("officer2.astana")));
    QCOMPARE((*mine->claimOf(caseId))->status, QStringLiteral("wanted"));
    const CaseCommand late = verify(**theirs->findCase(caseId), DocumentType::Questionnaire);
    QVERIFY(theirs->enqueue(late));

    auto first = SyncEngine(*mine, settings()).run();
    QVERIFY2(first, qPrintable(first ? QString() : first.error().message));
    QCOMPARE(first->claimsHeld, 1);
    const ClaimRow held = **mine->claimOf(caseId);
    QCOMPARE(held.status, QStringLiteral("held"));
    QVERIFY(held.expiresAt > QDateTime::currentDateTimeUtc().addSecs(7 * 3600));

    // The second learns it was not first, and their command waits, refused
    // with the reason, for them to see: nothing is dropped.
    auto second = SyncEngine(*theirs, madi).run();
    QVERIFY2(second, qPrintable(second ? QString() : second.error().message));
    QCOMPARE(second->claimsTaken, 1);
    QCOMPARE(second->rejected, 1);
    const ClaimRow taken = **theirs->claimOf(caseId);
    QCOMPARE(taken.status, QStringLiteral("taken"));
    QCOMPARE(taken.holder, QStringLiteral("officer.astana"));
    const auto refused = theirs->outbox(QStringLiteral("rejected"), 10);
    QCOMPARE(refused->size(), 1);
    QCOMPARE(refused->at(0).command, late);
    QCOMPARE(refused->at(0).answer.value(u"code").toString(), QStringLiteral("case.claimed"));

    // Given back: gone here at the next sync, and gone for the other too.
    QVERIFY(mine->release(caseId));
    QCOMPARE((*mine->claimOf(caseId))->status, QStringLiteral("release"));
    QVERIFY(SyncEngine(*mine, settings()).run());
    QVERIFY(!mine->claimOf(caseId)->has_value());
    QVERIFY(SyncEngine(*theirs, madi).run());
    QVERIFY(!theirs->claimOf(caseId)->has_value());
}

void TestSync::deadlinesCountOnTheServersClock()
{
    // A laptop whose clock runs three days ahead.
    auto store = cache(QStringLiteral("clock.db"));
    SyncSettings skewed = settings();
    skewed.clock = [] {
        return QDateTime::currentDateTimeUtc().addDays(3);
    };
    QVERIFY(SyncEngine(*store, skewed).run());
    const qint64 offset = *store->clockOffset();
    QVERIFY2(qAbs(offset + qint64(3) * 24 * 3600 * 1000) < 60000,
             qPrintable(QString::number(offset)));
    const QDateTime server = *store->serverTime(skewed.clock());
    QVERIFY(qAbs(server.secsTo(QDateTime::currentDateTimeUtc())) < 60);
}

void TestSync::scansOfClaimedCasesAreBroughtEncryptedAndChecked()
{
    const Case &c = m_astana.at(1);
    const QByteArray png = QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(3000, 'p');
    const QString sha256
        = QString::fromLatin1(QCryptographicHash::hash(png, QCryptographicHash::Sha256).toHex());
    {
        auto server = ServerStore::open(m_databaseUrl);
        QVERIFY(server);
        QVERIFY((*server)->addDocument(
            {sha256,
             c.id,
             QStringLiteral("passport.png"),
             QStringLiteral("image/png"),
             png.size(),
             QStringLiteral("egov"),
             QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
            png,
            {QStringLiteral("egov"), QStringLiteral("document"), c.id, sha256}));
    }
    const QString path = m_dir.filePath(QStringLiteral("scans.db"));
    auto store = cache(QStringLiteral("scans.db"));
    QVERIFY(SyncEngine(*store, settings()).run());
    QCOMPARE(store->documentsOfCase(c.id)->size(), 1);
    QVERIFY(!store->scan(sha256)->has_value()); // not claimed: not brought

    QVERIFY(store->claim(c.id, QStringLiteral("officer.astana")));
    auto summary = SyncEngine(*store, settings()).run();
    QVERIFY2(summary, qPrintable(summary ? QString() : summary.error().message));
    QCOMPARE(summary->scans, 1);
    QCOMPARE(**store->scan(sha256), png);
    // On disk: neither the image nor its hash.
    const QDir folder(path + QStringLiteral(".scans"));
    const QStringList files = folder.entryList(QDir::Files);
    QCOMPARE(files.size(), 1);
    QVERIFY(!files.at(0).contains(sha256));
    QFile file(folder.filePath(files.at(0)));
    QVERIFY(file.open(QIODevice::ReadWrite));
    QByteArray sealed = file.readAll();
    QVERIFY(!sealed.contains("PNG"));
    QVERIFY(!sealed.contains(QByteArray(64, 'p')));

    // A copy altered on disk is refused when read, and brought again.
    sealed[sealed.size() / 2] = char(sealed.at(sealed.size() / 2) ^ 0x20);
    QVERIFY(file.seek(0));
    file.write(sealed);
    file.close();
    const auto damaged = store->scan(sha256);
    QVERIFY(!damaged);
    QCOMPARE(damaged.error().code, QStringLiteral("store.scan-damaged"));
    auto again = SyncEngine(*store, settings()).run();
    QVERIFY(again);
    QCOMPARE(again->scans, 1);
    QCOMPARE(**store->scan(sha256), png);
    // Release, so the other tests find the case free.
    QVERIFY(store->release(c.id));
    QVERIFY(SyncEngine(*store, settings()).run());

    // A scan asked for by a hash the server does not know: a clear refusal.
    SyncEngine engine(*store, settings());
    const auto unknown = engine.document(QString(64, u'0'));
    QVERIFY(!unknown);
}

QTEST_GUILESS_MAIN(TestSync)
void TestSync::theServersLawIsKeptAndASitesNewCalendarFollows()
{
    // A server of its own: on the shared one, the notices other tests' steps
    // left waiting are delivered at a restart, and change their cases.
    ServerProcess before;
    QVERIFY(before.start());
    const QString url = QStringLiteral("sqlite:") + before.folder() + QStringLiteral("/server.db");
    {
        auto server = ServerStore::open(url);
        QVERIFY(server);
        QVERIFY(UserStore(**server).addUser({QStringLiteral("officer.astana"),
                                             QStringLiteral("officer.astana"),
                                             Role::MigrationOfficer,
                                             City::Astana,
                                             *hashPassword(Password, ScryptCost{10, 8, 1}),
                                             0,
                                             {},
                                             {},
                                             {},
                                             {},
                                             false},
                                            QDateTime::currentDateTimeUtc()));
        QVERIFY((*server)->saveCases({m_astana.at(0)}));
    }
    // The first sync keeps the law the server counts by.
    auto store = cache(QStringLiteral("law.db"));
    SyncSettings here = settings();
    here.server = QUrl(before.baseUrl());
    here.tls = before.trustingConfiguration();
    auto first = SyncEngine(*store, here).run();
    QVERIFY2(first, qPrintable(first ? QString() : first.error().message));
    QCOMPARE(first->pulled, 1);
    auto kept = Lawbook::fromJson(*store->law());
    QVERIFY2(kept, qPrintable(kept ? QString() : kept.error().message));
    QCOMPARE(first->lawVersion, kept->version());
    QCOMPARE(kept->version(), *store->lawVersion());
    QVERIFY(!kept->calendar().isConfirmed(2027));

    // The site puts in the decree for 2027 and restarts the server on the
    // same data: nothing about the cases changed, and still the next sync
    // brings the new calendar.
    QTemporaryDir site;
    QFile file(site.filePath(QStringLiteral("calendar.json")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(TestData::siteCalendar2027());
    file.close();
    before.stop();
    ServerProcess updated({QStringLiteral("--calendar"), file.fileName()}, url);
    QVERIFY(updated.start());
    SyncSettings there = settings();
    there.server = QUrl(updated.baseUrl());
    there.tls = updated.trustingConfiguration();
    auto second = SyncEngine(*store, there).run();
    QVERIFY2(second, qPrintable(second ? QString() : second.error().message));
    QCOMPARE(second->pulled, 0);
    auto now = Lawbook::fromJson(*store->law());
    QVERIFY(now);
    QVERIFY(now->version() != kept->version());
    QCOMPARE(second->lawVersion, now->version());
    QVERIFY(now->calendar().isConfirmed(2027));
    QVERIFY(!now->calendar().isWorkingDay(QDate(2027, 5, 17)));

    // A desk open all along counts by the new law once given it, and keeps
    // it alive after the old one is gone.
    std::optional<Lawbook> old = std::move(*kept);
    CaseDesk desk(*store,
                  {QStringLiteral("officer.astana"), {}, Role::MigrationOfficer, City::Astana, {}},
                  old->context());
    QVERIFY(!desk.law().calendar.isConfirmed(2027));
    {
        const std::optional<Lawbook> given = *now;
        desk.setLaw(*given);
    }
    old.reset();
    QVERIFY(desk.law().calendar.isConfirmed(2027));
    QVERIFY(!desk.law().calendar.isWorkingDay(QDate(2027, 5, 17)));
}

#include "tst_sync.moc"
