#include "core/domain/casecodec.h"
#include "core/domain/casecommand.h"
#include "core/domain/commuting.h"
#include "core/domain/queues.h"
#include "core/security/passwords.h"
#include "db/server/auditlog.h"
#include "db/server/serverstore.h"
#include "db/server/userstore.h"
#include "tests/support/builders.h"
#include "tests/support/openapi.h"
#include "tests/support/people.h"
#include "tests/support/postgres.h"
#include "tests/support/serverprocess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

#include <atomic>
#include <memory>
#include <thread>
#include <vector>

using namespace Kezek;
using namespace Kezek::Testing;

namespace {

const QString Password = QStringLiteral("correct horse battery");

struct Answer
{
    int status = 0;
    QJsonObject json;
    QByteArray retryAfter;
};

// Requests in flight at once, each on a connection of its own (one manager
// each), to whichever server it names: what many workstations and the outside
// systems do to one case at the same moment.
class Burst
{
public:
    void add(const ServerProcess &server,
             const QByteArray &token,
             const QString &path,
             const QJsonObject &body,
             const QByteArray &language = "en")
    {
        auto manager = std::make_unique<QNetworkAccessManager>();
        QNetworkRequest request(QUrl(server.baseUrl() + path));
        request.setSslConfiguration(server.trustingConfiguration());
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        request.setRawHeader("Authorization", "Bearer " + token);
        request.setRawHeader("Accept-Language", language);
        request.setRawHeader("X-Kezek-Protocol", QByteArray::number(CommandProtocol));
        // Each request on a connection of its own, given back when answered:
        // a kept-alive idle connection holds one of the server's worker
        // threads for its keep-alive time, which is not what is tested here.
        request.setRawHeader("Connection", "close");
        m_requests.push_back({std::move(manager), request, path, body, nullptr});
    }

    // Sends every request at once and waits for every answer.
    QList<Answer> run()
    {
        for (Pending &pending : m_requests) {
            pending.reply = pending.manager->post(
                pending.request, QJsonDocument(pending.body).toJson(QJsonDocument::Compact));
        }
        const bool done = QTest::qWaitFor(
            [this] {
                return std::all_of(m_requests.cbegin(), m_requests.cend(), [](const Pending &p) {
                    return p.reply->isFinished();
                });
            },
            120000);
        if (!done)
            qFatal("a burst of requests was not answered in two minutes");
        QList<Answer> answers;
        for (Pending &pending : m_requests) {
            const int status
                = pending.reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            const QByteArray raw = pending.reply->readAll();
            const QString deviation = OpenApi::document().check(
                "POST",
                pending.path,
                status,
                pending.reply->header(QNetworkRequest::ContentTypeHeader).toByteArray(),
                raw);
            if (!deviation.isEmpty())
                qFatal("answer off the API document: %s", qPrintable(deviation));
            answers.append({status,
                            QJsonDocument::fromJson(raw).object(),
                            pending.reply->rawHeader("Retry-After")});
            pending.reply->deleteLater();
        }
        m_requests.clear();
        return answers;
    }

private:
    struct Pending
    {
        std::unique_ptr<QNetworkAccessManager> manager;
        QNetworkRequest request;
        QString path;
        QJsonObject body;
        QNetworkReply *reply = nullptr;
    };
    std::vector<Pending> m_requests;
};

Answer post(const ServerProcess &server,
            const QByteArray &token,
            const QString &path,
            const QJsonObject &body,
            const QByteArray &language = "en")
{
    Burst one;
    one.add(server, token, path, body, language);
    return one.run().constFirst();
}

QByteArray signIn(const ServerProcess &server, const QString &user)
{
    const Answer answer
        = post(server,
               {},
               QStringLiteral("/api/v1/session"),
               {{QStringLiteral("user"), user}, {QStringLiteral("password"), Password}});
    if (answer.status != 200)
        qFatal("%s cannot sign in: %d", qPrintable(user), answer.status);
    return answer.json.value(u"token").toString().toLatin1();
}

// What `method` (GET or DELETE) on `path` answers with `token`.
Answer answerOf(const ServerProcess &server,
                const QByteArray &token,
                const QByteArray &method,
                const QString &path)
{
    QNetworkAccessManager manager;
    QNetworkRequest request(QUrl(server.baseUrl() + path));
    request.setSslConfiguration(server.trustingConfiguration());
    request.setRawHeader("Authorization", "Bearer " + token);
    QNetworkReply *reply = manager.sendCustomRequest(request, method);
    if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 20000))
        qFatal("no answer from the server");
    const Answer answer{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                        QJsonDocument::fromJson(reply->readAll()).object(),
                        reply->rawHeader("Retry-After")};
    reply->deleteLater();
    return answer;
}

int statusOf(const ServerProcess &server,
             const QByteArray &token,
             const QByteArray &method,
             const QString &path)
{
    return answerOf(server, token, method, path).status;
}

QJsonObject
command(const QString &type, const QString &caseId, int baseVersion, const QJsonObject &payload)
{
    return {{QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
            {QStringLiteral("type"), type},
            {QStringLiteral("caseId"), caseId},
            {QStringLiteral("baseVersion"), baseVersion},
            {QStringLiteral("payload"), payload}};
}

QJsonObject
integrationMessage(const QString &type, const QString &caseId, const QJsonObject &payload)
{
    QJsonObject json = command(type, caseId, 1, payload);
    json.remove(QStringLiteral("baseVersion")); // for the case as it stands
    return json;
}

QJsonObject batch(const QJsonObject &one)
{
    return {{QStringLiteral("commands"), QJsonArray{one}}};
}

QJsonObject documentVerdict(const QString &caseId, int base, DocumentType type, bool verify)
{
    QJsonObject payload{
        {QStringLiteral("checklist"), QStringLiteral("preliminary")},
        {QStringLiteral("document"), documentTypeId(type)},
        {QStringLiteral("command"), verify ? QStringLiteral("verify") : QStringLiteral("reject")}};
    if (!verify)
        payload.insert(QStringLiteral("reason"), QStringLiteral("The scan is unreadable."));
    return command(QStringLiteral("update-document"), caseId, base, payload);
}

QList<DocumentType> preliminaryDocuments()
{
    QList<DocumentType> types;
    for (const CatalogEntry &entry : catalogFor(Stage::Preliminary))
        types.append(entry.type);
    return types;
}

QJsonObject onlyResult(const Answer &answer)
{
    if (answer.status != 200)
        qFatal("the server answered %d: %s",
               answer.status,
               QJsonDocument(answer.json).toJson(QJsonDocument::Compact).constData());
    return answer.json.value(u"results").toArray().at(0).toObject();
}

} // namespace

