// The authentication key on a token, apart from signinkey.cpp so that only
// what signs on tokens (the workstation) links libp11.
#include "sync/signinkey.h"

#include "core/security/signatures.h"
#include "core/security/tokens.h"
#include "sync/synctr.h"

namespace Kezek {

namespace {

// The one holder whose authentication certificate the module's tokens carry.
Result<QString> tokenHolder(const TokenModule &module)
{
    auto certificates = module.certificates();
    if (!certificates)
        return std::unexpected(certificates.error());
    QString iin;
    for (const TokenCertificate &certificate : *certificates) {
        if (!certificate.authenticates || certificate.iin.isEmpty())
            continue;
        if (!iin.isEmpty() && iin != certificate.iin) {
            return fail(QStringLiteral("token.several-holders"),
                        SyncTr::tr("The tokens inserted hold the authentication keys of more "
                                   "than one person: leave only yours inserted."));
        }
        iin = certificate.iin;
    }
    if (iin.isEmpty()) {
        return fail(QStringLiteral("token.no-certificate"),
                    SyncTr::tr("No token inserted holds an authentication certificate. Insert "
                               "the token with your authentication key."));
    }
    return iin;
}

} // namespace

Result<SignInKey> signInKeyOnToken(const QString &modulePath, const QString &pin)
{
    auto opened = TokenModule::open(modulePath);
    if (!opened)
        return std::unexpected(opened.error());
    const TokenModule module = *opened;
    auto iin = tokenHolder(module);
    if (!iin)
        return std::unexpected(iin.error());
    // The PIN tried now; the session ends at once, and each sign-in logs in
    // again. Held in one place, wiped when the key is forgotten.
    QByteArray typed = pin.toUtf8();
    SecretBytes secret(typed);
    typed.fill('\0');
    if (auto tried = module.logIn(*iin, secret.view(), KeyPurpose::Authenticate); !tried)
        return std::unexpected(tried.error());
    return SignInKey([module, iin = *iin, secret = std::move(secret)](
                         const QByteArray &statement) -> Result<QByteArray> {
        auto session = module.logIn(iin, secret.view(), KeyPurpose::Authenticate);
        if (!session)
            return std::unexpected(session.error());
        return session->signDetached(statement);
    });
}

} // namespace Kezek
