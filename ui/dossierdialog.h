#pragma once

#include "core/domain/case.h"
#include "core/domain/reasoncatalog.h"
#include "sync/casedesk.h"
#include "ui/inlinemessage.h"

#include <QDialog>

#include <memory>

class QLineEdit;
class QPushButton;

namespace Kezek {

namespace Ui {
class DossierDialog;
}

// The case dossier, printed or saved as PDF (issue 31, point 4): the paper
// leaves the encrypted cache, and the dialog says so.
class DossierDialog : public QDialog
{
    Q_OBJECT

public:
    DossierDialog(Case c, const ReasonCatalog &reasons, Account reader, QWidget *parent = nullptr);
    ~DossierDialog() override;

    QLineEdit *pathField() const;
    QPushButton *saveButton() const { return m_save; }
    QPushButton *printButton() const { return m_print; }
    InlineMessage *errorText() const { return m_error; }
    QString writtenPath() const { return m_written; }

    // The PDF at the path given; accepted once it is whole.
    void savePdf();
    // The system's print dialog, then the printer.
    void print();

private:
    void showError(const QString &message);

    Case m_case;
    const ReasonCatalog &m_reasons;
    Account m_reader;
    std::unique_ptr<Ui::DossierDialog> m_ui; // the form, from dossierdialog.ui
    QPushButton *m_save = nullptr;
    QPushButton *m_print = nullptr;
    InlineMessage *m_error = nullptr;
    QString m_written;
};

} // namespace Kezek