// Many people and systems acting on one case at once: each command has one
// outcome, every applied command's effect is there afterwards, and commands
// that do not clash are applied on top of each other. On SQLite with one
// server; with KEZEK_TEST_BACKEND=postgresql, on two servers sharing one
// PostgreSQL database, the requests spread over both.
class TestConcurrency : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void concurrentCommandsOnOneCaseEachHaveOneOutcome();
    void integrationAnswersAtOnceAreAllKept();
    void theSameCommandAtOnceIsAppliedOnce();
    void aStepIsAppliedOverAnUnrelatedChange();
    void aRealClashSaysWhatChangedAndWho();
    void aBusyDatabaseIsAnsweredAsARetryableBusy();
    void anOlderWorkstationIsToldToUpdate();
    void anActIsDatedWhenItWasMade();
    void guessesSentAtOnceCheckFivePasswordsAtMost();
    void readsRecordedAndChainedAtOnceAreCountedOnce();
    void aSessionEndedOnOneServerEndsOnEveryServer();
    void aPageKeptByOneServerGivesWayToAWriteOnAnother();
    void signInsBeyondTheirQueueWaitAndOthersGoOn();
    void aBatchKeepsItsOtherCommandsWhenOneIsRefused();
    void batchesInOppositeCaseOrdersAreEachAppliedOnce();

private:
    QString fileApplication();
    // The case verified and registered by the officer: its version.
    int registerCase(const QString &caseId);
    std::optional<Case> caseNow(const QString &caseId);
    // How many commands the database keeps for the case.
    int commandsKept(const QString &caseId);
    void verifyAuditChain();
    const ServerProcess &server(int i) const { return *m_servers.at(i % m_servers.size()); }
    QByteArray token(const QString &user, int i) const
    {
        return m_tokens.value(user).at(i % m_servers.size());
    }

    QString m_databaseUrl;
    std::vector<std::unique_ptr<ServerProcess>> m_servers;
    QHash<QString, QList<QByteArray>> m_tokens; // per user, one session per server
    std::unique_ptr<ServerStore> m_store;       // the test's own look at the database
    int m_filed = 0;
    int m_rounds = 10;
};

void TestConcurrency::initTestCase()
{
    const bool postgresql = qEnvironmentVariable("KEZEK_TEST_BACKEND") == u"postgresql";
    const QStringList arguments{QStringLiteral("--threads"), QStringLiteral("16")};
    if (postgresql) {
        m_databaseUrl = freshPostgresDatabase(QStringLiteral("kezek_race_"));
        if (m_databaseUrl.isEmpty())
            QSKIP("no PostgreSQL cluster: scripts/test.sh starts one and sets "
                  "KEZEK_TEST_POSTGRES_URL");
        // Two servers on one database, as behind a load balancer.
        m_servers.push_back(std::make_unique<ServerProcess>(arguments, m_databaseUrl));
        m_servers.push_back(std::make_unique<ServerProcess>(arguments, m_databaseUrl));
    } else {
        m_servers.push_back(std::make_unique<ServerProcess>(arguments));
        m_databaseUrl = QStringLiteral("sqlite:") + m_servers.front()->folder()
                        + QStringLiteral("/server.db");
    }
    for (auto &s : m_servers)
        QVERIFY(s->start());
    auto store = ServerStore::open(m_databaseUrl);
    QVERIFY(store);
    m_store = std::move(*store);
    UserStore users(*m_store);
    QVERIFY(addPeople(
        users,
        {
            {"officer.astana", QStringLiteral("Айгерім"), Role::MigrationOfficer, City::Astana, ""},
            {"officer.astana.2", QStringLiteral("Ерлан"), Role::MigrationOfficer, City::Astana, ""},
            {"egov", QStringLiteral("eGov"), Role::System, std::nullopt, "egov"},
            {"kqp", QStringLiteral("КҚП АЖ"), Role::System, std::nullopt, "kqp"},
            {"checks", QStringLiteral("Checks"), Role::System, std::nullopt, "checks"},
            {"guessed.officer", QStringLiteral("Әлия"), Role::MigrationOfficer, City::Astana, ""},
        },
        Password));
    for (const char *user : {"officer.astana", "officer.astana.2", "egov", "kqp", "checks"}) {
        for (auto &s : m_servers)
            m_tokens[QString::fromLatin1(user)].append(signIn(*s, QString::fromLatin1(user)));
    }
}

QString TestConcurrency::fileApplication()
{
    NewApplication application
        = Builders::application(City::Astana, QDateTime::currentDateTimeUtc().date());
    application.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    application.number = QStringLiteral("DNR-RACE-%1").arg(++m_filed, 5, 10, QLatin1Char('0'));
    const Answer filed = post(server(0),
                              token(QStringLiteral("egov"), 0),
                              QStringLiteral("/api/v1/integration/egov/applications"),
                              newApplicationToJson(application));
    if (filed.status != 201)
        qFatal("intake answered %d", filed.status);
    return application.id;
}

