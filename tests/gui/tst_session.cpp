// Signing in and staying signed in, as an officer does it: a wrong password,
// the offline sign-in, the screen lock, a session the server ended and a
// one-time password. A real window (offscreen), a real kezek-server over TLS.
#include "core/domain/displaydate.h"
#include "core/domain/workflow.h"
#include "core/security/passwords.h"
#include "core/security/signatures.h"
#include "core/simulation/scangenerator.h"
#include "db/server/serverstore.h"
#include "db/server/userstore.h"
#include "resources/shippeddata.h"
#include "tests/gui/guifixture.h"
#include "tests/support/builders.h"
#include "tests/support/serverprocess.h"
#include "tests/support/testdata.h"
#include "ui/actiondialog.h"
#include "ui/arrivaldialog.h"
#include "ui/casetablemodel.h"
#include "ui/caseview.h"
#include "ui/comparisondialog.h"
#include "ui/courierdialog.h"
#include "ui/deadlinetext.h"
#include "ui/kezekpalette.h"
#include "ui/lockdialog.h"
#include "ui/mainwindow.h"
#include "ui/noticepreview.h"
#include "ui/outboxpanel.h"
#include "ui/passworddialog.h"
#include "ui/scanviewer.h"
#include "ui/signindialog.h"
#include "ui/uitr.h"
#include "ui/workstation.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCryptographicHash>
#include <QDialogButtonBox>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QGraphicsView>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPdfDocument>
#include <QPdfSelection>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QScreen>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTimer>
#include <QToolButton>
#include <QUuid>

using namespace Kezek;
using namespace Kezek::Testing;

class TestSession : public GuiFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void aWrongPasswordIsSaidAndMakesNoCache();
    void aSignedInOfficerSignsInAgainOffline();
    void theScreenLocksAndOnlyThePasswordOpensIt();
    void anEndedServerSessionAsksForThePasswordAndKeepsTheOutbox();
    void aOneTimePasswordIsChangedAndTheCacheOpensWithTheNewOne();
};

void TestSession::initTestCase()
{
    QVERIFY(startServer());
}

void TestSession::aWrongPasswordIsSaidAndMakesNoCache()
{
    const QString folder = m_dir.filePath(QStringLiteral("wrong"));
    SignInDialog dialog(config(folder));
    dialog.setUser(QStringLiteral("officer.astana"));
    dialog.setPassword(QStringLiteral("not the password"));
    dialog.signIn();
    QVERIFY(dialog.result() != QDialog::Accepted);
    QVERIFY2(dialog.errorText().contains(u"wrong"), qPrintable(dialog.errorText()));
    QVERIFY(!QFile::exists(config(folder).cachePath(QStringLiteral("officer.astana"))));

    // An address that is not https is refused before anything is sent.
    WorkstationConfig plain = config(folder);
    plain.server = QUrl(QStringLiteral("http://127.0.0.1:1"));
    SignInDialog insecure(plain);
    insecure.setUser(QStringLiteral("officer.astana"));
    insecure.setPassword(Password);
    insecure.signIn();
    QVERIFY(insecure.result() != QDialog::Accepted);
    QVERIFY(insecure.errorText().contains(u"https://"));
}

void TestSession::aSignedInOfficerSignsInAgainOffline()
{
    // A cache this officer made online, with a case of the test's own in it
    // (no other test's cache or cases: issue 32, point 3) ...
    const QString folder = m_dir.filePath(QStringLiteral("signed-in-before"));
    Case returnedCase = ownCase(CaseState::ReturnedForRework);
    returnedCase.applicant.surname = QStringLiteral("OFFLINE");
    QVERIFY(savedOnServer({returnedCase}));
    qsizetype returned = 0;
    {
        Workstation online(config(folder), *m_law);
        MainWindow *window = openAs(online, QStringLiteral("officer.astana"));
        QVERIFY(window);
        window->selectQueue(QStringLiteral("returned"));
        returned = window->caseModel()->rowCount();
        QVERIFY(returned >= 1);
    }
    // ... and a server that is not there.
    WorkstationConfig offline = config(folder);
    offline.server = QUrl(QStringLiteral("https://127.0.0.1:9"));
    {
        SignInDialog wrong(offline);
        wrong.setUser(QStringLiteral("officer.astana"));
        wrong.setPassword(QStringLiteral("not the password"));
        wrong.signIn();
        QVERIFY(wrong.result() != QDialog::Accepted);
    }
    Workstation workstation(offline, *m_law);
    QVERIFY(workstation.signIn(QStringLiteral("officer.astana"), Password));
    MainWindow *window = workstation.window();
    QCOMPARE(workstation.session().account.role, Role::MigrationOfficer);
    QVERIFY(!waitForSync(window)); // offline, said, and the work goes on
    window->selectQueue(QStringLiteral("returned"));
    QCOMPARE(window->caseModel()->rowCount(), returned);
}

