#pragma once

#include "bench/load/workstation.h"

#include <QString>
#include <QTextStream>

#include <functional>
#include <vector>

namespace Kezek::Load {

struct RunOptions
{
    QString host;
    int port = 0;
    QString caFile; // the authority the server's (or nginx's) certificate is checked with
    QString databaseUrl;
    QString auditKey;
    QString ctl; // kezekctl, for the audit check
    int workstations = 1000;
    double durationSeconds = 300; // after the ramp
    Pace pace;
    int syncCases = 500;   // the first sync's sample of the city's cases
    int signInsAtOnce = 4; // the password checks all servers run at once
    std::vector<int> serverPids;
    bool stress = false;
    double p99LimitMs = 200; // stress: the poll p99 a rate must keep to
    double stepSeconds = 30;
    std::function<void()> stopServers; // called after the load, before the checks
};

struct RunResult
{
    bool correct = false;         // every command applied once, the audit chain verified
    std::size_t serverErrors = 0; // 5xx and no answer
    std::size_t pushed = 0;
};

// Runs the workstations on one event loop to the end, reports, and checks.
RunResult runLoad(const RunOptions &options, QTextStream &out);

} // namespace Kezek::Load
