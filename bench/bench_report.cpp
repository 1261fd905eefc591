// Issue 30's targets over 100,000 cases: the supervisor's dashboard (the
// figures computeOversight makes, under 300 ms) and a year's pilot report as
// PDF (under 3 s), each beside a baseline in the same run, alternated round by
// round; then the server's report route end to end, and where its time goes.
// Run by hand with the release build:
//   bench_report [CASES] [ROUNDS] [--baseline-server OTHER_BUILD/kezek-server]
// (100000 cases and 5 rounds by default; the baseline server, an earlier
// build's, answers the same route on a copy of the same store, alternated.)
// The cases are seedHistory's: a year of applications in both cities of the
// pilot, of every nationality the generator draws, each driven through the
// workflow one lawful step at a time.
#include "core/domain/casecodec.h"
#include "core/domain/oversight.h"
#include "core/domain/oversightcodec.h"
#include "core/security/passwords.h"
#include "core/simulation/historyseeder.h"
#include "db/server/serverstore.h"
#include "db/server/userstore.h"
#include "report/pilotreport.h"
#include "resources/shippeddata.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <unistd.h>

#include <algorithm>
#include <functional>
#include <map>
#include <memory>
#include <vector>

using namespace Kezek;
using namespace Qt::StringLiterals;

namespace {

QTextStream out(stdout);
const QString Password = QStringLiteral("bench password");
const QDate Today(2026, 11, 30);

// Kilobytes: the process's peak resident memory so far (VmHWM).
qint64 peakKiB(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    static const QRegularExpression hwm(QStringLiteral("VmHWM:\\s+(\\d+) kB"));
    return hwm.match(QString::fromLatin1(status.readAll())).captured(1).toLongLong();
}

QString megabytes(qint64 kib)
{
    return QString::number(kib / 1024.0, 'f', 0) + QStringLiteral(" MB");
}

// Milliseconds of each round, by the measured thing's name, in the order first run.
class Rounds
{
public:
    void time(const QString &name, const std::function<void()> &body)
    {
        if (!m_samples.contains(name))
            m_order.append(name);
        QElapsedTimer timer;
        timer.start();
        body();
        m_samples[name].append(timer.nsecsElapsed() / 1e6);
    }