int TestConcurrency::registerCase(const QString &caseId)
{
    int version = 1;
    QJsonArray commands;
    for (DocumentType type : preliminaryDocuments())
        commands.append(documentVerdict(caseId, version++, type, true));
    commands.append(command(QStringLiteral("register"),
                            caseId,
                            version++,
                            {{QStringLiteral("reference"), QStringLiteral("KQP-RACE")}}));
    const Answer answer = post(server(0),
                               token(QStringLiteral("officer.astana"), 0),
                               QStringLiteral("/api/v1/commands"),
                               {{QStringLiteral("commands"), commands}});
    for (const auto &result : answer.json.value(u"results").toArray()) {
        if (result.toObject().value(u"status").toString() != u"applied")
            qFatal("registration refused: %s",
                   QJsonDocument(result.toObject()).toJson(QJsonDocument::Compact).constData());
    }
    return version;
}

std::optional<Case> TestConcurrency::caseNow(const QString &caseId)
{
    auto found = m_store->findCase(caseId);
    return found ? *found : std::nullopt;
}

int TestConcurrency::commandsKept(const QString &caseId)
{
    QSqlQuery query(m_store->connection());
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM commands WHERE case_id = ?"));
    query.addBindValue(caseId);
    if (!query.exec() || !query.next())
        qFatal("cannot count the commands");
    return query.value(0).toInt();
}

void TestConcurrency::verifyAuditChain()
{
    const auto verdict = AuditLog(*m_store).verify();
    QVERIFY(verdict);
    QVERIFY2(!verdict->firstBroken, qPrintable(verdict->problem));
}

