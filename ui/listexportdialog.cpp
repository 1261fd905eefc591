#include "ui/listexportdialog.h"

#include "core/domain/papers.h"
#include "report/tableexport.h"
#include "ui/filefolders.h"
#include "ui/standardbuttons.h"
#include "ui/uitr.h"

#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Kezek {

ListExportDialog::ListExportDialog(CaseListSnapshot snapshot, Recorder record, QWidget *parent)
    : QDialog(parent)
    , m_snapshot(std::move(snapshot))
    , m_record(std::move(record))
{
    setObjectName(QStringLiteral("listExportDialog"));
    setWindowTitle(UiTr::tr("Export the list"));
    auto *what = new QLabel(
        UiTr::tr("%1: %n case(s)", nullptr, int(m_snapshot.rows.size())).arg(m_snapshot.list));
    what->setObjectName(QStringLiteral("exportWhat"));
    what->setWordWrap(true);
    m_format = new QComboBox;
    m_format->setObjectName(QStringLiteral("exportFormat"));
    m_format->addItem(UiTr::tr("XLSX, for Excel"), QStringLiteral("xlsx"));
    m_format->addItem(UiTr::tr("CSV, for scripts"), QStringLiteral("csv"));
    m_path = new QLineEdit;
    m_path->setObjectName(QStringLiteral("exportPath"));
    m_path->setAccessibleName(UiTr::tr("The export's file"));
    m_choose = new QPushButton(UiTr::tr("C&hoose…"));
    connect(m_choose, &QPushButton::clicked, this, &ListExportDialog::chooseFile);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(m_choose);
    auto *form = new QFormLayout;
    form->addRow(UiTr::tr("F&ormat:"), m_format);
    auto *fileLabel = new QLabel(UiTr::tr("&File:"));
    fileLabel->setBuddy(m_path);
    form->addRow(fileLabel, fileRow);

    m_note = new QLabel(UiTr::tr(
        "The list is written to a file outside the workstation's encrypted cache, with the "
        "applicants' names and documents' numbers: keep it where your office keeps such "
        "papers, and send it only to those the joint order names. The export is entered in "
        "the server's audit log: who, when, which list and how many cases."));
    m_note->setObjectName(QStringLiteral("exportNote"));
    m_note->setWordWrap(true);
    m_error = errorLine(QStringLiteral("exportError"));

    auto *buttons = new QDialogButtonBox;
    m_write = buttons->addButton(UiTr::tr("&Export"), QDialogButtonBox::AcceptRole);
    m_write->setObjectName(QStringLiteral("exportWrite"));
    m_write->setDefault(true);
    addCancelButton(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ListExportDialog::write);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(what);
    layout->addLayout(form);
    layout->addWidget(m_note);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(520);
}

void ListExportDialog::chooseFile()
{
    const QString id = m_format->currentData().toString();
    const QString proposed
        = m_path->text().isEmpty() ? FileFolders::startPath(
              FileFolders::Kind::Documents,
              UiTr::tr("cases-%1.%2").arg(QDate::currentDate().toString(Qt::ISODate), id))
                                   : m_path->text();
    const QString file
        = QFileDialog::getSaveFileName(this,
                                       UiTr::tr("Export the list"),
                                       proposed,
                                       UiTr::tr("%1 files (*.%2)").arg(id.toUpper(), id));
    if (file.isEmpty())
        return;
    FileFolders::remember(FileFolders::Kind::Documents, file);
    m_path->setText(file);
}

void ListExportDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

void ListExportDialog::write()
{
    m_error->hide();
    const auto format = checkPaperFormat(m_format->currentData().toString(),
                                         {QStringLiteral("csv"), QStringLiteral("xlsx")});
    if (!format) {
        showError(format.error().message);
        return;
    }
    const QString path = m_path->text().trimmed();
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
