#include "core/domain/oversight.h"
#include "core/domain/queues.h"
#include "db/client/clientstore.h"
#include "db/server/serverstore.h"
#include "db/server/userstore.h"
#include "sync/bulkwork.h"
#include "sync/syncengine.h"
#include "tests/support/builders.h"
#include "tests/support/faultproxy.h"
#include "tests/support/people.h"
#include "tests/support/postgres.h"
#include "tests/support/serverprocess.h"
#include "tests/support/testdata.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUuid>

#include <memory>

using namespace Kezek;
using namespace Kezek::Testing;

namespace {

const QString Password = QStringLiteral("correct horse battery");

QDate today()
{
    return kazakhstanDate(QDateTime::currentDateTimeUtc());
}

// An Astana case received `daysAgo` days ago and never registered: its
// registration (§12, two working days) is breached once they have passed.
Case receivedCase(int daysAgo, int number, City city = City::Astana)
{
    Case c = Builders::caseIn(CaseState::Received, today().addDays(-daysAgo), city);
    c.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    c.number = QStringLiteral("DNR-BLK-%1").arg(number, 5, 10, QLatin1Char('0'));
    return c;
}

QList<BulkGive::Item> itemsOf(const QList<Case> &cases, const QString &holder)
{
    QList<BulkGive::Item> items;
    for (const Case &c : cases)
        items.append({c.id, c.number, holder});
    return items;
}

} // namespace

// Work in bulk and absence (issue 31, point 2): a supervisor's give of many
// cases is made once per case whatever the network does, two supervisors
// giving the same cases leave each with one holder, an absent officer's cases
// are handed out and their escalations go to the supervisors, and bad input
// changes nothing. On SQLite, and on PostgreSQL where the cluster runs.
class TestBulkWork : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void twoHundredCasesAreGivenOnceThoughAnswersAreLostAndRequestsRepeated();
    void twoSupervisorsGivingTheSameCasesLeaveEachWithOneHolder();
    void anAbsentOfficersCasesAreHandedOutAndTheirEscalationsGoToTheSupervisor();
    void aReversedOrOverlappingAbsenceOrAGiveToWhoCannotActChangesNothing();
    void eachCaseClaimedIsAuditedOnceAndARenewedLeaseIsNot();

private:
    static QString sqliteUrl(const ServerProcess &server);
    std::unique_ptr<ServerStore> seed(const QString &url, const QList<Case> &cases);
    std::unique_ptr<ClientStore> cache(const QString &name);
    SyncSettings settings(const ServerProcess &server, const QString &user) const;
    qint64 count(ServerStore &store, const QString &sql, const QString &bound = {});
    QString holderOf(ServerStore &store, const QString &caseId);

    QTemporaryDir m_dir;
    bool m_postgresql = false;
    int m_number = 0;
};

void TestBulkWork::initTestCase()
{
    m_postgresql = qEnvironmentVariable("KEZEK_TEST_BACKEND") == u"postgresql";
    if (m_postgresql && qEnvironmentVariableIsEmpty("KEZEK_TEST_POSTGRES_URL"))
        QSKIP("no PostgreSQL cluster: scripts/test.sh starts one and sets KEZEK_TEST_POSTGRES_URL");
}

QString TestBulkWork::sqliteUrl(const ServerProcess &server)
{
    return QStringLiteral("sqlite:") + server.folder() + QStringLiteral("/server.db");
}

std::unique_ptr<ServerStore> TestBulkWork::seed(const QString &url, const QList<Case> &cases)
{
    auto store = ServerStore::open(url);
    if (!store)
        qFatal("store: %s", qPrintable(store.error().message));
    if (!cases.isEmpty() && !(*store)->saveCases(cases))
        qFatal("the cases could not be stored");
    UserStore users(**store);
    if (!addPeople(
            users,
            {{"officer", QStringLiteral("Officer"), Role::MigrationOfficer, City::Astana, ""},
             {"officer2",
              QStringLiteral("Second officer"),
              Role::MigrationOfficer,
              City::Astana,
              ""},
             {"colleague", QStringLiteral("Colleague"), Role::MigrationOfficer, City::Astana, ""},
             {"csc", QStringLiteral("CSC operator"), Role::CscOperator, City::Astana, ""},
             {"supervisor", QStringLiteral("Supervisor"), Role::Supervisor, City::Astana, ""},
             {"supervisor2",
              QStringLiteral("Second supervisor"),
              Role::Supervisor,
              City::Astana,
              ""},
             {"almaty-officer",
              QStringLiteral("Almaty officer"),
              Role::MigrationOfficer,
              City::Almaty,
              ""},
             {"ministry",
              QStringLiteral("Ministry reviewer"),
              Role::MinistryReviewer,
              std::nullopt,
              ""}},
            Password))
        qFatal("the people could not be added");
    return std::move(*store);
}