void TestConcurrency::concurrentCommandsOnOneCaseEachHaveOneOutcome()
{
    const QList<DocumentType> documents = preliminaryDocuments();
    for (int round = 0; round < m_rounds; ++round) {
        const QString caseId = fileApplication();
        // Two officers judge every document at once, twice each, all on
        // version 1, while КҚП АЖ gives the case its number: 4 × 6 + 1.
        Burst burst;
        QList<QJsonObject> sent;
        int i = 0;
        for (int pass = 0; pass < 2; ++pass) {
            for (DocumentType type : documents) {
                for (const bool verify : {true, false}) {
                    const QString who = verify ? QStringLiteral("officer.astana")
                                               : QStringLiteral("officer.astana.2");
                    sent.append(documentVerdict(caseId, 1, type, verify));
                    burst.add(server(i),
                              token(who, i),
                              QStringLiteral("/api/v1/commands"),
                              batch(sent.last()));
                    ++i;
                }
            }
        }
        sent.append(
            integrationMessage(QStringLiteral("assign-kqp-number"),
                               caseId,
                               {{QStringLiteral("number"), QStringLiteral("KQP-%1").arg(round)}}));
        burst.add(server(i),
                  token(QStringLiteral("kqp"), i),
                  QStringLiteral("/api/v1/integration/kqp/commands"),
                  batch(sent.last()));
        const QList<Answer> answers = burst.run();
        QCOMPARE(answers.size(), sent.size());

        // One outcome each: applied or a conflict, nothing lost, nothing refused.
        QHash<QString, QString> verdictApplied; // document → the command applied
        QSet<int> versions;
        for (qsizetype k = 0; k < answers.size(); ++k) {
            const QJsonObject result = onlyResult(answers.at(k));
            QCOMPARE(result.value(u"id").toString(), sent.at(k).value(u"id").toString());
            const QString status = result.value(u"status").toString();
            QVERIFY2(status == u"applied" || status == u"conflict",
                     QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
            if (status == u"conflict") {
                // Said in words, with who did what.
                QVERIFY(!result.value(u"message").toString().isEmpty());
                QVERIFY(!result.value(u"changes").toArray().isEmpty());
                continue;
            }
            const int version = result.value(u"version").toInt();
            QVERIFY2(!versions.contains(version), "two commands applied as one version");
            versions.insert(version);
            if (sent.at(k).value(u"type").toString() == u"update-document") {
                const QString document
                    = sent.at(k).value(u"payload").toObject().value(u"document").toString();
                QVERIFY2(!verdictApplied.contains(document),
                         "two verdicts on one document applied");
                verdictApplied.insert(
                    document, sent.at(k).value(u"payload").toObject().value(u"command").toString());
            } else {
                QCOMPARE(result.contains(u"rebasedFrom"), false); // an integration's own base
            }
        }
        // Every document has its verdict and the number came: 6 + 1 applied,
        // versions 2 to 8, each one command's.
        QCOMPARE(verdictApplied.size(), documents.size());
        QSet<int> made;
        for (int v = 2; v <= int(documents.size()) + 2; ++v)
            made.insert(v);
        QCOMPARE(versions, made);
        const auto now = caseNow(caseId);
        QVERIFY(now);
        QCOMPARE(now->version, 1 + int(versions.size()));
        QCOMPARE(now->kqpNumber, QStringLiteral("KQP-%1").arg(round));
        for (DocumentType type : documents) {
            const DocumentStatus expected = verdictApplied.value(documentTypeId(type)) == u"verify"
                                                ? DocumentStatus::Verified
                                                : DocumentStatus::Rejected;
            QCOMPARE(now->preliminaryDocuments.item(type)->status, expected);
        }
    }
    // The database agrees: no case version made by two commands, ever.
    QSqlQuery twice(m_store->connection());
    QVERIFY(twice.exec(QStringLiteral("SELECT case_id, version FROM commands WHERE version IS NOT "
                                      "NULL GROUP BY case_id, version HAVING COUNT(*) > 1")));
    QVERIFY(!twice.next());
}

void TestConcurrency::integrationAnswersAtOnceAreAllKept()
{
    // §13: the record checks answer on their own; two answers at the same
    // moment are two facts, and neither may overwrite the other.
    for (int round = 0; round < 12; ++round) {
        const QString caseId = fileApplication();
        const int version = registerCase(caseId);
        Burst burst;
        const bool hitFirst = round % 2 == 0;
        burst.add(server(round),
                  token(QStringLiteral("checks"), round),
                  QStringLiteral("/api/v1/integration/checks/commands"),
                  batch(integrationMessage(
                      QStringLiteral("record-check"),
                      caseId,
                      {{QStringLiteral("check"), QStringLiteral("idb")},
                       {QStringLiteral("outcome"),
                        hitFirst ? QStringLiteral("hit") : QStringLiteral("clear")}})));
        burst.add(server(round + 1),
                  token(QStringLiteral("checks"), round + 1),
                  QStringLiteral("/api/v1/integration/checks/commands"),
                  batch(integrationMessage(
                      QStringLiteral("record-check"),
                      caseId,
                      {{QStringLiteral("check"), QStringLiteral("criminal-records")},
                       {QStringLiteral("outcome"),
                        hitFirst ? QStringLiteral("clear") : QStringLiteral("hit")}})));
        for (const Answer &answer : burst.run())
            QCOMPARE(onlyResult(answer).value(u"status").toString(), QStringLiteral("applied"));
        const auto now = caseNow(caseId);
        QVERIFY(now);
        QCOMPARE(now->version, version + 2);
        QCOMPARE(now->checkOutcome(CheckPhase::Preliminary, CheckKind::Idb),
                 hitFirst ? CheckOutcome::Hit : CheckOutcome::Clear);
        QCOMPARE(now->checkOutcome(CheckPhase::Preliminary, CheckKind::CriminalRecords),
                 hitFirst ? CheckOutcome::Clear : CheckOutcome::Hit);
    }
}

void TestConcurrency::theSameCommandAtOnceIsAppliedOnce()
{
    // A workstation that resends after a dropped answer may reach another
    // server (behind the balancer) while the first is still applying it.
    // Twice on each case: on the version its intake made, then on one a
    // command made (on PostgreSQL the case's lock reads the earlier commands
    // with it, and a lock that waited must not trust what it read before).
    const QList<DocumentType> steps = preliminaryDocuments().mid(0, 2);
    for (int round = 0; round < m_rounds; ++round) {
        const QString caseId = fileApplication();
        for (int step = 0; step < steps.size(); ++step) {
            const QJsonObject once = documentVerdict(caseId, 1 + step, steps[step], true);
            Burst burst;
            for (int i = 0; i < 4; ++i)
                burst.add(server(i),
                          token(QStringLiteral("officer.astana"), i),
                          QStringLiteral("/api/v1/commands"),
                          batch(once));
            QStringList statuses;
            QSet<int> versions;
            for (const Answer &answer : burst.run()) {
                const QJsonObject result = onlyResult(answer);
                statuses.append(result.value(u"status").toString());
                versions.insert(result.value(u"version").toInt());
            }
            QCOMPARE(statuses.count(QStringLiteral("applied")), 1);
            QCOMPARE(statuses.count(QStringLiteral("duplicate")), 3);
            QCOMPARE(versions, QSet<int>{2 + step});
            QCOMPARE(caseNow(caseId)->version, 2 + step);
        }
    }
}

void TestConcurrency::aStepIsAppliedOverAnUnrelatedChange()
{
    // §12: the КҚП АЖ number arriving is no reason to refuse the officer's
    // verification made on the version before it.
    const QString caseId = fileApplication();
    QCOMPARE(onlyResult(post(server(0),
                             token(QStringLiteral("kqp"), 0),
                             QStringLiteral("/api/v1/integration/kqp/commands"),
                             batch(integrationMessage(
                                 QStringLiteral("assign-kqp-number"),
                                 caseId,
                                 {{QStringLiteral("number"), QStringLiteral("KQP-1")}}))))
                 .value(u"version")
                 .toInt(),
             2);
    const QJsonObject result
        = onlyResult(post(server(1),
                          token(QStringLiteral("officer.astana"), 1),
                          QStringLiteral("/api/v1/commands"),
                          batch(documentVerdict(caseId, 1, DocumentType::Passport, true))));
    QCOMPARE(result.value(u"status").toString(), QStringLiteral("applied"));
    QCOMPARE(result.value(u"version").toInt(), 3);
    QCOMPARE(result.value(u"rebasedFrom").toInt(), 1);
    const auto now = caseNow(caseId);
    QCOMPARE(now->kqpNumber, QStringLiteral("KQP-1"));
    QCOMPARE(now->preliminaryDocuments.item(DocumentType::Passport)->status,
             DocumentStatus::Verified);
}

void TestConcurrency::aRealClashSaysWhatChangedAndWho()
{
    const QString caseId = fileApplication();
    QCOMPARE(onlyResult(post(server(0),
                             token(QStringLiteral("officer.astana"), 0),
                             QStringLiteral("/api/v1/commands"),
                             batch(documentVerdict(caseId, 1, DocumentType::Passport, true))))
                 .value(u"status")
                 .toString(),
             QStringLiteral("applied"));
    // The colleague rejects the same passport, on the version before.
    const QJsonObject conflict
        = onlyResult(post(server(1),
                          token(QStringLiteral("officer.astana.2"), 1),
                          QStringLiteral("/api/v1/commands"),
                          batch(documentVerdict(caseId, 1, DocumentType::Passport, false))));
    QCOMPARE(conflict.value(u"status").toString(), QStringLiteral("conflict"));
    QCOMPARE(conflict.value(u"code").toString(), QStringLiteral("command.conflict"));
    QCOMPARE(conflict.value(u"version").toInt(), 2);
    const QString said = conflict.value(u"message").toString();
    QVERIFY2(said.contains(QStringLiteral("Айгерім (officer.astana)")), qPrintable(said));
    QVERIFY2(said.contains(documentTitle(DocumentType::Passport)), qPrintable(said));
    const QJsonObject change = conflict.value(u"changes").toArray().at(0).toObject();
    QCOMPARE(change.value(u"user").toString(), QStringLiteral("officer.astana"));
    QCOMPARE(change.value(u"version").toInt(), 2);
    QCOMPARE(change.value(u"parts").toArray(),
             QJsonArray{QStringLiteral("document/preliminary/passport")});
    // Nothing of the clashing command was kept.
    QCOMPARE(caseNow(caseId)->preliminaryDocuments.item(DocumentType::Passport)->status,
             DocumentStatus::Verified);
    // In the reader's language.
    const QJsonObject inRussian
        = onlyResult(post(server(0),
                          token(QStringLiteral("officer.astana.2"), 0),
                          QStringLiteral("/api/v1/commands"),
                          batch(documentVerdict(caseId, 1, DocumentType::Passport, false)),
                          "ru"));
    QVERIFY(inRussian.value(u"message").toString() != said);
    QVERIFY(inRussian.value(u"message")
                .toString()
                .contains(QStringLiteral("Айгерім (officer.astana)")));
}

void TestConcurrency::aBusyDatabaseIsAnsweredAsARetryableBusy()
{
    // Another writer holds the case longer than the server waits (its 5 s):
    // the command is answered 503 to send again, not refused, and nothing of
    // it is kept; once the lock is gone it is applied.
    const QString caseId = fileApplication();
    auto holder = ServerStore::open(m_databaseUrl);
    QVERIFY(holder);
    QSqlQuery lock((*holder)->connection());
    if ((*holder)->backend() == u"sqlite") {
        QVERIFY(lock.exec(QStringLiteral("BEGIN IMMEDIATE")));
    } else {
        QVERIFY((*holder)->connection().transaction());
        lock.prepare(QStringLiteral("SELECT version FROM cases WHERE id = ? FOR UPDATE"));
        lock.addBindValue(caseId);
        QVERIFY(lock.exec());
    }
    const QJsonObject verdict = documentVerdict(caseId, 1, DocumentType::Passport, true);
    const Answer busy = post(server(0),
                             token(QStringLiteral("officer.astana"), 0),
                             QStringLiteral("/api/v1/commands"),
                             batch(verdict));
    QCOMPARE(busy.status, 503);
    QCOMPARE(busy.json.value(u"code").toString(), QStringLiteral("store.busy"));
    QCOMPARE(busy.retryAfter, QByteArray("1"));
    QVERIFY((*holder)->connection().rollback());
    QCOMPARE(caseNow(caseId)->version, 1);
    const QJsonObject result = onlyResult(post(server(0),
                                               token(QStringLiteral("officer.astana"), 0),
                                               QStringLiteral("/api/v1/commands"),
                                               batch(verdict)));
    QCOMPARE(result.value(u"status").toString(), QStringLiteral("applied"));
    QCOMPARE(caseNow(caseId)->version, 2);
}

void TestConcurrency::anOlderWorkstationIsToldToUpdate()
{
    QNetworkAccessManager manager;
    QNetworkRequest request(QUrl(server(0).baseUrl() + QStringLiteral("/api/v1/commands")));
    request.setSslConfiguration(server(0).trustingConfiguration());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setRawHeader("Authorization", "Bearer " + token(QStringLiteral("officer.astana"), 0));
    request.setRawHeader("X-Kezek-Protocol", QByteArray::number(OldestAcceptedProtocol - 1));
    const QString caseId = fileApplication();
    QNetworkReply *reply = manager.post(
        request,
        QJsonDocument(batch(documentVerdict(caseId, 1, DocumentType::Passport, true))).toJson());
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 30000);
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 426);
    QCOMPARE(reply->rawHeader("X-Kezek-Oldest-Protocol").toInt(), OldestAcceptedProtocol);
    // Its body unread, the connection is not kept for another request.
    QCOMPARE(reply->rawHeader("Connection").toLower(), QByteArray("close"));
    const QJsonObject error = QJsonDocument::fromJson(reply->readAll()).object();
    QCOMPARE(error.value(u"code").toString(), QStringLiteral("client.outdated"));
    QVERIFY(!error.value(u"message").toString().isEmpty());
    reply->deleteLater();
    QCOMPARE(caseNow(caseId)->version, 1); // nothing of it applied

    // A client that names no protocol (a script, curl, an integration) is
    // taken at the current one.
    request.setRawHeader("X-Kezek-Protocol", QByteArray());
    QNetworkReply *unnamed = manager.post(
        request,
        QJsonDocument(batch(documentVerdict(caseId, 1, DocumentType::Passport, true))).toJson());
    QTRY_VERIFY_WITH_TIMEOUT(unnamed->isFinished(), 30000);
    QCOMPARE(unnamed->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QCOMPARE(unnamed->rawHeader("X-Kezek-Oldest-Protocol").toInt(), OldestAcceptedProtocol);
    unnamed->deleteLater();
    QCOMPARE(caseNow(caseId)->version, 2);
}

