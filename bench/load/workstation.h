#pragma once

#include "bench/load/connection.h"

#include <QString>

#include <boost/asio/steady_timer.hpp>

#include <memory>
#include <random>
#include <vector>

namespace Kezek::Load {

// What every simulated workstation shares: the pace of its work, which the
// stress mode changes while they run.
struct Pace
{
    double pollSeconds = 60;
    double pushSeconds = 120;
    double rampSeconds = 60;   // sign-ins spread over this long
    int firstSyncSince = 0;    // the revision a first sync starts from (a sample)
    int firstSyncPages = 1000; // at most this many pages of 500
    Stats::Clock::time_point end;
};

// How many sign-ins are sent at once, all workstations together: as many as
// the servers check passwords at once (sign-in-workers each), so that the
// ramp follows the servers' pace instead of being answered 429 over and over.
struct SignInGate
{
    int limit = 4;
    int busy = 0;
};

// A case a workstation may act on: only it pushes commands on the case, so
// every command should apply, and the case's version counts them.
struct OwnCase
{
    QString id;
    int version = 0;
};

// A command as pushed and what the server finally answered it.
struct PushedCommand
{
    QString id;
    QString caseId;
    QString user;
    QString outcome; // applied, duplicate, conflict, rejected, or "http N"
    int version = 0; // the case version the command made
};

struct WorkstationPlan
{
    int index = 0;
    QString user;
    QString password;
    asio::ip::address_v4 source;
    std::vector<OwnCase> cases;
};

// One officer's workstation: signs in (waiting out the server's sign-in
// limits), first-syncs a sample of its city's cases, claims a case and
// downloads its scans (uploading one first if it has none), then polls and
// pushes commands at the pace until the end.
class Workstation
{
public:
    Workstation(WorkstationPlan plan,
                asio::any_io_executor executor,
                asio::ssl::context &tls,
                tcp::endpoint server,
                const Pace &pace,
                SignInGate &gate,
                Stats &stats,
                std::vector<PushedCommand> &pushed);

    asio::awaitable<void> run();
    bool signedIn() const { return m_signedIn; }

private:
    asio::awaitable<void> sleepFor(double seconds);
    asio::awaitable<bool> signIn();
    asio::awaitable<void> firstSync();
    asio::awaitable<void> poll();
    asio::awaitable<void> claimAndDownload();
    asio::awaitable<void> push();

    WorkstationPlan m_plan;
    asio::any_io_executor m_executor;
    Connection m_connection;
    const Pace &m_pace;
    SignInGate &m_gate;
    std::vector<PushedCommand> &m_pushed;
    std::mt19937 m_random;
    qint64 m_cursor = 0;
    std::size_t m_nextCase = 0;
    int m_pushes = 0;
    bool m_signedIn = false;
};

} // namespace Kezek::Load
