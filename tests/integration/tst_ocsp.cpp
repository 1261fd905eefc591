// Issue 28 "Signatures verified", part 2 "Revocation": the server asks the
// authority's OCSP responder whether the officer's signing certificate was
// revoked, refuses a decision signed at or after a revocation, keeps the
// response with the decision, and asks once per certificate and period.
// The responder is the real `openssl ocsp`, behind a loopback HTTP front of
// the test's own (OpenSSL 3.0's `-port` listens on every interface).
// Likewise the CRLs the server fetches itself (--crl-url): refused or
// applied by the list, fetched once per period, fetched again after its
// nextUpdate, refused when it cannot be fetched.
#include "core/domain/casecodec.h"
#include "core/domain/casecommand.h"
#include "core/security/revocation.h"
#include "core/security/signatures.h"
#include "db/server/serverstore.h"
#include "db/server/userstore.h"
#include "tests/support/builders.h"
#include "tests/support/people.h"
#include "tests/support/postgres.h"
#include "tests/support/serverprocess.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Kezek;
using namespace Kezek::Testing;

namespace {

const QString Password = QStringLiteral("correct horse battery");

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// The authority's responder as НУЦ РК runs one: HTTP on loopback, each POST
// answered by `openssl ocsp` from OpenSSL's CA database (index.txt), signed
// by the responder certificate the server's --dev-cert made. Silent, it
// takes the request and never answers, as a responder that hangs.
class OcspFront : public QObject
{
public:
    OcspFront()
    {
        if (!m_listener.listen(QHostAddress::LocalHost, 0))
            qFatal("the OCSP front cannot listen");
        connect(&m_listener, &QTcpServer::newConnection, this, &OcspFront::accept);
    }
    QString url() const
    {
        return QStringLiteral("http://127.0.0.1:%1/ocsp").arg(m_listener.serverPort());
    }
    int requests() const { return m_requests; }
    void setSilent(bool silent) { m_silent = silent; }
    // Every request answered with these bytes instead of the responder's.
    void setFixedAnswer(const QByteArray &answer) { m_fixed = answer; }
    // The folder of the authority's certificate and the responder's pair.
    void setPki(const QString &folder) { m_pki = folder; }
    // One line per certificate: good, or revoked at `revokedAt`.
    void list(const QByteArray &certificatePem, const QDateTime &revokedAt = {})
    {
        const QByteArray revoked = revokedAt.isValid()
                                       ? revokedAt.toUTC().toString(u"yyMMddHHmmss'Z'").toLatin1()
                                       : QByteArray();
        // Subjects are unique in the database: each key its own.
        const QByteArray serial = serialOf(certificatePem).value_or("00");
        m_index += (revokedAt.isValid() ? "R" : "V") + QByteArray("\t491231235959Z\t") + revoked
                   + '\t' + serial + "\tunknown\t/CN=Officer " + serial + '\n';
    }

private:
    void accept()
    {
        while (QTcpSocket *socket = m_listener.nextPendingConnection()) {
            socket->setParent(this);
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
        }
    }
    void read(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        qsizetype length = 0;
        for (const QByteArray &line : buffer.left(headerEnd).split('\n')) {
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        }
        if (buffer.size() < headerEnd + 4 + length)
            return;
        ++m_requests;
        const QByteArray request = buffer.mid(headerEnd + 4, length);
        m_buffers.remove(socket);
        if (m_silent)
            return; // never answered
        const QByteArray response = m_fixed.isEmpty() ? respond(request) : m_fixed;
        socket->write("HTTP/1.0 200 OK\r\nContent-Type: application/ocsp-response\r\n"
                      "Content-Length: "
                      + QByteArray::number(response.size()) + "\r\n\r\n" + response);
        socket->disconnectFromHost();
    }
    QByteArray respond(const QByteArray &request) const
    {
        QTemporaryDir dir;
        if (!writeAll(dir.filePath(QStringLiteral("index.txt")), m_index)
            || !writeAll(dir.filePath(QStringLiteral("request.der")), request))
            return {};
        QProcess openssl;
        openssl.setWorkingDirectory(dir.path());
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("ocsp"),
                       QStringLiteral("-index"),
                       QStringLiteral("index.txt"),
                       QStringLiteral("-CA"),
                       m_pki + QStringLiteral("/signing-ca.pem"),
                       QStringLiteral("-rsigner"),
                       m_pki + QStringLiteral("/ocsp.pem"),
                       QStringLiteral("-rkey"),
                       m_pki + QStringLiteral("/ocsp-key.pem"),
                       QStringLiteral("-reqin"),
                       QStringLiteral("request.der"),
                       QStringLiteral("-respout"),
                       QStringLiteral("response.der"),
                       QStringLiteral("-ndays"),
                       QStringLiteral("1")});
        if (!openssl.waitForFinished(10000) || openssl.exitCode() != 0)
            qWarning("openssl ocsp: %s", openssl.readAllStandardError().constData());
        return readAll(dir.filePath(QStringLiteral("response.der")));
    }

    QString m_pki;
    QTcpServer m_listener;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QByteArray m_index;
    int m_requests = 0;
    bool m_silent = false;
    QByteArray m_fixed;
};