    // name | median | min-max | target
    void print(const QString &title, const QHash<QString, QString> &targets = {}) const
    {
        out << '\n' << title << '\n';
        out << QStringLiteral("  %1 %2 %3  %4\n")
                   .arg(QStringLiteral("measured"), -58)
                   .arg(QStringLiteral("median ms"), 10)
                   .arg(QStringLiteral("min-max ms"), 17)
                   .arg(QStringLiteral("target"));
        for (const QString &name : m_order) {
            QList<double> samples = m_samples.value(name);
            std::sort(samples.begin(), samples.end());
            const double median = samples.at(samples.size() / 2);
            out << QStringLiteral("  %1 %2 %3  %4\n")
                       .arg(name, -58)
                       .arg(median, 10, 'f', 1)
                       .arg(QStringLiteral("%1-%2")
                                .arg(samples.constFirst(), 0, 'f', 1)
                                .arg(samples.constLast(), 0, 'f', 1),
                            17)
                       .arg(targets.value(name));
        }
        out.flush();
    }

private:
    QStringList m_order;
    QHash<QString, QList<double>> m_samples;
};

// Who holds each open case: its city's officers, in turn, as claims spread them.
QHash<QString, QString> holdersOf(const QList<Case> &cases)
{
    QHash<QString, QString> holders;
    for (qsizetype i = 0; i < cases.size(); ++i) {
        const Case &c = cases.at(i);
        if (!isFinalState(c.state))
            holders.insert(c.id, QStringLiteral("officer.%1.%2").arg(cityId(c.city)).arg(i % 12));
    }
    return holders;
}

// The baseline of the dashboard: one pass over the cases counting the states
// of the supervisor's city, the least any dashboard over these cases does.
int stateCountOnly(const QList<Case> &cases, City city)
{
    QHash<CaseState, int> counts;
    for (const Case &c : cases) {
        if (c.city == city)
            ++counts[c.state];
    }
    return int(counts.size());
}

void describe(const QList<Case> &cases)
{
    std::map<QString, int> kinds;
    QSet<QString> nationalities;
    int history = 0;
    for (const Case &c : cases) {
        ++kinds[cityId(c.city) + QLatin1Char('/') + caseStateId(c.state)];
        nationalities.insert(c.applicant.nationality);
        history += int(c.history.size());
    }
    out << QStringLiteral("cases: %1, %2 nationalities, %3 history entries; by city and state:\n")
               .arg(cases.size())
               .arg(nationalities.size())
               .arg(history);
    for (const auto &[kind, count] : kinds)
        out << "  " << kind << ' ' << count << '\n';
}

void dashboard(const QList<Case> &cases, const Lawbook &law, int rounds)
{
    // The supervisor's dashboard: Astana's figures now and its last 12 weeks.
    const OversightQuery query{Today, Today.addDays(-83), Today, City::Astana, holdersOf(cases)};
    Rounds measured;
    const QString figures = QStringLiteral("computeOversight, Astana, 12 weeks (the dashboard)");
    const QString baseline = QStringLiteral("baseline: Astana's state counts alone (one pass)");
    int sink = 0;
    for (int round = 0; round < rounds; ++round) {
        measured.time(baseline, [&] { sink += stateCountOnly(cases, City::Astana); });
        measured.time(figures, [&] { sink += computeOversight(cases, query, law).value().cases; });
    }
    measured.print(QStringLiteral("Dashboard over %1 cases (%2 rounds, alternated)")
                       .arg(cases.size())
                       .arg(rounds),
                   {{figures, QStringLiteral("< 300 ms")}});
    out << "  (sink " << sink << ")\n";
}

void report(const QList<Case> &cases, const Lawbook &law, int rounds)
{
    const OversightQuery query{Today, Today.addDays(-364), Today, std::nullopt, holdersOf(cases)};
    const OversightFigures figures = computeOversight(cases, query, law).value();
    const ReasonCatalog reasons = law.reasons();
    const Report::ReportOptions options{
        QStringLiteral("ru"), QDateTime(Today, QTime(9, 0)), &reasons};
    Rounds measured;
    QHash<QString, qsizetype> sizes;
    const std::pair<Report::Format, QString> formats[] = {{Report::Format::Pdf, u"PDF"_s},
                                                          {Report::Format::Csv, u"CSV"_s},
                                                          {Report::Format::Xlsx, u"XLSX"_s}};
    const QString endToEnd = QStringLiteral("cases to PDF: computeOversight + renderReport");
    for (int round = 0; round < rounds; ++round) {
        measured.time(QStringLiteral("computeOversight, every city, a year"),
                      [&] { (void)computeOversight(cases, query, law).value(); });
        for (const auto &[format, name] : formats) {
            const QString label = QStringLiteral("renderReport %1 from the figures").arg(name);
            measured.time(label, [&] {
                sizes[name] = renderReport(figures, format, options).value().size();
            });
        }
        measured.time(endToEnd, [&] {
            const auto counted = computeOversight(cases, query, law).value();
            (void)renderReport(counted, Report::Format::Pdf, options).value();
        });
    }
    measured.print(QStringLiteral("A year's pilot report over %1 cases, in Russian (%2 rounds, "
                                  "alternated)")
                       .arg(cases.size())
                       .arg(rounds),
                   {{endToEnd, QStringLiteral("< 3000 ms")}});
    out << QStringLiteral("  sizes: PDF %1 KB, CSV %2 KB, XLSX %3 KB; %4 nationalities, "
                          "%5 cases outside the legal basis\n")
               .arg(sizes.value(u"PDF"_s) / 1024)
               .arg(sizes.value(u"CSV"_s) / 1024)
               .arg(sizes.value(u"XLSX"_s) / 1024)
               .arg(figures.pilot.byNationality.size())
               .arg(figures.pilot.outsideLegalBasis.size());
}

Result<void> fillStore(const QString &url, const QList<Case> &cases)
{
    auto store = ServerStore::open(url);
    if (!store)
        return std::unexpected(store.error());
    for (qsizetype start = 0; start < cases.size(); start += 5000) {
        if (auto saved = (*store)->saveCases(cases.mid(start, 5000)); !saved)
            return std::unexpected(saved.error());
    }
    UserStore users(**store);
    const QString hash = *hashPassword(Password);
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
    (void)users.addUser({QStringLiteral("supervisor"),
                         QStringLiteral("Supervisor"),
                         Role::Supervisor,
                         City::Astana,
                         hash,
                         0,
                         {},
                         {},
                         {},
                         {},
                         false},
                        QDateTime::currentDateTimeUtc());
    return {};
}

// The route's own steps, in this process on the same store: the cases read,
// counted, and the figures written as JSON.
void routeSteps(const QString &url, const Lawbook &law, int rounds)
{
    auto opened = ServerStore::open(url);
    if (!opened) {
        out << opened.error().message << '\n';
        return;
    }
    ServerStore &store = **opened;
    const OversightQuery query{Today, Today.addDays(-364), Today, std::nullopt, {}};
    Rounds measured;
    QList<Case> cases;
    OversightFigures figures;
    qsizetype json = 0;
    for (int round = 0; round < rounds; ++round) {
        // Before: what the route read until it had its own read; after: that read.
        measured.time(QStringLiteral("before: casesInStates(allCaseStates())"),
                      [&] { cases = store.casesInStates(allCaseStates()).value(); });
        cases.clear();
        measured.time(QStringLiteral("after: casesForOversight(every city)"),
                      [&] { cases = store.casesForOversight(std::nullopt).value(); });
        measured.time(QStringLiteral("after: casesForOversight(Astana), a supervisor's"),
                      [&] { (void)store.casesForOversight(City::Astana).value(); });
        measured.time(QStringLiteral("computeOversight, every city, a year"),
                      [&] { figures = computeOversight(cases, query, law).value(); });
        measured.time(QStringLiteral("figures to JSON"), [&] {
            json = QJsonDocument(oversightToJson(figures)).toJson(QJsonDocument::Compact).size();
        });
        cases.clear();
    }
    measured.print(
        QStringLiteral("The route's steps in one process, SQLite (%1 rounds)").arg(rounds));
    out << QStringLiteral("  the answer: %1 KB of JSON\n").arg(json / 1024);
}

// The store read's parts, on the same 20,000 rows (a fifth of the table, so
// that every round holds them all in memory at once): the SQL fetch of the
// bodies, the JSON parse, and the decode into cases, whole and for oversight.
void storeParts(const QString &path, int rounds)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), u"parts"_s);
        db.setDatabaseName(path);
        db.open();
        Rounds measured;
        qint64 bytes = 0;
        for (int round = 0; round < rounds; ++round) {
            QList<QByteArray> bodies;
            measured.time(QStringLiteral("SELECT body, every row, as UTF-8"), [&] {
                QSqlQuery query(db);
                query.setForwardOnly(true);
                query.exec(QStringLiteral("SELECT CAST(body AS BLOB) FROM cases LIMIT 20000"));
                while (query.next())
                    bodies.append(query.value(0).toByteArray());
            });
            QList<QJsonObject> objects;
            measured.time(QStringLiteral("QJsonDocument::fromJson of each"), [&] {
                for (const QByteArray &body : std::as_const(bodies))
                    objects.append(QJsonDocument::fromJson(body).object());
            });
            measured.time(QStringLiteral("caseFromJson of each"), [&] {
                for (const QJsonObject &object : std::as_const(objects))
                    (void)caseFromJson(object).value();
            });
            measured.time(QStringLiteral("caseForOversightFromJson of each"), [&] {
                for (const QJsonObject &object : std::as_const(objects))
                    (void)caseForOversightFromJson(object).value();
            });
            bytes = 0;
            for (const QByteArray &body : std::as_const(bodies))
                bytes += body.size();
        }
        measured.print(
            QStringLiteral(
                "The store read's parts over 20,000 of the cases (%1 rounds; %2 MB of case JSON)")
                .arg(rounds)
                .arg(bytes / 1e6, 0, 'f', 0));
    }
    QSqlDatabase::removeDatabase(u"parts"_s);
}

