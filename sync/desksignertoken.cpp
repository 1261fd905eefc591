#include "sync/desksigner.h"

#include "core/security/tokens.h"

namespace Kezek {

namespace {

// A token's signing session: logged out, and the PIN the module kept wiped,
// when closed; ended by itself when the token is taken out.
class TokenKey : public DeskSigner::Key
{
public:
    explicit TokenKey(TokenSigningSession session)
        : m_session(std::move(session))
    {}

    Result<QByteArray> sign(const QByteArray &content) override
    {
        return m_session.signDetached(content);
    }
    QByteArray certificate() const override { return m_session.certificate(); }
    bool isOpen() const override { return m_session.isOpen(); }

private:
    TokenSigningSession m_session;
};

} // namespace

DeskSigner::DeskSigner(TokenSigningSession session)
    : m_key(std::make_unique<TokenKey>(std::move(session)))
{}

} // namespace Kezek
