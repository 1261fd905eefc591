#pragma once

#include "core/result/result.h"
#include "sync/signinkey.h"
#include "ui/workstationconfig.h"

#include <QObject>

class QFormLayout;
class QLabel;
class QLineEdit;
class QRadioButton;
class QToolButton;
class QWidget;

namespace Kezek {

// The officer's authentication key in a sign-in form (issue 29, point 3):
// a PKCS#12 file and its password, or, where the site names a PKCS#11 module
// (signing/pkcs11Module), the token's PIN, or a key file if the officer
// chooses one there. Rows of a form, each with a label and a mnemonic; the
// password and the PIN go into the key made from them and are cleared from
// the fields.
class AuthenticationKeyFields : public QObject
{
    Q_OBJECT

public:
    AuthenticationKeyFields(const WorkstationConfig &config, QFormLayout *form, QWidget *parent);

    // The key on the token (the site names a module, and the officer chose it).
    bool onToken() const;
    // Whether the officer gave a key (a file and its password, or a PIN).
    bool given() const;
    // The key the fields name, checked now: the file read with its password,
    // or the PIN tried on the token. The secrets are then cleared.
    Result<SignInKey> key();
    QString keyFile() const;
    void setVisible(bool visible);
    // The field the officer types into first.
    QWidget *firstField() const;
    // Tab goes from `previous` through these fields in the order they show.
    void chainAfter(QWidget *previous) const;

private:
    void addFileRows(const QString &keyFile, QFormLayout *form, QWidget *parent);
    void showChoice();

    QString m_module;
    bool m_visible = true;
    QList<QWidget *> m_widgets; // labels and fields, shown and hidden together
    QList<QWidget *> m_fields;  // in the order Tab visits them
    QLineEdit *m_file = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_pin = nullptr;
    QRadioButton *m_fileChoice = nullptr;
    QRadioButton *m_tokenChoice = nullptr;
    QList<QWidget *> m_tokenWidgets;
    QList<QWidget *> m_fileWidgets;
};

} // namespace Kezek
