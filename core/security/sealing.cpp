#include "core/security/sealing.h"

#include "core/security/opensslsupport.h"

#include <openssl/rand.h>

namespace Kezek {

namespace {

constexpr int NonceBytes = 12;
constexpr int TagBytes = 16;
using Cipher
    = std::unique_ptr<EVP_CIPHER_CTX, OpenSsl::Deleter<EVP_CIPHER_CTX, EVP_CIPHER_CTX_free>>;

std::unexpected<Error> cannotUnseal()
{
    ERR_clear_error();
    return fail(QStringLiteral("security.unseal"),
                SecurityTr::tr("The data cannot be decrypted: the key is wrong or the data was "
                               "changed."));
}

const unsigned char *bytes(const QByteArray &array)
{
    return reinterpret_cast<const unsigned char *>(array.constData());
}

} // namespace

Result<QByteArray> seal(const QByteArray &key, const QByteArray &plaintext)
{
    if (key.size() != 32)
        return OpenSsl::error("use a key of this size");
    QByteArray out(NonceBytes + plaintext.size() + TagBytes, Qt::Uninitialized);
    auto *data = reinterpret_cast<unsigned char *>(out.data());
    const Cipher cipher(EVP_CIPHER_CTX_new());
    int length = 0;
    int final = 0;
    if (RAND_bytes(data, NonceBytes) != 1 || !cipher
        || EVP_EncryptInit_ex(cipher.get(), EVP_aes_256_gcm(), nullptr, bytes(key), data) != 1
        || EVP_EncryptUpdate(cipher.get(),
                             data + NonceBytes,
                             &length,
                             bytes(plaintext),
                             static_cast<int>(plaintext.size()))
               != 1
        || EVP_EncryptFinal_ex(cipher.get(), data + NonceBytes + length, &final) != 1
        || EVP_CIPHER_CTX_ctrl(
               cipher.get(), EVP_CTRL_GCM_GET_TAG, TagBytes, data + NonceBytes + plaintext.size())
               != 1)
        return OpenSsl::error("encrypt");
    return out;
}

Result<QByteArray> unseal(const QByteArray &key, const QByteArray &sealed)
{
    if (key.size() != 32 || sealed.size() < NonceBytes + TagBytes)
        return cannotUnseal();
    const qsizetype size = sealed.size() - NonceBytes - TagBytes;
    QByteArray out(size, Qt::Uninitialized);
    auto *data = reinterpret_cast<unsigned char *>(out.data());
    QByteArray tag = sealed.right(TagBytes);
    const Cipher cipher(EVP_CIPHER_CTX_new());
    int length = 0;
    int final = 0;
    if (!cipher
        || EVP_DecryptInit_ex(cipher.get(), EVP_aes_256_gcm(), nullptr, bytes(key), bytes(sealed))
               != 1
        || EVP_DecryptUpdate(
               cipher.get(), data, &length, bytes(sealed) + NonceBytes, static_cast<int>(size))
               != 1
        || EVP_CIPHER_CTX_ctrl(cipher.get(), EVP_CTRL_GCM_SET_TAG, TagBytes, tag.data()) != 1
        || EVP_DecryptFinal_ex(cipher.get(), data + length, &final) != 1)
        return cannotUnseal();
    return out;
}

} // namespace Kezek
