// Commands per second through the real server on loopback, and how many of
// those answered "applied" are really kept:
//   - one case under contention: 16 connections send the checks integration's
//     answers on one registered case, 25 each (400 commands);
//   - many cases: 16 connections each verify the documents of their own
//     cases, one command after another (480 commands);
//   - batched: 16 workstations coming back online push their outboxes, each
//     the verifications of its own ten cases in batches of 20 (960 commands).
// On SQLite (one server) and, with --postgresql, on one server and then two
// sharing one PostgreSQL database. With --baseline BUILD_DIR, the same load runs first on
// that build's kezek-server (BUILD_DIR/app/server/kezek-server, or server/ in
// a build from before the move; users added with
// its BUILD_DIR/app/ctl/kezekctl), beside this build's, in one run:
//   bench_commands [--baseline BUILD_DIR] [--postgresql postgresql://USER@HOST:PORT/DB]
// Build with the release preset for figures worth quoting.
#include "core/domain/casecodec.h"
#include "core/domain/casecommand.h"
#include "core/simulation/applicationgenerator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTextStream>
#include <QUrl>
#include <QUuid>

#include <memory>
#include <vector>

using namespace Kezek;

namespace {

QTextStream out(stdout);
const QByteArray Password = "bench password 2026";
constexpr int Connections = 16;

struct Build
{
    QString label;
    QString server;
    QString ctl;
};

// One kezek-server process on a free loopback port.
class Server
{
public:
    Server(const QString &program, const QString &database)
    {
        m_process.setStandardErrorFile(QProcess::nullDevice()); // a line per request
        m_process.start(program,
                        {QStringLiteral("--listen"),
                         QStringLiteral("127.0.0.1"),
                         QStringLiteral("--port"),
                         QStringLiteral("0"),
                         QStringLiteral("--threads"),
                         QString::number(Connections + 4),
                         QStringLiteral("--dev-cert"),
                         m_dir.filePath(QStringLiteral("tls")),
                         QStringLiteral("--database"),
                         database});
        QByteArray banner;
        while (!banner.contains('\n') && m_process.waitForReadyRead(60000))
            banner += m_process.readAllStandardOutput();
        m_port = QRegularExpression(QStringLiteral(":(\\d+)"))
                     .match(QString::fromLatin1(banner))
                     .captured(1)
                     .toInt();
        m_tls = QSslConfiguration::defaultConfiguration();
        m_tls.setCaCertificates(
            QSslCertificate::fromPath(m_dir.filePath(QStringLiteral("tls/cert.pem"))));
    }
    ~Server()
    {
        m_process.terminate();
        if (!m_process.waitForFinished(10000))
            m_process.kill();
    }
    bool up() const { return m_port > 0; }
    QString base() const { return QStringLiteral("https://127.0.0.1:%1").arg(m_port); }
    const QSslConfiguration &tls() const { return m_tls; }

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    QSslConfiguration m_tls;
    int m_port = 0;
};

QNetworkRequest requestTo(const Server &server, const QString &path, const QByteArray &token)
{
    QNetworkRequest request(QUrl(server.base() + path));
    request.setSslConfiguration(server.tls());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setRawHeader("X-Kezek-Protocol", QByteArray::number(CommandProtocol));
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token);
    return request;
}

QJsonObject call(QNetworkAccessManager &manager,
                 const Server &server,
                 const QByteArray &method,
                 const QString &path,
                 const QByteArray &token,
                 const QJsonObject &body = {})
{
    QNetworkReply *reply = manager.sendCustomRequest(
        requestTo(server, path, token),
        method,
        body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact));
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const QJsonObject json = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    return json;
}