// The authority's CRL distribution point as НУЦ РК runs one
// (http://crl.pki.gov.kz/nca_rsa.crl): plain HTTP on loopback, each GET
// answered with the list it serves now, counted.
class CrlFront : public QObject
{
public:
    CrlFront()
    {
        if (!m_listener.listen(QHostAddress::LocalHost, 0))
            qFatal("the CRL front cannot listen");
        connect(&m_listener, &QTcpServer::newConnection, this, &CrlFront::accept);
    }
    QString url() const
    {
        return QStringLiteral("http://127.0.0.1:%1/nca_rsa.crl").arg(m_listener.serverPort());
    }
    int gets() const { return m_gets; }
    void serve(const QByteArray &crlDer) { m_crl = crlDer; }

private:
    void accept()
    {
        while (QTcpSocket *socket = m_listener.nextPendingConnection()) {
            socket->setParent(this);
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
        }
    }
    void read(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        if (!buffer.contains("\r\n\r\n"))
            return;
        const bool get = buffer.startsWith("GET /nca_rsa.crl ");
        m_buffers.remove(socket);
        if (!get) {
            socket->write("HTTP/1.0 404 Not Found\r\nContent-Length: 0\r\n\r\n");
        } else {
            ++m_gets;
            socket->write("HTTP/1.0 200 OK\r\nContent-Type: application/pkix-crl\r\n"
                          "Content-Length: "
                          + QByteArray::number(m_crl.size()) + "\r\n\r\n" + m_crl);
        }
        socket->disconnectFromHost();
    }

    QTcpServer m_listener;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QByteArray m_crl;
    int m_gets = 0;
};

QJsonObject returnForRework(const QString &caseId)
{
    return {{QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
            {QStringLiteral("type"), QStringLiteral("return-for-rework")},
            {QStringLiteral("caseId"), caseId},
            {QStringLiteral("baseVersion"), 1},
            {QStringLiteral("payload"),
             QJsonObject{
                 {QStringLiteral("reasonCodes"), QJsonArray{QStringLiteral("DOCS-INCOMPLETE")}}}}};
}

// The command with the officer's detached CMS signature, as the workstation
// sends a decision.
QJsonObject signedBy(QJsonObject json, const PemPair &key)
{
    auto command = caseCommandFromJson(json);
    auto signature = command ? signDetached(signedContent(*command), key)
                             : Result<QByteArray>(std::unexpected(command.error()));
    if (!signature)
        qFatal("cannot sign: %s", qPrintable(signature.error().message));
    json.insert(QStringLiteral("signature"), QString::fromLatin1(signature->toBase64()));
    return json;
}

} // namespace

class TestOcsp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void aGoodCertificateIsAcceptedAndTheResponseKept();
    void theNextDecisionIsAnsweredFromTheCache();
    void aCertificateRevokedBeforeTheActIsRefused();
    void aRevocationAfterTheActDoesNotUndoIt();
    void aResponderThatDoesNotAnswerRefusesTheDecision();
    void withCrlFilesTooTheyStandInForAnUnreachableResponder();
    void aFetchedCrlRefusesTheRevokedAndAppliesTheGood();
    void aFetchedCrlIsFetchedAgainAfterItsNextUpdate();
    void aCrlThatCannotBeFetchedRefusesTheDecision();
    void aCrlFileStandsInForAListThatCannotBeFetched();
    void cleanup();

