#include "db/server/serverstore.h"
#include "db/server/storeerror.h"

#include "core/domain/casecodec.h"
#include "core/domain/retention.h"
#include "db/server/migrations.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QTimeZone>
#include <QUrl>
#include <QUuid>

#include <map>

// What the store keeps of people, and for how long: who read which case
// (the read audit) and the retention of ended cases.
namespace Kezek {

QString ServerStore::readPeriod(const QDateTime &at, int periodMinutes)
{
    const qint64 period = qint64(std::max(1, periodMinutes)) * 60;
    const qint64 seconds = at.toSecsSinceEpoch();
    return QDateTime::fromSecsSinceEpoch(seconds - seconds % period, QTimeZone::utc())
        .toString(Qt::ISODate);
}

Result<void> ServerStore::recordReads(const QString &session,
                                      const QString &userId,
                                      const QStringList &caseIds,
                                      const QDateTime &at,
                                      int periodMinutes)
{
    const QString period = readPeriod(at, periodMinutes);
    const QString time = at.toUTC().toString(Qt::ISODateWithMs);
    QList<ReadCount> counts;
    counts.reserve(caseIds.size());
    for (const QString &caseId : caseIds)
        counts.append({session, period, userId, caseId, 1, time, time});
    return countReads(counts);
}

Result<void> ServerStore::countReads(const QList<ReadCount> &counts)
{
    if (counts.isEmpty())
        return {};
    if (counts.size() <= ReadChunk)
        return countReadsOnce(counts);
    // All or nothing: counts written in part and then given again would be
    // counted twice.
    return inWriteTransaction([&] { return countReadsOnce(counts); });
}

Result<void> ServerStore::countReadsOnce(const QList<ReadCount> &counts)
{
    // A few hundred rows a statement at most (a page holds up to 5,000).
    constexpr qsizetype Chunk = ReadChunk;
    for (qsizetype start = 0; start < counts.size(); start += Chunk) {
        const qsizetype size = std::min(Chunk, counts.size() - start);
        QStringList rows;
        for (qsizetype i = 0; i < size; ++i)
            rows.append(QStringLiteral("(?, ?, ?, ?, ?, ?, ?, 0)"));
        QSqlQuery query(m_db);
        query.prepare(QStringLiteral("INSERT INTO audit_reads (session, period, user_id, case_id, "
                                     "reads, first_at, last_at, chained) VALUES %1 "
                                     "ON CONFLICT (session, period, case_id) DO UPDATE SET "
                                     // A row already in the chain starts again: only the
                                     // reads since go into the next entry.
                                     "reads = CASE WHEN audit_reads.chained = 1 THEN "
                                     "excluded.reads ELSE audit_reads.reads + excluded.reads END, "
                                     "first_at = CASE WHEN audit_reads.chained = 1 THEN "
                                     "excluded.first_at ELSE audit_reads.first_at END, "
                                     // Counts of several servers arrive in any order.
                                     "last_at = CASE WHEN audit_reads.chained = 0 AND "
                                     "audit_reads.last_at > excluded.last_at THEN "
                                     "audit_reads.last_at ELSE excluded.last_at END, chained = 0")
                          .arg(rows.join(QStringLiteral(", "))));
        for (qsizetype i = start; i < start + size; ++i) {
            const ReadCount &count = counts.at(i);
            query.addBindValue(count.session);
            query.addBindValue(count.period);
            query.addBindValue(count.userId);
            query.addBindValue(count.caseId);
            query.addBindValue(count.reads);
            query.addBindValue(count.firstAt);
            query.addBindValue(count.lastAt);
        }
        if (!query.exec())
            return sqlError(query);
    }
    return {};
}

Result<int> ServerStore::chainReads(const QDateTime &now, int periodMinutes, bool all)
{
    // A few sessions at a time, each transaction and its memory bounded: a
    // morning's first syncs leave hundreds of thousands of rows a period.
    int written = 0;
    for (;;) {
        auto batch = chainSomeReads(now, periodMinutes, all);
        if (!batch)
            return std::unexpected(batch.error());
        if (*batch == 0)
            return written;
        written += *batch;
    }
}

Result<int> ServerStore::chainSomeReads(const QDateTime &now, int periodMinutes, bool all)
{
    constexpr int SessionsAtOnce = 50;
    int written = 0;
    auto done = inWriteTransaction([&]() -> Result<void> {
        // Taken and marked in one statement: another server running this at
        // the same time finds them marked. Whole sessions and periods, so
        // that each is one entry.
        QSqlQuery taken(m_db);
        taken.prepare(
            QStringLiteral(
                "UPDATE audit_reads SET chained = 1 WHERE chained = 0 AND (session, period) IN "
                "(SELECT DISTINCT session, period FROM audit_reads WHERE chained = 0 AND "
                "(? = 1 OR period < ?) ORDER BY period, session LIMIT %1) "
                "RETURNING session, period, user_id, case_id, reads, last_at")
                .arg(SessionsAtOnce));
        taken.addBindValue(all ? 1 : 0);
        taken.addBindValue(readPeriod(now, periodMinutes));
        if (!taken.exec())
            return sqlError(taken);
        struct Summary
        {
            QString user;
            QStringList cases;
            qint64 reads = 0;
            QString last;
        };
        std::map<std::pair<QString, QString>, Summary> summaries;
        while (taken.next()) {
            Summary &summary = summaries[{taken.value(1).toString(), taken.value(0).toString()}];
            summary.user = taken.value(2).toString();
            summary.cases.append(taken.value(3).toString());
            summary.reads += taken.value(4).toLongLong();
            summary.last = std::max(summary.last, taken.value(5).toString());
        }
        taken.finish();
        for (auto &[key, summary] : summaries) {
            summary.cases.sort();
            auto appended = AuditLog(*this).append(
                {summary.user,
                 QStringLiteral("read"),
                 QStringLiteral("period %1 session %2").arg(key.first, key.second),
                 QStringLiteral("%1 cases, %2 reads: %3")
                     .arg(summary.cases.size())
                     .arg(summary.reads)
                     .arg(summary.cases.join(QLatin1Char(' ')))},
                QDateTime::currentDateTimeUtc());
            if (!appended)
                return appended;
            ++written;
        }
        return {};
    });
    if (!done)
        return std::unexpected(done.error());
    return written;
}

Result<QList<ServerStore::RetentionPurge>>
ServerStore::purgeEnded(QDate today, int days, const BusinessCalendar &calendar, bool dryRun)
{
    QList<CaseState> ended;
    for (CaseState state : allCaseStates()) {
        if (isFinalState(state))
            ended.append(state);
    }
    auto cases = casesInStates(ended);
    if (!cases)
        return std::unexpected(cases.error());
    QList<RetentionPurge> purged;
    for (const Case &c : std::as_const(*cases)) {
        if (!retentionDue(c, today, days, calendar))
            continue;
        RetentionPurge purge{c.id, c.number, *endedOn(c), 0};
        auto scans = documentsOfCase(c.id);
        if (!scans)
            return std::unexpected(scans.error());
        purge.scans = int(scans->size());
        if (!dryRun) {
            bool changedMeanwhile = false;
            auto done = inWriteTransaction([&]() -> Result<void> {
                // As it stands now: a revocation or a late report applied
                // since it was read is not overwritten with the old copy.
                // Locked, as every command locks it first: none can slip in
                // between this look and the write, nor wait on it the other
                // way round.
                auto now = lockCase(c.id);
                if (!now)
                    return std::unexpected(now.error());
                if (!*now || (*now)->version != c.version
                    || !retentionDue(**now, today, days, calendar)) {
                    changedMeanwhile = true;
                    return {};
                }
                QSqlQuery remove(m_db);
                remove.prepare(QStringLiteral("DELETE FROM documents WHERE case_id = ?"));
                remove.addBindValue(c.id);
                if (!remove.exec())
                    return sqlError(remove);
                // Notes speak of the applicant too: they go with the
                // personal data (issue 31, point 3).
                QSqlQuery forget(m_db);
                forget.prepare(QStringLiteral("DELETE FROM case_notes WHERE case_id = ?"));
                forget.addBindValue(c.id);
                if (!forget.exec())
                    return sqlError(forget);
                auto written
                    = writeChange(afterRetention(c, today, calendar),
                                  {},
                                  {QStringLiteral("retention"),
                                   QStringLiteral("retention-purge"),
                                   c.id,
                                   QStringLiteral("%1 ended %2; %3 scans and the personal data "
                                                  "removed")
                                       .arg(c.number, endedOn(c)->toString(Qt::ISODate))
                                       .arg(purge.scans)});
                if (!written)
                    return std::unexpected(written.error());
                return {};
            });
            if (!done)
                return std::unexpected(done.error());
            if (changedMeanwhile)
                continue;
        }
        purged.append(purge);
    }
    return purged;
}

} // namespace Kezek