void TestSession::theScreenLocksAndOnlyThePasswordOpensIt()
{
    WorkstationConfig locking = config(m_dir.filePath(QStringLiteral("locking")));
    Workstation workstation(locking, *m_law);
    QVERIFY(workstation.signIn(QStringLiteral("officer.astana"), Password));
    MainWindow *window = workstation.window();
    QVERIFY(waitForSync(window));
    // A dialog left open (a scan, a form) is covered too, not closed.
    QDialog scan(window);
    scan.setWindowTitle(QStringLiteral("scan"));
    scan.show();
    int attempts = 0;
    std::function<void()> answer = [&] {
        auto *lock = window->findChild<LockDialog *>();
        if (!lock || !lock->isVisible()) {
            QTimer::singleShot(10, window, answer);
            return;
        }
        QVERIFY(!window->centralWidget()->isVisible()); // nothing shows behind the lock
        QVERIFY(scan.findChild<QWidget *>(QStringLiteral("lockCover"))); // nor in a dialog
        auto *field = lock->findChild<QLineEdit *>(QStringLiteral("unlockPassword"));
        field->setText(attempts++ == 0 ? QStringLiteral("guess") : Password);
        lock->tryUnlock();
        if (lock->isVisible()) {
            lock->reject(); // Escape: still locked
            QVERIFY(lock->isVisible());
            QTimer::singleShot(10, window, answer);
        }
    };
    QTimer::singleShot(0, window, answer);
    QTest::keyClick(window, Qt::Key_L, Qt::ControlModifier);
    QVERIFY(scan.isVisible());
    QVERIFY(!scan.findChild<QWidget *>(QStringLiteral("lockCover")));
    QCOMPARE(attempts, 2);
    QVERIFY(!window->isLocked());
    QVERIFY(window->centralWidget()->isVisible());
}

void TestSession::anEndedServerSessionAsksForThePasswordAndKeepsTheOutbox()
{
    // A new application of the test's own, in a cache of its own.
    const Case waiting = ownCase(CaseState::Received, 0);
    QVERIFY(savedOnServer({waiting}));
    Workstation workstation(config(m_dir.filePath(QStringLiteral("ended"))), *m_law);
    MainWindow *window = openAs(workstation, QStringLiteral("officer.astana"));
    QVERIFY(window);
    CaseView *view = window->caseView();
    view->showCase(waiting.id);
    const int version = view->currentCase()->version;
    view->selectDocument(DocumentType::Questionnaire);
    QTest::mouseClick(view->findChild<QPushButton *>(QStringLiteral("verifyDocument")),
                      Qt::LeftButton);
    ClientStore &store = *workstation.session().store;
    QCOMPARE(store.outbox(QStringLiteral("pending"), 10)->size(), 1);

    // The server has ended the session the cache holds, and the workstation
    // kept no password: the sync says so, and the command waits.
    QVERIFY(store.setSessionToken("a-session-the-server-ended"));
    window->autoSync();
    QVERIFY(!waitForSync(window));
    QVERIFY(workstation.session().passwordNeeded);
    QVERIFY(window->statusBar()->currentMessage().contains(u"F5"));
    QCOMPARE(store.outbox(QStringLiteral("pending"), 10)->size(), 1);
    QCOMPARE(view->currentCase()->preliminaryDocuments.item(DocumentType::Questionnaire)->status,
             DocumentStatus::Verified);

    // The question in the officer's language; cancelled, it is asked again.
    for (const auto &[language, word] :
         {std::pair{QStringLiteral("kk"), QStringLiteral("құпиясөз")},
          std::pair{QStringLiteral("ru"), QStringLiteral("пароль")}}) {
        Workstation::applyLanguage(language);
        QCoreApplication::sendPostedEvents(); // the language change, before the question
        QString question;
        QTimer::singleShot(0, this, [&, language = language] {
            for (QWidget *widget : QApplication::topLevelWidgets()) {
                auto *dialog = qobject_cast<QInputDialog *>(widget);
                if (!dialog || !dialog->isVisible())
                    continue;
                question = dialog->labelText();
                screenshot(dialog, QStringLiteral("password-prompt-") + language);
                dialog->reject();
            }
        });
        window->syncNow();
        QVERIFY2(question.contains(word), qPrintable(question));
        QVERIFY(workstation.session().passwordNeeded);
    }
    Workstation::applyLanguage(QStringLiteral("en"));
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));

    // F5 asks for it; given, the sync goes through with it.
    QString asked;
    QTimer::singleShot(0, this, [&asked] {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            if (auto *dialog = qobject_cast<QInputDialog *>(widget);
                dialog && dialog->isVisible()) {
                asked = dialog->labelText();
                dialog->setTextValue(Password);
                dialog->accept();
            }
        }
    });
    QTest::keyClick(window, Qt::Key_F5);
    QVERIFY(asked.contains(u"password"));
    QVERIFY(waitForSync(window));
    QVERIFY(!workstation.session().passwordNeeded);
    QVERIFY(store.outbox(QStringLiteral("pending"), 10)->isEmpty());
    QVERIFY(*store.sessionToken() != "a-session-the-server-ended");
    const Case synced = **store.findCase(waiting.id);
    QCOMPARE(synced.version, version + 1);
    QCOMPARE(synced.preliminaryDocuments.item(DocumentType::Questionnaire)->status,
             DocumentStatus::Verified);
}

