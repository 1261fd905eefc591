// The whole system under a day's load, from one process: N workstations, each
// on its own keep-alive TLS connection from its own loopback address, sign in,
// first-sync a sample of their city's cases, claim a case and download its
// scans, then poll and push commands until the end. Reports requests/s,
// latency by kind of call, answers by status and the servers' CPU and memory;
// then checks that every command pushed was applied exactly once and that the
// audit chain verifies. bench/load.sh runs it on two servers behind nginx.
//   bench_load seed --database URL [--workstations N] [--cases-per-city N]
//   bench_load run --server HOST:PORT --ca PEM --database URL [--audit-key FILE]
//       [--workstations N] [--duration S] [--ramp S] [--poll S] [--push S]
//       [--sync-cases N] [--sign-ins-at-once N] [--server-pid PID]... [--stress [--p99-limit MS]
//       [--step S]]
//   bench_load functional   (CTest: 20 workstations on one server, correctness only)
#include "bench/load/loadrun.h"
#include "bench/load/setup.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextStream>

using namespace Kezek;
using namespace Kezek::Load;

namespace {

QTextStream out(stdout);

int seedCommand(const QCommandLineParser &parser)
{
    const int workstations = parser.value(QStringLiteral("workstations")).toInt();
    const int perCity = parser.value(QStringLiteral("cases-per-city")).toInt();
    if (auto seeded = seed(parser.value(QStringLiteral("database")), workstations, perCity);
        !seeded) {
        out << "seed: " << seeded.error().message << '\n';
        return 1;
    }
    out << QStringLiteral("seeded %1 cases in each city and %2 officers\n")
               .arg(perCity)
               .arg(workstations);
    return 0;
}

RunOptions optionsFrom(const QCommandLineParser &parser)
{
    RunOptions options;
    const QString server = parser.value(QStringLiteral("server"));
    options.host = server.section(QLatin1Char(':'), 0, 0);
    options.port = server.section(QLatin1Char(':'), 1).toInt();
    options.caFile = parser.value(QStringLiteral("ca"));
    options.databaseUrl = parser.value(QStringLiteral("database"));
    options.auditKey = parser.value(QStringLiteral("audit-key"));
    options.ctl = parser.value(QStringLiteral("ctl"));
    options.workstations = parser.value(QStringLiteral("workstations")).toInt();
    options.durationSeconds = parser.value(QStringLiteral("duration")).toDouble();
    options.pace.rampSeconds = parser.value(QStringLiteral("ramp")).toDouble();
    options.pace.pollSeconds = parser.value(QStringLiteral("poll")).toDouble();
    options.pace.pushSeconds = parser.value(QStringLiteral("push")).toDouble();
    options.syncCases = parser.value(QStringLiteral("sync-cases")).toInt();
    options.signInsAtOnce = parser.value(QStringLiteral("sign-ins-at-once")).toInt();
    for (const QString &pid : parser.values(QStringLiteral("server-pid")))
        options.serverPids.push_back(pid.toInt());
    options.stress = parser.isSet(QStringLiteral("stress"));
    options.p99LimitMs = parser.value(QStringLiteral("p99-limit")).toDouble();
    options.stepSeconds = parser.value(QStringLiteral("step")).toDouble();
    return options;
}

// The CTest check: one server on SQLite, 20 workstations for 15 s, and no
// figure judged, only that nothing was lost, doubled or answered 5xx.
int functionalCommand()
{
    QTemporaryDir dir;
    RunOptions options;
    options.databaseUrl = QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("load.db"));
    options.workstations = 20;
    if (auto seeded = seed(options.databaseUrl, options.workstations, 100); !seeded) {
        out << "seed: " << seeded.error().message << '\n';
        return 1;
    }
    QProcess server;
    server.setStandardErrorFile(dir.filePath(QStringLiteral("server.log")));
    server.start(QStringLiteral(KEZEK_SERVER_PATH),
                 {QStringLiteral("--listen"),
                  QStringLiteral("127.0.0.1"),
                  QStringLiteral("--port"),
                  QStringLiteral("0"),
                  QStringLiteral("--dev-cert"),
                  dir.filePath(QStringLiteral("tls")),
                  QStringLiteral("--database"),
                  options.databaseUrl,
                  // A thread for each kept connection, and sign-in no bottleneck.
                  QStringLiteral("--threads"),
                  QStringLiteral("32"),
                  QStringLiteral("--sign-in-workers"),
                  QStringLiteral("4")});
    QByteArray banner;
    while (!banner.contains('\n') && server.waitForReadyRead(60000))
        banner += server.readAllStandardOutput();
    options.port = QRegularExpression(QStringLiteral(":(\\d+)"))
                       .match(QString::fromLatin1(banner))
                       .captured(1)
                       .toInt();
    if (options.port == 0) {
        out << "the server did not start\n";
        return 1;
    }
    options.host = QStringLiteral("127.0.0.1");
    options.caFile = dir.filePath(QStringLiteral("tls/cert.pem"));
    options.ctl = QStringLiteral(KEZEK_CTL_PATH);
    options.durationSeconds = 15;
    options.pace.rampSeconds = 2;
    options.pace.pollSeconds = 2;
    options.pace.pushSeconds = 3;
    options.syncCases = 100;
    options.serverPids = {int(server.processId())};
    options.stopServers = [&server] {
        server.terminate();
        server.waitForFinished(20000);
    };
    const RunResult result = runLoad(options, out);
    return result.correct && result.serverErrors == 0 && result.pushed > 0 ? 0 : 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("mode"), QStringLiteral("seed, run or functional"));
    const auto option = [&parser](const char *name, const char *fallback = nullptr) {
        QCommandLineOption added(QString::fromLatin1(name), QString(), QStringLiteral("value"));
        if (fallback)
            added.setDefaultValue(QString::fromLatin1(fallback));
        parser.addOption(added);
    };
    option("database");
    option("workstations", "1000");
    option("cases-per-city", "2000");
    option("server");
    option("ca");
    option("audit-key");
    option("ctl", KEZEK_CTL_PATH);
    option("duration", "300");
    option("ramp", "60");
    option("poll", "60");
    option("push", "120");
    option("sync-cases", "500");
    option("sign-ins-at-once", "4");
    option("server-pid");
    option("p99-limit", "200");
    option("step", "30");
    parser.addOption({QStringLiteral("stress"), QString()});
    parser.process(app);
    const QString mode = parser.positionalArguments().value(0);
    if (mode == u"seed")
        return seedCommand(parser);
    if (mode == u"run")
        return runLoad(optionsFrom(parser), out).correct ? 0 : 1;
    if (mode == u"functional")
        return functionalCommand();
    out << parser.helpText();
    return 2;
}
