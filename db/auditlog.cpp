#include "auditlog.h"
#include "storeerror.h"

#include "serverstore.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>

namespace Kezek {

namespace {

// The hash that starts the chain.
const QByteArray Genesis(64, '0');

} // namespace

AuditLog::AuditLog(ServerStore &store)
    : m_store(store)
{}

QByteArray AuditLog::entryHash(const QByteArray &previousHash,
                               qint64 seq,
                               const QString &at,
                               const AuditEntry &entry)
{
    // Length-prefixed fields: no two different entries hash the same text.
    QByteArray text = previousHash;
    for (const QString &field :
         {QString::number(seq), at, entry.actor, entry.action, entry.subject, entry.detail}) {
        const QByteArray utf8 = field.toUtf8();
        text += '\n' + QByteArray::number(utf8.size()) + ':' + utf8;
    }
    return QCryptographicHash::hash(text, QCryptographicHash::Sha256).toHex();
}

Result<void> AuditLog::append(const AuditEntry &entry, const QDateTime &at)
{
    QSqlDatabase &db = m_store.connection();
    const bool own = m_store.inTransaction() ? false : db.transaction();
    QSqlQuery query(db);
    auto failed = [&](const QSqlQuery &q) {
        if (own)
            db.rollback();
        return sqlError(q);
    };
    // Writers queue on the counter row, so sequence numbers and the chain stay in order.
    if (!query.exec(QStringLiteral("UPDATE counters SET value = value + 1 WHERE name = 'audit'")))
        return failed(query);
    if (!query.exec(QStringLiteral("SELECT value FROM counters WHERE name = 'audit'"))
        || !query.next())
        return failed(query);
    const qint64 seq = query.value(0).toLongLong();
    query.finish();
    QByteArray previous = Genesis;
    query.prepare(QStringLiteral("SELECT hash FROM audit_log WHERE seq = ?"));
    query.addBindValue(seq - 1);
    if (!query.exec())
        return failed(query);
    if (query.next())
        previous = query.value(0).toString().toLatin1();
    query.finish();

    const QString time = at.toUTC().toString(Qt::ISODateWithMs);
    query.prepare(QStringLiteral(
        "INSERT INTO audit_log (seq, at, actor, action, subject, detail, prev_hash, hash) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(seq);
    query.addBindValue(time);
    query.addBindValue(entry.actor);
    query.addBindValue(entry.action);
    query.addBindValue(entry.subject);
    query.addBindValue(entry.detail);
    query.addBindValue(QString::fromLatin1(previous));
    query.addBindValue(QString::fromLatin1(entryHash(previous, seq, time, entry)));
    if (!query.exec())
        return failed(query);
    if (own && !db.commit()) {
        db.rollback();
        return fail(
            QStringLiteral("store.sql"),
            StoreTr::tr("The change could not be committed: %1").arg(db.lastError().text()));
    }
    return {};
}

Result<AuditVerdict> AuditLog::verify()
{
    QSqlQuery query(m_store.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT seq, at, actor, action, subject, detail, prev_hash, "
                                   "hash FROM audit_log ORDER BY seq")))
        return sqlError(query);
    AuditVerdict verdict;
    QByteArray previous = Genesis;
    qint64 expected = 1;
    while (query.next()) {
        const qint64 seq = query.value(0).toLongLong();
        const AuditEntry entry{query.value(2).toString(),
                               query.value(3).toString(),
                               query.value(4).toString(),
                               query.value(5).toString()};
        ++verdict.entries;
        if (seq != expected) {
            verdict.firstBroken = expected;
            verdict.problem = StoreTr::tr("Entry %1 was removed.").arg(expected);
            return verdict;
        }
        if (query.value(6).toString().toLatin1() != previous
            || query.value(7).toString().toLatin1()
                   != entryHash(previous, seq, query.value(1).toString(), entry)) {
            verdict.firstBroken = seq;
            verdict.problem = StoreTr::tr("Entry %1 was changed.").arg(seq);
            return verdict;
        }
        previous = query.value(7).toString().toLatin1();
        ++expected;
    }
    // The counter remembers entries removed from the end of the log.
    QSqlQuery counter(m_store.connection());
    if (counter.exec(QStringLiteral("SELECT value FROM counters WHERE name = 'audit'"))
        && counter.next() && counter.value(0).toLongLong() >= expected) {
        verdict.firstBroken = expected;
        verdict.problem = StoreTr::tr("Entry %1 was removed.").arg(expected);
    }
    return verdict;
}

} // namespace Kezek
