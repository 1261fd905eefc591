#pragma once

#include "core/result/result.h"

#include <QDialog>

#include <functional>
#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;

namespace Kezek {

class InlineMessage;

namespace Ui {
class PasswordDialog;
}

// The officer's own password, changed: the current one, the new one twice.
// `change` asks the server and re-seals the cache; what it says goes under
// the fields, and the dialog stays open for another try.
class PasswordDialog : public QDialog
{
    Q_OBJECT

public:
    using Change = std::function<Result<void>(const QString &current, const QString &replacement)>;

    PasswordDialog(Change change, const QString &why, QWidget *parent = nullptr);
    ~PasswordDialog() override;

    void setPasswords(const QString &current, const QString &replacement, const QString &repeated);
    QString errorText() const;
    QString newPassword() const { return m_changed; }
    void accept() override;

private:
    void validate();

    Change m_change;
    std::unique_ptr<Ui::PasswordDialog> m_ui; // the form, from passworddialog.ui
    QLineEdit *m_current = nullptr;
    QLineEdit *m_new = nullptr;
    QLineEdit *m_repeat = nullptr;
    InlineMessage *m_error = nullptr;
    QPushButton *m_ok = nullptr;
    QString m_changed;
};

} // namespace Kezek
