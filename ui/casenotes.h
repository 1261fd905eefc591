#pragma once

#include "sync/casedesk.h"
#include "ui/inlinemessage.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace Kezek {

// A case's internal notes (issue 31, point 3), for hand-overs between the
// staff who may see the case: each with its author, their role and when it
// was written, the newest first, as a colleague taking the case over reads
// them; a note written here shows at once, marked as not yet sent until a
// sync has given it to the server. Below, the box to write one.
class CaseNotesPane : public QWidget
{
    Q_OBJECT

public:
    explicit CaseNotesPane(CaseDesk &desk, QWidget *parent = nullptr);

    void showCase(const QString &caseId);
    void reload();
    // Writes the box's text as a note (tests fill the box and call it, as
    // the button does).
    void addNote();
    QListWidget *list() const { return m_list; }
    QPlainTextEdit *editor() const { return m_editor; }
    InlineMessage *error() const { return m_error; }

Q_SIGNALS:
    void noteWritten(); // kept here, waiting for the next sync

private:
    void updateCount();

    CaseDesk &m_desk;
    QString m_caseId;
    QListWidget *m_list = nullptr;
    QPlainTextEdit *m_editor = nullptr;
    QLabel *m_count = nullptr;
    InlineMessage *m_error = nullptr;
    QPushButton *m_add = nullptr;
};

} // namespace Kezek