QJsonObject
command(const QString &type, const QString &caseId, int base, const QJsonObject &payload)
{
    QJsonObject json{{QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                     {QStringLiteral("type"), type},
                     {QStringLiteral("caseId"), caseId},
                     {QStringLiteral("payload"), payload}};
    if (base > 0)
        json.insert(QStringLiteral("baseVersion"), base);
    return json;
}

QJsonObject verify(const QString &caseId, int base, DocumentType type)
{
    return command(QStringLiteral("update-document"),
                   caseId,
                   base,
                   {{QStringLiteral("checklist"), QStringLiteral("preliminary")},
                    {QStringLiteral("document"), documentTypeId(type)},
                    {QStringLiteral("command"), QStringLiteral("verify")}});
}

// A connection that sends its commands one after another (or `perBatch` at
// a time), each when the answer to the one before has come: a closed loop, as
// a workstation pushes.
class Chain
{
public:
    Chain(const Server &server,
          QByteArray token,
          QString path,
          QList<QJsonObject> commands,
          qsizetype perBatch = 1)
        : m_server(server)
        , m_token(std::move(token))
        , m_path(std::move(path))
        , m_commands(std::move(commands))
        , m_perBatch(perBatch)
    {}
    void start() { next(); }
    bool done() const { return m_sent == m_commands.size() && !m_reply; }
    QStringList statuses;

private:
    void next()
    {
        if (m_sent == m_commands.size())
            return;
        QJsonArray commands;
        while (m_sent < m_commands.size() && commands.size() < m_perBatch)
            commands.append(m_commands.at(m_sent++));
        m_reply = m_manager.post(requestTo(m_server, m_path, m_token),
                                 QJsonDocument(QJsonObject{{QStringLiteral("commands"), commands}})
                                     .toJson(QJsonDocument::Compact));
        QObject::connect(m_reply, &QNetworkReply::finished, m_reply, [this, commands] {
            const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            const QJsonArray results
                = QJsonDocument::fromJson(m_reply->readAll()).object().value(u"results").toArray();
            for (qsizetype i = 0; i < commands.size(); ++i) {
                statuses.append(status == 200 ? results.at(i).toObject().value(u"status").toString()
                                              : QStringLiteral("http-%1").arg(status));
            }
            m_reply->deleteLater();
            m_reply = nullptr;
            next();
        });
    }

    const Server &m_server;
    QByteArray m_token;
    QString m_path;
    QList<QJsonObject> m_commands;
    qsizetype m_perBatch = 1;
    QNetworkAccessManager m_manager;
    QNetworkReply *m_reply = nullptr;
    qsizetype m_sent = 0;
};

struct Figures
{
    int commands = 0;
    int applied = 0;
    int other = 0; // answered otherwise (conflict, refused, an HTTP error)
    int kept = -1; // applied commands whose effect is on the case afterwards
    double seconds = 0;
};

Figures runChains(std::vector<std::unique_ptr<Chain>> &chains)
{
    QElapsedTimer timer;
    timer.start();
    for (auto &chain : chains)
        chain->start();
    while (!std::all_of(chains.cbegin(), chains.cend(), [](const auto &c) { return c->done(); }))
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    Figures figures;
    figures.seconds = double(timer.nsecsElapsed()) / 1e9;
    for (const auto &chain : chains) {
        figures.commands += int(chain->statuses.size());
        figures.applied += int(chain->statuses.count(QStringLiteral("applied")));
        figures.other
            += int(chain->statuses.size() - chain->statuses.count(QStringLiteral("applied")));
    }
    return figures;
}

bool addUser(const Build &build, const QString &database, const QStringList &arguments)
{
    QProcess ctl;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("KEZEK_PASSWORD"), QString::fromLatin1(Password));
    ctl.setProcessEnvironment(environment);
    ctl.start(build.ctl,
              QStringList{QStringLiteral("admin"),
                          QStringLiteral("add-user"),
                          QStringLiteral("--database"),
                          database}
                  + arguments);
    ctl.closeWriteChannel();
    ctl.waitForFinished(60000);
    if (ctl.exitCode() != 0)
        out << "add-user failed: " << ctl.readAllStandardError() << '\n';
    return ctl.exitCode() == 0;
}

QString freshPostgres(const QString &admin)
{
    const QString name
        = QStringLiteral("kezek_bench_") + QUuid::createUuid().toString(QUuid::Id128).left(10);
    const QUrl url(admin);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(url.host());
        db.setPort(url.port(5432));
        db.setUserName(url.userName());
        db.setPassword(url.password());
        db.setDatabaseName(url.path().mid(1));
        if (!db.open() || !QSqlQuery(db).exec(QStringLiteral("CREATE DATABASE ") + name)) {
            out << "cannot create a database: " << db.lastError().text() << '\n';
            return {};
        }
    }
    QSqlDatabase::removeDatabase(name);
    QUrl database(admin);
    database.setPath(QLatin1Char('/') + name);
    return database.toString();
}

