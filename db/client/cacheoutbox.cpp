#include "db/client/cacheoutbox.h"

#include "core/domain/casecodec.h"
#include "db/client/cachereads.h"
#include "db/client/cachescans.h"
#include "db/sqlite/connection.h"
#include "db/sqlite/statement.h"
#include "db/sqlite/transaction.h"
#include "db/storeerrors.h"

#include <QDateTime>
#include <QJsonDocument>

namespace Kezek {

using Sqlite::Statement;
using Sqlite::Transaction;

namespace {

// Outbox entries as a query selects them: seq, body, status, answer.
Result<QList<OutboxEntry>> outboxRows(Statement &query)
{
    QList<OutboxEntry> entries;
    auto read = query.each([&]() -> Result<void> {
        auto command
            = caseCommandFromJson(QJsonDocument::fromJson(query.text(1).toUtf8()).object());
        if (!command)
            return std::unexpected(command.error());
        entries.append({query.integer(0),
                        *command,
                        query.text(2),
                        QJsonDocument::fromJson(query.text(3).toUtf8()).object()});
        return {};
    });
    if (!read)
        return std::unexpected(read.error());
    return entries;
}

} // namespace

CacheOutbox::CacheOutbox(Sqlite::Connection &db, CacheScans &scans)
    : m_db(db)
    , m_scans(scans)
{}

Result<void> CacheOutbox::enqueue(const CaseCommand &command)
{
    return Statement(m_db,
                     "INSERT INTO outbox (command_id, case_id, type, body, status, created_at) "
                     "VALUES (?, ?, ?, ?, 'pending', ?)")
        .bind(command.id)
        .bind(command.caseId)
        .bind(command.type)
        .bind(QString::fromUtf8(
            QJsonDocument(caseCommandToJson(command)).toJson(QJsonDocument::Compact)))
        .bind(QDateTime::currentDateTimeUtc().toString(Qt::ISODate))
        .run();
}

Result<void> CacheOutbox::enqueueAll(const QList<CaseCommand> &commands,
                                     const std::optional<DeskScan> &scan)
{
    QString sha256;
    if (scan) {
        // The sealed bytes first: a file no row names is harmless, a row
        // naming no file is not.
        auto kept = m_scans.keep(scan->bytes);
        if (!kept)
            return std::unexpected(kept.error());
        sha256 = *kept;
    }
    auto transaction = Transaction::begin(m_db);
    if (!transaction)
        return std::unexpected(transaction.error());
    Result<void> done;
    if (scan)
        done = m_scans.awaitUpload(
            sha256, *scan, commands.isEmpty() ? QString() : commands.first().id);
    for (qsizetype i = 0; done && i < commands.size(); ++i)
        done = enqueue(commands.at(i));
    if (!done)
        return done;
    return transaction->commit();
}

Result<QList<OutboxEntry>> CacheOutbox::outbox(const QString &status, int limit)
{
    Statement query(m_db,
                    "SELECT seq, body, status, answer FROM outbox WHERE status = ? ORDER BY seq "
                    "LIMIT ?");
    query.bind(status).bind(qint64(limit));
    return outboxRows(query);
}

Result<QList<OutboxEntry>> CacheOutbox::outboxOfCase(const QString &caseId)
{
    Statement query(m_db,
                    "SELECT seq, body, status, answer FROM outbox WHERE case_id = ? ORDER BY seq");
    query.bind(caseId);
    return outboxRows(query);
}

Result<QHash<QString, QList<OutboxEntry>>> CacheOutbox::outboxOfCases(const QStringList &caseIds)
{
    QHash<QString, QList<OutboxEntry>> byCase;
    if (caseIds.isEmpty())
        return byCase;
    QStringList marks;
    for (qsizetype i = 0; i < caseIds.size(); ++i)
        marks.append(QStringLiteral("?"));
    Statement query(m_db,
                    QStringLiteral("SELECT seq, body, status, answer FROM outbox WHERE case_id "
                                   "IN (%1) ORDER BY seq")
                        .arg(marks.join(u','))
                        .toUtf8());
    for (const QString &id : caseIds)
        query.bind(id);
    auto entries = outboxRows(query);
    if (!entries)
        return std::unexpected(entries.error());
    for (const OutboxEntry &entry : std::as_const(*entries))
        byCase[entry.command.caseId].append(entry);
    return byCase;
}

Result<QHash<QString, qint64>> CacheOutbox::outboxCounts()
{
    return countsBy(m_db, "SELECT status, COUNT(*) FROM outbox GROUP BY status");
}

Result<void> CacheOutbox::recordAnswer(const QString &commandId, const QJsonObject &answer)
{
    const QString status = answer.value(u"status").toString();
    // Applied: kept until the pull brings the version it made, so that the
    // case never reads as if the officer had done nothing (a pull cut short).
    if (status == u"applied" || status == u"duplicate") {
        return Statement(m_db,
                         "UPDATE outbox SET status = 'applied', answer = ?, applied_version = ? "
                         "WHERE command_id = ?")
            .bind(QString::fromUtf8(QJsonDocument(answer).toJson(QJsonDocument::Compact)))
            .bind(answer.value(u"version").toInteger())
            .bind(commandId)
            .run();
    }
    // The server's store failed, not the command: it stays pending and goes
    // again with the next sync.
    if (status == u"rejected" && answer.value(u"code").toString().startsWith(StoreErrors::Prefix))
        return {};
    return Statement(m_db, "UPDATE outbox SET status = ?, answer = ? WHERE command_id = ?")
        .bind(status == u"conflict" ? QStringLiteral("conflict") : QStringLiteral("rejected"))
        .bind(QString::fromUtf8(QJsonDocument(answer).toJson(QJsonDocument::Compact)))
        .bind(commandId)
        .run();
}

Result<void> CacheOutbox::recordAnswers(const QList<QJsonObject> &answers)
{
    auto transaction = Transaction::begin(m_db);
    if (!transaction)
        return std::unexpected(transaction.error());
    Result<void> done;
    for (qsizetype i = 0; done && i < answers.size(); ++i)
        done = recordAnswer(answers.at(i).value(u"id").toString(), answers.at(i));
    // Those whose version an earlier pull already brought, once for the batch.
    if (done)
        done = forgetArrivedCommands();
    if (!done)
        return done;
    return transaction->commit();
}

Result<void> CacheOutbox::forgetArrivedCommands()
{
    // Gone once the cache holds the version the command made (or a later
    // one), or when its case is not cached at all.
    return Statement(m_db,
                     "DELETE FROM outbox WHERE status = 'applied' AND NOT EXISTS (SELECT 1 FROM "
                     "cases WHERE cases.id = outbox.case_id AND cases.version < "
                     "COALESCE(outbox.applied_version, 0))")
        .run();
}

Result<void> CacheOutbox::discard(const QString &commandId)
{
    if (auto ok = m_scans.forgetUploadOf(commandId); !ok)
        return ok;
    return Statement(m_db, "DELETE FROM outbox WHERE command_id = ?").bind(commandId).run();
}

Result<bool> CacheOutbox::restamp(const CaseCommand &command)
{
    auto done
        = Statement(m_db, "UPDATE outbox SET body = ? WHERE command_id = ? AND status = 'pending'")
              .bind(QString::fromUtf8(
                  QJsonDocument(caseCommandToJson(command)).toJson(QJsonDocument::Compact)))
              .bind(command.id)
              .run();
    if (!done)
        return std::unexpected(done.error());
    return m_db.changes() > 0;
}

Result<bool> CacheOutbox::takeBack(const QString &commandId)
{
    auto done = Statement(m_db, "DELETE FROM outbox WHERE command_id = ? AND status = 'pending'")
                    .bind(commandId)
                    .run();
    if (!done)
        return std::unexpected(done.error());
    const bool taken = m_db.changes() > 0;
    if (taken) {
        if (auto ok = m_scans.forgetUploadOf(commandId); !ok)
            return std::unexpected(ok.error());
    }
    return taken;
}

} // namespace Kezek
