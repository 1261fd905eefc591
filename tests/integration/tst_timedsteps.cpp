#include "core/domain/casecodec.h"
#include "core/domain/casecommand.h"
#include "core/domain/displaydate.h"
#include "core/domain/queues.h"
#include "core/security/passwords.h"
#include "core/security/signatures.h"
#include "core/simulation/historyseeder.h"
#include "db/server/serverstore.h"
#include "db/server/userstore.h"
#include "resources/shippeddata.h"
#include "tests/support/builders.h"
#include "tests/support/people.h"
#include "tests/support/postgres.h"
#include "tests/support/serverprocess.h"
#include "tests/support/testdata.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>
#include <vector>

using namespace Kezek;
using namespace Kezek::Testing;
using Kezek::TestData::sourceFile;

namespace {

const QString Password = QStringLiteral("correct horse battery");

QDate today()
{
    return kazakhstanDate(QDateTime::currentDateTimeUtc());
}

// A case driven to `state` through the real workflow so that its last step
// was taken on `day` (one step a day from its start), with an id and number
// of its own.
Case caseReaching(CaseState state, QDate day, int number)
{
    const qint64 lag = day.daysTo(Builders::dayReached(state, day));
    Case c = Builders::caseIn(state, day.addDays(-lag));
    c.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    c.number = QStringLiteral("DNR-TIMED-%1").arg(number, 5, 10, QLatin1Char('0'));
    return c;
}

// POSTs as a client of the API: the status and the JSON answer.
std::pair<int, QJsonObject> post(QNetworkAccessManager &manager,
                                 const ServerProcess &server,
                                 const QString &path,
                                 const QJsonObject &body,
                                 const QByteArray &token = {})
{
    QNetworkRequest request(QUrl(server.baseUrl() + path));
    request.setSslConfiguration(server.trustingConfiguration());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token);
    QNetworkReply *reply = manager.post(request, QJsonDocument(body).toJson());
    if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 30000))
        qFatal("no answer");
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QJsonObject json = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    return {status, json};
}

QByteArray signIn(QNetworkAccessManager &manager, const ServerProcess &server, const QString &user)
{
    return post(manager,
                server,
                QStringLiteral("/api/v1/session"),
                {{QStringLiteral("user"), user}, {QStringLiteral("password"), Password}})
        .second.value(u"token")
        .toString()
        .toLatin1();
}

} // namespace

// The steps the law takes by itself (§12, §19), taken by the server: after a
// month down it catches up, dating each step on the day it fell due; a step
// waits the act window; on PostgreSQL, two servers take each step once.
class TestTimedSteps : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void aServerDownForAMonthCatchesUpDatingEachStepWhenItFellDue();
    void intakeRefusesALapsedApplicantBeforeTheAnnulmentIsTaken();
    void severalServersTakeEachStepOnce();
    void theBorderAndTheMigrationOfficeReportAndKeepTheApproval();
    void theReworkRunsFromTheDayTheNoticeWasReceived();
    void aWithdrawalAndARevocationCloseAndReopenTheirCases();
    void theDemosHistoryLapsesOnTheFirstRun();
    void noIntakeHappensOutsideTheLegalBasisSilently();

private:
    std::unique_ptr<ServerStore> seed(const QString &url, const QList<Case> &cases);
    bool waitForState(ServerStore &store, const QString &caseId, CaseState state);
    int count(ServerStore &store, const QString &sql, const QString &caseId);

    bool m_postgresql = false;
    int m_number = 0;
};

void TestTimedSteps::initTestCase()
{
    m_postgresql = qEnvironmentVariable("KEZEK_TEST_BACKEND") == u"postgresql";
    if (m_postgresql && qEnvironmentVariableIsEmpty("KEZEK_TEST_POSTGRES_URL"))
        QSKIP("no PostgreSQL cluster: scripts/test.sh starts one and sets KEZEK_TEST_POSTGRES_URL");
}

std::unique_ptr<ServerStore> TestTimedSteps::seed(const QString &url, const QList<Case> &cases)
{
    auto store = ServerStore::open(url);
    if (!store)
        qFatal("store: %s", qPrintable(store.error().message));
    if (!cases.isEmpty() && !(*store)->saveCases(cases))
        qFatal("the cases could not be stored");
    return std::move(*store);
}

