#pragma once

#include "core/domain/roles.h"
#include "core/result/result.h"

#include <QDateTime>

#include <optional>

namespace Kezek {

class ServerStore;

struct UserRecord
{
    QString id;
    QString name;
    Role role = Role::MigrationOfficer;
    std::optional<City> city;
    QString passwordHash;
    int failedLogins = 0;
    QDateTime lockedUntil; // invalid: not locked
    // System users: the integration this credential belongs to (egov, kqp,
    // nsc, checks, courier); empty for people.
    QString integration;
    // Office-bound users: the department or CSC they work in (may be empty
    // for users made before offices were kept).
    QString office;
    QDateTime disabledAt;            // invalid: the account works
    bool mustChangePassword = false; // a one-time password IT set
};

enum class OfficeKind {
    Department, // a city's Migration Service Department: officers, supervisors
    Csc,        // a Public Service Center: CSC operators
};
QString officeKindId(OfficeKind kind);
std::optional<OfficeKind> officeKindFromId(QStringView id);

struct OfficeRecord
{
    QString id;
    QString name;
    OfficeKind kind = OfficeKind::Department;
    City city = City::Astana;
};

// What became of a sign-in's challenge when it was used.
enum class ChallengeUse {
    Consumed, // known and unexpired: now used, never again
    Expired,  // known but expired (now gone too)
    Unknown,  // never given, already used, or long expired
};

// Users and sessions in the server's database. Times are UTC.
class UserStore
{
public:
    explicit UserStore(ServerStore &store);

    Result<void> addUser(const UserRecord &user, const QDateTime &now);
    Result<std::optional<UserRecord>> findUser(const QString &id);
    Result<QList<UserRecord>> users();

    Result<void> addOffice(const OfficeRecord &office, const QDateTime &now);
    Result<std::optional<OfficeRecord>> findOffice(const QString &id);
    Result<QList<OfficeRecord>> offices();
    // A sign-in attempt for the user name `name` (an account's or not),
    // counted before its password is checked, atomically: nothing when it may
    // go on, or the time the name is locked until. The attempt that brings
    // the count to `lockAfter` locks the name for `lockMinutes`, whatever its
    // password turns out to be; a right password clears the count.
    Result<std::optional<QDateTime>>
    reserveSignIn(const QString &name, const QDateTime &now, int lockAfter, int lockMinutes);
    Result<void> clearSignInFailures(const QString &name);

    // A new session; beyond `maxSessions` of the user's, their oldest end.
    Result<void> createSession(const QByteArray &tokenDigest,
                               const QString &userId,
                               const QDateTime &now,
                               const QDateTime &expires,
                               int maxSessions = 1000);
    // A sign-in's one-time challenge (its SHA-256), good until `expires`;
    // challenges expired for an hour or more are purged with it.
    Result<void> addSignInChallenge(const QByteArray &challengeDigest,
                                    const QDateTime &now,
                                    const QDateTime &expires);
    // Uses the challenge up, in one statement: of two sign-ins (on one
    // server or two on the same database) that bring it, one finds it.
    Result<ChallengeUse> consumeSignInChallenge(const QByteArray &challengeDigest,
                                                const QDateTime &now);

    // Expired sessions, sign-in counts nobody used for a day, and sign-in
    // challenges an hour past their expiry: gone.
    Result<int> purgeExpired(const QDateTime &now);
    // Every session of the user ends: the number ended.
    Result<int> revokeSessions(const QString &userId);
    // The account stops working (its sessions end) or works again; false
    // when there is no such user.
    Result<bool> setDisabled(const QString &userId, bool disabled, const QDateTime &now);
    // A new password hash; `mustChange` for a one-time password IT gives.
    Result<bool>
    setPasswordHash(const QString &userId, const QString &passwordHash, bool mustChange);
    // The user of an unexpired session, or nothing; `expires` receives when
    // the session ends.
    Result<std::optional<UserRecord>> userForSession(const QByteArray &tokenDigest,
                                                     const QDateTime &now,
                                                     QDateTime *expires = nullptr);
    Result<void> deleteSession(const QByteArray &tokenDigest);

    // The certificate (PEM) an officer's decisions must be signed with; a new
    // one replaces the old (a renewed or revoked key).
    Result<void>
    setSigningCertificate(const QString &userId, const QByteArray &pem, const QDateTime &now);
    Result<std::optional<QByteArray>> signingCertificate(const QString &userId);

private:
    ServerStore &m_store;
};

} // namespace Kezek
