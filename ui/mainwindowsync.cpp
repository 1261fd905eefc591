#include "ui/mainwindow.h"
#include "ui/notificationpanel.h"

#include "core/protocol/apierror.h"
#include "sync/syncerrors.h"
#include "ui/casetablemodel.h"
#include "ui/caseview.h"
#include "ui/lockdialog.h"
#include "ui/outboxpanel.h"
#include "ui/passworddialog.h"
#include "ui/retrycountdown.h"
#include "ui/serversignindialog.h"
#include "ui/standardbuttons.h"
#include "ui/syncstatusbar.h"
#include "ui/toast.h"
#include "ui/uilog.h"
#include "ui/uitr.h"

#include "sync/syncengine.h"

#include <QDockWidget>
#include <QMessageBox>

#include <utility>

// The window and the server: a sync started by hand, by the clock, a few
// seconds after a command, or by the offline countdown; the password the
// server may ask for again (or a one-time one to replace), what a sync ended
// with, and the new law it may bring.

namespace Kezek {

namespace {

// A sign-in the server refused for its key (or for a key it wanted): the
// officer gives the password and the key again.
bool signInRefused(const QString &code)
{
    return code.startsWith(u"auth.") || code == codeOf(ApiError::BadCredentials);
}

} // namespace

void MainWindow::syncNow()
{
    if (m_session.sync->isRunning() || m_locked)
        return;
    QString password;
    if (m_session.passwordNeeded && m_session.signsInWithKey()) {
        askServerSignIn();
        return;
    }
    if (m_session.passwordNeeded) {
        bool given = false;
        // No sync starts on its own while the officer types.
        m_autoSync.stop();
        password = askText(this,
                           UiTr::tr("Sign in to the server"),
                           UiTr::tr("The server has ended the session of %1. Enter your password "
                                    "to sync; your commands wait in the outbox until then.")
                               .arg(m_session.account.name),
                           &given,
                           QLineEdit::Password);
        m_autoSync.start();
        if (!given || password.isEmpty())
            return;
    }
    startSync(password);
}

void MainWindow::askServerSignIn()
{
    // No sync starts on its own while the officer types.
    m_autoSync.stop();
    ServerSignInDialog dialog(
        m_session.config,
        UiTr::tr("The server asks %1 to sign in again, with the password and the authentication "
                 "key. Your commands wait in the outbox until then.")
            .arg(m_session.account.name),
        this);
    Q_EMIT serverSignInOpened(&dialog);
    const bool given = dialog.exec() == QDialog::Accepted;
    m_autoSync.start();
    if (!given)
        return;
    if (!dialog.keyFile().isEmpty() && dialog.keyFile() != m_session.config.authenticationKeyFile) {
        m_session.config.authenticationKeyFile = dialog.keyFile();
        m_session.config.save();
    }
    startSync(dialog.password(), dialog.takeSignInKey());
}

void MainWindow::startSync(const QString &password, const SignInKey &key)
{
    if (m_session.sync->isRunning())
        return;
    auto settings = m_session.syncSettings(password, key);
    if (!settings) {
        qCWarning(lcUi).noquote() << "no sync started:" << settings.error().code;
        m_lastSyncError = settings.error().message;
        refreshStatus();
        return;
    }
    if (m_outbox)
        m_outbox->setSyncRunning(true);
    m_status->syncStarted();
    // A try under way: no countdown beside it.
    m_retry->stop();
    m_status->showRetryIn(0);
    m_syncSoon.stop(); // this one takes the commands made so far
    // The sync runs on its own thread: it may wait out a busy server.
    settings->longestRetryAfterMs = SyncSettings{}.longestRetryAfterMs;
    m_session.sync->start(*settings);
}

void MainWindow::syncEnded(const SyncSummary &summary, const QString &code, const QString &error)
{
    if (m_outbox)
        m_outbox->setSyncRunning(false);
    m_status->syncStopped();
    // Asked until a sync gets through (a wrong password, or the network
    // gone meanwhile, leaves it asked).
    // The key refused or wanted is asked again with the password (issue 29).
    if (code == SyncErrors::PasswordNeeded || signInRefused(code))
        m_session.passwordNeeded = true;
    else if (error.isEmpty())
        m_session.passwordNeeded = false;
    if (code == codeOf(ApiError::AuthKeyRequired))
        m_session.keyNeeded = true;
    // A one-time password IT gave opens nothing until it is changed.
    if (!m_askingPassword
        && (code == codeOf(ApiError::PasswordMustChange)
            || m_session.store->setting(QStringLiteral("must-change-password")).value_or(QString())
                   == u"1")) {
        QTimer::singleShot(0, this, [this] {
            changePassword(UiTr::tr("You signed in with a one-time password. Choose your own "
                                    "now: until then the server gives and takes nothing."));
        });
    }
    if (code == SyncErrors::PasswordNeeded) {
        statusBar()->showMessage(UiTr::tr("The server asks for your password again: Work ▸ "
                                          "Sync now (F5) to give it."),
                                 60000);
    }
    if (error.isEmpty()) {
        m_retry->succeeded();
        showOnline(true);
        m_lastSyncError.clear();
        (void)m_session.store->setSetting(QStringLiteral("last-sync"),
                                          QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        if (summary.conflicts + summary.rejected > 0) {
            if (!m_locked && m_outboxDock)
                m_outboxDock->show();
            m_outboxAlarm = UiTr::tr("%n of your commands need you: see the outbox.",
                                     nullptr,
                                     summary.conflicts + summary.rejected);
            statusBar()->showMessage(m_outboxAlarm, 15000);
        } else if (summary.pushed > 0 && !m_locked) {
            m_toast->post(UiTr::tr("Sent — the server has your work."));
        } else if (!summary.lawError.isEmpty()) {
            statusBar()->showMessage(
                UiTr::tr("The server's calendar could not be taken: %1. Kezek counts by the one "
                         "it has.")
                    .arg(summary.lawError),
                30000);
        }
        // Escalations brought by this sync: in the list, and told once.
        if (m_notifications)
            m_notifications->reload();
        announce(summary.notified);
        // Whatever else the sync said.
        if (!summary.lawVersion.isEmpty() && summary.lawVersion != m_session.law->version())
            takeNewLaw();
        dashboardCasesChanged();
    } else {
        qCInfo(lcUi).noquote() << "the window shows the sync's failure:" << code
                               << (code == SyncErrors::Offline ? "(offline; tried again by itself)"
                                                               : "");
        m_lastSyncError = error;
        // The server no longer takes this version: said once, plainly, and
        // the outbox kept as it is until Kezek is updated.
        if (code == SyncErrors::Outdated && !m_outdatedSaid) {
            m_outdatedSaid = true;
            auto *box = new QMessageBox(QMessageBox::Warning,
                                        UiTr::tr("Kezek needs an update"),
                                        error,
                                        QMessageBox::Ok,
                                        this);
            box->setObjectName(QStringLiteral("outdatedMessage"));
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        }
        if (code == SyncErrors::Offline) {
            showOnline(false);
            m_retry->failed();
        } else {
            m_retry->stop();
        }
    }
    refreshAfterChange();
    updateBreachBanner();
    Q_EMIT syncFinished(error.isEmpty());
}

void MainWindow::showOnline(std::optional<bool> online)
{
    m_session.online = online;
    m_status->showOnline(online);
}

void MainWindow::commandsQueued(const QList<CaseCommand> &commands)
{
    if (m_justQueued.isEmpty()) // said once the form that made them has closed
        QTimer::singleShot(0, this, &MainWindow::sayQueued);
    m_justQueued += commands;
    // Several commands in a row go in one sync; offline, the countdown's
    // next try takes them.
    if (m_session.config.syncAfterCommand && m_session.online != false && !m_session.passwordNeeded)
        m_syncSoon.start();
}

void MainWindow::sayQueued()
{
    const QList<CaseCommand> commands = std::exchange(m_justQueued, {});
    if (commands.isEmpty())
        return;
    QStringList cases;
    for (const CaseCommand &command : commands) {
        if (!cases.contains(command.caseId))
            cases.append(command.caseId);
    }
    QString done;
    if (cases.size() == 1) {
        // The case's number and the last step on it (a document's verdict
        // after its submission, at the CSC).
        QString number = cases.constFirst();
        if (auto c = m_session.store->findCase(number); c && *c)
            number = (*c)->number;
        done = UiTr::tr("%1 · %2").arg(number, commandTitle(commands.constLast()));
    } else {
        done = UiTr::tr("%1: %n case(s)", nullptr, int(cases.size()))
                   .arg(commandTitle(commands.constLast()));
    }
    if (m_session.online == false) {
        m_toast->post(UiTr::tr("%1 — kept here; it goes when the server answers.").arg(done));
    } else if (m_session.passwordNeeded) {
        m_toast->post(UiTr::tr("%1 — waits for your password: Sync now (F5).").arg(done));
    } else if (!m_session.config.syncAfterCommand) {
        m_toast->post(UiTr::tr("%1 — waits for the next sync (F5).").arg(done));
    } else {
        m_toast->post(UiTr::tr("%1 — sending…").arg(done));
    }
}

void MainWindow::takeNewLaw()
{
    auto kept = m_session.store->law();
    auto law = kept ? Lawbook::fromJson(*kept) : Result<Lawbook>(std::unexpected(kept.error()));
    if (!law) {
        statusBar()->showMessage(UiTr::tr("The server's new calendar could not be read: %1. "
                                          "Kezek counts by the one it has.")
                                     .arg(law.error().message),
                                 30000);
        return;
    }
    // The background sync took it too, and works out the kept deadlines again.
    m_session.desk->setLaw(*law);
    m_session.law = std::move(*law);
    m_model->refreshDeadlines();
    if (!m_caseView->caseId().isEmpty())
        m_caseView->reload();
    statusBar()->showMessage(UiTr::tr("The server counts by a new calendar or list of reasons. "
                                      "Kezek counts by it from now on."),
                             30000);
}

void MainWindow::changePassword(const QString &why)
{
    if (m_askingPassword)
        return;
    m_askingPassword = true;
    PasswordDialog dialog(
        [this](const QString &current, const QString &replacement) -> Result<void> {
            auto settings = m_session.syncSettings(current);
            if (!settings)
                return std::unexpected(settings.error());
            SyncEngine engine(*m_session.store, *settings);
            auto changed = engine.changePassword(current, replacement);
            if (!engine.token().isEmpty())
                (void)m_session.store->setSessionToken(engine.token());
            return changed;
        },
        why,
        this);
    Q_EMIT passwordDialogOpened(&dialog);
    const bool changed = dialog.exec() == QDialog::Accepted;
    m_askingPassword = false;
    if (!changed)
        return;
    // The screen unlocks with the new password too.
    m_session.verifier = lockVerifier(dialog.newPassword());
    m_session.passwordNeeded = false;
    statusBar()->showMessage(UiTr::tr("Your password is changed, here and on the server."), 15000);
    syncNow();
}

} // namespace Kezek