bool TestTimedSteps::waitForState(ServerStore &store, const QString &caseId, CaseState state)
{
    return QTest::qWaitFor(
        [&] {
            auto found = store.findCase(caseId);
            return found && found->has_value() && (*found)->state == state;
        },
        30000);
}

int TestTimedSteps::count(ServerStore &store, const QString &sql, const QString &caseId)
{
    QSqlQuery query(store.connection());
    query.prepare(sql);
    query.addBindValue(caseId);
    if (!query.exec() || !query.next())
        qFatal("count failed");
    return query.value(0).toInt();
}

void TestTimedSteps::aServerDownForAMonthCatchesUpDatingEachStepWhenItFellDue()
{
    if (m_postgresql)
        QSKIP("the SQLite run covers one server; the PostgreSQL run covers several");
    // The cases as a server stopped a month ago left them.
    const Case returned
        = caseReaching(CaseState::ReturnedForRework, today().addDays(-40), ++m_number);
    const Case approved
        = caseReaching(CaseState::PreliminarilyApproved, today().addDays(-45), ++m_number);
    const Case fresh
        = caseReaching(CaseState::PreliminarilyApproved, today().addDays(-3), ++m_number);
    // Its five days ended yesterday: due today, within the act window (72 h).
    const Case waiting
        = caseReaching(CaseState::ReturnedForRework, today().addDays(-7), ++m_number);
    const BusinessCalendar &calendar = TestData::calendar();
    const TimedStep deletion = *Workflow::timedStep(returned, calendar);
    const TimedStep annulment = *Workflow::timedStep(approved, calendar);
    QVERIFY(deletion.due < today().addDays(-20));
    QVERIFY(annulment.due < today().addDays(-5));
    QVERIFY(Workflow::timedStep(waiting, calendar)->due >= today().addDays(-2));

    ServerProcess server;
    const QString url = QStringLiteral("sqlite:") + server.folder() + QStringLiteral("/server.db");
    auto store = seed(url, {returned, approved, fresh, waiting});
    QVERIFY(server.start());

    // §12: deleted, dated on the day it fell due, with its notice and audit entry.
    QVERIFY(waitForState(*store, returned.id, CaseState::Deleted));
    const Case deleted = **store->findCase(returned.id);
    QCOMPARE(deleted.history.constLast().action, QStringLiteral("delete-after-rework"));
    QCOMPARE(deleted.history.constLast().date, deletion.due);
    QCOMPARE(deleted.history.constLast().userId, QStringLiteral("kezek-server"));
    QCOMPARE(deleted.notices.constLast().kind, NoticeKind::ApplicationDeleted);
    QCOMPARE(deleted.notices.constLast().date, deletion.due);
    // §19: annulled on its day; the ban counts a year from the approval decision.
    QVERIFY(waitForState(*store, approved.id, CaseState::ApprovalAnnulled));
    const Case annulled = **store->findCase(approved.id);
    QCOMPARE(annulled.history.constLast().date, annulment.due);
    QCOMPARE(annulled.bannedUntil(calendar),
             std::optional<QDate>(approved.preliminaryDecisionOn.addYears(1)));
    QCOMPARE(annulled.notices.constLast().kind, NoticeKind::ApprovalAnnulled);
    for (const QString &id : {returned.id, approved.id}) {
        QCOMPARE(count(*store,
                       QStringLiteral("SELECT COUNT(*) FROM commands WHERE case_id = ? AND "
                                      "user_id = 'kezek-server' AND type IN "
                                      "('delete-after-rework', 'annul-approval')"),
                       id),
                 1);
        QCOMPARE(count(*store,
                       QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE subject = ? AND "
                                      "detail LIKE '%timed: fell due%'"),
                       id),
                 1);
    }
    // Not yet: an approval still in its 30 days, and a step inside its window.
    QCOMPARE((**store->findCase(fresh.id)).state, CaseState::PreliminarilyApproved);
    QCOMPARE((**store->findCase(waiting.id)).state, CaseState::ReturnedForRework);
    QVERIFY(server.standardError().contains(QStringLiteral("timed-step")));
}

