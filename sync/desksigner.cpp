#include "sync/desksigner.h"

#include "core/security/signatures.h"
#include "core/security/tokens.h"
#include "sync/synctr.h"

#include <utility>

namespace Kezek {

namespace {

void wipe(QByteArray &bytes)
{
    bytes.fill('\0');
    bytes.clear();
}

} // namespace

DeskSigner::DeskSigner(PemPair fileKey)
    : m_fileKey(std::move(fileKey))
{}

DeskSigner::DeskSigner(TokenSigningSession session)
    : m_token(std::make_unique<TokenSigningSession>(std::move(session)))
{}

DeskSigner::DeskSigner(DeskSigner &&other) noexcept
    : m_fileKey(std::exchange(other.m_fileKey, std::nullopt))
    , m_token(std::move(other.m_token))
{}

DeskSigner &DeskSigner::operator=(DeskSigner &&other) noexcept
{
    if (this != &other) {
        close();
        m_fileKey = std::exchange(other.m_fileKey, std::nullopt);
        m_token = std::move(other.m_token);
    }
    return *this;
}

DeskSigner::~DeskSigner()
{
    close();
}

Result<QByteArray> DeskSigner::sign(const QByteArray &content)
{
    if (m_token)
        return m_token->signDetached(content);
    if (m_fileKey)
        return signDetached(content, *m_fileKey);
    return fail(QStringLiteral("sync.key-needed"),
                SyncTr::tr("The key was put away after the last batch: enter its password or "
                           "PIN again."));
}

QByteArray DeskSigner::certificate() const
{
    if (m_token)
        return m_token->certificate();
    return m_fileKey ? m_fileKey->certificate : QByteArray();
}

bool DeskSigner::isOpen() const
{
    return (m_token && m_token->isOpen()) || m_fileKey.has_value();
}

void DeskSigner::close()
{
    if (m_fileKey) {
        wipe(m_fileKey->privateKey);
        m_fileKey.reset();
    }
    if (m_token) {
        m_token->close();
        m_token.reset();
    }
}

} // namespace Kezek