private:
    // A server and its database, with the officer and the eGov intake
    // signed in.
    struct Site
    {
        std::unique_ptr<ServerProcess> server;
        QString databaseUrl;
        QByteArray token;
        QByteArray egovToken;
    };
    // Starts it (a fresh PostgreSQL database when the suite runs on one).
    bool open(Site &site, const QStringList &arguments, bool onPostgres);
    // Another server of the main one's PKI, with `arguments` besides.
    bool openOfSamePki(Site &site, const QStringList &arguments, bool onPostgres);
    // The authority's CRL, listing `revoked` (revoked 30 s ago), issued a
    // minute ago and current until `nextUpdate`.
    QByteArray crlRevoking(const QList<PemPair> &revoked, const QDateTime &nextUpdate);
    // A new signing certificate of officer.astana's, registered as theirs
    // and listed with the responder (revoked at `revokedAt` when given).
    PemPair newKey(const QDateTime &revokedAt = {});
    // A new case of the Astana office at version 1.
    QString newCase();
    // The officer's decision; its result (status, code).
    QJsonObject send(const QJsonObject &decision);
    int versionOf(const QString &caseId);

    std::unique_ptr<OcspFront> m_front;
    CrlFront m_crlFront;
    Site m_crlSite; // fetches m_crlFront's list (--crl-url)
    QDateTime m_crlNextUpdate;
    PemPair m_crlGoodKey;
    Site m_main;
    Site *m_site = &m_main; // the one the helpers speak to
    PemPair m_authority;    // the demo intermediate --dev-cert made
    int m_cases = 0;
    QNetworkAccessManager m_network;
    QByteArray post(const QString &path, const QJsonObject &body, const QByteArray &token);
};

void TestOcsp::initTestCase()
{
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty(),
             "the openssl command (scripts/test.sh installs it)");
    // The front answers from the PKI the server makes at its start.
    m_front = std::make_unique<OcspFront>();
    const QStringList arguments = {QStringLiteral("--ocsp-url"),
                                   m_front->url(),
                                   QStringLiteral("--ocsp-timeout"),
                                   QStringLiteral("2")};
    const bool onPostgres = qEnvironmentVariable("KEZEK_TEST_BACKEND") == u"postgresql";
    if (onPostgres && qEnvironmentVariable("KEZEK_TEST_POSTGRES_URL").isEmpty())
        QSKIP("no PostgreSQL cluster: scripts/test.sh starts one and sets "
              "KEZEK_TEST_POSTGRES_URL");
    QVERIFY(open(m_main, arguments, onPostgres));
    const QString tls = m_main.server->folder() + QStringLiteral("/tls");
    // --dev-cert made the responder's certificate and the empty CRL beside
    // the authority (docs/operations.md §3).
    for (const char *name : {"ocsp.pem", "ocsp-key.pem", "signing-ca.crl"})
        QVERIFY2(QFile::exists(tls + u'/' + QLatin1StringView(name)), name);
    m_front->setPki(tls);
    m_authority = {readAll(tls + QStringLiteral("/signing-ca.pem")),
                   readAll(tls + QStringLiteral("/signing-ca-key.pem"))};
}

