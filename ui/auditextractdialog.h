#pragma once

#include "core/result/result.h"
#include "ui/inlinemessage.h"

#include <QDate>
#include <QDialog>
#include <QJsonObject>

#include <functional>
#include <memory>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace Kezek {

namespace Ui {
class AuditExtractDialog;
}

// The audit extract for an inspector (issue 31, point 4), at the workstation
// of the ministry's reviewer or a city's supervisor: the server's entries on
// one case or in a period, read online (the server enters the reading in its
// log) and written as CSV or PDF in the window's language, whole or not at
// all. A reversed period, or a case not named, is refused before the server
// is asked.
class AuditExtractDialog : public QDialog
{
    Q_OBJECT

public:
    // Asks the server for the extract at an API path.
    using Fetcher = std::function<Result<QJsonObject>(const QString &path)>;

    AuditExtractDialog(Fetcher fetch,
                       const QString &openCaseNumber,
                       QDate today,
                       QWidget *parent = nullptr);
    ~AuditExtractDialog() override;

    QRadioButton *caseChoice() const { return m_ofCase; }
    QRadioButton *periodChoice() const { return m_ofPeriod; }
    QLineEdit *caseField() const { return m_case; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }
    QComboBox *formatBox() const { return m_format; }
    QLineEdit *pathField() const;
    QPushButton *writeButton() const { return m_write; }
    InlineMessage *errorText() const { return m_error; }
    QString writtenPath() const { return m_written; }
    qsizetype entriesWritten() const { return m_entries; }

    void write();

private:
    void showError(const QString &message);
    // The API path the fields ask for, or why they cannot be asked.
    Result<QString> requestPath() const;

    Fetcher m_fetch;
    std::unique_ptr<Ui::AuditExtractDialog> m_ui; // the form, from auditextractdialog.ui
    QRadioButton *m_ofCase = nullptr;
    QRadioButton *m_ofPeriod = nullptr;
    QLineEdit *m_case = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_format = nullptr;
    InlineMessage *m_error = nullptr;
    QPushButton *m_write = nullptr;
    QString m_written;
    qsizetype m_entries = 0;
};

} // namespace Kezek
