#include "ui/passworddialog.h"
#include "ui_passworddialog.h"

#include "ui/inlinemessage.h"
#include "ui/standardbuttons.h"
#include "ui/uitr.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>

namespace Kezek {

namespace {

constexpr int MinLength = 10; // as the server asks

} // namespace

PasswordDialog::PasswordDialog(Change change, const QString &why, QWidget *parent)
    : QDialog(parent)
    , m_change(std::move(change))
    , m_ui(std::make_unique<Ui::PasswordDialog>())
{
    m_ui->setupUi(this);
    // The words are the workstation's (UiTr), the form is passworddialog.ui.
    setWindowTitle(UiTr::tr("Change password"));
    m_ui->reason->setText(why);
    m_ui->reason->setVisible(!why.isEmpty());
    m_ui->currentPasswordLabel->setText(UiTr::tr("&Current password:"));
    m_ui->newPasswordLabel->setText(UiTr::tr("&New password:"));
    m_ui->repeatedPasswordLabel->setText(UiTr::tr("&Repeat it:"));
    m_current = m_ui->currentPassword;
    m_new = m_ui->newPassword;
    m_repeat = m_ui->repeatedPassword;
    for (QLineEdit *edit : {m_current, m_new, m_repeat})
        connect(edit, &QLineEdit::textChanged, this, &PasswordDialog::validate);
    m_ui->hint->setText(UiTr::tr("At least %1 characters, not your user name. Your other "
                                 "sessions end; this workstation's cache opens with the new "
                                 "password from now on, offline too.")
                            .arg(MinLength));
    m_error = m_ui->passwordError;
    m_ok = m_ui->buttons->addButton(UiTr::tr("C&hange"), QDialogButtonBox::AcceptRole);
    addCancelButton(m_ui->buttons);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &PasswordDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &PasswordDialog::reject);
    validate();
    resize(std::max(460, sizeHint().width()), sizeHint().height());
}

PasswordDialog::~PasswordDialog() = default;

void PasswordDialog::setPasswords(const QString &current,
                                  const QString &replacement,
                                  const QString &repeated)
{
    m_current->setText(current);
    m_new->setText(replacement);
    m_repeat->setText(repeated);
}

QString PasswordDialog::errorText() const
{
    return m_error->isVisible() || !m_error->text().isEmpty() ? m_error->text() : QString();
}

void PasswordDialog::validate()
{
    QString problem;
    if (!m_new->text().isEmpty() && m_new->text().size() < MinLength)
        problem = UiTr::tr("The new password needs at least %1 characters.").arg(MinLength);
    else if (!m_repeat->text().isEmpty() && m_repeat->text() != m_new->text())
        problem = UiTr::tr("The two new passwords differ.");
    else if (!m_new->text().isEmpty() && m_new->text() == m_current->text())
        problem = UiTr::tr("The new password must differ from the current one.");
    m_error->setText(problem);
    m_error->setVisible(!problem.isEmpty());
    const bool ready = problem.isEmpty() && !m_current->text().isEmpty() && !m_new->text().isEmpty()
                       && m_repeat->text() == m_new->text();
    m_ok->setEnabled(ready);
    m_ok->setDefault(ready);
}

void PasswordDialog::accept()
{
    validate();
    if (!m_ok->isEnabled())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto changed = m_change(m_current->text(), m_new->text());
    QApplication::restoreOverrideCursor();
    if (!changed) {
        m_error->setText(changed.error().message);
        m_error->setVisible(true);
        return;
    }
    m_changed = m_new->text();
    QDialog::accept();
}

} // namespace Kezek