bool TestOcsp::open(Site &site, const QStringList &arguments, bool onPostgres)
{
    site.databaseUrl
        = onPostgres ? freshPostgresDatabase(QStringLiteral("kezek_ocsp_")) : QString();
    site.server = std::make_unique<ServerProcess>(arguments, site.databaseUrl);
    if (!onPostgres)
        site.databaseUrl
            = QStringLiteral("sqlite:") + site.server->folder() + QStringLiteral("/server.db");
    auto store = site.server->start() ? ServerStore::open(site.databaseUrl)
                                      : Result<std::unique_ptr<ServerStore>>();
    if (!store)
        return false;
    UserStore users(**store);
    if (!addPeople(users,
                   {{"officer.astana",
                     QStringLiteral("Айгерім"),
                     Role::MigrationOfficer,
                     City::Astana,
                     ""},
                    {"egov", QStringLiteral("eGov"), Role::System, std::nullopt, "egov"}},
                   Password))
        return false;
    Site *was = std::exchange(m_site, &site);
    const auto signIn = [this](const QString &user) {
        return QJsonDocument::fromJson(
                   post(QStringLiteral("/api/v1/session"),
                        {{QStringLiteral("user"), user}, {QStringLiteral("password"), Password}},
                        {}))
            .object()
            .value(u"token")
            .toString()
            .toLatin1();
    };
    site.egovToken = signIn(QStringLiteral("egov"));
    site.token = signIn(QStringLiteral("officer.astana"));
    m_site = was;
    return !site.egovToken.isEmpty() && !site.token.isEmpty();
}

QByteArray TestOcsp::post(const QString &path, const QJsonObject &body, const QByteArray &token)
{
    QNetworkRequest request(QUrl(m_site->server->baseUrl() + path));
    request.setSslConfiguration(m_site->server->trustingConfiguration());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token);
    QNetworkReply *reply = m_network.post(request, QJsonDocument(body).toJson());
    if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 30000))
        qFatal("no answer");
    const QByteArray raw = reply->readAll();
    reply->deleteLater();
    return raw;
}

PemPair TestOcsp::newKey(const QDateTime &revokedAt)
{
    const QString user = QStringLiteral("officer.astana");
    auto key = issueSigningCertificate(m_authority, user, Builders::staffIin(user));
    auto store = ServerStore::open(m_site->databaseUrl);
    if (!key || !store
        || !UserStore(**store).setSigningCertificate(
            user, key->certificate, QDateTime::currentDateTimeUtc()))
        qFatal("cannot register a signing key");
    m_front->list(key->certificate, revokedAt);
    return *key;
}

QString TestOcsp::newCase()
{
    NewApplication application
        = Builders::application(City::Astana, QDateTime::currentDateTimeUtc().date());
    application.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    application.number = QStringLiteral("DNR-2026-%1").arg(++m_cases + 100, 6, 10, QChar(u'0'));
    post(QStringLiteral("/api/v1/integration/egov/applications"),
         newApplicationToJson(application),
         m_site->egovToken);
    return application.id;
}

QJsonObject TestOcsp::send(const QJsonObject &decision)
{
    const QByteArray raw = post(QStringLiteral("/api/v1/commands"),
                                {{QStringLiteral("commands"), QJsonArray{decision}}},
                                m_site->token);
    return QJsonDocument::fromJson(raw).object().value(u"results").toArray().at(0).toObject();
}

int TestOcsp::versionOf(const QString &caseId)
{
    auto store = ServerStore::open(m_site->databaseUrl);
    auto found = store ? (*store)->findCase(caseId) : Result<std::optional<Case>>();
    return found && found->has_value() ? (*found)->version : -1;
}

