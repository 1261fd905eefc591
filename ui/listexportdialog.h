#pragma once

#include "core/result/result.h"
#include "ui/inlinemessage.h"

#include <QDialog>
#include <QList>
#include <QStringList>

#include <functional>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Kezek {

namespace Ui {
class ListExportDialog;
}

// A list of cases as the window shows it now: its name, the search typed,
// the visible columns' headers and each row's cells, in the window's order.
struct CaseListSnapshot
{
    QString list;
    QString search;
    QStringList headers;
    QList<QStringList> rows;
};

// A case list exported as CSV or XLSX (issue 31, point 4), for a supervisor
// or the ministry: the file leaves the encrypted cache, and the dialog says
// so. The file is written whole (a temporary file renamed), then the export
// is recorded for the server's audit log; a record that cannot be kept takes
// the file back, so that no export goes unaudited.
class ListExportDialog : public QDialog
{
    Q_OBJECT

public:
    // Keeps the export's record (its format and the number of cases), for
    // the next sync to bring to the server's audit log.
    using Recorder = std::function<Result<void>(const QString &format, qint64 count)>;

    ListExportDialog(CaseListSnapshot snapshot, Recorder record, QWidget *parent = nullptr);
    ~ListExportDialog() override;

    QComboBox *formatBox() const { return m_format; }
    QLineEdit *pathField() const;
    QPushButton *writeButton() const { return m_write; }
    InlineMessage *errorText() const { return m_error; }
    QLabel *note() const { return m_note; }
    QString writtenPath() const { return m_written; }
    qint64 count() const { return m_snapshot.rows.size(); }

    // Writes the list as the fields say; accepted once the file is whole
    // and recorded, else the error shown and no file left.
    void write();

private:
    void showError(const QString &message);

    CaseListSnapshot m_snapshot;
    Recorder m_record;
    std::unique_ptr<Ui::ListExportDialog> m_ui; // the form, from listexportdialog.ui
    QComboBox *m_format = nullptr;
    QLabel *m_note = nullptr;
    InlineMessage *m_error = nullptr;
    QPushButton *m_write = nullptr;
    QString m_written;
};

} // namespace Kezek
