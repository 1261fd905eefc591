#include "bench/load/workstation.h"

#include "core/domain/casecommand.h"
#include "core/domain/commandkinds.h"
#include "core/simulation/scangenerator.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>
#include <QUuid>

#include <boost/asio/as_tuple.hpp>
#include <boost/asio/use_awaitable.hpp>

#include <cstdlib>
#include <string_view>

namespace Kezek::Load {

namespace http = beast::http;
namespace {

constexpr int PageSize = 500;
// A command's answer lost to a 503 or a dropped connection is asked again
// with the same id, as the workstation's outbox does, this many times.
constexpr int PushAttempts = 20;

QJsonObject parse(const Reply &reply)
{
    return QJsonDocument::fromJson(
               QByteArray::fromRawData(reply.body.data(), qsizetype(reply.body.size())))
        .object();
}

std::string toStd(const QString &text)
{
    return text.toStdString();
}

std::string changesTarget(qint64 since)
{
    return "/api/v1/changes?since=" + std::to_string(since) + "&limit=" + std::to_string(PageSize);
}

// The requests and what is read from the answers are made outside the
// coroutines: GCC 12 frees the backing array of an initializer list (as
// QJsonObject's) wrongly inside one.

Request signInRequest(const WorkstationPlan &plan)
{
    const QJsonObject body{{QStringLiteral("user"), plan.user},
                           {QStringLiteral("password"), plan.password}};
    return {Call::SignIn,
            http::verb::post,
            "/api/v1/session",
            QJsonDocument(body).toJson(QJsonDocument::Compact).toStdString()};
}

Request claimRequest(const QString &caseId)
{
    const QJsonObject claims{
        {QStringLiteral("claims"), QJsonArray{QJsonObject{{QStringLiteral("caseId"), caseId}}}}};
    return {Call::Claim,
            http::verb::post,
            "/api/v1/claims",
            QJsonDocument(claims).toJson(QJsonDocument::Compact).toStdString()};
}

Request listScansRequest(const QString &caseId)
{
    return {Call::ListScans, http::verb::get, "/api/v1/cases/" + toStd(caseId) + "/documents"};
}

// The CSC's scan of the passport, as an officer adds one at the desk.
Request uploadRequest(const QString &caseId, int index)
{
    const QByteArray scan = ScanGenerator::png(600, 840, quint32(index + 1));
    const QString sha256
        = QString::fromLatin1(QCryptographicHash::hash(scan, QCryptographicHash::Sha256).toHex());
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("case"), caseId);
    query.addQueryItem(QStringLiteral("name"), QStringLiteral("passport.png"));
    return {Call::Upload,
            http::verb::put,
            "/api/v1/documents/" + toStd(sha256) + "?" + toStd(query.toString(QUrl::FullyEncoded)),
            scan.toStdString(),
            "image/png"};
}

std::vector<Request> downloadRequests(const Reply &listed)
{
    std::vector<Request> requests;
    for (const auto &document : parse(listed).value(u"documents").toArray()) {
        const QString sha256 = document.toObject().value(u"sha256").toString();
        requests.push_back({Call::Download, http::verb::get, "/api/v1/documents/" + toStd(sha256)});
    }
    return requests;
}

// A document the officer sends back with a reason: the law allows it on a
// received case whatever the document's checks say, and again later.
std::pair<QString, Request> pushRequest(const OwnCase &target, int count)
{
    const CaseCommand command{
        QUuid::createUuid().toString(QUuid::WithoutBraces),
        caseFactId(CaseFact::UpdateDocument),
        target.id,
        target.version,
        {{QStringLiteral("checklist"), QStringLiteral("preliminary")},
         {QStringLiteral("document"), QStringLiteral("petition")},
         {QStringLiteral("command"), QStringLiteral("reject")},
         {QStringLiteral("reason"), QStringLiteral("The scan is unreadable (%1).").arg(count)}},
        {},
        {}};
    const QJsonObject body{{QStringLiteral("commands"), QJsonArray{caseCommandToJson(command)}}};
    return {command.id,
            {Call::Push,
             http::verb::post,
             "/api/v1/commands",
             QJsonDocument(body).toJson(QJsonDocument::Compact).toStdString()}};
}

// The first command's answer: its status and the version it made.
std::pair<QString, int> commandAnswer(const Reply &reply)
{
    const QJsonArray results = parse(reply).value(u"results").toArray();
    const QJsonObject result = results.isEmpty() ? QJsonObject() : results.at(0).toObject();
    return {result.value(u"status").toString(), result.value(u"version").toInt()};
}

// Where a page of the feed ends, and whether more follows. The page closes
// with `"more":…,"next":N}` (server/routes/changes.cpp), which is read from
// its end without decoding the cases: one process plays a thousand
// workstations, and its CPU is for their connections (decoding a page into
// the cache is bench_server's and bench_cache's to measure).
std::pair<qint64, bool> pageEnd(const Reply &reply, qint64 cursor)
{
    const std::string_view body = reply.body;
    const auto more = body.rfind("\"more\":");
    const auto next = body.rfind("\"next\":");
    if (more == std::string_view::npos || next == std::string_view::npos || next < more) {
        const QJsonObject json = parse(reply);
        return {json.value(u"next").toInteger(cursor), json.value(u"more").toBool()};
    }
    return {std::atoll(body.data() + next + 7), body.substr(more + 7, 4) == "true"};
}

} // namespace

