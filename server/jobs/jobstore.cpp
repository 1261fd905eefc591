#include "server/jobs/jobstore.h"

#include "server/eventlog.h"

namespace Kezek {

ServerStore *
openJobStore(std::unique_ptr<ServerStore> &store, const QString &url, const char *event)
{
    if (!store) {
        auto opened = ServerStore::open(url);
        if (!opened) {
            logEvent("WARN", event, {{"message", opened.error().message}});
            return nullptr;
        }
        store = std::move(*opened);
    }
    return store.get();
}

} // namespace Kezek
