#include "userstore.h"
#include "storeerror.h"

#include "serverstore.h"

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
    return user;
}

const QString UserColumns = QStringLiteral(
    "u.id, u.name, u.role, u.city, u.password_hash, u.failed_logins, u.locked_until, "
    "u.integration, u.office");

} // namespace

UserStore::UserStore(ServerStore &store)
    : m_store(store)
{}

Result<void> UserStore::addUser(const UserRecord &user, const QDateTime &now)
{
    if (auto existing = findUser(user.id); !existing)
        return std::unexpected(existing.error());
    else if (existing->has_value())
        return fail(QStringLiteral("store.user-exists"),
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
    query.prepare(QStringLiteral("SELECT %1 FROM users u WHERE u.id = ?").arg(UserColumns));
    query.addBindValue(id);
    if (!query.exec())
        return sqlError(query);
    if (!query.next())
        return std::optional<UserRecord>();
    return std::optional<UserRecord>(readUser(query));
}

Result<void> UserStore::recordFailedLogin(const QString &id,
                                          const QDateTime &now,
                                          int lockAfter,
                                          int lockMinutes)
{
    QSqlQuery query(m_store.connection());
    query.prepare(QStringLiteral(
        "UPDATE users SET failed_logins = failed_logins + 1, "
        "locked_until = CASE WHEN failed_logins + 1 >= ? THEN ? ELSE locked_until END "
        "WHERE id = ?"));
    query.addBindValue(lockAfter);
    query.addBindValue(utc(now.addSecs(qint64(lockMinutes) * 60)));
    query.addBindValue(id);
    if (!query.exec())
        return sqlError(query);
    return {};
}

Result<void> UserStore::recordSuccessfulLogin(const QString &id)
{
    QSqlQuery query(m_store.connection());
    query.prepare(
        QStringLiteral("UPDATE users SET failed_logins = 0, locked_until = NULL WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return sqlError(query);
    return {};
}

Result<void> UserStore::createSession(const QByteArray &tokenDigest,
                                      const QString &userId,
                                      const QDateTime &now,
                                      const QDateTime &expires)
{
    QSqlQuery query(m_store.connection());
    query.prepare(QStringLiteral("INSERT INTO sessions (token_digest, user_id, created_at, "
                                 "expires_at) VALUES (?, ?, ?, ?)"));
    query.addBindValue(QString::fromLatin1(tokenDigest));
    query.addBindValue(userId);
    query.addBindValue(utc(now));
    query.addBindValue(utc(expires));
    if (!query.exec())
        return sqlError(query);
    return {};
}

Result<std::optional<UserRecord>> UserStore::userForSession(const QByteArray &tokenDigest,
                                                            const QDateTime &now)
{
    QSqlQuery query(m_store.connection());
    query.prepare(QStringLiteral("SELECT %1 FROM sessions s JOIN users u ON u.id = s.user_id "
                                 "WHERE s.token_digest = ? AND s.expires_at > ?")
                      .arg(UserColumns));
    query.addBindValue(QString::fromLatin1(tokenDigest));
    query.addBindValue(utc(now));
    if (!query.exec())
        return sqlError(query);
    if (!query.next())
        return std::optional<UserRecord>();
    return std::optional<UserRecord>(readUser(query));
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
    if (!query.exec(QStringLiteral("SELECT %1 FROM users u ORDER BY u.id").arg(UserColumns)))
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
        return fail(QStringLiteral("store.office-exists"),
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
