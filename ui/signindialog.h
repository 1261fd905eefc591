#pragma once

#include "sync/casedesk.h"
#include "sync/signinkey.h"
#include "ui/workstationconfig.h"

#include <QDialog>

#include <memory>
#include <optional>
#include <utility>

class QLabel;
class QLineEdit;
class QPushButton;

namespace Kezek {

class InlineMessage;

class AuthenticationKeyFields;

namespace Ui {
class SignInDialog;
}

// Sign-in: the server, the user and the password. A user seen before signs
// in offline: the password opens their encrypted cache. Someone new needs
// the server once, which says who they are before a cache is made for them.
// Where the site signs in with the authentication key (signing/signInWithKey,
// or the server's auth.key-required), the key too (issue 29, point 3): it
// goes with the first sync and is not kept; offline, the password alone
// opens the cache and the key is asked when the server is next reached.
class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SignInDialog(WorkstationConfig config, QWidget *parent = nullptr);
    ~SignInDialog() override;

    void setUser(const QString &user);
    void setPassword(const QString &password);
    // Signs in with what the fields hold; on success the dialog is accepted.
    void signIn();

    std::unique_ptr<ClientStore> takeStore() { return std::move(m_store); }
    const Account &account() const { return m_account; }
    QString user() const;
    QString password() const;
    // The authentication key given, for the first sync (empty: none given),
    // handed over once: the dialog keeps no handle on it.
    SignInKey takeSignInKey() { return std::exchange(m_signInKey, SignInKey()); }
    // Why a known user signed in without the key they gave (a missing
    // token, a wrong key password): the server asks for it at the next sync.
    QString keyDeferred() const { return m_keyDeferred; }
    const WorkstationConfig &config() const { return m_config; }
    QString errorText() const;

private:
    void showError(const QString &message);
    void signInKnown(const QString &path);
    void signInNewcomer(const QUrl &server, const QString &name, const QString &path);
    void finish(std::unique_ptr<ClientStore> store,
                const std::optional<QJsonObject> &online,
                SignInKey key);
    // A newcomer's account, as the server knows it (the first sign-in here).
    Result<QJsonObject> askServer(const QUrl &server, const QString &name, const SignInKey &key);
    // The key the fields name, checked (empty when none is given).
    Result<SignInKey> givenKey();
    // The user's encrypted cache, opened with the password (and brought up
    // to date, which may take a while: the dialog says so meanwhile).
    Result<std::unique_ptr<ClientStore>> openCache(const QString &path);
    Result<Account> keptAccount(ClientStore &store, const std::optional<QJsonObject> &online);

    WorkstationConfig m_config;
    std::unique_ptr<Ui::SignInDialog> m_ui; // the form, from signindialog.ui
    QLineEdit *m_server = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    InlineMessage *m_error = nullptr;
    QPushButton *m_signIn = nullptr;
    AuthenticationKeyFields *m_key = nullptr;
    SignInKey m_signInKey;
    QString m_keyDeferred;
    std::unique_ptr<ClientStore> m_store;
    Account m_account;
};

} // namespace Kezek