Workstation::Workstation(WorkstationPlan plan,
                         asio::any_io_executor executor,
                         asio::ssl::context &tls,
                         tcp::endpoint server,
                         const Pace &pace,
                         SignInGate &gate,
                         Stats &stats,
                         std::vector<PushedCommand> &pushed)
    : m_plan(std::move(plan))
    , m_executor(executor)
    , m_connection(executor, tls, server, m_plan.source, stats)
    , m_pace(pace)
    , m_gate(gate)
    , m_pushed(pushed)
    , m_random(std::uint32_t(m_plan.index) * 2654435761u + 7)
{}

asio::awaitable<void> Workstation::sleepFor(double seconds)
{
    if (seconds <= 0)
        co_return;
    asio::steady_timer timer(m_executor);
    timer.expires_after(std::chrono::microseconds(std::int64_t(seconds * 1e6)));
    co_await timer.async_wait(asio::as_tuple(asio::use_awaitable));
}

asio::awaitable<bool> Workstation::signIn()
{
    const Request request = signInRequest(m_plan);
    std::uniform_real_distribution<double> jitter(0.0, 1.0);
    for (int attempt = 0; attempt < 60 && Stats::Clock::now() < m_pace.end; ++attempt) {
        while (m_gate.busy >= m_gate.limit)
            co_await sleepFor(0.02 + 0.03 * jitter(m_random));
        ++m_gate.busy;
        const Reply reply = co_await m_connection.send(request);
        --m_gate.busy;
        if (reply.status == 200) {
            m_connection.setToken(toStd(parse(reply).value(u"token").toString()));
            co_return true;
        }
        // 429: the server's password checks are busy, or this address asked
        // too often; wait as told, spread so that the retries do not bunch.
        const double wait = reply.status == 429
                                ? std::max(reply.retryAfter, 1) * (0.5 + jitter(m_random))
                                : 2 + 2 * jitter(m_random);
        co_await sleepFor(wait);
    }
    co_return false;
}

asio::awaitable<void> Workstation::firstSync()
{
    m_cursor = m_pace.firstSyncSince;
    for (int page = 0; page < m_pace.firstSyncPages; ++page) {
        const Request request{Call::FirstSync, http::verb::get, changesTarget(m_cursor)};
        const Reply reply = co_await m_connection.send(request);
        if (reply.status != 200)
            co_return; // the polls go on from where this stopped
        const auto [next, more] = pageEnd(reply, m_cursor);
        m_cursor = next;
        if (!more)
            co_return;
    }
}

