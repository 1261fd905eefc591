#pragma once

#include "core/result/result.h"
#include "core/security/certificates.h"

#include <QByteArray>

#include <memory>

namespace Kezek {

class TokenSigningSession;

// The officer's key as the desk signs with it, whether a PKCS#12 file's
// (read with its password) or a token's (logged in with the PIN): each
// document gets its own detached CMS, and the key is held only as long as
// this signer, so that one entry of the PIN or password signs one batch and
// no more (issue 29, points 1 and 2).
class DeskSigner
{
public:
    // What signs: a file's key, or a token's session.
    class Key
    {
    public:
        virtual ~Key() = default;
        virtual Result<QByteArray> sign(const QByteArray &content) = 0;
        virtual QByteArray certificate() const = 0;
        virtual bool isOpen() const = 0;
    };

    explicit DeskSigner(PemPair fileKey);
    // In KezekDeskTokens (sync/desksignertoken.cpp), which only the
    // workstation links: kezekctl and the server never load a token module.
    explicit DeskSigner(TokenSigningSession session);
    DeskSigner(DeskSigner &&other) noexcept;
    DeskSigner &operator=(DeskSigner &&other) noexcept;
    DeskSigner(const DeskSigner &) = delete;
    DeskSigner &operator=(const DeskSigner &) = delete;
    ~DeskSigner();

    // A detached CMS signature (DER) over `content`. A token taken out
    // refuses this and every later document (token.removed).
    Result<QByteArray> sign(const QByteArray &content);
    // The signing certificate (PEM).
    QByteArray certificate() const;
    bool isOpen() const;
    // Forgets the key: the file key's bytes are wiped, the token logged out.
    void close();

private:
    std::unique_ptr<Key> m_key;
};

} // namespace Kezek
