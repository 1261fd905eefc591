#include "core/domain/casecodec.h"
#include "db/client/clientstore.h"
#include "sync/syncengine.h"
#include "tests/support/builders.h"
#include "tests/support/fakeserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Kezek;
using namespace Kezek::Testing;

namespace {

const QString Password = QStringLiteral("correct horse battery");
const QString ChangesPath = QStringLiteral("/api/v1/changes");
const QString CommandsPath = QStringLiteral("/api/v1/commands");

using Answer = FakeServer::Answer;
using Request = FakeServer::Request;

} // namespace

// The sync engine's edge cases against a fake server in the test's own
// process (issue 32, point 3), each answer scripted exactly: whatever the
// network or the server does, nothing the officer did is lost or applied
// twice, and the cache holds each case once, at its last version (issue 1,
// "Nothing lost"). The same engine against the real server: tst_sync.
class TestSyncEdges : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void anAnswerCutMidBodyIsAskedAgainAndAppliedOnce();
    void aBusyServersRetryAfterSendsTheBatchAgainAndAppliesEachOnce();
    void aRetryAfterLongerThanASyncWaitsIsTheNextSyncs();
    void aConflictIsKeptWithTheServersAnswerAndTheRestGoes();
    void anAnswerPastTheTimeoutIsAskedAgainAndAppliedOnce();
    void malformedJsonKeepsNothingAndTheNextTryRecovers();
    void aPageThatComesAgainLeavesEachCaseOnce();
    void aRevisionGoingBackwardsKeepsNothingOfThatPageAndTheNextSyncResumes();

private:
    // `count` cases of the officer's city on the fake site, synced into a
    // fresh cache, and one command on each waiting in its outbox.
    void syncedWithCommands(int count);
    SyncSettings settings() const
    {
        SyncSettings s;
        s.server = QUrl(m_server->baseUrl());
        s.user = QStringLiteral("officer.astana");
        s.password = Password;
        s.firstBackoffMs = 20;
        s.attempts = 3;
        s.requestTimeoutMs = 5000;
        return s;
    }
    Result<SyncSummary> sync(const SyncSettings &s) { return SyncEngine(*m_store, s).run(); }
    qint64 outboxCount(const QString &status) const
    {
        return m_store->outboxCounts()->value(status);
    }
    // Every command applied on the site exactly once, none waiting, and the
    // cache at the version each one made.
    void verifyEachCommandAppliedOnce();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakeServer> m_server;
    std::unique_ptr<ClientStore> m_store;
    QList<Case> m_cases;
    QList<CaseCommand> m_commands;
};

void TestSyncEdges::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_server = std::make_unique<FakeServer>();
    QVERIFY(m_server->start());
    auto store = ClientStore::open(m_dir->filePath(QStringLiteral("cache.db")), Password);
    QVERIFY2(store, qPrintable(store ? QString() : store.error().message));
    m_store = std::move(*store);
}

void TestSyncEdges::cleanup()
{
    m_store.reset();
    m_server.reset();
    m_dir.reset();
    m_cases.clear();
    m_commands.clear();
}

void TestSyncEdges::syncedWithCommands(int count)
{
    for (int i = 0; i < count; ++i) {
        Case c = Builders::caseIn(CaseState::Received);
        c.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        c.number = QStringLiteral("DNR-2025-%1").arg(100 + i, 6, 10, QLatin1Char('0'));
        m_server->putCase(caseToJson(c));
        m_cases.append(c);
    }
    auto first = sync(settings());
    QVERIFY2(first, qPrintable(first ? QString() : first.error().message));
    QCOMPARE(*m_store->caseCount(), count);
    for (const Case &c : std::as_const(m_cases)) {
        m_commands.append({QUuid::createUuid().toString(QUuid::WithoutBraces),
                           QStringLiteral("update-document"),
                           c.id,
                           c.version,
                           {{QStringLiteral("checklist"), QStringLiteral("preliminary")},
                            {QStringLiteral("document"), QStringLiteral("passport")},
                            {QStringLiteral("command"), QStringLiteral("verify")}},
                           {},
                           {}});
        QVERIFY(m_store->enqueue(m_commands.constLast()));
    }
}

