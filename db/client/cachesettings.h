#pragma once

#include "core/result/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace Kezek {

namespace Sqlite {
class Connection;
}

// The small values kept encrypted with the cache, in its meta table: the
// caller's settings and the cache's own bookkeeping, the session token and
// the server's clock.
class CacheSettings
{
public:
    // `keychainEntry`: the system keychain's entry for this cache's secrets,
    // when they are kept there.
    CacheSettings(Sqlite::Connection &db, std::optional<QString> keychainEntry);
    CacheSettings(const CacheSettings &) = delete;
    CacheSettings &operator=(const CacheSettings &) = delete;

    // A setting (`user`: the caller's; else the cache's own bookkeeping);
    // "" when it was never set.
    Result<QString> setting(const QString &key, bool user = true);
    Result<void> setSetting(const QString &key, const QString &value);
    // The session token from the last sync: in the system keychain beside the
    // key when that is where the key is, else encrypted in the cache.
    Result<QByteArray> sessionToken();
    Result<void> setSessionToken(const QByteArray &token);

    // The server's clock: the workstation's, corrected by what the last sync
    // measured, so that a laptop with a wrong clock counts deadlines right.
    Result<void> setClockOffset(qint64 milliseconds);
    Result<qint64> clockOffset();
    Result<QDateTime> serverTime(const QDateTime &local);

private:
    Sqlite::Connection &m_db;
    std::optional<QString> m_keychainEntry;
};

} // namespace Kezek
