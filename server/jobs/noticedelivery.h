#pragma once

#include "db/server/serverstore.h"
#include "server/jobs/jobthread.h"
#include "server/serverconfig.h"

#include <memory>

namespace Kezek {

// Drains the notices outbox to the applicants' eGov cabinets, on a thread of
// its own with its own database connection. The eGov side is simulated: with
// --notices-to log (the default) a delivery is a log line; with dir:PATH each
// notice lands as PATH/IIN/ID-KIND.json. A notice is marked delivered only
// after it was delivered, so a failure or a restart delivers it again later:
// at least once, and the cabinet dedupes by the notice id in the file name.
class NoticeDelivery
{
public:
    explicit NoticeDelivery(ServerConfig config);
    ~NoticeDelivery(); // stops and joins

    NoticeDelivery(const NoticeDelivery &) = delete;
    NoticeDelivery &operator=(const NoticeDelivery &) = delete;

    void start();
    void stop();

private:
    void run();
    int deliverPending(); // how many were delivered, -1 on a failure
    // The delivery kept on the case (false: the database failed).
    bool recordOnCase(ServerStore &store,
                      const ServerStore::PendingNotice &notice,
                      const QJsonObject &body);

    ServerConfig m_config;
    std::unique_ptr<ServerStore> m_store; // the delivery thread's own connection
    JobThread m_job;                      // last: stopped before the rest goes
};

} // namespace Kezek
