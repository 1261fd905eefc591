#include "server/jobs/auditcheckpoints.h"

#include "db/server/auditlog.h"
#include "db/server/serverstore.h"
#include "server/eventlog.h"

#include <QFile>

#include <unistd.h>

namespace Kezek {

AuditCheckpoints::AuditCheckpoints(ServerConfig config)
    : m_config(std::move(config))
{}

AuditCheckpoints::~AuditCheckpoints()
{
    stop();
}

void AuditCheckpoints::start()
{
    m_thread = std::thread([this] {
        std::unique_lock lock(m_mutex);
        while (!m_stopping) {
            lock.unlock();
            writeOnce();
            lock.lock();
            m_wake.wait_for(lock, std::chrono::minutes(m_config.auditCheckpointMinutes), [this] {
                return m_stopping;
            });
        }
        lock.unlock();
        writeOnce(true); // the head as the server leaves it
    });
}

void AuditCheckpoints::stop()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

bool AuditCheckpoints::writeOnce(bool final)
{
    // A connection of its own each time: a checkpoint every ten minutes
    // needs none kept open, and survives a database restart.
    auto store = ServerStore::open(m_config.databaseUrl);
    if (!store) {
        logEvent("WARN", "audit-checkpoint", {{"message", store.error().message}});
        return false;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (auto chained = (*store)->chainReads(now, m_config.readAuditMinutes, final); !chained)
        logEvent("WARN", "audit-reads", {{"message", chained.error().message}});
    auto head = AuditLog(**store).head(now);
    if (!head) {
        logEvent("WARN", "audit-checkpoint", {{"message", head.error().message}});
        return false;
    }
    logEvent("INFO",
             "audit-checkpoint",
             {{"seq", QString::number(head->seq)}, {"hash", QString::fromLatin1(head->hash)}});
    if (m_config.auditCheckpointFile.isEmpty())
        return true;
    QFile file(m_config.auditCheckpointFile);
    const QByteArray line = (AuditLog::checkpointLine(*head) + QLatin1Char('\n')).toUtf8();
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append) || file.write(line) != line.size()
        || !file.flush() || ::fsync(file.handle()) != 0) {
        logEvent("WARN",
                 "audit-checkpoint",
                 {{"file", m_config.auditCheckpointFile}, {"message", file.errorString()}});
        return false;
    }
    return true;
}

} // namespace Kezek
