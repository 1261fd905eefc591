#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;

#include <memory>

namespace Kezek {

class InlineMessage;

namespace Ui {
class LockDialog;
}

// Why the screen is locked: the idle timer, or the officer's own Ctrl+L.
enum class LockCause { Idle, ByHand };

// The screen locked after the officer stepped away: only their password
// brings the work back; closing the dialog is not a way around it. At a
// shared desk a colleague may instead sign this officer out and sign in.
class LockDialog : public QDialog
{
    Q_OBJECT

public:
    // What exec() gives when the officer chose to sign out for another user.
    static constexpr int SignOut = 2;

    LockDialog(QString user, QByteArray passwordHash, LockCause cause, QWidget *parent = nullptr);
    ~LockDialog() override;
    void tryUnlock();
    void reject() override; // Escape does not unlock
    // A colleague takes the desk: this officer's session ends here (their
    // unsent work stays in their encrypted cache until they come back).
    void signOut() { done(SignOut); }

private:
    QByteArray m_hash;
    std::unique_ptr<Ui::LockDialog> m_ui; // the form, from lockdialog.ui
    QLineEdit *m_password = nullptr;
    InlineMessage *m_error = nullptr;
};

// A password verifier to keep in memory while the window is open.
QByteArray lockVerifier(const QString &password);

} // namespace Kezek
