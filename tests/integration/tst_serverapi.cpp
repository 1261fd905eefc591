#include "auditlog.h"
#include "domain/casecodec.h"
#include "domain/casecommand.h"
#include "security/passwords.h"
#include "serverstore.h"
#include "support/builders.h"
#include "support/serverprocess.h"
#include "userstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

using namespace Kezek;
using namespace Kezek::Testing;

namespace {

const QString Password = QStringLiteral("correct horse battery");

struct Answer
{
    int status = 0;
    QJsonObject json;
};

// A client of the API as the workstation will be: HTTPS, JSON, a bearer token.
class Client
{
public:
    explicit Client(const ServerProcess &server)
        : m_server(server)
    {}

    Answer send(const QByteArray &method,
                const QString &path,
                const QByteArray &body = {},
                const QByteArray &contentType = "application/json")
    {
        QNetworkRequest request(QUrl(m_server.baseUrl() + path));
        request.setSslConfiguration(m_server.trustingConfiguration());
        if (!body.isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
        if (!m_token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + m_token);
        QNetworkReply *reply = m_manager.sendCustomRequest(request, method, body);
        if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 30000))
            qFatal("no answer");
        Answer answer{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                      QJsonDocument::fromJson(reply->readAll()).object()};
        reply->deleteLater();
        return answer;
    }
    Answer post(const QString &path, const QJsonObject &body)
    {
        return send("POST", path, QJsonDocument(body).toJson());
    }
    Answer get(const QString &path) { return send("GET", path); }

    Answer signIn(const QString &user, const QString &password = Password)
    {
        const Answer answer
            = post(QStringLiteral("/api/v1/session"),
                   {{QStringLiteral("user"), user}, {QStringLiteral("password"), password}});
        m_token = answer.json.value(u"token").toString().toLatin1();
        return answer;
    }
    void setToken(const QByteArray &token) { m_token = token; }

    QJsonArray commands(const QJsonArray &batch)
    {
        return post(QStringLiteral("/api/v1/commands"), {{QStringLiteral("commands"), batch}})
            .json.value(u"results")
            .toArray();
    }

private:
    const ServerProcess &m_server;
    QNetworkAccessManager m_manager;
    QByteArray m_token;
};

QJsonObject
command(const QString &type, const QString &caseId, int baseVersion, const QJsonObject &payload)
{
    return {{QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
            {QStringLiteral("type"), type},
            {QStringLiteral("caseId"), caseId},
            {QStringLiteral("baseVersion"), baseVersion},
            {QStringLiteral("payload"), payload}};
}

} // namespace

class TestServerApi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void signInNeedsTheRightPasswordAndLocksAfterFive();
    void requestsWithoutAValidSessionAreRefused();
    void onlyTheIntegrationFilesApplications();
    void officesSeeOnlyTheirOwnCitysCases();
    void commandsApplyOnceAndRepeatAsDuplicates();
    void aStaleBaseVersionIsAConflictThatShowsTheCase();
    void theLawRefusesWhatItRefuses();
    void changesResumeAfterTheCursor();
    void everyCommandReadAndSignInIsInAnIntactAuditChain();

private:
    std::unique_ptr<ServerProcess> m_server;
    QString m_databaseUrl;
    NewApplication m_application;
    QJsonArray m_registration; // the batch that verified the documents and registered
};

