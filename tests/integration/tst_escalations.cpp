#include "core/domain/oversight.h"
#include "core/domain/queues.h"
#include "core/protocol/api.h"
#include "db/server/serverstore.h"
#include "db/server/userstore.h"
#include "tests/support/builders.h"
#include "tests/support/openapi.h"
#include "tests/support/people.h"
#include "tests/support/postgres.h"
#include "tests/support/serverprocess.h"
#include "tests/support/testdata.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

#include <memory>
#include <vector>

using namespace Kezek;
using namespace Kezek::Testing;

namespace {

const QString Password = QStringLiteral("correct horse battery");

QDate today()
{
    return kazakhstanDate(QDateTime::currentDateTimeUtc());
}

// A case received `daysAgo` days ago and never registered: its registration
// (§12, two working days) is breached once they have passed.
Case receivedCase(int daysAgo, int number, City city = City::Astana)
{
    Case c = Builders::caseIn(CaseState::Received, today().addDays(-daysAgo), city);
    c.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    c.number = QStringLiteral("DNR-ESC-%1").arg(number, 5, 10, QLatin1Char('0'));
    return c;
}

// A registered case whose 45-day review (§16) stands in its warning, or,
// with `paused`, stood there when the application went back to the applicant.
Case reviewInWarning(int number, bool paused)
{
    const QDate start = today().addDays(-60);
    Case c = Builders::caseIn(CaseState::Registered, start);
    c.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    c.number = QStringLiteral("DNR-ESC-%1").arg(number, 5, 10, QLatin1Char('0'));
    for (DeadlineClock &clock : c.clocks) {
        if (!clock.isStopped() && clock.kind() == ClockKind::Review) {
            const QDate started = today().addDays(-40);
            clock = DeadlineClock::restore(ClockKind::Review, started, {}, {});
            if (paused)
                (void)clock.pause(today().addDays(-1));
        }
    }
    return c;
}

QByteArray signIn(QNetworkAccessManager &manager, const ServerProcess &server, const QString &user)
{
    QNetworkRequest request(QUrl(server.baseUrl() + Api::path(Api::Route::SignIn)));
    request.setSslConfiguration(server.trustingConfiguration());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    QNetworkReply *reply
        = manager.post(request,
                       QJsonDocument(QJsonObject{{QStringLiteral("user"), user},
                                                 {QStringLiteral("password"), Password}})
                           .toJson());
    if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 30000))
        qFatal("no answer");
    reply->deleteLater();
    return QJsonDocument::fromJson(reply->readAll()).object().value(u"token").toString().toLatin1();
}

// The user's notifications after `after`, as their workstation asks at a sync.
QJsonObject notifications(const ServerProcess &server, const QString &user, qint64 after = 0)
{
    QNetworkAccessManager manager;
    const QByteArray token = signIn(manager, server, user);
    QNetworkRequest request(QUrl(server.baseUrl() + Api::notificationsPath(after, 100)));
    request.setSslConfiguration(server.trustingConfiguration());
    request.setRawHeader("Authorization", "Bearer " + token);
    QNetworkReply *reply = manager.get(request);
    if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 30000))
        qFatal("no answer");
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    if (status != 200)
        qFatal("notifications: %s", body.constData());
    // The answer as docs/openapi.yaml describes it.
    const QString differs
        = OpenApi::document().check("GET",
                                    Api::path(Api::Route::Notifications),
                                    status,
                                    reply->header(QNetworkRequest::ContentTypeHeader).toByteArray(),
                                    body);
    if (!differs.isEmpty())
        qFatal("notifications differ from the API's document: %s", qPrintable(differs));
    return QJsonDocument::fromJson(body).object();
}

QStringList caseIdsOf(const QJsonObject &answer)
{
    QStringList ids;
    for (const QJsonValue &n : answer.value(u"notifications").toArray())
        ids.append(n.toObject().value(u"caseId").toString());
    return ids;
}

} // namespace

// Escalation (issue 30, point 3): a duty clock in its warning or breached is
// told to the case's holder and its city's supervisors, once across servers,
// with one audit entry; a user sees only their own; a paused clock is not.
class TestEscalations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void aBreachIsToldToTheHolderAndTheCitySupervisorOnly();
    void anOfflineSupervisorFindsNewEscalationsAfterTheirCursor();
    void severalServersRaiseEachEscalationOnce();

private:
    std::unique_ptr<ServerStore> seed(const QString &url, const QList<Case> &cases);
    int count(ServerStore &store, const QString &sql, const QString &caseId);
    bool waitForEscalations(ServerStore &store, const QString &caseId, int expected);

    bool m_postgresql = false;
    int m_number = 0;
};

