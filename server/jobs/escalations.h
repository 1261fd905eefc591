#pragma once

#include "core/domain/lawbook.h"
#include "core/domain/oversight.h"
#include "server/jobs/jobthread.h"
#include "server/serverconfig.h"

#include <QDateTime>
#include <QSet>

#include <memory>

namespace Kezek {

class ServerStore;

// Escalation (issue 30, point 3): an officer's duty clock that entered its
// warning or was breached (oversight's clockAlarms, as of Kazakhstan's day)
// is told to whoever holds the case at that moment (unless marked absent
// that day: issue 31, point 2) and to its city's supervisors. Looked for on a thread of its own at
// start-up and every
// --escalation-minutes. Each escalation has an id made from its case, its
// clock's run and its level, and a unique key in the database: several
// servers on one database raise it once, and the audit entry is written only
// by the server whose insert won, in the same transaction.
class Escalations
{
public:
    Escalations(ServerConfig config, Lawbook law);
    ~Escalations(); // stops and joins

    Escalations(const Escalations &) = delete;
    Escalations &operator=(const Escalations &) = delete;

    void start();
    void stop();

    // One pass over the open cases, as of `now` (UTC): how many escalations
    // this server raised, or -1 when the database failed (tried again next
    // time).
    int runOnce(const QDateTime &now);

    // The id of an escalation: the same on every server.
    static QString idFor(const QString &caseId, const ClockAlarm &alarm);
    static QString levelId(ClockStanding standing); // "warning", "breached"

private:
    void run();
    // One alarm of a case: 1 when raised here, 0 when raised before, -1
    // when the database failed.
    int raise(const Case &c,
              const ClockAlarm &alarm,
              const QStringList &supervisors,
              const QDateTime &now);

    ServerConfig m_config;
    Lawbook m_law;
    std::unique_ptr<ServerStore> m_store; // the thread's own connection
    QSet<QString> m_absent;               // people marked absent on the pass's day
    JobThread m_job;                      // last: stopped before the rest goes
};

} // namespace Kezek