void TestServerApi::initTestCase()
{
    // The same suite runs on both databases: KEZEK_TEST_BACKEND=postgresql
    // (a second CTest entry) uses a fresh database in the test cluster.
    if (qEnvironmentVariable("KEZEK_TEST_BACKEND") == u"postgresql") {
        const QString admin = qEnvironmentVariable("KEZEK_TEST_POSTGRES_URL");
        if (admin.isEmpty())
            QSKIP("no PostgreSQL cluster: scripts/test.sh starts one and sets "
                  "KEZEK_TEST_POSTGRES_URL");
        const QString name
            = QStringLiteral("kezek_api_") + QUuid::createUuid().toString(QUuid::Id128).left(12);
        {
            QSqlDatabase db
                = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("admin"));
            const QUrl url(admin);
            db.setHostName(url.host());
            db.setPort(url.port(5432));
            db.setUserName(url.userName());
            db.setDatabaseName(url.path().mid(1));
            QVERIFY(db.open());
            QVERIFY(QSqlQuery(db).exec(QStringLiteral("CREATE DATABASE ") + name));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("admin"));
        QUrl url(admin);
        url.setPath(QLatin1Char('/') + name);
        m_databaseUrl = url.toString();
        m_server = std::make_unique<ServerProcess>(QStringList{}, m_databaseUrl);
    } else {
        m_server = std::make_unique<ServerProcess>();
        m_databaseUrl
            = QStringLiteral("sqlite:") + m_server->folder() + QStringLiteral("/server.db");
    }
    QVERIFY(m_server->start());
    auto store = ServerStore::open(m_databaseUrl);
    QVERIFY(store);
    UserStore users(**store);
    const QString hash = *hashPassword(Password, ScryptCost{10, 8, 1});
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY(users.addUser({QStringLiteral("officer.astana"),
                           QStringLiteral("Айгерім"),
                           Role::MigrationOfficer,
                           City::Astana,
                           hash,
                           0,
                           {}},
                          now));
    QVERIFY(users.addUser({QStringLiteral("officer.almaty"),
                           QStringLiteral("Ерлан"),
                           Role::MigrationOfficer,
                           City::Almaty,
                           hash,
                           0,
                           {}},
                          now));
    QVERIFY(users.addUser({QStringLiteral("csc.astana"),
                           QStringLiteral("Динара"),
                           Role::CscOperator,
                           City::Astana,
                           hash,
                           0,
                           {}},
                          now));
    QVERIFY(users.addUser(
        {QStringLiteral("egov"), QStringLiteral("eGov"), Role::System, std::nullopt, hash, 0, {}},
        now));
    QVERIFY(users.addUser({QStringLiteral("locked.out"),
                           QStringLiteral("x"),
                           Role::MigrationOfficer,
                           City::Astana,
                           hash,
                           0,
                           {}},
                          now));
    m_application = Builders::application(City::Astana, QDateTime::currentDateTimeUtc().date());
}

void TestServerApi::signInNeedsTheRightPasswordAndLocksAfterFive()
{
    Client client(*m_server);
    const Answer good = client.signIn(QStringLiteral("officer.astana"));
    QCOMPARE(good.status, 200);
    QCOMPARE(good.json.value(u"user").toObject().value(u"city").toString(),
             QStringLiteral("astana"));
    QCOMPARE(client.signIn(QStringLiteral("nobody")).status, 401);
    for (int i = 0; i < 5; ++i)
        QCOMPARE(
            client.signIn(QStringLiteral("locked.out"), QStringLiteral("wrong password")).status,
            401);
    const Answer locked = client.signIn(QStringLiteral("locked.out"));
    QCOMPARE(locked.status, 423);
    QCOMPARE(locked.json.value(u"code").toString(), QStringLiteral("locked"));
}

void TestServerApi::requestsWithoutAValidSessionAreRefused()
{
    Client client(*m_server);
    QCOMPARE(client.get(QStringLiteral("/api/v1/changes")).status, 401);
    client.setToken("forged-token-that-was-never-issued");
    QCOMPARE(client.get(QStringLiteral("/api/v1/changes")).json.value(u"code").toString(),
             QStringLiteral("unauthorized"));
    client.signIn(QStringLiteral("officer.astana"));
    QCOMPARE(client.send("DELETE", QStringLiteral("/api/v1/session")).status, 204);
    QCOMPARE(client.get(QStringLiteral("/api/v1/changes")).status,
             401); // signed out means signed out
}

void TestServerApi::onlyTheIntegrationFilesApplications()
{
    Client officer(*m_server);
    officer.signIn(QStringLiteral("officer.astana"));
    QCOMPARE(officer
                 .post(QStringLiteral("/api/v1/integration/egov/applications"),
                       newApplicationToJson(m_application))
                 .status,
             403);

    Client egov(*m_server);
    QCOMPARE(egov.signIn(QStringLiteral("egov")).status, 200);
    QJsonObject broken = newApplicationToJson(m_application);
    broken.insert(QStringLiteral("priority"), QStringLiteral("urgent"));
    const Answer refused
        = egov.post(QStringLiteral("/api/v1/integration/egov/applications"), broken);
    QCOMPARE(refused.status, 400);
    QVERIFY(refused.json.value(u"message").toString().contains(QStringLiteral("priority")));

    const Answer filed = egov.post(QStringLiteral("/api/v1/integration/egov/applications"),
                                   newApplicationToJson(m_application));
    QCOMPARE(filed.status, 201);
    QCOMPARE(filed.json.value(u"caseId").toString(), m_application.id);
    QCOMPARE(filed.json.value(u"version").toInt(), 1);
    QCOMPARE(egov.post(QStringLiteral("/api/v1/integration/egov/applications"),
                       newApplicationToJson(m_application))
                 .status,
             409);
}

