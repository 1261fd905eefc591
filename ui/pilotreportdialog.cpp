#include "ui/pilotreportdialog.h"

#include "report/pilotreport.h"
#include "ui/dashboard.h"
#include "ui/dashboardparts.h"
#include "ui/filefolders.h"
#include "ui/inlinemessage.h"
#include "ui/oversightloader.h"
#include "ui/session.h"
#include "ui/standardbuttons.h"
#include "ui/uitr.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace Kezek {

PilotReportDialog::PilotReportDialog(Session &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_loader(new OversightLoader(
          session, [this](const Result<OversightFigures> &figures) { figuresRead(figures); }, this))
{
    setObjectName(QStringLiteral("pilotReportDialog"));
    setWindowTitle(UiTr::tr("Pilot report"));
    m_from = DashboardParts::dateEdit(QStringLiteral("reportFrom"),
                                      UiTr::tr("The period's first day"));
    m_to = DashboardParts::dateEdit(QStringLiteral("reportTo"), UiTr::tr("The period's last day"));
    const auto [from, to] = Dashboard::defaultPeriod(session.desk->today());
    m_from->setDate(from);
    m_to->setDate(to);
    m_format = new QComboBox;
    m_format->setObjectName(QStringLiteral("reportFormat"));
    m_format->addItem(UiTr::tr("PDF, with charts and tables"), QStringLiteral("pdf"));
    m_format->addItem(UiTr::tr("CSV, for scripts"), QStringLiteral("csv"));
    m_format->addItem(UiTr::tr("XLSX, for Excel"), QStringLiteral("xlsx"));
    m_language = new QComboBox;
    m_language->setObjectName(QStringLiteral("reportLanguage"));
    m_language->addItem(QStringLiteral("Қазақша"), QStringLiteral("kk"));
    m_language->addItem(QStringLiteral("Русский"), QStringLiteral("ru"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(QLocale().name().left(2))));
    m_path = new QLineEdit;
    m_path->setObjectName(QStringLiteral("reportPath"));
    m_path->setAccessibleName(UiTr::tr("The report's file"));
    m_choose = new QPushButton(UiTr::tr("C&hoose…"));
    connect(m_choose, &QPushButton::clicked, this, &PilotReportDialog::chooseFile);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(m_choose);

    auto *form = new QFormLayout;
    form->addRow(UiTr::tr("&From:"), m_from);
    form->addRow(UiTr::tr("&To:"), m_to);
    form->addRow(UiTr::tr("F&ormat:"), m_format);
    form->addRow(UiTr::tr("&Language:"), m_language);
    auto *fileLabel = new QLabel(UiTr::tr("&File:"));
    fileLabel->setBuddy(m_path);
    form->addRow(fileLabel, fileRow);

    auto *note = new QLabel(UiTr::tr(
        "The report is written to a file outside the workstation's encrypted cache: keep it "
        "where your office keeps such papers, and send it only to those the joint order "
        "names. It holds figures and case numbers, not applicants' names."));
    note->setObjectName(QStringLiteral("reportNote"));
    note->setWordWrap(true);
    m_error = errorLine(QStringLiteral("reportError"));
    m_state = new QLabel;
    m_busy = new QProgressBar;
    m_busy->setObjectName(QStringLiteral("reportBusy"));
    m_busy->setAccessibleName(UiTr::tr("Writing the report"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->hide();

    auto *buttons = new QDialogButtonBox;
    m_write = buttons->addButton(UiTr::tr("&Write the report"), QDialogButtonBox::AcceptRole);
    m_write->setObjectName(QStringLiteral("reportWrite"));
    m_write->setDefault(true);
    addCancelButton(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &PilotReportDialog::write);
    connect(buttons, &QDialogButtonBox::rejected, this, [this] {
        if (!isBusy())
            reject();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_error);
    layout->addWidget(m_state);
    layout->addWidget(m_busy);
    layout->addWidget(buttons);
    setMinimumWidth(520);
}

bool PilotReportDialog::isBusy() const
{
    return !m_busy->isHidden();
}

void PilotReportDialog::chooseFile()
{
    const QString id = m_format->currentData().toString();
    const QString proposed
        = m_path->text().isEmpty()
              ? FileFolders::startPath(FileFolders::Kind::Documents,
                                       UiTr::tr("pilot-report-%1-%2.%3")
                                           .arg(m_from->date().toString(Qt::ISODate),
                                                m_to->date().toString(Qt::ISODate),
                                                id))
              : m_path->text();
    const QString file
        = QFileDialog::getSaveFileName(this,
                                       UiTr::tr("Save the pilot report"),
                                       proposed,
                                       UiTr::tr("%1 files (*.%2)").arg(id.toUpper(), id));
    if (file.isEmpty())
        return;
    FileFolders::remember(FileFolders::Kind::Documents, file);
    m_path->setText(file);
}

void PilotReportDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

void PilotReportDialog::setBusy(bool busy, const QString &what)
{
    m_busy->setVisible(busy);
    m_state->setText(what);
    for (QWidget *field : std::initializer_list<QWidget *>{
             m_from, m_to, m_format, m_language, m_path, m_choose, m_write})
        field->setEnabled(!busy);
}

void PilotReportDialog::write()
{
    if (isBusy())
        return;
    m_error->clear();
    const OversightRequest request = m_loader->requestFor(m_from->date(), m_to->date());
    // What the law refuses, and a file not named, are said before anything is read.
    if (auto period = checkOversightPeriod(request, *m_session.law); !period) {
        showError(period.error().message);
        return;
    }
    if (m_path->text().trimmed().isEmpty()) {
        showError(UiTr::tr("Choose the file to write the report to."));
        return;
    }
    setBusy(true, UiTr::tr("Counting the cases in the cache…"));
    m_loader->load(request);
}

void PilotReportDialog::figuresRead(const Result<OversightFigures> &figures)
{
    if (!figures) {
        setBusy(false);
        showError(figures.error().message);
        return;
    }
    setBusy(true, UiTr::tr("Writing the file…"));
    repaint(); // the PDF's charts are drawn on this thread: say so first
    const QString id = m_format->currentData().toString();
    const auto format = Report::formatFromId(id).value_or(Report::Format::Pdf);
    const Report::ReportOptions options{m_language->currentData().toString(),
                                        QDateTime::currentDateTime(),
                                        &m_session.law->reasons()};
    const QString path = m_path->text().trimmed();
    // The renderer answers in the report's language while it works, and
    // leaves the window's own as it was.
    auto written = Report::writeReport(*figures, format, options, path);
    setBusy(false);
    if (!written) {
        showError(written.error().message);
        return;
    }
    m_written = path;
    accept();
}

} // namespace Kezek