void TestOcsp::aGoodCertificateIsAcceptedAndTheResponseKept()
{
    const PemPair key = newKey();
    const QString caseId = newCase();
    QCOMPARE(versionOf(caseId), 1);
    const int asked = m_front->requests();
    const QJsonObject decision = signedBy(returnForRework(caseId), key);
    const QJsonObject result = send(decision);
    QVERIFY2(result.value(u"status").toString() == u"applied",
             QJsonDocument(result).toJson().constData());
    QCOMPARE(m_front->requests(), asked + 1);

    // The responder's signed answer is kept with the decision: it says
    // "good" again, later, without the network.
    auto store = ServerStore::open(m_site->databaseUrl);
    QVERIFY(store);
    auto kept = (*store)->signedCommands(caseId);
    QVERIFY(kept && kept->size() == 1);
    QCOMPARE(kept->first().revocationSource, QStringLiteral("ocsp"));
    const auto status = checkOcspResponse(kept->first().revocation,
                                          key.certificate,
                                          m_authority.certificate,
                                          {m_authority.certificate},
                                          QDateTime::currentDateTimeUtc().addSecs(3600),
                                          std::chrono::seconds(60));
    QVERIFY2(status, qPrintable(status ? QString() : status.error().message));
    QVERIFY(!status->revoked);

    // Exported, the plain openssl command checks the response offline.
    QTemporaryDir out;
    const QString authorities = out.filePath(QStringLiteral("site.pem"));
    QVERIFY(writeAll(authorities,
                     readAll(m_site->server->folder() + QStringLiteral("/tls/signing-root.pem"))
                         + m_authority.certificate));
    QProcess kezekctl;
    kezekctl.start(QStringLiteral(KEZEKCTL_PATH),
                   {QStringLiteral("export"),
                    QStringLiteral("decisions"),
                    QStringLiteral("--database"),
                    m_site->databaseUrl,
                    QStringLiteral("--case"),
                    caseId,
                    QStringLiteral("--out"),
                    out.path(),
                    QStringLiteral("--authority"),
                    authorities});
    QVERIFY(kezekctl.waitForFinished(60000));
    QCOMPARE(kezekctl.exitCode(), 0);
    const QString id = decision.value(u"id").toString();
    QProcess openssl;
    openssl.setProcessChannelMode(QProcess::MergedChannels);
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("ocsp"),
                   QStringLiteral("-respin"),
                   out.filePath(id + QStringLiteral(".ocsp.der")),
                   QStringLiteral("-CAfile"),
                   out.filePath(QStringLiteral("authorities.pem")),
                   QStringLiteral("-resp_text")});
    QVERIFY(openssl.waitForFinished(30000));
    const QString printed = QString::fromUtf8(openssl.readAll());
    QVERIFY2(openssl.exitCode() == 0 && printed.contains(u"Response verify OK"),
             qPrintable(printed));
    QVERIFY2(printed.contains(u"Cert Status: good"), qPrintable(printed));
}

void TestOcsp::theNextDecisionIsAnsweredFromTheCache()
{
    // The answer is current for a day (-ndays 1): the officer's next
    // decisions within it do not ask the responder again.
    const PemPair key = newKey();
    const int asked = m_front->requests();
    for (int i = 0; i < 2; ++i) {
        const QJsonObject result = send(signedBy(returnForRework(newCase()), key));
        QVERIFY2(result.value(u"status").toString() == u"applied",
                 QJsonDocument(result).toJson().constData());
    }
    QCOMPARE(m_front->requests(), asked + 1);
}

void TestOcsp::aCertificateRevokedBeforeTheActIsRefused()
{
    const PemPair key = newKey(QDateTime::currentDateTimeUtc().addSecs(-30));
    const QString caseId = newCase();
    const QJsonObject result = send(signedBy(returnForRework(caseId), key));
    QCOMPARE(result.value(u"code").toString(), QStringLiteral("revocation.revoked"));
    QCOMPARE(versionOf(caseId), 1); // nothing applied
}

void TestOcsp::aRevocationAfterTheActDoesNotUndoIt()
{
    // Signed offline 30 seconds ago, within the certificate's validity (it
    // begins a minute before issue); revoked 10 seconds ago.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const PemPair key = newKey(now.addSecs(-10));
    const QString caseId = newCase();
    QJsonObject decision = returnForRework(caseId);
    decision.insert(QStringLiteral("madeAt"), now.addSecs(-30).toString(Qt::ISODate));
    const QJsonObject result = send(signedBy(decision, key));
    QVERIFY2(result.value(u"status").toString() == u"applied",
             QJsonDocument(result).toJson().constData());
    QCOMPARE(versionOf(caseId), 2);
}

void TestOcsp::aResponderThatDoesNotAnswerRefusesTheDecision()
{
    // It takes the request and says nothing: the server gives up after its
    // --ocsp-timeout (2 s here), refuses, and applies nothing.
    const PemPair key = newKey();
    const QString caseId = newCase();
    m_front->setSilent(true);
    QElapsedTimer timer;
    timer.start();
    const QJsonObject result = send(signedBy(returnForRework(caseId), key));
    m_front->setSilent(false);
    QCOMPARE(result.value(u"code").toString(), QStringLiteral("revocation.ocsp-unreachable"));
    QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(versionOf(caseId), 1);
    // Answering again, it is asked again: a failure is not cached.
    const QJsonObject again = send(signedBy(returnForRework(caseId), key));
    QVERIFY2(again.value(u"status").toString() == u"applied",
             QJsonDocument(again).toJson().constData());
}

