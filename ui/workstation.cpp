#include "ui/workstation.h"

#include "resources/shippeddata.h"
#include "sync/syncengine.h"
#include "ui/accessiblenames.h"
#include "ui/casehistory.h"
#include "ui/caseview.h"
#include "ui/filefolders.h"
#include "ui/focusstyle.h"
#include "ui/layoutmnemonics.h"
#include "ui/lockdialog.h"
#include "ui/mainwindow.h"
#include "ui/signindialog.h"
#include "ui/uilog.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QStatusBar>
#include <QTimer>
#include <QTranslator>

namespace Kezek {

Workstation::Workstation(WorkstationConfig config, Lawbook builtIn)
    : m_builtIn(std::move(builtIn))
{
    m_session.config = std::move(config);
    // The keyboard's aids, for every window the program opens.
    FocusStyle::install();
    AccessibleNames::install();
    LayoutMnemonics::install();
    FileFolders::configure(m_session.config);
}

Workstation::~Workstation()
{
    m_window.reset();
    m_session.sync.reset(); // stops the worker before the cache closes
    m_session.desk.reset();
    m_session.store.reset();
}

QString Workstation::defaultLanguage()
{
    const QString system = QLocale::system().name().left(2);
    return ShippedData::languages().contains(system) ? system : QStringLiteral("kk");
}

void Workstation::applyLanguage(const QString &language)
{
    ShippedData::installTranslator(language);
    // Qt's own words (file dialogs, context menus) where Qt has them: Russian,
    // not Kazakh, whose buttons Kezek words itself (standardbuttons.h).
    static QTranslator qtbase;
    QCoreApplication::removeTranslator(&qtbase);
    if (qtbase.load(QStringLiteral("qtbase_") + language,
                    QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qtbase);
    if (language == u"kk")
        QLocale::setDefault(QLocale(QLocale::Kazakh, QLocale::Kazakhstan));
    else if (language == u"ru")
        QLocale::setDefault(QLocale(QLocale::Russian, QLocale::Kazakhstan));
    else
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

bool Workstation::signIn(const QString &user, const QString &password)
{
    SignInDialog dialog(m_session.config);
    if (!user.isEmpty())
        dialog.setUser(user);
    bool signedIn = false;
    if (!user.isEmpty() && !password.isEmpty()) {
        dialog.setPassword(password);
        dialog.signIn();
        signedIn = dialog.result() == QDialog::Accepted;
    }
    if (!signedIn && dialog.exec() != QDialog::Accepted)
        return false;
    m_session.config = dialog.config();
    FileFolders::configure(m_session.config);
    m_session.account = dialog.account();
    m_session.verifier = lockVerifier(dialog.password());
    m_session.store = dialog.takeStore();
    // The role and the city, not the person: the log is sent to IT.
    qCInfo(lcApp).noquote() << "signed in as" << roleId(m_session.account.role) << "of"
                            << (m_session.account.city ? cityId(*m_session.account.city)
                                                       : QStringLiteral("the ministry"));
    // The workstation counts by the server's law, as the last sync kept it,
    // so that a site's newer calendar gives the same days here as there; by
    // the built-in law until a first sync brings it.
    m_session.law = m_builtIn;
    if (auto kept = m_session.store->law(); kept && !kept->isEmpty()) {
        if (auto law = Lawbook::fromJson(*kept))
            m_session.law = std::move(*law);
    }
    const WorkflowContext &law = m_session.law->context();
    m_session.desk = std::make_unique<CaseDesk>(*m_session.store, m_session.account, law);
    m_session.sync = std::make_unique<BackgroundSync>(*m_session.store, m_session.law);
    makeWindow();
    // The password just typed (and the authentication key given) goes with
    // the first sync, should the server want a new session, and is not kept.
    m_window->startSync(dialog.password(), dialog.takeSignInKey());
    if (!dialog.keyDeferred().isEmpty())
        m_window->statusBar()->showMessage(dialog.keyDeferred(), 60000);
    return true;
}

void Workstation::makeWindow()
{
    m_window = std::make_unique<MainWindow>(m_session);
    // A decision's signature is checked against the server's signed copy,
    // read on demand with this session's token.
    m_window->caseView()->history()->setDecisionFetcher(
        [this](const QString &caseId) -> Result<SignedDecisions> {
            auto settings = m_session.syncSettings();
            if (!settings)
                return std::unexpected(settings.error());
            SyncEngine engine(*m_session.store, *settings);
            auto decisions = engine.signedDecisions(caseId);
            if (!engine.token().isEmpty())
                (void)m_session.store->setSessionToken(engine.token());
            return decisions;
        });
    connect(m_window.get(), &MainWindow::languageRequested, this, [this](const QString &language) {
        // Not from inside the window's own menu handler: the window goes.
        QTimer::singleShot(0, this, [this, language] { switchLanguage(language); });
    });
    connect(
        m_window.get(), &MainWindow::signOutRequested, this, &Workstation::signOutOnceFormsClose);
    m_window->show();
}

void Workstation::signOutOnceFormsClose()
{
    // A form still in its own exec() runs code of the window that owns it:
    // the window goes only after each has returned to the main loop.
    if (QApplication::activeModalWidget()) {
        QTimer::singleShot(20, this, &Workstation::signOutOnceFormsClose);
        return;
    }
    QTimer::singleShot(20, this, &Workstation::signOut);
}

void Workstation::signOut()
{
    qCInfo(lcApp) << "signed out";
    m_window.reset();
    m_session.sync.reset(); // stops the worker before the cache closes
    m_session.desk.reset();
    m_session.store.reset();
    m_session.account = {};
    m_session.verifier.clear();
    m_session.passwordNeeded = false;
    m_session.online.reset();
    m_session.law.reset();
    if (!signIn())
        QCoreApplication::quit();
}

void Workstation::switchLanguage(const QString &language)
{
    applyLanguage(language);
    m_session.config.language = language;
    m_session.config.save();
    // The same queue, case, tab and sizes, in the new language.
    const std::optional<MainWindow::Place> place
        = m_window ? std::optional(m_window->place()) : std::nullopt;
    makeWindow();
    if (place)
        m_window->restorePlace(*place);
}

} // namespace Kezek
