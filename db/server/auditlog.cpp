#include "db/server/auditlog.h"
#include "db/server/storeerror.h"

#include "db/server/serverstore.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <mutex>

namespace Kezek {

namespace {

// The hash that starts the chain.
const QByteArray Genesis(64, '0');
const QByteArray KeyedPrefix = QByteArrayLiteral("hmac:");

std::mutex s_keyMutex;
QHash<QString, AuditKey> s_keys; // by database URL

} // namespace

void AuditLog::setKey(const QString &databaseUrl, const AuditKey &key)
{
    const std::lock_guard lock(s_keyMutex);
    s_keys.insert(databaseUrl, key);
}

AuditKey AuditLog::keyFor(const QString &databaseUrl)
{
    {
        const std::lock_guard lock(s_keyMutex);
        if (const auto found = s_keys.constFind(databaseUrl); found != s_keys.cend())
            return *found;
    }
    const QString path = defaultKeyPath(databaseUrl);
    if (path.isEmpty() || !QFileInfo(path).isReadable())
        return {};
    auto key = loadKey(path, false);
    if (!key)
        return {};
    setKey(databaseUrl, *key);
    return *key;
}

Result<AuditKey> AuditLog::loadKey(const QString &path, bool create)
{
    QFile file(path);
    if (!file.exists() && create) {
        QByteArray key(32, Qt::Uninitialized);
        QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(key.data()), 8);
        QSaveFile made(path);
        if (!made.open(QIODevice::WriteOnly) || made.write(key.toHex() + '\n') < 0
            || !made.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
            || !made.commit()) {
            return fail(QStringLiteral("audit.key"),
                        StoreTr::tr("Cannot write the audit log's key \"%1\": %2.")
                            .arg(path, made.errorString()));
        }
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(QStringLiteral("audit.key"),
                    StoreTr::tr("Cannot read the audit log's key \"%1\": %2.")
                        .arg(path, file.errorString()));
    }
    const QList<QByteArray> lines = file.readAll().split('\n');
    AuditKey key{QByteArray::fromHex(lines.value(0).trimmed()), std::nullopt};
    if (key.key.size() < 16) {
        return fail(QStringLiteral("audit.key"),
                    StoreTr::tr("The audit log's key \"%1\" is not a key (at least 32 hex "
                                "digits).")
                        .arg(path));
    }
    for (const QByteArray &line : lines) {
        if (line.startsWith("keyed-from ")) {
            bool ok = false;
            const qint64 seq = line.mid(11).trimmed().toLongLong(&ok);
            if (ok && seq >= 1)
                key.keyedFrom = seq;
        }
    }
    return key;
}

Result<AuditKey> AuditLog::noteKeyedFrom(const QString &path, qint64 seq)
{
    auto key = loadKey(path, false);
    if (!key || key->keyedFrom)
        return key;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append)
        || file.write("keyed-from " + QByteArray::number(seq) + '\n') < 0 || !file.flush()) {
        return fail(QStringLiteral("audit.key"),
                    StoreTr::tr("Cannot write the audit log's key \"%1\": %2.")
                        .arg(path, file.errorString()));
    }
    key->keyedFrom = seq;
    return key;
}

namespace {

// A SQLite database's file; none for PostgreSQL or a database in memory.
QString databaseFile(const QString &databaseUrl)
{
    if (!databaseUrl.startsWith(u"sqlite:") || databaseUrl == u"sqlite::memory:")
        return {};
    return databaseUrl.mid(7);
}

} // namespace

QString AuditLog::defaultKeyPath(const QString &databaseUrl)
{
    const QString file = databaseFile(databaseUrl);
    return file.isEmpty() ? QString() : file + QStringLiteral(".audit-key");
}

QString AuditLog::defaultCheckpointPath(const QString &databaseUrl)
{
    const QString file = databaseFile(databaseUrl);
    return file.isEmpty() ? QString() : file + QStringLiteral(".audit-checkpoints");
}

AuditLog::AuditLog(ServerStore &store)
    : m_store(store)
{}

QByteArray AuditLog::entryHash(const QByteArray &previousHash,
                               qint64 seq,
                               const QString &at,
                               const AuditEntry &entry,
                               const QByteArray &key)
{
    // Length-prefixed fields: no two different entries hash the same text.
    QByteArray text = previousHash;
    for (const QString &field :
         {QString::number(seq), at, entry.actor, entry.action, entry.subject, entry.detail}) {
        const QByteArray utf8 = field.toUtf8();
        text += '\n' + QByteArray::number(utf8.size()) + ':' + utf8;
    }
    if (!key.isEmpty())
        return KeyedPrefix
               + QMessageAuthenticationCode::hash(text, key, QCryptographicHash::Sha256).toHex();
    return QCryptographicHash::hash(text, QCryptographicHash::Sha256).toHex();
}