struct Server
{
    QString name; // "this build", or "baseline"
    QProcess process;
    QString base;
    QSslConfiguration tls;
    QString ca;
    QByteArray ministry; // the sessions' tokens
    QByteArray supervisor;
};

bool startServer(Server &server, const QString &program, const QString &url, const QString &tls)
{
    server.process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    server.process.start(program,
                         {QStringLiteral("--port"),
                          QStringLiteral("0"),
                          QStringLiteral("--dev-cert"),
                          tls,
                          QStringLiteral("--database"),
                          url});
    QByteArray banner;
    while (!banner.contains('\n') && server.process.waitForReadyRead(60000))
        banner += server.process.readAllStandardOutput();
    const QString port = QRegularExpression(QStringLiteral(":(\\d+)"))
                             .match(QString::fromLatin1(banner))
                             .captured(1);
    if (port.isEmpty())
        return false;
    server.base = QStringLiteral("https://127.0.0.1:") + port;
    server.ca = tls + QStringLiteral("/cert.pem");
    server.tls = QSslConfiguration::defaultConfiguration();
    server.tls.setCaCertificates(QSslCertificate::fromPath(server.ca));
    return true;
}

std::pair<int, QByteArray> send(QNetworkAccessManager &manager,
                                const Server &server,
                                const QByteArray &method,
                                const QString &path,
                                const QByteArray &token,
                                const QByteArray &body = {})
{
    QNetworkRequest request(QUrl(server.base + path));
    request.setSslConfiguration(server.tls);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setTransferTimeout(600000);
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token);
    QNetworkReply *reply = manager.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray data = reply->readAll();
    reply->deleteLater();
    return {status, data};
}