std::unique_ptr<ClientStore> TestBulkWork::cache(const QString &name)
{
    auto store = ClientStore::open(m_dir.filePath(name + QUuid::createUuid().toString()), Password);
    if (!store)
        qFatal("cache: %s", qPrintable(store.error().message));
    return std::move(*store);
}

SyncSettings TestBulkWork::settings(const ServerProcess &server, const QString &user) const
{
    SyncSettings s;
    s.server = QUrl(server.baseUrl());
    s.user = user;
    s.password = Password;
    s.tls = server.trustingConfiguration();
    s.firstBackoffMs = 20;
    return s;
}

qint64 TestBulkWork::count(ServerStore &store, const QString &sql, const QString &bound)
{
    QSqlQuery query(store.connection());
    query.prepare(sql);
    if (!bound.isNull())
        query.addBindValue(bound);
    if (!query.exec() || !query.next())
        qFatal("count failed: %s", qPrintable(sql));
    return query.value(0).toLongLong();
}

QString TestBulkWork::holderOf(ServerStore &store, const QString &caseId)
{
    auto claim = store.claimOf(caseId, QDateTime::currentDateTimeUtc());
    if (!claim)
        qFatal("claim: %s", qPrintable(claim.error().message));
    return *claim ? (*claim)->holder : QString();
}

// Issue 31's "done means": 200 cases given in bulk exactly once, though ten
// answers are cut on the way back (the workstation sends those requests
// again) and twenty requests are sent a second time by hand.
void TestBulkWork::twoHundredCasesAreGivenOnceThoughAnswersAreLostAndRequestsRepeated()
{
    QList<Case> cases;
    for (int i = 0; i < 200; ++i)
        cases.append(receivedCase(0, ++m_number));
    const QString pgUrl
        = m_postgresql ? freshPostgresDatabase(QStringLiteral("kezek_bulk_give_")) : QString();
    ServerProcess server({QStringLiteral("--timed-steps-minutes"),
                          QStringLiteral("0"),
                          QStringLiteral("--escalation-minutes"),
                          QStringLiteral("0")},
                         pgUrl);
    auto store = seed(m_postgresql ? pgUrl : sqliteUrl(server), cases);
    for (const Case &c : std::as_const(cases)) {
        QVERIFY(store->claimCase(
            c.id, QStringLiteral("officer"), QDateTime::currentDateTimeUtc(), 3600));
    }
    QVERIFY(server.start());
    const qint64 revision = *store->currentRevision();

    FaultProxy proxy(server.port(), server.folder() + QStringLiteral("/tls"));
    QVERIFY(proxy.start());
    auto desk = cache(QStringLiteral("give"));
    SyncSettings through = settings(server, QStringLiteral("supervisor"));
    through.server = QUrl(proxy.baseUrl());
    SyncEngine engine(*desk, through);
    BulkGive run(engine, QStringLiteral("colleague"), itemsOf(cases, QStringLiteral("officer")));
    while (!run.finished()) {
        // Every twentieth answer is cut half-way: that give reached the
        // server, and the workstation sends the same request again.
        if (run.done() % 20 == 7)
            proxy.add({"/api/v1/claims", FaultProxy::Fault::Cut, 1, {}, 0, {}});
        run.step();
    }
    QVERIFY2(run.failures().isEmpty(), qPrintable(run.failures().value(0).error.message));
    QCOMPARE(run.given(), 200);
    // The ten cut answers were sent again (the proxy saw more than 200).
    QVERIFY(proxy.requests("/api/v1/claims") >= 210);

    // Twenty requests sent again with their ids (as a workstation whose
    // answers were all lost would): answered as the first time.
    SyncEngine direct(*desk, settings(server, QStringLiteral("supervisor")));
    QSqlQuery requests(store->connection());
    QVERIFY(requests.exec(QStringLiteral("SELECT request_id, case_id FROM give_requests")));
    QList<std::pair<QString, QString>> sent;
    while (requests.next())
        sent.append({requests.value(0).toString(), requests.value(1).toString()});
    QCOMPARE(sent.size(), 200);
    for (qsizetype i = 0; i < 20; ++i) {
        const auto &[requestId, caseId] = sent.at(i);
        QVERIFY(direct.give(
            {caseId, QStringLiteral("colleague"), requestId, QStringLiteral("officer")}));
    }
    // A request id sent again for another case is not that give's answer:
    // refused, and that case stays where it is.
    const auto reused = direct.give({sent.at(1).second,
                                     QStringLiteral("officer2"),
                                     sent.at(0).first,
                                     QStringLiteral("colleague")});
    QVERIFY(!reused);
    QCOMPARE(reused.error().code, QStringLiteral("give.id-taken"));

    // Each case once: its holder is the colleague, one audit entry each,
    // one kept request each; the cases themselves did not move (a give is
    // not a step of the law: the changes feed's revision stays).
    for (const Case &c : std::as_const(cases))
        QCOMPARE(holderOf(*store, c.id), QStringLiteral("colleague"));
    QCOMPARE(count(*store,
                   QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'assign' AND "
                                  "detail = ?"),
                   QStringLiteral("to colleague")),
             200);
    QCOMPARE(count(*store,
                   QStringLiteral("SELECT COUNT(DISTINCT subject) FROM audit_log WHERE action = "
                                  "'assign'")),
             200);
    QCOMPARE(count(*store, QStringLiteral("SELECT COUNT(*) FROM give_requests")), 200);
    QCOMPARE(*store->currentRevision(), revision);
}

