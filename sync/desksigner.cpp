#include "sync/desksigner.h"

#include "core/security/signatures.h"
#include "sync/synclog.h"
#include "sync/synctr.h"

namespace Kezek {

namespace {

// A PKCS#12 file's key, read with its password: its bytes wiped when closed.
class FileKey : public DeskSigner::Key
{
public:
    explicit FileKey(PemPair identity)
        : m_identity(std::move(identity))
    {}
    FileKey(const FileKey &) = delete;
    FileKey &operator=(const FileKey &) = delete;
    ~FileKey() override
    {
        m_identity.privateKey.fill('\0');
        m_identity.privateKey.clear();
    }

    Result<QByteArray> sign(const QByteArray &content) override
    {
        return signDetached(content, m_identity);
    }
    QByteArray certificate() const override { return m_identity.certificate; }
    bool isOpen() const override { return true; }

private:
    PemPair m_identity;
};

} // namespace

DeskSigner::DeskSigner(PemPair fileKey)
    : m_key(std::make_unique<FileKey>(std::move(fileKey)))
{}

DeskSigner::DeskSigner(DeskSigner &&other) noexcept = default;

DeskSigner &DeskSigner::operator=(DeskSigner &&other) noexcept = default;

DeskSigner::~DeskSigner() = default;

Result<QByteArray> DeskSigner::sign(const QByteArray &content)
{
    if (m_key) {
        auto signature = m_key->sign(content);
        if (!signature)
            qCWarning(lcSigning).noquote() << "a signature failed:" << signature.error().code;
        return signature;
    }
    return fail(QStringLiteral("sync.key-needed"),
                SyncTr::tr("The key was put away after the last batch: enter its password or "
                           "PIN again."));
}

QByteArray DeskSigner::certificate() const
{
    return m_key ? m_key->certificate() : QByteArray();
}

bool DeskSigner::isOpen() const
{
    return m_key && m_key->isOpen();
}

void DeskSigner::close()
{
    m_key.reset();
}

} // namespace Kezek
