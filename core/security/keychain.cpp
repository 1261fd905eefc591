#include "core/security/keychain.h"

#include "core/security/securitytr.h"

#include <QEventLoop>

#include <qt6keychain/keychain.h>

namespace Kezek {

namespace {

// Starts the job and waits for its answer.
void runJob(QKeychain::Job &job)
{
    job.setAutoDelete(false);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
}

std::unexpected<Error> keychainError(const QKeychain::Job &job)
{
    return fail(QStringLiteral("keychain.failed"),
                SecurityTr::tr("The system keychain refused: %1").arg(job.errorString()));
}

} // namespace

Keychain::Keychain(QString service)
    : m_service(std::move(service))
{}

bool Keychain::available()
{
#if defined(Q_OS_LINUX)
    // Without a session bus the Secret Service cannot be reached, and asking
    // would only wait for a bus to be started.
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        return false;
    QKeychain::ReadPasswordJob probe(QStringLiteral("Kezek"));
    probe.setKey(QStringLiteral("probe"));
    runJob(probe);
    return probe.error() == QKeychain::NoError || probe.error() == QKeychain::EntryNotFound;
#else
    return true;
#endif
}

Result<std::optional<QByteArray>> Keychain::read(const QString &key) const
{
    QKeychain::ReadPasswordJob job(m_service);
    job.setKey(key);
    runJob(job);
    if (job.error() == QKeychain::EntryNotFound)
        return std::optional<QByteArray>();
    if (job.error() != QKeychain::NoError)
        return keychainError(job);
    return std::optional<QByteArray>(job.binaryData());
}

Result<void> Keychain::write(const QString &key, const QByteArray &secret) const
{
    QKeychain::WritePasswordJob job(m_service);
    job.setKey(key);
    job.setBinaryData(secret);
    runJob(job);
    if (job.error() != QKeychain::NoError)
        return keychainError(job);
    return {};
}

Result<void> Keychain::remove(const QString &key) const
{
    QKeychain::DeletePasswordJob job(m_service);
    job.setKey(key);
    runJob(job);
    if (job.error() != QKeychain::NoError && job.error() != QKeychain::EntryNotFound)
        return keychainError(job);
    return {};
}

} // namespace Kezek
