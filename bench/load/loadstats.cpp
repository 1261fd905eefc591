#include "bench/load/loadstats.h"

#include <algorithm>
#include <fstream>
#include <sstream>

#include <unistd.h>

namespace Kezek::Load {

const char *callName(Call call)
{
    static constexpr std::array<const char *, CallCount> names{
        "sign-in", "first sync", "poll", "push", "claim", "list scans", "upload", "download"};
    return names[std::size_t(call)];
}

void Stats::record(Call call, int status, double milliseconds)
{
    m_samples[std::size_t(call)].push_back({float(milliseconds), short(status)});
    ++m_statuses[status];
}

void Stats::startWindow()
{
    for (std::size_t i = 0; i < CallCount; ++i)
        m_windowStart[i] = m_samples[i].size();
}

Stats::Summary Stats::summarize(std::vector<float> values)
{
    Summary summary;
    summary.count = values.size();
    if (values.empty())
        return summary;
    std::sort(values.begin(), values.end());
    const auto at = [&](double q) {
        return double(values[std::min(values.size() - 1, std::size_t(q * double(values.size())))]);
    };
    summary.p50 = at(0.50);
    summary.p99 = at(0.99);
    summary.max = double(values.back());
    return summary;
}

Stats::Summary Stats::window(Call call) const
{
    const auto &samples = m_samples[std::size_t(call)];
    std::vector<float> values;
    for (std::size_t i = m_windowStart[std::size_t(call)]; i < samples.size(); ++i)
        values.push_back(samples[i].milliseconds);
    return summarize(std::move(values));
}

Stats::Summary Stats::total(Call call) const
{
    std::vector<float> values;
    for (const Sample &sample : m_samples[std::size_t(call)])
        values.push_back(sample.milliseconds);
    return summarize(std::move(values));
}

std::size_t Stats::windowRequests() const
{
    std::size_t count = 0;
    for (std::size_t i = 0; i < CallCount; ++i)
        count += m_samples[i].size() - m_windowStart[i];
    return count;
}

std::size_t Stats::windowFailures() const
{
    std::size_t count = 0;
    for (std::size_t i = 0; i < CallCount; ++i) {
        for (std::size_t j = m_windowStart[i]; j < m_samples[i].size(); ++j)
            count += m_samples[i][j].status == 0 || m_samples[i][j].status >= 500;
    }
    return count;
}

std::size_t Stats::requests() const
{
    std::size_t count = 0;
    for (const auto &samples : m_samples)
        count += samples.size();
    return count;
}

std::size_t Stats::serverErrors() const
{
    std::size_t count = 0;
    for (const auto &[status, times] : m_statuses)
        count += status == 0 || status >= 500 ? times : 0;
    return count;
}

ProcessUsage processUsage(int pid)
{
    ProcessUsage usage;
    usage.pid = pid;
    const std::string folder = "/proc/" + std::to_string(pid);
    std::ifstream stat(folder + "/stat");
    std::string line;
    if (std::getline(stat, line)) {
        // The name is in parentheses and may hold spaces: the fields after it
        // are counted from the last ')'; utime and stime are the 12th and 13th.
        const auto open = line.find('(');
        const auto close = line.rfind(')');
        if (open != std::string::npos && close != std::string::npos) {
            usage.name = line.substr(open + 1, close - open - 1);
            std::istringstream fields(line.substr(close + 2));
            std::string field;
            long long utime = 0;
            long long stime = 0;
            for (int i = 0; i < 13 && fields >> field; ++i) {
                if (i == 11)
                    utime = std::stoll(field);
                if (i == 12)
                    stime = std::stoll(field);
            }
            usage.cpuSeconds = double(utime + stime) / double(sysconf(_SC_CLK_TCK));
        }
    }
    std::ifstream status(folder + "/status");
    while (std::getline(status, line)) {
        if (line.rfind("VmHWM:", 0) == 0)
            usage.peakKiB = std::stol(line.substr(6));
        else if (line.rfind("VmRSS:", 0) == 0)
            usage.rssKiB = std::stol(line.substr(6));
    }
    return usage;
}

} // namespace Kezek::Load