QByteArray signIn(QNetworkAccessManager &manager, const Server &server, const QString &user)
{
    const QJsonObject body{{QStringLiteral("user"), user}, {QStringLiteral("password"), Password}};
    const auto [status, data] = send(manager,
                                     server,
                                     "POST",
                                     QStringLiteral("/api/v1/session"),
                                     {},
                                     QJsonDocument(body).toJson(QJsonDocument::Compact));
    return QJsonDocument::fromJson(data).object().value(u"token").toString().toLatin1();
}

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

// A fresh server first takes the law's timed steps over the seeded year (the
// lapsed returns deleted, the lapsed approvals annulled, tens of thousands)
// and delivers their notices: not the report's cost, so the rounds wait until
// every server has used under a tenth of a CPU second in two seconds.
void waitUntilIdle(const std::vector<std::unique_ptr<Server>> &servers)
{
    QElapsedTimer waited;
    waited.start();
    for (bool busy = true; busy && waited.elapsed() < 20 * 60 * 1000;) {
        QList<double> before;
        for (const auto &server : servers)
            before.append(cpuSeconds(server->process.processId()));
        QThread::sleep(2);
        busy = false;
        for (qsizetype i = 0; i < before.size(); ++i)
            busy = busy || cpuSeconds(servers.at(i)->process.processId()) - before.at(i) > 0.1;
    }
    out << QStringLiteral("\n(the servers' timed steps over the seeded year took %1 s; the "
                          "rounds began after)\n")
               .arg(waited.elapsed() / 1000.0, 0, 'f', 0);
    out.flush();
}

// kezekctl report writing a year's PDF from `server`; false when it failed.
bool kezekctlReport(const Server &server, const QString &file)
{
    QProcess run;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("KEZEK_PASSWORD"), Password);
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    run.setProcessEnvironment(environment);
    run.start(QStringLiteral(KEZEK_CTL_PATH),
              {QStringLiteral("report"),
               QStringLiteral("--server"),
               server.base,
               QStringLiteral("--ca"),
               server.ca,
               QStringLiteral("--user"),
               QStringLiteral("reviewer"),
               QStringLiteral("--from"),
               Today.addDays(-364).toString(Qt::ISODate),
               QStringLiteral("--to"),
               Today.toString(Qt::ISODate),
               QStringLiteral("--format"),
               QStringLiteral("pdf"),
               QStringLiteral("--lang"),
               QStringLiteral("ru"),
               QStringLiteral("--out"),
               file});
    run.waitForFinished(600000);
    if (run.exitCode() != 0)
        out << run.readAllStandardError();
    return run.exitCode() == 0;
}

