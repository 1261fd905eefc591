#pragma once

#include "core/domain/lawbook.h"
#include "server/jobs/jobthread.h"
#include "server/serverconfig.h"

#include <QDateTime>

#include <functional>
#include <memory>

namespace Kezek {

class ServerStore;

// The steps the law takes by itself when a period runs out (§12: an
// application not reworked in five days is deleted; §19: a preliminary
// approval not acted on in 30 days is annulled), taken by the server on a
// thread of its own: at start-up and every --timed-steps-minutes. Each step
// is dated on the day it fell due, however late the server takes it (a server
// down for a month catches up), and waits --act-window-hours after that day
// begins, so that an act made on time offline and synced late is never
// overtaken. Each step has a command id made from its case, its kind and its
// day: several servers on one database apply it once, and the others get
// "duplicate". It goes through the same atomic path as every command, with
// its notice to the applicant and its audit entry.
class TimedSteps
{
public:
    TimedSteps(ServerConfig config, Lawbook law);
    ~TimedSteps(); // stops and joins

    TimedSteps(const TimedSteps &) = delete;
    TimedSteps &operator=(const TimedSteps &) = delete;

    void start();
    void stop();

    // One pass over the cases, as of `now` (UTC): how many steps were taken
    // here, or -1 when the database failed (tried again next time).
    int runOnce(const QDateTime &now);

    // The id under which a step is applied: the same on every server.
    static QString commandId(const QString &caseId, const TimedStep &step);

private:
    void run();

    ServerConfig m_config;
    Lawbook m_law;
    std::unique_ptr<ServerStore> m_store; // the thread's own connection
    JobThread m_job;                      // last: stopped before the rest goes
};

} // namespace Kezek
