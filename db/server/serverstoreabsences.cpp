#include "db/server/serverstore.h"
#include "db/server/storeerror.h"

#include <QSqlQuery>

// Absences of officers and CSC operators (issue 31, point 2).
namespace Kezek {

namespace {

Absence absenceFrom(const QSqlQuery &query)
{
    return Absence{query.value(0).toString(),
                   query.value(1).toString(),
                   QDate::fromString(query.value(2).toString(), Qt::ISODate),
                   QDate::fromString(query.value(3).toString(), Qt::ISODate)};
}

const QString AbsenceColumns = QStringLiteral("id, user_id, starts_on, ends_on");

} // namespace

Result<void> ServerStore::addAbsence(const AbsenceRecord &record,
                                     const AbsenceCheck &allowed,
                                     const AuditEntry &audit)
{
    const Absence &absence = record.absence;
    return inWriteTransaction([&]() -> Result<void> {
        // The person's row locked on PostgreSQL (SQLite's write lock is the
        // whole file already), so that their absences read next stay as read.
        if (backend() == u"postgresql") {
            QSqlQuery lock(m_db);
            lock.prepare(QStringLiteral("SELECT id FROM users WHERE id = ? FOR UPDATE"));
            lock.addBindValue(absence.userId);
            if (!lock.exec())
                return sqlError(lock);
        }
        auto known = absencesOf(absence.userId);
        if (!known)
            return std::unexpected(known.error());
        if (auto ok = allowed(*known); !ok)
            return ok;
        // An id already another person's (a client that made up a used
        // one) is said as such, not taken for a failed write; two writers
        // racing on one id (each person's row locked, not the id) meet in
        // the key, and the second keeps nothing.
        QSqlQuery insert(m_db);
        insert.prepare(QStringLiteral("INSERT INTO absences (id, user_id, city, starts_on, "
                                      "ends_on, marked_by, marked_at) VALUES (?, ?, ?, ?, ?, ?, ?) "
                                      "ON CONFLICT (id) DO NOTHING"));
        for (const QString &value : {absence.id,
                                     absence.userId,
                                     cityId(record.city),
                                     absence.from.toString(Qt::ISODate),
                                     absence.to.toString(Qt::ISODate),
                                     record.markedBy,
                                     record.markedAt.toUTC().toString(Qt::ISODateWithMs)})
            insert.addBindValue(value);
        if (!insert.exec())
            return sqlError(insert);
        if (insert.numRowsAffected() == 0)
            return fail(QStringLiteral("absence.id-taken"), absence.id);
        return AuditLog(*this).append(audit, record.markedAt);
    });
}

Result<QList<Absence>> ServerStore::absencesOf(const QString &userId)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT %1 FROM absences WHERE user_id = ? ORDER BY starts_on")
                      .arg(AbsenceColumns));
    query.addBindValue(userId);
    if (!query.exec())
        return sqlError(query);
    QList<Absence> found;
    while (query.next())
        found.append(absenceFrom(query));
    return found;
}

Result<QList<ServerStore::AbsenceRecord>> ServerStore::absencesInCity(City city, QDate from)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT %1, city, marked_by, marked_at FROM absences WHERE city "
                                 "= ? AND ends_on >= ? ORDER BY starts_on, user_id")
                      .arg(AbsenceColumns));
    query.addBindValue(cityId(city));
    query.addBindValue(from.toString(Qt::ISODate));
    if (!query.exec())
        return sqlError(query);
    QList<AbsenceRecord> found;
    while (query.next()) {
        found.append({absenceFrom(query),
                      cityFromId(query.value(4).toString()).value_or(city),
                      query.value(5).toString(),
                      QDateTime::fromString(query.value(6).toString(), Qt::ISODateWithMs)});
    }
    return found;
}

Result<QSet<QString>> ServerStore::absentOn(QDate day)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "SELECT DISTINCT user_id FROM absences WHERE starts_on <= ? AND ends_on >= ?"));
    query.addBindValue(day.toString(Qt::ISODate));
    query.addBindValue(day.toString(Qt::ISODate));
    if (!query.exec())
        return sqlError(query);
    QSet<QString> absent;
    while (query.next())
        absent.insert(query.value(0).toString());
    return absent;
}

} // namespace Kezek
