#pragma once

#include "core/result/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <functional>
#include <memory>
#include <mutex>

namespace Kezek {

// A secret's bytes (a token's PIN, a private key's PEM): held in one place,
// never copied, and wiped (OPENSSL_cleanse) when it goes or is wiped.
class SecretBytes
{
public:
    SecretBytes() = default;
    explicit SecretBytes(QByteArrayView bytes);
    SecretBytes(SecretBytes &&other) noexcept;
    SecretBytes &operator=(SecretBytes &&other) noexcept;
    SecretBytes(const SecretBytes &) = delete;
    SecretBytes &operator=(const SecretBytes &) = delete;
    ~SecretBytes();

    QByteArrayView view() const { return m_bytes; }
    bool isEmpty() const { return m_bytes.isEmpty(); }
    void wipe();

private:
    QByteArray m_bytes;
};

// The officer's authentication key, for a sign-in with the server where the
// site asks for it (issue 29, point 3): it signs the statement that binds
// the server's one-time challenge (core/protocol/signinstatement.h). Made
// when the officer gives it and passed with the sync it is for, as the
// password is. Its copies (the dialog's, the sync's settings on their way to
// the sync thread) are handles on one secret: the key's bytes or the token's
// PIN, held once (SecretBytes) and wiped for all of them at once by
// forget(), which the sync does as soon as the sign-in used it (issue 29
// review, point 2).
class SignInKey
{
public:
    using Signer = std::move_only_function<Result<QByteArray>(const QByteArray &statement)>;

    SignInKey() = default;
    explicit SignInKey(Signer signer);

    // Given, and not yet used and forgotten.
    explicit operator bool() const;
    // The statement signed (auth.key-required once forgotten).
    Result<QByteArray> operator()(const QByteArray &statement) const;
    // The secret wiped, for every copy of this key.
    void forget();

private:
    struct Held
    {
        std::mutex lock;
        Signer signer;
    };
    std::shared_ptr<Held> m_held;
};

// A PKCS#12 file opened with its password now, so that a wrong password or
// a file that holds the signing key instead (auth.key-not-authentication)
// is said at once.
Result<SignInKey> signInKeyFromFile(const QString &path, const QString &password);

// The authentication key on a PKCS#11 token (the maker's module), reached
// with its PIN: the token's authentication certificate names the holder
// (its IIN) whose key is logged in to. The PIN is tried now, so that a wrong
// one is said at once; each statement is then signed on the token. In
// KezekDeskTokens (signinkeytoken.cpp), with libp11.
Result<SignInKey> signInKeyOnToken(const QString &modulePath, const QString &pin);

} // namespace Kezek