void TestEscalations::initTestCase()
{
    m_postgresql = qEnvironmentVariable("KEZEK_TEST_BACKEND") == u"postgresql";
    if (m_postgresql && qEnvironmentVariableIsEmpty("KEZEK_TEST_POSTGRES_URL"))
        QSKIP("no PostgreSQL cluster: scripts/test.sh starts one and sets KEZEK_TEST_POSTGRES_URL");
}

std::unique_ptr<ServerStore> TestEscalations::seed(const QString &url, const QList<Case> &cases)
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
             {"colleague", QStringLiteral("Colleague"), Role::MigrationOfficer, City::Astana, ""},
             {"supervisor", QStringLiteral("Supervisor"), Role::Supervisor, City::Astana, ""},
             {"almaty-officer",
              QStringLiteral("Almaty officer"),
              Role::MigrationOfficer,
              City::Almaty,
              ""},
             {"almaty-supervisor",
              QStringLiteral("Almaty supervisor"),
              Role::Supervisor,
              City::Almaty,
              ""}},
            Password))
        qFatal("the people could not be added");
    return std::move(*store);
}

int TestEscalations::count(ServerStore &store, const QString &sql, const QString &caseId)
{
    QSqlQuery query(store.connection());
    query.prepare(sql);
    query.addBindValue(caseId);
    if (!query.exec() || !query.next())
        qFatal("count failed");
    return query.value(0).toInt();
}

bool TestEscalations::waitForEscalations(ServerStore &store, const QString &caseId, int expected)
{
    return QTest::qWaitFor(
        [&] {
            return count(store,
                         QStringLiteral("SELECT COUNT(*) FROM escalations WHERE case_id = ?"),
                         caseId)
                   == expected;
        },
        30000);
}

void TestEscalations::aBreachIsToldToTheHolderAndTheCitySupervisorOnly()
{
    if (m_postgresql)
        QSKIP("the SQLite run covers one server; the PostgreSQL run covers several");
    const Case breached = receivedCase(10, ++m_number);
    const Case warning = reviewInWarning(++m_number, false);
    const Case paused = reviewInWarning(++m_number, true);
    // The cases stand where the test needs them, by the domain's own rule.
    const BusinessCalendar &calendar = TestData::calendar();
    QCOMPARE(clockAlarms(breached, calendar, today()).size(), 1);
    QCOMPARE(clockAlarms(breached, calendar, today()).constFirst().standing,
             ClockStanding::Breached);
    QCOMPARE(clockAlarms(warning, calendar, today()).size(), 1);
    QCOMPARE(clockAlarms(warning, calendar, today()).constFirst().standing, ClockStanding::Warning);
    QVERIFY(clockAlarms(paused, calendar, today()).isEmpty());

    ServerProcess server({QStringLiteral("--timed-steps-minutes"), QStringLiteral("0")});
    const QString url = QStringLiteral("sqlite:") + server.folder() + QStringLiteral("/server.db");
    auto store = seed(url, {breached, warning, paused});
    QVERIFY(store->claimCase(
        breached.id, QStringLiteral("officer"), QDateTime::currentDateTimeUtc(), 3600));
    QVERIFY(server.start());

    QVERIFY(waitForEscalations(*store, breached.id, 1));
    QVERIFY(waitForEscalations(*store, warning.id, 1));
    // The holder and the city's supervisor; the warning's case has no holder.
    const QJsonObject officer = notifications(server, QStringLiteral("officer"));
    QCOMPARE(caseIdsOf(officer), QStringList{breached.id});
    const QJsonObject told = officer.value(u"notifications").toArray().first().toObject();
    QCOMPARE(told.value(u"clock").toString(), QStringLiteral("registration"));
    QCOMPARE(told.value(u"level").toString(), QStringLiteral("breached"));
    QCOMPARE(told.value(u"caseNumber").toString(), breached.number);
    QStringList supervised = caseIdsOf(notifications(server, QStringLiteral("supervisor")));
    supervised.sort();
    QStringList expected{breached.id, warning.id};
    expected.sort();
    QCOMPARE(supervised, expected);
    // Not another officer's, nor another city's.
    QVERIFY(caseIdsOf(notifications(server, QStringLiteral("colleague"))).isEmpty());
    QVERIFY(caseIdsOf(notifications(server, QStringLiteral("almaty-officer"))).isEmpty());
    QVERIFY(caseIdsOf(notifications(server, QStringLiteral("almaty-supervisor"))).isEmpty());
    // §16: a clock paused while the applicant has the application is nobody's to act on.
    QCOMPARE(count(*store,
                   QStringLiteral("SELECT COUNT(*) FROM escalations WHERE case_id = ?"),
                   paused.id),
             0);
    const QString audits = QStringLiteral(
        "SELECT COUNT(*) FROM audit_log WHERE subject = ? AND action = 'escalation'");
    QCOMPARE(count(*store, audits, breached.id), 1);

    // The job again (a restart runs it at start-up, and its log keeps the
    // first run's lines): nothing new.
    server.stop();
    QVERIFY(server.startAgain());
    QVERIFY(QTest::qWaitFor(
        [&] {
            return server.standardError().count(QStringLiteral(" INFO escalations raised=")) >= 2;
        },
        30000));
    QCOMPARE(count(*store,
                   QStringLiteral("SELECT COUNT(*) FROM escalations WHERE case_id = ?"),
                   breached.id),
             1);
    QCOMPARE(count(*store, audits, breached.id), 1);
    QCOMPARE(caseIdsOf(notifications(server, QStringLiteral("officer"))), QStringList{breached.id});

    // The supervisor moved to Almaty no longer reads Astana's escalations,
    // told to them before: only what their role and city may see now.
    QSqlQuery move(store->connection());
    QVERIFY(move.exec(QStringLiteral("UPDATE users SET city = 'almaty' WHERE id = 'supervisor'")));
    QVERIFY(caseIdsOf(notifications(server, QStringLiteral("supervisor"))).isEmpty());
}

