#include "db/client/cachekey.h"

#include "core/security/passwords.h"
#include "core/security/sealing.h"
#include "db/storeerrors.h"
#include "db/storetr.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSaveFile>

namespace Kezek::CacheKeys {

Result<QByteArray> sealKey(const QByteArray &key, int pageSize, const QString &password)
{
    QByteArray salt(16, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(salt.data()), 4);
    const ScryptCost cost;
    auto wrapping = deriveKey(password, salt, cost);
    if (!wrapping)
        return std::unexpected(wrapping.error());
    auto sealed = seal(*wrapping, key);
    if (!sealed)
        return std::unexpected(sealed.error());
    const QJsonObject json{{QStringLiteral("format"), 1},
                           {QStringLiteral("salt"), QString::fromLatin1(salt.toBase64())},
                           {QStringLiteral("log2N"), cost.log2N},
                           {QStringLiteral("r"), cost.r},
                           {QStringLiteral("p"), cost.p},
                           {QStringLiteral("key"), QString::fromLatin1(sealed->toBase64())},
                           {QStringLiteral("pageSize"), pageSize}};
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

Result<NewKey> makeKey(const QString &password)
{
    QByteArray key(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(key.data()), 8);
    auto sealed = sealKey(key, PageSize, password);
    if (!sealed)
        return std::unexpected(sealed.error());
    return NewKey{{key, PageSize}, *sealed};
}

Result<CacheKey>
openKey(const QByteArray &sealedJson, const QString &password, const QString &where)
{
    const QJsonObject json = QJsonDocument::fromJson(sealedJson).object();
    const QByteArray salt = QByteArray::fromBase64(json.value(u"salt").toString().toLatin1());
    const QByteArray sealed = QByteArray::fromBase64(json.value(u"key").toString().toLatin1());
    const ScryptCost cost{
        json.value(u"log2N").toInt(), json.value(u"r").toInt(), json.value(u"p").toInt()};
    const int pageSize = json.value(u"pageSize").toInt(FirstPageSize);
    if (json.value(u"format").toInt() != 1 || salt.isEmpty() || sealed.isEmpty() || cost.log2N < 10
        || cost.log2N > 22 || cost.r < 1 || cost.p < 1 || pageSize < 1024 || pageSize > 65536
        || (pageSize & (pageSize - 1)) != 0) {
        return fail(QStringLiteral("store.key-file"),
                    StoreTr::tr("The cache's key in %1 is damaged.").arg(where));
    }
    auto wrapping = deriveKey(password, salt, cost);
    if (!wrapping)
        return std::unexpected(wrapping.error());
    auto key = unseal(*wrapping, sealed);
    if (!key) {
        return fail(QString(StoreErrors::Password),
                    StoreTr::tr("The password does not open this workstation's cache."));
    }
    return CacheKey{*key, pageSize};
}

Result<void> writeKeyFile(const QString &keyPath, const QByteArray &bytes)
{
    QSaveFile file(keyPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()
        || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        || !file.commit()) {
        return fail(QStringLiteral("store.key-file"),
                    StoreTr::tr("Cannot write the cache's key file \"%1\": %2.")
                        .arg(keyPath, file.errorString()));
    }
    return {};
}

std::unexpected<Error> keyMissing(const QString &path)
{
    return fail(QStringLiteral("store.key-missing"),
                StoreTr::tr("The key of the cache \"%1\" is neither in this computer's keychain "
                            "nor in a key file beside it: without it the cache cannot be opened. "
                            "Sync again into a new cache.")
                    .arg(path));
}

} // namespace Kezek::CacheKeys