void TestServerApi::officesSeeOnlyTheirOwnCitysCases()
{
    Client astana(*m_server);
    astana.signIn(QStringLiteral("officer.astana"));
    const QJsonArray seen
        = astana.get(QStringLiteral("/api/v1/changes?since=0")).json.value(u"cases").toArray();
    QCOMPARE(seen.size(), 1);
    QCOMPARE(seen.at(0).toObject().value(u"id").toString(), m_application.id);

    Client almaty(*m_server);
    almaty.signIn(QStringLiteral("officer.almaty"));
    const Answer other = almaty.get(QStringLiteral("/api/v1/changes?since=0"));
    QVERIFY(other.json.value(u"cases").toArray().isEmpty());
    QCOMPARE(other.json.value(u"next").toInt(), 1); // the cursor still moves past it
}

void TestServerApi::commandsApplyOnceAndRepeatAsDuplicates()
{
    Client officer(*m_server);
    officer.signIn(QStringLiteral("officer.astana"));
    int version = 1;
    for (const CatalogEntry &entry : catalogFor(Stage::Preliminary)) {
        m_registration.append(command(QStringLiteral("update-document"),
                                      m_application.id,
                                      version++,
                                      {{QStringLiteral("checklist"), QStringLiteral("preliminary")},
                                       {QStringLiteral("document"), documentTypeId(entry.type)},
                                       {QStringLiteral("command"), QStringLiteral("verify")}}));
    }
    m_registration.append(
        command(QStringLiteral("register"),
                m_application.id,
                version,
                {{QStringLiteral("reference"), QStringLiteral("KQP-2026-0001")}}));

    const QJsonArray applied = officer.commands(m_registration);
    QCOMPARE(applied.size(), m_registration.size());
    for (qsizetype i = 0; i < applied.size(); ++i) {
        const QJsonObject result = applied.at(i).toObject();
        QVERIFY2(result.value(u"status").toString() == u"applied",
                 QJsonDocument(result).toJson().constData());
        QCOMPARE(result.value(u"version").toInt(), i + 2);
    }

    // The same batch again (a retry after a dropped connection): nothing is
    // applied twice, and every answer is what it was.
    const QJsonArray repeated = officer.commands(m_registration);
    for (qsizetype i = 0; i < repeated.size(); ++i) {
        QCOMPARE(repeated.at(i).toObject().value(u"status").toString(),
                 QStringLiteral("duplicate"));
        QCOMPARE(repeated.at(i).toObject().value(u"version").toInt(),
                 applied.at(i).toObject().value(u"version").toInt());
        QCOMPARE(repeated.at(i).toObject().value(u"revision").toInt(),
                 applied.at(i).toObject().value(u"revision").toInt());
    }
}

void TestServerApi::aStaleBaseVersionIsAConflictThatShowsTheCase()
{
    Client officer(*m_server);
    officer.signIn(QStringLiteral("officer.astana"));
    const QJsonArray results = officer.commands({command(
        QStringLiteral("return-for-rework"),
        m_application.id,
        1,
        {{QStringLiteral("reasonCodes"), QJsonArray{QStringLiteral("DOCS-INCOMPLETE")}}})});
    const QJsonObject conflict = results.at(0).toObject();
    QCOMPARE(conflict.value(u"status").toString(), QStringLiteral("conflict"));
    QCOMPARE(conflict.value(u"version").toInt(), 8);
    auto current = caseFromJson(conflict.value(u"case").toObject());
    QVERIFY(current);
    QCOMPARE(current->state, CaseState::Registered);
    QCOMPARE(current->kqpNumber, QStringLiteral("KQP-2026-0001"));
}