void TestEscalations::anOfflineSupervisorFindsNewEscalationsAfterTheirCursor()
{
    if (m_postgresql)
        QSKIP("the cursor is the same on both databases");
    const Case first = receivedCase(10, ++m_number);
    ServerProcess server({QStringLiteral("--timed-steps-minutes"), QStringLiteral("0")});
    const QString url = QStringLiteral("sqlite:") + server.folder() + QStringLiteral("/server.db");
    auto store = seed(url, {first});
    QVERIFY(server.start());
    QVERIFY(waitForEscalations(*store, first.id, 1));
    const QJsonObject seen = notifications(server, QStringLiteral("supervisor"));
    QCOMPARE(caseIdsOf(seen), QStringList{first.id});
    const qint64 cursor = seen.value(u"next").toInteger();
    QVERIFY(cursor > 0);

    // The supervisor is away; another clock is breached meanwhile.
    const Case second = receivedCase(12, ++m_number);
    QVERIFY(store->saveCase(second));
    server.stop();
    QVERIFY(server.startAgain());
    QVERIFY(waitForEscalations(*store, second.id, 1));
    // At the next sync, from their cursor: only what came while they were away.
    const QJsonObject next = notifications(server, QStringLiteral("supervisor"), cursor);
    QCOMPARE(caseIdsOf(next), QStringList{second.id});
    QVERIFY(next.value(u"next").toInteger() > cursor);
    QCOMPARE(next.value(u"more").toBool(), false);
}

void TestEscalations::severalServersRaiseEachEscalationOnce()
{
    if (!m_postgresql)
        QSKIP("several servers share PostgreSQL, not SQLite");
    QList<Case> breached;
    for (int i = 0; i < 10; ++i)
        breached.append(receivedCase(10 + i, ++m_number));
    const QString url = freshPostgresDatabase(QStringLiteral("kezek_escalations_"));
    auto store = seed(url, breached);
    // Two servers start at once: both look for escalations at start-up.
    std::vector<std::unique_ptr<ServerProcess>> servers;
    for (int i = 0; i < 2; ++i)
        servers.push_back(std::make_unique<ServerProcess>(
            QStringList{QStringLiteral("--timed-steps-minutes"), QStringLiteral("0")}, url));
    for (auto &server : servers)
        QVERIFY(server->start());
    for (const Case &c : std::as_const(breached))
        QVERIFY(waitForEscalations(*store, c.id, 1));
    // Both servers finished their pass, then count.
    QVERIFY(QTest::qWaitFor(
        [&] {
            qsizetype passes = 0;
            for (auto &server : servers)
                passes
                    += server->standardError().count(QStringLiteral(" INFO escalations raised="));
            return passes >= 2;
        },
        30000));
    for (const Case &c : std::as_const(breached)) {
        QCOMPARE(count(*store,
                       QStringLiteral("SELECT COUNT(*) FROM escalations WHERE case_id = ?"),
                       c.id),
                 1);
        QCOMPARE(count(*store,
                       QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE subject = ? AND "
                                      "action = 'escalation'"),
                       c.id),
                 1);
    }
    qsizetype raised = 0;
    for (auto &server : servers)
        raised += server->standardError().count(QStringLiteral("status=raised"));
    QCOMPARE(raised, breached.size());
    QCOMPARE(caseIdsOf(notifications(*servers.front(), QStringLiteral("supervisor"))).size(),
             breached.size());
}

QTEST_GUILESS_MAIN(TestEscalations)
#include "tst_escalations.moc"
