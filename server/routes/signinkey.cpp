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

Result<std::optional<SignerIdentity>> HttpApi::checkSignInKey(const UserRecord &user,
                                                              const SignInProof &proof,
                                                              const Http::Request &request)
{
    // An integration signs in with its credential: it holds no person's key.
    if (m_config.signInKey == ServerConfig::SignInKey::Off || !user.integration.isEmpty())
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
    // The server as this workstation addressed it (its Host): a statement
    // signed for a look-alike server does not verify here.
    const QString audience
        = SignIn::audience(QUrl(QStringLiteral("https://") + fromStd(request.header("Host"))));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto signer = verifyAuthenticationSignature(
        SignIn::statement(proof.challenge, user.id, audience), proof.signature, m_trust, now);
    if (!signer && signer.error().code == codeOf(ApiError::AuthKeyNotAuthentication))
        return refusal(ApiError::AuthKeyNotAuthentication);
    if (!signer && signer.error().code == u"signature.invalid") {
        return fail(QStringLiteral("signature.invalid"),
                    ServerTr::tr("The sign-in's signature does not verify: it was made for "
                                 "another user, server or request."));
    }
    if (!signer)
        return std::unexpected(signer.error());
    auto registered = registeredCertificate(user);
    if (!registered)
        return std::unexpected(registered.error());
    if (signer->iin != certificateIin(*registered)) {
        return refusal(ApiError::AuthKeyOtherPerson,
                       apiMessage(ApiError::AuthKeyOtherPerson).arg(signer->iin, user.id));
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
