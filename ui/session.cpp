#include "ui/session.h"

namespace Kezek {

Result<SyncSettings> Session::syncSettings(const QString &password, const SignInKey &key) const
{
    auto tls = tlsTrusting(config.caFile);
    if (!tls)
        return std::unexpected(tls.error());
    SyncSettings settings;
    settings.server = config.server;
    settings.user = account.id;
    settings.password = password;
    settings.signInKey = key;
    if (auto token = store->sessionToken())
        settings.token = *token;
    settings.tls = *tls;
    settings.pinnedKey = config.pin.toLatin1();
    settings.retentionDays = config.retentionDays;
    settings.tsa = config.tsa;
    // A server that is not there is said at once: the window tries again by
    // itself, counting down where the officer sees it (RetryCountdown).
    settings.retryRefused = false;
    // Asked from the window (a give, a scan, the colleagues), where the
    // officer waits for the answer: a server busier than this says so.
    settings.longestRetryAfterMs = 2000;
    return settings;
}

} // namespace Kezek