void TestConcurrency::anActIsDatedWhenItWasMade()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto made = [](QJsonObject command, const QDateTime &at) {
        command.insert(QStringLiteral("madeAt"), at.toString(Qt::ISODate));
        return command;
    };
    // The documents verified and the case registered on a laptop offline,
    // two and a half and two days ago; synced now.
    const auto registerOffline = [&](const QDateTime &verifiedAt, const QDateTime &registeredAt) {
        // Received a week ago (an act cannot be older than its case).
        Case received = Builders::caseIn(CaseState::Received, kazakhstanDate(now).addDays(-7));
        received.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        received.number = QStringLiteral("DNR-DATED-%1").arg(++m_filed, 5, 10, QLatin1Char('0'));
        if (!m_store->saveCases({received}))
            qFatal("the case could not be stored");
        const QString caseId = received.id;
        QJsonArray steps;
        int version = 1;
        for (DocumentType type : preliminaryDocuments())
            steps.append(made(documentVerdict(caseId, version++, type, true), verifiedAt));
        steps.append(made(command(QStringLiteral("register"),
                                  caseId,
                                  version,
                                  {{QStringLiteral("reference"), QStringLiteral("KQP-OFFLINE")}}),
                          registeredAt));
        const QJsonArray results = post(server(0),
                                        token(QStringLiteral("officer.astana"), 0),
                                        QStringLiteral("/api/v1/commands"),
                                        {{QStringLiteral("commands"), steps}})
                                       .json.value(u"results")
                                       .toArray();
        return std::pair{caseId, results.last().toObject()};
    };
    const auto [kept, keptAnswer]
        = registerOffline(now.addSecs(-60 * 3600), now.addSecs(-48 * 3600));
    QCOMPARE(keptAnswer.value(u"status").toString(), QStringLiteral("applied"));
    QCOMPARE(caseNow(kept)->history.constLast().date, kazakhstanDate(now.addSecs(-48 * 3600)));

    // Made longer ago than the window (72 h): dated on receipt, and the audit
    // says why.
    const auto [late, lateAnswer]
        = registerOffline(now.addSecs(-100 * 3600), now.addSecs(-96 * 3600));
    QCOMPARE(lateAnswer.value(u"status").toString(), QStringLiteral("applied"));
    QCOMPARE(caseNow(late)->history.constLast().date, kazakhstanDate(now));
    QSqlQuery audit(m_store->connection());
    audit.prepare(QStringLiteral("SELECT detail FROM audit_log WHERE subject = ? AND detail LIKE "
                                 "'register %' "));
    audit.addBindValue(late);
    QVERIFY(audit.exec() && audit.next());
    QVERIFY2(audit.value(0).toString().contains(QStringLiteral("on receipt")),
             qPrintable(audit.value(0).toString()));
    audit.finish(); // no read left open on the test's own connection

    // From the future, or from before the step it was made on: refused, unchanged.
    const QString caseId = fileApplication();
    const QJsonObject future = onlyResult(post(
        server(0),
        token(QStringLiteral("officer.astana"), 0),
        QStringLiteral("/api/v1/commands"),
        batch(made(documentVerdict(caseId, 1, DocumentType::Passport, true), now.addSecs(3600)))));
    QCOMPARE(future.value(u"code").toString(), QStringLiteral("command.made-in-future"));
    QCOMPARE(
        onlyResult(post(server(0),
                        token(QStringLiteral("officer.astana"), 0),
                        QStringLiteral("/api/v1/commands"),
                        batch(made(documentVerdict(caseId, 1, DocumentType::Passport, true), now))))
            .value(u"status")
            .toString(),
        QStringLiteral("applied"));
    const QJsonObject before
        = onlyResult(post(server(0),
                          token(QStringLiteral("officer.astana"), 0),
                          QStringLiteral("/api/v1/commands"),
                          batch(made(documentVerdict(caseId, 2, DocumentType::Photo, true),
                                     now.addSecs(-24 * 3600)))));
    QCOMPARE(before.value(u"code").toString(), QStringLiteral("command.made-before-base"));
    QCOMPARE(caseNow(caseId)->version, 2);
}

