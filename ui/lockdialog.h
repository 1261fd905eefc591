#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;

#include <memory>

namespace Kezek {

namespace Ui {
class LockDialog;
}

// The screen locked after the officer stepped away: only their password
// brings the work back; closing the dialog is not a way around it.
class LockDialog : public QDialog
{
    Q_OBJECT

public:
    LockDialog(QString user, QByteArray passwordHash, QWidget *parent = nullptr);
    ~LockDialog() override;
    void tryUnlock();
    void reject() override; // Escape does not unlock

private:
    QByteArray m_hash;
    std::unique_ptr<Ui::LockDialog> m_ui; // the form, from lockdialog.ui
    QLineEdit *m_password = nullptr;
    QLabel *m_error = nullptr;
};

// A password verifier to keep in memory while the window is open.
QByteArray lockVerifier(const QString &password);

} // namespace Kezek
