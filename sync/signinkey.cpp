#include "sync/signinkey.h"

#include "core/security/signatures.h"
#include "core/security/tokens.h"
#include "sync/synctr.h"

#include <QFile>

namespace Kezek {

Result<SignInKey> signInKeyFromFile(const QString &path, const QString &password)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(QStringLiteral("auth.key-file"),
                    SyncTr::tr("The authentication key file \"%1\" cannot be read.").arg(path));
    }
    auto identity = readPkcs12(file.readAll(), password);
    if (!identity)
        return std::unexpected(identity.error());
    if (!keyServes(identity->certificate, KeyPurpose::Authenticate)) {
        return fail(QStringLiteral("auth.key-not-authentication"),
                    SyncTr::tr("This file holds a key that is not for signing in (a signing "
                               "key): choose your authentication key."));
    }
    return SignInKey(
        [key = *identity](const QByteArray &statement) { return signDetached(statement, key); });
}

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
    // The PIN tried now; the session ends at once, and each sign-in logs in again.
    if (auto tried = module.logIn(*iin, pin, KeyPurpose::Authenticate); !tried)
        return std::unexpected(tried.error());
    return SignInKey([module, iin = *iin, pin](const QByteArray &statement) -> Result<QByteArray> {
        auto session = module.logIn(iin, pin, KeyPurpose::Authenticate);
        if (!session)
            return std::unexpected(session.error());
        return session->signDetached(statement);
    });
}

} // namespace Kezek
