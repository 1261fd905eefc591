#include "ui/serversignindialog.h"

#include "ui/authenticationkeyfields.h"
#include "ui/standardbuttons.h"
#include "ui/uitr.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Kezek {

ServerSignInDialog::ServerSignInDialog(const WorkstationConfig &config,
                                       const QString &why,
                                       QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(UiTr::tr("Sign in to the server"));
    auto *layout = new QVBoxLayout(this);
    auto *text = new QLabel(why);
    text->setObjectName(QStringLiteral("text"));
    text->setWordWrap(true);
    layout->addWidget(text);
    auto *form = new QFormLayout;
    m_password = new QLineEdit;
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    auto *passwordLabel = new QLabel(UiTr::tr("&Password:"));
    passwordLabel->setBuddy(m_password);
    form->addRow(passwordLabel, m_password);
    m_fields = new AuthenticationKeyFields(config, form, this);
    layout->addLayout(form);
    m_error = errorLine(QStringLiteral("signInError"));
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox;
    addCancelButton(buttons);
    QPushButton *signIn = buttons->addButton(UiTr::tr("Sign &in"), QDialogButtonBox::AcceptRole);
    signIn->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &ServerSignInDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    m_fields->chainAfter(m_password);
    m_password->setFocus();
}

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
        m_error->show();
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
