// The server under load on loopback: the first pull of 100,000 cases in pages,
// a push of 1,000 commands, wrk with 64 connections on /api/v1/changes, and
// the server's peak memory. Run from a release build:
//   bench_server [CASES] [--database postgresql://USER@HOST:PORT/EMPTY_DB]
// (SQLite in a temporary folder by default.)
#include "core/domain/casecommand.h"
#include "core/security/passwords.h"
#include "core/simulation/applicationgenerator.h"
#include "db/client/clientstore.h"
#include "db/server/serverstore.h"
#include "db/server/userstore.h"
#include "resources/shippeddata.h"
#include "sync/syncengine.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QUuid>

#include <unistd.h>

using namespace Kezek;

namespace {

QTextStream out(stdout);

struct Http
{
    QNetworkAccessManager manager;
    QSslConfiguration tls;
    QString base;
    QByteArray token;
    qint64 bytes = 0;

    QJsonObject send(const QByteArray &method, const QString &path, const QJsonObject &body = {})
    {
        QNetworkRequest request(QUrl(base + path));
        request.setSslConfiguration(tls);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        if (!token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + token);
        QNetworkReply *reply = manager.sendCustomRequest(
            request,
            method,
            body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact));
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        const QByteArray data = reply->readAll();
        bytes += data.size();
        reply->deleteLater();
        return QJsonDocument::fromJson(data).object();
    }
};

// CPU seconds a process has used, user and system.
double cpuSeconds(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    return double(fields.value(11).toLongLong() + fields.value(12).toLongLong())
           / double(sysconf(_SC_CLK_TCK));
}

qint64 serverPid = 0;

qint64 peakKiB(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    static const QRegularExpression hwm(QStringLiteral("VmHWM:\\s+(\\d+) kB"));
    return hwm.match(QString::fromLatin1(status.readAll())).captured(1).toLongLong();
}

// wrk (Debian's), 64 connections for 15 s, on two calls a workstation makes:
// the poll with nothing new and a page of the latest 100 changes.
void wrk(const Http &http, qint64 cursor)
{
    const QString program = QStandardPaths::findExecutable(QStringLiteral("wrk"));
    if (program.isEmpty()) {
        out << "wrk: not installed (apt-get install wrk)\n";
        return;
    }
    QTemporaryDir dir;
    QFile script(dir.filePath(QStringLiteral("auth.lua")));
    if (!script.open(QIODevice::WriteOnly))
        return;
    script.write("wrk.headers[\"Authorization\"] = \"Bearer " + http.token + "\"\n");
    script.close();
    const std::pair<const char *, QString> calls[] = {
        {"empty poll", QStringLiteral("/api/v1/changes?since=%1").arg(cursor)},
        {"page of 100", QStringLiteral("/api/v1/changes?since=%1&limit=100").arg(cursor - 100)},
    };
    for (const auto &[name, path] : calls) {
        QProcess run;
        run.start(program,
                  {QStringLiteral("-t2"),
                   QStringLiteral("-c64"),
                   QStringLiteral("-d15s"),
                   QStringLiteral("--latency"),
                   QStringLiteral("-s"),
                   script.fileName(),
                   http.base + path});
        run.waitForFinished(120000);
        const QString report = QString::fromLatin1(run.readAllStandardOutput());
        static const QRegularExpression rate(QStringLiteral("Requests/sec:\\s+([\\d.]+)"));
        static const QRegularExpression p99(QStringLiteral("\\s99%\\s+([\\d.]+\\w+)"));
        static const QRegularExpression errors(QStringLiteral("Non-2xx or 3xx responses: (\\d+)"));
        out << QStringLiteral("wrk %1 (64 connections): %2 requests/s, p99 %3%4\n")
                   .arg(QString::fromLatin1(name),
                        rate.match(report).captured(1),
                        p99.match(report).captured(1),
                        errors.match(report).hasMatch()
                            ? QStringLiteral(", %1 non-2xx").arg(errors.match(report).captured(1))
                            : QString());
        out.flush();
    }
}

