#include "bench/load/loadrun.h"

#include "bench/load/setup.h"

#include <boost/asio/as_tuple.hpp>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ssl/context.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/use_awaitable.hpp>

#include <QHash>

#include <memory>

#include <unistd.h>

namespace Kezek::Load {

namespace {

using Clock = Stats::Clock;

double secondsSince(Clock::time_point start)
{
    return std::chrono::duration<double>(Clock::now() - start).count();
}

asio::awaitable<void> sleepFor(double seconds)
{
    asio::steady_timer timer(co_await asio::this_coro::executor);
    timer.expires_after(std::chrono::milliseconds(std::int64_t(seconds * 1000)));
    co_await timer.async_wait(asio::as_tuple(asio::use_awaitable));
}

// What the run shares with its monitor.
struct Run
{
    const RunOptions &options;
    QTextStream &out;
    Pace pace;
    Stats stats{};
    SignInGate gate{};
    std::vector<std::unique_ptr<Workstation>> workstations{};
    std::vector<PushedCommand> pushed{};
    Clock::time_point started = Clock::now();
    Clock::time_point windowStarted = Clock::now();
    double bestRate = 0; // stress: requests/s sustained within the poll p99 limit
    double bestPolls = 0;

    int signedIn() const
    {
        int count = 0;
        for (const auto &workstation : workstations)
            count += workstation->signedIn();
        return count;
    }
    void progress(const char *phase)
    {
        const Stats::Summary polls = stats.window(Call::Poll);
        out << QStringLiteral("[%1 s] %2: %3 signed in, %4 requests, %5 failed; polls since "
                              "the window: %6, p99 %7 ms\n")
                   .arg(secondsSince(started), 0, 'f', 0)
                   .arg(QString::fromLatin1(phase))
                   .arg(signedIn())
                   .arg(stats.requests())
                   .arg(stats.serverErrors())
                   .arg(polls.count)
                   .arg(polls.p99, 0, 'f', 1);
        out.flush();
    }
    // Printed outside the coroutines, whose temporaries GCC 12 mishandles.
    void step(int number, double rate, double seconds)
    {
        const Stats::Summary polls = stats.window(Call::Poll);
        out << QStringLiteral("stress step %1: polls every %2 s: %3 polls/s (%4 asked), %5 "
                              "requests/s, poll p50 %6 ms p99 %7 ms, %8 failed\n")
                   .arg(number)
                   .arg(pace.pollSeconds, 0, 'f', 2)
                   .arg(double(polls.count) / seconds, 0, 'f', 0)
                   .arg(rate, 0, 'f', 0)
                   .arg(double(stats.windowRequests()) / seconds, 0, 'f', 0)
                   .arg(polls.p50, 0, 'f', 1)
                   .arg(polls.p99, 0, 'f', 1)
                   .arg(stats.windowFailures());
        out.flush();
    }
    void best()
    {
        out << QStringLiteral("stress: highest rate sustained with poll p99 under %1 ms: %2 "
                              "requests/s (%3 polls/s)\n")
                   .arg(options.p99LimitMs, 0, 'f', 0)
                   .arg(bestRate, 0, 'f', 0)
                   .arg(bestPolls, 0, 'f', 0);
        out.flush();
    }
};

// The steady part is measured after the ramp and the first syncs.
asio::awaitable<void> steady(Run &run)
{
    const double warmUp = run.pace.rampSeconds + std::min(30.0, run.options.durationSeconds / 4);
    while (secondsSince(run.started) < warmUp) {
        co_await sleepFor(10);
        run.progress("ramp");
    }
    run.stats.startWindow();
    run.windowStarted = Clock::now();
    while (Clock::now() < run.pace.end) {
        co_await sleepFor(std::min(
            10.0, std::chrono::duration<double>(run.pace.end - Clock::now()).count() + 0.1));
        run.progress("steady");
    }
}

// Stress: the poll rate rises by half at each step until the polls' p99
// passes the limit (or more than 1% of the answers fail).
asio::awaitable<void> stress(Run &run)
{
    const double warmUp = run.pace.rampSeconds + 20;
    while (secondsSince(run.started) < warmUp) {
        co_await sleepFor(10);
        run.progress("ramp");
    }
    const double workstations = double(run.workstations.size());
    double rate = workstations / run.pace.pollSeconds;
    for (int step = 0; step < 15; ++step, rate *= 1.5) {
        run.pace.pollSeconds = workstations / rate;
        co_await sleepFor(std::min(5.0, run.pace.pollSeconds)); // the new pace spreads
        run.stats.startWindow();
        run.windowStarted = Clock::now();
        const auto begun = run.windowStarted;
        co_await sleepFor(run.options.stepSeconds);
        const double seconds = secondsSince(begun);
        const Stats::Summary polls = run.stats.window(Call::Poll);
        const double achieved = double(run.stats.windowRequests()) / seconds;
        const bool failing = run.stats.windowFailures() * 100 > run.stats.windowRequests();
        run.step(step + 1, rate, seconds);
        if (polls.p99 > run.options.p99LimitMs || failing)
            break;
        // Asked for more than the workstations could send: the generator's
        // own limit, not the server's; stop rather than report it.
        if (double(polls.count) / seconds < 0.7 * rate)
            break;
        run.bestRate = achieved;
        run.bestPolls = double(polls.count) / seconds;
    }
    run.pace.end = Clock::now();
    run.best();
}

void report(Run &run, const std::vector<ProcessUsage> &before, double wall)
{
    QTextStream &out = run.out;
    out << QStringLiteral("\n%1 workstations, %2 signed in, %3 s in all\n")
               .arg(run.workstations.size())
               .arg(run.signedIn())
               .arg(wall, 0, 'f', 0);
    out << QStringLiteral("%1 %2 %3 %4 %5\n")
               .arg(QStringLiteral("call"), -12)
               .arg(QStringLiteral("count"), 8)
               .arg(QStringLiteral("p50 ms"), 9)
               .arg(QStringLiteral("p99 ms"), 9)
               .arg(QStringLiteral("max ms"), 9);
    for (std::size_t i = 0; i < CallCount; ++i) {
        const Stats::Summary summary = run.stats.total(Call(i));
        out << QStringLiteral("%1 %2 %3 %4 %5\n")
                   .arg(QString::fromLatin1(callName(Call(i))), -12)
                   .arg(summary.count, 8)
                   .arg(summary.p50, 9, 'f', 1)
                   .arg(summary.p99, 9, 'f', 1)
                   .arg(summary.max, 9, 'f', 1);
    }
    const double windowSeconds = secondsSince(run.windowStarted);
    out << QStringLiteral("requests: %1 in all, %2/s; in the steady window (%3 s): %4/s\n")
               .arg(run.stats.requests())
               .arg(double(run.stats.requests()) / wall, 0, 'f', 1)
               .arg(windowSeconds, 0, 'f', 0)
               .arg(double(run.stats.windowRequests()) / windowSeconds, 0, 'f', 1);
    out << "answers by status:";
    for (const auto &[status, count] : run.stats.statuses())
        out << ' ' << (status == 0 ? QStringLiteral("none") : QString::number(status)) << ": "
            << count;
    out << QStringLiteral("; sign-ins waited out (429): %1; TLS connections opened: %2\n")
               .arg(run.stats.throttledSignIns())
               .arg(run.stats.connections());
    for (const ProcessUsage &start : before) {
        const ProcessUsage end = processUsage(start.pid);
        out << QStringLiteral(
                   "process %1 (%2): CPU %3 s = %4% of one core; RSS %5 MB, peak %6 MB\n")
                   .arg(start.pid)
                   .arg(QString::fromStdString(start.name))
                   .arg(end.cpuSeconds - start.cpuSeconds, 0, 'f', 1)
                   .arg(100 * (end.cpuSeconds - start.cpuSeconds) / wall, 0, 'f', 0)
                   .arg(double(end.rssKiB) / 1024, 0, 'f', 0)
                   .arg(double(end.peakKiB) / 1024, 0, 'f', 0);
    }
    QHash<QString, int> outcomes;
    for (const PushedCommand &command : run.pushed)
        ++outcomes[command.outcome];
    out << QStringLiteral("commands pushed: %1").arg(run.pushed.size());
    for (auto it = outcomes.cbegin(); it != outcomes.cend(); ++it)
        out << ", " << it.key() << ' ' << it.value();
    out << '\n';
    out.flush();
}

} // namespace

RunResult runLoad(const RunOptions &options, QTextStream &out)
{
    RunResult result;
    auto plan = planFromDatabase(options.databaseUrl, options.workstations);
    if (!plan) {
        out << plan.error().message << '\n';
        return result;
    }
    // The loop and the TLS context outlive the workstations' connections.
    asio::io_context io(1);
    asio::ssl::context tls(asio::ssl::context::tls_client);
    Run run{options, out, options.pace};
    run.gate.limit = options.signInsAtOnce;
    // A window of the feed holding about `syncCases` of each city's cases.
    run.pace.firstSyncSince = int(std::max<qint64>(0, plan->latest - 2 * options.syncCases));
    run.pace.firstSyncPages = options.syncCases / 500 + 2;
    run.pace.end = options.stress
                       ? Clock::now() + std::chrono::hours(4)
                       : Clock::now()
                             + std::chrono::milliseconds(std::int64_t(
                                 (options.pace.rampSeconds + options.durationSeconds) * 1000));
    tls.set_verify_mode(asio::ssl::verify_peer);
    boost::system::error_code error;
    tls.load_verify_file(options.caFile.toStdString(), error);
    if (error) {
        out << "the authority " << options.caFile << ": " << QString::fromStdString(error.message())
            << '\n';
        return result;
    }
    const tcp::endpoint server(asio::ip::make_address(options.host.toStdString(), error),
                               std::uint16_t(options.port));
    out << QStringLiteral("%1 workstations against %2:%3, poll every %4 s, push every %5 s, "
                          "sign-ins over %6 s, first sync of about %7 cases\n")
               .arg(options.workstations)
               .arg(options.host)
               .arg(options.port)
               .arg(options.pace.pollSeconds)
               .arg(options.pace.pushSeconds)
               .arg(options.pace.rampSeconds)
               .arg(options.syncCases);
    out.flush();
    std::vector<ProcessUsage> before;
    for (int pid : options.serverPids)
        before.push_back(processUsage(pid));
    before.push_back(processUsage(int(getpid()))); // the generator itself
    run.started = Clock::now();
    for (WorkstationPlan &workstation : plan->workstations) {
        run.workstations.push_back(std::make_unique<Workstation>(workstation,
                                                                 io.get_executor(),
                                                                 tls,
                                                                 server,
                                                                 run.pace,
                                                                 run.gate,
                                                                 run.stats,
                                                                 run.pushed));
        asio::co_spawn(io, run.workstations.back()->run(), asio::detached);
    }
    asio::co_spawn(io, options.stress ? stress(run) : steady(run), asio::detached);
    io.run();
    report(run, before, secondsSince(run.started));
    if (options.stopServers)
        options.stopServers();
    const QStringList problems = checkAppliedOnce(options.databaseUrl, *plan, run.pushed);
    out << (problems.isEmpty()
                ? QStringLiteral("check: every command pushed was applied exactly "
                                 "once\n")
                : QStringLiteral("check FAILED:\n  ") + problems.join(u"\n  ") + u'\n');
    const QString audit = verifyAudit(options.ctl, options.databaseUrl, options.auditKey);
    out << (audit.isEmpty() ? QStringLiteral("audit chain: verified\n")
                            : QStringLiteral("audit chain FAILED: ") + audit + u'\n');
    out.flush();
    result.correct = problems.isEmpty() && audit.isEmpty();
    result.serverErrors = run.stats.serverErrors();
    result.pushed = run.pushed.size();
    return result;
}

} // namespace Kezek::Load