Result<AuditRow> AuditLog::nextRow(const AuditEntry &entry, const QDateTime &at)
{
    QSqlDatabase &db = m_store.connection();
    QSqlError error;
    // Writers queue on the counter row, so sequence numbers and the chain
    // stay in order; on PostgreSQL the number comes back with the lock, in
    // one round trip (the counter is held until the transaction ends), and
    // with it the hash before it, as far as the statement can see it: a
    // writer that took the counter before this one and committed while this
    // statement ran is not in its snapshot, and its row reads as missing.
    const bool postgres = m_store.backend() == u"postgresql";
    const auto take = m_store.prepared(
        postgres ? QStringLiteral(
            "UPDATE counters SET value = value + 1 WHERE name = 'audit' RETURNING value, "
            "(SELECT hash FROM audit_log WHERE seq = counters.value - 1)")
                 : QStringLiteral("UPDATE counters SET value = value + 1 WHERE name = 'audit'"),
        &error);
    if (!take)
        return sqlError(error);
    if (!(*take)->exec())
        return sqlError(**take);
    qint64 seq = 0;
    std::optional<QByteArray> seenPrevious;
    if (postgres) {
        if (!(*take)->next())
            return sqlError(**take);
        seq = (*take)->value(0).toLongLong();
        if (!(*take)->value(1).isNull())
            seenPrevious = (*take)->value(1).toString().toLatin1();
    } else {
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("SELECT value FROM counters WHERE name = 'audit'"))
            || !query.next())
            return sqlError(query);
        seq = query.value(0).toLongLong();
    }
    QByteArray previous = Genesis;
    if (seenPrevious) {
        previous = *seenPrevious;
    } else {
        // A statement of its own, after the counter's lock was granted: it
        // sees the entry of whoever held the counter before.
        const auto head
            = m_store.prepared(QStringLiteral("SELECT hash FROM audit_log WHERE seq = ?"), &error);
        if (!head)
            return sqlError(error);
        (*head)->addBindValue(seq - 1);
        if (!(*head)->exec())
            return sqlError(**head);
        if ((*head)->next())
            previous = (*head)->value(0).toString().toLatin1();
    }
    const QByteArray key = m_store.auditKey().key;
    // Unkeyed after keyed would let anyone write the rest of the chain.
    if (key.isEmpty() && previous.startsWith(KeyedPrefix)) {
        return fail(QStringLiteral("audit.key-missing"),
                    StoreTr::tr("The audit log is keyed, and its key was not given: nothing was "
                                "written. Give the key file (--audit-key, or KEZEK_AUDIT_KEY)."));
    }
    AuditRow row{seq, at.toUTC().toString(Qt::ISODateWithMs), previous, {}};
    row.hash = entryHash(previous, seq, row.at, entry, key);
    return row;
}

