#include "sync/casedesk.h"

#include "core/domain/casenotes.h"
#include "sync/synctr.h"

#include <QUuid>

// Internal notes on a case (issue 31, point 3), at the desk.
namespace Kezek {

Result<CaseNote> CaseDesk::writeNote(const QString &caseId, const QString &text)
{
    auto found = m_store.findCase(caseId);
    if (!found)
        return std::unexpected(found.error());
    if (!*found || !CaseNotes::mayUse(m_account.actor(), (*found)->city)) {
        return fail(QStringLiteral("note.case-not-seen"),
                    SyncTr::tr("Notes are written on the cases your role and city may see."));
    }
    auto checked = CaseNotes::checkedText(text);
    if (!checked)
        return std::unexpected(checked.error());
    const QDateTime local = m_clock();
    const auto server = m_store.serverTime(local);
    CaseNote note;
    note.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    note.caseId = caseId;
    note.authorId = m_account.id;
    note.authorName = m_account.name;
    note.authorRole = m_account.role;
    note.madeAt = (server ? *server : local).toUTC();
    note.text = *checked;
    if (auto kept = m_store.writeNote(note); !kept)
        return std::unexpected(kept.error());
    return note;
}

Result<QList<NoteRow>> CaseDesk::notesOfCase(const QString &caseId)
{
    return m_store.notesOfCase(caseId);
}

} // namespace Kezek