// Two supervisors give the same sixty cases at once, each to another
// colleague, from the holder both saw: every case ends with exactly one of
// the two, given once; the other is told who holds it, and nothing of theirs
// was written for that case.
void TestBulkWork::twoSupervisorsGivingTheSameCasesLeaveEachWithOneHolder()
{
    QList<Case> cases;
    for (int i = 0; i < 60; ++i)
        cases.append(receivedCase(0, ++m_number));
    const QString pgUrl
        = m_postgresql ? freshPostgresDatabase(QStringLiteral("kezek_bulk_race_")) : QString();
    ServerProcess server({QStringLiteral("--timed-steps-minutes"),
                          QStringLiteral("0"),
                          QStringLiteral("--escalation-minutes"),
                          QStringLiteral("0")},
                         pgUrl);
    auto store = seed(m_postgresql ? pgUrl : sqliteUrl(server), cases);
    for (const Case &c : std::as_const(cases))
        QVERIFY(store->claimCase(
            c.id, QStringLiteral("officer"), QDateTime::currentDateTimeUtc(), 3600));
    QVERIFY(server.start());

    struct Side
    {
        QString supervisor;
        QString colleague;
        QList<Case> order;
        int given = 0;
        QList<BulkFailure> failures;
    };
    QList<Case> reversed(cases.crbegin(), cases.crend());
    Side sides[2] = {{QStringLiteral("supervisor"), QStringLiteral("colleague"), cases, 0, {}},
                     {QStringLiteral("supervisor2"), QStringLiteral("officer2"), reversed, 0, {}}};
    std::unique_ptr<QThread> threads[2];
    for (int i = 0; i < 2; ++i) {
        Side &side = sides[i];
        const SyncSettings s = settings(server, side.supervisor);
        const QString path = m_dir.filePath(QStringLiteral("race-%1").arg(i));
        threads[i].reset(QThread::create([&side, s, path] {
            auto desk = ClientStore::open(path, Password);
            if (!desk)
                qFatal("cache: %s", qPrintable(desk.error().message));
            SyncEngine engine(**desk, s);
            BulkGive run(engine, side.colleague, itemsOf(side.order, QStringLiteral("officer")));
            while (!run.finished())
                run.step();
            side.given = run.given();
            side.failures = run.failures();
        }));
    }
    for (auto &thread : threads)
        thread->start();
    for (auto &thread : threads)
        QVERIFY(thread->wait(240000));

    QCOMPARE(sides[0].given + sides[1].given, 60);
    for (const Side &side : sides) {
        for (const BulkFailure &failure : side.failures) {
            QCOMPARE(failure.error.code, QStringLiteral("claim.moved"));
            QVERIFY2(failure.error.message.contains(failure.number),
                     qPrintable(failure.error.message));
        }
    }
    for (const Case &c : std::as_const(cases)) {
        const QString holder = holderOf(*store, c.id);
        QVERIFY2(holder == u"colleague" || holder == u"officer2", qPrintable(holder));
        // One audit entry, naming the holder the case has.
        QCOMPARE(count(*store,
                       QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'assign' AND "
                                      "subject = ?"),
                       c.id),
                 1);
        QCOMPARE(count(*store,
                       QStringLiteral("SELECT COUNT(*) FROM give_requests WHERE case_id = ?"),
                       c.id),
                 1);
        QSqlQuery detail(store->connection());
        detail.prepare(
            QStringLiteral("SELECT detail FROM audit_log WHERE action = 'assign' AND subject = ?"));
        detail.addBindValue(c.id);
        QVERIFY(detail.exec() && detail.next());
        QCOMPARE(detail.value(0).toString(), QStringLiteral("to %1").arg(holder));
    }
}