void TestTimedSteps::intakeRefusesALapsedApplicantBeforeTheAnnulmentIsTaken()
{
    if (m_postgresql)
        QSKIP("the intake's rule is the same on both databases");
    // The server takes no timed steps: the approval lapsed, nobody annulled it.
    const Case approved
        = caseReaching(CaseState::PreliminarilyApproved, today().addDays(-45), ++m_number);
    ServerProcess server({QStringLiteral("--timed-steps-minutes"), QStringLiteral("0")});
    const QString url = QStringLiteral("sqlite:") + server.folder() + QStringLiteral("/server.db");
    auto store = seed(url, {approved});
    UserStore users(*store);
    QVERIFY(addPeople(
        users, {{"egov", QStringLiteral("eGov"), Role::System, std::nullopt, "egov"}}, Password));
    QVERIFY(server.start());
    QNetworkAccessManager manager;
    const QByteArray token = signIn(manager, server, QStringLiteral("egov"));
    NewApplication again = Builders::application(City::Astana, today());
    again.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    again.number = QStringLiteral("DNR-TIMED-AGAIN");
    QCOMPARE(again.applicant.iin, approved.applicant.iin);
    const auto [status, json] = post(manager,
                                     server,
                                     QStringLiteral("/api/v1/integration/egov/applications"),
                                     newApplicationToJson(again),
                                     token);
    QCOMPARE(status, 422);
    QCOMPARE(json.value(u"code").toString(), QStringLiteral("workflow.banned"));
    QVERIFY(json.value(u"message")
                .toString()
                .contains(displayDate(approved.preliminaryDecisionOn.addYears(1))));
    QCOMPARE((**store->findCase(approved.id)).state, CaseState::PreliminarilyApproved);
}

void TestTimedSteps::severalServersTakeEachStepOnce()
{
    if (!m_postgresql)
        QSKIP("several servers share PostgreSQL, not SQLite");
    QList<Case> lapsed;
    for (int i = 0; i < 10; ++i) {
        lapsed.append(
            caseReaching(CaseState::ReturnedForRework, today().addDays(-30 - i), ++m_number));
        lapsed.append(
            caseReaching(CaseState::PreliminarilyApproved, today().addDays(-40 - i), ++m_number));
    }
    const QString url = freshPostgresDatabase(QStringLiteral("kezek_timed_"));
    auto store = seed(url, lapsed);
    // Two servers start at once: both look for the steps at start-up.
    std::vector<std::unique_ptr<ServerProcess>> servers;
    for (int i = 0; i < 2; ++i)
        servers.push_back(std::make_unique<ServerProcess>(QStringList{}, url));
    for (auto &server : servers)
        QVERIFY(server->start());
    for (const Case &c : std::as_const(lapsed)) {
        const CaseState to = c.state == CaseState::ReturnedForRework ? CaseState::Deleted
                                                                     : CaseState::ApprovalAnnulled;
        QVERIFY(waitForState(*store, c.id, to));
    }
    // Give the slower server time to finish its pass, then count.
    QTest::qWait(2000);
    for (const Case &c : std::as_const(lapsed)) {
        QCOMPARE(count(*store,
                       QStringLiteral("SELECT COUNT(*) FROM commands WHERE case_id = ? AND "
                                      "type IN ('delete-after-rework', 'annul-approval')"),
                       c.id),
                 1);
        QCOMPARE(count(*store,
                       QStringLiteral("SELECT COUNT(*) FROM notices_outbox WHERE case_id = ?"),
                       c.id),
                 1);
        // Its notice reached the cabinet once, and the case says so once.
        QVERIFY(QTest::qWaitFor(
            [&] {
                return count(*store,
                             QStringLiteral("SELECT COUNT(*) FROM commands WHERE case_id = ? AND "
                                            "type = 'record-notice-delivery'"),
                             c.id)
                       == 1;
            },
            10000));
        QCOMPARE(count(*store,
                       QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE subject = ? AND "
                                      "detail LIKE '%timed: fell due%'"),
                       c.id),
                 1);
    }
    // And the servers' own account: between them, each step taken once.
    qsizetype taken = 0;
    for (auto &server : servers)
        taken += server->standardError().count(QStringLiteral("status=applied"));
    QCOMPARE(taken, lapsed.size());
}

