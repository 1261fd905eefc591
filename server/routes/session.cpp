#include "server/http/httpapi.h"

#include "core/domain/actdate.h"
#include "core/domain/casecodec.h"
#include "core/domain/casecommand.h"
#include "core/domain/integrationscope.h"
#include "core/domain/jsonreader.h"
#include "core/domain/queues.h"
#include "core/domain/workflow.h"
#include "core/protocol/apierror.h"
#include "core/security/passwords.h"
#include "core/security/revocation.h"
#include "core/security/signatures.h"
#include "db/server/auditlog.h"
#include "db/server/serverstore.h"
#include "db/server/userstore.h"
#include "resources/shippeddata.h"
#include "server/eventlog.h"
#include "server/http/requestlanguage.h"
#include "server/http/responses.h"
#include "server/routes/routesupport.h"
#include "server/servertr.h"
#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QTimeZone>
#include <QUrl>
#include <chrono>
#include <cstdio>
#include <map>

namespace Kezek {

namespace {

// Sessions last a working day; five wrong passwords in a row lock the account
// for a quarter of an hour.
constexpr int SessionHours = 12;

constexpr int LockAfterFailures = 5;

constexpr int LockMinutes = 15;

constexpr int MinPasswordLength = 10;

// A stored hash to verify against when the user does not exist, so that a
// wrong user name takes as long as a wrong password and names nobody.
const QString &decoyHash()
{
    static const QString hash = hashPassword(QStringLiteral("decoy password")).value_or(QString());
    return hash;
}

QJsonObject userJson(const UserRecord &user)
{
    return {
        {QStringLiteral("id"), user.id},
        {QStringLiteral("name"), user.name},
        {QStringLiteral("role"), roleId(user.role)},
        {QStringLiteral("city"), user.city ? QJsonValue(cityId(*user.city)) : QJsonValue()},
        {QStringLiteral("office"), user.office.isEmpty() ? QJsonValue() : QJsonValue(user.office)}};
}

// Every password check of this server is busy: the client waits a second.
void sendSignInBusy(Http::Response &response)
{
    sendError(response, ApiError::SignInBusy);
    response.setHeader("Retry-After", "1");
}

// A JSON body's two text fields, both required, or an answered 400/415.
std::optional<std::pair<QString, QString>> requiredStrings(const Http::Request &request,
                                                           Http::Response &response,
                                                           const char *first,
                                                           const char *second)
{
    const auto body = jsonBody(request, response);
    if (!body)
        return std::nullopt;
    JsonReader reader(*body, {});
    std::pair<QString, QString> fields{reader.string(first, true), reader.string(second, true)};
    if (auto ok = reader.finish(); !ok) {
        sendError(response, 400, ok.error().code, ok.error().message);
        return std::nullopt;
    }
    return fields;
}

} // namespace

bool HttpApi::mayTrySignIn(const QString &name, const QString &address, Http::Response &response)
{
    if (const auto wait = m_throttle->take(address)) {
        logEvent("WARN", "sign-in-throttled", {{"user", name}, {"remote", address}});
        sendError(
            response,
            ApiError::SignInTooMany,
            ServerTr::tr("Too many sign-in attempts: try again in %n second(s).", nullptr, *wait));
        response.setHeader("Retry-After", std::to_string(*wait));
        return false;
    }
    return true;
}

bool HttpApi::mayCheckPassword(const QString &name,
                               const QString &address,
                               UserStore &users,
                               Http::Response &response)
{
    if (!mayTrySignIn(name, address, response))
        return false;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto locked = users.reserveSignIn(name, now, LockAfterFailures, LockMinutes);
    if (!locked) {
        sendError(response, ApiError::DatabaseUnavailable, locked.error().message);
        return false;
    }
    if (*locked) {
        // The same answer for every name, an account's or not.
        sendError(response,
                  ApiError::Locked,
                  apiMessage(ApiError::Locked)
                      .arg(name, (*locked)->toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
        return false;
    }
    return true;
}

namespace {

struct SignInRequest
{
    QString user;
    QString password;
    HttpApi::SignInProof proof;
};

// A sign-in's body: the user name and password, and with the key the
// challenge and the signature (base64), both or neither; else the 400.
std::optional<SignInRequest> signInRequest(const Http::Request &request, Http::Response &response)
{
    const auto body = jsonBody(request, response);
    if (!body)
        return std::nullopt;
    JsonReader reader(*body, {});
    SignInRequest read{reader.string("user", true), reader.string("password", true), {}};
    read.proof.challenge = reader.string("challenge");
    const QString signature = reader.string("signature");
    read.proof.signature = QByteArray::fromBase64(signature.toLatin1());
    if (auto ok = reader.finish(); !ok) {
        sendError(response, 400, ok.error().code, ok.error().message);
        return std::nullopt;
    }
    if (read.proof.challenge.isEmpty() != signature.isEmpty()) {
        sendError(response,
                  400,
                  QStringLiteral("json.missing"),
                  ServerTr::tr("A sign-in with the key sends both the challenge and the "
                               "signature."));
        return std::nullopt;
    }
    return read;
}

} // namespace

void HttpApi::login(const Http::Request &request, Http::Response &response)
{
    auto fields = signInRequest(request, response);
    if (!fields)
        return;
    const QString &userId = fields->user;
    ServerStore *db = store();
    if (!db) {
        sendDatabaseUnavailable(response);
        return;
    }
    const QString address = clientAddress(request);
    // A turn on the server's password checks first, so that a refused try
    // costs the name nothing; then the name's count, before the check.
    const SignInThrottle::Turn turn = m_throttle->turn();
    if (!turn) {
        sendSignInBusy(response);
        return;
    }
    UserStore users(*db);
    if (!mayCheckPassword(userId, address, users, response))
        return;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // A challenge is good for one try, whatever the try finds.
    if (!fields->proof.challenge.isEmpty()) {
        auto used
            = users.consumeSignInChallenge(tokenDigest(fields->proof.challenge.toUtf8()), now);
        if (!used) {
            sendError(response, ApiError::DatabaseUnavailable, used.error().message);
            return;
        }
        fields->proof.challengeUse = *used;
    }
    auto found = users.findUser(userId);
    if (!found) {
        sendError(response, ApiError::DatabaseUnavailable, found.error().message);
        return;
    }
    const std::optional<UserRecord> &user = *found;
    // The key before the password (issue 29, point 3): where the site asks
    // for it, its refusal is the same whether the password is right or not,
    // so that a guesser without the officer's key learns nothing of it. It
    // counts as a failed try all the same (mayCheckPassword).
    auto key = checkSignInKey(userId, user, fields->proof, request);
    if (!key) {
        refuseSignInKey(*db, userId, address, key.error(), response);
        return;
    }
    const auto verified = verifyPassword(fields->password, user ? user->passwordHash : decoyHash());
    // A disabled account is answered as a wrong password, after the same work.
    if (!user || !verified || !*verified || user->disabledAt.isValid()) {
        (void)AuditLog(*db).append({userId, QStringLiteral("login-failed"), userId, address}, now);
        logEvent("WARN", "login-failed", {{"user", userId}, {"remote", address}});
        sendError(response, ApiError::BadCredentials);
        return;
    }
    startSession(*db, *user, address, *key, response);
}

void HttpApi::startSession(ServerStore &db,
                           const UserRecord &user,
                           const QString &address,
                           const std::optional<SignerIdentity> &key,
                           Http::Response &response)
{
    UserStore users(db);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    (void)users.clearSignInFailures(user.id);
    (void)users.purgeExpired(now);
    // Where from, and the key a sign-in was made with by its certificate's
    // serial number.
    const QString detail
        = key ? QStringLiteral("%1; authentication key %2")
                    .arg(address,
                         QString::fromLatin1(serialOf(key->certificate).value_or(QByteArray())))
              : address;
    (void)AuditLog(db).append({user.id, QStringLiteral("login"), user.id, detail}, now);
    const QByteArray token = randomToken();
    const QDateTime expires = now.addSecs(qint64(SessionHours) * 3600);
    if (auto created
        = users.createSession(tokenDigest(token), user.id, now, expires, m_config.maxSessions);
        !created) {
        sendError(response, ApiError::DatabaseUnavailable, created.error().message);
        return;
    }
    // A new session may have ended the user's oldest (--max-sessions).
    m_sessions.forgetUser(user.id);
    sendJson(response,
             200,
             {{QStringLiteral("token"), QString::fromLatin1(token)},
              {QStringLiteral("expiresAt"), expires.toString(Qt::ISODate)},
              {QStringLiteral("user"), userJson(user)},
              {QStringLiteral("mustChangePassword"), user.mustChangePassword}});
}

void HttpApi::changePassword(const Http::Request &request, Http::Response &response)
{
    const auto user = authenticate(request, response);
    if (!user)
        return;
    const auto fields = requiredStrings(request, response, "password", "newPassword");
    if (!fields)
        return;
    const auto &[current, replacement] = *fields;
    if (replacement.size() < MinPasswordLength || replacement == current
        || replacement.compare(user->id, Qt::CaseInsensitive) == 0) {
        sendError(response,
                  ApiError::PasswordWeak,
                  apiMessage(ApiError::PasswordWeak).arg(MinPasswordLength));
        return;
    }
    ServerStore *db = store();
    UserStore users(*db);
    // A stolen session does not let anyone guess the password faster.
    const QString address = clientAddress(request);
    const SignInThrottle::Turn turn = m_throttle->turn();
    if (!turn) {
        sendSignInBusy(response);
        return;
    }
    if (!mayCheckPassword(user->id, address, users, response))
        return;
    // The password as the database holds it now, not as the session cache
    // last saw it (another server may have changed it within the last seconds).
    auto stored = users.findUser(user->id);
    if (!stored || !stored->has_value()) {
        sendDatabaseUnavailable(response);
        return;
    }
    const auto verified = verifyPassword(current, (*stored)->passwordHash);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!verified || !*verified) {
        (void)AuditLog(*db).append(
            {user->id, QStringLiteral("password-change-failed"), user->id, address}, now);
        sendError(response, ApiError::PasswordWrong);
        return;
    }
    (void)users.clearSignInFailures(user->id);
    auto hash = hashPassword(replacement);
    if (!hash) {
        sendError(response, 500, hash.error().code, hash.error().message);
        return;
    }
    // Every other session ends: whoever else held one must sign in anew.
    const QByteArray digest = tokenDigest(
        QByteArray::fromStdString(request.header("Authorization").substr(7)).trimmed());
    auto changed = db->inWriteTransaction([&]() -> Result<void> {
        if (auto set = users.setPasswordHash(user->id, *hash, false); !set)
            return std::unexpected(set.error());
        if (auto revoked = users.revokeSessions(user->id); !revoked)
            return std::unexpected(revoked.error());
        const QDateTime expires = now.addSecs(qint64(SessionHours) * 3600);
        if (auto kept = users.createSession(digest, user->id, now, expires, m_config.maxSessions);
            !kept)
            return kept;
        return AuditLog(*db).append(
            {user->id, QStringLiteral("password-changed"), user->id, address}, now);
    });
    if (!changed) {
        sendError(response, ApiError::DatabaseUnavailable, changed.error().message);
        return;
    }
    // At once on this server; the others stop believing theirs within
    // SessionCache::TimeToLive.
    m_sessions.forgetUser(user->id);
    logEvent("INFO", "password-changed", {{"user", user->id}, {"remote", address}});
    response.status = 204;
}

void HttpApi::logout(const Http::Request &request, Http::Response &response)
{
    if (!authenticate(request, response))
        return;
    const std::string header = request.header("Authorization");
    UserStore users(*store());
    const QByteArray digest = tokenDigest(QByteArray::fromStdString(header.substr(7)).trimmed());
    (void)users.deleteSession(digest);
    m_sessions.forget(digest);
    response.status = 204;
}

} // namespace Kezek