// An officer marked absent: their held cases are listed at the supervisor's
// desk and handed out; an escalation of a case still theirs goes to the
// city's supervisors and not to them, while a present officer's holder is
// still told.
void TestBulkWork::anAbsentOfficersCasesAreHandedOutAndTheirEscalationsGoToTheSupervisor()
{
    if (m_postgresql)
        QSKIP("the escalation job's choice of people is the same on both databases");
    const Case breachedAbsent = receivedCase(10, ++m_number);
    const Case breachedPresent = receivedCase(10, ++m_number);
    const Case fresh = receivedCase(0, ++m_number);
    // The escalation job's own rule: both breached, the fresh one not.
    QCOMPARE(clockAlarms(breachedAbsent, TestData::calendar(), today()).size(), 1);
    QVERIFY(clockAlarms(fresh, TestData::calendar(), today()).isEmpty());
    ServerProcess quiet({QStringLiteral("--timed-steps-minutes"),
                         QStringLiteral("0"),
                         QStringLiteral("--escalation-minutes"),
                         QStringLiteral("0")});
    const QString url = sqliteUrl(quiet);
    auto store = seed(url, {breachedAbsent, breachedPresent, fresh});
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY(store->claimCase(breachedAbsent.id, QStringLiteral("officer"), now, 3600));
    QVERIFY(store->claimCase(fresh.id, QStringLiteral("officer"), now, 3600));
    QVERIFY(store->claimCase(breachedPresent.id, QStringLiteral("officer2"), now, 3600));
    QVERIFY(quiet.start());

    auto desk = cache(QStringLiteral("absence"));
    SyncEngine engine(*desk, settings(quiet, QStringLiteral("supervisor")));
    auto marked = engine.markAbsent(QStringLiteral("officer"), today(), today().addDays(2));
    QVERIFY2(marked, qPrintable(marked ? QString() : marked.error().message));
    auto listed = engine.absences();
    QVERIFY(listed);
    QCOMPARE(listed->size(), 1);
    QCOMPARE(listed->first().userId, QStringLiteral("officer"));
    QVERIFY(isAbsentOn(*listed, today()));
    // The absence is audited.
    QCOMPARE(count(*store,
                   QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'absence' AND "
                                  "subject = ?"),
                   QStringLiteral("officer")),
             1);

    // The desk lists the officer's held cases from the server's claims.
    QVERIFY(engine.refreshClaims());
    QStringList held;
    const auto claims = desk->claims();
    QVERIFY(claims);
    for (const ClaimRow &claim : *claims) {
        if (claim.holder == u"officer")
            held.append(claim.caseId);
    }
    held.sort();
    QStringList expected{breachedAbsent.id, fresh.id};
    expected.sort();
    QCOMPARE(held, expected);
    // The fresh one is handed out; the breached one stays the officer's.
    BulkGive run(
        engine, QStringLiteral("colleague"), {{fresh.id, fresh.number, QStringLiteral("officer")}});
    run.step();
    QCOMPARE(run.given(), 1);
    QCOMPARE(holderOf(*store, fresh.id), QStringLiteral("colleague"));
    quiet.stop();

    // The escalation job over the same database.
    ServerProcess watching({QStringLiteral("--timed-steps-minutes"), QStringLiteral("0")}, url);
    QVERIFY(watching.start());
    QVERIFY(QTest::qWaitFor(
        [&] { return count(*store, QStringLiteral("SELECT COUNT(*) FROM escalations")) >= 2; },
        30000));
    QCOMPARE(count(*store,
                   QStringLiteral("SELECT COUNT(*) FROM escalation_recipients WHERE user_id = "
                                  "'officer'")),
             0);
    QCOMPARE(count(*store,
                   QStringLiteral("SELECT COUNT(*) FROM escalation_recipients WHERE user_id = "
                                  "'officer2'")),
             1);
    QCOMPARE(count(*store,
                   QStringLiteral("SELECT COUNT(*) FROM escalation_recipients r JOIN escalations "
                                  "e ON e.id = r.escalation_id WHERE r.user_id = 'supervisor' "
                                  "AND e.case_id = ?"),
                   breachedAbsent.id),
             1);
    QCOMPARE(count(*store,
                   QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'escalation' "
                                  "AND subject = ? AND detail LIKE '%holder officer absent%'"),
                   breachedAbsent.id),
             1);
}