void TestServerApi::theLawRefusesWhatItRefuses()
{
    Client officer(*m_server);
    officer.signIn(QStringLiteral("officer.astana"));
    Client almaty(*m_server);
    almaty.signIn(QStringLiteral("officer.almaty"));
    Client csc(*m_server);
    csc.signIn(QStringLiteral("csc.astana"));

    auto code = [](const QJsonArray &results) {
        return results.at(0).toObject().value(u"code").toString();
    };
    QCOMPARE(
        code(officer.commands({command(QStringLiteral("approve-preliminarily"),
                                       m_application.id,
                                       8,
                                       {{QStringLiteral("reference"), QStringLiteral("PP-1")}})})),
        QStringLiteral("workflow.state")); // no decision before NSC has answered
    QCOMPARE(
        code(officer.commands({command(QStringLiteral("send-to-nsc"), m_application.id, 8, {})})),
        QStringLiteral("workflow.checks-pending"));
    QCOMPARE(code(csc.commands({command(QStringLiteral("send-to-nsc"), m_application.id, 8, {})})),
             QStringLiteral("workflow.role"));
    QCOMPARE(
        code(almaty.commands({command(QStringLiteral("send-to-nsc"), m_application.id, 8, {})})),
        QStringLiteral("case.not-found"));
    QCOMPARE(code(officer.commands({command(QStringLiteral("teleport"), m_application.id, 8, {})})),
             QStringLiteral("command.type"));
    QCOMPARE(code(officer.commands(
                 {command(QStringLiteral("send-to-nsc"), QStringLiteral("' OR 1=1 --"), 8, {})})),
             QStringLiteral("case.not-found"));
    QJsonObject notUuid = command(QStringLiteral("send-to-nsc"), m_application.id, 8, {});
    notUuid.insert(QStringLiteral("id"), QStringLiteral("1"));
    QCOMPARE(code(officer.commands({notUuid})), QStringLiteral("command.id"));
    QCOMPARE(
        code(officer.commands({command(QStringLiteral("record-check"),
                                       m_application.id,
                                       8,
                                       {{QStringLiteral("check"), QStringLiteral("idb")},
                                        {QStringLiteral("outcome"), QStringLiteral("maybe")}})})),
        QStringLiteral("json.value"));

    QCOMPARE(officer.send("POST", QStringLiteral("/api/v1/commands"), "{\"commands\": [").status,
             400);
    QCOMPARE(officer
                 .send("POST",
                       QStringLiteral("/api/v1/commands"),
                       "x=1",
                       "application/x-www-form-urlencoded")
                 .status,
             415);

    // None of that changed the case.
    const QJsonArray cases
        = officer.get(QStringLiteral("/api/v1/changes?since=0")).json.value(u"cases").toArray();
    QCOMPARE(cases.at(0).toObject().value(u"version").toInt(), 8);
}

void TestServerApi::changesResumeAfterTheCursor()
{
    Client officer(*m_server);
    officer.signIn(QStringLiteral("officer.astana"));
    const qint64 before
        = officer.get(QStringLiteral("/api/v1/changes?since=0")).json.value(u"next").toInteger();
    const QJsonArray results
        = officer.commands({command(QStringLiteral("record-check"),
                                    m_application.id,
                                    8,
                                    {{QStringLiteral("check"), QStringLiteral("idb")},
                                     {QStringLiteral("outcome"), QStringLiteral("clear")}})});
    QCOMPARE(results.at(0).toObject().value(u"status").toString(), QStringLiteral("applied"));
    const Answer page
        = officer.get(QStringLiteral("/api/v1/changes?since=%1&limit=10").arg(before));
    const QJsonArray cases = page.json.value(u"cases").toArray();
    QCOMPARE(cases.size(), 1);
    QCOMPARE(cases.at(0).toObject().value(u"version").toInt(), 9);
    QCOMPARE(page.json.value(u"next").toInteger(), before + 1);
    QVERIFY(officer.get(QStringLiteral("/api/v1/changes?since=%1").arg(before + 1))
                .json.value(u"cases")
                .toArray()
                .isEmpty());
}

void TestServerApi::everyCommandReadAndSignInIsInAnIntactAuditChain()
{
    auto store = ServerStore::open(m_databaseUrl);
    QVERIFY(store);
    auto verdict = AuditLog(**store).verify();
    QVERIFY(verdict);
    QVERIFY2(!verdict->firstBroken, qPrintable(verdict->problem));
    QSqlQuery query((*store)->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT action, COUNT(*) FROM audit_log GROUP BY action")));
    QHash<QString, int> counts;
    while (query.next())
        counts.insert(query.value(0).toString(), query.value(1).toInt());
    QCOMPARE(counts.value(QStringLiteral("intake")), 1);
    QCOMPARE(counts.value(QStringLiteral("command")),
             8); // 7 to register, 1 record check; no duplicates
    QVERIFY(counts.value(QStringLiteral("login")) >= 8);
    QVERIFY(counts.value(QStringLiteral("login-failed")) >= 6);
    QVERIFY(counts.value(QStringLiteral("read")) >= 3);
}

QTEST_GUILESS_MAIN(TestServerApi)
#include "tst_serverapi.moc"
