#pragma once

#include "db/server/userstore.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>

#include <chrono>
#include <mutex>
#include <optional>

namespace Kezek {

// Who holds each recent session, so that a request need not ask the database
// who sent it. An entry is believed for TimeToLive at most: a session ended
// on another server (a sign-out there, `kezekctl admin revoke-sessions`, a
// disabled account) stops working here within it; the sessions this server
// ends itself are forgotten at once. Shared by the worker threads.
class SessionCache
{
public:
    static constexpr std::chrono::seconds TimeToLive{5};

    // The session's user, when it was looked up less than TimeToLive ago
    // and has not expired since.
    std::optional<UserRecord> find(const QByteArray &tokenDigest, const QDateTime &now) const;
    // Taken before a session is looked up in the database: what is found is
    // remembered only when nothing was forgotten meanwhile, so that a lookup
    // racing a sign-out cannot bring the ended session back.
    quint64 generation() const;
    void remember(const QByteArray &tokenDigest,
                  const UserRecord &user,
                  const QDateTime &expires,
                  const QDateTime &now,
                  quint64 lookedUpAt);
    void forget(const QByteArray &tokenDigest);
    // Every session of the user (a password changed, sessions revoked).
    void forgetUser(const QString &userId);

private:
    struct Entry
    {
        UserRecord user;
        QDateTime expires; // the session's own end
        QDateTime lookedUp;
    };
    // Beyond this many sessions, the stale ones are dropped; if none is,
    // everything is (a flood of sign-ins cannot grow it without bound).
    static constexpr qsizetype MaxEntries = 50000;

    mutable std::mutex m_mutex;
    QHash<QByteArray, Entry> m_entries;
    quint64 m_generation = 0; // bumped by every forget
};

} // namespace Kezek
