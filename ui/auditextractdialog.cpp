#include "ui/auditextractdialog.h"
#include "ui_auditextractdialog.h"

#include "core/domain/papers.h"
#include "core/protocol/api.h"
#include "report/auditextract.h"
#include "ui/filechoice.h"
#include "ui/inlinemessage.h"
#include "ui/standardbuttons.h"
#include "ui/uitr.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>

namespace Kezek {

AuditExtractDialog::AuditExtractDialog(Fetcher fetch,
                                       const QString &openCaseNumber,
                                       QDate today,
                                       QWidget *parent)
    : QDialog(parent)
    , m_fetch(std::move(fetch))
    , m_ui(std::make_unique<Ui::AuditExtractDialog>())
{
    m_ui->setupUi(this);
    // The words are the workstation's (UiTr), the form is auditextractdialog.ui.
    setWindowTitle(UiTr::tr("Audit extract"));
    m_ofCase = m_ui->auditOfCase;
    m_ofCase->setText(UiTr::tr("Of &one case:"));
    m_case = m_ui->auditCase;
    m_case->setText(openCaseNumber);
    m_case->setAccessibleName(UiTr::tr("The case's number"));
    m_ofPeriod = m_ui->auditOfPeriod;
    m_ofPeriod->setText(UiTr::tr("Of a &period:"));
    m_from = m_ui->auditFrom;
    m_from->setAccessibleName(UiTr::tr("The period's first day"));
    m_to = m_ui->auditTo;
    m_to->setAccessibleName(UiTr::tr("The period's last day"));
    m_ui->periodTo->setText(UiTr::tr("to"));
    m_from->setDate(today.addDays(-30));
    m_to->setDate(today);
    (openCaseNumber.isEmpty() ? m_ofPeriod : m_ofCase)->setChecked(true);
    m_format = m_ui->auditFormat;
    m_format->addItem(UiTr::tr("PDF, to print"), QStringLiteral("pdf"));
    m_format->addItem(UiTr::tr("CSV, for scripts"), QStringLiteral("csv"));
    m_ui->formatLabel->setText(UiTr::tr("F&ormat:"));
    m_ui->fileLabel->setText(UiTr::tr("&File:"));
    m_ui->file->setPathNames(QStringLiteral("auditPath"), UiTr::tr("The extract's file"));
    m_ui->file->setSaveDialog(UiTr::tr("Save the audit extract"), [this] {
        const QString id = m_format->currentData().toString();
        return FileChoice::Proposal{UiTr::tr("audit-extract.%1").arg(id),
                                    UiTr::tr("%1 files (*.%2)").arg(id.toUpper(), id)};
    });
    m_ui->auditNote->setText(UiTr::tr(
        "The server reads its audit log (online only) and enters this reading in it. The file "
        "is written outside the workstation's encrypted cache: give it only to the inspector "
        "who asked for it."));
    m_error = m_ui->auditError;
    m_write
        = m_ui->buttons->addButton(UiTr::tr("&Write the extract"), QDialogButtonBox::AcceptRole);
    m_write->setObjectName(QStringLiteral("auditWrite"));
    m_write->setDefault(true);
    addCancelButton(m_ui->buttons);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &AuditExtractDialog::write);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

AuditExtractDialog::~AuditExtractDialog() = default;

QLineEdit *AuditExtractDialog::pathField() const
{
    return m_ui->file->pathEdit();
}

void AuditExtractDialog::showError(const QString &message)
{
    m_error->setText(message);
}

Result<QString> AuditExtractDialog::requestPath() const
{
    if (m_ofCase->isChecked()) {
        const QString number = m_case->text().trimmed();
        if (number.isEmpty())
            return fail(QStringLiteral("audit.case-missing"),
                        UiTr::tr("Type the number of the case whose audit entries to extract."));
        return Api::auditCasePath(number);
    }
    if (auto period = checkAuditPeriod(m_from->date(), m_to->date()); !period)
        return std::unexpected(period.error());
    return Api::auditPeriodPath(m_from->date(), m_to->date());
}

void AuditExtractDialog::write()
{
    m_error->clear();
    const QString format = m_format->currentData().toString();
    if (auto known = checkPaperFormat(format, {QStringLiteral("csv"), QStringLiteral("pdf")});
        !known) {
        showError(known.error().message);
        return;
    }
    const auto path = requestPath();
    if (!path) {
        showError(path.error().message);
        return;
    }
    const QString file = m_ui->file->path();
    if (file.isEmpty()) {
        showError(UiTr::tr("Choose the file to write the extract to."));
        return;
    }
    const auto answer = m_fetch(*path);
    if (!answer) {
        showError(answer.error().message);
        return;
    }
    const auto extract = Report::auditExtractFromJson(*answer);
    if (!extract) {
        showError(extract.error().message);
        return;
    }
    // The window's language: the extract reads as the screen does.
    if (auto written = Report::writeAuditExtract(
            *extract, format, QLocale().name().left(2), QDateTime::currentDateTimeUtc(), file);
        !written) {
        showError(written.error().message);
        return;
    }
    m_entries = extract->entries.size();
    m_written = file;
    accept();
}

} // namespace Kezek
