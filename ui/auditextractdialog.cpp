#include "ui/auditextractdialog.h"

#include "core/domain/papers.h"
#include "core/protocol/api.h"
#include "report/auditextract.h"
#include "ui/dashboardparts.h"
#include "ui/filefolders.h"
#include "ui/standardbuttons.h"
#include "ui/uitr.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace Kezek {

AuditExtractDialog::AuditExtractDialog(Fetcher fetch,
                                       const QString &openCaseNumber,
                                       QDate today,
                                       QWidget *parent)
    : QDialog(parent)
    , m_fetch(std::move(fetch))
{
    setObjectName(QStringLiteral("auditExtractDialog"));
    setWindowTitle(UiTr::tr("Audit extract"));
    m_ofCase = new QRadioButton(UiTr::tr("Of &one case:"));
    m_ofCase->setObjectName(QStringLiteral("auditOfCase"));
    m_case = new QLineEdit(openCaseNumber);
    m_case->setObjectName(QStringLiteral("auditCase"));
    m_case->setAccessibleName(UiTr::tr("The case's number"));
    m_ofPeriod = new QRadioButton(UiTr::tr("Of a &period:"));
    m_ofPeriod->setObjectName(QStringLiteral("auditOfPeriod"));
    m_from
        = DashboardParts::dateEdit(QStringLiteral("auditFrom"), UiTr::tr("The period's first day"));
    m_to = DashboardParts::dateEdit(QStringLiteral("auditTo"), UiTr::tr("The period's last day"));
    m_from->setDate(today.addDays(-30));
    m_to->setDate(today);
    (openCaseNumber.isEmpty() ? m_ofPeriod : m_ofCase)->setChecked(true);
    m_format = new QComboBox;
    m_format->setObjectName(QStringLiteral("auditFormat"));
    m_format->addItem(UiTr::tr("PDF, to print"), QStringLiteral("pdf"));
    m_format->addItem(UiTr::tr("CSV, for scripts"), QStringLiteral("csv"));
    m_path = new QLineEdit;
    m_path->setObjectName(QStringLiteral("auditPath"));
    m_path->setAccessibleName(UiTr::tr("The extract's file"));
    auto *choose = new QPushButton(UiTr::tr("C&hoose…"));
    connect(choose, &QPushButton::clicked, this, &AuditExtractDialog::chooseFile);

    auto *period = new QHBoxLayout;
    period->addWidget(m_from);
    period->addWidget(new QLabel(UiTr::tr("to")));
    period->addWidget(m_to);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(choose);
    auto *form = new QFormLayout;
    form->addRow(m_ofCase, m_case);
    form->addRow(m_ofPeriod, period);
    form->addRow(UiTr::tr("F&ormat:"), m_format);
    auto *fileLabel = new QLabel(UiTr::tr("&File:"));
    fileLabel->setBuddy(m_path);
    form->addRow(fileLabel, fileRow);

    auto *note = new QLabel(UiTr::tr(
        "The server reads its audit log (online only) and enters this reading in it. The file "
        "is written outside the workstation's encrypted cache: give it only to the inspector "
        "who asked for it."));
    note->setObjectName(QStringLiteral("auditNote"));
    note->setWordWrap(true);
    m_error = errorLine(QStringLiteral("auditError"));
    auto *buttons = new QDialogButtonBox;
    m_write = buttons->addButton(UiTr::tr("&Write the extract"), QDialogButtonBox::AcceptRole);
    m_write->setObjectName(QStringLiteral("auditWrite"));
    m_write->setDefault(true);
    addCancelButton(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &AuditExtractDialog::write);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(520);
}

void AuditExtractDialog::chooseFile()
{
    const QString id = m_format->currentData().toString();
    const QString proposed = m_path->text().isEmpty() ? FileFolders::startPath(
                                 FileFolders::Kind::Documents, UiTr::tr("audit-extract.%1").arg(id))
                                                      : m_path->text();
    const QString file
        = QFileDialog::getSaveFileName(this,
                                       UiTr::tr("Save the audit extract"),
                                       proposed,
                                       UiTr::tr("%1 files (*.%2)").arg(id.toUpper(), id));
    if (file.isEmpty())
        return;
    FileFolders::remember(FileFolders::Kind::Documents, file);
    m_path->setText(file);
}

void AuditExtractDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
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
    m_error->hide();
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
    const QString file = m_path->text().trimmed();
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
