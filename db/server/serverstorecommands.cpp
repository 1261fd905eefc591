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

Result<QDateTime> ServerStore::stepMadeAt(const QString &caseId, int version)
{
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
    QDateTime at = QDateTime::fromString(query.value(0).toString(), Qt::ISODate);
    at.setTimeZone(QTimeZone::utc());
    return at;
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
Result<std::optional<Case>> ServerStore::lockCase(const QString &caseId)
{
    if (backend() == u"postgresql") {
        // A case locked elsewhere for longer than 5 s (a stuck session, a
        // long import) is given up on as SQLite's busy_timeout gives up: the
        // command is tried again, then answered as a 503 to resend, never
        // left hanging. For this transaction only: migrations wait as long as
        // they must.
        QSqlQuery timeout(m_db);
        if (!timeout.exec(QStringLiteral("SET LOCAL lock_timeout = '5s'")))
            return std::unexpected(sqlError(timeout).error());
    }
    QSqlError lockedError;
    const auto lockedPrepared
        = prepared(backend() == u"postgresql"
                       ? QStringLiteral("SELECT body FROM cases WHERE id = ? FOR UPDATE")
                       : QStringLiteral("SELECT body FROM cases WHERE id = ?"),
                   &lockedError);
    if (!lockedPrepared)
        return sqlError(lockedError);
    QSqlQuery &locked = **lockedPrepared;
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
        m_db.rollback();
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
    if (auto started = begin(); !started)
        return std::unexpected(started.error());
    auto abandon = [this](Error error) -> Result<QJsonObject> {
        m_db.rollback();
        return std::unexpected(std::move(error));
    };
    auto current = lockCase(command.caseId);
    if (!current)
        return abandon(current.error());
    // Under the lock: the same id applied meanwhile, on this server or another.
    auto earlier = commandAnswer(command.id);
    if (!earlier)
        return abandon(earlier.error());
    if (earlier->has_value()) {
        m_db.rollback();
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
        m_db.rollback();
        return decided->answer;
    }
    const Case &after = *decided->after;
    auto revision = writeChange(after, decided->notices, decided->audit);
    if (!revision)
        return abandon(revision.error());
    QJsonObject answer{{QStringLiteral("id"), command.id},
                       {QStringLiteral("status"), QStringLiteral("applied")},
                       {QStringLiteral("version"), after.version},
                       {QStringLiteral("revision"), *revision}};
    for (auto it = decided->answer.constBegin(); it != decided->answer.constEnd(); ++it)
        answer.insert(it.key(), it.value());
    if (auto stored = storeCommand(command, userId, found, after, answer); !stored || *stored)
        return stored ? Result<QJsonObject>(**stored) : std::unexpected(stored.error());
    if (auto committed = commit(); !committed) {
        m_db.rollback();
        return std::unexpected(committed.error());
    }
    return answer;
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
