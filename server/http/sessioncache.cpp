#include "server/http/sessioncache.h"

namespace Kezek {

namespace {

bool fresh(const QDateTime &lookedUp, const QDateTime &expires, const QDateTime &now)
{
    const qint64 age = lookedUp.msecsTo(now);
    return age >= 0
           && age < std::chrono::duration_cast<std::chrono::milliseconds>(SessionCache::TimeToLive)
                        .count()
           && (!expires.isValid() || now < expires);
}

} // namespace

std::optional<UserRecord> SessionCache::find(const QByteArray &tokenDigest,
                                             const QDateTime &now) const
{
    const std::lock_guard lock(m_mutex);
    const auto found = m_entries.constFind(tokenDigest);
    if (found == m_entries.cend() || !fresh(found->lookedUp, found->expires, now))
        return std::nullopt;
    return found->user;
}

quint64 SessionCache::generation() const
{
    const std::lock_guard lock(m_mutex);
    return m_generation;
}

void SessionCache::remember(const QByteArray &tokenDigest,
                            const UserRecord &user,
                            const QDateTime &expires,
                            const QDateTime &now,
                            quint64 lookedUpAt)
{
    const std::lock_guard lock(m_mutex);
    if (lookedUpAt != m_generation)
        return;
    if (m_entries.size() >= MaxEntries) {
        m_entries.removeIf([&now](const auto &entry) {
            return !fresh(entry.value().lookedUp, entry.value().expires, now);
        });
        if (m_entries.size() >= MaxEntries)
            m_entries.clear();
    }
    m_entries.insert(tokenDigest, Entry{user, expires, now});
}

void SessionCache::forget(const QByteArray &tokenDigest)
{
    const std::lock_guard lock(m_mutex);
    ++m_generation;
    m_entries.remove(tokenDigest);
}

void SessionCache::forgetUser(const QString &userId)
{
    const std::lock_guard lock(m_mutex);
    ++m_generation;
    m_entries.removeIf([&userId](const auto &entry) { return entry.value().user.id == userId; });
}

} // namespace Kezek