void TestConcurrency::guessesSentAtOnceCheckFivePasswordsAtMost()
{
    // Forty guesses at one account at once, spread over every server: each
    // attempt is counted before its password is checked, so five are checked
    // and the rest find the account locked, on one database as on two servers.
    // A name nobody has is answered the same way.
    for (const QString &name : {QStringLiteral("guessed.officer"), QStringLiteral("nobody.here")}) {
        Burst burst;
        for (int i = 0; i < 40; ++i)
            burst.add(server(i),
                      {},
                      QStringLiteral("/api/v1/session"),
                      {{QStringLiteral("user"), name},
                       {QStringLiteral("password"), QStringLiteral("guess %1").arg(i)}});
        QMap<int, int> statuses;
        for (const Answer &answer : burst.run())
            ++statuses[answer.status];
        QCOMPARE(statuses.value(401), 5);
        QCOMPARE(statuses.value(423), 35);
        QCOMPARE(statuses.size(), 2);
        // Now even the right password waits for the lock to end.
        const Answer right
            = post(server(1),
                   {},
                   QStringLiteral("/api/v1/session"),
                   {{QStringLiteral("user"), name}, {QStringLiteral("password"), Password}});
        QCOMPARE(right.status, 423);
        QCOMPARE(right.json.value(u"code").toString(), QStringLiteral("locked"));
    }
}

void TestConcurrency::readsRecordedAndChainedAtOnceAreCountedOnce()
{
    // Three connections (as three server threads, or servers) record reads
    // of the same twenty cases at once, two of them for one session; then
    // two sum the period into the audit chain at once.
    const QDateTime at = QDateTime::currentDateTimeUtc();
    QStringList cases;
    for (int i = 0; i < 20; ++i)
        cases.append(QStringLiteral("race-case-%1").arg(i));
    std::atomic<int> failures{0};
    const auto record = [&](const QString &session) {
        auto store = ServerStore::open(m_databaseUrl);
        for (int round = 0; round < 10; ++round) {
            if (!store) {
                ++failures;
                continue;
            }
            if (auto recorded
                = (*store)->recordReads(session, QStringLiteral("officer.astana"), cases, at, 15);
                !recorded) {
                qWarning("%s", qPrintable(recorded.error().message));
                ++failures;
            }
        }
    };
    {
        std::thread a(record, QStringLiteral("race-session-a"));
        std::thread b(record, QStringLiteral("race-session-a"));
        std::thread c(record, QStringLiteral("race-session-b"));
        a.join();
        b.join();
        c.join();
    }
    QCOMPARE(failures.load(), 0);
    const auto count = [this](const QString &sql) {
        QSqlQuery query(m_store->connection());
        return query.exec(sql) && query.next() ? query.value(0).toLongLong() : -1;
    };
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_reads WHERE session LIKE "
                                  "'race-session-%'")),
             40);
    QCOMPARE(count(QStringLiteral("SELECT SUM(reads) FROM audit_reads WHERE session = "
                                  "'race-session-a'")),
             20 * 20);
    std::atomic<int> written{0};
    const auto chain = [&] {
        auto store = ServerStore::open(m_databaseUrl);
        auto entries = store ? (*store)->chainReads(at.addSecs(3600), 15, false)
                             : Result<int>(std::unexpected(store.error()));
        if (entries)
            written += *entries;
        else
            ++failures;
    };
    {
        std::thread x(chain);
        std::thread y(chain);
        x.join();
        y.join();
    }
    QCOMPARE(failures.load(), 0);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'read' AND "
                                  "subject LIKE '%race-session-%'")),
             2);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'read' AND "
                                  "detail LIKE '20 cases, 400 reads:%'")),
             1);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_reads WHERE session LIKE "
                                  "'race-session-%' AND chained = 0")),
             0);
    QVERIFY(written.load() >= 2);
}

