#include "ui/dossierdialog.h"

#include "ui/casedossier.h"
#include "ui/filefolders.h"
#include "ui/printeddocument.h"
#include "ui/standardbuttons.h"
#include "ui/uitr.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Kezek {

DossierDialog::DossierDialog(Case c, const ReasonCatalog &reasons, Account reader, QWidget *parent)
    : QDialog(parent)
    , m_case(std::move(c))
    , m_reasons(reasons)
    , m_reader(std::move(reader))
{
    setObjectName(QStringLiteral("dossierDialog"));
    setWindowTitle(dossierTitle(m_case));
    auto *note = new QLabel(UiTr::tr(
        "The dossier holds the applicant's personal data, the documents' verdicts, the signed "
        "decisions and the history. Printed or saved, it leaves the workstation's encrypted "
        "cache: keep it where your office keeps case files."));
    note->setObjectName(QStringLiteral("dossierNote"));
    note->setWordWrap(true);
    m_path = new QLineEdit;
    m_path->setObjectName(QStringLiteral("dossierPath"));
    m_path->setAccessibleName(UiTr::tr("The dossier's PDF file"));
    auto *choose = new QPushButton(UiTr::tr("C&hoose…"));
    connect(choose, &QPushButton::clicked, this, &DossierDialog::chooseFile);
    auto *fileLabel = new QLabel(UiTr::tr("&File:"));
    fileLabel->setBuddy(m_path);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(fileLabel);
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(choose);
    m_error = errorLine(QStringLiteral("dossierError"));

    auto *buttons = new QDialogButtonBox;
    m_save = buttons->addButton(UiTr::tr("&Save as PDF"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("dossierSave"));
    m_save->setDefault(true);
    m_print = buttons->addButton(UiTr::tr("&Print…"), QDialogButtonBox::ActionRole);
    m_print->setObjectName(QStringLiteral("dossierPrint"));
    addCancelButton(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &DossierDialog::savePdf);
    connect(m_print, &QPushButton::clicked, this, &DossierDialog::print);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addLayout(fileRow);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(520);
}

void DossierDialog::chooseFile()
{
    const QString proposed
        = m_path->text().isEmpty() ? FileFolders::startPath(
              FileFolders::Kind::Documents, UiTr::tr("dossier-%1.pdf").arg(m_case.number))
                                   : m_path->text();
    const QString file = QFileDialog::getSaveFileName(
        this, UiTr::tr("Save the case dossier"), proposed, UiTr::tr("PDF files (*.pdf)"));
    if (file.isEmpty())
        return;
    FileFolders::remember(FileFolders::Kind::Documents, file);
    m_path->setText(file);
}

void DossierDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

void DossierDialog::savePdf()
{
    m_error->hide();
    const QString path = m_path->text().trimmed();
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
    m_error->hide();
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
