#include "core/security/passwords.h"

#include "core/security/securitytr.h"

#include <QCryptographicHash>
#include <QStringList>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

namespace Kezek {

namespace {

constexpr int SaltBytes = 16;
constexpr int HashBytes = 32;

} // namespace

Result<QByteArray> deriveKey(const QString &password, const QByteArray &salt, ScryptCost cost)
{
    const QByteArray utf8 = password.toUtf8();
    QByteArray out(HashBytes, Qt::Uninitialized);
    const uint64_t n = uint64_t(1) << cost.log2N;
    // maxmem: what N, r and p need, with room to spare.
    const uint64_t maxmem = 256 * n * static_cast<uint64_t>(cost.r) + (uint64_t(1) << 20);
    if (EVP_PBE_scrypt(utf8.constData(),
                       static_cast<size_t>(utf8.size()),
                       reinterpret_cast<const unsigned char *>(salt.constData()),
                       static_cast<size_t>(salt.size()),
                       n,
                       static_cast<uint64_t>(cost.r),
                       static_cast<uint64_t>(cost.p),
                       maxmem,
                       reinterpret_cast<unsigned char *>(out.data()),
                       static_cast<size_t>(out.size()))
        != 1) {
        return fail(QStringLiteral("security.scrypt"),
                    SecurityTr::tr("The password could not be hashed."));
    }
    return out;
}

namespace {

Result<QByteArray> scrypt(const QString &password, const QByteArray &salt, ScryptCost cost)
{
    return deriveKey(password, salt, cost);
}

} // namespace

Result<QString> hashPassword(const QString &password, ScryptCost cost)
{
    QByteArray salt(SaltBytes, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(salt.data()), SaltBytes) != 1)
        return fail(QStringLiteral("security.random"),
                    SecurityTr::tr("No random bytes are available."));
    auto hash = scrypt(password, salt, cost);
    if (!hash)
        return std::unexpected(hash.error());
    return QStringLiteral("scrypt$%1$%2$%3$%4$%5")
        .arg(cost.log2N)
        .arg(cost.r)
        .arg(cost.p)
        .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(hash->toBase64()));
}

Result<bool> verifyPassword(const QString &password, const QString &stored)
{
    const QStringList parts = stored.split(QLatin1Char('$'));
    bool ok[3] = {false, false, false};
    ScryptCost cost;
    if (parts.size() == 6) {
        cost.log2N = parts.at(1).toInt(&ok[0]);
        cost.r = parts.at(2).toInt(&ok[1]);
        cost.p = parts.at(3).toInt(&ok[2]);
    }
    const QByteArray salt
        = parts.size() == 6 ? QByteArray::fromBase64(parts.at(4).toLatin1()) : QByteArray();
    const QByteArray expected
        = parts.size() == 6 ? QByteArray::fromBase64(parts.at(5).toLatin1()) : QByteArray();
    if (parts.size() != 6 || parts.at(0) != u"scrypt" || !ok[0] || !ok[1] || !ok[2]
        || cost.log2N < 1 || cost.log2N > 22 || cost.r < 1 || cost.r > 32 || cost.p < 1
        || cost.p > 16 || salt.isEmpty() || expected.size() != HashBytes) {
        return fail(QStringLiteral("security.hash-format"),
                    SecurityTr::tr("The stored password hash is malformed."));
    }
    auto hash = scrypt(password, salt, cost);
    if (!hash)
        return std::unexpected(hash.error());
    return CRYPTO_memcmp(hash->constData(), expected.constData(), HashBytes) == 0;
}

QByteArray randomToken()
{
    QByteArray bytes(32, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(bytes.data()), 32) != 1)
        qFatal("no random bytes");
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray tokenDigest(const QByteArray &token)
{
    return QCryptographicHash::hash(token, QCryptographicHash::Sha256).toHex();
}

} // namespace Kezek
