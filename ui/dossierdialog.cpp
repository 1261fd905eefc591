#include "ui/dossierdialog.h"
#include "ui_dossierdialog.h"

#include "ui/casedossier.h"
#include "ui/filechoice.h"
#include "ui/inlinemessage.h"
#include "ui/printeddocument.h"
#include "ui/standardbuttons.h"
#include "ui/uitr.h"

#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>

namespace Kezek {

DossierDialog::DossierDialog(Case c, const ReasonCatalog &reasons, Account reader, QWidget *parent)
    : QDialog(parent)
    , m_case(std::move(c))
    , m_reasons(reasons)
    , m_reader(std::move(reader))
    , m_ui(std::make_unique<Ui::DossierDialog>())
{
    m_ui->setupUi(this);
    // The words are the workstation's (UiTr), the form is dossierdialog.ui.
    setWindowTitle(dossierTitle(m_case));
    m_ui->dossierNote->setText(UiTr::tr(
        "The dossier holds the applicant's personal data, the documents' verdicts, the signed "
        "decisions and the history. Printed or saved, it leaves the workstation's encrypted "
        "cache: keep it where your office keeps case files."));
    m_ui->fileLabel->setText(UiTr::tr("&File:"));
    m_ui->file->setPathNames(QStringLiteral("dossierPath"), UiTr::tr("The dossier's PDF file"));
    m_ui->file->setSaveDialog(UiTr::tr("Save the case dossier"), [this] {
        return FileChoice::Proposal{UiTr::tr("dossier-%1.pdf").arg(m_case.number),
                                    UiTr::tr("PDF files (*.pdf)")};
    });
    m_error = m_ui->dossierError;
    m_save = m_ui->buttons->addButton(UiTr::tr("&Save as PDF"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("dossierSave"));
    m_save->setDefault(true);
    m_print = m_ui->buttons->addButton(UiTr::tr("&Print…"), QDialogButtonBox::ActionRole);
    m_print->setObjectName(QStringLiteral("dossierPrint"));
    addCancelButton(m_ui->buttons);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &DossierDialog::savePdf);
    connect(m_print, &QPushButton::clicked, this, &DossierDialog::print);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

DossierDialog::~DossierDialog() = default;

QLineEdit *DossierDialog::pathField() const
{
    return m_ui->file->pathEdit();
}

void DossierDialog::showError(const QString &message)
{
    m_error->setText(message);
}

void DossierDialog::savePdf()
{
    m_error->clear();
    const QString path = m_ui->file->path();
    if (path.isEmpty()) {
        showError(UiTr::tr("Choose the file to save the dossier to."));
        return;
    }
    if (auto saved = saveDossierPdf(m_case, m_reasons, m_reader, path); !saved) {
        showError(saved.error().message);
        return;
    }
    m_written = path;
    accept();
}

void DossierDialog::print()
{
    m_error->clear();
    auto printed
        = printThroughDialog(this, dossierHtml(m_case, m_reasons, m_reader), dossierTitle(m_case));
    if (!printed) {
        showError(printed.error().message);
        return;
    }
    if (*printed)
        accept();
}

} // namespace Kezek