void TestTimedSteps::theBorderAndTheMigrationOfficeReportAndKeepTheApproval()
{
    if (m_postgresql)
        QSKIP("the integrations' rules are the same on both databases");
    // Two approvals of 45 days ago: one applicant arrived only, the other was
    // fingerprinted in time (§19, §20(3)), both reported late, then the job runs.
    const Case arrivedOnly
        = caseReaching(CaseState::PreliminarilyApproved, today().addDays(-45), ++m_number);
    const Case fingerprinted
        = caseReaching(CaseState::PreliminarilyApproved, today().addDays(-45), ++m_number);
    ServerProcess server({QStringLiteral("--timed-steps-minutes"), QStringLiteral("0")});
    const QString url = QStringLiteral("sqlite:") + server.folder() + QStringLiteral("/server.db");
    auto store = seed(url, {arrivedOnly, fingerprinted});
    UserStore users(*store);
    QVERIFY(addPeople(users,
                      {{"nsc", QStringLiteral("Berkut"), Role::System, std::nullopt, "nsc"},
                       {"migration",
                        QStringLiteral("Migration office"),
                        Role::System,
                        std::nullopt,
                        "migration"}},
                      Password));
    QVERIFY(server.start());
    QNetworkAccessManager manager;
    const auto report
        = [&](const QString &integration, const QString &type, const Case &c, QDate day) {
              const QJsonObject command{
                  {QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                  {QStringLiteral("type"), type},
                  {QStringLiteral("caseId"), c.id},
                  {QStringLiteral("payload"),
                   QJsonObject{{QStringLiteral("date"), day.toString(Qt::ISODate)}}}};
              return post(manager,
                          server,
                          QStringLiteral("/api/v1/integration/%1/commands").arg(integration),
                          {{QStringLiteral("commands"), QJsonArray{command}}},
                          signIn(manager, server, integration))
                  .second.value(u"results")
                  .toArray()
                  .at(0)
                  .toObject();
          };
    const QDate approvedOn = arrivedOnly.preliminaryDecisionOn;
    QCOMPARE(report(QStringLiteral("nsc"),
                    QStringLiteral("record-arrival"),
                    arrivedOnly,
                    approvedOn.addDays(4))
                 .value(u"status")
                 .toString(),
             QStringLiteral("applied"));
    QCOMPARE(report(QStringLiteral("migration"),
                    QStringLiteral("record-fingerprinting"),
                    fingerprinted,
                    approvedOn.addDays(12))
                 .value(u"status")
                 .toString(),
             QStringLiteral("applied"));
    // Each speaks only for itself; a day to come is refused.
    QCOMPARE(report(QStringLiteral("nsc"),
                    QStringLiteral("record-fingerprinting"),
                    fingerprinted,
                    approvedOn)
                 .value(u"code")
                 .toString(),
             QStringLiteral("integration.type"));
    QCOMPARE(report(QStringLiteral("nsc"),
                    QStringLiteral("record-arrival"),
                    arrivedOnly,
                    today().addDays(1))
                 .value(u"code")
                 .toString(),
             QStringLiteral("workflow.date"));

    const Case kept = **store->findCase(fingerprinted.id);
    QCOMPARE(kept.fingerprintedOn, approvedOn.addDays(12));
    QVERIFY(kept.clock(ClockKind::ApprovalValidity)->isStopped());
    QCOMPARE((**store->findCase(arrivedOnly.id)).arrivedOn, approvedOn.addDays(4));

    // The job runs (a server that takes the timed steps, on the same file):
    // the approval whose applicant only arrived lapses; the one applied on stays.
    ServerProcess stepper({}, url);
    QVERIFY(stepper.start());
    QVERIFY(waitForState(*store, arrivedOnly.id, CaseState::ApprovalAnnulled));
    QTest::qWait(1000); // its pass over the other case, too
    QCOMPARE((**store->findCase(fingerprinted.id)).state, CaseState::PreliminarilyApproved);
    QCOMPARE((**store->findCase(fingerprinted.id)).version, kept.version);
}

void TestTimedSteps::theReworkRunsFromTheDayTheNoticeWasReceived()
{
    if (m_postgresql)
        QSKIP("the delivery's rule is the same on both databases");
    // §12: returned ten days ago, but the eGov cabinet was unreachable and the
    // notice is only now delivered: the applicant's five days start today.
    const Case returned
        = caseReaching(CaseState::ReturnedForRework, today().addDays(-10), ++m_number);
    ServerProcess server({QStringLiteral("--timed-steps-minutes"),
                          QStringLiteral("0"),
                          QStringLiteral("--notice-interval"),
                          QStringLiteral("1")});
    const QString url = QStringLiteral("sqlite:") + server.folder() + QStringLiteral("/server.db");
    auto store = seed(url, {returned});
    QSqlQuery pending(store->connection());
    pending.prepare(QStringLiteral("INSERT INTO notices_outbox (id, case_id, kind, body, "
                                   "created_at) VALUES (?, ?, ?, ?, ?)"));
    pending.addBindValue(777001);
    pending.addBindValue(returned.id);
    pending.addBindValue(QStringLiteral("return-for-rework"));
    pending.addBindValue(QStringLiteral("{\"kind\":\"return-for-rework\",\"iin\":\"%1\"}")
                             .arg(returned.applicant.iin));
    pending.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    QVERIFY(pending.exec());
    QVERIFY(Workflow::timedStep(returned, TestData::calendar())->due <= today());
    QVERIFY(server.start());
    QVERIFY(QTest::qWaitFor(
        [&] {
            auto found = store->findCase(returned.id);
            return found && found->has_value()
                   && (*found)->notices.constLast().deliveredOn.isValid();
        },
        30000));
    const Case received = **store->findCase(returned.id);
    QCOMPARE(received.notices.constLast().deliveredOn, today());
    QCOMPARE(received.clock(ClockKind::Rework)->started(), today());
    QVERIFY(Workflow::timedStep(received, TestData::calendar())->due > today().addDays(5));
    QCOMPARE(received.history.constLast().action, QStringLiteral("notice-delivered"));
    QCOMPARE(received.state, CaseState::ReturnedForRework);
}

void TestTimedSteps::aWithdrawalAndARevocationCloseAndReopenTheirCases()
{
    if (m_postgresql)
        QSKIP("the rules are the same on both databases");
    // The case's other ends: the applicant withdraws through eGov (the case
    // closes, no ban, a notice); a refusal made in error is revoked by the
    // supervisor's signed, reasoned act (the case reopens, its ban lifted).
    const Case received = caseReaching(CaseState::Received, today().addDays(-1), ++m_number);
    const Case refused
        = caseReaching(CaseState::PreliminarilyRefused, today().addDays(-3), ++m_number);
    ServerProcess server({QStringLiteral("--timed-steps-minutes"), QStringLiteral("0")});
    const QString url = QStringLiteral("sqlite:") + server.folder() + QStringLiteral("/server.db");
    auto store = seed(url, {received, refused});
    UserStore users(*store);
    QVERIFY(addPeople(
        users,
        {{"egov", QStringLiteral("eGov"), Role::System, std::nullopt, "egov"},
         {"supervisor.astana", QStringLiteral("Гүлнар"), Role::Supervisor, City::Astana, ""},
         {"officer.astana", QStringLiteral("Айгерім"), Role::MigrationOfficer, City::Astana, ""}},
        Password));
    QVERIFY(server.start());
    QFile caCertificate(server.folder() + QStringLiteral("/tls/signing-ca.pem"));
    QFile caKey(server.folder() + QStringLiteral("/tls/signing-ca-key.pem"));
    QVERIFY(caCertificate.open(QIODevice::ReadOnly) && caKey.open(QIODevice::ReadOnly));
    const auto key
        = issueSigningCertificate({caCertificate.readAll(), caKey.readAll()},
                                  QStringLiteral("supervisor.astana"),
                                  Builders::staffIin(QStringLiteral("supervisor.astana")));
    QVERIFY(key);
    QVERIFY(users.setSigningCertificate(
        QStringLiteral("supervisor.astana"), key->certificate, QDateTime::currentDateTimeUtc()));

    QNetworkAccessManager manager;
    const auto send = [&](const QString &path, const QString &user, const QJsonObject &command) {
        return post(manager,
                    server,
                    path,
                    {{QStringLiteral("commands"), QJsonArray{command}}},
                    signIn(manager, server, user))
            .second.value(u"results")
            .toArray()
            .at(0)
            .toObject();
    };
    const auto command = [](const QString &type, const Case &c, const QJsonObject &payload) {
        return QJsonObject{
            {QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
            {QStringLiteral("type"), type},
            {QStringLiteral("caseId"), c.id},
            {QStringLiteral("baseVersion"), c.version},
            {QStringLiteral("payload"), payload}};
    };
    const auto fileAgain = [&](const Case &earlier) {
        NewApplication again = Builders::application(City::Astana, today());
        again.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        again.number = earlier.number + QStringLiteral("-AGAIN");
        again.applicant = earlier.applicant;
        return post(manager,
                    server,
                    QStringLiteral("/api/v1/integration/egov/applications"),
                    newApplicationToJson(again),
                    signIn(manager, server, QStringLiteral("egov")));
    };
    const QString egovCommands = QStringLiteral("/api/v1/integration/egov/commands");
    const QString officeCommands = QStringLiteral("/api/v1/commands");

    // The refused applicant is banned until the supervisor revokes the refusal.
    QCOMPARE(fileAgain(refused).second.value(u"code").toString(),
             QStringLiteral("workflow.banned"));
    const QJsonObject unsignedRevocation
        = command(QStringLiteral("revoke-decision"),
                  refused,
                  {{QStringLiteral("text"), QStringLiteral("The record was a namesake's.")}});
    QCOMPARE(send(officeCommands, QStringLiteral("supervisor.astana"), unsignedRevocation)
                 .value(u"code")
                 .toString(),
             QStringLiteral("signature.missing"));
    const auto signedCommand = [&](const QJsonObject &json) {
        auto parsed = caseCommandFromJson(json);
        auto signature = signDetached(signedContent(*parsed), *key);
        QJsonObject out = json;
        out.insert(QStringLiteral("signature"), QString::fromLatin1(signature->toBase64()));
        return out;
    };
    QCOMPARE(send(officeCommands,
                  QStringLiteral("supervisor.astana"),
                  signedCommand(command(QStringLiteral("revoke-decision"), refused, {})))
                 .value(u"code")
                 .toString(),
             QStringLiteral("workflow.reasoning-required"));
    QCOMPARE((**store->findCase(refused.id)).version, refused.version); // nothing changed
    const QJsonObject applied = send(
        officeCommands, QStringLiteral("supervisor.astana"), signedCommand(unsignedRevocation));
    QVERIFY2(applied.value(u"status").toString() == u"applied",
             QJsonDocument(applied).toJson().constData());
    const Case reopened = **store->findCase(refused.id);
    QCOMPARE(reopened.state, CaseState::DecisionDue);
    QCOMPARE(reopened.decisions.constLast().kind, DecisionKind::Revocation);
    QCOMPARE(reopened.notices.constLast().kind, NoticeKind::DecisionRevoked);
    QCOMPARE(count(*store,
                   QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE subject = ? AND actor = "
                                  "'supervisor.astana' AND detail LIKE '%reasoning: The record "
                                  "was a namesake''s.%'"),
                   refused.id),
             1);
    QCOMPARE(count(*store,
                   QStringLiteral("SELECT COUNT(*) FROM commands WHERE case_id = ? AND type = "
                                  "'revoke-decision' AND user_id = 'supervisor.astana'"),
                   refused.id),
             1);
    QCOMPARE(fileAgain(refused).first, 201); // the ban is lifted

    // (Both cases are one applicant's.) Withdrawn through eGov; an officer cannot say it for the
    // applicant.
    QCOMPARE(send(officeCommands,
                  QStringLiteral("officer.astana"),
                  command(QStringLiteral("withdraw"), received, {}))
                 .value(u"code")
                 .toString(),
             QStringLiteral("workflow.role"));
    QCOMPARE(send(egovCommands,
                  QStringLiteral("egov"),
                  command(QStringLiteral("withdraw"), received, {}))
                 .value(u"status")
                 .toString(),
             QStringLiteral("applied"));
    const Case withdrawn = **store->findCase(received.id);
    QCOMPARE(withdrawn.state, CaseState::Withdrawn);
    QCOMPARE(withdrawn.notices.constLast().kind, NoticeKind::Withdrawn);
    QCOMPARE(count(*store,
                   QStringLiteral("SELECT COUNT(*) FROM notices_outbox WHERE case_id = ? AND "
                                  "kind = 'withdrawn'"),
                   received.id),
             1);
    QCOMPARE(count(*store,
                   QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE subject = ? AND actor = "
                                  "'egov' AND detail LIKE 'withdraw %'"),
                   received.id),
             1);
    QCOMPARE(fileAgain(withdrawn).first, 201); // and it set no ban
}