// The three loads on one build and one database, on 1 or 2 servers.
void measure(const Build &build, const QString &backend, const QString &database, int servers)
{
    std::vector<std::unique_ptr<Server>> running;
    for (int i = 0; i < servers; ++i) {
        running.push_back(std::make_unique<Server>(build.server, database));
        if (!running.back()->up()) {
            out << build.label << ": the server did not start\n";
            return;
        }
    }
    if (!addUser(build,
                 database,
                 {QStringLiteral("--id"),
                  QStringLiteral("egov"),
                  QStringLiteral("--role"),
                  QStringLiteral("system"),
                  QStringLiteral("--integration"),
                  QStringLiteral("egov")})
        || !addUser(build,
                    database,
                    {QStringLiteral("--id"),
                     QStringLiteral("checks"),
                     QStringLiteral("--role"),
                     QStringLiteral("system"),
                     QStringLiteral("--integration"),
                     QStringLiteral("checks")})
        || !addUser(build,
                    database,
                    {QStringLiteral("--id"),
                     QStringLiteral("officer"),
                     QStringLiteral("--role"),
                     QStringLiteral("migration-officer"),
                     QStringLiteral("--city"),
                     QStringLiteral("astana")}))
        return;
    QNetworkAccessManager manager;
    QHash<QString, QList<QByteArray>> tokens;
    for (const char *user : {"egov", "checks", "officer"}) {
        for (const auto &server : running) {
            tokens[QString::fromLatin1(user)].append(
                call(manager,
                     *server,
                     "POST",
                     QStringLiteral("/api/v1/session"),
                     {},
                     {{QStringLiteral("user"), QString::fromLatin1(user)},
                      {QStringLiteral("password"), QString::fromLatin1(Password)}})
                    .value(u"token")
                    .toString()
                    .toLatin1());
        }
    }
    const auto serverOf = [&running](int i) -> const Server & {
        return *running.at(size_t(i) % running.size());
    };
    const auto tokenOf = [&tokens, &running](const QString &user, int i) {
        return tokens.value(user).at(qsizetype(size_t(i) % running.size()));
    };

    // The cases, filed through the intake: one to contend on, five per connection...
    ApplicationGenerator generator(7, QDate::currentDate());
    generator.setFaultPercent(0); // every document passes its checks: all lawful work
    QList<QString> cases;
    // ...and ten per connection for the batched pushes.
    for (int i = 0; i < 1 + Connections * 15; ++i) {
        NewApplication application = generator.next();
        application.city = City::Astana;
        call(manager,
             serverOf(0),
             "POST",
             QStringLiteral("/api/v1/integration/egov/applications"),
             tokenOf(QStringLiteral("egov"), 0),
             newApplicationToJson(application));
        cases.append(application.id);
    }
    QList<DocumentType> documents;
    for (const CatalogEntry &entry : catalogFor(Stage::Preliminary))
        documents.append(entry.type);

    // One case registered, then answered by 16 connections at once.
    const QString contended = cases.takeFirst();
    {
        QJsonArray steps;
        int version = 1;
        for (DocumentType type : documents)
            steps.append(verify(contended, version++, type));
        steps.append(command(QStringLiteral("register"),
                             contended,
                             version,
                             {{QStringLiteral("reference"), QStringLiteral("KQP-BENCH")}}));
        call(manager,
             serverOf(0),
             "POST",
             QStringLiteral("/api/v1/commands"),
             tokenOf(QStringLiteral("officer"), 0),
             {{QStringLiteral("commands"), steps}});
    }
    std::vector<std::unique_ptr<Chain>> chains;
    for (int c = 0; c < Connections; ++c) {
        QList<QJsonObject> answers;
        for (int k = 0; k < 25; ++k) {
            answers.append(
                command(QStringLiteral("record-check"),
                        contended,
                        0,
                        {{QStringLiteral("check"),
                          k % 2 ? QStringLiteral("idb") : QStringLiteral("criminal-records")},
                         {QStringLiteral("outcome"), QStringLiteral("clear")}}));
        }
        chains.push_back(
            std::make_unique<Chain>(serverOf(c),
                                    tokenOf(QStringLiteral("checks"), c),
                                    QStringLiteral("/api/v1/integration/checks/commands"),
                                    answers));
    }
    Figures one = runChains(chains);
    // What is on the case afterwards: the answers it keeps.
    const QJsonObject page = call(manager,
                                  serverOf(0),
                                  "GET",
                                  QStringLiteral("/api/v1/changes?since=0&limit=5000"),
                                  tokenOf(QStringLiteral("officer"), 0));
    for (const auto &value : page.value(u"cases").toArray()) {
        if (value.toObject().value(u"id").toString() == contended)
            one.kept = int(value.toObject().value(u"checks").toArray().size());
    }

    // Many cases: each connection verifies its own five cases' documents.
    chains.clear();
    for (int c = 0; c < Connections; ++c) {
        QList<QJsonObject> steps;
        for (int k = 0; k < 5; ++k) {
            const QString caseId = cases.at(c * 5 + k);
            int version = 1;
            for (DocumentType type : documents)
                steps.append(verify(caseId, version++, type));
        }
        chains.push_back(std::make_unique<Chain>(serverOf(c),
                                                 tokenOf(QStringLiteral("officer"), c),
                                                 QStringLiteral("/api/v1/commands"),
                                                 steps));
    }
    const Figures many = runChains(chains);

    // Batched: each connection pushes its ten other cases' verifications, 20
    // commands a request.
    chains.clear();
    for (int c = 0; c < Connections; ++c) {
        QList<QJsonObject> steps;
        for (int k = 0; k < 10; ++k) {
            const QString caseId = cases.at(Connections * 5 + c * 10 + k);
            int version = 1;
            for (DocumentType type : documents)
                steps.append(verify(caseId, version++, type));
        }
        chains.push_back(std::make_unique<Chain>(serverOf(c),
                                                 tokenOf(QStringLiteral("officer"), c),
                                                 QStringLiteral("/api/v1/commands"),
                                                 steps,
                                                 20));
    }
    const Figures batched = runChains(chains);

    const auto row = [&](const char *load, const Figures &f) {
        out << QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 | %8 |\n")
                   .arg(build.label,
                        backend,
                        QString::fromLatin1(load),
                        QString::number(f.commands),
                        QString::number(double(f.commands) / f.seconds, 'f', 0),
                        QString::number(f.applied),
                        QString::number(f.other),
                        f.kept < 0 ? QStringLiteral("—") : QString::number(f.kept));
        out.flush();
    };
    row("one case, 16 connections", one);
    row("16 connections, own cases", many);
    row("16 connections, own cases, batches of 20", batched);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    QList<Build> builds;
    if (const qsizetype at = arguments.indexOf(QStringLiteral("--baseline")); at > 0) {
        const QString dir = arguments.value(at + 1);
        // The server's program moved to app/server/; a build from before
        // that keeps it in server/.
        const QString server = QFileInfo::exists(dir + QStringLiteral("/app/server/kezek-server"))
                                   ? dir + QStringLiteral("/app/server/kezek-server")
                                   : dir + QStringLiteral("/server/kezek-server");
        builds.append(
            {QStringLiteral("baseline"), server, dir + QStringLiteral("/app/ctl/kezekctl")});
    }
    builds.append({QStringLiteral("this build"),
                   QStringLiteral(KEZEK_SERVER_PATH),
                   QStringLiteral(KEZEK_CTL_PATH)});
    const qsizetype pg = arguments.indexOf(QStringLiteral("--postgresql"));
    out << "| build | database | load | commands | commands/s | answered applied | answered "
           "otherwise "
           "| kept on the case |\n"
           "|---|---|---|---|---|---|---|---|\n";
    for (const Build &build : builds) {
        QTemporaryDir dir;
        measure(build,
                QStringLiteral("SQLite, 1 server"),
                QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("bench.db")),
                1);
        // One server beside SQLite's one, like for like; then the two a
        // site runs for its failover, which on a small machine share its
        // cores with each other and the database.
        for (int servers = 1; pg > 0 && servers <= 2; ++servers) {
            const QString database = freshPostgres(arguments.value(pg + 1));
            if (!database.isEmpty())
                measure(build,
                        servers == 1 ? QStringLiteral("PostgreSQL, 1 server")
                                     : QStringLiteral("PostgreSQL, 2 servers"),
                        database,
                        servers);
        }
    }
    return 0;
}
