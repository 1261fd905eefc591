#pragma once

#include "core/result/result.h"
#include "sync/desksigner.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QFormLayout;
class QLayout;
class QLineEdit;
class QRadioButton;

namespace Kezek {

class TokenModule;

// Where the officer's signing key is, as the workstation knows it.
struct SigningSetup
{
    SigningSetup() = default;
    // A key file alone, as every form had it before tokens.
    SigningSetup(QString file) // NOLINT(google-explicit-constructor)
        : keyFile(std::move(file))
    {}

    QString keyFile;     // the PKCS#12 file last chosen
    QString tokenModule; // the site's PKCS#11 module (signing/pkcs11Module); empty: no tokens
    QString user;        // whose choice of file or token is remembered
};

// The signing key's part of a form: a PKCS#12 file and its password, or,
// where the site has a token module, a key on a token and its PIN. The
// certificate on the token is one of its signing certificates (key usage
// for acts, never the authentication key), one entry per holder's IIN: the
// only one when there is one, else the one the officer picks (remembered
// for them). The account the server sends names no IIN today, so the
// form cannot choose by it. What was typed (password or PIN) is
// wiped as soon as a signer is opened or refused, so that it is held no
// longer than the one batch it signs (issue 29, points 1 and 2).
class SigningKeyFields : public QWidget
{
    Q_OBJECT

public:
    explicit SigningKeyFields(SigningSetup setup, QWidget *parent = nullptr);
    ~SigningKeyFields() override;

    bool tokenChosen() const;
    void chooseToken(bool token);
    QString keyFile() const;
    void setKeyPassword(const QString &password);
    void setPin(const QString &pin);
    // The signing certificates the token offers (IIN, as listed).
    QStringList tokenHolders() const;
    void chooseHolder(const QString &iin);

    // The key opened with what was typed: the file read with its password,
    // or the token logged in with the PIN. Refused with a translated
    // message (a wrong PIN with the tries left, a locked PIN, no token); the
    // field in question takes the focus. The typed secret is wiped either way.
    Result<DeskSigner> open();

private:
    void listTokenCertificates();
    void showChoice();
    Result<DeskSigner> openFile();
    Result<DeskSigner> openToken();

    SigningSetup m_setup;
    QFormLayout *m_form = nullptr;
    QRadioButton *m_fileChoice = nullptr;
    QRadioButton *m_tokenChoice = nullptr;
    QLineEdit *m_keyFile = nullptr;
    QLayout *m_keyFileRow = nullptr;
    QLineEdit *m_keyPassword = nullptr;
    QComboBox *m_certificates = nullptr;
    QLineEdit *m_pin = nullptr;
    std::unique_ptr<TokenModule> m_module;
};

} // namespace Kezek