void TestTimedSteps::theDemosHistoryLapsesOnTheFirstRun()
{
    if (m_postgresql)
        QSKIP("the import is the same on both databases");
    // The demo's past, imported with kezekctl as from an earlier system: on
    // the server's first run, the returns whose five days are over are
    // deleted (§12) and the approvals nobody acted on in 30 days annulled
    // (§19); the rest stand as they were.
    ServerProcess server;
    const QString url = QStringLiteral("sqlite:") + server.folder() + QStringLiteral("/server.db");
    const auto kezekctl = [&url](const QStringList &more) {
        QProcess process;
        process.start(QStringLiteral(KEZEKCTL_PATH),
                      QStringList{QStringLiteral("admin"),
                                  QStringLiteral("seed-history"),
                                  QStringLiteral("--database"),
                                  url}
                          + more);
        process.waitForFinished(60000);
        return process.exitCode();
    };
    const QStringList options{QStringLiteral("--count"),
                              QStringLiteral("28"),
                              QStringLiteral("--seed"),
                              QStringLiteral("7")};
    QCOMPARE(kezekctl(options), 0);
    QCOMPARE(kezekctl(options), 1); // the same history is not imported twice
    QCOMPARE(kezekctl({QStringLiteral("--days"), QStringLiteral("3")}), 2);

    // The same history, drawn again here to know what became of each case.
    HistoryOptions history;
    history.today = today();
    history.count = 28;
    history.seed = 7;
    auto law = ShippedData::lawbook();
    QVERIFY(law);
    auto drawn = seedHistory(history, law->context(), law->legalBasis());
    QVERIFY2(drawn, qPrintable(drawn ? QString() : drawn.error().message));
    QCOMPARE(drawn->size(), 28);
    auto store = seed(url, {});
    QCOMPARE(count(*store,
                   QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'import' AND "
                                  "actor = 'kezekctl' AND subject <> ?"),
                   QStringLiteral("-")),
             28);

    QVERIFY(server.start());
    QHash<HistoryKind, CaseState> becomes{
        {HistoryKind::ReworkLapsed, CaseState::Deleted},
        {HistoryKind::ReworkRunning, CaseState::ReturnedForRework},
        {HistoryKind::ApprovalLapsed, CaseState::ApprovalAnnulled},
        {HistoryKind::ApprovalKept, CaseState::PreliminarilyApproved},
        {HistoryKind::ApprovalRunning, CaseState::PreliminarilyApproved},
        {HistoryKind::Refused, CaseState::PreliminarilyRefused},
        {HistoryKind::Withdrawn, CaseState::Withdrawn},
    };
    QSet<HistoryKind> kinds;
    for (const SeededCase &seeded : std::as_const(*drawn)) {
        kinds.insert(seeded.kind);
        QVERIFY2(waitForState(*store, seeded.c.id, becomes.value(seeded.kind)),
                 qPrintable(seeded.c.number));
    }
    QCOMPARE(kinds.size(), becomes.size()); // every kind of past is there
    // The lapsed ones were taken by the server, each once, on the day it fell due.
    for (const SeededCase &seeded : std::as_const(*drawn)) {
        const bool lapses = seeded.kind == HistoryKind::ReworkLapsed
                            || seeded.kind == HistoryKind::ApprovalLapsed;
        const Case now = **store->findCase(seeded.c.id);
        QCOMPARE(now.version, seeded.c.version + (lapses ? 1 : 0));
        if (lapses) {
            QCOMPARE(now.history.constLast().userId, QStringLiteral("kezek-server"));
            QCOMPARE(now.history.constLast().date,
                     Workflow::timedStep(seeded.c, law->calendar())->due);
        }
    }
}

