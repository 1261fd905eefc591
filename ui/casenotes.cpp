#include "ui/casenotes.h"

#include "core/domain/casenotes.h"
#include "ui/deadlinetext.h"
#include "ui/inlinemessage.h"
#include "ui/uitr.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Kezek {

namespace {

// The line above a note's text: who wrote it, as what, and when.
QString noteHeading(const NoteRow &row)
{
    const QString when = UiTr::tr("%1 (Kazakhstan time)").arg(formatDateTime(row.note.madeAt));
    const QString who = row.note.authorName.isEmpty() ? row.note.authorId : row.note.authorName;
    if (row.status == u"pending")
        return UiTr::tr("%1, %2 · %3 · not yet sent")
            .arg(who, roleTitle(row.note.authorRole), when);
    if (row.status == u"rejected") {
        return UiTr::tr("%1, %2 · %3 · refused by the server: %4")
            .arg(who, roleTitle(row.note.authorRole), when, row.refusal);
    }
    return UiTr::tr("%1, %2 · %3").arg(who, roleTitle(row.note.authorRole), when);
}

} // namespace

CaseNotesPane::CaseNotesPane(CaseDesk &desk, QWidget *parent)
    : QWidget(parent)
    , m_desk(desk)
{
    auto *about = new QLabel(UiTr::tr("Notes for colleagues who may see this case, the newest "
                                      "first. The applicant never sees them, and no letter or "
                                      "export carries them."));
    about->setWordWrap(true);
    m_list = new QListWidget;
    m_list->setObjectName(QStringLiteral("caseNotes"));
    m_list->setAccessibleName(UiTr::tr("Notes on the case"));
    m_list->setWordWrap(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setAlternatingRowColors(true);
    m_editor = new QPlainTextEdit;
    m_editor->setObjectName(QStringLiteral("noteEditor"));
    m_editor->setAccessibleName(UiTr::tr("New note"));
    m_editor->setPlaceholderText(UiTr::tr("A note for the colleague who takes the case over"));
    m_editor->setTabChangesFocus(true);
    m_editor->setMaximumHeight(90);
    m_count = new QLabel;
    m_error = new InlineMessage(InlineMessage::Kind::Error, QStringLiteral("noteError"));
    m_add = new QPushButton(UiTr::tr("&Add note"));
    m_add->setObjectName(QStringLiteral("addNote"));
    connect(m_add, &QPushButton::clicked, this, &CaseNotesPane::addNote);
    connect(m_editor, &QPlainTextEdit::textChanged, this, &CaseNotesPane::updateCount);

    auto *row = new QHBoxLayout;
    row->addWidget(m_count, 1);
    row->addWidget(m_add);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(about);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_editor);
    layout->addWidget(m_error);
    layout->addLayout(row);
    updateCount();
}

void CaseNotesPane::showCase(const QString &caseId)
{
    if (caseId != m_caseId) {
        m_editor->clear();
        m_error->clear();
    }
    m_caseId = caseId;
    reload();
}

void CaseNotesPane::reload()
{
    m_list->clear();
    auto rows = m_desk.notesOfCase(m_caseId);
    if (!rows) {
        m_error->setText(rows.error().message);
        m_error->show();
        return;
    }
    for (const NoteRow &row : std::as_const(*rows)) {
        auto *item = new QListWidgetItem(noteHeading(row) + u'\n' + row.note.text);
        item->setData(Qt::UserRole, row.note.id);
        if (row.status != u"sent") {
            QFont font = item->font();
            font.setItalic(true);
            item->setFont(font);
        }
        m_list->addItem(item);
    }
    if (rows->isEmpty())
        m_list->addItem(UiTr::tr("No notes yet."));
}

void CaseNotesPane::addNote()
{
    auto written = m_desk.writeNote(m_caseId, m_editor->toPlainText());
    if (!written) {
        m_error->setText(written.error().message);
        m_error->show();
        return;
    }
    m_error->clear();
    m_editor->clear();
    reload();
    Q_EMIT noteWritten();
}

void CaseNotesPane::updateCount()
{
    const qsizetype length = m_editor->toPlainText().trimmed().size();
    m_count->setText(UiTr::tr("%1 of %2 characters").arg(length).arg(CaseNotes::MaxLength));
    m_add->setEnabled(length > 0 && length <= CaseNotes::MaxLength);
}

} // namespace Kezek