void TestOcsp::withCrlFilesTooTheyStandInForAnUnreachableResponder()
{
    // docs/operations.md §3 "Several": a site with a responder and CRL files
    // uses the lists when the responder cannot be reached (here nothing
    // listens at its address), and keeps the list it used. Another server
    // of the same PKI, with its own database.
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
    const QString nowhere = QStringLiteral("http://127.0.0.1:%1/").arg(closed.serverPort());
    closed.close();
    const QString tls = m_main.server->folder() + QStringLiteral("/tls");
    QTemporaryDir dir;
    const QString authorities = dir.filePath(QStringLiteral("authorities.pem"));
    QVERIFY(writeAll(authorities,
                     readAll(tls + QStringLiteral("/signing-root.pem")) + m_authority.certificate));
    Site site;
    QVERIFY(open(site,
                 {QStringLiteral("--ocsp-url"),
                  nowhere,
                  QStringLiteral("--crl"),
                  tls + QStringLiteral("/signing-ca.crl"),
                  QStringLiteral("--signing-ca"),
                  authorities,
                  QStringLiteral("--archive-tsa"),
                  tls + QStringLiteral("/archive-tsa.pem")},
                 false));
    m_site = &site;
    const PemPair key = newKey();
    const QString caseId = newCase();
    const QJsonObject result = send(signedBy(returnForRework(caseId), key));
    auto store = ServerStore::open(site.databaseUrl);
    auto kept
        = store ? (*store)->signedCommands(caseId) : Result<QList<ServerStore::SignedCommand>>();
    m_site = &m_main;
    QVERIFY2(result.value(u"status").toString() == u"applied",
             QJsonDocument(result).toJson().constData());
    QVERIFY(kept && kept->size() == 1);
    QCOMPARE(kept->first().revocationSource, QStringLiteral("crl"));

    // A responder that answers but gives no status (tryLater, RFC 6960
    // §2.3: an OCSPResponse of that status alone) is passed over the same way.
    OcspFront busy;
    busy.setFixedAnswer(QByteArray::fromHex("30030a0103"));
    Site second;
    QVERIFY(open(second,
                 {QStringLiteral("--ocsp-url"),
                  busy.url(),
                  QStringLiteral("--crl"),
                  tls + QStringLiteral("/signing-ca.crl"),
                  QStringLiteral("--signing-ca"),
                  authorities,
                  QStringLiteral("--archive-tsa"),
                  tls + QStringLiteral("/archive-tsa.pem")},
                 false));
    m_site = &second;
    const PemPair secondKey = newKey();
    const QString later = newCase();
    const QJsonObject passed = send(signedBy(returnForRework(later), secondKey));
    auto secondStore = ServerStore::open(second.databaseUrl);
    auto secondKept = secondStore ? (*secondStore)->signedCommands(later)
                                  : Result<QList<ServerStore::SignedCommand>>();
    m_site = &m_main;
    QVERIFY2(passed.value(u"status").toString() == u"applied",
             QJsonDocument(passed).toJson().constData());
    QCOMPARE(busy.requests(), 1);
    QVERIFY(secondKept && secondKept->size() == 1);
    QCOMPARE(secondKept->first().revocationSource, QStringLiteral("crl"));
}

void TestOcsp::cleanup()
{
    m_site = &m_main;
}

bool TestOcsp::openOfSamePki(Site &site, const QStringList &arguments, bool onPostgres)
{
    const QString tls = m_main.server->folder() + QStringLiteral("/tls");
    const QString authorities = m_main.server->folder() + QStringLiteral("/authorities.pem");
    if (!writeAll(authorities,
                  readAll(tls + QStringLiteral("/signing-root.pem")) + m_authority.certificate))
        return false;
    return open(site,
                arguments
                    + QStringList{QStringLiteral("--signing-ca"),
                                  authorities,
                                  QStringLiteral("--archive-tsa"),
                                  tls + QStringLiteral("/archive-tsa.pem")},
                onPostgres);
}

