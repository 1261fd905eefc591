// Sign-in with the authentication key (issue 29, point 3): the one-time
// challenge a site gives, and the key's signature over it checked as a
// decision's signature is, by the same verification, against the same
// authority and revocation sources.
#include "server/http/httpapi.h"

#include "core/domain/casecommand.h"
#include "core/protocol/apierror.h"
#include "core/protocol/signinstatement.h"
#include "core/security/passwords.h"
#include "core/security/revocation.h"
#include "core/security/signatures.h"
#include "db/server/auditlog.h"
#include "db/server/userstore.h"
#include "server/eventlog.h"
#include "server/http/responses.h"
#include "server/servertr.h"

#include <QDateTime>
#include <QJsonObject>
#include <QUrl>

namespace Kezek {

namespace {

std::unexpected<Error> refusal(ApiError error, const QString &message = {})
{
    return fail(codeOf(error), message.isEmpty() ? apiMessage(error) : message);
}

QString signInKeyId(ServerConfig::SignInKey key)
{
    switch (key) {
    case ServerConfig::SignInKey::Required:
        return QStringLiteral("required");
    case ServerConfig::SignInKey::Optional:
        return QStringLiteral("optional");
    case ServerConfig::SignInKey::Off:
        break;
    }
    return QStringLiteral("off");
}

// The HTTP status of a refused key: an API error's own; the database's
// failure a 503; any other check of the key (its chain, dates, revocation) 403.
int refusalStatus(const Error &why)
{
    for (const ApiErrorInfo &error : ApiErrors) {
        if (why.code == QLatin1StringView(error.code.data(), qsizetype(error.code.size())))
            return error.status;
    }
    return why.code.startsWith(u"store.") ? statusOf(ApiError::DatabaseUnavailable) : 403;
}

} // namespace

void HttpApi::signInChallenge(const Http::Request &request, Http::Response &response)
{
    ServerStore *db = store();
    if (!db) {
        sendDatabaseUnavailable(response);
        return;
    }
    // Each challenge costs the address a try, as a sign-in does: asking for
    // them cannot fill the database faster than guessing passwords could.
    if (!mayTrySignIn(QString(), clientAddress(request), response))
        return;
    const QByteArray challenge = randomToken();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime expires = now.addSecs(m_config.signInChallengeSeconds);
    if (auto kept = UserStore(*db).addSignInChallenge(tokenDigest(challenge), now, expires);
        !kept) {
        sendError(response, ApiError::DatabaseUnavailable, kept.error().message);
        return;
    }
    sendJson(response,
             200,
             {{QStringLiteral("challenge"), QString::fromLatin1(challenge)},
              {QStringLiteral("expiresAt"), expires.toString(Qt::ISODate)},
              {QStringLiteral("signInKey"), signInKeyId(m_config.signInKey)}});
}

void HttpApi::listening(int port)
{
    if (m_config.signInAudiences.isEmpty()) {
        QUrl self;
        self.setScheme(QStringLiteral("https"));
        self.setHost(m_config.listen);
        self.setPort(port);
        m_config.signInAudiences = {SignIn::audience(self)};
    }
    if (m_config.signInKey != ServerConfig::SignInKey::Off) {
        logEvent("INFO",
                 "sign-in-audience",
                 {{"servers", m_config.signInAudiences.join(QLatin1Char(','))}});
    }
}

Result<SignerIdentity> HttpApi::verifySignInStatement(const QString &userId,
                                                      const SignInProof &proof,
                                                      const QDateTime &now)
{
    // The servers the site names, never the request's Host, which the client
    // writes: a look-alike that relays a statement naming itself, with its
    // own name as the Host, finds it names none of them.
    for (const QString &audience : std::as_const(m_config.signInAudiences)) {
        auto signer = verifyAuthenticationSignature(
            SignIn::statement(proof.challenge, userId, audience), proof.signature, m_trust, now);
        if (signer || signer.error().code != u"signature.invalid")
            return signer;
    }
    return fail(QStringLiteral("signature.invalid"),
                ServerTr::tr("The sign-in's signature does not verify: it was made for "
                             "another user, server or request."));
}

Result<std::optional<SignerIdentity>> HttpApi::checkSignInKey(const QString &userId,
                                                              const std::optional<UserRecord> &user,
                                                              const SignInProof &proof,
                                                              const Http::Request &request)
{
    // An integration signs in with its credential: it holds no person's key.
    if (m_config.signInKey == ServerConfig::SignInKey::Off
        || (user && !user->integration.isEmpty()))
        return std::optional<SignerIdentity>();
    if (proof.challenge.isEmpty()) {
        if (m_config.signInKey == ServerConfig::SignInKey::Optional)
            return std::optional<SignerIdentity>();
        // A workstation from before the key cannot be asked for it: it is told to update.
        const std::string said = request.header("X-Kezek-Protocol");
        if (!said.empty() && QByteArray::fromStdString(said).toInt() < SignInKeyProtocol) {
            return refusal(
                ApiError::ClientOutdated,
                apiMessage(ApiError::ClientOutdated).arg(fromStd(said)).arg(SignInKeyProtocol));
        }
        return refusal(ApiError::AuthKeyRequired);
    }
    if (proof.challengeUse != ChallengeUse::Consumed) {
        return refusal(proof.challengeUse == ChallengeUse::Expired
                           ? ApiError::AuthChallengeExpired
                           : ApiError::AuthChallengeUnknown);
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto signer = verifySignInStatement(userId, proof, now);
    if (!signer && signer.error().code == codeOf(ApiError::AuthKeyNotAuthentication))
        return refusal(ApiError::AuthKeyNotAuthentication);
    if (!signer)
        return std::unexpected(signer.error());
    // A name no account has is answered as an account's whose key this is
    // not: the answer tells no one which names are accounts.
    auto registered = user ? registeredCertificate(*user) : Result<QByteArray>();
    if (!registered)
        return std::unexpected(registered.error());
    if (!user || signer->iin != certificateIin(*registered)) {
        return refusal(ApiError::AuthKeyOtherPerson,
                       apiMessage(ApiError::AuthKeyOtherPerson).arg(signer->iin, userId));
    }
    // Revoked now: refused, by the site's sources as for a decision.
    auto status = revocationStatus(*signer, now);
    if (!status)
        return std::unexpected(status.error());
    if (*status) {
        if (auto allowed = revocationAllows(**status, now); !allowed)
            return std::unexpected(allowed.error());
    }
    return std::optional<SignerIdentity>(*signer);
}

void HttpApi::refuseSignInKey(ServerStore &db,
                              const QString &userId,
                              const QString &address,
                              const Error &why,
                              Http::Response &response)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    (void)AuditLog(db).append(
        {userId, QStringLiteral("login-failed"), userId, address + u"; " + why.code}, now);
    logEvent("WARN", "login-failed", {{"user", userId}, {"remote", address}, {"code", why.code}});
    sendError(response, refusalStatus(why), why.code, why.message);
}

} // namespace Kezek
