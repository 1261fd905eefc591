#include "ui/passworddialog.h"

#include "ui/standardbuttons.h"
#include "ui/uitr.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Kezek {

namespace {

constexpr int MinLength = 10; // as the server asks

} // namespace

PasswordDialog::PasswordDialog(Change change, const QString &why, QWidget *parent)
    : QDialog(parent)
    , m_change(std::move(change))
{
    setObjectName(QStringLiteral("changePassword"));
    setWindowTitle(UiTr::tr("Change password"));
    auto *layout = new QVBoxLayout(this);
    if (!why.isEmpty()) {
        auto *reason = new QLabel(why);
        reason->setWordWrap(true);
        layout->addWidget(reason);
    }
    auto *form = new QFormLayout;
    const auto field = [this, form](const QString &label, const char *name) {
        auto *edit = new QLineEdit;
        edit->setObjectName(QString::fromLatin1(name));
        edit->setEchoMode(QLineEdit::Password);
        form->addRow(label, edit);
        connect(edit, &QLineEdit::textChanged, this, &PasswordDialog::validate);
        return edit;
    };
    m_current = field(UiTr::tr("&Current password:"), "currentPassword");
    m_new = field(UiTr::tr("&New password:"), "newPassword");
    m_repeat = field(UiTr::tr("&Repeat it:"), "repeatedPassword");
    layout->addLayout(form);
    auto *hint = new QLabel(UiTr::tr("At least %1 characters, not your user name. Your other "
                                     "sessions end; this workstation's cache opens with the new "
                                     "password from now on, offline too.")
                                .arg(MinLength));
    hint->setWordWrap(true);
    layout->addWidget(hint);
    m_error = errorLine(QStringLiteral("passwordError"));
    layout->addWidget(m_error);
    layout->addStretch(); // a larger window keeps the fields together at the top
    auto *buttons = new QDialogButtonBox;
    m_ok = buttons->addButton(UiTr::tr("C&hange"), QDialogButtonBox::AcceptRole);
    addCancelButton(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &PasswordDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PasswordDialog::reject);
    layout->addWidget(buttons);
    validate();
    resize(std::max(460, sizeHint().width()), sizeHint().height());
}

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
