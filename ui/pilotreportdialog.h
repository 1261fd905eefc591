#pragma once

#include "core/domain/oversight.h"
#include "core/result/result.h"
#include "ui/inlinemessage.h"

#include <QDialog>

#include <memory>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace Kezek {

struct Session;
class OversightLoader;

namespace Ui {
class PilotReportDialog;
}

// The pilot report written at the workstation (issue 30, point 2, "the same
// from the workstation"): for the supervisor's city or, for the ministry,
// every city, counted from the encrypted cache (offline too) and written by
// the one report renderer, whole or not at all. The file it writes is
// outside the cache's encryption, and the dialog says so.
class PilotReportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PilotReportDialog(Session &session, QWidget *parent = nullptr);
    ~PilotReportDialog() override;

    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }
    QComboBox *formatBox() const { return m_format; }
    QComboBox *languageBox() const { return m_language; }
    QLineEdit *pathField() const;
    QPushButton *writeButton() const { return m_write; }
    InlineMessage *errorText() const { return m_error; }
    bool isBusy() const;
    // The file written, once it is.
    QString writtenPath() const { return m_written; }

    // Counts and writes the report as the fields say; accepted once the
    // file is whole, or the error shown and nothing written.
    void write();

private:
    void setBusy(bool busy, const QString &what = {});
    void showError(const QString &message);
    void figuresRead(const Result<OversightFigures> &figures);

    Session &m_session;
    OversightLoader *m_loader = nullptr;
    std::unique_ptr<Ui::PilotReportDialog> m_ui; // the form, from pilotreportdialog.ui
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_format = nullptr;
    QComboBox *m_language = nullptr;
    InlineMessage *m_error = nullptr;
    QLabel *m_state = nullptr;
    QProgressBar *m_busy = nullptr;
    QPushButton *m_write = nullptr;
    QString m_written;
};

} // namespace Kezek
