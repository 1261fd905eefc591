#include "core/calendar/businesscalendar.h"
#include "core/calendar/calendardata.h"
#include "core/domain/casecodec.h"
#include "core/domain/casecommand.h"
#include "core/domain/documentcatalog.h"
#include "core/domain/integrationscope.h"
#include "core/domain/oversightcodec.h"
#include "core/security/passwords.h"
#include "core/security/revocation.h"
#include "core/security/signatures.h"
#include "core/security/timestamps.h"
#include "db/server/auditlog.h"
#include "db/server/serverstore.h"
#include "db/server/userstore.h"
#include "tests/support/builders.h"
#include "tests/support/openapi.h"
#include "tests/support/people.h"
#include "tests/support/postgres.h"
#include "tests/support/serverprocess.h"
#include "tests/support/testdata.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <zlib.h>
#include <zstd.h>

using namespace Kezek;
using namespace Kezek::Testing;

namespace {

const QString Password = QStringLiteral("correct horse battery");

// A real 1×1 PNG, and a PDF's first bytes.
const QByteArray Png = QByteArray::fromBase64("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlE"
                                              "QVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");
const QByteArray Pdf
    = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n";

QString sha256Of(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

struct Answer
{
    int status = 0;
    QJsonObject json;
    QByteArray raw;
    QByteArray contentType;
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
        if (!m_language.isEmpty())
            request.setRawHeader("Accept-Language", m_language);
        QNetworkReply *reply = m_manager.sendCustomRequest(request, method, body);
        if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 30000))
            qFatal("no answer");
        const QByteArray raw = reply->readAll();
        // Every answer is what docs/openapi.yaml says it is.
        const QString deviation = OpenApi::document().check(
            method,
            path,
            reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
            reply->header(QNetworkRequest::ContentTypeHeader).toByteArray(),
            raw);
        if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 0)
            QTest::qVerify(
                deviation.isEmpty(), "openapi", qPrintable(deviation), __FILE__, __LINE__);
        Answer answer{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                      QJsonDocument::fromJson(raw).object(),
                      raw,
                      reply->header(QNetworkRequest::ContentTypeHeader).toByteArray()};
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
    void setLanguage(const QByteArray &language) { m_language = language; }

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
    QByteArray m_language;
};