asio::awaitable<void> Workstation::poll()
{
    // A poll reads until nothing more is new: the other workstations' commands.
    for (int page = 0; page < 20; ++page) {
        const Request request{Call::Poll, http::verb::get, changesTarget(m_cursor)};
        const Reply reply = co_await m_connection.send(request);
        if (reply.status != 200)
            co_return;
        const auto [next, more] = pageEnd(reply, m_cursor);
        m_cursor = next;
        if (!more)
            co_return;
    }
}

asio::awaitable<void> Workstation::claimAndDownload()
{
    if (m_plan.cases.empty())
        co_return;
    const QString caseId = m_plan.cases.front().id;
    const Request claim = claimRequest(caseId);
    const Reply claimed = co_await m_connection.send(claim);
    if (claimed.status != 200)
        co_return;
    const Request list = listScansRequest(caseId);
    Reply listed = co_await m_connection.send(list);
    if (listed.status != 200)
        co_return;
    std::vector<Request> downloads = downloadRequests(listed);
    if (downloads.empty()) {
        const Request upload = uploadRequest(caseId, m_plan.index);
        const Reply uploaded = co_await m_connection.send(upload);
        if (uploaded.status != 200 && uploaded.status != 201)
            co_return;
        listed = co_await m_connection.send(list);
        downloads = downloadRequests(listed);
    }
    for (const Request &download : downloads)
        co_await m_connection.send(download);
}

asio::awaitable<void> Workstation::push()
{
    if (m_plan.cases.empty())
        co_return;
    OwnCase &target = m_plan.cases[m_nextCase++ % m_plan.cases.size()];
    const auto [id, request] = pushRequest(target, ++m_pushes);
    PushedCommand record{id, target.id, m_plan.user, QStringLiteral("unanswered"), 0};
    for (int attempt = 0; attempt < PushAttempts; ++attempt) {
        const Reply reply = co_await m_connection.send(request);
        if (reply.status == 200) {
            std::tie(record.outcome, record.version) = commandAnswer(reply);
            if (record.outcome == u"applied" || record.outcome == u"duplicate")
                target.version = record.version;
            break;
        }
        if (reply.status != 0 && reply.status < 500) {
            record.outcome = QStringLiteral("http %1").arg(reply.status);
            break;
        }
        co_await sleepFor(std::max(reply.retryAfter, 1));
    }
    m_pushed.push_back(record);
}

asio::awaitable<void> Workstation::run()
{
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    co_await sleepFor(m_pace.rampSeconds * unit(m_random));
    if (!(m_signedIn = co_await signIn()))
        co_return;
    co_await firstSync();
    co_await claimAndDownload();
    // The workstations' clocks are not in step: each starts its rounds at
    // its own moment within a period.
    auto nextPoll
        = Stats::Clock::now()
          + std::chrono::milliseconds(std::int64_t(m_pace.pollSeconds * 1000 * unit(m_random)));
    auto nextPush
        = Stats::Clock::now()
          + std::chrono::milliseconds(std::int64_t(m_pace.pushSeconds * 1000 * unit(m_random)));
    while (Stats::Clock::now() < m_pace.end) {
        // Woken at least every second, so that a faster pace (the stress
        // steps) is taken up at once.
        const auto wake
            = std::min(std::min(nextPoll, nextPush),
                       std::min(m_pace.end, Stats::Clock::now() + std::chrono::seconds(1)));
        const std::chrono::duration<double> wait = wake - Stats::Clock::now();
        co_await sleepFor(wait.count());
        const auto now = Stats::Clock::now();
        if (now >= m_pace.end)
            break;
        const auto pollEvery = std::chrono::milliseconds(std::int64_t(m_pace.pollSeconds * 1000));
        if (nextPoll > now + pollEvery)
            nextPoll = now + pollEvery; // the pace quickened
        if (now >= nextPoll) {
            co_await poll();
            nextPoll = std::max(nextPoll + pollEvery, Stats::Clock::now());
        }
        if (now >= nextPush && Stats::Clock::now() < m_pace.end) {
            co_await push();
            nextPush += std::chrono::milliseconds(std::int64_t(m_pace.pushSeconds * 1000));
        }
    }
    m_connection.close();
}

} // namespace Kezek::Load