void TestSyncEdges::verifyEachCommandAppliedOnce()
{
    const QHash<QString, int> applied = m_server->applied();
    QCOMPARE(applied.size(), m_commands.size());
    for (const CaseCommand &command : std::as_const(m_commands))
        QCOMPARE(applied.value(command.id), 1);
    QCOMPARE(outboxCount(QStringLiteral("pending")), 0);
    QCOMPARE(outboxCount(QStringLiteral("rejected")), 0);
    // The pull brought each command's version, so none stays "applied".
    QCOMPARE(outboxCount(QStringLiteral("applied")), 0);
    QCOMPARE(*m_store->caseCount(), m_cases.size());
    for (const Case &c : std::as_const(m_cases))
        QCOMPARE((*m_store->findCase(c.id))->version, c.version + 1);
    QCOMPARE(*m_store->cursor(), m_server->revision());
}

void TestSyncEdges::anAnswerCutMidBodyIsAskedAgainAndAppliedOnce()
{
    syncedWithCommands(3);
    // The batch is applied, its answer cut half-way: the batch goes again
    // and comes back "duplicate"; then a page cut half-way is asked again.
    const auto cut = [](const Request &, Answer answer) {
        answer.cutMidBody = true;
        return answer;
    };
    m_server->script(CommandsPath, 1, cut);
    m_server->script(ChangesPath, 1, cut);
    auto summary = sync(settings());
    QVERIFY2(summary, qPrintable(summary ? QString() : summary.error().message));
    QCOMPARE(m_server->count(CommandsPath), 2);
    QCOMPARE(summary->pushed, 3);
    verifyEachCommandAppliedOnce();
}

void TestSyncEdges::aBusyServersRetryAfterSendsTheBatchAgainAndAppliesEachOnce()
{
    syncedWithCommands(4);
    // docs/openapi.yaml: a database busy past the server's own retries
    // answers 503 store.busy with Retry-After; what was applied of the batch
    // comes back "duplicate" when it is sent again. The second busy answer
    // has no Retry-After (a proxy's), and the backoff alone is waited.
    int busyAnswers = 0;
    m_server->script(CommandsPath, 2, [&busyAnswers](const Request &, const Answer &) {
        Answer busy = Answer::json({{QStringLiteral("code"), QStringLiteral("store.busy")},
                                    {QStringLiteral("message"), QStringLiteral("busy")}},
                                   503);
        if (busyAnswers++ == 0)
            busy.headers.append(std::pair<QByteArray, QByteArray>("Retry-After", "1"));
        return busy;
    });
    auto summary = sync(settings());
    QVERIFY2(summary, qPrintable(summary ? QString() : summary.error().message));
    QCOMPARE(m_server->count(CommandsPath), 3);
    verifyEachCommandAppliedOnce();
    // RFC 9110 §10.2.3: the batch went again no sooner than the server asked
    // (the backoff alone is 10 to 20 ms here).
    QList<std::chrono::steady_clock::time_point> sent;
    for (const Request &request : m_server->requests()) {
        if (request.path == CommandsPath)
            sent.append(request.at);
    }
    QVERIFY(sent.at(1) - sent.at(0) >= std::chrono::seconds(1));
    // The second busy answer said nothing: its Retry-After is not the
    // first's (well under the second, to leave room for a loaded machine).
    QVERIFY(sent.at(2) - sent.at(1) < std::chrono::milliseconds(900));

    // Busy through every try: the sync says so and the outbox keeps the
    // command (applied on the site, its answer never heard); the next sync
    // sends it again and it counts once.
    const CaseCommand again{QUuid::createUuid().toString(QUuid::WithoutBraces),
                            QStringLiteral("update-document"),
                            m_cases.at(0).id,
                            m_cases.at(0).version + 1,
                            m_commands.at(0).payload,
                            {},
                            {}};
    QVERIFY(m_store->enqueue(again));
    m_server->script(CommandsPath, 3, [](const Request &, const Answer &) {
        return Answer::json({{QStringLiteral("code"), QStringLiteral("store.busy")},
                             {QStringLiteral("message"), QStringLiteral("busy")}},
                            503);
    });
    const auto busy = sync(settings());
    QVERIFY(!busy);
    QCOMPARE(outboxCount(QStringLiteral("pending")), 1);
    QCOMPARE(m_server->applied().value(again.id), 1);
    auto next = sync(settings());
    QVERIFY2(next, qPrintable(next ? QString() : next.error().message));
    QCOMPARE(m_server->applied().value(again.id), 1);
    QCOMPARE((*m_store->findCase(m_cases.at(0).id))->version, m_cases.at(0).version + 2);
}

