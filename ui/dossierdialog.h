#pragma once

#include "core/domain/case.h"
#include "core/domain/reasoncatalog.h"
#include "sync/casedesk.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace Kezek {

// The case dossier, printed or saved as PDF (issue 31, point 4): the paper
// leaves the encrypted cache, and the dialog says so.
class DossierDialog : public QDialog
{
    Q_OBJECT

public:
    DossierDialog(Case c, const ReasonCatalog &reasons, Account reader, QWidget *parent = nullptr);

    QLineEdit *pathField() const { return m_path; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *printButton() const { return m_print; }
    QLabel *errorText() const { return m_error; }
    QString writtenPath() const { return m_written; }

    // The PDF at the path given; accepted once it is whole.
    void savePdf();
    // The system's print dialog, then the printer.
    void print();

private:
    void chooseFile();
    void showError(const QString &message);

    Case m_case;
    const ReasonCatalog &m_reasons;
    Account m_reader;
    QLineEdit *m_path = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_print = nullptr;
    QLabel *m_error = nullptr;
    QString m_written;
};

} // namespace Kezek
