#include "db/client/cachesettings.h"

#include "core/security/keychain.h"
#include "db/sqlite/connection.h"
#include "db/sqlite/statement.h"

namespace Kezek {

using Sqlite::Statement;

CacheSettings::CacheSettings(Sqlite::Connection &db, std::optional<QString> keychainEntry)
    : m_db(db)
    , m_keychainEntry(std::move(keychainEntry))
{}

Result<QString> CacheSettings::setting(const QString &key, bool user)
{
    Statement query(m_db, "SELECT value FROM meta WHERE key = ?");
    const auto found = query.bind(user ? QStringLiteral("setting.") + key : key).next();
    if (!found)
        return std::unexpected(found.error());
    return *found ? query.text(0) : QString();
}

Result<void> CacheSettings::setSetting(const QString &key, const QString &value)
{
    return Statement(m_db, "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)")
        .bind(QStringLiteral("setting.") + key)
        .bind(value)
        .run();
}

Result<QByteArray> CacheSettings::sessionToken()
{
    if (m_keychainEntry) {
        auto token = Keychain().read(QStringLiteral("token:") + *m_keychainEntry);
        if (!token)
            return std::unexpected(token.error());
        return token->value_or(QByteArray());
    }
    auto token = setting(QStringLiteral("token"));
    if (!token)
        return std::unexpected(token.error());
    return token->toLatin1();
}

Result<void> CacheSettings::setSessionToken(const QByteArray &token)
{
    if (m_keychainEntry)
        return Keychain().write(QStringLiteral("token:") + *m_keychainEntry, token);
    return setSetting(QStringLiteral("token"), QString::fromLatin1(token));
}

Result<void> CacheSettings::setClockOffset(qint64 milliseconds)
{
    return Statement(m_db, "UPDATE meta SET value = ? WHERE key = 'clock-offset-ms'")
        .bind(QString::number(milliseconds))
        .run();
}

Result<qint64> CacheSettings::clockOffset()
{
    Statement query(m_db, "SELECT value FROM meta WHERE key = 'clock-offset-ms'");
    if (auto ok = query.row(); !ok)
        return std::unexpected(ok.error());
    return query.text(0).toLongLong();
}

Result<QDateTime> CacheSettings::serverTime(const QDateTime &local)
{
    auto offset = clockOffset();
    if (!offset)
        return std::unexpected(offset.error());
    return local.toUTC().addMSecs(*offset);
}

} // namespace Kezek