void TestSession::aOneTimePasswordIsChangedAndTheCacheOpensWithTheNewOne()
{
    // IT reset the officer's password: the one-time password opens the
    // workstation, which asks for the officer's own at once; the server and
    // the offline cache take the new one.
    const QString oneTime = QStringLiteral("one-time 4f7Qa9");
    const QString chosen = QStringLiteral("my own secret 2026");
    {
        auto store = ServerStore::open(QStringLiteral("sqlite:") + m_server->folder()
                                       + QStringLiteral("/server.db"));
        QVERIFY(store);
        UserStore users(**store);
        QVERIFY(users.addUser({QStringLiteral("officer.reset"),
                               QStringLiteral("Бауыржан Омаров"),
                               Role::MigrationOfficer,
                               City::Astana,
                               *hashPassword(oneTime, ScryptCost{10, 8, 1}),
                               0,
                               {},
                               {},
                               {},
                               {},
                               false},
                              QDateTime::currentDateTimeUtc()));
        QVERIFY(users.setPasswordHash(
            QStringLiteral("officer.reset"), *hashPassword(oneTime, ScryptCost{10, 8, 1}), true));
    }
    const QString dir = m_dir.filePath(QStringLiteral("reset"));
    {
        Workstation workstation(config(dir), *m_law);
        QVERIFY(workstation.signIn(QStringLiteral("officer.reset"), oneTime));
        MainWindow *window = workstation.window();
        bool asked = false;
        QString firstError;
        connect(window, &MainWindow::passwordDialogOpened, this, [&](QDialog *opened) {
            QTimer::singleShot(0, opened, [&, opened] {
                auto *dialog = qobject_cast<PasswordDialog *>(opened);
                QVERIFY(dialog);
                asked = true;
                // The current password wrong: said, and the dialog stays.
                dialog->setPasswords(QStringLiteral("not it at all"), chosen, chosen);
                dialog->accept();
                firstError = dialog->errorText();
                QVERIFY(dialog->isVisible());
                // Enter in the last field changes it.
                dialog->setPasswords(oneTime, chosen, chosen);
                QTest::keyClick(dialog->findChild<QLineEdit *>(QStringLiteral("repeatedPassword")),
                                Qt::Key_Return);
            });
        });
        QTRY_VERIFY_WITH_TIMEOUT(asked, 60000);
        QVERIFY2(firstError.contains(u"current password is wrong"), qPrintable(firstError));
        QTRY_VERIFY_WITH_TIMEOUT(!window->findChild<PasswordDialog *>(), 30000);
        QTRY_VERIFY(window->statusBar()->currentMessage().contains(u"password is changed"));
        // The screen unlocks with the new password.
        QCOMPARE(workstation.session().verifier, lockVerifier(chosen));
    }
    auto store = ServerStore::open(QStringLiteral("sqlite:") + m_server->folder()
                                   + QStringLiteral("/server.db"));
    auto user = UserStore(**store).findUser(QStringLiteral("officer.reset"));
    QVERIFY(user && *user);
    QVERIFY(!(*user)->mustChangePassword);
    QVERIFY(*verifyPassword(chosen, (*user)->passwordHash));
    // Offline, the cache opens with the new password and no longer with the old.
    WorkstationConfig away = config(dir);
    const QString cache = away.cachePath(QStringLiteral("officer.reset"));
    QVERIFY(!ClientStore::open(cache, oneTime));
    QVERIFY(ClientStore::open(cache, chosen));
}

QTEST_MAIN(TestSession)
#include "tst_session.moc"