void TestTimedSteps::noIntakeHappensOutsideTheLegalBasisSilently()
{
    if (m_postgresql)
        QSKIP("the legal basis is the same on both databases");
    // Order point 9: the order was in force until 31 December 2025. Past it,
    // the server says so at start and on /health, and intake marks each case
    // (or, where the site chose so, refuses). A site's instrument that extends
    // the order carries intake on under it.
    const auto file = [&](const QString &id) {
        NewApplication application = Builders::application(City::Astana, today());
        application.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        application.number = QStringLiteral("DNR-BASIS-") + id;
        application.applicant.passportNumber = QStringLiteral("B") + id.right(7);
        return application;
    };
    const auto health = [](QNetworkAccessManager &manager, const ServerProcess &server) {
        QNetworkRequest request(QUrl(server.baseUrl() + QStringLiteral("/health")));
        request.setSslConfiguration(server.trustingConfiguration());
        QNetworkReply *reply = manager.get(request);
        if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 30000))
            qFatal("no answer from /health");
        const QJsonObject json = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        return json.value(u"legalBasis").toObject();
    };
    QNetworkAccessManager manager;
    // A server that takes no timed steps, with eGov's credential, and its store.
    std::unique_ptr<ServerStore> store;
    const auto intakeServer = [&](const QStringList &arguments) {
        auto server = std::make_unique<ServerProcess>(
            QStringList{QStringLiteral("--timed-steps-minutes"), QStringLiteral("0")} + arguments);
        store
            = seed(QStringLiteral("sqlite:") + server->folder() + QStringLiteral("/server.db"), {});
        UserStore users(*store);
        if (!addPeople(users,
                       {{"egov", QStringLiteral("eGov"), Role::System, std::nullopt, "egov"}},
                       Password)
            || !server->start())
            qFatal("the intake server did not start");
        return server;
    };
    const auto fileThrough = [&](const ServerProcess &server, const NewApplication &application) {
        return post(manager,
                    server,
                    QStringLiteral("/api/v1/integration/egov/applications"),
                    newApplicationToJson(application),
                    signIn(manager, server, QStringLiteral("egov")));
    };

    // The built-in basis: none in force today; the case is taken, marked.
    {
        const auto server = intakeServer({});
        QVERIFY(server->standardError().contains(QStringLiteral("legal-basis")));
        const QJsonObject basis = health(manager, *server);
        QCOMPARE(basis.value(u"inForce").toBool(), false);
        QCOMPARE(basis.value(u"lastDay").toString(), QStringLiteral("2025-12-31"));
        const NewApplication application = file(QStringLiteral("0000001"));
        QCOMPARE(fileThrough(*server, application).first, 201);
        const Case taken = **store->findCase(application.id);
        QVERIFY(taken.outsideLegalBasis);
        QVERIFY(taken.legalBasis.isEmpty());
        QCOMPARE(count(*store,
                       QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE subject = ? AND "
                                      "detail LIKE '%outside any legal basis%'"),
                       application.id),
                 1);
    }
    // A site that refuses intake outside the basis: 422, nothing stored.
    {
        const auto server
            = intakeServer({QStringLiteral("--outside-basis"), QStringLiteral("refuse")});
        const NewApplication application = file(QStringLiteral("0000002"));
        const auto [status, json] = fileThrough(*server, application);
        QCOMPARE(status, 422);
        QCOMPARE(json.value(u"code").toString(), QStringLiteral("law.no-basis"));
        QVERIFY(json.value(u"message").toString().contains(u"2025-12-31"));
        QVERIFY(!store->findCase(application.id)->has_value());
    }
    // A site's instrument extending the order to a year from now: in force,
    // and the case runs under it.
    {
        QTemporaryDir site;
        QFile basisFile(site.filePath(QStringLiteral("basis.json")));
        QVERIFY(basisFile.open(QIODevice::WriteOnly));
        QJsonObject order
            = QJsonDocument::fromJson(sourceFile(QStringLiteral("resources/law/basis.json")))
                  .object()
                  .value(u"instruments")
                  .toArray()
                  .first()
                  .toObject();
        QJsonObject extension = order;
        extension.insert(QStringLiteral("id"), QStringLiteral("site-extension"));
        extension.insert(QStringLiteral("extends"), order.value(u"id"));
        extension.insert(QStringLiteral("inForceFrom"), QStringLiteral("2026-01-01"));
        extension.insert(QStringLiteral("inForceUntil"), today().addYears(1).toString(Qt::ISODate));
        basisFile.write(QJsonDocument(QJsonObject{{QStringLiteral("format"), 1},
                                                  {QStringLiteral("instruments"),
                                                   QJsonArray{order, extension}}})
                            .toJson());
        basisFile.close();
        const auto server = intakeServer({QStringLiteral("--outside-basis"),
                                          QStringLiteral("refuse"),
                                          QStringLiteral("--legal-basis"),
                                          basisFile.fileName()});
        QCOMPARE(health(manager, *server).value(u"instrument").toString(),
                 QStringLiteral("site-extension"));
        const NewApplication application = file(QStringLiteral("0000003"));
        QCOMPARE(fileThrough(*server, application).first, 201);
        const Case taken = **store->findCase(application.id);
        QCOMPARE(taken.legalBasis, QStringLiteral("site-extension"));
        QVERIFY(!taken.outsideLegalBasis);
    }
}

QTEST_GUILESS_MAIN(TestTimedSteps)
#include "tst_timedsteps.moc"
