#pragma once

#include <array>
#include <chrono>
#include <cstddef>
#include <map>
#include <string>
#include <vector>

namespace Kezek::Load {

// The kinds of call a workstation makes, each measured on its own: a poll
// with nothing new costs the server little, a first-sync page a great deal.
enum class Call { SignIn, FirstSync, Poll, Push, Claim, ListScans, Upload, Download };
inline constexpr std::size_t CallCount = std::size_t(Call::Download) + 1;
const char *callName(Call call);

// Every answer's latency and status, by kind of call. One thread owns it
// (the load generator runs on one event loop), so nothing is locked.
class Stats
{
public:
    using Clock = std::chrono::steady_clock;

    // `status` 0: no answer at all (the connection failed or timed out).
    void record(Call call, int status, double milliseconds);
    // A sign-in refused for the server's limits (429) is waited out, not an error.
    void throttled() { ++m_throttled; }
    void connected() { ++m_connections; } // a TCP connection and a TLS handshake

    // From here on, window() counts only what follows (the stress steps).
    void startWindow();
    struct Summary
    {
        std::size_t count = 0;
        double p50 = 0;
        double p99 = 0;
        double max = 0;
    };
    Summary window(Call call) const;
    Summary total(Call call) const;
    std::size_t windowRequests() const;
    std::size_t windowFailures() const; // 5xx and no answer

    std::size_t requests() const;
    const std::map<int, std::size_t> &statuses() const { return m_statuses; }
    std::size_t serverErrors() const; // 5xx and no answer
    std::size_t throttledSignIns() const { return m_throttled; }
    std::size_t connections() const { return m_connections; }

private:
    struct Sample
    {
        float milliseconds;
        short status;
    };
    static Summary summarize(std::vector<float> values);
    std::array<std::vector<Sample>, CallCount> m_samples;
    std::array<std::size_t, CallCount> m_windowStart{};
    std::map<int, std::size_t> m_statuses;
    std::size_t m_throttled = 0;
    std::size_t m_connections = 0;
};

// A server process's CPU time and memory, from /proc.
struct ProcessUsage
{
    int pid = 0;
    std::string name;
    double cpuSeconds = -1; // user and system
    long rssKiB = -1;
    long peakKiB = -1; // VmHWM
};
ProcessUsage processUsage(int pid);

} // namespace Kezek::Load