Result<void> AuditLog::append(const AuditEntry &entry, const QDateTime &at)
{
    QSqlDatabase &db = m_store.connection();
    const bool own = m_store.inTransaction() ? false : db.transaction();
    auto failed = [&](Error error) -> Result<void> {
        if (own)
            db.rollback();
        return std::unexpected(std::move(error));
    };
    auto next = nextRow(entry, at);
    if (!next)
        return failed(next.error());
    QSqlError error;
    const auto insert = m_store.prepared(
        QStringLiteral(
            "INSERT INTO audit_log (seq, at, actor, action, subject, detail, prev_hash, hash) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        &error);
    if (!insert)
        return failed(sqlError(error).error());
    QSqlQuery &row = **insert;
    row.addBindValue(next->seq);
    row.addBindValue(next->at);
    row.addBindValue(entry.actor);
    row.addBindValue(entry.action);
    row.addBindValue(entry.subject);
    row.addBindValue(entry.detail);
    row.addBindValue(QString::fromLatin1(next->previous));
    row.addBindValue(QString::fromLatin1(next->hash));
    if (!row.exec())
        return failed(sqlError(row).error());
    if (own && !db.commit()) {
        db.rollback();
        return fail(
            QStringLiteral("store.sql"),
            StoreTr::tr("The change could not be committed: %1").arg(db.lastError().text()));
    }
    return {};
}

namespace {

// What left the database earlier says how the chain stood then: an entry it
// names that is gone, or different, was cut or rewritten even when the chain
// in the database holds together. The first such entry and what happened to
// it; `hashes`: the stored hashes of the entries the checkpoints name;
// `expected`: the entry after the last.
std::optional<std::pair<qint64, QString>> checkpointBreak(const QList<AuditCheckpoint> &checkpoints,
                                                          const QHash<qint64, QByteArray> &hashes,
                                                          qint64 expected)
{
    for (const AuditCheckpoint &checkpoint : checkpoints) {
        if (checkpoint.seq == 0)
            continue;
        if (!hashes.contains(checkpoint.seq)) {
            return std::pair{std::min(checkpoint.seq, expected),
                             StoreTr::tr("Entry %1, named by the checkpoint of %2, is gone: the "
                                         "log's tail was cut.")
                                 .arg(checkpoint.seq)
                                 .arg(checkpoint.at)};
        }
        if (hashes.value(checkpoint.seq) != checkpoint.hash) {
            return std::pair{checkpoint.seq,
                             StoreTr::tr("Entry %1 differs from the checkpoint of %2: the log was "
                                         "rewritten up to there and its chain made again.")
                                 .arg(checkpoint.seq)
                                 .arg(checkpoint.at)};
        }
    }
    return std::nullopt;
}

} // namespace

Result<AuditVerdict> AuditLog::verify(const QList<AuditCheckpoint> &checkpoints)
{
    const QByteArray key = m_store.auditKey().key;
    const std::optional<qint64> keyedFrom
        = key.isEmpty() ? std::nullopt : m_store.auditKey().keyedFrom;
    QSqlQuery query(m_store.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT seq, at, actor, action, subject, detail, prev_hash, "
                                   "hash FROM audit_log ORDER BY seq")))
        return sqlError(query);
    AuditVerdict verdict;
    QByteArray previous = Genesis;
    qint64 expected = 1;
    QHash<qint64, QByteArray> hashes; // of the entries the checkpoints name
    QSet<qint64> named;
    for (const AuditCheckpoint &checkpoint : checkpoints)
        named.insert(checkpoint.seq);
    const auto broken = [&verdict](qint64 seq, const QString &problem) {
        verdict.firstBroken = seq;
        verdict.problem = problem;
        return verdict;
    };
    while (query.next()) {
        const qint64 seq = query.value(0).toLongLong();
        const AuditEntry entry{query.value(2).toString(),
                               query.value(3).toString(),
                               query.value(4).toString(),
                               query.value(5).toString()};
        ++verdict.entries;
        if (seq != expected)
            return broken(expected, StoreTr::tr("Entry %1 was removed.").arg(expected));
        const QByteArray stored = query.value(7).toString().toLatin1();
        const bool keyed = stored.startsWith(KeyedPrefix);
        if (!keyed && keyedFrom && seq >= *keyedFrom) {
            return broken(seq,
                          StoreTr::tr("Entry %1 was written without the key, though the key file "
                                      "says every entry from %2 on is keyed: the log was "
                                      "rewritten.")
                              .arg(seq)
                              .arg(*keyedFrom));
        }
        if (previous.startsWith(KeyedPrefix) && !keyed) {
            return broken(seq,
                          StoreTr::tr("Entry %1 was written without the key after keyed "
                                      "entries: the log was rewritten from there.")
                              .arg(seq));
        }
        if (keyed && key.isEmpty()) {
            return fail(QStringLiteral("audit.key-missing"),
                        StoreTr::tr("The audit log is keyed: give its key file (--audit-key, or "
                                    "KEZEK_AUDIT_KEY) to verify it."));
        }
        if (query.value(6).toString().toLatin1() != previous
            || stored
                   != entryHash(
                       previous, seq, query.value(1).toString(), entry, keyed ? key : QByteArray()))
            return broken(seq, StoreTr::tr("Entry %1 was changed.").arg(seq));
        if (named.contains(seq))
            hashes.insert(seq, stored);
        previous = stored;
        ++expected;
    }
    // The counter remembers entries removed from the end of the log.
    QSqlQuery counter(m_store.connection());
    if (counter.exec(QStringLiteral("SELECT value FROM counters WHERE name = 'audit'"))
        && counter.next() && counter.value(0).toLongLong() >= expected)
        return broken(expected, StoreTr::tr("Entry %1 was removed.").arg(expected));
    if (auto problem = checkpointBreak(checkpoints, hashes, expected))
        return broken(problem->first, problem->second);
    return verdict;
}

Result<AuditCheckpoint> AuditLog::head(const QDateTime &at)
{
    QSqlQuery query(m_store.connection());
    if (!query.exec(QStringLiteral("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1")))
        return sqlError(query);
    AuditCheckpoint checkpoint{at.toUTC().toString(Qt::ISODateWithMs), 0, Genesis};
    if (query.next()) {
        checkpoint.seq = query.value(0).toLongLong();
        checkpoint.hash = query.value(1).toString().toLatin1();
    }
    return checkpoint;
}

QString AuditLog::checkpointLine(const AuditCheckpoint &checkpoint)
{
    return QStringLiteral("%1 audit-checkpoint seq=%2 hash=%3")
        .arg(checkpoint.at)
        .arg(checkpoint.seq)
        .arg(QString::fromLatin1(checkpoint.hash));
}

QList<AuditCheckpoint> AuditLog::parseCheckpoints(const QByteArray &text)
{
    static const QRegularExpression line(QStringLiteral(
        R"(^(\S+) .*\baudit-checkpoint seq=(\d+) hash=((?:hmac:)?[0-9a-f]{64})\s*$)"));
    QList<AuditCheckpoint> checkpoints;
    for (const QByteArray &raw : text.split('\n')) {
        const auto match = line.match(QString::fromUtf8(raw));
        if (match.hasMatch())
            checkpoints.append(
                {match.captured(1), match.captured(2).toLongLong(), match.captured(3).toLatin1()});
    }
    return checkpoints;
}

} // namespace Kezek
