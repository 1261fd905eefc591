#include "sync/signinkey.h"

#include "core/security/signatures.h"
#include "sync/synctr.h"

#include <QFile>

#include <openssl/crypto.h>

namespace Kezek {

SecretBytes::SecretBytes(QByteArrayView bytes)
    : m_bytes(bytes.data(), bytes.size()) // its own copy, never shared
{}

SecretBytes::SecretBytes(SecretBytes &&other) noexcept
    : m_bytes(std::exchange(other.m_bytes, QByteArray()))
{}

SecretBytes &SecretBytes::operator=(SecretBytes &&other) noexcept
{
    if (this != &other) {
        wipe();
        m_bytes = std::exchange(other.m_bytes, QByteArray());
    }
    return *this;
}

SecretBytes::~SecretBytes()
{
    wipe();
}

void SecretBytes::wipe()
{
    // In place: the bytes are this holder's alone (data() would not detach).
    if (!m_bytes.isEmpty())
        OPENSSL_cleanse(m_bytes.data(), static_cast<size_t>(m_bytes.size()));
    m_bytes = QByteArray();
}

SignInKey::SignInKey(Signer signer)
    : m_held(std::make_shared<Held>())
{
    m_held->signer = std::move(signer);
}

SignInKey::operator bool() const
{
    if (!m_held)
        return false;
    const std::lock_guard<std::mutex> held(m_held->lock);
    return static_cast<bool>(m_held->signer);
}

Result<QByteArray> SignInKey::operator()(const QByteArray &statement) const
{
    if (m_held) {
        const std::lock_guard<std::mutex> held(m_held->lock);
        if (m_held->signer)
            return m_held->signer(statement);
    }
    return fail(QStringLiteral("auth.key-required"),
                SyncTr::tr("The authentication key was put away after the sign-in: give it "
                           "again."));
}

void SignInKey::forget()
{
    if (!m_held)
        return;
    const std::lock_guard<std::mutex> held(m_held->lock);
    // Its captures (the key's bytes, the PIN) wipe themselves as they go.
    m_held->signer = nullptr;
}

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
    SecretBytes privateKey(identity->privateKey);
    identity->privateKey.fill('\0');
    return SignInKey([certificate = identity->certificate,
                      privateKey = std::move(privateKey)](const QByteArray &statement) {
        // The key's bytes lent, not copied, for this one signature.
        const QByteArrayView bytes = privateKey.view();
        return signDetached(
            statement, PemPair{certificate, QByteArray::fromRawData(bytes.data(), bytes.size())});
    });
}

} // namespace Kezek