// Bad input (issue 31's "done means"): an absence that ends before it starts,
// one that overlaps the person's other absence, one of another city or of
// someone who holds no cases, one marked by an officer, and a give to
// someone whose role cannot act: each refused in words, nothing kept.
void TestBulkWork::aReversedOrOverlappingAbsenceOrAGiveToWhoCannotActChangesNothing()
{
    const Case c = receivedCase(0, ++m_number);
    const QString pgUrl
        = m_postgresql ? freshPostgresDatabase(QStringLiteral("kezek_bulk_bad_")) : QString();
    ServerProcess server({QStringLiteral("--timed-steps-minutes"),
                          QStringLiteral("0"),
                          QStringLiteral("--escalation-minutes"),
                          QStringLiteral("0")},
                         pgUrl);
    auto store = seed(m_postgresql ? pgUrl : sqliteUrl(server), {c});
    QVERIFY(
        store->claimCase(c.id, QStringLiteral("officer"), QDateTime::currentDateTimeUtc(), 3600));
    QVERIFY(server.start());
    auto desk = cache(QStringLiteral("bad"));
    SyncEngine engine(*desk, settings(server, QStringLiteral("supervisor")));
    const QDate day = today();
    QVERIFY(engine.markAbsent(QStringLiteral("officer"), day.addDays(5), day.addDays(9)));

    const auto refused = [&](const QString &user, QDate from, QDate to) {
        auto marked = engine.markAbsent(user, from, to);
        return marked ? QString() : marked.error().code;
    };
    QCOMPARE(refused(QStringLiteral("officer2"), day.addDays(3), day.addDays(1)),
             QStringLiteral("absence.reversed"));
    QCOMPARE(refused(QStringLiteral("officer"), day.addDays(9), day.addDays(12)),
             QStringLiteral("absence.overlaps"));
    QCOMPARE(refused(QStringLiteral("officer"), day, day.addDays(20)),
             QStringLiteral("absence.overlaps"));
    QCOMPARE(refused(QStringLiteral("almaty-officer"), day, day), QStringLiteral("absence.city"));
    QCOMPARE(refused(QStringLiteral("supervisor2"), day, day), QStringLiteral("absence.role"));
    QCOMPARE(refused(QStringLiteral("ministry"), day, day), QStringLiteral("absence.role"));
    auto reversed = engine.markAbsent(QStringLiteral("officer2"), day.addDays(3), day.addDays(1));
    QVERIFY(reversed.error().message.contains(QStringLiteral("before it starts")));
    // An officer marks nobody absent.
    auto officerDesk = cache(QStringLiteral("bad-officer"));
    SyncEngine officer(*officerDesk, settings(server, QStringLiteral("officer2")));
    auto byOfficer = officer.markAbsent(QStringLiteral("colleague"), day, day);
    QVERIFY(!byOfficer);
    QCOMPARE(byOfficer.error().code, QStringLiteral("forbidden"));
    // The day after the one kept is free again.
    QVERIFY(engine.markAbsent(QStringLiteral("officer"), day.addDays(10), day.addDays(10)));
    QCOMPARE(count(*store, QStringLiteral("SELECT COUNT(*) FROM absences")), 2);
    QCOMPARE(
        count(*store, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'absence'")),
        2);

    // A give to a supervisor or the ministry's reviewer, who cannot act on a
    // case: refused in words, the holder and the audit log as they were.
    for (const QString &to : {QStringLiteral("supervisor2"), QStringLiteral("ministry")}) {
        auto given
            = engine.give({c.id, to, QUuid::createUuid().toString(), QStringLiteral("officer")});
        QVERIFY(!given);
        QCOMPARE(given.error().code, QStringLiteral("workflow.assignee"));
        QVERIFY(!given.error().message.isEmpty());
    }
    // A give from a holder the supervisor did not see (someone took it
    // meanwhile) is refused and names who holds it.
    auto stale = engine.give(
        {c.id, QStringLiteral("colleague"), QUuid::createUuid().toString(), QString()});
    QVERIFY(!stale);
    QCOMPARE(stale.error().code, QStringLiteral("claim.moved"));
    QVERIFY(stale.error().message.contains(QStringLiteral("officer")));
    QCOMPARE(holderOf(*store, c.id), QStringLiteral("officer"));
    QCOMPARE(
        count(*store, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'assign'")), 0);
    QCOMPARE(count(*store, QStringLiteral("SELECT COUNT(*) FROM give_requests")), 0);
}

// Issue 31 point 2: "an officer claims several at once ... Each case's
// change is still its own command, exactly once, audited": each case claimed
// gives one "claim" entry, and the next syncs, which renew the leases, add
// none.
void TestBulkWork::eachCaseClaimedIsAuditedOnceAndARenewedLeaseIsNot()
{
    QList<Case> cases;
    for (int i = 0; i < 5; ++i)
        cases.append(receivedCase(0, ++m_number));
    const QString pgUrl
        = m_postgresql ? freshPostgresDatabase(QStringLiteral("kezek_bulk_claim_")) : QString();
    ServerProcess server({QStringLiteral("--timed-steps-minutes"),
                          QStringLiteral("0"),
                          QStringLiteral("--escalation-minutes"),
                          QStringLiteral("0")},
                         pgUrl);
    auto store = seed(m_postgresql ? pgUrl : sqliteUrl(server), cases);
    QVERIFY(server.start());
    auto desk = cache(QStringLiteral("claim"));
    SyncEngine engine(*desk, settings(server, QStringLiteral("officer2")));
    QVERIFY(engine.run());
    const Actor officer{Role::MigrationOfficer, City::Astana, QStringLiteral("officer2")};
    BulkClaim outcome;
    for (const Case &c : std::as_const(cases))
        QVERIFY(claimOne(*desk, officer, **desk->findCase(c.id), outcome));
    QCOMPARE(outcome.claimed, 5);
    const QString claims
        = QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'claim' AND actor = ?");
    for (int sync = 0; sync < 3; ++sync) {
        const auto ran = engine.run();
        QVERIFY2(ran, qPrintable(ran ? QString() : ran.error().message));
        QCOMPARE(count(*store, claims, QStringLiteral("officer2")), 5);
    }
    for (const Case &c : std::as_const(cases))
        QCOMPARE(holderOf(*store, c.id), QStringLiteral("officer2"));
}

QTEST_GUILESS_MAIN(TestBulkWork)
#include "tst_bulkwork.moc"
