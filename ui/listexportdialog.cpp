#include "ui/listexportdialog.h"
#include "ui_listexportdialog.h"

#include "core/domain/papers.h"
#include "report/tableexport.h"
#include "ui/filechoice.h"
#include "ui/inlinemessage.h"
#include "ui/standardbuttons.h"
#include "ui/uitr.h"

#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace Kezek {

ListExportDialog::ListExportDialog(CaseListSnapshot snapshot, Recorder record, QWidget *parent)
    : QDialog(parent)
    , m_snapshot(std::move(snapshot))
    , m_record(std::move(record))
    , m_ui(std::make_unique<Ui::ListExportDialog>())
{
    m_ui->setupUi(this);
    // The words are the workstation's (UiTr), the form is listexportdialog.ui.
    setWindowTitle(UiTr::tr("Export the list"));
    m_ui->exportWhat->setText(
        UiTr::tr("%1: %n case(s)", nullptr, int(m_snapshot.rows.size())).arg(m_snapshot.list));
    m_format = m_ui->exportFormat;
    m_format->addItem(UiTr::tr("XLSX, for Excel"), QStringLiteral("xlsx"));
    m_format->addItem(UiTr::tr("CSV, for scripts"), QStringLiteral("csv"));
    m_ui->formatLabel->setText(UiTr::tr("F&ormat:"));
    m_ui->fileLabel->setText(UiTr::tr("&File:"));
    m_ui->file->setPathNames(QStringLiteral("exportPath"), UiTr::tr("The export's file"));
    m_ui->file->setSaveDialog(UiTr::tr("Export the list"), [this] {
        const QString id = m_format->currentData().toString();
        return FileChoice::Proposal{
            UiTr::tr("cases-%1.%2").arg(QDate::currentDate().toString(Qt::ISODate), id),
            UiTr::tr("%1 files (*.%2)").arg(id.toUpper(), id)};
    });
    m_note = m_ui->exportNote;
    m_note->setText(UiTr::tr(
        "The list is written to a file outside the workstation's encrypted cache, with the "
        "applicants' names and documents' numbers: keep it where your office keeps such "
        "papers, and send it only to those the joint order names. The export is entered in "
        "the server's audit log: who, when, which list and how many cases."));
    m_error = m_ui->exportError;
    m_write = m_ui->buttons->addButton(UiTr::tr("&Export"), QDialogButtonBox::AcceptRole);
    m_write->setObjectName(QStringLiteral("exportWrite"));
    m_write->setDefault(true);
    addCancelButton(m_ui->buttons);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &ListExportDialog::write);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

ListExportDialog::~ListExportDialog() = default;

QLineEdit *ListExportDialog::pathField() const
{
    return m_ui->file->pathEdit();
}

void ListExportDialog::showError(const QString &message)
{
    m_error->setText(message);
}

void ListExportDialog::write()
{
    m_error->clear();
    const auto format = checkPaperFormat(m_format->currentData().toString(),
                                         {QStringLiteral("csv"), QStringLiteral("xlsx")});
    if (!format) {
        showError(format.error().message);
        return;
    }
    const QString path = m_ui->file->path();
    if (path.isEmpty()) {
        showError(UiTr::tr("Choose the file to export the list to."));
        return;
    }
    QStringList heading{UiTr::tr("%n case(s)", nullptr, int(m_snapshot.rows.size()))};
    if (!m_snapshot.search.isEmpty())
        heading.append(UiTr::tr("Search: %1").arg(m_snapshot.search));
    const Result<QByteArray> bytes
        = *format == u"csv"
              ? Result<QByteArray>(Report::csvTable(m_snapshot.headers, m_snapshot.rows))
              : Report::xlsxWorkbook(
                  m_snapshot.list,
                  heading,
                  {Report::textTable(UiTr::tr("Cases"), m_snapshot.headers, m_snapshot.rows)});
    // No export without its record, kept before the file is written: a crash
    // between the two leaves a record of an export at most, never a file
    // that left the cache unrecorded.
    if (auto recorded = m_record(*format, m_snapshot.rows.size()); !recorded) {
        showError(UiTr::tr("The export could not be recorded for the audit log, so the file "
                           "was not written: %1")
                      .arg(recorded.error().message));
        return;
    }
    if (auto written = Report::writeWhole(path, bytes); !written) {
        showError(written.error().message);
        return;
    }
    m_written = path;
    accept();
}

} // namespace Kezek