// The route over HTTPS, as the ministry and as Astana's supervisor, and
// kezekctl report writing the PDF; with a baseline server (an earlier build,
// on its own copy of the store), each call to it follows the same call to
// this build's. The servers' peak memory after.
void route(const QString &file, const QString &folder, const QString &baseline, int rounds)
{
    std::vector<std::unique_ptr<Server>> servers;
    servers.push_back(std::make_unique<Server>());
    servers.back()->name = QStringLiteral("this build");
    if (!baseline.isEmpty()) {
        QFile::copy(file, folder + QStringLiteral("/baseline.db"));
        servers.push_back(std::make_unique<Server>());
        servers.back()->name = QStringLiteral("baseline");
    }
    QNetworkAccessManager manager;
    QHash<QString, qint64> idle;
    for (const auto &server : servers) {
        const bool mine = server->name == u"this build";
        const QString program = mine ? QStringLiteral(KEZEK_SERVER_PATH) : baseline;
        const QString url = QStringLiteral("sqlite:") + folder
                            + (mine ? QStringLiteral("/bench.db") : QStringLiteral("/baseline.db"));
        if (!startServer(
                *server, program, url, folder + QStringLiteral("/tls-") + server->name.left(4))) {
            out << server->name << ": the server did not start\n";
            return;
        }
        server->ministry = signIn(manager, *server, QStringLiteral("reviewer"));
        server->supervisor = signIn(manager, *server, QStringLiteral("supervisor"));
        idle[server->name] = peakKiB(server->process.processId());
    }
    waitUntilIdle(servers);
    const QString path
        = QStringLiteral("/api/v1/reports/pilot?from=%1&to=%2")
              .arg(Today.addDays(-364).toString(Qt::ISODate), Today.toString(Qt::ISODate));
    Rounds measured;
    int failures = 0;
    QHash<QString, QString> targets;
    for (int round = 0; round < rounds; ++round) {
        for (const auto &server : servers) {
            const QString ministry
                = QStringLiteral("%1: GET the figures, the ministry (all)").arg(server->name);
            measured.time(ministry, [&] {
                failures += send(manager, *server, "GET", path, server->ministry).first != 200;
            });
        }
        for (const auto &server : servers) {
            measured.time(
                QStringLiteral("%1: GET the figures, Astana's supervisor").arg(server->name), [&] {
                    failures
                        += send(manager, *server, "GET", path, server->supervisor).first != 200;
                });
        }
        for (const auto &server : servers) {
            const QString ctl
                = QStringLiteral("%1: kezekctl report, a year as PDF").arg(server->name);
            targets[ctl] = QStringLiteral("< 3000 ms");
            measured.time(ctl, [&] {
                failures += !kezekctlReport(*server, folder + QStringLiteral("/report.pdf"));
            });
        }
    }
    measured.print(QStringLiteral("The route end to end over HTTPS, kezek-server on SQLite "
                                  "(%1 rounds, alternated)")
                       .arg(rounds),
                   targets);
    out << QStringLiteral("  failures: %1\n").arg(failures);
    for (const auto &server : servers) {
        out << QStringLiteral("  %1: server peak memory %2 (%3 before the first report)\n")
                   .arg(server->name,
                        megabytes(peakKiB(server->process.processId())),
                        megabytes(idle.value(server->name)));
        server->process.terminate();
        server->process.waitForFinished(30000);
        if (server->process.state() != QProcess::NotRunning)
            server->process.kill();
    }
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv); // the PDF's charts are widgets
    QStringList arguments = QCoreApplication::arguments();
    QString baseline; // --baseline-server PATH: an earlier build's kezek-server
    if (const qsizetype flag = arguments.indexOf(QStringLiteral("--baseline-server")); flag > 0) {
        baseline = arguments.value(flag + 1);
        arguments.remove(flag, 2);
    }
    const int count = arguments.size() > 1 ? arguments.at(1).toInt() : 100000;
    const int rounds = arguments.size() > 2 ? arguments.at(2).toInt() : 5;
    out << "Kezek report benchmark ("
#ifdef NDEBUG
        << "optimized"
#else
        << "debug: figures are not representative"
#endif
        << ", " << QThread::idealThreadCount() << " cores)\n";
    const auto law = ShippedData::lawbook();
    if (!law) {
        out << law.error().message << '\n';
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    HistoryOptions history{Today, count, 365, 2026};
    auto seeded = seedHistory(history, law->context(), law->legalBasis());
    if (!seeded) {
        out << seeded.error().message << '\n';
        return 1;
    }
    QList<Case> cases;
    cases.reserve(seeded->size());
    for (const SeededCase &s : std::as_const(*seeded))
        cases.append(s.c);
    seeded->clear();
    out << QStringLiteral("made %1 cases in %2 s; peak memory %3\n")
               .arg(cases.size())
               .arg(timer.elapsed() / 1000.0, 0, 'f', 1)
               .arg(megabytes(peakKiB(QCoreApplication::applicationPid())));
    describe(cases);

    dashboard(cases, *law, rounds);
    report(cases, *law, rounds);
    out << "bench peak memory after the figures and reports: "
        << megabytes(peakKiB(QCoreApplication::applicationPid())) << '\n';

    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("bench.db"));
    const QString url = QStringLiteral("sqlite:") + file;
    timer.restart();
    if (auto filled = fillStore(url, cases); !filled) {
        out << filled.error().message << '\n';
        return 1;
    }
    cases.clear();
    cases.squeeze();
    out << QStringLiteral("\nfilled a SQLite store with the cases in %1 s\n")
               .arg(timer.elapsed() / 1000.0, 0, 'f', 1);
    storeParts(file, rounds);
    routeSteps(url, *law, rounds);
    route(file, dir.path(), baseline, rounds);
    out << "bench peak memory: " << megabytes(peakKiB(QCoreApplication::applicationPid())) << '\n';
    return 0;
}
