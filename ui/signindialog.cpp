#include "ui/signindialog.h"
#include "sync/syncerrors.h"
#include "ui_signindialog.h"

#include "core/protocol/apierror.h"
#include "sync/syncengine.h"
#include "ui/authenticationkeyfields.h"
#include "ui/inlinemessage.h"
#include "ui/standardbuttons.h"
#include "ui/uitr.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFormLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <utility>

namespace Kezek {

SignInDialog::SignInDialog(WorkstationConfig config, QWidget *parent)
    : QDialog(parent)
    , m_config(std::move(config))
    , m_ui(std::make_unique<Ui::SignInDialog>())
{
    m_ui->setupUi(this);
    m_server = m_ui->server;
    m_user = m_ui->user;
    m_password = m_ui->password;
    m_error = m_ui->signInError;
    m_server->setText(m_config.server.toString());
    m_error->clear();
    m_ui->busy->hide();
    m_key = new AuthenticationKeyFields(m_config, m_ui->form, this);
    m_key->setVisible(m_config.signInWithKey);
    m_key->chainAfter(m_password);
    // The standard buttons as everywhere else (translated, Escape cancels).
    addCancelButton(m_ui->buttons);
    m_signIn = m_ui->buttons->addButton(UiTr::tr("Sign &in"), QDialogButtonBox::AcceptRole);
    m_signIn->setDefault(true);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &SignInDialog::signIn);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_user->setFocus();
}

SignInDialog::~SignInDialog() = default;

void SignInDialog::setUser(const QString &user)
{
    m_user->setText(user);
    m_password->setFocus();
}

void SignInDialog::setPassword(const QString &password)
{
    m_password->setText(password);
}

QString SignInDialog::user() const
{
    return m_user->text().trimmed();
}

QString SignInDialog::password() const
{
    return m_password->text();
}

QString SignInDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void SignInDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
    m_password->selectAll();
    m_password->setFocus();
}

void SignInDialog::signIn()
{
    const QString name = user();
    if (name.isEmpty() || password().isEmpty()) {
        showError(UiTr::tr("Enter your user name and your password."));
        return;
    }
    const QUrl server(m_server->text().trimmed());
    if (server.scheme() != u"https" || server.host().isEmpty()) {
        showError(UiTr::tr("The server's address starts with https://, for example "
                           "https://kezek.example.kz."));
        return;
    }
    m_config.server = server;
    const QString path = m_config.cachePath(name);
    m_keyDeferred.clear();
    if (QFile::exists(path))
        signInKnown(path);
    else
        signInNewcomer(server, name, path);
}

void SignInDialog::signInKnown(const QString &path)
{
    // Someone seen before: the password alone opens their cache, offline
    // too. The key is for the server only, so it is tried after, and a
    // missing token or a wrong key password blocks nothing (issue 29
    // review, point 3): the server asks for the key at the next sync.
    auto store = openCache(path);
    if (!store) {
        showError(store.error().message);
        return;
    }
    auto key = givenKey();
    if (!key) {
        m_keyDeferred = UiTr::tr("Signed in without the authentication key (%1). It will be "
                                 "asked for at the next sync with the server.")
                            .arg(key.error().message);
        key = SignInKey();
    }
    finish(std::move(*store), std::nullopt, std::move(*key));
}

void SignInDialog::signInNewcomer(const QUrl &server, const QString &name, const QString &path)
{
    // Someone new on this workstation: the server must know them first, and
    // where the site signs in with the key, it must come now.
    auto key = givenKey();
    if (!key) {
        showError(key.error().message);
        return;
    }
    auto account = askServer(server, name, *key);
    if (!account) {
        // The site asks for the key: the fields it goes in.
        if (account.error().code == codeOf(ApiError::AuthKeyRequired))
            m_key->setVisible(true);
        showError(account.error().message);
        return;
    }
    QDir().mkpath(m_config.cacheDir);
    auto store = openCache(path);
    if (!store) {
        showError(store.error().message);
        return;
    }
    finish(std::move(*store), *account, std::move(*key));
}

void SignInDialog::finish(std::unique_ptr<ClientStore> store,
                          const std::optional<QJsonObject> &online,
                          SignInKey key)
{
    auto account = keptAccount(*store, online);
    if (!account) {
        showError(account.error().message);
        return;
    }
    m_account = *account;
    m_store = std::move(store);
    if (key && !m_key->keyFile().isEmpty())
        m_config.authenticationKeyFile = m_key->keyFile();
    m_signInKey = std::move(key);
    m_config.save();
    accept();
}

Result<SignInKey> SignInDialog::givenKey()
{
    if (!m_key->given())
        return SignInKey();
    m_signIn->setEnabled(false);
    setCursor(Qt::BusyCursor);
    auto key = m_key->key();
    unsetCursor();
    m_signIn->setEnabled(true);
    return key;
}

Result<QJsonObject>
SignInDialog::askServer(const QUrl &server, const QString &name, const SignInKey &key)
{
    auto tls = tlsTrusting(m_config.caFile);
    if (!tls)
        return std::unexpected(tls.error());
    SyncSettings settings;
    settings.server = server;
    settings.user = name;
    settings.password = password();
    settings.signInKey = key;
    settings.tls = *tls;
    settings.pinnedKey = m_config.pin.toLatin1();
    settings.attempts = 2;
    settings.requestTimeoutMs = 15000;
    settings.longestRetryAfterMs = 2000; // the officer waits at the window
    m_signIn->setEnabled(false);
    setCursor(Qt::BusyCursor);
    auto account = SyncEngine::checkAccount(settings);
    unsetCursor();
    m_signIn->setEnabled(true);
    if (!account && account.error().code == SyncErrors::Offline) {
        return std::unexpected(
            Error{account.error().code,
                  UiTr::tr("The first sign-in on this workstation needs the server, "
                           "and it cannot be reached: %1")
                      .arg(account.error().message)});
    }
    return account;
}

Result<std::unique_ptr<ClientStore>> SignInDialog::openCache(const QString &path)
{
    // The key is derived from the password, and a cache made by an earlier
    // Kezek is brought up to date first (a minute for 100,000 cases): said,
    // rather than a window that seems to hang.
    m_ui->busy->setText(UiTr::tr("Opening your cache. After an update of Kezek this can take a "
                                 "minute; nothing in it is lost if the computer stops meanwhile."));
    m_ui->busy->show();
    m_error->clear();
    m_signIn->setEnabled(false);
    setCursor(Qt::BusyCursor);
    QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
    auto store = ClientStore::open(path, password());
    unsetCursor();
    m_signIn->setEnabled(true);
    m_ui->busy->hide();
    return store;
}

Result<Account> SignInDialog::keptAccount(ClientStore &store,
                                          const std::optional<QJsonObject> &online)
{
    // What the server said of a newcomer is kept in their cache; someone
    // seen before is who the cache says.
    if (online) {
        if (auto kept = store.setSetting(
                QStringLiteral("account"),
                QString::fromUtf8(QJsonDocument(*online).toJson(QJsonDocument::Compact)));
            !kept)
            return std::unexpected(kept.error());
    }
    auto saved = store.setting(QStringLiteral("account"));
    if (!saved)
        return std::unexpected(saved.error());
    return accountFromJson(QJsonDocument::fromJson(saved->toUtf8()).object());
}

} // namespace Kezek