// kezekctl as IT runs it: its exit code, and what it printed.
int runKezekctl(const QStringList &arguments, QString *printed)
{
    QProcess process;
    process.start(QStringLiteral(KEZEKCTL_PATH), arguments);
    process.waitForFinished(120000);
    *printed = QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
    return process.exitCode();
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

// The command with the officer's detached CMS signature over its exact bytes,
// as the workstation sends a decision.
QJsonObject signedBy(const QJsonObject &json, const PemPair &key)
{
    auto command = caseCommandFromJson(json);
    if (!command)
        qFatal("bad command: %s", qPrintable(command.error().message));
    auto signature = signDetached(signedContent(*command), key);
    if (!signature)
        qFatal("cannot sign: %s", qPrintable(signature.error().message));
    QJsonObject out = json;
    out.insert(QStringLiteral("signature"), QString::fromLatin1(signature->toBase64()));
    return out;
}

// An application of an applicant of its own (a refusal in one test bans
// nobody another test files for), not filed yet.
NewApplication freshApplication(City city = City::Astana)
{
    static int applicants = 0;
    const QDate today = QDateTime::currentDateTimeUtc().date();
    return Builders::application(Builders::applicant(++applicants, today), city, today);
}

// Another application of the same applicant, filed through the eGov intake.
NewApplication
fileAnother(const ServerProcess &server, NewApplication application, const QString &number)
{
    application.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    application.number = number;
    Client egov(server);
    egov.signIn(QStringLiteral("egov"));
    const auto answer = egov.post(QStringLiteral("/api/v1/integration/egov/applications"),
                                  newApplicationToJson(application));
    if (answer.status != 201) {
        qFatal("intake answered %d: %s",
               answer.status,
               QJsonDocument(answer.json).toJson(QJsonDocument::Compact).constData());
    }
    return application;
}

// A case number of the test's own: every test files its own applications
// (issue 32, point 3), so that each runs alone and in any order.
QString freshNumber()
{
    static int made = 0;
    return QStringLiteral("DNR-2026-%1").arg(700000 + ++made);
}

// The officer's verification of every preliminary document, one command each
// from `version` on: the case's version after them is `version` + their count.
QJsonArray verifyPreliminaryDocuments(const QString &caseId, int &version)
{
    QJsonArray batch;
    for (const CatalogEntry &entry : catalogFor(Stage::Preliminary)) {
        batch.append(command(QStringLiteral("update-document"),
                             caseId,
                             version++,
                             {{QStringLiteral("checklist"), QStringLiteral("preliminary")},
                              {QStringLiteral("document"), documentTypeId(entry.type)},
                              {QStringLiteral("command"), QStringLiteral("verify")}}));
    }
    return batch;
}

// The case registered by the officer after verifying its preliminary
// documents (the batch in `registration`): its version after them, -1 if
// anything was not applied.
int registered(Client &officer, const QString &caseId, QJsonArray *registration = nullptr)
{
    int version = 1;
    QJsonArray batch = verifyPreliminaryDocuments(caseId, version);
    batch.append(command(QStringLiteral("register"),
                         caseId,
                         version,
                         {{QStringLiteral("reference"), QStringLiteral("KQP-2026-0001")}}));
    if (registration)
        *registration = batch;
    const QJsonArray applied = officer.commands(batch);
    if (applied.size() != batch.size())
        return -1;
    for (const auto &result : applied) {
        if (result.toObject().value(u"status").toString() != u"applied")
            return -1;
    }
    return applied.last().toObject().value(u"version").toInt();
}

int run(const QString &program, const QStringList &arguments, QString *output = nullptr)
{
    QProcess process;
    process.start(program, arguments);
    process.waitForFinished(60000);
    if (output)
        *output
            = QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
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
    void theLawComesWithTheFeed();
    void aSitesCalendarIsTheLawTheWorkstationsGet();
    void changesResumeAfterTheCursor();
    void aLargePageGoesPacked();
    void decisionsCarryTheirOfficersOwnSignature();
    void theSitesTsaStampsWhatAnOfficerAsksAndNothingElse();
    void scansAreAddressedByTheirHashAndGuardedByTheirCase();
    void eachIntegrationSpeaksOnlyForItself();
    void noticesReachTheApplicantsCabinet();
    void everyCommandReadAndSignInIsInAnIntactAuditChain();
    void theSimulatedWorldFilesScansAndAnswers();
    void errorsSpeakTheClientsLanguage();
    void aClaimedCaseIsWorkedOnlyByItsHolder();
    void aClaimEndsWhenTheCaseLeavesItsHoldersDesk();
    void aCaseGoesOnlyToARoleThatWorksItsStageAndColleaguesShowTheirLoad();
    void theCscsMatchNeedsTheOriginalsScanOrAReasonAndTheAuditKeepsWhich();
    void itDisablesRevokesResetsAndTheOfficerChanges();
    void eachIntegrationReadsOnlyWhatItsJobNeeds();
    void theAuditKeyAndCheckpointsCatchACutTail();
    void theSamePersonUnderAnotherIdentityIsFlaggedAtIntake();
    void readsAreAuditedCompactlyBeforeTheAnswer();
    void theSitesRetentionRemovesScansAndPersonalData();
    void aPetitionTheMinistrySignedIsVerifiedAtIntake();
    void aPetitionIsRefusedUnlessTheMinistrySignedItForThisApplication_data();
    void aPetitionIsRefusedUnlessTheMinistrySignedItForThisApplication();
    void thePilotReportIsTheMinistrysAndEachSupervisorsCitys();
    void thePilotReportRefusesABadPeriodAndOtherRoles_data();
    void thePilotReportRefusesABadPeriodAndOtherRoles();
    void kezekctlWritesTheReportWholeOrNothing_data();
    void kezekctlWritesTheReportWholeOrNothing();

private:
    // A site that verifies the ministry's petitions (§8): --ministry-ca
    // holds a national root that, as НУЦ РК's, also issues people's and other
    // organisations' certificates; --ministry-bin says which are the ministry's.
    struct MinistrySite
    {
        QTemporaryDir pki;
        PemPair root;
        PemPair reviewer;     // the ministry's employee (its BIN)
        PemPair person;       // an officer's own signing certificate
        PemPair organisation; // another organisation's employee
        std::unique_ptr<ServerProcess> server;
    };
    std::unique_ptr<MinistrySite> m_ministry;
    MinistrySite *ministrySite();
    // The petition the ministry's `signer` signs for `application`.
    static PetitionSubmission
    petitionFor(const NewApplication &application, const PemPair &signer, const QString &number);

    std::unique_ptr<ServerProcess> m_server;
    QString m_databaseUrl;
    NewApplication m_application; // the applicant every test files for, never filed itself
    PemPair m_astanaKey;          // officer.astana's signing key, registered on the server
    PemPair m_almatyKey;          // officer.almaty's
    QTemporaryDir m_cabinets;     // the simulated eGov cabinets notices are delivered to

    QStringList serverArguments() const
    {
        // A small scan limit, so that an oversize one is cheap to send, and
        // notices delivered every second to files.
        return {QStringLiteral("--max-document"),
                QStringLiteral("1048576"),
                QStringLiteral("--notices-to"),
                QStringLiteral("dir:") + m_cabinets.path(),
                QStringLiteral("--notice-interval"),
                QStringLiteral("1"),
                QStringLiteral("--crl"),
                crlPath()};
    }
    QString crlPath() const { return m_pki.filePath(QStringLiteral("officers.crl")); }
    // The demo intermediate's revocation list, current for a day (or, when
    // `stale`, out of date an hour ago), as the site's timer writes it.
    bool writeCrl(const QList<RevokedCertificate> &revoked, bool stale = false) const
    {
        QFile certificate(m_server->folder() + QStringLiteral("/tls/signing-ca.pem"));
        QFile key(m_server->folder() + QStringLiteral("/tls/signing-ca-key.pem"));
        if (!certificate.open(QIODevice::ReadOnly) || !key.open(QIODevice::ReadOnly))
            return false;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        auto crl = makeCrl({certificate.readAll(), key.readAll()},
                           revoked,
                           now.addDays(stale ? -2 : 0).addSecs(-3600),
                           stale ? now.addSecs(-3600) : now.addDays(1));
        QFile out(crlPath());
        return crl && out.open(QIODevice::WriteOnly) && out.write(*crl) == crl->size();
    }
    QTemporaryDir m_pki;
};

void TestServerApi::initTestCase()
{
    // The same suite runs on both databases: KEZEK_TEST_BACKEND=postgresql
    // (a second CTest entry) uses a fresh database in the test cluster.
    if (qEnvironmentVariable("KEZEK_TEST_BACKEND") == u"postgresql") {
        m_databaseUrl = freshPostgresDatabase(QStringLiteral("kezek_api_"));
        if (m_databaseUrl.isEmpty())
            QSKIP("no PostgreSQL cluster: scripts/test.sh starts one and sets "
                  "KEZEK_TEST_POSTGRES_URL");
        m_server = std::make_unique<ServerProcess>(serverArguments(), m_databaseUrl);
    } else {
        m_server = std::make_unique<ServerProcess>(serverArguments());
        m_databaseUrl
            = QStringLiteral("sqlite:") + m_server->folder() + QStringLiteral("/server.db");
    }
    QVERIFY(m_server->start());
    // The site keeps its authority's revocation list current (issue 28).
    QVERIFY(writeCrl({}));
    auto store = ServerStore::open(m_databaseUrl);
    QVERIFY(store);
    UserStore users(**store);
    QVERIFY(addPeople(
        users,
        {
            {"officer.astana", QStringLiteral("Айгерім"), Role::MigrationOfficer, City::Astana, ""},
            {"officer.almaty", QStringLiteral("Ерлан"), Role::MigrationOfficer, City::Almaty, ""},
            {"csc.astana", QStringLiteral("Динара"), Role::CscOperator, City::Astana, ""},
            {"ministry.reviewer",
             QStringLiteral("Асхат"),
             Role::MinistryReviewer,
             std::nullopt,
             ""},
            {"supervisor.astana", QStringLiteral("Гүлнар"), Role::Supervisor, City::Astana, ""},
            {"locked.out", QStringLiteral("x"), Role::MigrationOfficer, City::Astana, ""},
            {"egov", QStringLiteral("eGov"), Role::System, std::nullopt, "egov"},
            {"kqp", QStringLiteral("КҚП АЖ"), Role::System, std::nullopt, "kqp"},
            {"nsc", QStringLiteral("Berkut"), Role::System, std::nullopt, "nsc"},
            {"checks", QStringLiteral("Checks"), Role::System, std::nullopt, "checks"},
            {"courier", QStringLiteral("Courier"), Role::System, std::nullopt, "courier"},
            {"migration",
             QStringLiteral("Migration office"),
             Role::System,
             std::nullopt,
             "migration"},
        },
        Password));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_application = Builders::application(City::Astana, QDateTime::currentDateTimeUtc().date());

    // The demo authority --dev-cert made, and a signing key from it for each officer.
    QFile caCertificate(m_server->folder() + QStringLiteral("/tls/signing-ca.pem"));
    QFile caKey(m_server->folder() + QStringLiteral("/tls/signing-ca-key.pem"));
    QVERIFY(caCertificate.open(QIODevice::ReadOnly) && caKey.open(QIODevice::ReadOnly));
    const PemPair authority{caCertificate.readAll(), caKey.readAll()};
    for (auto [user, key] : {std::pair{QStringLiteral("officer.astana"), &m_astanaKey},
                             std::pair{QStringLiteral("officer.almaty"), &m_almatyKey}}) {
        auto issued = issueSigningCertificate(authority, user, Builders::staffIin(user));
        QVERIFY(issued);
        *key = *issued;
        QVERIFY(users.setSigningCertificate(user, issued->certificate, now));
    }
}

namespace {

const QString MinistryBin = QStringLiteral("990340001234");

} // namespace

TestServerApi::MinistrySite *TestServerApi::ministrySite()
{
    if (m_ministry)
        return m_ministry.get();
    auto site = std::make_unique<MinistrySite>();
    auto root = makeCertificateAuthority(QStringLiteral("Test national root"));
    if (!root)
        return nullptr;
    site->root = *root;
    auto reviewer = issueOrganisationSigningCertificate(site->root,
                                                        QStringLiteral("Асхат Нұрланұлы"),
                                                        QStringLiteral("870402300011"),
                                                        QStringLiteral("ЦДИАӨМ"),
                                                        MinistryBin);
    auto person = issueSigningCertificate(
        site->root, QStringLiteral("officer.astana"), Builders::staffIin(u"officer.astana"_qs));
    auto organisation = issueOrganisationSigningCertificate(site->root,
                                                            QStringLiteral("Hub screener"),
                                                            QStringLiteral("880721310009"),
                                                            QStringLiteral("Astana Hub"),
                                                            QStringLiteral("170740011112"));
    QFile ca(site->pki.filePath(QStringLiteral("ministry-ca.pem")));
    if (!reviewer || !person || !organisation || !ca.open(QIODevice::WriteOnly)
        || ca.write(site->root.certificate) != site->root.certificate.size())
        return nullptr;
    ca.close();
    site->reviewer = *reviewer;
    site->person = *person;
    site->organisation = *organisation;
    site->server = std::make_unique<ServerProcess>(QStringList{QStringLiteral("--ministry-ca"),
                                                               ca.fileName(),
                                                               QStringLiteral("--ministry-bin"),
                                                               MinistryBin});
    if (!site->server->start())
        return nullptr;
    auto store = ServerStore::open(QStringLiteral("sqlite:") + site->server->folder()
                                   + QStringLiteral("/server.db"));
    if (!store)
        return nullptr;
    UserStore users(**store);
    if (!addPeople(users,
                   {{"officer.astana",
                     QStringLiteral("Айгерім"),
                     Role::MigrationOfficer,
                     City::Astana,
                     ""},
                    {"egov", QStringLiteral("eGov"), Role::System, std::nullopt, "egov"}},
                   Password))
        return nullptr;
    m_ministry = std::move(site);
    return m_ministry.get();
}

PetitionSubmission TestServerApi::petitionFor(const NewApplication &application,
                                              const PemPair &signer,
                                              const QString &number)
{
    const QDate signedOn = QDateTime::currentDateTimeUtc().date().addDays(-7);
    auto signature = signAttached(
        petitionStatementBytes(petitionStatementFor(application.applicant, number, signedOn)),
        signer);
    if (!signature)
        qFatal("cannot sign the petition: %s", qPrintable(signature.error().message));
    return {number, *signature};
}

// §8, §10(3): the ministry's petition, signed by it for this applicant under
// this number, is verified at intake; the case keeps it, and the petition
// among the preliminary documents is verified without the officer looking.
void TestServerApi::aPetitionTheMinistrySignedIsVerifiedAtIntake()
{
    MinistrySite *site = ministrySite();
    QVERIFY(site);
    // Each server says at start whose petitions it verifies.
    QVERIFY(site->server->standardError().contains(
        QStringLiteral("every application brings a petition the ministry signed")));
    QVERIFY(m_server->standardError().contains(QStringLiteral("demo ministry")));
    // The authority alone does not say which organisation is the ministry.
    const auto [exitCode, said]
        = runServerToExit({QStringLiteral("--dev-cert"),
                           site->pki.filePath(QStringLiteral("tls")),
                           QStringLiteral("--ministry-ca"),
                           site->pki.filePath(QStringLiteral("ministry-ca.pem"))});
    QCOMPARE(exitCode, 2);
    QVERIFY2(said.contains(QStringLiteral("--ministry-bin")), qPrintable(said));

    NewApplication application
        = Builders::application(City::Astana, QDateTime::currentDateTimeUtc().date());
    application.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    application.number = QStringLiteral("DNR-2026-800001");
    application.petition = petitionFor(application, site->reviewer, u"PET-2026-0417"_qs);
    Client egov(*site->server);
    QCOMPARE(egov.signIn(QStringLiteral("egov")).status, 200);
    const Answer filed = egov.post(QStringLiteral("/api/v1/integration/egov/applications"),
                                   newApplicationToJson(application));
    QCOMPARE(filed.status, 201);

    Client officer(*site->server);
    officer.signIn(QStringLiteral("officer.astana"));
    const QJsonArray cases
        = officer.get(QStringLiteral("/api/v1/changes?since=0")).json.value(u"cases").toArray();
    std::optional<Case> taken;
    for (const QJsonValue &value : cases) {
        if (value.toObject().value(u"id").toString() == application.id)
            taken = caseFromJson(value.toObject()).value_or(Case{});
    }
    QVERIFY(taken);
    QVERIFY(taken->petition);
    QCOMPARE(taken->petition->number, QStringLiteral("PET-2026-0417"));
    QCOMPARE(taken->petition->signerName, QStringLiteral("Асхат Нұрланұлы"));
    QCOMPARE(taken->petition->organisation, QStringLiteral("ЦДИАӨМ"));
    QCOMPARE(taken->petition->bin, MinistryBin);
    QCOMPARE(taken->petition->signature, application.petition->signature);
    QVERIFY(qAbs(taken->petition->verifiedAt.secsTo(QDateTime::currentDateTimeUtc())) < 120);
    QCOMPARE(taken->preliminaryDocuments.item(DocumentType::Petition)->status,
             DocumentStatus::Verified);
    QCOMPARE(petitionSummary(*taken->petition),
             QStringLiteral("Petition No. PET-2026-0417, signed by Асхат Нұрланұлы, MDDIAI, "
                            "verified"));
}

void TestServerApi::aPetitionIsRefusedUnlessTheMinistrySignedItForThisApplication_data()
{
    QTest::addColumn<QString>("refusal");
    QTest::addColumn<QString>("code");
    QTest::newRow("signed by an officer's own key") << u"person"_qs << u"petition.not-ministry"_qs;
    QTest::newRow("signed by another organisation")
        << u"organisation"_qs << u"petition.not-ministry"_qs;
    QTest::newRow("signed under an authority the site does not trust")
        << u"stranger"_qs << u"signature.unknown-issuer"_qs;
    QTest::newRow("its bytes changed") << u"changed"_qs << u"petition.invalid"_qs;
    QTest::newRow("signed for another applicant")
        << u"other-applicant"_qs << u"petition.other-applicant"_qs;
    QTest::newRow("signed under another number") << u"number"_qs << u"petition.number-differs"_qs;
    QTest::newRow("not a signature") << u"garbage"_qs << u"petition.malformed"_qs;
    QTest::newRow("none, where the site requires one") << u"none"_qs << u"petition.missing"_qs;
}

// §8: "a petition signed by anyone but the ministry" (issue 28) and every
// other petition that is not this application's is refused with its own
// code, and nothing is taken: the same application, with its true petition,
// is then filed as new.
void TestServerApi::aPetitionIsRefusedUnlessTheMinistrySignedItForThisApplication()
{
    QFETCH(QString, refusal);
    QFETCH(QString, code);
    MinistrySite *site = ministrySite();
    QVERIFY(site);
    NewApplication application
        = Builders::application(City::Astana, QDateTime::currentDateTimeUtc().date());
    application.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    application.number = QStringLiteral("DNR-2026-81") + application.id.left(4);
    const QString number = QStringLiteral("PET-") + application.number;
    if (refusal == u"person")
        application.petition = petitionFor(application, site->person, number);
    else if (refusal == u"organisation")
        application.petition = petitionFor(application, site->organisation, number);
    else if (refusal == u"stranger") {
        auto root = makeCertificateAuthority(QStringLiteral("Someone's own root"));
        QVERIFY(root);
        auto forged = issueOrganisationSigningCertificate(*root,
                                                          QStringLiteral("Forger"),
                                                          u"870402300011"_qs,
                                                          QStringLiteral("ЦДИАӨМ"),
                                                          MinistryBin);
        QVERIFY(forged);
        application.petition = petitionFor(application, *forged, number);
    } else if (refusal == u"changed") {
        application.petition = petitionFor(application, site->reviewer, number);
        QByteArray &bytes = application.petition->signature;
        const qsizetype at = bytes.indexOf(application.applicant.iin.toLatin1());
        QVERIFY(at >= 0);
        bytes[at] = bytes[at] == '1' ? '2' : '1';
    } else if (refusal == u"other-applicant") {
        NewApplication someoneElse = application;
        someoneElse.applicant.iin = QStringLiteral("880721310009");
        application.petition = petitionFor(someoneElse, site->reviewer, number);
    } else if (refusal == u"number") {
        application.petition = petitionFor(application, site->reviewer, number + u'9');
        application.petition->number = number;
    } else if (refusal == u"garbage") {
        application.petition = PetitionSubmission{number, QByteArray("not a CMS signature")};
    }
    Client egov(*site->server);
    QCOMPARE(egov.signIn(QStringLiteral("egov")).status, 200);
    const Answer refused = egov.post(QStringLiteral("/api/v1/integration/egov/applications"),
                                     newApplicationToJson(application));
    QCOMPARE(refused.status, 422);
    QCOMPARE(refused.json.value(u"code").toString(), code);
    QVERIFY(!refused.json.value(u"message").toString().isEmpty());

    application.petition = petitionFor(application, site->reviewer, number);
    QCOMPARE(egov.post(QStringLiteral("/api/v1/integration/egov/applications"),
                       newApplicationToJson(application))
                 .status,
             201);
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
    // A name nobody has is answered the same way: a 423 does not tell which
    // user names exist.
    for (int i = 0; i < 4; ++i)
        QCOMPARE(client.signIn(QStringLiteral("nobody"), QStringLiteral("wrong password")).status,
                 401);
    const Answer unknown = client.signIn(QStringLiteral("nobody"));
    QCOMPARE(unknown.status, 423);
    QCOMPARE(unknown.json.value(u"code").toString(), QStringLiteral("locked"));
    static const QRegularExpression time(QStringLiteral("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d"));
    QCOMPARE(unknown.json.value(u"message")
                 .toString()
                 .replace(QStringLiteral("nobody"), QStringLiteral("NAME"))
                 .remove(time),
             locked.json.value(u"message")
                 .toString()
                 .replace(QStringLiteral("locked.out"), QStringLiteral("NAME"))
                 .remove(time));
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
    NewApplication application = freshApplication();
    application.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    application.number = freshNumber();
    Client officer(*m_server);
    officer.signIn(QStringLiteral("officer.astana"));
    QCOMPARE(officer
                 .post(QStringLiteral("/api/v1/integration/egov/applications"),
                       newApplicationToJson(application))
                 .status,
             403);

    Client egov(*m_server);
    QCOMPARE(egov.signIn(QStringLiteral("egov")).status, 200);
    QJsonObject broken = newApplicationToJson(application);
    broken.insert(QStringLiteral("priority"), QStringLiteral("urgent"));
    const Answer refused
        = egov.post(QStringLiteral("/api/v1/integration/egov/applications"), broken);
    QCOMPARE(refused.status, 400);
    QVERIFY(refused.json.value(u"message").toString().contains(QStringLiteral("priority")));

    const Answer filed = egov.post(QStringLiteral("/api/v1/integration/egov/applications"),
                                   newApplicationToJson(application));
    QCOMPARE(filed.status, 201);
    QCOMPARE(filed.json.value(u"caseId").toString(), application.id);
    QCOMPARE(filed.json.value(u"version").toInt(), 1);
    QCOMPARE(egov.post(QStringLiteral("/api/v1/integration/egov/applications"),
                       newApplicationToJson(application))
                 .status,
             409);
}

void TestServerApi::officesSeeOnlyTheirOwnCitysCases()
{
    const NewApplication filed = fileAnother(*m_server, freshApplication(), freshNumber());
    const auto ids = [](const Answer &page) {
        QStringList seen;
        for (const auto &value : page.json.value(u"cases").toArray())
            seen.append(value.toObject().value(u"id").toString());
        return seen;
    };
    Client astana(*m_server);
    astana.signIn(QStringLiteral("officer.astana"));
    const Answer mine = astana.get(QStringLiteral("/api/v1/changes?since=0&limit=5000"));
    QVERIFY(ids(mine).contains(filed.id));

    Client almaty(*m_server);
    almaty.signIn(QStringLiteral("officer.almaty"));
    const Answer other = almaty.get(QStringLiteral("/api/v1/changes?since=0&limit=5000"));
    QVERIFY(!ids(other).contains(filed.id));
    // The cursor still moves past it.
    QVERIFY(other.json.value(u"next").toInteger() >= mine.json.value(u"next").toInteger());

    // The ministry follows the petitions it signed in every city, and works none.
    Client ministry(*m_server);
    ministry.signIn(QStringLiteral("ministry.reviewer"));
    QVERIFY(
        ids(ministry.get(QStringLiteral("/api/v1/changes?since=0&limit=5000"))).contains(filed.id));
    const QJsonArray claimed
        = ministry
              .post(QStringLiteral("/api/v1/claims"),
                    {{QStringLiteral("claims"),
                      QJsonArray{QJsonObject{{QStringLiteral("caseId"), filed.id}}}}})
              .json.value(u"results")
              .toArray();
    QCOMPARE(claimed.at(0).toObject().value(u"code").toString(), QStringLiteral("claim.role"));
    const QJsonArray acted = ministry.commands(
        {command(QStringLiteral("register"),
                 filed.id,
                 1,
                 {{QStringLiteral("reference"), QStringLiteral("KQP-2026-0001")}})});
    QCOMPARE(acted.at(0).toObject().value(u"status").toString(), QStringLiteral("rejected"));
}

void TestServerApi::commandsApplyOnceAndRepeatAsDuplicates()
{
    const NewApplication filed = fileAnother(*m_server, freshApplication(), freshNumber());
    Client officer(*m_server);
    officer.signIn(QStringLiteral("officer.astana"));
    int version = 1;
    QJsonArray registration = verifyPreliminaryDocuments(filed.id, version);
    registration.append(command(QStringLiteral("register"),
                                filed.id,
                                version,
                                {{QStringLiteral("reference"), QStringLiteral("KQP-2026-0001")}}));

    const QJsonArray applied = officer.commands(registration);
    QCOMPARE(applied.size(), registration.size());
    for (qsizetype i = 0; i < applied.size(); ++i) {
        const QJsonObject result = applied.at(i).toObject();
        QVERIFY2(result.value(u"status").toString() == u"applied",
                 QJsonDocument(result).toJson().constData());
        QCOMPARE(result.value(u"version").toInt(), i + 2);
    }

    // The same batch again (a retry after a dropped connection): nothing is
    // applied twice, and every answer is what it was.
    const QJsonArray repeated = officer.commands(registration);
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
    const NewApplication filed = fileAnother(*m_server, freshApplication(), freshNumber());
    Client officer(*m_server);
    officer.signIn(QStringLiteral("officer.astana"));
    QCOMPARE(registered(officer, filed.id), 8);
    const QJsonArray results = officer.commands({signedBy(
        command(QStringLiteral("return-for-rework"),
                filed.id,
                1,
                {{QStringLiteral("reasonCodes"), QJsonArray{QStringLiteral("DOCS-INCOMPLETE")}}}),
        m_astanaKey)});
    const QJsonObject conflict = results.at(0).toObject();
    QCOMPARE(conflict.value(u"status").toString(), QStringLiteral("conflict"));
    QCOMPARE(conflict.value(u"version").toInt(), 8);
    auto current = caseFromJson(conflict.value(u"case").toObject());
    QVERIFY(current);
    QCOMPARE(current->state, CaseState::Registered);
    QCOMPARE(current->kqpNumber, QStringLiteral("KQP-2026-0001"));
    // Its signature was good, but the command was not applied: no evidence
    // of it is kept, as if it had been (issue 28, evidence with the decision).
    auto store = ServerStore::open(m_databaseUrl);
    QVERIFY(store);
    QSqlQuery kept((*store)->connection());
    QVERIFY(kept.prepare(
        QStringLiteral("SELECT COUNT(*) FROM signature_evidence WHERE command_id = ?")));
    kept.addBindValue(conflict.value(u"id").toString());
    QVERIFY(kept.exec() && kept.next());
    QCOMPARE(kept.value(0).toInt(), 0);
}

void TestServerApi::theLawRefusesWhatItRefuses()
{
    const NewApplication filed = fileAnother(*m_server, freshApplication(), freshNumber());
    Client officer(*m_server);
    officer.signIn(QStringLiteral("officer.astana"));
    QCOMPARE(registered(officer, filed.id), 8);
    Client almaty(*m_server);
    almaty.signIn(QStringLiteral("officer.almaty"));
    Client csc(*m_server);
    csc.signIn(QStringLiteral("csc.astana"));

    auto code = [](const QJsonArray &results) {
        return results.at(0).toObject().value(u"code").toString();
    };
    QCOMPARE(code(officer.commands(
                 {signedBy(command(QStringLiteral("approve-preliminarily"),
                                   filed.id,
                                   8,
                                   {{QStringLiteral("reference"), QStringLiteral("PP-1")}}),
                           m_astanaKey)})),
             QStringLiteral("workflow.state")); // no decision before NSC has answered
    QCOMPARE(code(officer.commands({command(QStringLiteral("send-to-nsc"), filed.id, 8, {})})),
             QStringLiteral("workflow.checks-pending"));
    QCOMPARE(code(csc.commands({command(QStringLiteral("send-to-nsc"), filed.id, 8, {})})),
             QStringLiteral("workflow.role"));
    QCOMPARE(code(almaty.commands({command(QStringLiteral("send-to-nsc"), filed.id, 8, {})})),
             QStringLiteral("case.not-found"));
    QCOMPARE(code(officer.commands({command(QStringLiteral("teleport"), filed.id, 8, {})})),
             QStringLiteral("command.type"));
    QCOMPARE(code(officer.commands(
                 {command(QStringLiteral("send-to-nsc"), QStringLiteral("' OR 1=1 --"), 8, {})})),
             QStringLiteral("case.not-found"));
    QJsonObject notUuid = command(QStringLiteral("send-to-nsc"), filed.id, 8, {});
    notUuid.insert(QStringLiteral("id"), QStringLiteral("1"));
    QCOMPARE(code(officer.commands({notUuid})), QStringLiteral("command.id"));
    QCOMPARE(
        code(officer.commands({command(QStringLiteral("record-check"),
                                       filed.id,
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
    const QJsonArray cases = officer.get(QStringLiteral("/api/v1/changes?since=0&limit=5000"))
                                 .json.value(u"cases")
                                 .toArray();
    const auto kept = std::find_if(cases.begin(), cases.end(), [&filed](const QJsonValue &c) {
        return c.toObject().value(u"id").toString() == filed.id;
    });
    QVERIFY(kept != cases.end());
    QCOMPARE(kept->toObject().value(u"version").toInt(), 8);
}

void TestServerApi::theLawComesWithTheFeed()
{
    Client officer(*m_server);
    officer.signIn(QStringLiteral("officer.astana"));
    const Answer law = officer.get(QStringLiteral("/api/v1/law"));
    QCOMPARE(law.status, 200);
    const QString version = law.json.value(u"version").toString();
    QCOMPARE(version.size(), 16);
    QCOMPARE(officer.get(QStringLiteral("/api/v1/changes?since=0")).json.value(u"law").toString(),
             version);
    // The same calendar and reasons the domain library counts with.
    auto data
        = CalendarData::fromJson(QJsonDocument(law.json.value(u"calendar").toObject()).toJson());
    QVERIFY2(data, qPrintable(data ? QString() : data.error().message));
    auto calendar = BusinessCalendar::fromData(*data);
    QVERIFY(calendar);
    QCOMPARE(calendar->workingDayCount(2025), 246);
    auto reasons
        = ReasonCatalog::fromJson(QJsonDocument(law.json.value(u"reasons").toObject()).toJson());
    QVERIFY(reasons);
    QVERIFY(reasons->find(QStringLiteral("DOCS-INCOMPLETE")));
    Client anonymous(*m_server);
    QCOMPARE(anonymous.get(QStringLiteral("/api/v1/law")).status, 401);
}

void TestServerApi::aSitesCalendarIsTheLawTheWorkstationsGet()
{
    // Holidays are set by decree each year: a site adds 2027 (Kurban Ait on
    // Monday 17 May) without a new build, and the server counts by it.
    QTemporaryDir site;
    QFile file(site.filePath(QStringLiteral("calendar.json")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(TestData::siteCalendar2027());
    file.close();

    ServerProcess siteServer(serverArguments()
                                 + QStringList{QStringLiteral("--calendar"), file.fileName()},
                             m_databaseUrl);
    QVERIFY(siteServer.start());
    Client officer(siteServer);
    officer.signIn(QStringLiteral("officer.astana"));
    const Answer law = officer.get(QStringLiteral("/api/v1/law"));
    QCOMPARE(law.status, 200);
    auto data
        = CalendarData::fromJson(QJsonDocument(law.json.value(u"calendar").toObject()).toJson());
    QVERIFY(data);
    auto counted = BusinessCalendar::fromData(*data);
    QVERIFY(counted);
    QVERIFY(counted->isConfirmed(2027));
    QVERIFY(!counted->isWorkingDay(QDate(2027, 5, 17)));
    QVERIFY(counted->isWorkingDay(QDate(2027, 5, 18)));
    // A new law version, so every workstation takes it at its next sync.
    Client before(*m_server);
    before.signIn(QStringLiteral("officer.astana"));
    const QString shipped
        = before.get(QStringLiteral("/api/v1/law")).json.value(u"version").toString();
    QVERIFY(!shipped.isEmpty());
    QVERIFY(law.json.value(u"version").toString() != shipped);
    QCOMPARE(officer.get(QStringLiteral("/api/v1/changes?since=0")).json.value(u"law").toString(),
             law.json.value(u"version").toString());

    // A broken calendar file stops the server with its name, before it serves anything.
    QFile broken(site.filePath(QStringLiteral("broken.json")));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("{\"format\": 1, \"years\": [");
    broken.close();
    const auto [code, error]
        = runServerToExit(serverArguments()
                          + QStringList{QStringLiteral("--port"),
                                        QStringLiteral("0"),
                                        QStringLiteral("--dev-cert"),
                                        m_server->folder() + QStringLiteral("/tls"),
                                        QStringLiteral("--database"),
                                        QStringLiteral("sqlite::memory:"),
                                        QStringLiteral("--calendar"),
                                        broken.fileName()});
    QCOMPARE(code, 1);
    QVERIFY2(error.contains(broken.fileName()), qPrintable(error));
}

void TestServerApi::changesResumeAfterTheCursor()
{
    const NewApplication filed = fileAnother(*m_server, freshApplication(), freshNumber());
    Client officer(*m_server);
    officer.signIn(QStringLiteral("officer.astana"));
    QCOMPARE(registered(officer, filed.id), 8);
    const qint64 before = officer.get(QStringLiteral("/api/v1/changes?since=0&limit=5000"))
                              .json.value(u"next")
                              .toInteger();
    const QJsonArray results
        = officer.commands({command(QStringLiteral("record-check"),
                                    filed.id,
                                    8,
                                    {{QStringLiteral("check"), QStringLiteral("idb")},
                                     {QStringLiteral("outcome"), QStringLiteral("clear")}})});
    QCOMPARE(results.at(0).toObject().value(u"status").toString(), QStringLiteral("applied"));
    const int made = results.at(0).toObject().value(u"version").toInt();
    QVERIFY(made >= 9); // on top of a notice's receipt, if one came meanwhile
    const Answer page
        = officer.get(QStringLiteral("/api/v1/changes?since=%1&limit=10").arg(before));
    const QJsonArray cases = page.json.value(u"cases").toArray();
    QCOMPARE(cases.size(), 1);
    QVERIFY(cases.at(0).toObject().value(u"version").toInt() >= made);
    const qint64 next = page.json.value(u"next").toInteger();
    QVERIFY(next >= before + 1);
    QVERIFY(officer.get(QStringLiteral("/api/v1/changes?since=%1").arg(next))
                .json.value(u"cases")
                .toArray()
                .isEmpty());
}

void TestServerApi::aLargePageGoesPacked()
{
    // A page of changes is megabytes of JSON on a first sync: it goes packed
    // to a client that takes it (Qt's takes zstd and gzip, and unpacks them
    // unasked), zstd first.
    for (const QString &number :
         {QStringLiteral("DNR-2026-000051"), QStringLiteral("DNR-2026-000052")})
        fileAnother(*m_server, freshApplication(), number);
    Client officer(*m_server);
    const QByteArray token = officer.signIn(QStringLiteral("officer.astana"))
                                 .json.value(u"token")
                                 .toString()
                                 .toLatin1();
    const Answer page = officer.get(QStringLiteral("/api/v1/changes?since=0"));
    QCOMPARE(page.status, 200);
    QVERIFY2(page.raw.size() >= 1024, "the page is too small to be worth packing");
    QVERIFY(!page.json.value(u"cases").toArray().isEmpty());

    QNetworkAccessManager manager;
    auto fetch = [&](const QByteArray &encodings) {
        QNetworkRequest request(
            QUrl(m_server->baseUrl() + QStringLiteral("/api/v1/changes?since=0")));
        request.setSslConfiguration(m_server->trustingConfiguration());
        request.setRawHeader("Authorization", "Bearer " + token);
        // Set by hand, the header leaves the body as it came.
        request.setRawHeader("Accept-Encoding", encodings);
        QNetworkReply *reply = manager.get(request);
        if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 30000))
            qFatal("no answer");
        reply->deleteLater();
        return std::pair{reply->rawHeader("Content-Encoding"), reply->readAll()};
    };
    const auto smaller = [&](const QByteArray &packed) {
        return packed.size() * 2 < page.raw.size();
    };
    // Unpacked here with the libraries themselves, not by Qt.
    const auto unzstd = [](const QByteArray &packed) {
        const auto size = ZSTD_getFrameContentSize(packed.constData(), size_t(packed.size()));
        if (size == ZSTD_CONTENTSIZE_ERROR || size == ZSTD_CONTENTSIZE_UNKNOWN)
            return QByteArray();
        QByteArray text(qsizetype(size), Qt::Uninitialized);
        const size_t done = ZSTD_decompress(
            text.data(), size_t(text.size()), packed.constData(), size_t(packed.size()));
        return ZSTD_isError(done) || done != size ? QByteArray() : text;
    };
    const auto gunzip = [](const QByteArray &packed) {
        z_stream stream{};
        if (inflateInit2(&stream, 15 + 16) != Z_OK)
            return QByteArray();
        QByteArray text;
        char buffer[16384];
        stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(packed.constData()));
        stream.avail_in = uInt(packed.size());
        int state = Z_OK;
        while (state == Z_OK) {
            stream.next_out = reinterpret_cast<Bytef *>(buffer);
            stream.avail_out = sizeof buffer;
            state = inflate(&stream, Z_NO_FLUSH);
            text.append(buffer, qsizetype(sizeof buffer - stream.avail_out));
        }
        inflateEnd(&stream);
        return state == Z_STREAM_END ? text : QByteArray();
    };
    // What Qt asks for by itself: zstd, its frame's magic number first.
    const auto [zstd, framed] = fetch("zstd, br, gzip, deflate");
    QCOMPARE(zstd, QByteArray("zstd"));
    QVERIFY(framed.startsWith("\x28\xb5\x2f\xfd"));
    QCOMPARE(unzstd(framed), page.raw);
    QVERIFY2(smaller(framed),
             qPrintable(QStringLiteral("%1 of %2").arg(framed.size()).arg(page.raw.size())));
    // gzip for a client without zstd, or one that weighs gzip higher.
    for (const QByteArray &gzipFirst : {QByteArray("gzip, deflate"),
                                        QByteArray("zstd;q=0.5, gzip"),
                                        QByteArray("zstd;q=0, gzip")}) {
        const auto [gzip, packed] = fetch(gzipFirst);
        QCOMPARE(gzip, QByteArray("gzip"));
        QVERIFY(packed.startsWith("\x1f\x8b"));
        QVERIFY(smaller(packed));
        QCOMPARE(gunzip(packed), page.raw);
    }
    // A client that takes neither gets the text, the same as Qt unpacked.
    for (const QByteArray &refusing : {QByteArray("identity"),
                                       QByteArray("gzip;q=0"),
                                       QByteArray("br, GZIP ; q=0.0, zstd;q=0")}) {
        const auto [none, text] = fetch(refusing);
        QVERIFY(none.isEmpty());
        QCOMPARE(text, page.raw);
    }
}

void TestServerApi::decisionsCarryTheirOfficersOwnSignature()
{
    // A second application, to be returned for rework: a decision.
    const NewApplication second
        = fileAnother(*m_server, freshApplication(), QStringLiteral("DNR-2026-000002"));
    Client officer(*m_server);
    officer.signIn(QStringLiteral("officer.astana"));
    const QJsonObject decision
        = command(QStringLiteral("return-for-rework"),
                  second.id,
                  1,
                  {{QStringLiteral("reasonCodes"), QJsonArray{QStringLiteral("DOCS-INCOMPLETE")}}});
    auto code = [&officer](const QJsonObject &sent) {
        return officer.commands({sent}).at(0).toObject().value(u"code").toString();
    };

    QCOMPARE(code(decision), QStringLiteral("signature.missing"));
    // A colleague's key is another person's (their IIN); a second key of the
    // officer's own that nobody registered is not theirs either; their
    // authentication key is not for signing (issue 28).
    QCOMPARE(code(signedBy(decision, m_almatyKey)), QStringLiteral("signature.other-person"));
    QFile caCertificate(m_server->folder() + QStringLiteral("/tls/signing-ca.pem"));
    QFile caKey(m_server->folder() + QStringLiteral("/tls/signing-ca-key.pem"));
    QVERIFY(caCertificate.open(QIODevice::ReadOnly) && caKey.open(QIODevice::ReadOnly));
    const PemPair authority{caCertificate.readAll(), caKey.readAll()};
    const QString iin = Builders::staffIin(QStringLiteral("officer.astana"));
    auto unregistered = issueSigningCertificate(authority, QStringLiteral("officer.astana"), iin);
    QVERIFY(unregistered);
    QCOMPARE(code(signedBy(decision, *unregistered)), QStringLiteral("signature.not-yours"));
    auto signIn = issueAuthenticationCertificate(authority, QStringLiteral("officer.astana"), iin);
    QVERIFY(signIn);
    QCOMPARE(code(signedBy(decision, *signIn)), QStringLiteral("signature.key-usage"));
    QJsonObject altered = signedBy(decision, m_astanaKey);
    altered.insert(QStringLiteral("payload"),
                   QJsonObject{{QStringLiteral("reasonCodes"),
                                QJsonArray{QStringLiteral("DOCS-NONCOMPLIANT")}}});
    QCOMPARE(code(altered), QStringLiteral("signature.invalid"));
    auto stranger = makeCertificateAuthority(QStringLiteral("Not the ministry"));
    QVERIFY(stranger);
    auto forged = issueSigningCertificate(*stranger,
                                          QStringLiteral("officer.astana"),
                                          Builders::staffIin(QStringLiteral("officer.astana")));
    QVERIFY(forged);
    QCOMPARE(code(signedBy(decision, *forged)), QStringLiteral("signature.unknown-issuer"));
    QJsonObject garbage = decision;
    garbage.insert(QStringLiteral("signature"), QStringLiteral("!!not base64!!"));
    QCOMPARE(code(garbage), QStringLiteral("command.signature"));

    // Trusted time (issue 28): a decision signed online carries the site
    // TSA's token over its signature. One from a TSA this site does not
    // trust is refused; one whose time is ten minutes from the act's own is
    // refused; nothing is applied.
    const QDateTime madeAt = QDateTime::currentDateTimeUtc();
    QJsonObject dated = decision;
    dated.insert(QStringLiteral("madeAt"), madeAt.toString(Qt::ISODate));
    const auto stamped = [&](const PemPair &tsa, const QDateTime &at) {
        QJsonObject json = signedBy(dated, m_astanaKey);
        const QByteArray cms
            = QByteArray::fromBase64(json.value(u"signature").toString().toLatin1());
        const auto request = timestampRequest(*signatureValue(cms));
        const auto token = tokenOfResponse(*issueTimestamp(*request, tsa, at, 7));
        json.insert(QStringLiteral("signature"),
                    QString::fromLatin1(addSignatureTimestamp(cms, *token)->toBase64()));
        return json;
    };
    auto strangersTsa = makeTimestampAuthority(*stranger, QStringLiteral("Not the site's TSA"));
    QVERIFY(strangersTsa);
    QCOMPARE(code(stamped(*strangersTsa, madeAt)), QStringLiteral("timestamp.untrusted-tsa"));
    QFile archive(m_server->folder() + QStringLiteral("/tls/archive-tsa.pem"));
    QVERIFY(archive.open(QIODevice::ReadOnly));
    const QByteArray archivePem = archive.readAll();
    const qsizetype keyAt = archivePem.indexOf("-----BEGIN PRIVATE KEY-----");
    const PemPair siteTsa{archivePem.left(keyAt), archivePem.mid(keyAt)};
    QCOMPARE(code(stamped(siteTsa, madeAt.addSecs(10 * 60))),
             QStringLiteral("timestamp.time-disagrees"));

    // Revocation (issue 28): a key of the officer's revoked an hour before
    // the decision is refused, and so is any decision while the list is out
    // of date; the registered key goes back as it was.
    {
        auto store = ServerStore::open(m_databaseUrl);
        QVERIFY(store);
        UserStore users(**store);
        auto revoked = issueSigningCertificate(authority, QStringLiteral("officer.astana"), iin);
        QVERIFY(revoked);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY(users.setSigningCertificate(
            QStringLiteral("officer.astana"), revoked->certificate, now));
        QVERIFY(writeCrl({{*serialOf(revoked->certificate), now.addSecs(-3600)}}));
        QCOMPARE(code(signedBy(decision, *revoked)), QStringLiteral("revocation.revoked"));
        // Dated before the revocation, but outside the window an act made
        // offline has (72 hours): checked as received, and refused.
        QJsonObject backdated = decision;
        backdated.insert(QStringLiteral("madeAt"), now.addDays(-5).toString(Qt::ISODate));
        QCOMPARE(code(signedBy(backdated, *revoked)), QStringLiteral("revocation.revoked"));
        QVERIFY(users.setSigningCertificate(
            QStringLiteral("officer.astana"), m_astanaKey.certificate, now));
        QVERIFY(writeCrl({}, true));
        QCOMPARE(code(signedBy(decision, m_astanaKey)), QStringLiteral("revocation.crl-stale"));
        QVERIFY(writeCrl({}));
    }

    // None of those touched the case; the officer's own signature applies it.
    const QJsonObject result = officer.commands({signedBy(decision, m_astanaKey)}).at(0).toObject();
    QVERIFY2(result.value(u"status").toString() == u"applied",
             QJsonDocument(result).toJson().constData());
    QCOMPARE(result.value(u"version").toInt(), 2);
    // Signed offline (no token): the server stamped it on receipt, and the
    // case's decisions say so, with the token inside the kept signature.
    const Answer decisions
        = officer.get(QStringLiteral("/api/v1/cases/%1/decisions").arg(second.id));
    QCOMPARE(decisions.status, 200);
    const QJsonObject kept = decisions.json.value(u"decisions").toArray().last().toObject();
    QCOMPARE(kept.value(u"timeSource").toString(), QStringLiteral("archive"));
    const QDateTime trustedAt
        = QDateTime::fromString(kept.value(u"trustedAt").toString(), Qt::ISODate);
    QVERIFY(qAbs(trustedAt.secsTo(QDateTime::currentDateTimeUtc())) < 120);
    const QByteArray keptSignature
        = QByteArray::fromBase64(kept.value(u"signature").toString().toLatin1());
    QVERIFY(signatureTimestampToken(keptSignature)->has_value());

    // Exported, the decision verifies with the plain openssl command, and an
    // edited copy does not.
    // The site's trusted chain, as the server reads its --signing-ca: the
    // demo root and the intermediate under it.
    QTemporaryDir out;
    QFile bundle(out.filePath(QStringLiteral("site-authorities.pem")));
    QFile root(m_server->folder() + QStringLiteral("/tls/signing-root.pem"));
    QFile intermediate(m_server->folder() + QStringLiteral("/tls/signing-ca.pem"));
    QVERIFY(bundle.open(QIODevice::WriteOnly) && root.open(QIODevice::ReadOnly)
            && intermediate.open(QIODevice::ReadOnly));
    bundle.write(root.readAll() + intermediate.readAll());
    bundle.close();
    QString printed;
    QCOMPARE(run(QStringLiteral(KEZEKCTL_PATH),
                 {QStringLiteral("export"),
                  QStringLiteral("decisions"),
                  QStringLiteral("--database"),
                  m_databaseUrl,
                  QStringLiteral("--case"),
                  second.id,
                  QStringLiteral("--out"),
                  out.path(),
                  QStringLiteral("--authority"),
                  bundle.fileName()},
                 &printed),
             0);
    const QString id = decision.value(u"id").toString();
    QVERIFY2(printed.contains(id), qPrintable(printed));
    const QStringList verify = {QStringLiteral("cms"),
                                QStringLiteral("-verify"),
                                QStringLiteral("-binary"),
                                QStringLiteral("-inform"),
                                QStringLiteral("DER"),
                                QStringLiteral("-in"),
                                out.filePath(id + QStringLiteral(".p7s")),
                                QStringLiteral("-content"),
                                out.filePath(id + QStringLiteral(".json")),
                                // The authorities and the CRL the server checked
                                // it by, kept with it.
                                QStringLiteral("-CAfile"),
                                out.filePath(id + QStringLiteral(".trust.pem")),
                                QStringLiteral("-crl_check"),
                                QStringLiteral("-out"),
                                QStringLiteral("/dev/null")};
    QVERIFY2(run(QStringLiteral("openssl"), verify, &printed) == 0, qPrintable(printed));
    QVERIFY2(printed.contains(QStringLiteral("Verification successful")), qPrintable(printed));
    // Its trusted time, apart: the server's stamp on receipt over the
    // signature's value, checked by openssl ts against the site's authorities.
    const QStringList stamp = {QStringLiteral("ts"),
                               QStringLiteral("-verify"),
                               QStringLiteral("-token_in"),
                               QStringLiteral("-in"),
                               out.filePath(id + QStringLiteral(".tst")),
                               QStringLiteral("-data"),
                               out.filePath(id + QStringLiteral(".sigvalue")),
                               QStringLiteral("-CAfile"),
                               bundle.fileName()};
    QVERIFY2(run(QStringLiteral("openssl"), stamp, &printed) == 0, qPrintable(printed));
    QVERIFY2(printed.contains(QStringLiteral("Verification: OK")), qPrintable(printed));
    QFile value(out.filePath(id + QStringLiteral(".sigvalue")));
    QVERIFY(value.open(QIODevice::Append));
    value.write("x"); // another signature's value: the token does not cover it
    value.close();
    QVERIFY(run(QStringLiteral("openssl"), stamp) != 0);
    QFile exported(out.filePath(id + QStringLiteral(".json")));
    QVERIFY(exported.open(QIODevice::ReadWrite));
    QByteArray text = exported.readAll();
    QVERIFY(text.contains("DOCS-INCOMPLETE"));
    text.replace("DOCS-INCOMPLETE", "DOCS-INCOMPLETF");
    QVERIFY(exported.seek(0) && exported.write(text) == text.size());
    exported.close();
    QVERIFY(run(QStringLiteral("openssl"), verify) != 0);
}

void TestServerApi::scansAreAddressedByTheirHashAndGuardedByTheirCase()
{
    const NewApplication filed = fileAnother(*m_server, freshApplication(), freshNumber());
    Client csc(*m_server);
    csc.signIn(QStringLiteral("csc.astana"));
    const QString hash = sha256Of(Png);
    auto upload = [&](Client &client,
                      const QString &address,
                      const QByteArray &bytes,
                      const QByteArray &type,
                      const QString &name = QStringLiteral("паспорт түпнұсқа.png")) {
        return client.send(
            "PUT",
            QStringLiteral("/api/v1/documents/%1?case=%2&name=%3")
                .arg(address, filed.id, QString::fromLatin1(QUrl::toPercentEncoding(name))),
            bytes,
            type);
    };

    // What is refused stores nothing, and says why.
    QCOMPARE(upload(csc, sha256Of(Pdf), Png, "image/png").json.value(u"code").toString(),
             QStringLiteral("hash-mismatch"));
    QCOMPARE(upload(csc, hash, Png, "text/plain").status, 415);
    QCOMPARE(upload(csc, sha256Of(Pdf), Pdf, "image/png").json.value(u"code").toString(),
             QStringLiteral("unsupported-document")); // a PDF called a PNG
    QCOMPARE(upload(csc, QStringLiteral("..%2F..%2Fetc%2Fpasswd"), Png, "image/png")
                 .json.value(u"code")
                 .toString(),
             QStringLiteral("bad-hash"));
    QCOMPARE(upload(csc, hash.toUpper(), Png, "image/png").status, 400);
    for (const QString &name : {QStringLiteral("../../etc/passwd"),
                                QStringLiteral("..\\boot.ini"),
                                QStringLiteral(".bashrc"),
                                QStringLiteral("scan\u0001.png")}) {
        QCOMPARE(upload(csc, hash, Png, "image/png", name).json.value(u"code").toString(),
                 QStringLiteral("bad-name"));
    }
    const QByteArray big = Pdf + QByteArray(1100000, ' ');
    // Over --max-document: refused from its headers (413, or the connection
    // closed under the rest of the body, as tst_serverhttp shows byte by byte).
    const int oversize = upload(csc, sha256Of(big), big, "application/pdf").status;
    QVERIFY2(oversize == 413 || oversize == 0, qPrintable(QString::number(oversize)));
    Client anonymous(*m_server);
    QCOMPARE(upload(anonymous, hash, Png, "image/png").status, 401);
    Client almaty(*m_server);
    almaty.signIn(QStringLiteral("officer.almaty"));
    QCOMPARE(upload(almaty, hash, Png, "image/png").json.value(u"code").toString(),
             QStringLiteral("case.not-found"));
    Client officer(*m_server);
    officer.signIn(QStringLiteral("officer.astana"));
    const QString list = QStringLiteral("/api/v1/cases/%1/documents").arg(filed.id);
    QVERIFY(officer.get(list).json.value(u"documents").toArray().isEmpty());
    const qint64 before = officer.get(QStringLiteral("/api/v1/changes?since=0&limit=5000"))
                              .json.value(u"next")
                              .toInteger();

    // Stored once; the same upload again changes nothing.
    const Answer stored = upload(csc, hash, Png, "image/png");
    QCOMPARE(stored.status, 201);
    QCOMPARE(stored.json.value(u"size").toInteger(), Png.size());
    QCOMPARE(upload(csc, hash, Png, "image/png").status, 200);
    const QJsonArray documents = officer.get(list).json.value(u"documents").toArray();
    QCOMPARE(documents.size(), 1);
    QCOMPARE(documents.at(0).toObject().value(u"name").toString(),
             QStringLiteral("паспорт түпнұсқа.png"));
    QCOMPARE(documents.at(0).toObject().value(u"uploadedBy").toString(),
             QStringLiteral("csc.astana"));

    // Downloaded by its hash, byte for byte, by whoever may see the case only.
    const Answer download = officer.get(QStringLiteral("/api/v1/documents/") + hash);
    QCOMPARE(download.status, 200);
    QCOMPARE(download.raw, Png);
    QCOMPARE(download.contentType, QByteArray("image/png"));
    QCOMPARE(almaty.get(QStringLiteral("/api/v1/documents/") + hash).status, 404);
    QCOMPARE(almaty.get(list).status, 404);
    QCOMPARE(officer.get(QStringLiteral("/api/v1/documents/") + sha256Of(Pdf)).status, 404);

    // The changes feed brings the scan's metadata to whoever may see its case,
    // once, in order with the cases.
    const QString changes = QStringLiteral("/api/v1/changes?since=%1").arg(before);
    const Answer page = officer.get(changes);
    const QJsonArray scans = page.json.value(u"documents").toArray();
    QCOMPARE(scans.size(), 1);
    QCOMPARE(scans.at(0).toObject().value(u"sha256").toString(), hash);
    // (A notice reaching its cabinet meanwhile may add a case's revision.)
    const qint64 next = page.json.value(u"next").toInteger();
    QVERIFY(next >= before + 1);
    QVERIFY(officer.get(QStringLiteral("/api/v1/changes?since=%1").arg(next))
                .json.value(u"documents")
                .toArray()
                .isEmpty());
    const Answer elsewhere = almaty.get(changes);
    QVERIFY(elsewhere.json.value(u"documents").toArray().isEmpty());
    QVERIFY(elsewhere.json.value(u"next").toInteger() >= before + 1); // moved past it all the same
}

void TestServerApi::eachIntegrationSpeaksOnlyForItself()
{
    const NewApplication third
        = fileAnother(*m_server, freshApplication(), QStringLiteral("DNR-2026-000003"));
    Client kqp(*m_server);
    kqp.signIn(QStringLiteral("kqp"));
    Client nsc(*m_server);
    nsc.signIn(QStringLiteral("nsc"));
    Client checks(*m_server);
    checks.signIn(QStringLiteral("checks"));
    Client officer(*m_server);
    officer.signIn(QStringLiteral("officer.astana"));
    auto say = [](Client &client, const QString &integration, const QJsonObject &message) {
        return client.post(QStringLiteral("/api/v1/integration/%1/commands").arg(integration),
                           {{QStringLiteral("commands"), QJsonArray{message}}});
    };
    // Integrations answer for the case as it stands: no base version.
    auto message = [&third](const QString &type, const QJsonObject &payload) {
        return QJsonObject{
            {QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
            {QStringLiteral("type"), type},
            {QStringLiteral("caseId"), third.id},
            {QStringLiteral("payload"), payload}};
    };
    auto result = [](const Answer &answer) {
        return answer.json.value(u"results").toArray().at(0).toObject();
    };
    const QJsonObject number
        = message(QStringLiteral("assign-kqp-number"),
                  {{QStringLiteral("number"), QStringLiteral("KQP-2026-0777")}});

    // Another system's credential, or a person's, does not speak for КҚП АЖ.
    QCOMPARE(say(nsc, QStringLiteral("kqp"), number).status, 403);
    QCOMPARE(say(officer, QStringLiteral("kqp"), number).status, 403);
    QCOMPARE(say(kqp, QStringLiteral("teleport"), number).status, 403);
    // Nor does a system's credential bypass its route on the officers' one.
    QJsonObject sideways
        = message(QStringLiteral("record-nsc-answer"), {{QStringLiteral("nscApproved"), true}});
    sideways.insert(QStringLiteral("baseVersion"), 1);
    QCOMPARE(kqp.post(QStringLiteral("/api/v1/commands"),
                      {{QStringLiteral("commands"), QJsonArray{sideways}}})
                 .status,
             403);
    // КҚП АЖ says only what КҚП АЖ says.
    QCOMPARE(result(say(kqp,
                        QStringLiteral("kqp"),
                        message(QStringLiteral("record-check"),
                                {{QStringLiteral("check"), QStringLiteral("idb")},
                                 {QStringLiteral("outcome"), QStringLiteral("clear")}})))
                 .value(u"code")
                 .toString(),
             QStringLiteral("integration.type"));
    // And a person may not give the number.
    QJsonObject asOfficer = number;
    asOfficer.insert(QStringLiteral("baseVersion"), 1);
    QCOMPARE(officer.commands({asOfficer}).at(0).toObject().value(u"code").toString(),
             QStringLiteral("workflow.role"));

    QCOMPARE(result(say(kqp, QStringLiteral("kqp"), number)).value(u"status").toString(),
             QStringLiteral("applied"));
    QCOMPARE(result(say(kqp, QStringLiteral("kqp"), number)).value(u"status").toString(),
             QStringLiteral("duplicate"));

    // The officer verifies and registers without typing the number.
    int version = 2;
    QJsonArray registration = verifyPreliminaryDocuments(third.id, version);
    registration.append(command(QStringLiteral("register"), third.id, version, {}));
    const QJsonArray registered = officer.commands(registration);
    QCOMPARE(registered.last().toObject().value(u"status").toString(), QStringLiteral("applied"));

    for (const char *check : {"idb", "criminal-records"}) {
        QCOMPARE(result(say(checks,
                            QStringLiteral("checks"),
                            message(QStringLiteral("record-check"),
                                    {{QStringLiteral("check"), QString::fromLatin1(check)},
                                     {QStringLiteral("outcome"), QStringLiteral("clear")},
                                     {QStringLiteral("reference"), QStringLiteral("IDB-1")}})))
                     .value(u"status")
                     .toString(),
                 QStringLiteral("applied"));
    }
    const QJsonObject sent
        = officer.commands({command(QStringLiteral("send-to-nsc"), third.id, version + 3, {})})
              .at(0)
              .toObject();
    QVERIFY2(sent.value(u"status").toString() == u"applied",
             QJsonDocument(sent).toJson().constData());
    QCOMPARE(result(say(nsc,
                        QStringLiteral("nsc"),
                        message(QStringLiteral("record-nsc-answer"),
                                {{QStringLiteral("nscApproved"), true},
                                 {QStringLiteral("reference"), QStringLiteral("BERKUT-9")}})))
                 .value(u"status")
                 .toString(),
             QStringLiteral("applied"));

    const QJsonArray cases = officer.get(QStringLiteral("/api/v1/changes?since=0&limit=5000"))
                                 .json.value(u"cases")
                                 .toArray();
    std::optional<Case> now;
    for (const auto &value : cases) {
        if (value.toObject().value(u"id").toString() == third.id)
            now = *caseFromJson(value.toObject());
    }
    QVERIFY(now);
    QCOMPARE(now->kqpNumber, QStringLiteral("KQP-2026-0777"));
    QCOMPARE(now->state, CaseState::DecisionDue);
    QCOMPARE(now->nscApproved, std::optional<bool>(true));
}

void TestServerApi::noticesReachTheApplicantsCabinet()
{
    // A return for rework the officer signs owes the applicant a notice (§12).
    Client anyone(*m_server);
    const auto metric = [&anyone](const QByteArray &name) {
        const QByteArray metrics = anyone.get(QStringLiteral("/metrics")).raw;
        for (const QByteArray &line : metrics.split('\n')) {
            if (line.startsWith(QByteArray(name + ' ')))
                return line.mid(name.size() + 1).toLongLong();
        }
        return -1LL;
    };
    // Earlier notices (of other tests' cases) delivered first.
    QVERIFY(QTest::qWaitFor([&] { return metric("kezek_notices_pending") == 0; }, 15000));
    const qint64 deliveredBefore = metric("kezek_notices_delivered");
    const NewApplication returned = fileAnother(*m_server, freshApplication(), freshNumber());
    Client officer(*m_server);
    officer.signIn(QStringLiteral("officer.astana"));
    const QJsonObject decision = signedBy(
        command(QStringLiteral("return-for-rework"),
                returned.id,
                1,
                {{QStringLiteral("reasonCodes"), QJsonArray{QStringLiteral("DOCS-INCOMPLETE")}}}),
        m_astanaKey);
    QCOMPARE(officer.commands({decision}).at(0).toObject().value(u"status").toString(),
             QStringLiteral("applied"));

    // The applicant's cabinet holds the notices of all their applications.
    const QDir cabinet(m_cabinets.path() + QLatin1Char('/') + returned.applicant.iin);
    const auto noticesOfCase = [&] {
        QList<QJsonObject> notices;
        for (const QString &name : cabinet.entryList({QStringLiteral("*.json")})) {
            QFile file(cabinet.filePath(name));
            if (!file.open(QIODevice::ReadOnly))
                continue;
            const QJsonObject notice = QJsonDocument::fromJson(file.readAll()).object();
            if (notice.value(u"caseNumber").toString() == returned.number)
                notices.append(notice);
        }
        return notices;
    };
    QVERIFY(QTest::qWaitFor([&] { return !noticesOfCase().isEmpty(); }, 15000));
    const QJsonObject notice = noticesOfCase().constFirst();
    QCOMPARE(notice.value(u"reasonCodes").toArray(), QJsonArray{QStringLiteral("DOCS-INCOMPLETE")});
    QCOMPARE(notice.value(u"language").toString(), returned.applicant.language);

    // Delivered once, and counted so.
    QTest::qWait(1500);
    QCOMPARE(noticesOfCase().size(), 1);
    QCOMPARE(metric("kezek_notices_pending"), 0);
    QCOMPARE(metric("kezek_notices_delivered"), deliveredBefore + 1);
}

void TestServerApi::theSitesTsaStampsWhatAnOfficerAsksAndNothingElse()
{
    // Issue 28, trusted time: a workstation sending a decision just signed
    // asks the site's TSA (RFC 3161 over HTTP) for a token over the
    // signature's value; the server's own TSA answers, for staff only.
    const QByteArray signatureValue = QByteArrayLiteral("the value of an officer's signature");
    const auto request = timestampRequest(signatureValue);
    QVERIFY(request);
    const QString path = QStringLiteral("/api/v1/timestamp");
    Client stranger(*m_server);
    QCOMPARE(stranger.send("POST", path, *request, "application/timestamp-query").status, 401);
    Client egov(*m_server);
    egov.signIn(QStringLiteral("egov"));
    QCOMPARE(egov.send("POST", path, *request, "application/timestamp-query").status, 403);

    Client officer(*m_server);
    officer.signIn(QStringLiteral("officer.astana"));
    const Answer granted = officer.send("POST", path, *request, "application/timestamp-query");
    QCOMPARE(granted.status, 200);
    QCOMPARE(granted.contentType, QByteArray("application/timestamp-reply"));
    const auto token = tokenOfResponse(granted.raw);
    QVERIFY2(token, qPrintable(token ? QString() : token.error().message));
    QFile archive(m_server->folder() + QStringLiteral("/tls/archive-tsa.pem"));
    QVERIFY(archive.open(QIODevice::ReadOnly));
    const QByteArray archivePem = archive.readAll();
    const QByteArray tsaCertificate = archivePem.left(archivePem.indexOf("-----BEGIN PRIVATE KEY"));
    const auto time = verifyTimestampToken(*token, signatureValue, {tsaCertificate});
    QVERIFY2(time, qPrintable(time ? QString() : time.error().message));
    QVERIFY(qAbs(time->at.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    // The token is over what was asked, not over anything else.
    QCOMPARE(verifyTimestampToken(*token, "another signature", {tsaCertificate}).error().code,
             QStringLiteral("timestamp.not-covering"));

    // Not a request, or not sent as one: a clear refusal, nothing stamped.
    const Answer garbage
        = officer.send("POST", path, "not a TimeStampReq", "application/timestamp-query");
    QCOMPARE(garbage.status, 400);
    QCOMPARE(garbage.json.value(u"code").toString(), QStringLiteral("timestamp.malformed-request"));
    const Answer json = officer.send("POST", path, *request, "application/json");
    QCOMPARE(json.status, 415);
}

void TestServerApi::everyCommandReadAndSignInIsInAnIntactAuditChain()
{
    auto store = ServerStore::open(m_databaseUrl);
    QVERIFY(store);
    const auto counted = [&store] {
        QSqlQuery query((*store)->connection());
        QHash<QString, int> counts;
        if (!query.exec(QStringLiteral("SELECT action, COUNT(*) FROM audit_log GROUP BY action")))
            return counts;
        while (query.next())
            counts.insert(query.value(0).toString(), query.value(1).toInt());
        return counts;
    };
    const QHash<QString, int> before = counted();

    // One application, a sign-in refused and one made, a command applied and
    // the same again, one refused, a scan stored and read, cases read.
    const NewApplication filed = fileAnother(*m_server, freshApplication(), freshNumber());
    Client officer(*m_server);
    QCOMPARE(officer.signIn(QStringLiteral("officer.astana"), QStringLiteral("wrong")).status, 401);
    QCOMPARE(officer.signIn(QStringLiteral("officer.astana")).status, 200);
    int version = 1;
    const QJsonArray verified = verifyPreliminaryDocuments(filed.id, version);
    const QJsonArray one{verified.at(0)};
    QCOMPARE(officer.commands(one).at(0).toObject().value(u"status").toString(),
             QStringLiteral("applied"));
    QCOMPARE(officer.commands(one).at(0).toObject().value(u"status").toString(),
             QStringLiteral("duplicate"));
    QCOMPARE(officer.commands({command(QStringLiteral("send-to-nsc"), filed.id, 2, {})})
                 .at(0)
                 .toObject()
                 .value(u"status")
                 .toString(),
             QStringLiteral("rejected"));
    Client csc(*m_server);
    QCOMPARE(csc.signIn(QStringLiteral("csc.astana")).status, 200);
    const QString hash = sha256Of(Png);
    QVERIFY(
        csc.send("PUT",
                 QStringLiteral("/api/v1/documents/%1?case=%2&name=scan.png").arg(hash, filed.id),
                 Png,
                 "image/png")
            .status
        < 300);
    QCOMPARE(officer.get(QStringLiteral("/api/v1/documents/") + hash).status, 200);
    QCOMPARE(officer.get(QStringLiteral("/api/v1/changes?since=0")).status, 200);

    auto verdict = AuditLog(**store).verify();
    QVERIFY(verdict);
    QVERIFY2(!verdict->firstBroken, qPrintable(verdict->problem));
    const QHash<QString, int> after = counted();
    const auto added = [&](const char *action) {
        const QString name = QString::fromLatin1(action);
        return after.value(name) - before.value(name);
    };
    QCOMPARE(added("intake"), 1);
    // No duplicate, and nothing for what was refused.
    QCOMPARE(added("command"), 1);
    QCOMPARE(added("login"), 3); // the integration's, the officer's, the operator's
    QCOMPARE(added("login-failed"), 1);
    // A scan stored once (another test may have stored the same bytes first).
    QVERIFY(added("upload-document") <= 1);
    QCOMPARE(added("read-document"), 1);
    // Reads are kept compactly, before the answer, and enter the chain when
    // their period is over (readsAreAuditedCompactlyBeforeTheAnswer).
    QSqlQuery query((*store)->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM audit_reads")) && query.next());
    QVERIFY(query.value(0).toInt() >= 1);
}

void TestServerApi::theSimulatedWorldFilesScansAndAnswers()
{
    // The ministry's reviewer sees both cities' cases, as the simulator files both.
    Client officer(*m_server);
    officer.signIn(QStringLiteral("ministry.reviewer"));
    const Answer known = officer.get(QStringLiteral("/api/v1/changes?since=0&limit=5000"));
    const qint64 before = known.json.value(u"next").toInteger();
    // The cases other tests filed, whose revisions a notice may move.
    QSet<QString> earlier;
    for (const auto &value : known.json.value(u"cases").toArray())
        earlier.insert(value.toObject().value(u"id").toString());
    const QString ca = m_server->folder() + QStringLiteral("/tls/cert.pem");
    auto kezekctl = [&](const QStringList &arguments, QString *printed) -> int {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("KEZEK_PASSWORD"), Password);
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(KEZEKCTL_PATH), arguments);
        process.waitForFinished(120000);
        *printed
            = QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
        if (process.exitCode() != 0)
            qWarning("kezekctl %s: %s", qPrintable(arguments.join(u' ')), qPrintable(*printed));
        if (process.exitCode() != 0)
            qWarning().noquote() << *printed;
        return process.exitCode();
    };
    QString printed;
    QCOMPARE(kezekctl({QStringLiteral("simulate"),
                       QStringLiteral("--server"),
                       m_server->baseUrl(),
                       QStringLiteral("--ca"),
                       ca,
                       QStringLiteral("--user"),
                       QStringLiteral("egov"),
                       QStringLiteral("--count"),
                       QStringLiteral("6"),
                       QStringLiteral("--faults"),
                       QStringLiteral("0"),
                       QStringLiteral("--scans"),
                       QStringLiteral("--ministry-key"),
                       m_server->folder() + QStringLiteral("/tls/ministry-signer.pem")},
                      &printed),
             0);
    QVERIFY2(printed.contains(QStringLiteral("filed 6 applications")), qPrintable(printed));

    // Each filed case has a real scan of each filed document.
    auto newCases = [&] {
        QList<Case> cases;
        const QJsonArray page
            = officer.get(QStringLiteral("/api/v1/changes?since=%1&limit=5000").arg(before))
                  .json.value(u"cases")
                  .toArray();
        for (const auto &value : page) {
            const Case c = *caseFromJson(value.toObject());
            if (!earlier.contains(c.id))
                cases.append(c);
        }
        return cases;
    };
    QList<Case> filed = newCases();
    QCOMPARE(filed.size(), 6);
    for (const Case &c : std::as_const(filed)) {
        // §8: each with the petition the demo ministry signed, verified at intake.
        QVERIFY(c.petition);
        QCOMPARE(c.petition->number, QStringLiteral("PET-") + c.number);
        QCOMPARE(c.preliminaryDocuments.item(DocumentType::Petition)->status,
                 DocumentStatus::Verified);
        const QJsonArray documents
            = officer.get(QStringLiteral("/api/v1/cases/%1/documents").arg(c.id))
                  .json.value(u"documents")
                  .toArray();
        QCOMPARE(documents.size(), c.preliminaryDocuments.items().size());
        for (const auto &document : documents) {
            const QJsonObject info = document.toObject();
            const Answer scan = officer.get(QStringLiteral("/api/v1/documents/")
                                            + info.value(u"sha256").toString());
            QCOMPARE(scan.status, 200);
            QCOMPARE(sha256Of(scan.raw), info.value(u"sha256").toString());
        }
    }

    // One round of the outside world: КҚП АЖ numbers every received case.
    QCOMPARE(kezekctl({QStringLiteral("simulate"),
                       QStringLiteral("answer"),
                       QStringLiteral("--server"),
                       m_server->baseUrl(),
                       QStringLiteral("--ca"),
                       ca,
                       QStringLiteral("--delay"),
                       QStringLiteral("0"),
                       QStringLiteral("--rounds"),
                       QStringLiteral("1")},
                      &printed),
             0);
    QVERIFY2(printed.contains(QStringLiteral("kqp ")), qPrintable(printed));
    for (const Case &c : newCases()) {
        if (c.state == CaseState::Received)
            QVERIFY2(c.kqpNumber.startsWith(QStringLiteral("KQP-")), qPrintable(c.number));
    }

    // Someone at a keyboard claims one Astana case first: the simulated
    // colleague leaves it to them.
    {
        auto store = ServerStore::open(m_databaseUrl);
        QVERIFY(store);
        QVERIFY(UserStore(**store).addUser({QStringLiteral("person.at.keyboard"),
                                            QStringLiteral("Әсел"),
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
    }
    QString claimedId;
    for (const Case &c : newCases()) {
        if (c.city == City::Astana && c.state == CaseState::Received && claimedId.isEmpty())
            claimedId = c.id;
    }
    QVERIFY(!claimedId.isEmpty());
    Client person(*m_server);
    person.signIn(QStringLiteral("person.at.keyboard"));
    QCOMPARE(person
                 .post(QStringLiteral("/api/v1/claims"),
                       {{QStringLiteral("claims"),
                         QJsonArray{QJsonObject{{QStringLiteral("caseId"), claimedId}}}}})
                 .json.value(u"results")
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(u"status")
                 .toString(),
             QStringLiteral("held"));

    // A simulated colleague in Astana takes every other numbered case up:
    // verifies the documents and registers it (faultless filings), with the
    // officer's own key file for anything to sign.
    QTemporaryDir keys;
    const QString keyFile = keys.filePath(QStringLiteral("officer.astana.p12"));
    {
        QFile file(keyFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(*makePkcs12(m_astanaKey, QStringLiteral("key password"), QStringLiteral("k")));
    }
    qputenv("KEZEK_KEY_PASSWORD", "key password");
    QCOMPARE(kezekctl({QStringLiteral("simulate"),
                       QStringLiteral("progress"),
                       QStringLiteral("--server"),
                       m_server->baseUrl(),
                       QStringLiteral("--ca"),
                       ca,
                       QStringLiteral("--user"),
                       QStringLiteral("officer.astana"),
                       QStringLiteral("--key"),
                       keyFile,
                       QStringLiteral("--delay"),
                       QStringLiteral("0"),
                       QStringLiteral("--percent"),
                       QStringLiteral("100"),
                       QStringLiteral("--rounds"),
                       QStringLiteral("1")},
                      &printed),
             0);
    qunsetenv("KEZEK_KEY_PASSWORD");
    int registered = 0;
    QSet<QString> filedIds;
    for (const Case &c : std::as_const(filed))
        filedIds.insert(c.id);
    for (const Case &c : newCases()) {
        if (c.city != City::Astana || !filedIds.contains(c.id))
            continue;
        if (c.id == claimedId) {
            QCOMPARE(c.state, CaseState::Received);
            continue;
        }
        QCOMPARE(c.state, CaseState::Registered);
        QVERIFY(c.preliminaryDocuments.isComplete());
        ++registered;
    }
    // The simulator's seed files Astana cases among the six.
    QVERIFY(registered > 0);
    QVERIFY2(printed.contains(QStringLiteral("applied: ")), qPrintable(printed));
    QVERIFY2(printed.contains(QStringLiteral("left alone, held by someone else: 1")),
             qPrintable(printed));
}

void TestServerApi::errorsSpeakTheClientsLanguage()
{
    int tries = 0;
    auto wrongPassword = [this, &tries](const QByteArray &language) {
        Client client(*m_server);
        client.setLanguage(language);
        // A new name each time: five tries lock a name, real or not.
        return client
            .signIn(QStringLiteral("nobody.%1").arg(++tries), QStringLiteral("not the password"))
            .json.value(u"message")
            .toString();
    };
    const QString english = wrongPassword({});
    QCOMPARE(english, QStringLiteral("The user name or the password is wrong."));
    QCOMPARE(wrongPassword("en-GB,en;q=0.8"), english);
    const QString kazakh = wrongPassword("kk-KZ, ru;q=0.8");
    QVERIFY2(kazakh != english
                 && kazakh.contains(QRegularExpression(QStringLiteral("[әғқңөұүһі]"))),
             qPrintable(kazakh));
    const QString russian = wrongPassword("ru");
    QVERIFY2(russian != english && russian.contains(QRegularExpression(QStringLiteral("[а-я]"))),
             qPrintable(russian));
    QCOMPARE(wrongPassword("de-DE, fr"), english); // none we speak: English

    // The law's own refusals too, for a command.
    const NewApplication filed = fileAnother(*m_server, freshApplication(), freshNumber());
    Client officer(*m_server);
    officer.setLanguage("ru");
    officer.signIn(QStringLiteral("officer.astana"));
    const QString refusal = officer.commands({command(QStringLiteral("teleport"), filed.id, 1, {})})
                                .at(0)
                                .toObject()
                                .value(u"message")
                                .toString();
    QVERIFY2(refusal.contains(QStringLiteral("Kezek"))
                 && refusal.contains(QRegularExpression(QStringLiteral("[а-я]"))),
             qPrintable(refusal));
}

void TestServerApi::aClaimedCaseIsWorkedOnlyByItsHolder()
{
    {
        auto store = ServerStore::open(m_databaseUrl);
        QVERIFY(store);
        QVERIFY(UserStore(**store).addUser({QStringLiteral("officer2.astana"),
                                            QStringLiteral("Мәди"),
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
    }
    const NewApplication filed
        = fileAnother(*m_server, freshApplication(), QStringLiteral("DNR-2026-000009"));
    Client aigerim(*m_server);
    aigerim.signIn(QStringLiteral("officer.astana"));
    Client madi(*m_server);
    madi.signIn(QStringLiteral("officer2.astana"));
    const auto claim = [&filed](Client &client, bool release = false) {
        const Answer answer
            = client.post(QStringLiteral("/api/v1/claims"),
                          {{QStringLiteral("claims"),
                            QJsonArray{QJsonObject{{QStringLiteral("caseId"), filed.id},
                                                   {QStringLiteral("release"), release}}}}});
        return answer.json.value(u"results").toArray().at(0).toObject();
    };

    const QJsonObject held = claim(aigerim);
    QCOMPARE(held.value(u"status").toString(), QStringLiteral("held"));
    const QDateTime until = QDateTime::fromString(held.value(u"expiresAt").toString(), Qt::ISODate);
    const qint64 minutes = QDateTime::currentDateTimeUtc().secsTo(until) / 60;
    QVERIFY2(minutes >= 478 && minutes <= 480, qPrintable(QString::number(minutes)));
    const QJsonObject taken = claim(madi);
    QCOMPARE(taken.value(u"status").toString(), QStringLiteral("taken"));
    QCOMPARE(taken.value(u"holder").toString(), QStringLiteral("officer.astana"));

    // Madi's command on Aigerim's case is refused with the reason; hers goes.
    const auto verify = [&filed](int version) {
        return command(QStringLiteral("update-document"),
                       filed.id,
                       version,
                       {{QStringLiteral("checklist"), QStringLiteral("preliminary")},
                        {QStringLiteral("document"), QStringLiteral("passport")},
                        {QStringLiteral("command"), QStringLiteral("verify")}});
    };
    const QJsonObject refused = madi.commands({verify(1)}).at(0).toObject();
    QCOMPARE(refused.value(u"code").toString(), QStringLiteral("case.claimed"));
    QVERIFY(refused.value(u"message").toString().contains(QStringLiteral("officer.astana")));
    QCOMPARE(aigerim.commands({verify(1)}).at(0).toObject().value(u"status").toString(),
             QStringLiteral("applied"));

    // Everyone in Astana sees the claim; Almaty does not.
    const auto claimed = [&filed](Client &client) {
        const Answer answer = client.get(QStringLiteral("/api/v1/claims"));
        for (const auto &value : answer.json.value(u"claims").toArray()) {
            if (value.toObject().value(u"caseId").toString() == filed.id)
                return value.toObject().value(u"holder").toString();
        }
        return QString();
    };
    QCOMPARE(claimed(madi), QStringLiteral("officer.astana"));
    Client almaty(*m_server);
    almaty.signIn(QStringLiteral("officer.almaty"));
    QCOMPARE(claimed(almaty), QString());
    QCOMPARE(claim(almaty).value(u"code").toString(), QStringLiteral("case.not-found"));

    // Given back, it is Madi's to take; only the holder gives it back.
    QCOMPARE(claim(madi, true).value(u"status").toString(), QStringLiteral("released"));
    QCOMPARE(claimed(madi), QStringLiteral("officer.astana"));
    QCOMPARE(claim(aigerim, true).value(u"status").toString(), QStringLiteral("released"));
    QCOMPARE(claim(madi).value(u"status").toString(), QStringLiteral("held"));

    // A supervisor gives Madi's case to Aigerim, and the audit log keeps who did.
    Client gulnar(*m_server);
    gulnar.signIn(QStringLiteral("supervisor.astana"));
    QStringList colleagues;
    for (const auto &value :
         gulnar.get(QStringLiteral("/api/v1/colleagues")).json.value(u"colleagues").toArray())
        colleagues.append(value.toObject().value(u"id").toString());
    // Astana's officers and CSC operators (others' tests add more of them),
    // never another city's, a supervisor, the ministry or an integration.
    for (const QString &desk : {QStringLiteral("csc.astana"),
                                QStringLiteral("locked.out"),
                                QStringLiteral("officer.astana"),
                                QStringLiteral("officer2.astana")})
        QVERIFY2(colleagues.contains(desk), qPrintable(colleagues.join(u' ')));
    for (const QString &other : {QStringLiteral("officer.almaty"),
                                 QStringLiteral("supervisor.astana"),
                                 QStringLiteral("ministry.reviewer"),
                                 QStringLiteral("egov")})
        QVERIFY2(!colleagues.contains(other), qPrintable(colleagues.join(u' ')));
    QCOMPARE(madi.get(QStringLiteral("/api/v1/colleagues")).status, 403);
    const auto give = [&filed](Client &client, const QString &to) {
        return client
            .post(QStringLiteral("/api/v1/claims"),
                  {{QStringLiteral("claims"),
                    QJsonArray{QJsonObject{{QStringLiteral("caseId"), filed.id},
                                           {QStringLiteral("assignTo"), to}}}}})
            .json.value(u"results")
            .toArray()
            .at(0)
            .toObject();
    };
    const QJsonObject given = give(gulnar, QStringLiteral("officer.astana"));
    QCOMPARE(given.value(u"status").toString(), QStringLiteral("assigned"));
    QCOMPARE(claimed(madi), QStringLiteral("officer.astana"));
    QCOMPARE(madi.commands({verify(2)}).at(0).toObject().value(u"code").toString(),
             QStringLiteral("case.claimed"));
    // Only a supervisor, only to the city's own people.
    QCOMPARE(give(madi, QStringLiteral("officer2.astana")).value(u"code").toString(),
             QStringLiteral("workflow.role"));
    QCOMPARE(give(gulnar, QStringLiteral("officer.almaty")).value(u"code").toString(),
             QStringLiteral("workflow.assignee"));
    QCOMPARE(give(gulnar, QStringLiteral("nobody")).value(u"code").toString(),
             QStringLiteral("claim.assignee"));
    QCOMPARE(claimed(madi), QStringLiteral("officer.astana"));
    {
        auto store = ServerStore::open(m_databaseUrl);
        QVERIFY(store);
        QSqlQuery query((*store)->connection());
        query.prepare(QStringLiteral("SELECT actor, detail FROM audit_log WHERE action = "
                                     "'assign' AND subject = ? ORDER BY seq"));
        query.addBindValue(filed.id);
        QVERIFY(query.exec());
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("supervisor.astana"));
        QCOMPARE(query.value(1).toString(), QStringLiteral("to officer.astana"));
        QVERIFY(!query.next()); // the refused ones are not in it
    }

    // Integrations do not claim; a malformed batch changes nothing.
    Client egov(*m_server);
    egov.signIn(QStringLiteral("egov"));
    QCOMPARE(egov.post(QStringLiteral("/api/v1/claims"), {{QStringLiteral("claims"), QJsonArray{}}})
                 .status,
             403);
    QCOMPARE(madi.post(QStringLiteral("/api/v1/claims"), {{QStringLiteral("claim"), 1}}).status,
             400);
    const Answer noCase = madi.post(QStringLiteral("/api/v1/claims"),
                                    {{QStringLiteral("claims"), QJsonArray{QJsonObject{}}}});
    QCOMPARE(noCase.status, 200);
    QCOMPARE(noCase.json.value(u"results").toArray().at(0).toObject().value(u"status").toString(),
             QStringLiteral("rejected"));
    QCOMPARE(claimed(aigerim), QStringLiteral("officer.astana")); // as the supervisor gave it
}

void TestServerApi::aClaimEndsWhenTheCaseLeavesItsHoldersDesk()
{
    // A CSC operator claims a registered case and sends its originals by
    // courier; nothing more is theirs to do on it, so the officer who
    // receives the originals is not kept waiting for the lease to run out.
    const QDate today = QDateTime::currentDateTimeUtc().date();
    Case registered = Builders::caseIn(CaseState::FinalRegistered, today.addDays(-80));
    registered.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    registered.number = QStringLiteral("DNR-2026-000404");
    {
        auto store = ServerStore::open(m_databaseUrl);
        QVERIFY(store);
        QVERIFY((*store)->saveCases({registered}));
    }
    Client csc(*m_server);
    csc.signIn(QStringLiteral("csc.astana"));
    Client officer(*m_server);
    officer.signIn(QStringLiteral("officer.astana"));
    const auto claim = [&registered](Client &client) {
        return client
            .post(QStringLiteral("/api/v1/claims"),
                  {{QStringLiteral("claims"),
                    QJsonArray{QJsonObject{{QStringLiteral("caseId"), registered.id},
                                           {QStringLiteral("release"), false}}}}})
            .json.value(u"results")
            .toArray()
            .at(0)
            .toObject();
    };
    QCOMPARE(claim(csc).value(u"status").toString(), QStringLiteral("held"));
    // A document's scan reaches the server before the command that names it;
    // a command naming one that never came is refused and says so.
    const QJsonObject noScan
        = csc.commands({command(QStringLiteral("update-document"),
                                registered.id,
                                registered.version,
                                {{QStringLiteral("checklist"), QStringLiteral("csc-comparison")},
                                 {QStringLiteral("document"), QStringLiteral("photo")},
                                 {QStringLiteral("command"), QStringLiteral("submit")},
                                 {QStringLiteral("scan"), QString(64, u'a')}})})
              .at(0)
              .toObject();
    QCOMPARE(noScan.value(u"code").toString(), QStringLiteral("document.missing"));
    QCOMPARE(officer
                 .commands({command(
                     QStringLiteral("receive-originals"), registered.id, registered.version, {})})
                 .at(0)
                 .toObject()
                 .value(u"code")
                 .toString(),
             QStringLiteral("case.claimed"));
    const QJsonObject sent
        = csc.commands({command(QStringLiteral("dispatch-courier"),
                                registered.id,
                                registered.version,
                                {{QStringLiteral("reference"), QStringLiteral("KZP-404")}})})
              .at(0)
              .toObject();
    QCOMPARE(sent.value(u"status").toString(), QStringLiteral("applied"));
    for (const auto &value :
         officer.get(QStringLiteral("/api/v1/claims")).json.value(u"claims").toArray())
        QVERIFY(value.toObject().value(u"caseId").toString() != registered.id);
    const QJsonObject received
        = officer
              .commands({command(
                  QStringLiteral("receive-originals"), registered.id, registered.version + 1, {})})
              .at(0)
              .toObject();
    QCOMPARE(received.value(u"status").toString(), QStringLiteral("applied"));
}

// Issue 31 point 1: a case at the CSC (§20-21) is not given to a migration
// officer, nor a registered one (§13) to a CSC operator: refused with its
// code, the claim and the audit log unchanged. The colleagues' answer says
// how many cases each one holds now, as the claims count them.
void TestServerApi::aCaseGoesOnlyToARoleThatWorksItsStageAndColleaguesShowTheirLoad()
{
    const QDate today = QDateTime::currentDateTimeUtc().date();
    Case atCsc = Builders::caseIn(CaseState::AtCsc, today.addDays(-30));
    atCsc.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    atCsc.number = QStringLiteral("DNR-2026-003101");
    Case registered = Builders::caseIn(CaseState::Registered, today.addDays(-10));
    registered.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    registered.number = QStringLiteral("DNR-2026-003102");
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto auditCount = [this] {
        auto store = ServerStore::open(m_databaseUrl);
        QSqlQuery query((*store)->connection());
        query.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'assign'"));
        query.next();
        return query.value(0).toInt();
    };
    {
        auto store = ServerStore::open(m_databaseUrl);
        QVERIFY(store);
        QVERIFY((*store)->saveCases({atCsc, registered}));
        QVERIFY((*store)->claimCase(atCsc.id, QStringLiteral("csc.astana"), now, 3600));
    }
    const int audited = auditCount();
    Client gulnar(*m_server);
    gulnar.signIn(QStringLiteral("supervisor.astana"));
    const auto give = [&gulnar](const Case &c, const QString &to) {
        return gulnar
            .post(QStringLiteral("/api/v1/claims"),
                  {{QStringLiteral("claims"),
                    QJsonArray{QJsonObject{{QStringLiteral("caseId"), c.id},
                                           {QStringLiteral("assignTo"), to}}}}})
            .json.value(u"results")
            .toArray()
            .at(0)
            .toObject();
    };
    const QJsonObject refused = give(atCsc, QStringLiteral("officer.astana"));
    QCOMPARE(refused.value(u"status").toString(), QStringLiteral("rejected"));
    QCOMPARE(refused.value(u"code").toString(), QStringLiteral("workflow.assignee-stage"));
    QVERIFY2(refused.value(u"message").toString().contains(roleTitle(Role::CscOperator)),
             qPrintable(refused.value(u"message").toString()));
    QCOMPARE(give(registered, QStringLiteral("csc.astana")).value(u"code").toString(),
             QStringLiteral("workflow.assignee-stage"));
    {
        auto store = ServerStore::open(m_databaseUrl);
        QVERIFY(store);
        QCOMPARE((*(*store)->claimOf(atCsc.id, now))->holder, QStringLiteral("csc.astana"));
        QVERIFY(!(*store)->claimOf(registered.id, now)->has_value());
    }
    QCOMPARE(auditCount(), audited);
    // The roles that work each stage take it.
    QCOMPARE(give(registered, QStringLiteral("officer.astana")).value(u"status").toString(),
             QStringLiteral("assigned"));

    // Each colleague's load: the cases they hold now, by the claims.
    QHash<QString, int> held;
    {
        auto store = ServerStore::open(m_databaseUrl);
        QVERIFY(store);
        const auto active = (*store)->activeClaims(QDateTime::currentDateTimeUtc());
        QVERIFY(active);
        for (const auto &[claim, city] : *active) {
            if (city == QStringLiteral("astana"))
                ++held[claim.holder];
        }
    }
    QVERIFY(held.value(QStringLiteral("csc.astana")) >= 1);
    QVERIFY(held.value(QStringLiteral("officer.astana")) >= 1);
    const Answer colleagues = gulnar.get(QStringLiteral("/api/v1/colleagues"));
    QCOMPARE(colleagues.status, 200);
    int seen = 0;
    for (const auto &value : colleagues.json.value(u"colleagues").toArray()) {
        const QJsonObject colleague = value.toObject();
        const QString id = colleague.value(u"id").toString();
        QVERIFY2(colleague.value(u"held").isDouble(), qPrintable(id));
        QCOMPARE(colleague.value(u"held").toInt(), held.value(id));
        QVERIFY(colleague.value(u"dueThisWeek").toInt() <= held.value(id));
        ++seen;
    }
    QVERIFY(seen >= 3);
    auto store = ServerStore::open(m_databaseUrl);
    QVERIFY(store);
    (void)(*store)->releaseClaim(atCsc.id, QStringLiteral("csc.astana"));
    (void)(*store)->releaseClaim(registered.id, QStringLiteral("officer.astana"));
}

// PROCESS.md, phase 2, step 2 (§21): the CSC operator compares the documents
// with their originals. A "matched" with neither the original's scan nor a
// written reason why there is none is refused and changes nothing; the audit
// keeps which evidence each accepted one rests on.
void TestServerApi::theCscsMatchNeedsTheOriginalsScanOrAReasonAndTheAuditKeepsWhich()
{
    const QDate today = QDateTime::currentDateTimeUtc().date();
    // At the CSC today: caseIn() takes its last step on the day asked for.
    const QDate start = today.addDays(-today.daysTo(Builders::dayReached(CaseState::AtCsc, today)));
    Case atCsc = Builders::caseIn(CaseState::AtCsc, start);
    atCsc.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    atCsc.number = QStringLiteral("DNR-2026-000521");
    {
        auto store = ServerStore::open(m_databaseUrl);
        QVERIFY(store);
        QVERIFY((*store)->saveCases({atCsc}));
    }
    const DocumentType unscanned = atCsc.cscComparison.items().at(0).type;
    const DocumentType scanned = atCsc.cscComparison.items().at(1).type;
    const QDate applicationDate
        = atCsc.checkContext(ChecklistKind::CscComparison, today).applicationDate;
    const auto document = [&](DocumentType type, const char *what) {
        return QJsonObject{{QStringLiteral("checklist"), QStringLiteral("csc-comparison")},
                           {QStringLiteral("document"), documentTypeId(type)},
                           {QStringLiteral("command"), QString::fromLatin1(what)}};
    };
    const auto submit = [&](DocumentType type) {
        QJsonObject payload = document(type, "submit");
        payload.insert(
            QStringLiteral("facts"),
            documentFactsToJson(Builders::goodFacts(type, atCsc.applicant, applicationDate)));
        return payload;
    };
    Client csc(*m_server);
    csc.signIn(QStringLiteral("csc.astana"));
    csc.setLanguage("ru");
    int version = atCsc.version;
    const QJsonArray refused = csc.commands(
        {command(QStringLiteral("update-document"), atCsc.id, version, submit(unscanned)),
         command(QStringLiteral("update-document"),
                 atCsc.id,
                 version + 1,
                 document(unscanned, "verify")),
         command(QStringLiteral("update-document"), atCsc.id, version + 1, [&] {
             QJsonObject spaces = document(unscanned, "verify");
             spaces.insert(QStringLiteral("reason"), QStringLiteral(" \n "));
             return spaces;
         }())});
    QCOMPARE(refused.at(0).toObject().value(u"status").toString(), QStringLiteral("applied"));
    for (int i : {1, 2}) {
        const QJsonObject answer = refused.at(i).toObject();
        QCOMPARE(answer.value(u"status").toString(), QStringLiteral("rejected"));
        QCOMPARE(answer.value(u"code").toString(), QStringLiteral("workflow.match-evidence"));
        // In the operator's language, citing the law.
        QVERIFY2(answer.value(u"message").toString().contains(u"§21")
                     && !answer.value(u"message").toString().contains(u"Matched"),
                 qPrintable(answer.value(u"message").toString()));
    }
    ++version;
    const auto stored = [this, &atCsc]() {
        auto store = ServerStore::open(m_databaseUrl);
        return store ? (*store)->findCase(atCsc.id) : Result<std::optional<Case>>();
    };
    {
        auto now = stored();
        QVERIFY(now && now->has_value());
        QCOMPARE((**now).version, version);
        QCOMPARE((**now).cscComparison.item(unscanned)->status, DocumentStatus::Submitted);
    }

    // Matched on a reason; and matched on the scan the desk uploaded first.
    const QString reason = QStringLiteral("the scanner is broken; original seen by me");
    QJsonObject onReason = document(unscanned, "verify");
    onReason.insert(QStringLiteral("reason"), QStringLiteral("  %1\n").arg(reason));
    // The original's scan, this case's own.
    const QByteArray original = Pdf + "% " + atCsc.id.toLatin1() + "\n";
    const QString hash = sha256Of(original);
    QCOMPARE(
        csc.send(
               "PUT",
               QStringLiteral("/api/v1/documents/%1?case=%2&name=original.pdf").arg(hash, atCsc.id),
               original,
               "application/pdf")
            .status,
        201);
    QJsonObject withScan = submit(scanned);
    withScan.insert(QStringLiteral("scan"), hash);
    const QJsonArray applied
        = csc.commands({command(QStringLiteral("update-document"), atCsc.id, version, onReason),
                        command(QStringLiteral("update-document"), atCsc.id, version + 1, withScan),
                        command(QStringLiteral("update-document"),
                                atCsc.id,
                                version + 2,
                                document(scanned, "verify"))});
    for (const auto &answer : applied)
        QVERIFY2(answer.toObject().value(u"status").toString() == u"applied",
                 qPrintable(answer.toObject().value(u"message").toString()));
    {
        auto now = stored();
        QVERIFY(now && now->has_value());
        QCOMPARE((**now).cscComparison.item(unscanned)->status, DocumentStatus::Verified);
        QCOMPARE((**now).cscComparison.item(unscanned)->unscannedReason, reason);
        QCOMPARE((**now).cscComparison.item(scanned)->status, DocumentStatus::Verified);
        QVERIFY((**now).cscComparison.item(scanned)->unscannedReason.isEmpty());
    }
    auto store = ServerStore::open(m_databaseUrl);
    QVERIFY(store);
    QSqlQuery query((*store)->connection());
    query.prepare(QStringLiteral("SELECT detail FROM audit_log WHERE action = 'command' AND "
                                 "subject = ? AND detail LIKE '%evidence:%' ORDER BY seq"));
    query.addBindValue(atCsc.id);
    QVERIFY(query.exec());
    QStringList evidence;
    while (query.next())
        evidence.append(query.value(0).toString());
    QCOMPARE(evidence.size(), 2);
    QVERIFY2(evidence.at(0).endsWith(QStringLiteral(" evidence: reason \"%1\"").arg(reason)),
             qPrintable(evidence.at(0)));
    QVERIFY2(evidence.at(1).endsWith(QStringLiteral(" evidence: scan %1").arg(hash)),
             qPrintable(evidence.at(1)));
}

void TestServerApi::itDisablesRevokesResetsAndTheOfficerChanges()
{
    {
        auto store = ServerStore::open(m_databaseUrl);
        QVERIFY(store);
        UserStore users(**store);
        QVERIFY(addPeople(
            users,
            {{"account.owner", QStringLiteral("Қанат"), Role::MigrationOfficer, City::Astana, ""}},
            Password));
    }
    const QString owner = QStringLiteral("account.owner");
    const auto admin = [this, &owner](const char *what, QString *printed) {
        const int code = runKezekctl({QStringLiteral("admin"),
                                      QString::fromLatin1(what),
                                      QStringLiteral("--database"),
                                      m_databaseUrl,
                                      QStringLiteral("--id"),
                                      owner},
                                     printed);
        if (code != 0)
            qWarning("kezekctl admin %s: %s", what, qPrintable(*printed));
        return code;
    };
    QString printed;

    // A lost laptop: IT ends the officer's sessions; the token opens nothing.
    Client laptop(*m_server);
    QCOMPARE(laptop.signIn(owner).status, 200);
    QCOMPARE(laptop.get(QStringLiteral("/api/v1/claims")).status, 200);
    QCOMPARE(admin("revoke-sessions", &printed), 0);
    QVERIFY2(printed.contains(u"1 session"), qPrintable(printed));
    // Servers believe a session for SessionCache::TimeToLive (5 s) at most.
    QTRY_COMPARE_WITH_TIMEOUT(laptop.get(QStringLiteral("/api/v1/claims")).status, 401, 6000);

    // An officer who left: disabled, their session ends and the right
    // password is answered like a wrong one; enabled again, it works.
    QCOMPARE(laptop.signIn(owner).status, 200);
    QCOMPARE(admin("disable-user", &printed), 0);
    QTRY_COMPARE_WITH_TIMEOUT(laptop.get(QStringLiteral("/api/v1/claims")).status, 401, 6000);
    const Answer disabled = laptop.signIn(owner);
    QCOMPARE(disabled.status, 401);
    QCOMPARE(disabled.json.value(u"code").toString(), QStringLiteral("bad-credentials"));
    QCOMPARE(admin("enable-user", &printed), 0);
    QCOMPARE(laptop.signIn(owner).status, 200);

    // A forgotten password: IT gives a one-time one. The old one stops
    // working, the new one opens nothing but its own change.
    QCOMPARE(admin("reset-password", &printed), 0);
    const QString oneTime = printed.trimmed().split(u'\n').constLast().trimmed();
    QCOMPARE(oneTime.size(), 16);
    QTRY_COMPARE_WITH_TIMEOUT(laptop.get(QStringLiteral("/api/v1/claims")).status, 401, 6000);
    QCOMPARE(laptop.signIn(owner).status, 401);
    const Answer first = laptop.signIn(owner, oneTime);
    QCOMPARE(first.status, 200);
    QVERIFY(first.json.value(u"mustChangePassword").toBool());
    const Answer blocked = laptop.get(QStringLiteral("/api/v1/changes"));
    QCOMPARE(blocked.status, 403);
    QCOMPARE(blocked.json.value(u"code").toString(), QStringLiteral("password.must-change"));
    const auto change = [&laptop](const QString &current, const QString &next) {
        return laptop.post(
            QStringLiteral("/api/v1/password"),
            {{QStringLiteral("password"), current}, {QStringLiteral("newPassword"), next}});
    };
    QCOMPARE(change(oneTime, QStringLiteral("short")).json.value(u"code").toString(),
             QStringLiteral("password.weak"));
    QCOMPARE(change(QStringLiteral("not the one-time one"), QStringLiteral("a long new secret"))
                 .json.value(u"code")
                 .toString(),
             QStringLiteral("password.wrong"));
    Client otherDesk(*m_server);
    QCOMPARE(otherDesk.signIn(owner, oneTime).status, 200);
    QCOMPARE(change(oneTime, QStringLiteral("a long new secret")).status, 204);
    // This session goes on; the other one ended with the old password.
    QCOMPARE(laptop.get(QStringLiteral("/api/v1/claims")).status, 200);
    QCOMPARE(otherDesk.get(QStringLiteral("/api/v1/claims")).status, 401);
    const Answer renewed = laptop.signIn(owner, QStringLiteral("a long new secret"));
    QCOMPARE(renewed.status, 200);
    QVERIFY(!renewed.json.value(u"mustChangePassword").toBool());

    // Five sessions at most: the sixth sign-in ends the oldest.
    std::vector<std::unique_ptr<Client>> desks;
    for (int i = 0; i < 6; ++i) {
        desks.push_back(std::make_unique<Client>(*m_server));
        QCOMPARE(desks.back()->signIn(owner, QStringLiteral("a long new secret")).status, 200);
        QTest::qWait(5); // sessions are ordered by when they began
    }
    QCOMPARE(desks.front()->get(QStringLiteral("/api/v1/claims")).status, 401);
    QCOMPARE(desks.back()->get(QStringLiteral("/api/v1/claims")).status, 200);

    // Each step is in the audit log; a reset for a user nobody has is
    // refused and changes nothing.
    const auto audited = [this](const QString &action) {
        auto store = ServerStore::open(m_databaseUrl);
        QSqlQuery query((*store)->connection());
        query.prepare(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = ?"));
        query.addBindValue(action);
        return query.exec() && query.next() ? query.value(0).toInt() : -1;
    };
    for (const char *action :
         {"revoke-sessions", "disable-user", "enable-user", "reset-password", "password-changed"})
        QVERIFY2(audited(QString::fromLatin1(action)) >= 1, action);
    QCOMPARE(runKezekctl({QStringLiteral("admin"),
                          QStringLiteral("reset-password"),
                          QStringLiteral("--database"),
                          m_databaseUrl,
                          QStringLiteral("--id"),
                          QStringLiteral("no.such.user")},
                         &printed),
             1);
    QVERIFY2(printed.contains(u"nothing was changed"), qPrintable(printed));
}

void TestServerApi::eachIntegrationReadsOnlyWhatItsJobNeeds()
{
    // Cases of the test's own for the integrations to wait on: one just
    // filed, one registered with a scan of the CSC's.
    fileAnother(*m_server, freshApplication(), freshNumber());
    const NewApplication scanned = fileAnother(*m_server, freshApplication(), freshNumber());
    Client csc(*m_server);
    csc.signIn(QStringLiteral("csc.astana"));
    QVERIFY(csc.send("PUT",
                     QStringLiteral("/api/v1/documents/%1?case=%2&name=scan.png")
                         .arg(sha256Of(Png), scanned.id),
                     Png,
                     "image/png")
                .status
            < 300);
    Client officer(*m_server);
    officer.signIn(QStringLiteral("officer.astana"));
    QCOMPARE(registered(officer, scanned.id), 8);

    // What the staff see of every case, to compare with.
    Client reviewer(*m_server);
    reviewer.signIn(QStringLiteral("ministry.reviewer"));
    const QJsonObject full
        = reviewer.get(QStringLiteral("/api/v1/changes?since=0&limit=5000")).json;
    QStringList scans;
    for (const auto &document : full.value(u"documents").toArray())
        scans.append(document.toObject().value(u"sha256").toString());
    QVERIFY(!scans.isEmpty());
    QHash<QString, Case> cases;
    for (const auto &value : full.value(u"cases").toArray()) {
        const Case c = *caseFromJson(value.toObject());
        cases.insert(c.id, c);
    }

    int seen = 0;
    for (const IntegrationScope &scope : integrationScopes()) {
        Client system(*m_server);
        QCOMPARE(system.signIn(scope.id).status, 200);
        const QJsonObject page
            = system.get(QStringLiteral("/api/v1/changes?since=0&limit=5000")).json;
        // No scans, not even their names.
        QVERIFY2(page.value(u"documents").toArray().isEmpty(), qPrintable(scope.id));
        for (const auto &value : page.value(u"cases").toArray()) {
            const QByteArray text = QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
            const auto c = caseFromJson(value.toObject());
            QVERIFY2(c, qPrintable(scope.id)); // the same codec reads it
            ++seen;
            // Only the cases its job waits on ...
            QVERIFY2(scope.reads.contains(c->state),
                     qPrintable(scope.id + QLatin1Char(' ') + caseStateId(c->state)));
            const Case &whole = cases.value(c->id);
            // ... and of each only what the job needs: no scan, no document's
            // facts, no decision, no notice.
            for (const QString &scan : std::as_const(scans))
                QVERIFY2(!text.contains(scan.toLatin1()), qPrintable(scope.id));
            QVERIFY2(!text.contains("\"facts\""), qPrintable(scope.id));
            QVERIFY(c->decisions.isEmpty() && c->notices.isEmpty());
            QCOMPARE(c->applicant.iin, scope.identity ? whole.applicant.iin : QString());
            QCOMPARE(c->applicant.surname, scope.identity ? whole.applicant.surname : QString());
            if (!scope.identity && !whole.applicant.iin.isEmpty())
                QVERIFY2(!text.contains(whole.applicant.iin.toLatin1()), qPrintable(scope.id));
            QCOMPARE(c->checks.isEmpty(), !scope.checks || whole.checks.isEmpty());
            QCOMPARE(c->courierTracking, scope.courier ? whole.courierTracking : QString());
        }
        // A scan, by its hash, and the claims: refused.
        QCOMPARE(system.get(QStringLiteral("/api/v1/documents/") + scans.constFirst()).status, 403);
        QCOMPARE(system.get(QStringLiteral("/api/v1/claims")).status, 403);
        // Its own commands only.
        for (const IntegrationScope &other : integrationScopes()) {
            if (other.id != scope.id)
                QCOMPARE(system
                             .post(QStringLiteral("/api/v1/integration/%1/commands").arg(other.id),
                                   {{QStringLiteral("commands"), QJsonArray()}})
                             .status,
                         403);
        }
    }
    QVERIFY(seen > 0);
}

// Issue 31 point 5: the same person under another IIN or passport, the name
// written another way, is flagged at intake for the officer and still taken;
// the applicant's own case (the same IIN) and a namesake born on another day
// are not flagged.
void TestServerApi::theSamePersonUnderAnotherIdentityIsFlaggedAtIntake()
{
    ServerProcess server;
    QVERIFY(server.start());
    {
        auto store = ServerStore::open(QStringLiteral("sqlite:") + server.folder()
                                       + QStringLiteral("/server.db"));
        QVERIFY(store);
        UserStore users(**store);
        QVERIFY(addPeople(
            users,
            {{"intake.officer", QStringLiteral("Дана"), Role::MigrationOfficer, City::Astana, ""},
             {"egov", QStringLiteral("eGov"), Role::System, std::nullopt, "egov"}},
            Password));
    }
    const QDate today = QDateTime::currentDateTimeUtc().date();
    const auto file = [&](const QString &number,
                          const QString &surname,
                          QDate born,
                          int serial,
                          const QString &passport) {
        NewApplication application = m_application;
        application.applicant.surname = surname;
        application.applicant.birthDate = born;
        application.applicant.iin.clear();
        for (; application.applicant.iin.isEmpty(); ++serial)
            application.applicant.iin = composeIin(born, Sex::Male, serial);
        application.applicant.passportNumber = passport;
        application.documents.clear();
        for (const CatalogEntry &entry : catalogFor(Stage::Preliminary)) {
            application.documents.append(
                {entry.type, Builders::goodFacts(entry.type, application.applicant, today)});
        }
        return fileAnother(server, application, number);
    };
    const QDate born(1990, 5, 15);
    const NewApplication first
        = file(u"DNR-2026-000101"_qs, u"MUELLER"_qs, born, 1234, u"C01X00T47"_qs);
    // Another IIN and passport, the name as eGov wrote it.
    const NewApplication second
        = file(u"DNR-2026-000102"_qs, u"Müller"_qs, born, 5678, u"C02X00T11"_qs);
    // The first applicant again, with a new passport: their own case.
    const NewApplication own
        = file(u"DNR-2026-000103"_qs, u"MUELLER"_qs, born, 1234, u"C03X00T22"_qs);
    QCOMPARE(own.applicant.iin, first.applicant.iin);
    // A namesake born on another day.
    const NewApplication namesake
        = file(u"DNR-2026-000104"_qs, u"MUELLER"_qs, born.addDays(1), 1234, u"C04X00T33"_qs);

    Client officer(server);
    QCOMPARE(officer.signIn(QStringLiteral("intake.officer")).status, 200);
    QHash<QString, Case> taken;
    for (const QJsonValue &value :
         officer.get(QStringLiteral("/api/v1/changes?since=0")).json.value(u"cases").toArray()) {
        auto decoded = caseFromJson(value.toObject());
        QVERIFY2(decoded, qPrintable(decoded ? QString() : decoded.error().message));
        taken.insert(decoded->id, *decoded);
    }
    QCOMPARE(taken.size(), 4);
    QVERIFY(taken.value(first.id).possibleDuplicates.isEmpty());
    QCOMPARE(taken.value(second.id).possibleDuplicates, QStringList{u"DNR-2026-000101"_qs});
    QCOMPARE(taken.value(own.id).possibleDuplicates, QStringList{u"DNR-2026-000102"_qs});
    QVERIFY(taken.value(namesake.id).possibleDuplicates.isEmpty());
    // Taken all the same: the officer decides.
    QCOMPARE(taken.value(second.id).state, CaseState::Received);
}

void TestServerApi::theAuditKeyAndCheckpointsCatchACutTail()
{
    // A server of its own, stopped as systemd stops it, so that its last
    // checkpoint is written.
    ServerProcess server;
    QVERIFY(server.start());
    const QString database = server.folder() + QStringLiteral("/server.db");
    {
        auto store = ServerStore::open(QStringLiteral("sqlite:") + database);
        QVERIFY(store);
        UserStore users(**store);
        QVERIFY(addPeople(
            users,
            {{"audited.officer", QStringLiteral("Дана"), Role::MigrationOfficer, City::Astana, ""},
             {"egov", QStringLiteral("eGov"), Role::System, std::nullopt, "egov"}},
            Password));
    }
    Client client(server);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(client.signIn(QStringLiteral("audited.officer")).status, 200);
    // A read, which the server enters in the chain as it stops.
    fileAnother(server, freshApplication(), QStringLiteral("DNR-2026-000777"));
    QCOMPARE(client.get(QStringLiteral("/api/v1/changes?since=0")).status, 200);
    server.stop();
    // The key beside the database, readable by its owner only; the
    // checkpoints in the journal and in their file.
    const QFileInfo key(database + QStringLiteral(".audit-key"));
    QVERIFY(key.exists());
    QCOMPARE(key.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
             QFileDevice::Permissions());
    // It says which entry it wrote first: the log was empty when it was made.
    {
        QFile keyFile(key.filePath());
        QVERIFY(keyFile.open(QIODevice::ReadOnly));
        QVERIFY(keyFile.readAll().contains("\nkeyed-from 1\n"));
    }
    // Three sign-ins, eGov's sign-in and intake, and the read: six entries.
    QVERIFY2(server.standardError().contains(u"audit-checkpoint seq=6 hash=hmac:"),
             qPrintable(server.standardError()));
    const QString checkpoints = database + QStringLiteral(".audit-checkpoints");
    QFile file(checkpoints);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray written = file.readAll();
    QVERIFY2(written.contains(" seq=6 hash=hmac:"), written.constData());

    const QStringList verify{QStringLiteral("audit"),
                             QStringLiteral("verify"),
                             QStringLiteral("--database"),
                             QStringLiteral("sqlite:") + database};
    QString printed;
    QCOMPARE(
        runKezekctl(verify + QStringList{QStringLiteral("--checkpoint"), checkpoints}, &printed),
        0);
    QVERIFY2(printed.contains(u"intact: 6 entries"), qPrintable(printed));

    // Someone with the database cuts the last sign-in and lowers the counter:
    // the chain alone still holds, the checkpoint does not.
    {
        auto store = ServerStore::open(QStringLiteral("sqlite:") + database);
        QSqlQuery cut((*store)->connection());
        QVERIFY(cut.exec(QStringLiteral("DELETE FROM audit_log WHERE seq = 6")));
        QVERIFY(cut.exec(QStringLiteral("UPDATE counters SET value = 5 WHERE name = 'audit'")));
    }
    QCOMPARE(runKezekctl(verify, &printed), 0);
    QCOMPARE(
        runKezekctl(verify + QStringList{QStringLiteral("--checkpoint"), checkpoints}, &printed),
        1);
    QVERIFY2(printed.contains(u"Entry 6") && printed.contains(u"cut"), qPrintable(printed));
    // Without the key file, a keyed log is not verified at all.
    QVERIFY(QFile::rename(key.filePath(), key.filePath() + QStringLiteral(".away")));
    QCOMPARE(runKezekctl(verify, &printed), 3);
    QVERIFY2(printed.contains(u"keyed"), qPrintable(printed));
}

void TestServerApi::readsAreAuditedCompactlyBeforeTheAnswer()
{
    // A workstation polling its cases: a hundred reads of the same cases.
    fileAnother(*m_server, freshApplication(), QStringLiteral("DNR-2026-000888"));
    Client officer(*m_server);
    QCOMPARE(officer.signIn(QStringLiteral("officer.astana")).status, 200);
    auto store = ServerStore::open(m_databaseUrl);
    QVERIFY(store);
    const auto count = [&store](const QString &sql) {
        QSqlQuery query((*store)->connection());
        return query.exec(sql) && query.next() ? query.value(0).toLongLong() : -1;
    };
    // The hundred reads fall in one read period (the server's 15 minutes):
    // a boundary between them would rightly start a second row per case.
    // Near one, wait for it to pass.
    const qint64 periodSeconds = 15 * 60;
    const qint64 intoPeriod = QDateTime::currentSecsSinceEpoch() % periodSeconds;
    if (intoPeriod > periodSeconds - 90)
        QTest::qWait(int(periodSeconds - intoPeriod + 1) * 1000);
    const qint64 chainBefore = count(QStringLiteral("SELECT COUNT(*) FROM audit_log"));
    const qint64 rowsBefore = count(QStringLiteral("SELECT COUNT(*) FROM audit_reads"));
    int seen = 0;
    for (int i = 0; i < 100; ++i) {
        const Answer page = officer.get(QStringLiteral("/api/v1/changes?since=0&limit=5000"));
        QCOMPARE(page.status, 200);
        seen = int(page.json.value(u"cases").toArray().size());
    }
    QVERIFY(seen > 0);
    // One row per case read in the period, there before the first answer;
    // nothing in the chain yet.
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_reads")) - rowsBefore, seen);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log")), chainBefore);
    // Each row counts the hundred reads once the server has written the
    // repeated ones it counts (ReadLedger::FlushInterval, 2 s).
    QTRY_COMPARE_WITH_TIMEOUT(
        count(QStringLiteral("SELECT MAX(reads) FROM audit_reads")), 100, 6000);
    // Who read which case is there to ask.
    QCOMPARE(count(QStringLiteral("SELECT COUNT(DISTINCT case_id) FROM audit_reads WHERE "
                                  "user_id = 'officer.astana' AND reads = 100")),
             seen);
    // IT asks who read a case.
    QString printed;
    const QString someCase = officer.get(QStringLiteral("/api/v1/changes?since=0&limit=5000"))
                                 .json.value(u"cases")
                                 .toArray()
                                 .at(0)
                                 .toObject()
                                 .value(u"id")
                                 .toString();
    QTRY_COMPARE_WITH_TIMEOUT(
        count(QStringLiteral("SELECT MAX(reads) FROM audit_reads")), 101, 6000);
    QCOMPARE(runKezekctl({QStringLiteral("audit"),
                          QStringLiteral("reads"),
                          QStringLiteral("--database"),
                          m_databaseUrl,
                          QStringLiteral("--case"),
                          someCase},
                         &printed),
             0);
    QVERIFY2(printed.contains(u"officer.astana") && printed.contains(u"reads: 101"),
             qPrintable(printed));
    // When the period is over, each session's reads are one chain entry
    // (several servers may sum them at once: each is summed once).
    const QDateTime later = QDateTime::currentDateTimeUtc().addSecs(3600);
    auto other = ServerStore::open(m_databaseUrl);
    QVERIFY(other);
    const auto first = (*store)->chainReads(later, 15, false);
    const auto second = (*other)->chainReads(later, 15, false);
    QVERIFY(first && second);
    QVERIFY(*first >= 1);
    QCOMPARE(*second, 0);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_reads WHERE chained = 0")), 0);
    // This session's entry: its cases, and the hundred reads of each.
    QCOMPARE(
        count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'read' AND "
                             "actor = 'officer.astana' AND detail LIKE '%1 cases, %2 reads: %'")
                  .arg(seen)
                  .arg(seen * 101)),
        1);
    const auto verdict = AuditLog(**store).verify();
    QVERIFY(verdict && !verdict->firstBroken);
}

void TestServerApi::theSitesRetentionRemovesScansAndPersonalData()
{
    // A refusal of January 2025 (its one-year ban long over), with its scan,
    // and one refused last week: a site keeping a year purges the first.
    Case old = Builders::caseIn(CaseState::PreliminarilyRefused, QDate(2025, 1, 13));
    old.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    old.number = QStringLiteral("DNR-2025-000901");
    Case recent = Builders::caseIn(CaseState::PreliminarilyRefused,
                                   QDateTime::currentDateTimeUtc().date().addDays(-30));
    recent.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    recent.number = QStringLiteral("DNR-2026-000902");
    const QByteArray png = Png + QByteArrayLiteral("retention"); // this case's own
    const QString sha256 = sha256Of(png);
    {
        auto store = ServerStore::open(m_databaseUrl);
        QVERIFY(store);
        QVERIFY((*store)->saveCases({old, recent}));
        QVERIFY((*store)->addDocument({sha256,
                                       old.id,
                                       QStringLiteral("passport.png"),
                                       QStringLiteral("image/png"),
                                       png.size(),
                                       QStringLiteral("egov"),
                                       QStringLiteral("2025-01-13T09:00:00Z")},
                                      png,
                                      {QStringLiteral("egov"),
                                       QStringLiteral("upload-document"),
                                       old.id,
                                       QStringLiteral("passport.png")}));
    }
    Client officer(*m_server);
    officer.signIn(QStringLiteral("officer.astana"));
    QCOMPARE(officer.get(QStringLiteral("/api/v1/documents/") + sha256).status, 200);

    const QStringList purge{QStringLiteral("admin"),
                            QStringLiteral("purge"),
                            QStringLiteral("--database"),
                            m_databaseUrl,
                            QStringLiteral("--days"),
                            QStringLiteral("365")};
    QString printed;
    // Said first, changed nothing.
    QCOMPARE(runKezekctl(purge + QStringList{QStringLiteral("--dry-run")}, &printed), 0);
    QVERIFY2(printed.contains(old.number) && !printed.contains(recent.number)
                 && printed.contains(u"would purge"),
             qPrintable(printed));
    QCOMPARE(officer.get(QStringLiteral("/api/v1/documents/") + sha256).status, 200);
    // Then done, and reported.
    const int purged = runKezekctl(purge, &printed);
    QVERIFY2(purged == 0, qPrintable(printed));
    QVERIFY2(printed.contains(old.number + QStringLiteral("\t2025-"))
                 && printed.contains(u"scans: 1"),
             qPrintable(printed));
    QCOMPARE(officer.get(QStringLiteral("/api/v1/documents/") + sha256).status, 404);
    auto store = ServerStore::open(m_databaseUrl);
    const Case kept = **(*store)->findCase(old.id);
    QVERIFY(kept.applicant.surname.isEmpty() && kept.applicant.givenNames.isEmpty());
    QVERIFY(!kept.applicant.birthDate.isValid());
    QVERIFY(kept.applicant.iin.isEmpty()); // its ban ended a year ago
    QCOMPARE(kept.state, CaseState::PreliminarilyRefused);
    QCOMPARE(kept.history.size(), old.history.size() + 1); // who did what stays
    QCOMPARE(kept.version, old.version + 1);               // and every cache takes it
    QCOMPARE((**(*store)->findCase(recent.id)).applicant, recent.applicant);
    QSqlQuery audit((*store)->connection());
    QVERIFY(audit.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = "
                                      "'retention-purge' AND subject = '%1'")
                           .arg(old.id)));
    QVERIFY(audit.next() && audit.value(0).toInt() == 1);
    // Run again, it finds nothing more of it.
    QCOMPARE(runKezekctl(purge, &printed), 0);
    QVERIFY2(!printed.contains(old.number), qPrintable(printed));
}

namespace {

// A period around today that holds every case the tests filed.
QString reportPeriod()
{
    const QDate today = QDateTime::currentDateTimeUtc().addSecs(5 * 3600).date(); // Kazakhstan
    return QStringLiteral("/api/v1/reports/pilot?from=%1&to=%2")
        .arg(today.addDays(-60).toString(Qt::ISODate), today.addDays(1).toString(Qt::ISODate));
}

int applicationsOf(const OversightFigures &figures, const QString &city)
{
    for (const PilotRow &row : figures.pilot.byCity) {
        if (row.key == city)
            return row.applications;
    }
    return -1;
}

} // namespace

// Issue 30, point 2: the pilot report "for the ministry and the controllers",
// every city; a supervisor reads the same figures of their own city alone.
void TestServerApi::thePilotReportIsTheMinistrysAndEachSupervisorsCitys()
{
    Client ministry(*m_server);
    ministry.signIn(QStringLiteral("ministry.reviewer"));
    const auto before = oversightFromJson(ministry.get(reportPeriod()).json);
    QVERIFY(before);
    // One more application in Astana today, of an applicant no earlier test
    // refused (a refusal bars the applicant for a year, §19): the report
    // counts it there.
    NewApplication newcomer = freshApplication();
    newcomer.applicant.iin = QStringLiteral("880721310009");
    fileAnother(*m_server, newcomer, QStringLiteral("DNR-2026-000301"));
    const Answer all = ministry.get(reportPeriod());
    QCOMPARE(all.status, 200);
    const auto everyCity = oversightFromJson(all.json);
    QVERIFY2(everyCity, qPrintable(everyCity ? QString() : everyCity.error().message));
    QCOMPARE(everyCity->city, std::nullopt);
    QVERIFY(!everyCity->lawVersion.isEmpty());
    QCOMPARE(applicationsOf(*everyCity, u"astana"_qs), applicationsOf(*before, u"astana"_qs) + 1);
    QCOMPARE(applicationsOf(*everyCity, u"almaty"_qs), applicationsOf(*before, u"almaty"_qs));

    Client supervisor(*m_server);
    supervisor.signIn(QStringLiteral("supervisor.astana"));
    const Answer own = supervisor.get(reportPeriod());
    QCOMPARE(own.status, 200);
    const auto astana = oversightFromJson(own.json);
    QVERIFY(astana);
    QCOMPARE(astana->city, City::Astana);
    QCOMPARE(astana->lawVersion, everyCity->lawVersion);
    QCOMPARE(applicationsOf(*astana, u"astana"_qs), applicationsOf(*everyCity, u"astana"_qs));
    QCOMPARE(applicationsOf(*astana, u"almaty"_qs), 0);
    QVERIFY(astana->cases <= everyCity->cases);
}

void TestServerApi::thePilotReportRefusesABadPeriodAndOtherRoles_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    const QString ministry = QStringLiteral("ministry.reviewer");
    QTest::newRow("an officer") << u"officer.astana"_qs << u"from=2026-01-01&to=2026-03-31"_qs
                                << 403 << u"forbidden"_qs;
    QTest::newRow("a CSC operator")
        << u"csc.astana"_qs << u"from=2026-01-01&to=2026-03-31"_qs << 403 << u"forbidden"_qs;
    QTest::newRow("an integration")
        << u"egov"_qs << u"from=2026-01-01&to=2026-03-31"_qs << 403 << u"forbidden"_qs;
    QTest::newRow("reversed") << ministry << u"from=2026-03-31&to=2026-01-01"_qs << 400
                              << u"report.period-reversed"_qs;
    QTest::newRow("no end") << ministry << u"from=2026-01-01"_qs << 400
                            << u"report.date-missing"_qs;
    QTest::newRow("no day of the calendar")
        << ministry << u"from=2026-02-01&to=2026-02-30"_qs << 400 << u"report.date-malformed"_qs;
    QTest::newRow("not ISO") << ministry << u"from=01.01.2026&to=2026-03-31"_qs << 400
                             << u"report.date-malformed"_qs;
    QTest::newRow("wholly to come")
        << ministry << u"from=2999-01-01&to=2999-12-31"_qs << 400 << u"report.period-future"_qs;
    // Its weeks would be counted one by one: refused before any case is read.
    QTest::newRow("ten thousand years")
        << ministry << u"from=0001-01-01&to=9999-12-31"_qs << 400 << u"report.period-too-long"_qs;
}

// Bad input is a clear error with its code; the roles the report is not for
// are refused (issue 30, point 2).
void TestServerApi::thePilotReportRefusesABadPeriodAndOtherRoles()
{
    QFETCH(QString, user);
    QFETCH(QString, query);
    QFETCH(int, status);
    QFETCH(QString, code);
    Client client(*m_server);
    QCOMPARE(client.signIn(user).status, 200);
    const Answer answer = client.get(QStringLiteral("/api/v1/reports/pilot?") + query);
    QCOMPARE(answer.status, status);
    QCOMPARE(answer.json.value(u"code").toString(), code);
    QVERIFY(!answer.json.value(u"message").toString().isEmpty());
}

void TestServerApi::kezekctlWritesTheReportWholeOrNothing_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QStringList>("period");
    QTest::addColumn<QString>("format");
    QTest::addColumn<int>("exit");
    const QString ministry = QStringLiteral("ministry.reviewer");
    const QDate today = QDateTime::currentDateTimeUtc().addSecs(5 * 3600).date();
    const QStringList around{today.addDays(-60).toString(Qt::ISODate),
                             today.addDays(1).toString(Qt::ISODate)};
    QTest::newRow("csv") << ministry << around << u"csv"_qs << 0;
    QTest::newRow("xlsx") << ministry << around << u"xlsx"_qs << 0;
    QTest::newRow("pdf") << u"supervisor.astana"_qs << around << u"pdf"_qs << 0;
    QTest::newRow("an unknown format") << ministry << around << u"docx"_qs << 2;
    QTest::newRow("a reversed period")
        << ministry << QStringList{u"2026-03-31"_qs, u"2026-01-01"_qs} << u"csv"_qs << 2;
    QTest::newRow("an impossible date")
        << ministry << QStringList{u"2026-02-01"_qs, u"2026-02-30"_qs} << u"csv"_qs << 2;
    QTest::newRow("a role the report is not for")
        << u"officer.astana"_qs << around << u"csv"_qs << 1;
    QTest::newRow("a period wholly to come")
        << ministry << QStringList{u"2999-01-01"_qs, u"2999-01-31"_qs} << u"csv"_qs << 1;
}

// Issue 30, point 2: `kezekctl report` writes the server's figures as the
// file asked for; bad input is a clear error, a non-zero exit and no file.
void TestServerApi::kezekctlWritesTheReportWholeOrNothing()
{
    QFETCH(QString, user);
    QFETCH(QStringList, period);
    QFETCH(QString, format);
    QFETCH(int, exit);
    QTemporaryDir folder;
    const QString out = folder.filePath(u"report."_qs + format);
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("KEZEK_PASSWORD"), Password);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(KEZEKCTL_PATH),
                  {u"report"_qs,
                   u"--server"_qs,
                   m_server->baseUrl(),
                   u"--ca"_qs,
                   m_server->folder() + u"/tls/cert.pem"_qs,
                   u"--user"_qs,
                   user,
                   u"--from"_qs,
                   period.at(0),
                   u"--to"_qs,
                   period.at(1),
                   u"--format"_qs,
                   format,
                   u"--out"_qs,
                   out,
                   u"--lang"_qs,
                   u"kk"_qs});
    QVERIFY(process.waitForFinished(120000));
    const QString printed
        = QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QVERIFY2(process.exitCode() == exit, qPrintable(printed));
    const QStringList left = QDir(folder.path()).entryList(QDir::Files | QDir::Hidden);
    if (exit != 0) {
        QVERIFY2(left.isEmpty(), qPrintable(left.join(u", ")));
        QVERIFY(!printed.trimmed().isEmpty());
        return;
    }
    QCOMPARE(left, QStringList{u"report."_qs + format}); // no temporary left beside it
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    const QString from = QDate::fromString(period.at(0), Qt::ISODate).toString(u"dd.MM.yyyy"_qs);
    if (format == u"csv") {
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QVERIFY(bytes.contains("report,,"));
        QVERIFY(bytes.contains(QByteArray(",period-from," + from.toUtf8())));
    } else if (format == u"xlsx") {
        QVERIFY(bytes.startsWith("PK")); // a zip, read back cell by cell in tst_pilotreport
    } else {
        QVERIFY(bytes.startsWith("%PDF"));
    }
}

QTEST_GUILESS_MAIN(TestServerApi)
#include "tst_serverapi.moc"
