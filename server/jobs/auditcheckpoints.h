#pragma once

#include "server/jobs/jobthread.h"
#include "server/serverconfig.h"

namespace Kezek {

// The audit chain's head written out of the database at start, every
// --audit-checkpoint-minutes and at stop: a line in the journal, and a line
// appended (and synced to disk) to --audit-checkpoints, for a site to copy to
// write-once storage. `kezekctl audit verify --checkpoint` holds the log to
// them: an entry they name that is gone or different was cut or rewritten.
class AuditCheckpoints
{
public:
    explicit AuditCheckpoints(ServerConfig config);
    ~AuditCheckpoints(); // writes the last one, stops and joins

    AuditCheckpoints(const AuditCheckpoints &) = delete;
    AuditCheckpoints &operator=(const AuditCheckpoints &) = delete;

    void start();
    void stop();
    // One checkpoint now, after the read periods that are over (all of them,
    // with `final`) went into the chain; false when the database or the
    // file failed.
    bool writeOnce(bool final = false);

private:
    ServerConfig m_config;
    JobThread m_job; // last: stopped before the rest goes
};

} // namespace Kezek
