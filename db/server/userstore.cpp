#include "db/server/userstore.h"
#include "db/server/storeerror.h"
#include "db/storeerrors.h"

#include "db/server/serverstore.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Kezek {

namespace {

QString utc(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

UserRecord readUser(const QSqlQuery &query)
{
    UserRecord user;
    user.id = query.value(0).toString();
    user.name = query.value(1).toString();
    user.role = roleFromId(query.value(2).toString()).value_or(Role::Administrator);
    if (!query.value(3).isNull())
        user.city = cityFromId(query.value(3).toString());
    user.passwordHash = query.value(4).toString();
    user.failedLogins = query.value(5).toInt();
    if (!query.value(6).isNull())
        user.lockedUntil = QDateTime::fromString(query.value(6).toString(), Qt::ISODate);
    user.integration = query.value(7).toString();
    user.office = query.value(8).toString();
    if (!query.value(9).isNull())
        user.disabledAt = QDateTime::fromString(query.value(9).toString(), Qt::ISODate);
    user.mustChangePassword = query.value(10).toInt() != 0;
    return user;
}

const QString UserColumns = QStringLiteral(
    "u.id, u.name, u.role, u.city, u.password_hash, COALESCE(g.failures, 0), g.locked_until, "
    "u.integration, u.office, u.disabled_at, u.must_change_password");
constexpr int UserColumnCount = 11;
// The sign-in count of the account's name, beside the account.
const QString GuardJoin = QStringLiteral("LEFT JOIN sign_in_guard g ON g.name = u.id");

} // namespace

UserStore::UserStore(ServerStore &store)
    : m_store(store)
{}

Result<void> UserStore::addUser(const UserRecord &user, const QDateTime &now)
{
    if (auto existing = findUser(user.id); !existing)
        return std::unexpected(existing.error());
    else if (existing->has_value())
        return fail(QString(StoreErrors::UserExists),
                    StoreTr::tr("The user \"%1\" already exists.").arg(user.id));
    QSqlQuery query(m_store.connection());
    query.prepare(QStringLiteral(
        "INSERT INTO users (id, name, role, city, password_hash, failed_logins, created_at, "
        "integration, office) VALUES (?, ?, ?, ?, ?, 0, ?, ?, ?)"));
    query.addBindValue(user.id);
    query.addBindValue(user.name);
    query.addBindValue(roleId(user.role));
    query.addBindValue(user.city ? QVariant(cityId(*user.city))
                                 : QVariant(QMetaType(QMetaType::QString)));
    query.addBindValue(user.passwordHash);
    query.addBindValue(utc(now));
    query.addBindValue(user.integration.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                                  : QVariant(user.integration));
    query.addBindValue(user.office.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                             : QVariant(user.office));
    if (!query.exec())
        return sqlError(query);
    return {};
}

Result<std::optional<UserRecord>> UserStore::findUser(const QString &id)
{
    QSqlQuery query(m_store.connection());
    query.prepare(
        QStringLiteral("SELECT %1 FROM users u %2 WHERE u.id = ?").arg(UserColumns, GuardJoin));
    query.addBindValue(id);
    if (!query.exec())
        return sqlError(query);
    if (!query.next())
        return std::optional<UserRecord>();
    return std::optional<UserRecord>(readUser(query));
}

Result<std::optional<QDateTime>>
UserStore::reserveSignIn(const QString &name, const QDateTime &now, int lockAfter, int lockMinutes)
{
    // One statement on both databases: the row's lock makes concurrent
    // attempts on one name count one after another, and a locked name's row
    // is left as it is (no row changed: locked).
    const QString at = utc(now);
    const QString lockEnd = utc(now.addSecs(qint64(lockMinutes) * 60));
    QSqlQuery query(m_store.connection());
    query.prepare(QStringLiteral(
        "INSERT INTO sign_in_guard (name, failures, locked_until, updated_at) "
        "VALUES (?, 1, CASE WHEN 1 >= ? THEN ? ELSE NULL END, ?) "
        "ON CONFLICT (name) DO UPDATE SET "
        "failures = CASE WHEN sign_in_guard.locked_until IS NOT NULL "
        "  THEN 1 ELSE sign_in_guard.failures + 1 END, "
        "locked_until = CASE WHEN (CASE WHEN sign_in_guard.locked_until IS NOT NULL "
        "  THEN 1 ELSE sign_in_guard.failures + 1 END) >= ? THEN ? ELSE NULL END, "
        "updated_at = ? "
        "WHERE sign_in_guard.locked_until IS NULL OR sign_in_guard.locked_until <= ?"));
    query.addBindValue(name);
    query.addBindValue(lockAfter);
    query.addBindValue(lockEnd);
    query.addBindValue(at);
    query.addBindValue(lockAfter);
    query.addBindValue(lockEnd);
    query.addBindValue(at);
    query.addBindValue(at);
    if (!query.exec())
        return sqlError(query);
    if (query.numRowsAffected() > 0)
        return std::optional<QDateTime>();
    QSqlQuery locked(m_store.connection());
    locked.prepare(QStringLiteral("SELECT locked_until FROM sign_in_guard WHERE name = ?"));
    locked.addBindValue(name);
    if (!locked.exec())
        return sqlError(locked);
    QDateTime until = now.addSecs(qint64(lockMinutes) * 60);
    if (locked.next() && !locked.value(0).isNull())
        until = QDateTime::fromString(locked.value(0).toString(), Qt::ISODate);
    return std::optional<QDateTime>(until);
}

Result<void> UserStore::clearSignInFailures(const QString &name)
{
    QSqlQuery query(m_store.connection());
    query.prepare(QStringLiteral("DELETE FROM sign_in_guard WHERE name = ?"));
    query.addBindValue(name);
    if (!query.exec())
        return sqlError(query);
    return {};
}

Result<void> UserStore::createSession(const QByteArray &tokenDigest,
                                      const QString &userId,
                                      const QDateTime &now,
                                      const QDateTime &expires,
                                      int maxSessions)
{
    QSqlQuery query(m_store.connection());
    query.prepare(QStringLiteral("INSERT INTO sessions (token_digest, user_id, created_at, "
                                 "expires_at) VALUES (?, ?, ?, ?)"));
    query.addBindValue(QString::fromLatin1(tokenDigest));
    query.addBindValue(userId);
    query.addBindValue(now.toUTC().toString(Qt::ISODateWithMs));
    query.addBindValue(utc(expires));
    if (!query.exec())
        return sqlError(query);
    // The newest stay (this one always), the oldest beyond the limit end.
    QSqlQuery trim(m_store.connection());
    trim.prepare(QStringLiteral(
        "DELETE FROM sessions WHERE user_id = ? AND token_digest <> ? AND token_digest NOT IN "
        "(SELECT token_digest FROM sessions WHERE user_id = ? AND token_digest <> ? "
        "ORDER BY created_at DESC, token_digest LIMIT ?)"));
    trim.addBindValue(userId);
    trim.addBindValue(QString::fromLatin1(tokenDigest));
    trim.addBindValue(userId);
    trim.addBindValue(QString::fromLatin1(tokenDigest));
    trim.addBindValue(std::max(0, maxSessions - 1));
    if (!trim.exec())
        return sqlError(trim);
    return {};
}

Result<void> UserStore::addSignInChallenge(const QByteArray &challengeDigest,
                                           const QDateTime &now,
                                           const QDateTime &expires)
{
    QSqlQuery purge(m_store.connection());
    purge.prepare(QStringLiteral("DELETE FROM sign_in_challenges WHERE expires_at < ?"));
    purge.addBindValue(utc(now.addSecs(-3600)));
    if (!purge.exec())
        return sqlError(purge);
    QSqlQuery query(m_store.connection());
    query.prepare(QStringLiteral("INSERT INTO sign_in_challenges (challenge_digest, created_at, "
                                 "expires_at) VALUES (?, ?, ?)"));
    query.addBindValue(QString::fromLatin1(challengeDigest));
    query.addBindValue(utc(now));
    query.addBindValue(utc(expires));
    if (!query.exec())
        return sqlError(query);
    return {};
}

Result<ChallengeUse> UserStore::consumeSignInChallenge(const QByteArray &challengeDigest,
                                                       const QDateTime &now)
{
    // DELETE … RETURNING: the row goes in the statement that reads it, so
    // the database lets exactly one of two concurrent sign-ins have it.
    QSqlQuery query(m_store.connection());
    query.prepare(QStringLiteral(
        "DELETE FROM sign_in_challenges WHERE challenge_digest = ? RETURNING expires_at"));
    query.addBindValue(QString::fromLatin1(challengeDigest));
    if (!query.exec())
        return sqlError(query);
    if (!query.next())
        return ChallengeUse::Unknown;
    const QDateTime expires = QDateTime::fromString(query.value(0).toString(), Qt::ISODate);
    query.finish();
    return expires.isValid() && expires > now ? ChallengeUse::Consumed : ChallengeUse::Expired;
}

Result<int> UserStore::purgeExpired(const QDateTime &now)
{
    QSqlQuery sessions(m_store.connection());
    sessions.prepare(QStringLiteral("DELETE FROM sessions WHERE expires_at <= ?"));
    sessions.addBindValue(utc(now));
    if (!sessions.exec())
        return sqlError(sessions);
    const int purged = sessions.numRowsAffected();
    QSqlQuery guard(m_store.connection());
    guard.prepare(QStringLiteral("DELETE FROM sign_in_guard WHERE updated_at < ? AND "
                                 "(locked_until IS NULL OR locked_until <= ?)"));
    guard.addBindValue(utc(now.addDays(-1)));
    guard.addBindValue(utc(now));
    if (!guard.exec())
        return sqlError(guard);
    // A challenge an hour past its expiry: none asks for it again in time to
    // be told it expired rather than unknown.
    QSqlQuery challenges(m_store.connection());
    challenges.prepare(QStringLiteral("DELETE FROM sign_in_challenges WHERE expires_at < ?"));
    challenges.addBindValue(utc(now.addSecs(-3600)));
    if (!challenges.exec())
        return sqlError(challenges);
    return std::max(0, purged);
}

Result<int> UserStore::revokeSessions(const QString &userId)
{
    QSqlQuery query(m_store.connection());
    query.prepare(QStringLiteral("DELETE FROM sessions WHERE user_id = ?"));
    query.addBindValue(userId);
    if (!query.exec())
        return sqlError(query);
    return std::max(0, query.numRowsAffected());
}

Result<bool> UserStore::setDisabled(const QString &userId, bool disabled, const QDateTime &now)
{
    QSqlQuery query(m_store.connection());
    query.prepare(QStringLiteral("UPDATE users SET disabled_at = ? WHERE id = ?"));
    query.addBindValue(disabled ? QVariant(utc(now)) : QVariant(QMetaType(QMetaType::QString)));
    query.addBindValue(userId);
    if (!query.exec())
        return sqlError(query);
    if (query.numRowsAffected() <= 0)
        return false;
    if (disabled) {
        if (auto revoked = revokeSessions(userId); !revoked)
            return std::unexpected(revoked.error());
    }
    return true;
}

Result<bool>
UserStore::setPasswordHash(const QString &userId, const QString &passwordHash, bool mustChange)
{
    QSqlQuery query(m_store.connection());
    query.prepare(QStringLiteral(
        "UPDATE users SET password_hash = ?, must_change_password = ? WHERE id = ?"));
    query.addBindValue(passwordHash);
    query.addBindValue(mustChange ? 1 : 0);
    query.addBindValue(userId);
    if (!query.exec())
        return sqlError(query);
    return query.numRowsAffected() > 0;
}

Result<std::optional<UserRecord>>
UserStore::userForSession(const QByteArray &tokenDigest, const QDateTime &now, QDateTime *expires)
{
    // Every request asks this: the statement is kept prepared.
    QSqlError failed;
    const auto query = m_store.prepared(
        QStringLiteral("SELECT %1, s.expires_at FROM sessions s JOIN users u ON u.id = s.user_id "
                       "%2 WHERE s.token_digest = ? AND s.expires_at > ? AND "
                       "u.disabled_at IS NULL")
            .arg(UserColumns, GuardJoin),
        &failed);
    if (!query)
        return sqlError(failed);
    (*query)->bindValue(0, QString::fromLatin1(tokenDigest));
    (*query)->bindValue(1, utc(now));
    if (!(*query)->exec())
        return sqlError(**query);
    if (!(*query)->next())
        return std::optional<UserRecord>();
    if (expires)
        *expires = QDateTime::fromString((*query)->value(UserColumnCount).toString(), Qt::ISODate);
    return std::optional<UserRecord>(readUser(**query));
}

Result<void> UserStore::deleteSession(const QByteArray &tokenDigest)
{
    QSqlQuery query(m_store.connection());
    query.prepare(QStringLiteral("DELETE FROM sessions WHERE token_digest = ?"));
    query.addBindValue(QString::fromLatin1(tokenDigest));
    if (!query.exec())
        return sqlError(query);
    return {};
}

Result<void>
UserStore::setSigningCertificate(const QString &userId, const QByteArray &pem, const QDateTime &now)
{
    // Update, else insert (portable to every SQLite and PostgreSQL).
    QSqlQuery update(m_store.connection());
    update.prepare(QStringLiteral(
        "UPDATE signing_certificates SET certificate = ?, registered_at = ? WHERE user_id = ?"));
    update.addBindValue(QString::fromLatin1(pem));
    update.addBindValue(now.toString(Qt::ISODate));
    update.addBindValue(userId);
    if (!update.exec())
        return sqlError(update);
    if (update.numRowsAffected() > 0)
        return {};
    QSqlQuery insert(m_store.connection());
    insert.prepare(QStringLiteral(
        "INSERT INTO signing_certificates (user_id, certificate, registered_at) VALUES (?, ?, ?)"));
    insert.addBindValue(userId);
    insert.addBindValue(QString::fromLatin1(pem));
    insert.addBindValue(now.toString(Qt::ISODate));
    if (!insert.exec())
        return sqlError(insert);
    return {};
}

Result<std::optional<QByteArray>> UserStore::signingCertificate(const QString &userId)
{
    QSqlQuery query(m_store.connection());
    query.prepare(QStringLiteral("SELECT certificate FROM signing_certificates WHERE user_id = ?"));
    query.addBindValue(userId);
    if (!query.exec())
        return sqlError(query);
    if (!query.next())
        return std::optional<QByteArray>();
    return std::optional<QByteArray>(query.value(0).toString().toLatin1());
}

QString officeKindId(OfficeKind kind)
{
    return kind == OfficeKind::Csc ? QStringLiteral("csc") : QStringLiteral("department");
}

std::optional<OfficeKind> officeKindFromId(QStringView id)
{
    if (id == u"csc")
        return OfficeKind::Csc;
    if (id == u"department")
        return OfficeKind::Department;
    return std::nullopt;
}

Result<QList<UserRecord>> UserStore::users()
{
    QSqlQuery query(m_store.connection());
    if (!query.exec(
            QStringLiteral("SELECT %1 FROM users u %2 ORDER BY u.id").arg(UserColumns, GuardJoin)))
        return sqlError(query);
    QList<UserRecord> users;
    while (query.next())
        users.append(readUser(query));
    return users;
}

Result<void> UserStore::addOffice(const OfficeRecord &office, const QDateTime &now)
{
    if (auto existing = findOffice(office.id); !existing)
        return std::unexpected(existing.error());
    else if (existing->has_value())
        return fail(QString(StoreErrors::OfficeExists),
                    StoreTr::tr("The office \"%1\" already exists.").arg(office.id));
    QSqlQuery query(m_store.connection());
    query.prepare(QStringLiteral(
        "INSERT INTO offices (id, name, kind, city, created_at) VALUES (?, ?, ?, ?, ?)"));
    query.addBindValue(office.id);
    query.addBindValue(office.name);
    query.addBindValue(officeKindId(office.kind));
    query.addBindValue(cityId(office.city));
    query.addBindValue(utc(now));
    if (!query.exec())
        return sqlError(query);
    return {};
}

namespace {

OfficeRecord readOffice(const QSqlQuery &query)
{
    return {query.value(0).toString(),
            query.value(1).toString(),
            officeKindFromId(query.value(2).toString()).value_or(OfficeKind::Department),
            cityFromId(query.value(3).toString()).value_or(City::Astana)};
}

} // namespace

Result<std::optional<OfficeRecord>> UserStore::findOffice(const QString &id)
{
    QSqlQuery query(m_store.connection());
    query.prepare(QStringLiteral("SELECT id, name, kind, city FROM offices WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return sqlError(query);
    if (!query.next())
        return std::optional<OfficeRecord>();
    return std::optional<OfficeRecord>(readOffice(query));
}

Result<QList<OfficeRecord>> UserStore::offices()
{
    QSqlQuery query(m_store.connection());
    if (!query.exec(QStringLiteral("SELECT id, name, kind, city FROM offices ORDER BY id")))
        return sqlError(query);
    QList<OfficeRecord> offices;
    while (query.next())
        offices.append(readOffice(query));
    return offices;
}

} // namespace Kezek
