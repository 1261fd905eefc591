#include "db/client/cachenotes.h"

#include "db/sqlite/connection.h"
#include "db/sqlite/statement.h"
#include "db/sqlite/transaction.h"

namespace Kezek {

using Sqlite::Statement;
using Sqlite::Transaction;

namespace {

QString timeText(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

// Notes as a query selects them: id, case_id, author_id, author_name,
// author_role, made_at, text, revision, status, answer.
Result<QList<NoteRow>> noteRows(Statement &query)
{
    QList<NoteRow> rows;
    auto read = query.each([&] {
        NoteRow row;
        row.note.id = query.text(0);
        row.note.caseId = query.text(1);
        row.note.authorId = query.text(2);
        row.note.authorName = query.text(3);
        row.note.authorRole = roleFromId(query.text(4)).value_or(Role::MigrationOfficer);
        row.note.madeAt = QDateTime::fromString(query.text(5), Qt::ISODateWithMs);
        row.note.text = query.text(6);
        row.note.revision = query.integer(7);
        row.status = query.text(8);
        if (!query.isNull(9))
            row.refusal = query.text(9);
        rows.append(row);
    });
    if (!read)
        return std::unexpected(read.error());
    return rows;
}

constexpr auto Columns = "SELECT id, case_id, author_id, author_name, author_role, made_at, "
                         "text, revision, status, answer FROM notes ";

} // namespace

CacheNotes::CacheNotes(Sqlite::Connection &db)
    : m_db(db)
{}

Result<void> CacheNotes::write(const CaseNote &note)
{
    return Statement(m_db,
                     "INSERT INTO notes (id, case_id, author_id, author_name, author_role, "
                     "made_at, text, status) VALUES (?, ?, ?, ?, ?, ?, ?, 'pending')")
        .bind(note.id)
        .bind(note.caseId)
        .bind(note.authorId)
        .bind(note.authorName)
        .bind(roleId(note.authorRole))
        .bind(timeText(note.madeAt))
        .bind(note.text)
        .run();
}

Result<QList<NoteRow>> CacheNotes::notesOfCase(const QString &caseId)
{
    Statement query(
        m_db, QByteArray(QByteArray(Columns) + "WHERE case_id = ? ORDER BY made_at DESC, id DESC"));
    query.bind(caseId);
    return noteRows(query);
}

Result<QList<CaseNote>> CacheNotes::notesToSend()
{
    Statement query(
        m_db, QByteArray(QByteArray(Columns) + "WHERE status = 'pending' ORDER BY made_at, id"));
    auto rows = noteRows(query);
    if (!rows)
        return std::unexpected(rows.error());
    QList<CaseNote> notes;
    for (const NoteRow &row : std::as_const(*rows))
        notes.append(row.note);
    return notes;
}

Result<int> CacheNotes::unsentCount()
{
    Statement query(m_db, "SELECT COUNT(*) FROM notes WHERE status = 'pending'");
    if (auto found = query.row(); !found)
        return std::unexpected(found.error());
    return int(query.integer(0));
}

Result<void> CacheNotes::recordSent(const CaseNote &kept)
{
    // The server's words win: it trimmed the text and may have moved a time
    // ahead of its clock back to it.
    return Statement(m_db,
                     "UPDATE notes SET status = 'sent', answer = NULL, revision = ?, made_at = ?, "
                     "text = ?, author_name = ? WHERE id = ?")
        .bind(kept.revision)
        .bind(timeText(kept.madeAt))
        .bind(kept.text)
        .bind(kept.authorName)
        .bind(kept.id)
        .run();
}

Result<void> CacheNotes::recordRefused(const QString &noteId, const QString &why)
{
    return Statement(m_db,
                     "UPDATE notes SET status = 'rejected', answer = ? WHERE id = ? AND status = "
                     "'pending'")
        .bind(why)
        .bind(noteId)
        .run();
}

Result<qint64> CacheNotes::cursor()
{
    Statement query(m_db, "SELECT value FROM meta WHERE key = 'notes-cursor'");
    if (auto found = query.row(); !found)
        return std::unexpected(found.error());
    return query.text(0).toLongLong();
}

Result<void> CacheNotes::addNotes(const QList<CaseNote> &notes, qint64 next)
{
    auto transaction = Transaction::begin(m_db);
    if (!transaction)
        return std::unexpected(transaction.error());
    // The server's copy replaces this desk's own waiting one, whole (the
    // cache's SQLite predates UPSERT).
    Statement upsert(m_db,
                     "INSERT OR REPLACE INTO notes (id, case_id, author_id, author_name, "
                     "author_role, made_at, text, status, answer, revision) VALUES (?, ?, ?, ?, "
                     "?, ?, ?, 'sent', NULL, ?)");
    for (const CaseNote &note : notes) {
        upsert.reset();
        auto kept = upsert.bind(note.id)
                        .bind(note.caseId)
                        .bind(note.authorId)
                        .bind(note.authorName)
                        .bind(roleId(note.authorRole))
                        .bind(timeText(note.madeAt))
                        .bind(note.text)
                        .bind(note.revision)
                        .run();
        if (!kept)
            return kept;
    }
    if (auto moved = Statement(m_db,
                               "UPDATE meta SET value = ? WHERE key = 'notes-cursor' AND "
                               "CAST(value AS INTEGER) < ?")
                         .bind(QString::number(next))
                         .bind(next)
                         .run();
        !moved)
        return moved;
    return transaction->commit();
}

} // namespace Kezek