// Issue "The server holds the load": servers believe a session they have
// looked up for a few seconds instead of asking the database on every
// request, but a session ended on one server stops working there at once
// and on every other server within SessionCache::TimeToLive (5 s); one
// revoked from outside the servers (kezekctl) too.
void TestConcurrency::aSessionEndedOnOneServerEndsOnEveryServer()
{
    const QString officer = QStringLiteral("officer.astana.2");
    const QString changes = QStringLiteral("/api/v1/changes?since=0&limit=1");
    const QByteArray signedOut = signIn(server(0), officer);
    const QByteArray revoked = signIn(server(1), officer);
    for (int i = 0; i < int(m_servers.size()); ++i) {
        QCOMPARE(statusOf(server(i), signedOut, "GET", changes), 200);
        QCOMPARE(statusOf(server(i), revoked, "GET", changes), 200);
    }

    QCOMPARE(statusOf(server(0), signedOut, "DELETE", QStringLiteral("/api/v1/session")), 204);
    QCOMPARE(statusOf(server(0), signedOut, "GET", changes), 401); // at once where it ended
    QVERIFY(UserStore(*m_store).revokeSessions(officer));

    QTest::qWait(5500); // SessionCache::TimeToLive, and a little more
    for (int i = 0; i < int(m_servers.size()); ++i) {
        QCOMPARE(statusOf(server(i), signedOut, "GET", changes), 401);
        QCOMPARE(statusOf(server(i), revoked, "GET", changes), 401);
    }
    // The officer signs in again, for any test after this one.
    m_tokens[officer].clear();
    for (auto &s : m_servers)
        m_tokens[officer].append(signIn(*s, officer));
}

void TestConcurrency::aPageKeptByOneServerGivesWayToAWriteOnAnother()
{
    // A server serves a page of changes again while nothing was written
    // (server/http/pagecache.h); a command applied on any server retires it
    // at once: the workstation's next page shows the case as it is now.
    const QString caseId = fileApplication();
    const QString officer = QStringLiteral("officer.astana");
    const QString page = QStringLiteral("/api/v1/changes?since=0&limit=5000");
    const auto versionOnFirstServer = [&]() {
        const Answer answer = answerOf(server(0), token(officer, 0), "GET", page);
        for (const QJsonValue &c : answer.json.value(u"cases").toArray()) {
            if (c.toObject().value(u"id").toString() == caseId)
                return c.toObject().value(u"version").toInt();
        }
        return -1;
    };
    const int before = versionOnFirstServer();
    QVERIFY(before > 0);
    QCOMPARE(versionOnFirstServer(), before); // served again
    const int last = int(m_servers.size()) - 1;
    const Answer verified
        = post(server(last),
               token(officer, last),
               QStringLiteral("/api/v1/commands"),
               batch(documentVerdict(caseId, before, preliminaryDocuments().constFirst(), true)));
    QCOMPARE(onlyResult(verified).value(u"status").toString(), QStringLiteral("applied"));
    QCOMPARE(versionOnFirstServer(), before + 1);
}

void TestConcurrency::signInsBeyondTheirQueueWaitAndOthersGoOn()
{
    // docs/operations.md §7: a password check (scrypt, slow on purpose) runs
    // on a thread of its own, `sign-in-workers` at once; more than 64 waiting
    // for one are told at once to come back (429 sign-in.busy, Retry-After),
    // and the request threads go on serving everything else meanwhile.
    ServerProcess lone({QStringLiteral("--threads"),
                        QStringLiteral("1"),
                        QStringLiteral("--sign-in-workers"),
                        QStringLiteral("1"),
                        QStringLiteral("--sign-in-rate"),
                        QStringLiteral("1000")});
    QVERIFY(lone.start());
    Burst burst;
    for (int i = 0; i < 100; ++i) {
        burst.add(lone,
                  {},
                  QStringLiteral("/api/v1/session"),
                  {{QStringLiteral("user"), QStringLiteral("guess.%1").arg(i)},
                   {QStringLiteral("password"), QStringLiteral("a wrong password")}});
    }
    for (int i = 0; i < 10; ++i) {
        burst.add(lone,
                  "not-a-session",
                  QStringLiteral("/api/v1/commands"),
                  {{QStringLiteral("commands"), QJsonArray()}});
    }
    const QList<Answer> answers = burst.run();
    int busy = 0;
    for (qsizetype i = 0; i < answers.size(); ++i) {
        const Answer &answer = answers.at(i);
        if (i >= 100) {
            QCOMPARE(answer.status, 401); // a request thread answered it
            continue;
        }
        if (answer.status == 429) {
            QCOMPARE(answer.json.value(u"code").toString(), QStringLiteral("sign-in.busy"));
            QCOMPARE(answer.retryAfter, QByteArray("1"));
            ++busy;
        } else {
            QVERIFY2(answer.status == 401,
                     qPrintable(QStringLiteral("%1: %2 %3")
                                    .arg(i)
                                    .arg(answer.status)
                                    .arg(QString::fromUtf8(QJsonDocument(answer.json).toJson()))));
        }
    }
    QVERIFY2(busy > 0 && busy <= 100 - 64, qPrintable(QString::number(busy)));
    // And the server still checks passwords.
    QCOMPARE(post(lone,
                  {},
                  QStringLiteral("/api/v1/session"),
                  {{QStringLiteral("user"), QStringLiteral("guess.0")},
                   {QStringLiteral("password"), QStringLiteral("a wrong password")}})
                 .status,
             401);
}