// The workstation's first sync through the sync engine into an encrypted
// cache, an empty sync, and for comparison a raw bulk insert of the same
// rows into a cache, without the network and without decoding.
void workstationSync(Http &http, const QString &folder)
{
    const QString cachePath = folder + QStringLiteral("/workstation.db");
    auto store = ClientStore::open(cachePath, QStringLiteral("bench password"));
    if (!store) {
        out << store.error().message << '\n';
        return;
    }
    SyncSettings settings;
    settings.server = QUrl(http.base);
    // A ministry reviewer sees every case; an integration's credential no
    // longer syncs as a workstation (it reads only what its job needs).
    settings.user = QStringLiteral("reviewer");
    settings.password = QStringLiteral("bench password");
    settings.tls = http.tls;
    settings.pageSize = 5000;
    const qint64 before = peakKiB(QCoreApplication::applicationPid());
    const double serverCpu = cpuSeconds(serverPid);
    const double ownCpu = cpuSeconds(QCoreApplication::applicationPid());
    QElapsedTimer timer;
    timer.start();
    auto first = SyncEngine(**store, settings).run();
    const double seconds = timer.elapsed() / 1000.0;
    out << QStringLiteral("first sync CPU: server %1 s, workstation %2 s\n")
               .arg(cpuSeconds(serverPid) - serverCpu, 0, 'f', 2)
               .arg(cpuSeconds(QCoreApplication::applicationPid()) - ownCpu, 0, 'f', 2);
    if (!first) {
        out << "sync failed: " << first.error().message << '\n';
        return;
    }
    out << QStringLiteral("workstation first sync: %1 cases in %2 s = %3 cases/s; bench peak "
                          "memory %4 MB (before the sync: %5 MB)\n")
               .arg(first->pulled)
               .arg(seconds, 0, 'f', 2)
               .arg(first->pulled / seconds, 0, 'f', 0)
               .arg(peakKiB(QCoreApplication::applicationPid()) / 1024.0, 0, 'f', 0)
               .arg(before / 1024.0, 0, 'f', 0);
    // The next syncs keep the session, as kezekctl sync and the workstation do.
    SyncEngine firstEngine(**store, settings);
    (void)firstEngine.run();
    settings.token = firstEngine.token();
    timer.restart();
    for (int i = 0; i < 10; ++i)
        (void)SyncEngine(**store, settings).run();
    out << QStringLiteral("workstation sync with nothing new: %1 ms\n")
               .arg(timer.elapsed() / 10.0, 0, 'f', 1);

    // An officer's workstation: their city's cases; then a morning's work
    // offline, 1,000 commands in the outbox, and one sync in the same session
    // (the sign-in a new session takes is shown on its own).
    auto desk = ClientStore::open(folder + QStringLiteral("/officer.db"),
                                  QStringLiteral("bench password"));
    if (!desk)
        return;
    SyncSettings officer = settings;
    officer.user = QStringLiteral("officer");
    officer.token.clear();
    timer.restart();
    SyncEngine deskEngine(**desk, officer);
    auto deskSync = deskEngine.run();
    out << QStringLiteral("officer's first sync (one city): %1 cases in %2 s\n")
               .arg(deskSync ? deskSync->pulled : 0)
               .arg(timer.elapsed() / 1000.0, 0, 'f', 2);
    const auto rows = (*desk)->search(QStringLiteral("DNR-"), 1000);
    if (!rows)
        return;
    for (const CaseRow &row : *rows) {
        (void)(*desk)->enqueue({QUuid::createUuid().toString(QUuid::WithoutBraces),
                                QStringLiteral("update-document"),
                                row.id,
                                row.version,
                                {{QStringLiteral("checklist"), QStringLiteral("preliminary")},
                                 {QStringLiteral("document"), QStringLiteral("questionnaire")},
                                 {QStringLiteral("command"), QStringLiteral("verify")}},
                                {},
                                {}});
    }
    timer.restart();
    (void)SyncEngine::checkAccount(officer);
    const qint64 signInMs = timer.elapsed();
    officer.token = deskEngine.token();
    timer.restart();
    SyncEngine pushing(**desk, officer);
    qint64 pushMs = -1;
    QObject::connect(&pushing, &SyncEngine::progress, [&](const QString &phase, qint64, qint64) {
        if (phase == u"push")
            pushMs = timer.elapsed(); // after the last batch's answers are kept
    });
    auto pushed = pushing.run();
    out << QStringLiteral("workstation push of %1 commands: %2 s (with the pull of what they "
                          "changed: %3 s; a new session's sign-in first: %4 s more); %5 "
                          "applied, %6 conflicts, %7 rejected\n")
               .arg(rows->size())
               .arg(pushMs / 1000.0, 0, 'f', 2)
               .arg(timer.elapsed() / 1000.0, 0, 'f', 2)
               .arg(signInMs / 1000.0, 0, 'f', 2)
               .arg(pushed ? pushed->pushed : 0)
               .arg(pushed ? pushed->conflicts : 0)
               .arg(pushed ? pushed->rejected : 0);
    out << "(the cache alone, without the network: bench_cache)\n";
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    const qsizetype databaseFlag = arguments.indexOf(QStringLiteral("--database"));
    const int count
        = argc > 1 && !QByteArray(argv[1]).startsWith("--") ? QByteArray(argv[1]).toInt() : 100000;
    QTemporaryDir dir;
    const QString url = databaseFlag > 0
                            ? arguments.value(databaseFlag + 1)
                            : QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("bench.db"));
    out << "database: " << url.section(QLatin1Char(':'), 0, 0) << '\n';

    // The cases, as the eGov intake would have filed them.
    QElapsedTimer timer;
    timer.start();
    {
        auto store = ServerStore::open(url);
        if (!store) {
            out << store.error().message << '\n';
            return 1;
        }
        ApplicationGenerator generator(42, QDate(2026, 11, 2));
        const Actor system{Role::System, std::nullopt, QStringLiteral("bench")};
        QList<Case> batch;
        for (int i = 0; i < count; ++i) {
            batch.append(
                Workflow::receive(generator.next(), system, QDate(2026, 11, 2), std::nullopt)
                    ->after);
            if (batch.size() == 5000 || i + 1 == count) {
                if (!(*store)->saveCases(batch)) {
                    out << "import failed\n";
                    return 1;
                }
                batch.clear();
            }
        }
        UserStore users(**store);
        const QString hash = *hashPassword(QStringLiteral("bench password"));
        (void)users.addUser({QStringLiteral("egov"),
                             QStringLiteral("eGov"),
                             Role::System,
                             std::nullopt,
                             hash,
                             0,
                             {},
                             QStringLiteral("egov"),
                             {},
                             {},
                             false},
                            QDateTime::currentDateTimeUtc());
        (void)users.addUser({QStringLiteral("reviewer"),
                             QStringLiteral("Reviewer"),
                             Role::MinistryReviewer,
                             std::nullopt,
                             hash,
                             0,
                             {},
                             {},
                             {},
                             {},
                             false},
                            QDateTime::currentDateTimeUtc());
        (void)users.addUser({QStringLiteral("officer"),
                             QStringLiteral("Officer"),
                             Role::MigrationOfficer,
                             City::Astana,
                             hash,
                             0,
                             {},
                             {},
                             {},
                             {},
                             false},
                            QDateTime::currentDateTimeUtc());
    }
    out << QStringLiteral("filled a store with %1 cases in %2 s\n")
               .arg(count)
               .arg(timer.elapsed() / 1000.0, 0, 'f', 1);
    out.flush();

    QProcess server;
    server.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    server.start(QStringLiteral(KEZEK_SERVER_PATH),
                 {QStringLiteral("--port"),
                  QStringLiteral("0"),
                  QStringLiteral("--dev-cert"),
                  dir.filePath(QStringLiteral("tls")),
                  QStringLiteral("--database"),
                  url});
    QByteArray banner;
    while (!banner.contains('\n') && server.waitForReadyRead(30000))
        banner += server.readAllStandardOutput();
    const QString port = QRegularExpression(QStringLiteral(":(\\d+)"))
                             .match(QString::fromLatin1(banner))
                             .captured(1);
    if (port.isEmpty()) {
        out << "the server did not start\n";
        return 1;
    }
    serverPid = server.processId();
    Http http;
    http.base = QStringLiteral("https://127.0.0.1:") + port;
    http.tls = QSslConfiguration::defaultConfiguration();
    http.tls.setCaCertificates(
        QSslCertificate::fromPath(dir.filePath(QStringLiteral("tls/cert.pem"))));

    // First sync: every case, 5,000 a page, as the integration user sees them all.
    http.token = http.send("POST",
                           QStringLiteral("/api/v1/session"),
                           {{QStringLiteral("user"), QStringLiteral("egov")},
                            {QStringLiteral("password"), QStringLiteral("bench password")}})
                     .value(u"token")
                     .toString()
                     .toLatin1();
    timer.restart();
    qint64 cursor = 0;
    qint64 pulled = 0;
    for (;;) {
        const QJsonObject page
            = http.send("GET", QStringLiteral("/api/v1/changes?since=%1&limit=5000").arg(cursor));
        pulled += page.value(u"cases").toArray().size();
        cursor = page.value(u"next").toInteger();
        if (!page.value(u"more").toBool())
            break;
    }
    const double pullSeconds = timer.elapsed() / 1000.0;
    out << QStringLiteral("pull: %1 cases in %2 s = %3 cases/s, %4 MB of JSON\n")
               .arg(pulled)
               .arg(pullSeconds, 0, 'f', 2)
               .arg(pulled / pullSeconds, 0, 'f', 0)
               .arg(http.bytes / 1e6, 0, 'f', 1);

    // A sync with nothing new.
    timer.restart();
    for (int i = 0; i < 20; ++i)
        http.send("GET", QStringLiteral("/api/v1/changes?since=%1").arg(cursor));
    out << QStringLiteral("empty pull: %1 ms each\n").arg(timer.elapsed() / 20.0, 0, 'f', 1);

    // Push: 1,000 commands by Astana's officer, in batches of 500.
    http.token = http.send("POST",
                           QStringLiteral("/api/v1/session"),
                           {{QStringLiteral("user"), QStringLiteral("officer")},
                            {QStringLiteral("password"), QStringLiteral("bench password")}})
                     .value(u"token")
                     .toString()
                     .toLatin1();
    QJsonArray commands;
    qint64 since = 0;
    while (commands.size() < 1000) {
        const QJsonObject page
            = http.send("GET", QStringLiteral("/api/v1/changes?since=%1&limit=2000").arg(since));
        for (const auto &value : page.value(u"cases").toArray()) {
            const QJsonObject c = value.toObject();
            if (commands.size() < 1000) {
                commands.append(caseCommandToJson(
                    {QUuid::createUuid().toString(QUuid::WithoutBraces),
                     QStringLiteral("update-document"),
                     c.value(u"id").toString(),
                     c.value(u"version").toInt(),
                     {{QStringLiteral("checklist"), QStringLiteral("preliminary")},
                      {QStringLiteral("document"), QStringLiteral("petition")},
                      {QStringLiteral("command"), QStringLiteral("verify")}},
                     {},
                     {}}));
            }
        }
        since = page.value(u"next").toInteger();
        if (!page.value(u"more").toBool())
            break;
    }
    timer.restart();
    int applied = 0;
    for (qsizetype start = 0; start < commands.size(); start += 500) {
        QJsonArray batch;
        for (qsizetype i = start; i < std::min(start + 500, commands.size()); ++i)
            batch.append(commands.at(i));
        for (const auto &result : http.send("POST",
                                            QStringLiteral("/api/v1/commands"),
                                            {{QStringLiteral("commands"), batch}})
                                      .value(u"results")
                                      .toArray())
            applied += result.toObject().value(u"status").toString() == u"applied";
    }
    out << QStringLiteral("push: %1 of %2 commands applied in %3 s\n")
               .arg(applied)
               .arg(commands.size())
               .arg(timer.elapsed() / 1000.0, 0, 'f', 2);
    // The pushed commands are changes too: catch up, so the poll is empty.
    for (bool more = true; more;) {
        const QJsonObject page
            = http.send("GET", QStringLiteral("/api/v1/changes?since=%1&limit=5000").arg(cursor));
        cursor = page.value(u"next").toInteger();
        more = page.value(u"more").toBool();
    }
    wrk(http, cursor);
    workstationSync(http, dir.path());
    out << QStringLiteral("server peak memory: %1 MB\n")
               .arg(peakKiB(server.processId()) / 1024.0, 0, 'f', 0);
    server.terminate();
    server.waitForFinished(10000);
    return 0;
}
