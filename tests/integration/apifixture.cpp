#include "tests/integration/apifixture.h"

namespace Kezek::Testing {

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
NewApplication freshApplication(City city)
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
int registered(Client &officer, const QString &caseId, QJsonArray *registration)
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

int run(const QString &program, const QStringList &arguments, QString *output)
{
    QProcess process;
    process.start(program, arguments);
    process.waitForFinished(60000);
    if (output)
        *output
            = QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

void ApiSuite::startSite()
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

ApiSuite::MinistrySite *ApiSuite::ministrySite()
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

PetitionSubmission ApiSuite::petitionFor(const NewApplication &application,
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

} // namespace Kezek::Testing
