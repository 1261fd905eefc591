#include "ui/serversignindialog.h"
#include "ui_serversignindialog.h"

#include "ui/authenticationkeyfields.h"
#include "ui/inlinemessage.h"
#include "ui/standardbuttons.h"
#include "ui/uitr.h"

#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>

namespace Kezek {

ServerSignInDialog::ServerSignInDialog(const WorkstationConfig &config,
                                       const QString &why,
                                       QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ServerSignInDialog>())
{
    m_ui->setupUi(this);
    // The words are the workstation's (UiTr), the form is serversignindialog.ui.
    setWindowTitle(UiTr::tr("Sign in to the server"));
    m_ui->text->setText(why);
    m_ui->passwordLabel->setText(UiTr::tr("&Password:"));
    m_password = m_ui->password;
    m_fields = new AuthenticationKeyFields(config, m_ui->form, this);
    m_error = m_ui->signInError;
    addCancelButton(m_ui->buttons);
    QPushButton *signIn
        = m_ui->buttons->addButton(UiTr::tr("Sign &in"), QDialogButtonBox::AcceptRole);
    signIn->setDefault(true);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &ServerSignInDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_fields->chainAfter(m_password);
    m_password->setFocus();
}

ServerSignInDialog::~ServerSignInDialog() = default;

QString ServerSignInDialog::password() const
{
    return m_password->text();
}

QString ServerSignInDialog::keyFile() const
{
    return m_fields->keyFile();
}

void ServerSignInDialog::accept()
{
    const auto refuse = [this](const QString &message) {
        m_error->setText(message);
    };
    if (m_password->text().isEmpty() || !m_fields->given()) {
        refuse(m_fields->onToken()
                   ? UiTr::tr("Enter your password and your token's PIN.")
                   : UiTr::tr("Enter your password, and choose your authentication key and "
                              "enter its password."));
        return;
    }
    auto key = m_fields->key();
    if (!key) {
        refuse(key.error().message);
        return;
    }
    m_key = std::move(*key);
    QDialog::accept();
}

} // namespace Kezek
