#include "ui/pilotreportdialog.h"
#include "ui_pilotreportdialog.h"

#include "report/pilotreport.h"
#include "ui/dashboard.h"
#include "ui/filechoice.h"
#include "ui/inlinemessage.h"
#include "ui/oversightloader.h"
#include "ui/session.h"
#include "ui/standardbuttons.h"
#include "ui/uitr.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>

namespace Kezek {

PilotReportDialog::PilotReportDialog(Session &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_loader(new OversightLoader(
          session, [this](const Result<OversightFigures> &figures) { figuresRead(figures); }, this))
    , m_ui(std::make_unique<Ui::PilotReportDialog>())
{
    m_ui->setupUi(this);
    // The words are the workstation's (UiTr), the form is pilotreportdialog.ui.
    setWindowTitle(UiTr::tr("Pilot report"));
    m_from = m_ui->reportFrom;
    m_from->setAccessibleName(UiTr::tr("The period's first day"));
    m_to = m_ui->reportTo;
    m_to->setAccessibleName(UiTr::tr("The period's last day"));
    const auto [from, to] = Dashboard::defaultPeriod(session.desk->today());
    m_from->setDate(from);
    m_to->setDate(to);
    m_format = m_ui->reportFormat;
    m_format->addItem(UiTr::tr("PDF, with charts and tables"), QStringLiteral("pdf"));
    m_format->addItem(UiTr::tr("CSV, for scripts"), QStringLiteral("csv"));
    m_format->addItem(UiTr::tr("XLSX, for Excel"), QStringLiteral("xlsx"));
    m_language = m_ui->reportLanguage;
    m_language->addItem(QStringLiteral("Қазақша"), QStringLiteral("kk"));
    m_language->addItem(QStringLiteral("Русский"), QStringLiteral("ru"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(QLocale().name().left(2))));
    m_ui->fromLabel->setText(UiTr::tr("&From:"));
    m_ui->toLabel->setText(UiTr::tr("&To:"));
    m_ui->formatLabel->setText(UiTr::tr("F&ormat:"));
    m_ui->languageLabel->setText(UiTr::tr("&Language:"));
    m_ui->fileLabel->setText(UiTr::tr("&File:"));
    m_ui->file->setPathNames(QStringLiteral("reportPath"), UiTr::tr("The report's file"));
    m_ui->file->setSaveDialog(UiTr::tr("Save the pilot report"), [this] {
        const QString id = m_format->currentData().toString();
        return FileChoice::Proposal{
            UiTr::tr("pilot-report-%1-%2.%3")
                .arg(m_from->date().toString(Qt::ISODate), m_to->date().toString(Qt::ISODate), id),
            UiTr::tr("%1 files (*.%2)").arg(id.toUpper(), id)};
    });
    m_ui->reportNote->setText(UiTr::tr(
        "The report is written to a file outside the workstation's encrypted cache: keep it "
        "where your office keeps such papers, and send it only to those the joint order "
        "names. It holds figures and case numbers, not applicants' names."));
    m_error = m_ui->reportError;
    m_state = m_ui->reportState;
    m_busy = m_ui->reportBusy;
    m_busy->setAccessibleName(UiTr::tr("Writing the report"));
    m_busy->hide();

    m_write = m_ui->buttons->addButton(UiTr::tr("&Write the report"), QDialogButtonBox::AcceptRole);
    m_write->setObjectName(QStringLiteral("reportWrite"));
    m_write->setDefault(true);
    addCancelButton(m_ui->buttons);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &PilotReportDialog::write);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, [this] {
        if (!isBusy())
            reject();
    });
}

PilotReportDialog::~PilotReportDialog() = default;

QLineEdit *PilotReportDialog::pathField() const
{
    return m_ui->file->pathEdit();
}

bool PilotReportDialog::isBusy() const
{
    return !m_busy->isHidden();
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
    for (QWidget *field :
         std::initializer_list<QWidget *>{m_from, m_to, m_format, m_language, m_ui->file, m_write})
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
    if (m_ui->file->path().isEmpty()) {
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
    const QString path = m_ui->file->path();
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