QByteArray TestOcsp::crlRevoking(const QList<PemPair> &revoked, const QDateTime &nextUpdate)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<RevokedCertificate> entries;
    for (const PemPair &key : revoked)
        entries.append({serialOf(key.certificate).value_or("00"), now.addSecs(-30)});
    auto crl = makeCrl(m_authority, entries, now.addSecs(-60), nextUpdate);
    if (!crl)
        qFatal("cannot make the CRL: %s", qPrintable(crl.error().message));
    return *crl;
}

void TestOcsp::aFetchedCrlRefusesTheRevokedAndAppliesTheGood()
{
    // Issue 28 part 2 "CRLs (fetched, cached, next-update honoured)": a site
    // with --crl-url only. The list is current for a few seconds (its
    // nextUpdate), which the next test waits out.
    const bool onPostgres = qEnvironmentVariable("KEZEK_TEST_BACKEND") == u"postgresql";
    QVERIFY(openOfSamePki(m_crlSite,
                          {QStringLiteral("--crl-url"),
                           m_crlFront.url(),
                           QStringLiteral("--ocsp-timeout"),
                           QStringLiteral("2")},
                          onPostgres));
    m_site = &m_crlSite;
    // Each key registered in turn as the officer's: the revoked one first;
    // the good one, issued later, is not on the list.
    const PemPair revoked = newKey();
    m_crlNextUpdate = QDateTime::currentDateTimeUtc().addSecs(8);
    m_crlFront.serve(crlRevoking({revoked}, m_crlNextUpdate));

    const QString refusedCase = newCase();
    const QJsonObject refused = send(signedBy(returnForRework(refusedCase), revoked));
    QCOMPARE(refused.value(u"code").toString(), QStringLiteral("revocation.revoked"));
    QCOMPARE(versionOf(refusedCase), 1); // nothing applied
    QCOMPARE(m_crlFront.gets(), 1);

    // The good one, answered from the list fetched for the first: no GET.
    m_crlGoodKey = newKey();
    const QString caseId = newCase();
    const QJsonObject decision = signedBy(returnForRework(caseId), m_crlGoodKey);
    const QJsonObject applied = send(decision);
    QVERIFY2(applied.value(u"status").toString() == u"applied",
             QJsonDocument(applied).toJson().constData());
    QCOMPARE(versionOf(caseId), 2);
    QCOMPARE(m_crlFront.gets(), 1);

    // The list fetched is kept with the decision as a CRL file's would be,
    // so that the export verifies with openssl cms -crl_check.
    QTemporaryDir out;
    QProcess kezekctl;
    kezekctl.start(QStringLiteral(KEZEKCTL_PATH),
                   {QStringLiteral("export"),
                    QStringLiteral("decisions"),
                    QStringLiteral("--database"),
                    m_crlSite.databaseUrl,
                    QStringLiteral("--case"),
                    caseId,
                    QStringLiteral("--out"),
                    out.path(),
                    QStringLiteral("--authority"),
                    m_main.server->folder() + QStringLiteral("/authorities.pem")});
    QVERIFY(kezekctl.waitForFinished(60000));
    QCOMPARE(kezekctl.exitCode(), 0);
    const QString id = decision.value(u"id").toString();
    QProcess openssl;
    openssl.setProcessChannelMode(QProcess::MergedChannels);
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("cms"),
                   QStringLiteral("-verify"),
                   QStringLiteral("-binary"),
                   QStringLiteral("-inform"),
                   QStringLiteral("DER"),
                   QStringLiteral("-in"),
                   out.filePath(id + QStringLiteral(".p7s")),
                   QStringLiteral("-content"),
                   out.filePath(id + QStringLiteral(".json")),
                   QStringLiteral("-CAfile"),
                   out.filePath(id + QStringLiteral(".trust.pem")),
                   QStringLiteral("-crl_check"),
                   QStringLiteral("-out"),
                   QStringLiteral("/dev/null")});
    QVERIFY(openssl.waitForFinished(30000));
    const QString printed = QString::fromUtf8(openssl.readAll());
    QVERIFY2(openssl.exitCode() == 0 && printed.contains(u"Verification successful"),
             qPrintable(printed));
}

