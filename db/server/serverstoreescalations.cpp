#include "db/server/serverstore.h"
#include "db/server/storeerror.h"

#include <QSqlQuery>

// Escalations: raised once across servers, told to the people concerned.
namespace Kezek {

Result<bool> ServerStore::escalationRaised(const Escalation &escalation)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT 1 FROM escalations WHERE case_id = ? AND clock = ? AND "
                                 "started = ? AND level = ?"));
    query.addBindValue(escalation.caseId);
    query.addBindValue(escalation.clock);
    query.addBindValue(escalation.started.toString(Qt::ISODate));
    query.addBindValue(escalation.level);
    if (!query.exec())
        return sqlError(query);
    return query.next();
}

Result<bool> ServerStore::raiseEscalation(const Escalation &escalation,
                                          const QStringList &recipients,
                                          const AuditEntry &audit)
{
    bool raised = false;
    auto done = inWriteTransaction([&]() -> Result<void> {
        // The escalation's own key first: another server's insert of the
        // same key, committed or not yet, makes this one do nothing
        // (PostgreSQL waits for its commit) before any counter is taken.
        // Then the audit chain's counter before the revision's, the order
        // every writer takes the two in (writeChange), so that an escalation
        // and an officer's save never hold one each and wait for the other.
        QSqlQuery insert(m_db);
        insert.prepare(QStringLiteral(
            "INSERT INTO escalations (id, case_id, city, clock, started, level, due, raised_at, "
            "revision) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0) ON CONFLICT DO NOTHING RETURNING id"));
        for (const QVariant &value :
             {QVariant(escalation.id),
              QVariant(escalation.caseId),
              QVariant(cityId(escalation.city)),
              QVariant(escalation.clock),
              QVariant(escalation.started.toString(Qt::ISODate)),
              QVariant(escalation.level),
              QVariant(escalation.due.toString(Qt::ISODate)),
              QVariant(escalation.raisedAt.toUTC().toString(Qt::ISODateWithMs))})
            insert.addBindValue(value);
        if (!insert.exec())
            return sqlError(insert);
        raised = insert.next();
        insert.finish();
        if (!raised)
            return {};
        if (auto audited = AuditLog(*this).append(audit, escalation.raisedAt); !audited)
            return audited;
        const auto revision = takeRevision();
        if (!revision)
            return std::unexpected(revision.error());
        QSqlQuery numbered(m_db);
        numbered.prepare(QStringLiteral("UPDATE escalations SET revision = ? WHERE id = ?"));
        numbered.addBindValue(*revision);
        numbered.addBindValue(escalation.id);
        if (!numbered.exec())
            return sqlError(numbered);
        QSqlQuery told(m_db);
        told.prepare(QStringLiteral("INSERT INTO escalation_recipients (escalation_id, user_id, "
                                    "revision) VALUES (?, ?, ?) ON CONFLICT DO NOTHING"));
        for (const QString &user : recipients) {
            told.addBindValue(escalation.id);
            told.addBindValue(user);
            told.addBindValue(*revision);
            if (!told.exec())
                return sqlError(told);
        }
        return {};
    });
    if (!done)
        return std::unexpected(done.error());
    return raised;
}

Result<QList<ServerStore::Escalation>>
ServerStore::escalationsFor(const QString &userId, qint64 revision, int limit)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "SELECT e.id, e.case_id, COALESCE(c.number, ''), e.city, e.clock, e.started, e.level, "
        "e.due, e.raised_at, r.revision FROM escalation_recipients r JOIN escalations e ON "
        "e.id = r.escalation_id LEFT JOIN cases c ON c.id = e.case_id WHERE r.user_id = ? AND "
        "r.revision > ? ORDER BY r.revision, e.id LIMIT ?"));
    query.addBindValue(userId);
    query.addBindValue(revision);
    query.addBindValue(limit);
    if (!query.exec())
        return sqlError(query);
    QList<Escalation> found;
    while (query.next()) {
        Escalation e;
        e.id = query.value(0).toString();
        e.caseId = query.value(1).toString();
        e.caseNumber = query.value(2).toString();
        e.city = cityFromId(query.value(3).toString()).value_or(City::Astana);
        e.clock = query.value(4).toString();
        e.started = QDate::fromString(query.value(5).toString(), Qt::ISODate);
        e.level = query.value(6).toString();
        e.due = QDate::fromString(query.value(7).toString(), Qt::ISODate);
        e.raisedAt = QDateTime::fromString(query.value(8).toString(), Qt::ISODateWithMs);
        e.revision = query.value(9).toLongLong();
        found.append(e);
    }
    return found;
}

} // namespace Kezek
