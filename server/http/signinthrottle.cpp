#include "server/http/signinthrottle.h"

#include <algorithm>
#include <cmath>

#include <arpa/inet.h>

namespace Kezek {

namespace {

// Addresses remembered at most; past it, the buckets that have filled up
// again (their clients quiet for a minute) are forgotten first.
constexpr qsizetype MaxAddresses = 100000;

} // namespace

SignInThrottle::SignInThrottle(int perMinute, int workers)
    : m_capacity(std::max(1, perMinute))
    , m_perSecond(std::max(1, perMinute) / 60.0)
    , m_workers(std::max(1, workers))
{}

QString SignInThrottle::bucketOf(const QString &address)
{
    // One IPv6 client holds a whole /64: it counts as one.
    const QByteArray text = address.toLatin1();
    unsigned char binary[16];
    if (address.contains(QLatin1Char(':')) && inet_pton(AF_INET6, text.constData(), binary) == 1)
        return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(binary), 8).toHex()
                                   + "::/64");
    return address;
}

std::optional<int> SignInThrottle::take(const QString &clientAddress, Clock::time_point now)
{
    const QString address = bucketOf(clientAddress);
    const std::lock_guard lock(m_mutex);
    auto found = m_buckets.find(address);
    if (found == m_buckets.end()) {
        if (m_buckets.size() >= MaxAddresses) {
            for (auto it = m_buckets.begin(); it != m_buckets.end();) {
                const double seconds = std::chrono::duration<double>(now - it->at).count();
                it = it->tokens + seconds * m_perSecond >= m_capacity ? m_buckets.erase(it)
                                                                      : std::next(it);
            }
        }
        found = m_buckets.insert(address, {m_capacity, now});
    }
    Bucket &bucket = *found;
    const double seconds = std::chrono::duration<double>(now - bucket.at).count();
    bucket.tokens = std::min(m_capacity, bucket.tokens + std::max(0.0, seconds) * m_perSecond);
    bucket.at = now;
    if (bucket.tokens >= 1.0) {
        bucket.tokens -= 1.0;
        return std::nullopt;
    }
    return std::max(1, int(std::ceil((1.0 - bucket.tokens) / m_perSecond)));
}

SignInThrottle::Turn SignInThrottle::turn(std::chrono::milliseconds wait)
{
    if (!m_workers.try_acquire_for(wait))
        return Turn();
    return Turn(&m_workers);
}

} // namespace Kezek
