#include "db/server/serverstore.h"
#include "db/server/storeerror.h"
#include "db/storeerrors.h"

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

// Commands applied at most once, atomically with the version check, on
// SQLite and on any number of servers sharing PostgreSQL.
namespace Kezek {

Result<std::optional<QJsonObject>> ServerStore::commandAnswer(const QString &commandId)
{
    if (m_lockedReads && m_lockedReads->commandId == commandId)
        return m_lockedReads->answer;
    QSqlError queryError;
    const auto queryPrepared
        = prepared(QStringLiteral("SELECT answer FROM commands WHERE id = ?"), &queryError);
    if (!queryPrepared)
        return sqlError(queryError);
    QSqlQuery &query = **queryPrepared;
    query.addBindValue(commandId);
    if (!query.exec())
        return sqlError(query);
    if (!query.next())
        return std::optional<QJsonObject>();
    return std::optional<QJsonObject>(
        QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object());
}

Result<QList<InterveningChange>> ServerStore::changesSince(const QString &caseId, int version)
{
    QSqlError queryError;
    const auto queryPrepared = prepared(
        QStringLiteral(
            "SELECT c.version, c.user_id, u.name, c.type, c.received_at, c.touches FROM commands c "
            "LEFT JOIN users u ON u.id = c.user_id WHERE c.case_id = ? AND c.version > ? "
            "ORDER BY c.version"),
        &queryError);
    if (!queryPrepared)
        return sqlError(queryError);
    QSqlQuery &query = **queryPrepared;
    query.addBindValue(caseId);
    query.addBindValue(version);
    if (!query.exec())
        return sqlError(query);
    QList<InterveningChange> changes;
    while (query.next()) {
        InterveningChange change;
        change.version = query.value(0).toInt();
        change.userId = query.value(1).toString();
        change.userName = query.value(2).toString();
        change.type = query.value(3).toString();
        change.at = QDateTime::fromString(query.value(4).toString(), Qt::ISODate);
        change.at.setTimeZone(QTimeZone::utc());
        change.parts = query.value(5).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        changes.append(change);
    }
    return changes;
}

namespace {

QDateTime utcMoment(const QString &iso)
{
    QDateTime at = QDateTime::fromString(iso, Qt::ISODate);
    at.setTimeZone(QTimeZone::utc());
    return at;
}

} // namespace

Result<QDateTime> ServerStore::stepMadeAt(const QString &caseId, int version)
{
    if (m_lockedReads && m_lockedReads->caseId == caseId && m_lockedReads->version == version)
        return m_lockedReads->madeAt;
    QSqlError queryError;
    const auto queryPrepared
        = prepared(QStringLiteral("SELECT COALESCE(made_at, received_at) FROM commands WHERE "
                                  "case_id = ? AND version = ?"),
                   &queryError);
    if (!queryPrepared)
        return sqlError(queryError);
    QSqlQuery &query = **queryPrepared;
    query.addBindValue(caseId);
    query.addBindValue(version);
    if (!query.exec())
        return sqlError(query);
    if (!query.next())
        return QDateTime();
    return utcMoment(query.value(0).toString());
}

Result<QJsonObject> ServerStore::applyCommand(const CaseCommand &command,
                                              const QString &userId,
                                              bool onCurrentVersion,
                                              const Decide &decide,
                                              int retryMs)
{
    QElapsedTimer elapsed;
    elapsed.start();
    int pauseMs = 5;
    for (;;) {
        auto answer = tryApplyCommand(command, userId, onCurrentVersion, decide);
        if (answer || answer.error().code != StoreErrors::Busy || elapsed.elapsed() >= retryMs)
            return answer;
        // Another writer holds the case or the counter: again after a short,
        // jittered pause, so that racing servers do not knock together.
        QThread::msleep(static_cast<unsigned long>(
            pauseMs / 2 + int(QRandomGenerator::global()->bounded(pauseMs / 2 + 1))));
        pauseMs = std::min(pauseMs * 2, 200);
    }
}

// The case first, locked: every other writer of it waits here, so what
// follows sees the last committed version and the last command applied.
// Nothing when there is no such case.
Result<std::optional<Case>> ServerStore::lockCase(const QString &caseId, const QString &commandId)
{
    m_lockedReads.reset();
    const bool readAlong = !commandId.isEmpty() && backend() == u"postgresql";
    QSqlError lockedError;
    // On PostgreSQL, a case locked elsewhere for longer than 5 s (a stuck
    // session, a long import) is given up on as SQLite's busy_timeout gives
    // up: the command is tried again, then answered as a 503 to resend,
    // never left hanging. For this transaction only (migrations wait as long
    // as they must), and set in the statement that waits, which spares a
    // round trip of its own.
    const auto lockedPrepared = prepared(
        readAlong ? QStringLiteral(
            "SELECT body, (SELECT answer FROM commands WHERE id = ?), "
            "(SELECT COALESCE(made_at, received_at) FROM commands m WHERE m.case_id = cases.id "
            "AND m.version = cases.version) FROM cases WHERE id = ? AND "
            "set_config('lock_timeout', '5s', true) IS NOT NULL FOR UPDATE OF cases")
        : backend() == u"postgresql"
            ? QStringLiteral("SELECT body FROM cases WHERE id = ? AND "
                             "set_config('lock_timeout', '5s', true) IS NOT NULL FOR UPDATE")
            : QStringLiteral("SELECT body FROM cases WHERE id = ?"),
        &lockedError);
    if (!lockedPrepared)
        return sqlError(lockedError);
    QSqlQuery &locked = **lockedPrepared;
    if (readAlong)
        locked.addBindValue(commandId);
    locked.addBindValue(caseId);
    if (!locked.exec())
        return std::unexpected(sqlError(locked).error());
    std::optional<Case> current;
    if (locked.next()) {
        auto decoded
            = caseFromJson(QJsonDocument::fromJson(locked.value(0).toString().toUtf8()).object());
        if (!decoded)
            return std::unexpected(decoded.error());
        current = *decoded;
        // The step's row seen: so is every command applied to the case.
        if (readAlong && !locked.value(2).isNull()) {
            std::optional<QJsonObject> answer;
            if (!locked.value(1).isNull())
                answer = QJsonDocument::fromJson(locked.value(1).toString().toUtf8()).object();
            m_lockedReads = LockedReads{caseId,
                                        commandId,
                                        current->version,
                                        std::move(answer),
                                        utcMoment(locked.value(2).toString())};
        }
    }
    locked.finish();
    return current;
}

// The command's row beside the change it made: its answer, what it signed,
// what it touched. Nothing when stored; an earlier answer to return instead
// when the same id was stored meanwhile; or the database's error.
Result<std::optional<QJsonObject>> ServerStore::storeCommand(const CaseCommand &command,
                                                             const QString &userId,
                                                             const std::optional<Case> &current,
                                                             const Case &after,
                                                             const QJsonObject &answer)
{
    QSqlError insertError;
    const auto insertPrepared = prepared(
        QStringLiteral(
            "INSERT INTO commands (id, case_id, type, user_id, received_at, answer, "
            "signed_content, "
            "signature, version, touches, made_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        &insertError);
    if (!insertPrepared)
        return sqlError(insertError);
    QSqlQuery &insert = **insertPrepared;
    insert.addBindValue(command.id);
    insert.addBindValue(after.id);
    insert.addBindValue(command.type);
    insert.addBindValue(userId);
    insert.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    insert.addBindValue(QString::fromUtf8(QJsonDocument(answer).toJson(QJsonDocument::Compact)));
    const bool isSigned = !command.signature.isEmpty();
    insert.addBindValue(isSigned ? QVariant(QString::fromUtf8(signedContent(command)))
                                 : QVariant(QMetaType::fromType<QString>()));
    insert.addBindValue(isSigned ? QVariant(QString::fromLatin1(command.signature.toBase64()))
                                 : QVariant(QMetaType::fromType<QString>()));
    insert.addBindValue(after.version);
    insert.addBindValue(changedParts(current.value_or(Case{}), after).join(QLatin1Char(' ')));
    insert.addBindValue(command.madeAt.isValid()
                            ? QVariant(command.madeAt.toUTC().toString(Qt::ISODate))
                            : QVariant(QMetaType::fromType<QString>()));
    if (!insert.exec()) {
        const QSqlError error = insert.lastError();
        rollbackCommand();
        // The same id stored by a request this lock did not cover (a case
        // created meanwhile): its answer stands.
        if (auto again = commandAnswer(command.id); again && again->has_value()) {
            QJsonObject first = **again;
            first.insert(QStringLiteral("status"), QStringLiteral("duplicate"));
            return std::optional<QJsonObject>(first);
        }
        return std::unexpected(sqlError(error).error());
    }
    return std::nullopt;
}

Result<QJsonObject> ServerStore::tryApplyCommand(const CaseCommand &command,
                                                 const QString &userId,
                                                 bool onCurrentVersion,
                                                 const Decide &decide)
{
    if (auto started = startCommand(); !started)
        return std::unexpected(started.error());
    auto abandon = [this](Error error) -> Result<QJsonObject> {
        rollbackCommand();
        return std::unexpected(std::move(error));
    };
    auto current = lockCase(command.caseId, command.id);
    if (!current)
        return abandon(current.error());
    // Under the lock: the same id applied meanwhile, on this server or another.
    auto earlier = commandAnswer(command.id);
    if (!earlier)
        return abandon(earlier.error());
    if (earlier->has_value()) {
        rollbackCommand();
        QJsonObject answer = **earlier;
        answer.insert(QStringLiteral("status"), QStringLiteral("duplicate"));
        return answer;
    }
    QList<InterveningChange> since;
    const std::optional<Case> &found = *current;
    const int base = found && onCurrentVersion ? found->version : command.baseVersion;
    if (found && base < found->version) {
        auto changes = changesSince(found->id, base);
        if (!changes)
            return abandon(changes.error());
        since = *changes;
    }
    auto decided = decide(found, since);
    if (!decided)
        return abandon(decided.error());
    if (!decided->after) {
        rollbackCommand();
        return decided->answer;
    }
    QJsonObject answer{{QStringLiteral("id"), command.id},
                       {QStringLiteral("status"), QStringLiteral("applied")},
                       {QStringLiteral("version"), decided->after->version}};
    for (auto it = decided->answer.constBegin(); it != decided->answer.constEnd(); ++it)
        answer.insert(it.key(), it.value());
    auto stored = found && backend() == u"postgresql"
                      ? recordCommand(command, userId, *found, *decided, answer)
                      : recordCommandPortably(command, userId, found, *decided, answer);
    if (!stored)
        return abandon(stored.error());
    if (*stored)
        return **stored;
    if (decided->evidence) {
        if (auto kept = keepSignatureEvidence(command.id, *decided->evidence); !kept)
            return abandon(kept.error());
    }
    if (auto committed = finishCommand(); !committed) {
        rollbackCommand();
        return std::unexpected(committed.error());
    }
    return answer;
}

Result<std::optional<QJsonObject>>
ServerStore::recordCommandPortably(const CaseCommand &command,
                                   const QString &userId,
                                   const std::optional<Case> &found,
                                   const CommandDecision &decided,
                                   QJsonObject &answer)
{
    const Case &after = *decided.after;
    auto revision = writeChange(after, decided.notices, decided.audit);
    if (!revision)
        return std::unexpected(revision.error());
    answer.insert(QStringLiteral("revision"), *revision);
    return storeCommand(command, userId, found, after, answer);
}

namespace {

// The change a command makes on PostgreSQL, in one statement: the case, the
// audit entry and the command's row, with the next revision taken in the
// same round trip. The revision's counter is the lock every writer queues on:
// it is taken last, right before the commit, so that it is held for one
// statement and the commit rather than for every statement of the command.
// The command's answer carries the revision, spliced in by the database.
const QString RecordCommandSql = QStringLiteral(
    "WITH r AS (UPDATE counters SET value = value + 1 WHERE name = 'revision' RETURNING value), "
    "c AS (UPDATE cases SET number = ?, city = ?, state = ?, version = ?, iin = ?, "
    "passport_number = ?, person_key = ?, revision = (SELECT value FROM r), body = ? "
    "WHERE id = ?), "
    "a AS (INSERT INTO audit_log (seq, at, actor, action, subject, detail, prev_hash, hash) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?)), "
    "m AS (INSERT INTO commands (id, case_id, type, user_id, received_at, answer, "
    "signed_content, signature, version, touches, made_at) VALUES (?, ?, ?, ?, ?, "
    "concat(CAST(? AS TEXT), (SELECT value FROM r), CAST(? AS TEXT)), ?, ?, ?, ?, ?)) "
    "SELECT value FROM r");

} // namespace

Result<std::optional<QJsonObject>> ServerStore::recordCommand(const CaseCommand &command,
                                                              const QString &userId,
                                                              const Case &found,
                                                              const CommandDecision &decided,
                                                              QJsonObject &answer)
{
    const Case &after = *decided.after;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // The audit chain's counter first, as every writer takes it
    // (writeChange); it and the revision's stay locked until the commit.
    auto audit = AuditLog(*this).nextRow(decided.audit, now);
    if (!audit)
        return std::unexpected(audit.error());
    QSqlError error;
    const auto record = prepared(RecordCommandSql, &error);
    if (!record)
        return sqlError(error);
    QSqlQuery &query = **record;
    for (const QVariant &value :
         {QVariant(after.number),
          QVariant(cityId(after.city)),
          QVariant(caseStateId(after.state)),
          QVariant(after.version),
          QVariant(after.applicant.iin),
          QVariant(after.applicant.passportNumber),
          QVariant(personKeyColumn(after.applicant)),
          QVariant(
              QString::fromUtf8(QJsonDocument(caseToJson(after)).toJson(QJsonDocument::Compact))),
          QVariant(after.id),
          QVariant(audit->seq),
          QVariant(audit->at),
          QVariant(decided.audit.actor),
          QVariant(decided.audit.action),
          QVariant(decided.audit.subject),
          QVariant(decided.audit.detail),
          QVariant(QString::fromLatin1(audit->previous)),
          QVariant(QString::fromLatin1(audit->hash))})
        query.addBindValue(value);
    bindCommandRow(query, command, userId, found, after, now, answer);
    if (!query.exec() || !query.next()) {
        const QSqlError failed = query.lastError();
        query.finish();
        rollbackCommand();
        // The same id stored by a request this lock did not cover (a case
        // created meanwhile): its answer stands.
        if (auto again = commandAnswer(command.id); again && again->has_value()) {
            QJsonObject first = **again;
            first.insert(QStringLiteral("status"), QStringLiteral("duplicate"));
            return std::optional<QJsonObject>(first);
        }
        return std::unexpected(sqlError(failed).error());
    }
    const qint64 revision = query.value(0).toLongLong();
    query.finish();
    answer.insert(QStringLiteral("revision"), revision);
    if (auto written = writeNotices(after, decided.notices, revision); !written)
        return std::unexpected(written.error());
    return std::nullopt;
}

void ServerStore::bindCommandRow(QSqlQuery &query,
                                 const CaseCommand &command,
                                 const QString &userId,
                                 const Case &found,
                                 const Case &after,
                                 const QDateTime &now,
                                 const QJsonObject &answer)
{
    // The answer as "{"revision":" + the revision + the rest of its JSON.
    const QByteArray rest = QJsonDocument(answer).toJson(QJsonDocument::Compact).mid(1);
    const bool isSigned = !command.signature.isEmpty();
    const QVariant none(QMetaType::fromType<QString>());
    for (const QVariant &value :
         {QVariant(command.id),
          QVariant(after.id),
          QVariant(command.type),
          QVariant(userId),
          QVariant(now.toString(Qt::ISODate)),
          QVariant(QStringLiteral("{\"revision\":")),
          QVariant(QLatin1Char(',') + QString::fromUtf8(rest)),
          isSigned ? QVariant(QString::fromUtf8(signedContent(command))) : none,
          isSigned ? QVariant(QString::fromLatin1(command.signature.toBase64())) : none,
          QVariant(after.version),
          QVariant(changedParts(found, after).join(QLatin1Char(' '))),
          command.madeAt.isValid() ? QVariant(command.madeAt.toUTC().toString(Qt::ISODate)) : none})
        query.addBindValue(value);
}

// One command's transaction, or in a batch its savepoint within the batch's.
Result<void> ServerStore::startCommand()
{
    if (!m_inBatch)
        return begin();
    QSqlQuery query(m_db);
    if (query.exec(QStringLiteral("SAVEPOINT command")))
        return {};
    return sqlError(query);
}

void ServerStore::rollbackCommand()
{
    m_lockedReads.reset();
    if (!m_inBatch) {
        m_db.rollback();
        return;
    }
    QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK TO SAVEPOINT command"));
}

Result<void> ServerStore::finishCommand()
{
    m_lockedReads.reset();
    // In a batch the command commits with the others (applyCommands).
    return m_inBatch ? Result<void>() : commit();
}

Result<QList<Result<QJsonObject>>> ServerStore::applyCommands(const QList<BatchCommand> &commands)
{
    QList<Result<QJsonObject>> answers;
    for (qsizetype from = 0; from < commands.size(); from += MaxCommandsPerTransaction) {
        const auto part = commands.mid(from, MaxCommandsPerTransaction);
        // On PostgreSQL: each commit waits for its WAL flush, and each
        // transaction takes the global counters. SQLite has one writer at a
        // time anyway, and a writer holding its lock through a batch has the
        // others wait in its busy handler's coarse sleeps: each command
        // keeps its own transaction there.
        auto together = part.size() > 1 && backend() == u"postgresql"
                            ? tryApplyTogether(part)
                            : Result<QList<Result<QJsonObject>>>();
        if (!together && together.error().code == StoreErrors::Unavailable)
            return std::unexpected(together.error());
        if (together && !together->isEmpty()) {
            answers.append(*together);
            continue;
        }
        // Alone, or the batch's transaction given up (a deadlock with
        // another server's batch, a lock that timed out, a failed commit):
        // nothing of it was kept, and its commands go one transaction each,
        // each tried again while the database is busy. What was committed
        // meanwhile is answered "duplicate".
        for (const BatchCommand &one : part) {
            answers.append(applyCommand(one.command, one.userId, one.onCurrentVersion, one.decide));
            const Result<QJsonObject> &last = answers.constLast();
            if (!last
                && (last.error().code == StoreErrors::Busy
                    || last.error().code == StoreErrors::Unavailable))
                return answers; // the batch stops here, to be sent again
        }
    }
    return answers;
}

Result<QList<Result<QJsonObject>>>
ServerStore::tryApplyTogether(const QList<BatchCommand> &commands)
{
    if (auto started = begin(); !started)
        return std::unexpected(started.error());
    m_inBatch = true;
    auto giveUp = [this](Error error) -> Result<QList<Result<QJsonObject>>> {
        m_inBatch = false;
        m_db.rollback();
        return std::unexpected(std::move(error));
    };
    if (auto locked = lockCases(commands); !locked)
        return giveUp(locked.error());
    QList<Result<QJsonObject>> answers;
    for (const BatchCommand &one : commands) {
        auto answer = tryApplyCommand(one.command, one.userId, one.onCurrentVersion, one.decide);
        // The database's trouble, not the command's: the whole batch goes.
        if (!answer
            && (answer.error().code == StoreErrors::Busy
                || answer.error().code == StoreErrors::Unavailable))
            return giveUp(answer.error());
        answers.append(answer);
    }
    m_inBatch = false;
    if (auto committed = commit(); !committed) {
        m_db.rollback();
        return std::unexpected(committed.error());
    }
    return answers;
}

// A batch's cases locked up front, in one order every server keeps (by
// id): two batches touching the same cases in different orders then wait
// for each other rather than deadlock, and after this a batch waits only
// for the counters, which every writer takes in one order too.
Result<void> ServerStore::lockCases(const QList<BatchCommand> &commands)
{
    if (backend() != u"postgresql")
        return {}; // SQLite's write lock covers every case
    QStringList ids;
    for (const BatchCommand &one : commands)
        ids.append(one.command.caseId);
    ids.removeDuplicates();
    QStringList marks(ids.size(), QStringLiteral("?"));
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.prepare(QStringLiteral("SELECT id FROM cases WHERE id IN (%1) AND "
                                      "set_config('lock_timeout', '5s', true) IS NOT NULL "
                                      "ORDER BY id FOR UPDATE")
                           .arg(marks.join(QStringLiteral(", ")))))
        return sqlError(query);
    for (const QString &id : std::as_const(ids))
        query.addBindValue(id);
    if (!query.exec())
        return sqlError(query);
    return {};
}

Result<void> ServerStore::commit()
{
    // Through a query on SQLite, so that a busy COMMIT keeps SQLite's own
    // code (and is retried) rather than Qt's generic failure.
    if (backend() == u"sqlite") {
        QSqlQuery query(m_db);
        if (query.exec(QStringLiteral("COMMIT")))
            return {};
        return sqlError(query);
    }
    if (m_db.commit())
        return {};
    return sqlError(m_db.lastError());
}

} // namespace Kezek
