#include "server/http/readledger.h"

#include "server/eventlog.h"

namespace Kezek {

ReadLedger::ReadLedger(QString databaseUrl, int periodMinutes)
    : m_databaseUrl(std::move(databaseUrl))
    , m_periodMinutes(periodMinutes)
{}

ReadLedger::~ReadLedger()
{
    stop();
}

void ReadLedger::start()
{
    if (m_running.exchange(true))
        return;
    m_job.start([this] { run(); });
}

void ReadLedger::stop()
{
    m_job.stop();
}

void ReadLedger::run()
{
    // A connection of its own, opened again after a failure.
    std::unique_ptr<ServerStore> store;
    auto writeNow = [&] {
        if (!store) {
            auto opened = ServerStore::open(m_databaseUrl);
            if (!opened) {
                logEvent("WARN", "audit-reads", {{"message", opened.error().message}});
                return;
            }
            store = std::move(*opened);
        }
        if (auto written = flush(*store, QDateTime::currentDateTimeUtc()); !written) {
            logEvent("WARN", "audit-reads", {{"message", written.error().message}});
            store.reset();
        }
    };
    while (!m_job.stopping()) {
        m_job.pause(FlushInterval);
        writeNow();
    }
    // From here every read is written at once: nothing is left to count.
    m_running = false;
    writeNow();
}

QString ReadLedger::key(const QString &session, const QString &period, const QString &caseId)
{
    return session + QLatin1Char('\n') + period + QLatin1Char('\n') + caseId;
}

QStringList ReadLedger::firstReads(const QString &session,
                                   const QStringList &caseIds,
                                   const QDateTime &at) const
{
    if (!m_running)
        return caseIds;
    const QString period = ServerStore::readPeriod(at, m_periodMinutes);
    QStringList first;
    const std::lock_guard lock(m_mutex);
    for (const QString &caseId : caseIds) {
        if (!m_rows.contains(key(session, period, caseId)))
            first.append(caseId);
    }
    return first;
}

void ReadLedger::counted(const QString &session,
                         const QString &userId,
                         const QStringList &caseIds,
                         const QStringList &written,
                         const QDateTime &at)
{
    const QString period = ServerStore::readPeriod(at, m_periodMinutes);
    const QString time = at.toUTC().toString(Qt::ISODateWithMs);
    // Both lists are in page order, `written` a part of `caseIds`.
    qsizetype next = 0;
    const std::lock_guard lock(m_mutex);
    for (const QString &caseId : caseIds) {
        const QString rowKey = key(session, period, caseId);
        if (next < written.size() && written.at(next) == caseId) {
            ++next;
            if (m_rows.size() < MaxRows && !m_rows.contains(rowKey))
                m_rows.insert(rowKey, Row{userId, 0, {}, {}});
            continue;
        }
        // A repeated read: counted, even when its row was forgotten meanwhile.
        Row &row = m_rows[rowKey];
        row.userId = userId;
        if (row.reads++ == 0)
            row.firstAt = time;
        row.lastAt = std::max(row.lastAt, time);
    }
}

Result<void> ReadLedger::flush(ServerStore &store, const QDateTime &now)
{
    QList<ServerStore::ReadCount> counts;
    {
        const std::lock_guard lock(m_mutex);
        for (auto it = m_rows.begin(); it != m_rows.end(); ++it) {
            if (it->reads == 0)
                continue;
            const QStringList parts = it.key().split(QLatin1Char('\n'));
            counts.append({parts.at(0),
                           parts.at(1),
                           it->userId,
                           parts.at(2),
                           it->reads,
                           it->firstAt,
                           it->lastAt});
            it->reads = 0;
        }
    }
    Result<void> written = counts.isEmpty() ? Result<void>() : store.countReads(counts);
    const QString current = ServerStore::readPeriod(now, m_periodMinutes);
    const std::lock_guard lock(m_mutex);
    if (!written) {
        // Counted again, with whatever came meanwhile.
        for (const ServerStore::ReadCount &count : std::as_const(counts)) {
            Row &row = m_rows[key(count.session, count.period, count.caseId)];
            row.userId = count.userId;
            row.firstAt = row.reads == 0 ? count.firstAt : std::min(row.firstAt, count.firstAt);
            row.lastAt = std::max(row.lastAt, count.lastAt);
            row.reads += count.reads;
        }
        return written;
    }
    // A period over is complete: its rows go (their later reads cannot come).
    for (auto it = m_rows.begin(); it != m_rows.end();) {
        const qsizetype periodStart = it.key().indexOf(QLatin1Char('\n')) + 1;
        const QStringView period = QStringView(it.key()).mid(
            periodStart, it.key().indexOf(QLatin1Char('\n'), periodStart) - periodStart);
        if (it->reads == 0 && period < current)
            it = m_rows.erase(it);
        else
            ++it;
    }
    return {};
}

qsizetype ReadLedger::rows() const
{
    const std::lock_guard lock(m_mutex);
    return m_rows.size();
}

qint64 ReadLedger::unwritten() const
{
    const std::lock_guard lock(m_mutex);
    qint64 total = 0;
    for (const Row &row : m_rows)
        total += row.reads;
    return total;
}

} // namespace Kezek