void TestSyncEdges::aRetryAfterLongerThanASyncWaitsIsTheNextSyncs()
{
    // A server that asks for an hour (a site in maintenance) is not asked
    // again in this sync: the sync says the server is busy, the commands
    // wait in the outbox, and the next sync sends them once.
    syncedWithCommands(2);
    m_server->script(CommandsPath, 1, [](const Request &, const Answer &) {
        Answer busy = Answer::json({{QStringLiteral("code"), QStringLiteral("store.busy")},
                                    {QStringLiteral("message"), QStringLiteral("busy")}},
                                   503);
        busy.headers.append(std::pair<QByteArray, QByteArray>("Retry-After", "3600"));
        return busy;
    });
    const auto busy = sync(settings());
    QVERIFY(!busy);
    QCOMPARE(m_server->count(CommandsPath), 1);
    QCOMPARE(outboxCount(QStringLiteral("pending")), 2);
    // Asked from a window, where the officer waits (ui/session.cpp): a
    // server busy for two seconds is said at once, not waited for.
    SyncSettings fromAWindow = settings();
    fromAWindow.longestRetryAfterMs = 1000;
    m_server->script(CommandsPath, 1, [](const Request &, const Answer &) {
        Answer answer = Answer::json({{QStringLiteral("code"), QStringLiteral("store.busy")},
                                      {QStringLiteral("message"), QStringLiteral("busy")}},
                                     503);
        answer.headers.append(std::pair<QByteArray, QByteArray>("Retry-After", "2"));
        return answer;
    });
    QVERIFY(!sync(fromAWindow));
    QCOMPARE(m_server->count(CommandsPath), 2);
    auto next = sync(settings());
    QVERIFY2(next, qPrintable(next ? QString() : next.error().message));
    verifyEachCommandAppliedOnce();
}

void TestSyncEdges::aConflictIsKeptWithTheServersAnswerAndTheRestGoes()
{
    syncedWithCommands(3);
    // A colleague changed the second case meanwhile: its command is a
    // conflict, kept with the server's answer for the officer; the others go.
    QJsonObject changed = caseToJson(m_cases.at(1));
    changed.insert(QStringLiteral("version"), m_cases.at(1).version + 1);
    m_server->putCase(changed);
    auto summary = sync(settings());
    QVERIFY2(summary, qPrintable(summary ? QString() : summary.error().message));
    QCOMPARE(summary->pushed, 2);
    QCOMPARE(summary->conflicts, 1);
    const auto kept = m_store->outbox(QStringLiteral("conflict"), 10);
    QCOMPARE(kept->size(), 1);
    QCOMPARE(kept->at(0).command.id, m_commands.at(1).id);
    QCOMPARE(kept->at(0).answer.value(u"code").toString(), QStringLiteral("command.conflict"));
    QCOMPARE(outboxCount(QStringLiteral("pending")), 0);
    QCOMPARE(m_server->applied().size(), 2);
    QVERIFY(!m_server->applied().contains(m_commands.at(1).id));
    // The conflict is not sent again by itself: the officer decides.
    const int sent = m_server->count(CommandsPath);
    QVERIFY(sync(settings()));
    QCOMPARE(m_server->count(CommandsPath), sent);
    QCOMPARE(outboxCount(QStringLiteral("conflict")), 1);
    QCOMPARE(*m_store->caseCount(), 3);
}

void TestSyncEdges::anAnswerPastTheTimeoutIsAskedAgainAndAppliedOnce()
{
    syncedWithCommands(2);
    SyncSettings impatient = settings();
    impatient.requestTimeoutMs = 300;
    // Applied on the site, its answer later than the workstation waits: the
    // batch goes again and comes back "duplicate". A page as late is asked
    // again too.
    const auto late = [](const Request &, Answer answer) {
        answer.delayMs = 1500;
        return answer;
    };
    m_server->script(CommandsPath, 1, late);
    m_server->script(ChangesPath, 1, late);
    auto summary = sync(impatient);
    QVERIFY2(summary, qPrintable(summary ? QString() : summary.error().message));
    QCOMPARE(m_server->count(CommandsPath), 2);
    verifyEachCommandAppliedOnce();
}

