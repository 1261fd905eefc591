#pragma once

#include "sync/signinkey.h"
#include "ui/workstationconfig.h"

#include <QDialog>

#include <memory>
#include <utility>

class QLineEdit;

namespace Kezek {

class InlineMessage;

namespace Ui {
class ServerSignInDialog;
}

class AuthenticationKeyFields;

// The server ended the session (or refused the key) at a site that signs in
// with the authentication key (issue 29, point 3): the password and the key
// again, for the sync that signs in anew with a fresh challenge. Neither the
// password nor the key outlives that sync.
class ServerSignInDialog : public QDialog
{
    Q_OBJECT

public:
    ServerSignInDialog(const WorkstationConfig &config, const QString &why, QWidget *parent);
    ~ServerSignInDialog() override;

    QString password() const;
    // The key given, handed over once: the dialog keeps no handle on it.
    SignInKey takeSignInKey() { return std::exchange(m_key, SignInKey()); }
    QString keyFile() const;
    void accept() override;

private:
    std::unique_ptr<Ui::ServerSignInDialog> m_ui; // the form, from serversignindialog.ui
    QLineEdit *m_password = nullptr;
    AuthenticationKeyFields *m_fields = nullptr;
    InlineMessage *m_error = nullptr;
    SignInKey m_key;
};

} // namespace Kezek