void TestConcurrency::aBatchKeepsItsOtherCommandsWhenOneIsRefused()
{
    // The server "answers applied / duplicate / conflict / rejected per
    // command" (ARCHITECTURE.md, Sync): a batch's commands commit together
    // (the issue "The server holds the load"), and a command refused in the
    // middle takes nothing of the others with it, nor they it.
    const QString caseId = fileApplication();
    const QList<DocumentType> documents = preliminaryDocuments();
    const QJsonObject first = documentVerdict(caseId, 1, documents.at(0), true);
    const QJsonObject nowhere = documentVerdict(
        QUuid::createUuid().toString(QUuid::WithoutBraces), 1, documents.at(1), true);
    const QJsonObject ahead = documentVerdict(caseId, 9, documents.at(2), true);
    const QJsonObject second = documentVerdict(caseId, 2, documents.at(1), true);
    const QJsonArray commands{first, nowhere, ahead, second, first};
    for (int pass = 0; pass < 2; ++pass) {
        const Answer answer = post(server(pass),
                                   token(QStringLiteral("officer.astana"), pass),
                                   QStringLiteral("/api/v1/commands"),
                                   {{QStringLiteral("commands"), commands}});
        QCOMPARE(answer.status, 200);
        const QJsonArray results = answer.json.value(u"results").toArray();
        QCOMPARE(results.size(), commands.size());
        for (qsizetype k = 0; k < results.size(); ++k)
            QCOMPARE(results.at(k).toObject().value(u"id").toString(),
                     commands.at(k).toObject().value(u"id").toString());
        // Sent again, what was applied comes back "duplicate" with its answer.
        const QString applied = pass == 0 ? QStringLiteral("applied") : QStringLiteral("duplicate");
        QCOMPARE(results.at(0).toObject().value(u"status").toString(), applied);
        QCOMPARE(results.at(0).toObject().value(u"version").toInt(), 2);
        const QJsonObject missing = results.at(1).toObject();
        QCOMPARE(missing.value(u"status").toString(), QStringLiteral("rejected"));
        QCOMPARE(missing.value(u"code").toString(), QStringLiteral("case.not-found"));
        const QJsonObject early = results.at(2).toObject();
        QCOMPARE(early.value(u"status").toString(), QStringLiteral("conflict"));
        QCOMPARE(early.value(u"code").toString(), QStringLiteral("command.conflict"));
        QCOMPARE(early.value(u"version").toInt(), pass == 0 ? 2 : 3); // as it stood then
        QCOMPARE(results.at(3).toObject().value(u"status").toString(), applied);
        QCOMPARE(results.at(3).toObject().value(u"version").toInt(), 3);
        // The same command twice in one batch is applied once.
        QCOMPARE(results.at(4).toObject().value(u"status").toString(), QStringLiteral("duplicate"));
        QCOMPARE(results.at(4).toObject().value(u"revision"),
                 results.at(0).toObject().value(u"revision"));
    }
    const auto now = caseNow(caseId);
    QVERIFY(now);
    QCOMPARE(now->version, 3);
    QVERIFY(now->preliminaryDocuments.item(documents.at(2))->status != DocumentStatus::Verified);
    QCOMPARE(commandsKept(caseId), 2);
    verifyAuditChain();
}

void TestConcurrency::batchesInOppositeCaseOrdersAreEachAppliedOnce()
{
    // Workstations coming back online push their outboxes at once, through
    // both servers, the same cases in opposite orders: each batch commits
    // together (the issue "The server holds the load"), and two that lock
    // each other's cases are never a client's error nor a command lost or
    // applied twice (ARCHITECTURE.md, Sync: "at most once ... never loses
    // one that it answered applied to").
    const QList<DocumentType> documents = preliminaryDocuments();
    const qsizetype half = documents.size() / 2;
    for (int round = 0; round < 3; ++round) {
        QStringList cases;
        for (int k = 0; k < 6; ++k)
            cases.append(fileApplication());
        Burst burst;
        QList<QJsonArray> sent;
        for (int pusher = 0; pusher < 4; ++pusher) {
            // Pushers 0 and 2 verify the first half of every case's
            // documents, in case order; 1 and 3 the other half, backwards.
            const bool forwards = pusher % 2 == 0;
            QJsonArray commands;
            for (int k = 0; k < cases.size(); ++k) {
                const QString &caseId = cases.at(forwards ? k : cases.size() - 1 - k);
                for (qsizetype d = 0; d < half; ++d) {
                    const qsizetype document = forwards ? d : half + d;
                    if (document % 2 == (pusher / 2))
                        commands.append(documentVerdict(caseId, 1, documents.at(document), true));
                }
            }
            sent.append(commands);
            burst.add(server(pusher),
                      token(QStringLiteral("officer.astana"), pusher),
                      QStringLiteral("/api/v1/commands"),
                      {{QStringLiteral("commands"), commands}});
        }
        int applied = 0;
        const QList<Answer> answers = burst.run();
        for (qsizetype p = 0; p < answers.size(); ++p) {
            QCOMPARE(answers.at(p).status, 200);
            const QJsonArray results = answers.at(p).json.value(u"results").toArray();
            QCOMPARE(results.size(), sent.at(p).size());
            for (const auto &result : results) {
                QVERIFY2(result.toObject().value(u"status").toString() == u"applied",
                         QJsonDocument(result.toObject()).toJson(QJsonDocument::Compact).data());
                ++applied;
            }
        }
        QCOMPARE(applied, int(documents.size() / 2 * 2) * int(cases.size()));
        for (const QString &caseId : std::as_const(cases)) {
            const auto now = caseNow(caseId);
            QVERIFY(now);
            QCOMPARE(now->version, 1 + int(half * 2));
            QCOMPARE(commandsKept(caseId), int(half * 2));
        }
    }
    // No case version made by two commands, and the chain holds.
    QSqlQuery twice(m_store->connection());
    QVERIFY(twice.exec(QStringLiteral("SELECT case_id, version FROM commands WHERE version IS NOT "
                                      "NULL GROUP BY case_id, version HAVING COUNT(*) > 1")));
    QVERIFY(!twice.next());
    verifyAuditChain();
}

QTEST_GUILESS_MAIN(TestConcurrency)
#include "tst_concurrency.moc"