void TestSyncEdges::malformedJsonKeepsNothingAndTheNextTryRecovers()
{
    syncedWithCommands(2);
    const auto garbled = [](const Request &, Answer answer) {
        answer.body = answer.body.left(answer.body.size() - 3) + "<html>";
        return answer;
    };
    // A garbled answer to the batch: asked again, the batch comes back
    // "duplicate"; nothing of a garbled page is kept.
    m_server->script(CommandsPath, 1, garbled);
    m_server->script(ChangesPath, 1, garbled);
    auto summary = sync(settings());
    QVERIFY2(summary, qPrintable(summary ? QString() : summary.error().message));
    QCOMPARE(m_server->count(CommandsPath), 2);
    verifyEachCommandAppliedOnce();

    // Garbled through every try: the sync stops, the cache as it was.
    const qint64 cursor = *m_store->cursor();
    QJsonObject changed = caseToJson(m_cases.at(0));
    changed.insert(QStringLiteral("version"), m_cases.at(0).version + 5);
    m_server->putCase(changed);
    m_server->script(ChangesPath, 3, garbled);
    auto broken = sync(settings());
    QVERIFY(!broken);
    QCOMPARE(broken.error().code, QStringLiteral("sync.malformed"));
    QCOMPARE(*m_store->cursor(), cursor);
    QCOMPARE((*m_store->findCase(m_cases.at(0).id))->version, m_cases.at(0).version + 1);
    QVERIFY(sync(settings()));
    QCOMPARE((*m_store->findCase(m_cases.at(0).id))->version, m_cases.at(0).version + 5);
    QCOMPARE(*m_store->caseCount(), 2);
}

void TestSyncEdges::aPageThatComesAgainLeavesEachCaseOnce()
{
    syncedWithCommands(4);
    SyncSettings paged = settings();
    paged.pageSize = 1;
    // The second page asked for comes as the first one again: it continues
    // from where the cache stands, so it is kept, changes nothing, and the
    // feed goes on from there.
    QByteArray firstPage;
    int repeated = 0;
    m_server->script(ChangesPath, 2, [&](const Request &, const Answer &answer) {
        ++repeated;
        if (firstPage.isEmpty())
            firstPage = answer.body;
        Answer again = answer;
        again.body = firstPage;
        return again;
    });
    auto summary = sync(paged);
    QVERIFY2(summary, qPrintable(summary ? QString() : summary.error().message));
    QCOMPARE(repeated, 2);
    verifyEachCommandAppliedOnce();
}

void TestSyncEdges::aRevisionGoingBackwardsKeepsNothingOfThatPageAndTheNextSyncResumes()
{
    syncedWithCommands(3);
    SyncSettings paged = settings();
    paged.pageSize = 1;
    // After the first page, one whose revision is before where the cache
    // stands: refused, the page before it kept, the cursor where it was.
    qint64 firstNext = -1;
    m_server->script(ChangesPath, 2, [&firstNext](const Request &, const Answer &answer) {
        const QJsonObject page = QJsonDocument::fromJson(answer.body).object();
        if (firstNext < 0) {
            firstNext = page.value(u"next").toInteger();
            return answer;
        }
        QJsonObject back = page;
        back.insert(QStringLiteral("next"), firstNext - 1);
        return Answer::json(back);
    });
    auto refused = sync(paged);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, QStringLiteral("sync.malformed"));
    QCOMPARE(*m_store->cursor(), firstNext);
    QCOMPARE(*m_store->caseCount(), 3);
    // Every command went before the pull and was applied once.
    QCOMPARE(outboxCount(QStringLiteral("pending")), 0);
    QCOMPARE(m_server->applied().size(), 3);
    auto resumed = sync(paged);
    QVERIFY2(resumed, qPrintable(resumed ? QString() : resumed.error().message));
    verifyEachCommandAppliedOnce();
}

QTEST_GUILESS_MAIN(TestSyncEdges)
#include "tst_syncedges.moc"
