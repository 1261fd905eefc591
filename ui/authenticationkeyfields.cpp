#include "ui/authenticationkeyfields.h"

#include "sync/synclog.h"
#include "ui/filefolders.h"
#include "ui/uitr.h"

#include <QButtonGroup>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QToolButton>

namespace Kezek {

AuthenticationKeyFields::AuthenticationKeyFields(const WorkstationConfig &config,
                                                 QFormLayout *form,
                                                 QWidget *parent)
    : QObject(parent)
    , m_module(config.pkcs11Module)
{
    if (m_module.isEmpty()) {
        addFileRows(config.authenticationKeyFile, form, parent);
        return;
    }
    // A site with tokens: the key on the token by default, and a key file
    // for an officer whose authentication key is one.
    m_fileChoice = new QRadioButton(UiTr::tr("Key file"), parent);
    m_fileChoice->setObjectName(QStringLiteral("authenticationKeyOnFile"));
    m_tokenChoice = new QRadioButton(UiTr::tr("Key on a token"), parent);
    m_tokenChoice->setObjectName(QStringLiteral("authenticationKeyOnToken"));
    auto *group = new QButtonGroup(this);
    group->addButton(m_fileChoice);
    group->addButton(m_tokenChoice);
    m_tokenChoice->setChecked(true);
    auto *choices = new QHBoxLayout;
    choices->addWidget(m_tokenChoice);
    choices->addWidget(m_fileChoice);
    choices->addStretch();
    auto *choiceLabel = new QLabel(UiTr::tr("Authentication key:"), parent);
    form->addRow(choiceLabel, choices);
    m_pin = new QLineEdit(parent);
    m_pin->setObjectName(QStringLiteral("tokenPin"));
    m_pin->setEchoMode(QLineEdit::Password);
    auto *label = new QLabel(UiTr::tr("&Token PIN:"), parent);
    label->setBuddy(m_pin);
    m_pin->setToolTip(UiTr::tr("The PIN of the token that holds your authentication key"));
    form->addRow(label, m_pin);
    m_tokenWidgets = {label, m_pin};
    addFileRows(config.authenticationKeyFile, form, parent);
    m_fileWidgets = m_widgets;
    m_widgets = QList<QWidget *>{choiceLabel, m_tokenChoice, m_fileChoice} + m_tokenWidgets
                + m_fileWidgets;
    m_fields = QList<QWidget *>{m_tokenChoice, m_fileChoice, m_pin} + m_fields;
    connect(m_tokenChoice, &QRadioButton::toggled, this, &AuthenticationKeyFields::showChoice);
    showChoice();
}

bool AuthenticationKeyFields::onToken() const
{
    return m_tokenChoice && m_tokenChoice->isChecked();
}

void AuthenticationKeyFields::showChoice()
{
    if (!m_tokenChoice)
        return;
    for (QWidget *widget : std::as_const(m_tokenWidgets))
        widget->setVisible(m_visible && onToken());
    for (QWidget *widget : std::as_const(m_fileWidgets))
        widget->setVisible(m_visible && !onToken());
}

void AuthenticationKeyFields::addFileRows(const QString &keyFile,
                                          QFormLayout *form,
                                          QWidget *parent)
{
    m_file = new QLineEdit(keyFile, parent);
    m_file->setObjectName(QStringLiteral("authenticationKeyFile"));
    auto *browse = new QToolButton(parent);
    browse->setObjectName(QStringLiteral("chooseAuthenticationKey"));
    browse->setText(UiTr::tr("&Browse…"));
    connect(browse, &QToolButton::clicked, this, [this, parent] {
        const QString file
            = QFileDialog::getOpenFileName(parent,
                                           UiTr::tr("Your authentication key"),
                                           FileFolders::startFolder(FileFolders::Kind::Keys),
                                           UiTr::tr("PKCS#12 keys (*.p12 *.pfx)"));
        FileFolders::remember(FileFolders::Kind::Keys, file);
        if (!file.isEmpty())
            m_file->setText(file);
    });
    auto *row = new QHBoxLayout;
    row->addWidget(m_file);
    row->addWidget(browse);
    auto *fileLabel = new QLabel(UiTr::tr("Authentication &key:"), parent);
    fileLabel->setBuddy(m_file);
    form->addRow(fileLabel, row);
    m_password = new QLineEdit(parent);
    m_password->setObjectName(QStringLiteral("authenticationKeyPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    auto *passwordLabel = new QLabel(UiTr::tr("Key pass&word:"), parent);
    passwordLabel->setBuddy(m_password);
    form->addRow(passwordLabel, m_password);
    m_widgets = {fileLabel, m_file, browse, passwordLabel, m_password};
    m_fields = {m_file, browse, m_password};
}

bool AuthenticationKeyFields::given() const
{
    if (!m_visible)
        return false;
    // A remembered file alone is not a key given: offline, the password
    // alone opens the cache.
    return onToken() ? !m_pin->text().isEmpty()
                     : !m_file->text().trimmed().isEmpty() && !m_password->text().isEmpty();
}

Result<SignInKey> AuthenticationKeyFields::key()
{
    Result<SignInKey> made = onToken()
                                 ? signInKeyOnToken(m_module, m_pin->text())
                                 : signInKeyFromFile(m_file->text().trimmed(), m_password->text());
    // Neither the PIN nor the key's password stays in the form.
    (onToken() ? m_pin : m_password)->clear();
    if (!made)
        qCWarning(lcSigning).noquote()
            << "the authentication key" << (onToken() ? "on the token" : "in the file")
            << "did not open:" << made.error().code;
    return made;
}

QString AuthenticationKeyFields::keyFile() const
{
    return m_file ? m_file->text().trimmed() : QString();
}

void AuthenticationKeyFields::setVisible(bool visible)
{
    m_visible = visible;
    for (QWidget *widget : std::as_const(m_widgets))
        widget->setVisible(visible);
    showChoice();
}

QWidget *AuthenticationKeyFields::firstField() const
{
    return onToken() ? static_cast<QWidget *>(m_pin) : m_file;
}

void AuthenticationKeyFields::chainAfter(QWidget *previous) const
{
    for (QWidget *field : m_fields) {
        QWidget::setTabOrder(previous, field);
        previous = field;
    }
}

} // namespace Kezek
