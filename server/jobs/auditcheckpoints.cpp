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
    m_job.start([this] {
        while (!m_job.stopping()) {
            writeOnce();
            m_job.pause(std::chrono::minutes(m_config.auditCheckpointMinutes));
        }
        writeOnce(true); // the head as the server leaves it
    });
}

void AuditCheckpoints::stop()
{
    m_job.stop();
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
