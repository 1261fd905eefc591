#include "ui/signingkeyfields.h"

#include "core/security/signatures.h"
#include "core/security/tokens.h"
#include "sync/synclog.h"
#include "ui/filefolders.h"
#include "ui/uitr.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QSettings>
#include <QToolButton>

namespace Kezek {

namespace {

// The officer's last choice of file or token, per user on this workstation.
QString choiceKey(const QString &user)
{
    return QStringLiteral("signing/token-chosen/") + user;
}

// The token's certificate the officer chose last, per user on this workstation.
QString holderKey(const QString &user)
{
    return QStringLiteral("signing/token-iin/") + user;
}

// What was typed, gone from the field and from the field's undo history.
void wipe(QLineEdit *field)
{
    field->clear();
    field->setText(QString());
}

} // namespace

SigningKeyFields::SigningKeyFields(SigningSetup setup, QWidget *parent)
    : QWidget(parent)
    , m_setup(std::move(setup))
{
    m_form = new QFormLayout(this);
    m_form->setContentsMargins(0, 0, 0, 0);
    if (!m_setup.tokenModule.isEmpty()) {
        m_fileChoice = new QRadioButton(UiTr::tr("Key &file"));
        m_fileChoice->setObjectName(QStringLiteral("keyOnFile"));
        m_tokenChoice = new QRadioButton(UiTr::tr("Key on a &token"));
        m_tokenChoice->setObjectName(QStringLiteral("keyOnToken"));
        auto *group = new QButtonGroup(this);
        group->addButton(m_fileChoice);
        group->addButton(m_tokenChoice);
        auto *choices = new QHBoxLayout;
        choices->addWidget(m_fileChoice);
        choices->addWidget(m_tokenChoice);
        choices->addStretch();
        m_form->addRow(UiTr::tr("Signing key:"), choices);
    }

    m_keyFile = new QLineEdit(m_setup.keyFile);
    m_keyFile->setObjectName(QStringLiteral("keyFile"));
    auto *browse = new QToolButton;
    browse->setText(UiTr::tr("Choose…"));
    connect(browse, &QToolButton::clicked, this, [this] {
        const QString current = m_keyFile->text();
        const QString start = !current.isEmpty() && QFileInfo(current).isFile()
                                  ? current
                                  : FileFolders::startFolder(FileFolders::Kind::Keys);
        const QString file = QFileDialog::getOpenFileName(
            this, UiTr::tr("Your signing key"), start, UiTr::tr("PKCS#12 keys (*.p12 *.pfx)"));
        FileFolders::remember(FileFolders::Kind::Keys, file);
        if (!file.isEmpty())
            m_keyFile->setText(file);
    });
    auto *row = new QHBoxLayout;
    row->addWidget(m_keyFile);
    row->addWidget(browse);
    m_keyFileRow = row;
    auto *keyLabel = new QLabel(UiTr::tr("Signing &key:"));
    keyLabel->setBuddy(m_keyFile);
    m_form->addRow(keyLabel, row);
    m_keyPassword = new QLineEdit;
    m_keyPassword->setObjectName(QStringLiteral("keyPassword"));
    m_keyPassword->setEchoMode(QLineEdit::Password);
    m_form->addRow(UiTr::tr("Key pass&word:"), m_keyPassword);

    if (m_tokenChoice) {
        m_certificates = new QComboBox;
        m_certificates->setObjectName(QStringLiteral("tokenCertificate"));
        m_form->addRow(UiTr::tr("&Certificate:"), m_certificates);
        m_pin = new QLineEdit;
        m_pin->setObjectName(QStringLiteral("tokenPin"));
        m_pin->setEchoMode(QLineEdit::Password);
        m_form->addRow(UiTr::tr("Token &PIN:"), m_pin);
        const bool token = QSettings().value(choiceKey(m_setup.user), false).toBool();
        (token ? m_tokenChoice : m_fileChoice)->setChecked(true);
        connect(m_tokenChoice, &QRadioButton::toggled, this, [this](bool on) {
            QSettings().setValue(choiceKey(m_setup.user), on);
            showChoice();
        });
    }
    showChoice();
}

SigningKeyFields::~SigningKeyFields() = default;

bool SigningKeyFields::tokenChosen() const
{
    return m_tokenChoice && m_tokenChoice->isChecked();
}

void SigningKeyFields::chooseToken(bool token)
{
    if (m_tokenChoice)
        (token ? m_tokenChoice : m_fileChoice)->setChecked(true);
}

void SigningKeyFields::showChoice()
{
    const bool token = tokenChosen();
    m_form->setRowVisible(m_keyFileRow, !token);
    m_form->setRowVisible(m_keyPassword, !token);
    if (!m_tokenChoice)
        return;
    m_form->setRowVisible(m_certificates, token);
    m_form->setRowVisible(m_pin, token);
    if (token && m_certificates->count() == 0)
        listTokenCertificates();
}

void SigningKeyFields::listTokenCertificates()
{
    m_certificates->clear();
    if (!m_module) {
        auto module = TokenModule::open(m_setup.tokenModule);
        if (!module) {
            m_certificates->setPlaceholderText(module.error().message);
            return;
        }
        m_module = std::make_unique<TokenModule>(std::move(*module));
    }
    const auto listed = m_module->certificates();
    if (!listed) {
        m_certificates->setPlaceholderText(listed.error().message);
        return;
    }
    // One entry per holder: the token picks among a holder's renewed
    // certificates itself (the one valid longest).
    QStringList holders;
    for (const TokenCertificate &certificate : *listed) {
        if (!certificate.signsActs || certificate.iin.isEmpty()
            || holders.contains(certificate.iin))
            continue;
        holders.append(certificate.iin);
        m_certificates->addItem(
            UiTr::tr("IIN %1 (%2, on %3)")
                .arg(certificate.iin, certificate.label, certificate.tokenLabel),
            certificate.iin);
    }
    if (holders.isEmpty())
        m_certificates->setPlaceholderText(UiTr::tr("No signing certificate on the token"));
    // A token may carry a colleague's certificate too: the officer's last
    // choice stands until they choose another.
    const int last = m_certificates->findData(QSettings().value(holderKey(m_setup.user)));
    if (last >= 0)
        m_certificates->setCurrentIndex(last);
}

void SigningKeyFields::chooseHolder(const QString &iin)
{
    if (m_certificates)
        m_certificates->setCurrentIndex(m_certificates->findData(iin));
}

QStringList SigningKeyFields::tokenHolders() const
{
    QStringList holders;
    for (int at = 0; m_certificates && at < m_certificates->count(); ++at)
        holders.append(m_certificates->itemData(at).toString());
    return holders;
}

QString SigningKeyFields::keyFile() const
{
    return m_keyFile->text();
}

void SigningKeyFields::setKeyPassword(const QString &password)
{
    m_keyPassword->setText(password);
}

void SigningKeyFields::setPin(const QString &pin)
{
    if (m_pin)
        m_pin->setText(pin);
}

Result<DeskSigner> SigningKeyFields::open()
{
    auto opened = tokenChosen() ? openToken() : openFile();
    if (!opened)
        qCWarning(lcSigning).noquote()
            << "the signing key" << (tokenChosen() ? "on the token" : "in the file")
            << "did not open:" << opened.error().code;
    return opened;
}

Result<DeskSigner> SigningKeyFields::openFile()
{
    QFile file(m_keyFile->text());
    if (m_keyFile->text().isEmpty() || !file.open(QIODevice::ReadOnly)) {
        m_keyFile->setFocus();
        return fail(QStringLiteral("sync.key-needed"),
                    UiTr::tr("Choose your signing key file (PKCS#12)."));
    }
    if (m_keyPassword->text().isEmpty()) {
        m_keyPassword->setFocus();
        return fail(QStringLiteral("sync.key-needed"),
                    UiTr::tr("Enter the password of your signing key."));
    }
    auto identity = readPkcs12(file.readAll(), m_keyPassword->text());
    wipe(m_keyPassword);
    if (!identity) {
        m_keyPassword->setFocus();
        return std::unexpected(identity.error());
    }
    return DeskSigner(std::move(*identity));
}

Result<DeskSigner> SigningKeyFields::openToken()
{
    // A token inserted since the form opened is found now.
    if (m_certificates->count() == 0)
        listTokenCertificates();
    if (!m_module || m_certificates->count() == 0) {
        wipe(m_pin);
        return fail(QStringLiteral("token.no-certificate"),
                    m_certificates->placeholderText().isEmpty()
                        ? UiTr::tr("No signing certificate on the token")
                        : m_certificates->placeholderText());
    }
    if (m_pin->text().isEmpty()) {
        m_pin->setFocus();
        return fail(QStringLiteral("token.pin"), UiTr::tr("Enter your token's PIN."));
    }
    const QString holder = m_certificates->currentData().toString();
    auto session = m_module->logIn(holder, m_pin->text());
    wipe(m_pin);
    if (!session) {
        // Taken out, or another token put in: listed again at the next try.
        if (session.error().code == u"token.none" || session.error().code == u"token.removed")
            m_certificates->clear();
        m_pin->setFocus();
        return std::unexpected(session.error());
    }
    QSettings().setValue(holderKey(m_setup.user), holder);
    return DeskSigner(std::move(*session));
}

} // namespace Kezek
