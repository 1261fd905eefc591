#pragma once

#include "core/domain/casenotes.h"
#include "core/result/result.h"

#include <QList>
#include <QString>

namespace Kezek {

namespace Sqlite {
class Connection;
}

// A note on a case as this cache keeps it: written here and not yet sent
// ("pending"), on the server ("sent"), or refused by it ("rejected", with why).
struct NoteRow
{
    CaseNote note;
    QString status;
    QString refusal; // the server's words, when rejected
};

// Internal notes on cases (issue 31, point 3): the ones written here wait
// beside the outbox until the server has them, so that a note written
// offline shows at once, survives a restart and is sent once; colleagues'
// come from the notes feed.
class CacheNotes
{
public:
    explicit CacheNotes(Sqlite::Connection &db);
    CacheNotes(const CacheNotes &) = delete;
    CacheNotes &operator=(const CacheNotes &) = delete;

    // A note written here, kept as not yet sent.
    Result<void> write(const CaseNote &note);
    // A case's notes, the newest first: a hand-over is read from the latest word.
    Result<QList<NoteRow>> notesOfCase(const QString &caseId);
    // The notes written here not yet on the server, oldest first.
    Result<QList<CaseNote>> notesToSend();
    Result<int> unsentCount();
    // The server kept it (now or before): sent, at its revision.
    Result<void> recordSent(const CaseNote &kept);
    // The server refused it for good: kept, with why, for the writer to see.
    Result<void> recordRefused(const QString &noteId, const QString &why);

    Result<qint64> cursor();
    // A page of the notes feed and the cursor after it, in one transaction.
    // A note of this cache's own that was still waiting is now sent.
    Result<void> addNotes(const QList<CaseNote> &notes, qint64 next);

private:
    Sqlite::Connection &m_db;
};

} // namespace Kezek
