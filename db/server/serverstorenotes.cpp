#include "db/server/serverstore.h"
#include "db/server/storeerror.h"

#include <QSqlQuery>

// Internal notes on cases (issue 31, point 3): kept once by their id, each
// with its audit entry, beside the case and never in it.
namespace Kezek {

namespace {

constexpr auto NoteColumns = "id, case_id, city, author_id, author_name, author_role, made_at, "
                             "text, revision";

ServerStore::StoredNote noteFromRow(const QSqlQuery &query)
{
    ServerStore::StoredNote stored;
    CaseNote &note = stored.note;
    note.id = query.value(0).toString();
    note.caseId = query.value(1).toString();
    stored.city = cityFromId(query.value(2).toString()).value_or(City::Astana);
    note.authorId = query.value(3).toString();
    note.authorName = query.value(4).toString();
    note.authorRole = roleFromId(query.value(5).toString()).value_or(Role::MigrationOfficer);
    note.madeAt = QDateTime::fromString(query.value(6).toString(), Qt::ISODateWithMs);
    note.text = query.value(7).toString();
    note.revision = query.value(8).toLongLong();
    return stored;
}

} // namespace

Result<bool> ServerStore::addNote(const CaseNote &note, City city, const AuditEntry &audit)
{
    bool added = false;
    auto done = inWriteTransaction([&]() -> Result<void> {
        // The note's own key first: the same note sent again, here or on
        // another server, does nothing before any counter is taken. Then the
        // audit chain's counter before the revision's, the order every writer
        // takes the two in (writeChange).
        QSqlQuery insert(m_db);
        insert.prepare(QStringLiteral(
            "INSERT INTO case_notes (id, case_id, city, author_id, author_name, author_role, "
            "made_at, received_at, text, revision) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0) ON "
            "CONFLICT DO NOTHING RETURNING id"));
        for (const QVariant &value :
             {QVariant(note.id),
              QVariant(note.caseId),
              QVariant(cityId(city)),
              QVariant(note.authorId),
              QVariant(note.authorName),
              QVariant(roleId(note.authorRole)),
              QVariant(note.madeAt.toUTC().toString(Qt::ISODateWithMs)),
              QVariant(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)),
              QVariant(note.text)})
            insert.addBindValue(value);
        if (!insert.exec())
            return sqlError(insert);
        added = insert.next();
        insert.finish();
        if (!added)
            return {};
        if (auto audited = AuditLog(*this).append(audit, QDateTime::currentDateTimeUtc()); !audited)
            return audited;
        const auto revision = takeRevision();
        if (!revision)
            return std::unexpected(revision.error());
        QSqlQuery numbered(m_db);
        numbered.prepare(QStringLiteral("UPDATE case_notes SET revision = ? WHERE id = ?"));
        numbered.addBindValue(*revision);
        numbered.addBindValue(note.id);
        if (!numbered.exec())
            return sqlError(numbered);
        return {};
    });
    if (!done)
        return std::unexpected(done.error());
    return added;
}

Result<std::optional<ServerStore::StoredNote>> ServerStore::findNote(const QString &id)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT %1 FROM case_notes WHERE id = ?")
                      .arg(QString::fromLatin1(NoteColumns)));
    query.addBindValue(id);
    if (!query.exec())
        return sqlError(query);
    if (!query.next())
        return std::nullopt;
    return noteFromRow(query);
}

Result<QList<ServerStore::StoredNote>>
ServerStore::notesAfter(qint64 revision, int limit, std::optional<City> city)
{
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("SELECT %1 FROM case_notes WHERE revision > ? %2 ORDER BY revision LIMIT ?")
            .arg(QString::fromLatin1(NoteColumns),
                 city ? QStringLiteral("AND city = ?") : QString()));
    query.addBindValue(revision);
    if (city)
        query.addBindValue(cityId(*city));
    query.addBindValue(limit);
    if (!query.exec())
        return sqlError(query);
    QList<StoredNote> found;
    while (query.next())
        found.append(noteFromRow(query));
    return found;
}

} // namespace Kezek