void TestOcsp::aFetchedCrlIsFetchedAgainAfterItsNextUpdate()
{
    // Past the list's nextUpdate the server fetches it again, and keeps the
    // new one with the decision; within the new one's period it does not.
    if (!m_crlSite.server)
        QSKIP("needs aFetchedCrlRefusesTheRevokedAndAppliesTheGood's site");
    m_site = &m_crlSite;
    const QDateTime issued = QDateTime::currentDateTimeUtc();
    const QByteArray next = crlRevoking({}, issued.addSecs(3600));
    m_crlFront.serve(next);
    QTest::qWait(std::max<qint64>(0, issued.msecsTo(m_crlNextUpdate)) + 1000);
    const int fetched = m_crlFront.gets();
    const QString caseId = newCase();
    const QJsonObject result = send(signedBy(returnForRework(caseId), m_crlGoodKey));
    QVERIFY2(result.value(u"status").toString() == u"applied",
             QJsonDocument(result).toJson().constData());
    QCOMPARE(m_crlFront.gets(), fetched + 1);
    auto store = ServerStore::open(m_crlSite.databaseUrl);
    QVERIFY(store);
    auto kept = (*store)->signedCommands(caseId);
    QVERIFY(kept && kept->size() == 1);
    QCOMPARE(kept->first().revocationSource, QStringLiteral("crl"));
    QCOMPARE(kept->first().revocation, next);

    const QJsonObject again = send(signedBy(returnForRework(newCase()), m_crlGoodKey));
    QVERIFY2(again.value(u"status").toString() == u"applied",
             QJsonDocument(again).toJson().constData());
    QCOMPARE(m_crlFront.gets(), fetched + 1);
}

void TestOcsp::aCrlThatCannotBeFetchedRefusesTheDecision()
{
    // Nothing listens at the list's address and no copy is cached: the
    // server cannot tell whether the certificate was revoked, so it refuses
    // (revocation.crl-unreachable) and applies nothing.
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
    const QString nowhere
        = QStringLiteral("http://127.0.0.1:%1/nca_rsa.crl").arg(closed.serverPort());
    closed.close();
    Site site;
    QVERIFY(openOfSamePki(site, {QStringLiteral("--crl-url"), nowhere}, false));
    m_site = &site;
    const PemPair key = newKey();
    const QString caseId = newCase();
    QElapsedTimer timer;
    timer.start();
    const QJsonObject result = send(signedBy(returnForRework(caseId), key));
    QCOMPARE(result.value(u"code").toString(), QStringLiteral("revocation.crl-unreachable"));
    QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(versionOf(caseId), 1);
}

void TestOcsp::aCrlFileStandsInForAListThatCannotBeFetched()
{
    // docs/operations.md §3 "Several": the fetched lists come before the
    // files, which are used when a list cannot be fetched; the file's list is
    // kept with the decision.
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
    const QString nowhere
        = QStringLiteral("http://127.0.0.1:%1/nca_rsa.crl").arg(closed.serverPort());
    closed.close();
    const QString file = m_main.server->folder() + QStringLiteral("/tls/signing-ca.crl");
    Site site;
    QVERIFY(openOfSamePki(
        site, {QStringLiteral("--crl-url"), nowhere, QStringLiteral("--crl"), file}, false));
    m_site = &site;
    const PemPair key = newKey();
    const QString caseId = newCase();
    const QJsonObject result = send(signedBy(returnForRework(caseId), key));
    QVERIFY2(result.value(u"status").toString() == u"applied",
             QJsonDocument(result).toJson().constData());
    auto store = ServerStore::open(site.databaseUrl);
    QVERIFY(store);
    auto kept = (*store)->signedCommands(caseId);
    QVERIFY(kept && kept->size() == 1);
    QCOMPARE(kept->first().revocationSource, QStringLiteral("crl"));
    const auto listed = crlEvidence(readAll(file)); // the file is PEM, the kept list DER
    QVERIFY(listed);
    QCOMPARE(kept->first().revocation, listed->der);
}

QTEST_GUILESS_MAIN(TestOcsp)
#include "tst_ocsp.moc"
