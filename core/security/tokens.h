#pragma once

#include "core/result/result.h"
#include "core/security/signatures.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <memory>

namespace Kezek {

// Officers' keys on PKCS#11 tokens (Kaztoken and others), besides PKCS#12
// files: the token maker's module is loaded through libp11, the signing
// certificate is chosen by the holder's IIN and its key usage, and a
// decision is signed on the token into the same detached CMS that
// signDetached makes from a file key, so verifyDecisionSignature accepts
// either alike. The authentication key beside it is chosen the same way to
// sign a sign-in's challenge (KeyPurpose::Authenticate). Refusals: token.module, token.none,
// token.pin, token.pin-locked, token.no-certificate, token.removed.

// A token in one of the module's slots, as the token describes itself.
struct TokenInfo
{
    QString label;
    QString serial;
    QString manufacturer;
    QString model;
};

// A certificate on a token, and what the choice of the signing key reads of it.
struct TokenCertificate
{
    QString tokenLabel;
    QString tokenSerial;
    QString label;          // the object's label on the token
    QByteArray certificate; // PEM
    QString iin;            // the holder's IIN in the subject; empty when none
    // Key usage digitalSignature and nonRepudiation: the key that signs acts,
    // not the one that signs its holder in.
    bool signsActs = false;
    // Extended key usage clientAuth: the key that signs its holder in.
    bool authenticates = false;
};

namespace Detail {
struct TokenModuleState;
}

class TokenSigningSession;

// A PKCS#11 module loaded into this process: one loading per module for
// the whole process, shared by every TokenModule opened on it (a form's, the
// sign-in's on the sync thread) and unloaded when the last is gone; calls
// from any thread take turns on it. Tokens inserted after it was opened are
// seen at the next listing; while a signing session is open, a listing
// shows the tokens as they were when it began.
class TokenModule
{
public:
    // Loads the module (the token maker's library, by its file path).
    static Result<TokenModule> open(const QString &modulePath);

    Result<QList<TokenInfo>> tokens() const;
    // The certificates on every token present (public objects: no PIN asked).
    Result<QList<TokenCertificate>> certificates() const;

    // Logs in to the token that holds `iin`'s certificate for `purpose` (the
    // signing key, or the authentication key a sign-in is signed with) and
    // its key. One session at a time in the whole process (token.busy while
    // another is open, whoever opened it): the PIN is sent once and the
    // session signs a whole batch; the PIN is forgotten when the session ends.
    Result<TokenSigningSession>
    logIn(const QString &iin, const QString &pin, KeyPurpose purpose = KeyPurpose::SignActs) const;
    // The same with the PIN as UTF-8 bytes, for a caller that keeps it wiped.
    Result<TokenSigningSession>
    logIn(const QString &iin, QByteArrayView pin, KeyPurpose purpose) const;

private:
    explicit TokenModule(std::shared_ptr<Detail::TokenModuleState> state);
    std::shared_ptr<Detail::TokenModuleState> m_state;
};

// A logged-in token with the signing key chosen: signs each document into
// its own detached CMS until closed. Closing (or destroying) it logs out and
// wipes the PIN the module kept for the session.
class TokenSigningSession
{
public:
    TokenSigningSession(TokenSigningSession &&other) noexcept;
    TokenSigningSession &operator=(TokenSigningSession &&other) noexcept;
    TokenSigningSession(const TokenSigningSession &) = delete;
    TokenSigningSession &operator=(const TokenSigningSession &) = delete;
    ~TokenSigningSession();

    // A detached CMS signature (DER) over `content`, made on the token.
    Result<QByteArray> signDetached(const QByteArray &content);
    // The signing certificate chosen (PEM).
    QByteArray certificate() const;
    bool isOpen() const;
    void close();

private:
    friend class TokenModule;
    struct Key;
    TokenSigningSession(std::shared_ptr<Detail::TokenModuleState> state,
                        std::unique_ptr<Key> key,
                        QByteArray certificate);
    std::shared_ptr<Detail::TokenModuleState> m_state;
    std::unique_ptr<Key> m_key;
    QByteArray m_certificate;
};

} // namespace Kezek
