#pragma once

// What the API suites share (issue 32, point 3: tst_serverapi split by
// resource into tst_serverapi_cases, _documents and _accounts, each of which
// runs alone): a client of the API as the workstation is, the helpers that
// file and register cases, and the site each suite starts for itself.
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

namespace Kezek::Testing {

inline const QString Password = QStringLiteral("correct horse battery");

// A real 1×1 PNG, and a PDF's first bytes.
inline const QByteArray Png
    = QByteArray::fromBase64("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlE"
                             "QVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");
inline const QByteArray Pdf
    = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n";

inline QString sha256Of(const QByteArray &bytes)
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
int runKezekctl(const QStringList &arguments, QString *printed);
QJsonObject
command(const QString &type, const QString &caseId, int baseVersion, const QJsonObject &payload);
// The command with the officer's detached CMS signature over its exact bytes,
// as the workstation sends a decision.
QJsonObject signedBy(const QJsonObject &json, const PemPair &key);
// An application of an applicant of its own (a refusal in one test bans
// nobody another test files for), not filed yet.
NewApplication freshApplication(City city = City::Astana);
// Another application of the same applicant, filed through the eGov intake.
NewApplication
fileAnother(const ServerProcess &server, NewApplication application, const QString &number);
// A case number of the test's own: every test files its own applications,
// so that each runs alone and in any order.
QString freshNumber();
// The officer's verification of every preliminary document, one command each
// from `version` on: the case's version after them is `version` + their count.
QJsonArray verifyPreliminaryDocuments(const QString &caseId, int &version);
// The case registered by the officer after verifying its preliminary
// documents (the batch in `registration`): its version after them, -1 if
// anything was not applied.
int registered(Client &officer, const QString &caseId, QJsonArray *registration = nullptr);
int run(const QString &program, const QStringList &arguments, QString *output = nullptr);

inline const QString MinistryBin = QStringLiteral("990340001234");

// The site every API suite starts in its initTestCase: the real server on
// SQLite, or on a fresh PostgreSQL database for the CTest entries ending in
// _postgresql (KEZEK_TEST_BACKEND=postgresql), with the site's people and a
// registered signing key for each officer.
class ApiSuite : public QObject
{
    Q_OBJECT

protected:
    // Fails (or skips) the calling initTestCase when a step fails.
    void startSite();
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

} // namespace Kezek::Testing
