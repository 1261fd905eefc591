#include "sync/signinkey.h"

#include "core/security/signatures.h"
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

} // namespace Kezek
