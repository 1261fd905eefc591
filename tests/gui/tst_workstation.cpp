// The workstation as an officer uses it: a real window (offscreen), a real
// kezek-server over TLS on loopback, keyboard and mouse through Qt Test.
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

class TestWorkstation : public GuiFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void aWrongPasswordIsSaidAndMakesNoCache();
    void anOfficerFindsACaseVerifiesADocumentReturnsItAndSyncs();
    void aFormRefusesWhatTheLawRefusesBeforeSigning();
    void aSignedInOfficerSignsInAgainOffline();
    void theScreenLocksAndOnlyThePasswordOpensIt();
    void theLanguageChangesWhileTheWindowIsOpen();
    void theCaseModelKeepsItsPromises();
    void aClashIsShownInWordsAndMadeAgainOnTheServersVersion();
    void aCommandNotYetSentIsTakenBack();
    void anEndedServerSessionAsksForThePasswordAndKeepsTheOutbox();
    void aSavedSearchComesBackInTheNextSession();
    void aCasePastItsDeadlineIsInTheOverdueQueueAndTheBanner();
    void aSupervisorGivesACaseToAnOfficer();
    void theMinistryFollowsItsPetitionsAndWorksNone();
    void theCscDeskTakesAnArrivalAndSaysWhyItCannotTakeOthers();
    void aPassportThatDiffersIsCaughtByItsMrz();
    void aFullMatchIsRegisteredAndTheDesksScanReachesTheServer();
    void aCourierBatchIsSentWithItsListAndReceivedByTheOfficer();
    void theResidencePermitDeskChecksThreeDocumentsAndRecordsThePermit();
    void aNewLawFromTheServerIsCountedByAtOnce();
    void aSupervisorRevokesARefusalMadeInErrorAndAWithdrawalIsShown();
    void everyDialogFitsALaptopScreen();
    void aScanIsReadFromTheServerWhenItIsNotKeptHere();
    void aOneTimePasswordIsChangedAndTheCacheOpensWithTheNewOne();

private:
    // A case of the test's own in `state` (its steps taken in the past), of
    // an applicant named `surname`; and cases put on the server as eGov would.
    static Case ownCase(CaseState state, const QString &surname);
    bool savedOnServer(const QList<Case> &cases) const
    {
        auto store = openStore();
        return store && store->saveCases(cases);
    }

    QList<Case> m_cases;
    // The CSC desk's cases: one arriving, one lapsed, one refused, one
    // registered and waiting for the courier.
    Case m_arrival;
    Case m_lapsed;
    Case m_refused;
    Case m_registered;
    QString m_filedPassportScan;
};

void TestWorkstation::initTestCase()
{
    QVERIFY(startServer());
    auto store = openStore();
    QVERIFY(store);
    const QDateTime now = QDateTime::currentDateTimeUtc();

    const QStringList surnames{
        QStringLiteral("Ахметова"), QStringLiteral("Smith"), QStringLiteral("Ivanov")};
    for (int n = 0; n < surnames.size(); ++n) {
        Case c = Builders::caseIn(CaseState::Received, kazakhstanDate(now), City::Astana);
        c.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        c.number = QStringLiteral("DNR-2026-%1").arg(n + 1, 6, 10, QLatin1Char('0'));
        c.applicant.surname = surnames.at(n);
        c.applicant.language = QStringLiteral("ru"); // notices go out in Russian
        m_cases.append(c);
    }
    QVERIFY(store->saveCases(m_cases));
}

Case TestWorkstation::ownCase(CaseState state, const QString &surname)
{
    const QDate today = kazakhstanDate(QDateTime::currentDateTimeUtc());
    QDate start = today.addDays(-400);
    while (Builders::dayReached(state, start.addDays(1)) <= today.addDays(-1))
        start = start.addDays(1);
    Case c = Builders::caseIn(state, start, City::Astana);
    c.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    c.number = QStringLiteral("DNR-2026-W%1").arg(c.id.left(6));
    c.applicant.surname = surname;
    return c;
}

void TestWorkstation::aWrongPasswordIsSaidAndMakesNoCache()
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

void TestWorkstation::anOfficerFindsACaseVerifiesADocumentReturnsItAndSyncs()
{
    Workstation workstation(config(m_dir.filePath(QStringLiteral("main"))), *m_law);
    QVERIFY(workstation.signIn(QStringLiteral("officer.astana"), Password));
    MainWindow *window = workstation.window();
    QVERIFY(window);
    QVERIFY(waitForSync(window));
    QVERIFY(QTest::qWaitForWindowExposed(window));
    // The first queue is the new applications, with its count.
    QCOMPARE(window->queueList()->currentRow(), 0);
    QVERIFY2(window->queueList()->item(0)->text().contains(u"(3)"),
             qPrintable(window->queueList()->item(0)->text()));
    QCOMPARE(window->caseModel()->rowCount(), 3);

    // Ctrl+F, the case's surname, Enter: the case opens.
    const Case &wanted = m_cases.at(1);
    QTest::keyClick(window, Qt::Key_F, Qt::ControlModifier);
    QVERIFY(window->searchField()->hasFocus());
    QTest::keyClicks(window->searchField(), QStringLiteral("smi"));
    QCOMPARE(window->caseModel()->rowCount(), 1);
    QCOMPARE(window->caseModel()->caseIdAt(0), wanted.id);
    QTest::keyClick(window->searchField(), Qt::Key_Return);
    QTest::keyClick(window->caseTable(), Qt::Key_Return);
    CaseView *view = window->caseView();
    QCOMPARE(view->caseId(), wanted.id);
    QVERIFY(view->findChild<QLabel *>(QStringLiteral("caseTitle"))->text().contains(wanted.number));

    // The passport's MRZ names someone else (the surname was changed): its
    // automatic checks fail, and it cannot be marked verified; the button
    // says why.
    const Case before = *view->currentCase();
    view->selectDocument(DocumentType::Passport);
    auto *verify = view->findChild<QPushButton *>(QStringLiteral("verifyDocument"));
    QVERIFY(verify && !verify->isEnabled());
    QVERIFY2(verify->toolTip().contains(u"automatic checks"), qPrintable(verify->toolTip()));
    view->verifySelectedDocument();
    auto *notice = view->findChild<QLabel *>(QStringLiteral("caseNotice"));
    QVERIFY2(notice->text().contains(u"automatic checks"), qPrintable(notice->text()));
    QVERIFY(workstation.session().store->outbox(QStringLiteral("pending"), 10)->isEmpty());

    // The photo passes them: verified, one command waits in the outbox, and
    // the case shows it at once.
    QCOMPARE(before.preliminaryDocuments.item(DocumentType::Photo)->status,
             DocumentStatus::Submitted);
    view->selectDocument(DocumentType::Photo);
    QTest::mouseClick(verify, Qt::LeftButton);
    QCOMPARE(view->currentCase()->preliminaryDocuments.item(DocumentType::Photo)->status,
             DocumentStatus::Verified);
    QCOMPARE(workstation.session().store->outbox(QStringLiteral("pending"), 10)->size(), 1);
    auto *badge = window->findChild<QToolButton *>(QStringLiteral("waiting"));
    QVERIFY(badge->text().startsWith(u"1 "));
    // The badge opens the outbox below the cases, a quarter of the window
    // high, not a third; a second click puts it away.
    auto *outboxDock = window->findChild<QDockWidget *>(QStringLiteral("outboxDock"));
    QVERIFY(!outboxDock->isVisible());
    QTest::mouseClick(badge, Qt::LeftButton);
    QTRY_VERIFY(outboxDock->isVisible());
    QTRY_VERIFY2(
        outboxDock->height() <= window->height() * 3 / 10,
        qPrintable(QStringLiteral("%1 of %2").arg(outboxDock->height()).arg(window->height())));
    QTest::mouseClick(badge, Qt::LeftButton);
    QTRY_VERIFY(!outboxDock->isVisible());

    // Return it for rework: the form, a reason, the key and its password.
    bool formSeen = false;
    connect(view, &CaseView::actionDialogOpened, this, [&](QDialog *opened) {
        QTimer::singleShot(0, opened, [&, opened] {
            auto *form = qobject_cast<ActionDialog *>(opened);
            QVERIFY(form);
            formSeen = true;
            // The passport's failed check is proposed as the reason (§12);
            // the officer adds another.
            QVERIFY2(form->objection().isEmpty(), qPrintable(form->objection()));
            form->checkReason(QStringLiteral("DOCS-NONCOMPLIANT"));
            QVERIFY2(form->objection().isEmpty(), qPrintable(form->objection()));
            // The notice the applicant gets reads in their language (Russian
            // here), whatever the screen speaks, with the catalog's reason.
            const QString letter = form->noticePreviewHtml();
            QVERIFY2(letter.contains(m_reasons->find(QStringLiteral("DOCS-NONCOMPLIANT"))
                                         ->text.in(u"ru")
                                         .toHtmlEscaped()),
                     qPrintable(letter));
            QVERIFY(letter.contains(wanted.number));
            QVERIFY2(letter.contains(u"доработк"), qPrintable(letter));
            QCOMPARE(Workflow::actionTitle(Action::ReturnForRework),
                     QStringLiteral("Return for rework")); // the screen still English
            form->setKeyPassword(KeyPassword);
            form->submit();
        });
    });
    auto *returnButton = view->findChild<QPushButton *>(QStringLiteral("action-return-for-rework"));
    QVERIFY(returnButton);
    QTest::mouseClick(returnButton, Qt::LeftButton);
    disconnect(view, &CaseView::actionDialogOpened, this, nullptr);
    QVERIFY(formSeen);
    QCOMPARE(workstation.session().store->outbox(QStringLiteral("pending"), 10)->size(), 2);
    QCOMPARE(view->currentCase()->state, CaseState::ReturnedForRework);

    // F5: both go to the server, which applies them; the outbox empties and
    // the cache holds the server's case.
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));
    QTest::keyClick(window, Qt::Key_F5);
    QVERIFY(waitForSync(window));
    QVERIFY(workstation.session().store->outbox(QStringLiteral("pending"), 10)->isEmpty());
    const Case after = **workstation.session().store->findCase(wanted.id);
    const auto refused = workstation.session().store->outbox(QStringLiteral("rejected"), 10);
    QVERIFY2(refused->isEmpty(),
             refused->isEmpty() ? ""
                                : QJsonDocument(refused->constFirst().answer).toJson().constData());
    QCOMPARE(after.state, CaseState::ReturnedForRework);
    QCOMPARE(after.version, before.version + 2);
    QCOMPARE(after.decisions.last().userId, QStringLiteral("officer.astana"));
    // The notice the server sent is in the case, and prints as a PDF.
    QCOMPARE(after.notices.size(), 1);
    NoticePreview preview(after, after.notices.constFirst(), *m_reasons, *m_calendar);
    const QString pdf = m_dir.filePath(QStringLiteral("notice.pdf"));
    QVERIFY(preview.saveAsPdf(pdf));
    QFile printed(pdf);
    QVERIFY(printed.open(QIODevice::ReadOnly));
    QVERIFY(printed.read(5) == "%PDF-");
    QVERIFY(printed.size() > 2000);
    preview.show();
    screenshot(&preview, QStringLiteral("notice-ru"));
    QVERIFY(window->findChild<QToolButton *>(QStringLiteral("waiting"))->text().startsWith(u"0 "));
    // It left the new applications for the returned queue.
    window->selectQueue(QStringLiteral("returned"));
    QCOMPARE(window->caseModel()->rowCount(), 1);
}

void TestWorkstation::aFormRefusesWhatTheLawRefusesBeforeSigning()
{
    Workstation workstation(config(m_dir.filePath(QStringLiteral("main"))), *m_law);
    QVERIFY(workstation.signIn(QStringLiteral("officer.astana"), Password));
    QVERIFY(waitForSync(workstation.window()));
    CaseDesk &desk = *workstation.session().desk;
    const Case c = **desk.currentCase(m_cases.at(2).id);
    QCOMPARE(c.state, CaseState::Received);
    // Registration needs every document verified (§12): the form says so and
    // will not queue anything.
    ActionDialog form(desk, c, Action::Register, m_keyFile);
    QVERIFY(!form.objection().isEmpty());
    auto *button = form.findChild<QDialogButtonBox *>()->buttons().constFirst();
    for (QAbstractButton *b : form.findChild<QDialogButtonBox *>()->buttons()) {
        if (form.findChild<QDialogButtonBox *>()->buttonRole(b) == QDialogButtonBox::AcceptRole)
            button = b;
    }
    QVERIFY(!button->isEnabled());
    form.submit();
    QVERIFY(workstation.session().store->outbox(QStringLiteral("pending"), 10)->isEmpty());

    // A decision with a wrong key password is not queued either.
    ActionDialog refusal(desk, c, Action::ReturnForRework, m_keyFile);
    refusal.checkReason(QStringLiteral("DOCS-INCOMPLETE"));
    QVERIFY(refusal.objection().isEmpty());
    refusal.setKeyPassword(QStringLiteral("wrong"));
    refusal.submit();
    QVERIFY(refusal.result() != QDialog::Accepted);
    QVERIFY(workstation.session().store->outbox(QStringLiteral("pending"), 10)->isEmpty());

    // Enter in the key password field is "sign", never "cancel": the reasons
    // chosen stay, and (the password wrong here) the form says why it did
    // not sign instead of closing.
    ActionDialog byEnter(desk, c, Action::ReturnForRework, m_keyFile);
    byEnter.checkReason(QStringLiteral("DOCS-INCOMPLETE"));
    byEnter.show();
    QVERIFY(QTest::qWaitForWindowExposed(&byEnter));
    auto *password = byEnter.findChild<QLineEdit *>(QStringLiteral("keyPassword"));
    QVERIFY(password);
    password->setFocus();
    QTest::keyClicks(password, QStringLiteral("wrong"));
    QTest::keyClick(password, Qt::Key_Return);
    QVERIFY(byEnter.isVisible());
    const QString said = byEnter.findChild<QLabel *>(QStringLiteral("lawObjection"))->text();
    QVERIFY2(said != UiTr::tr("The law allows this."), "Enter did not try to sign");
    QVERIFY(byEnter.objection().isEmpty()); // the reason chosen is still there

    // Closing a form with something entered asks first; "Cancel" keeps it.
    const auto answer = [this](const QString &choice) {
        QTimer::singleShot(0, this, [choice] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            for (QAbstractButton *b : box->buttons()) {
                if (b->text().remove(u'&') == choice)
                    b->click();
            }
        });
    };
    answer(QStringLiteral("Cancel"));
    byEnter.reject();
    QVERIFY(byEnter.isVisible());
    QVERIFY(byEnter.objection().isEmpty());
    answer(QStringLiteral("Discard"));
    byEnter.reject();
    QVERIFY(!byEnter.isVisible());
    // A form with nothing entered closes at once.
    ActionDialog untouched(desk, c, Action::ReturnForRework, m_keyFile);
    untouched.show();
    untouched.reject();
    QVERIFY(!untouched.isVisible());
    QVERIFY(workstation.session().store->outbox(QStringLiteral("pending"), 10)->isEmpty());
}

void TestWorkstation::aSignedInOfficerSignsInAgainOffline()
{
    // A cache this officer made online, with a case of the test's own in it
    // (no other test's cache or cases: issue 32, point 3) ...
    const QString folder = m_dir.filePath(QStringLiteral("signed-in-before"));
    QVERIFY(savedOnServer({ownCase(CaseState::ReturnedForRework, QStringLiteral("OFFLINE"))}));
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

void TestWorkstation::theScreenLocksAndOnlyThePasswordOpensIt()
{
    WorkstationConfig locking = config(m_dir.filePath(QStringLiteral("main")));
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

void TestWorkstation::theLanguageChangesWhileTheWindowIsOpen()
{
    Workstation workstation(config(m_dir.filePath(QStringLiteral("main"))), *m_law);
    QVERIFY(workstation.signIn(QStringLiteral("officer.astana"), Password));
    QVERIFY(waitForSync(workstation.window()));
    workstation.window()->openCase(m_cases.at(1).id);
    for (const auto &[language, queue] :
         {std::pair{QStringLiteral("kk"), QStringLiteral("Шешім")},
          std::pair{QStringLiteral("ru"), QStringLiteral("Решение")},
          std::pair{QStringLiteral("en"), QStringLiteral("Decision due")}}) {
        workstation.switchLanguage(language);
        MainWindow *window = workstation.window();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        bool found = false;
        for (int row = 0; row < window->queueList()->count(); ++row)
            found = found || window->queueList()->item(row)->text().startsWith(queue);
        QVERIFY2(found, qPrintable(language));
        QCOMPARE(window->caseView()->caseId(), m_cases.at(1).id); // the case stays open
        // Order point 9: the order ended on 31.12.2025 and nothing known here
        // extends it; every screen says so, in its language.
        auto *basis = window->findChild<QLabel *>(QStringLiteral("legalBasisBanner"));
        QVERIFY(basis && basis->isVisible());
        QVERIFY2(basis->text().contains(
                     m_law->legalBasis().instruments().constFirst().title.in(language)),
                 qPrintable(basis->text()));
        screenshot(window, QStringLiteral("main-window-") + language);
        window->caseView()->findChild<QTabWidget *>()->setCurrentIndex(1);
        screenshot(window->caseView(), QStringLiteral("case-") + language);
        window->caseView()->findChild<QTabWidget *>()->setCurrentIndex(0);
        // A decision form, with the law's objection until a reason is given.
        ActionDialog form(*workstation.session().desk,
                          **workstation.session().desk->currentCase(m_cases.at(2).id),
                          Action::ReturnForRework,
                          QStringLiteral("officer.astana.p12")); // as an officer's would read
        auto *reasons = form.findChild<QListWidget *>(QStringLiteral("reasons"));
        for (int row = 0; row < reasons->count(); ++row)
            reasons->item(row)->setCheckState(Qt::Unchecked);
        QVERIFY(!form.objection().isEmpty());
        form.show();
        screenshot(&form, QStringLiteral("decision-form-") + language);
        // An approval letter in the applicant's language (here the screen's):
        // a permanent residence permit, with the preliminary permit number.
        Case approved = Builders::caseIn(CaseState::PreliminarilyApproved);
        approved.applicant.language = language;
        Notice approval = approved.notices.constLast();
        approval.language = language;
        const QString letter = noticeHtml(approved, approval, *m_reasons, *m_calendar);
        QVERIFY(letter.contains(approved.preliminaryPermitNumber));
        if (language != u"en")
            QVERIFY2(letter.contains(language == u"kk" ? QStringLiteral("тұрақты тұруға рұқсат")
                                                       : QStringLiteral("постоянное жительство")),
                     qPrintable(letter));
        NoticePreview preview(approved, approval, *m_reasons, *m_calendar);
        preview.show();
        screenshot(&preview, QStringLiteral("approval-letter-") + language);
    }
}

void TestWorkstation::theCaseModelKeepsItsPromises()
{
    Workstation workstation(config(m_dir.filePath(QStringLiteral("main"))), *m_law);
    QVERIFY(workstation.signIn(QStringLiteral("officer.astana"), Password));
    QVERIFY(waitForSync(workstation.window()));
    CaseTableModel model(*workstation.session().desk);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setStates(allCaseStates());
    // Every case of the cache (others' tests may have added to the three).
    const int all = int(*workstation.session().store->caseCount());
    QCOMPARE(model.rowCount(), all);
    model.sort(CaseTableModel::Applicant, Qt::AscendingOrder);
    // Latin before Cyrillic, and the Cyrillic in its own order.
    QCOMPARE(model.data(model.index(0, CaseTableModel::Applicant)).toString().left(5),
             QStringLiteral("Ivano"));
    model.setSearch(QStringLiteral("ахмет")); // a Kazakh name, by its start, in any case
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.caseIdAt(0), m_cases.at(0).id);
    model.setSearch(QStringLiteral("DNR-2026-000002"));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.caseIdAt(0), m_cases.at(1).id);
    QVERIFY(!model.data(model.index(0, CaseTableModel::Deadline)).toString().isEmpty());
    model.setSearch(QString());
    QCOMPARE(model.rowCount(), all);
    // By deadline, as the queue and as a search: every case, the soonest first.
    model.sort(CaseTableModel::Deadline, Qt::AscendingOrder);
    QCOMPARE(model.rowCount(), all);
    model.setSearch(QStringLiteral("DNR-2026"));
    QCOMPARE(model.rowCount(), all);
    model.sort(CaseTableModel::Deadline, Qt::DescendingOrder);
    QCOMPARE(model.rowCount(), all);
    model.setSearch(QString());
}

void TestWorkstation::aClashIsShownInWordsAndMadeAgainOnTheServersVersion()
{
    // Two officers on one case, each offline with their own cache.
    Workstation first(config(m_dir.filePath(QStringLiteral("first"))), *m_law);
    QVERIFY(first.signIn(QStringLiteral("officer.astana"), Password));
    QVERIFY(waitForSync(first.window()));
    Workstation second(config(m_dir.filePath(QStringLiteral("second"))), *m_law);
    QVERIFY(second.signIn(QStringLiteral("officer2.astana"), Password));
    QVERIFY(waitForSync(second.window()));
    const QString id = m_cases.at(2).id;
    // Both judge the photo; the second also the state duty receipt.
    const std::pair<Workstation *, DocumentType> verdicts[] = {{&first, DocumentType::Photo},
                                                               {&second, DocumentType::Photo},
                                                               {&second, DocumentType::StateDuty}};
    for (auto [workstation, document] : verdicts) {
        CaseView *view = workstation->window()->caseView();
        view->showCase(id);
        view->selectDocument(document);
        QTest::mouseClick(view->findChild<QPushButton *>(QStringLiteral("verifyDocument")),
                          Qt::LeftButton);
    }
    QCOMPARE(second.session().store->outbox(QStringLiteral("pending"), 10)->size(), 2);
    first.window()->syncNow();
    QVERIFY(waitForSync(first.window()));
    // The second comes later: the state duty receipt, which nobody else
    // touched, goes on top (§10-12: each document's verdict is its own); the
    // photo clashes, is kept, and says who judged it first, in the officer's
    // language (the server's words, in Kazakh here).
    second.switchLanguage(QStringLiteral("kk"));
    const auto backToEnglish
        = qScopeGuard([&second] { second.switchLanguage(QStringLiteral("en")); });
    second.window()->syncNow();
    QVERIFY(waitForSync(second.window()));
    OutboxPanel *outbox = second.window()->outboxPanel();
    QVERIFY(outbox->isVisible());
    QCOMPARE(outbox->rows(), 1);
    QCOMPARE(outbox->statusAt(0), QStringLiteral("conflict"));
    auto *table = outbox->findChild<QTableWidget *>(QStringLiteral("outbox"));
    table->selectRow(0);
    const QString detail = outbox->findChild<QLabel *>(QStringLiteral("outboxDetail"))->text();
    QVERIFY2(detail.contains(QStringLiteral("officer.astana")), qPrintable(detail));
    QVERIFY2(detail.contains(documentTitle(DocumentType::Photo)), qPrintable(detail));
    QVERIFY2(detail.contains(QStringLiteral("өзгерді")), qPrintable(detail));
    screenshot(second.window(), QStringLiteral("outbox-clash-kk"));
    auto *rebase = outbox->findChild<QPushButton *>(QStringLiteral("rebase"));
    QVERIFY(rebase->isEnabled());
    QTest::mouseClick(rebase, Qt::LeftButton);
    QCOMPARE(outbox->rows(), 1);
    QCOMPARE(outbox->statusAt(0), QStringLiteral("pending"));
    second.window()->syncNow();
    QVERIFY(waitForSync(second.window()));
    QCOMPARE(outbox->rows(), 0);
    const Case after = **second.session().store->findCase(id);
    QCOMPARE(after.preliminaryDocuments.item(DocumentType::Photo)->status,
             DocumentStatus::Verified);
    QCOMPARE(after.preliminaryDocuments.item(DocumentType::StateDuty)->status,
             DocumentStatus::Verified);
}

void TestWorkstation::aCommandNotYetSentIsTakenBack()
{
    Workstation workstation(config(m_dir.filePath(QStringLiteral("first"))), *m_law);
    QVERIFY(workstation.signIn(QStringLiteral("officer.astana"), Password));
    QVERIFY(waitForSync(workstation.window()));
    CaseView *view = workstation.window()->caseView();
    view->showCase(m_cases.at(2).id);
    const Case before = *view->currentCase();
    view->selectDocument(DocumentType::Questionnaire);
    QTest::mouseClick(view->findChild<QPushButton *>(QStringLiteral("verifyDocument")),
                      Qt::LeftButton);
    QCOMPARE(view->currentCase()->preliminaryDocuments.item(DocumentType::Questionnaire)->status,
             DocumentStatus::Verified);
    OutboxPanel *outbox = workstation.window()->outboxPanel();
    QCOMPARE(outbox->rows(), 1);
    outbox->findChild<QTableWidget *>(QStringLiteral("outbox"))->selectRow(0);
    // "Take back" asks first; the answer is yes.
    QTimer::singleShot(0, this, [] {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            if (auto *box = qobject_cast<QMessageBox *>(widget); box && box->isVisible())
                box->buttons().constFirst()->click();
        }
    });
    QTest::mouseClick(outbox->findChild<QPushButton *>(QStringLiteral("discard")), Qt::LeftButton);
    QCOMPARE(outbox->rows(), 0);
    QVERIFY(workstation.session().store->outbox(QStringLiteral("pending"), 10)->isEmpty());
    view->reload();
    QCOMPARE(*view->currentCase(), before);

    // Quitting with a step not yet sent says what it is and offers to sync;
    // "Cancel" keeps the window, "Quit anyway" keeps the step in the outbox.
    view->selectDocument(DocumentType::Questionnaire);
    QTest::mouseClick(view->findChild<QPushButton *>(QStringLiteral("verifyDocument")),
                      Qt::LeftButton);
    QCOMPARE(outbox->rows(), 1);
    MainWindow *window = workstation.window();
    const auto answerQuit = [this](const QString &button, QString *said) {
        QTimer::singleShot(0, this, [button, said] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box || box->objectName() != u"unsentOnQuit")
                return;
            *said = box->text();
            for (QAbstractButton *b : box->buttons()) {
                if (b->text().remove(u'&') == button)
                    b->click();
            }
        });
    };
    QString said;
    answerQuit(QStringLiteral("Cancel"), &said);
    QVERIFY(!window->close());
    QVERIFY2(said.contains(before.number) && said.contains(u"1 step"), qPrintable(said));
    QVERIFY(window->isVisible());
    answerQuit(QStringLiteral("Quit anyway"), &said);
    QVERIFY(window->close());
    const auto kept = workstation.session().store->outbox(QStringLiteral("pending"), 10);
    QCOMPARE(kept->size(), 1);
    QVERIFY(*workstation.session().store->takeBack(kept->constFirst().command.id)); // as it was
}

void TestWorkstation::anEndedServerSessionAsksForThePasswordAndKeepsTheOutbox()
{
    Workstation workstation(config(m_dir.filePath(QStringLiteral("first"))), *m_law);
    MainWindow *window = openAs(workstation, QStringLiteral("officer.astana"));
    QVERIFY(window);
    CaseView *view = window->caseView();
    view->showCase(m_cases.at(2).id);
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
    const Case synced = **store.findCase(m_cases.at(2).id);
    QCOMPARE(synced.version, version + 1);
    QCOMPARE(synced.preliminaryDocuments.item(DocumentType::Questionnaire)->status,
             DocumentStatus::Verified);
}

void TestWorkstation::aSavedSearchComesBackInTheNextSession()
{
    // A case of the test's own, returned for rework, in a cache of its own.
    const Case returned = ownCase(CaseState::ReturnedForRework, QStringLiteral("OKONKWO"));
    QVERIFY(savedOnServer({returned}));
    const WorkstationConfig here = config(m_dir.filePath(QStringLiteral("saved-search")));
    {
        Workstation first(here, *m_law); // the cache filled by a first sync
        QVERIFY(openAs(first, QStringLiteral("officer.astana")));
    }
    int mostUrgent = -1;
    {
        Workstation workstation(here, *m_law);
        QVERIFY(workstation.signIn(QStringLiteral("officer.astana"), Password));
        MainWindow *window = workstation.window();
        mostUrgent = window->queueList()->currentRow();
        window->selectQueue(QStringLiteral("returned"));
        window->searchField()->setText(QStringLiteral("okon"));
        window->saveSearch(QStringLiteral("Okonkwo's return"));
    }
    Workstation workstation(here, *m_law);
    QVERIFY(workstation.signIn(QStringLiteral("officer.astana"), Password));
    MainWindow *window = workstation.window();
    // The next session opens where the window always does, not on the search.
    QCOMPARE(window->queueList()->currentRow(), mostUrgent);
    QCOMPARE(window->savedSearches().size(), 1);
    window->applySavedSearch(QStringLiteral("Okonkwo's return"));
    QCOMPARE(window->searchField()->text(), QStringLiteral("okon"));
    QCOMPARE(window->caseModel()->rowCount(), 1);
    QCOMPARE(window->caseModel()->caseIdAt(0), returned.id);
}

void TestWorkstation::aCasePastItsDeadlineIsInTheOverdueQueueAndTheBanner()
{
    // Filed three weeks ago and never registered: the two working days of
    // §12 are long over.
    const QDate today = kazakhstanDate(QDateTime::currentDateTimeUtc());
    Case late = Builders::caseIn(CaseState::Received, today.addDays(-21), City::Astana);
    late.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    late.number = QStringLiteral("DNR-2026-000099");
    // The records check answered with a hit, and the officer holds the case.
    late.checks.append({CheckPhase::Preliminary,
                        CheckKind::Idb,
                        CheckOutcome::Hit,
                        today.addDays(-20),
                        QStringLiteral("IDB-HIT-99"),
                        QStringLiteral("checks"),
                        {}});
    auto store = ServerStore::open(QStringLiteral("sqlite:") + m_server->folder()
                                   + QStringLiteral("/server.db"));
    QVERIFY(store);
    QVERIFY((*store)->saveCases({late}));
    QVERIFY((*store)->claimCase(
        late.id, QStringLiteral("officer.astana"), QDateTime::currentDateTimeUtc(), 3600));

    Workstation workstation(config(m_dir.filePath(QStringLiteral("late"))), *m_law);
    QVERIFY(workstation.signIn(QStringLiteral("officer.astana"), Password));
    MainWindow *window = workstation.window();
    QVERIFY(waitForSync(window));
    // The deadlines are worked out on the sync's thread after the sync.
    const auto overdueLabel = [window] {
        return window->queueList()->item(window->queueList()->count() - 1)->text();
    };
    QTRY_COMPARE_WITH_TIMEOUT(overdueLabel(), QStringLiteral("Overdue or due soon (1)"), 30000);
    // A queue of one stage hides the column that would repeat it.
    window->selectQueue(QStringLiteral("registration-due"));
    QTableView *table = window->caseTable();
    QVERIFY(table->isColumnHidden(CaseTableModel::Stage));
    window->selectQueue(QStringLiteral("overdue"));
    QVERIFY(!table->isColumnHidden(CaseTableModel::Stage));
    QCOMPARE(window->caseModel()->rowCount(), 1);
    QCOMPARE(window->caseModel()->caseIdAt(0), late.id);
    QVERIFY(window->caseModel()
                ->data(window->caseModel()->index(0, CaseTableModel::Deadline))
                .toString()
                .contains(u"over"));
    // The queue marks the hit (§11: a check's finding is a ground to refuse),
    // and says who holds the case.
    const QModelIndex number = window->caseModel()->index(0, CaseTableModel::Number);
    QVERIFY(number.data(CaseTableModel::HitRole).toBool());
    QVERIFY(number.data().toString().contains(u"⚠"));
    QVERIFY2(number.data(Qt::ToolTipRole).toString().contains(checkKindTitle(CheckKind::Idb)),
             qPrintable(number.data(Qt::ToolTipRole).toString()));
    QCOMPARE(window->caseModel()->index(0, CaseTableModel::Holder).data().toString(),
             UiTr::tr("%1 (you)").arg(QStringLiteral("Айгерім Сейтқали")));
    auto *banner = window->findChild<QLabel *>(QStringLiteral("breachBanner"));
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(u">1 "), qPrintable(banner->text()));

    // One search over all the officer's cases: each queue says how many of
    // its cases match, the one holding it and the overdue list alike.
    const auto queueLabel = [window](const QString &id) {
        for (int row = 0; row < window->queueList()->count(); ++row) {
            if (window->queueList()->item(row)->data(Qt::UserRole).toString() == id)
                return window->queueList()->item(row)->text();
        }
        return QString();
    };
    auto *search = window->findChild<QLineEdit *>(QStringLiteral("search"));
    search->setText(late.number);
    QTRY_VERIFY2(queueLabel(QStringLiteral("registration-due")).endsWith(u"(1 found)"),
                 qPrintable(queueLabel(QStringLiteral("registration-due"))));
    QVERIFY(queueLabel(QStringLiteral("overdue")).endsWith(u"(1 found)"));
    QVERIFY(queueLabel(QStringLiteral("returned")).endsWith(u"(0 found)"));
    search->clear();
    QTRY_VERIFY(!queueLabel(QStringLiteral("registration-due")).contains(u"found"));

    // The supervisor has the city's overdue list too, opened from the banner.
    Workstation supervising(config(m_dir.filePath(QStringLiteral("late-supervisor"))), *m_law);
    QVERIFY(supervising.signIn(QStringLiteral("supervisor.astana"), Password));
    MainWindow *overseer = supervising.window();
    QVERIFY(waitForSync(overseer));
    auto *alarm = overseer->findChild<QLabel *>(QStringLiteral("breachBanner"));
    QTRY_VERIFY_WITH_TIMEOUT(alarm->isVisible(), 30000);
    overseer->selectQueue(QStringLiteral("all"));
    Q_EMIT alarm->linkActivated(QStringLiteral("overdue"));
    const int overdueRow = overseer->queueList()->currentRow();
    QVERIFY(overseer->queueList()->item(overdueRow)->text().startsWith(u"Overdue"));
    // The overdue list says who holds each case, so the supervisor knows
    // whom to ask.
    const int lateRow = overseer->caseModel()->rowOf(late.id);
    QVERIFY(lateRow >= 0);
    QVERIFY(!overseer->caseTable()->isColumnHidden(CaseTableModel::Holder));
    QCOMPARE(overseer->caseModel()->index(lateRow, CaseTableModel::Holder).data().toString(),
             QStringLiteral("Айгерім Сейтқали"));
    QVERIFY(overseer->caseModel()
                ->index(lateRow, CaseTableModel::Number)
                .data(CaseTableModel::HitRole)
                .toBool());
    // The overdue list keeps its soonest-due order when the holder's header
    // is clicked, and the header shows the order the rows are really in.
    overseer->caseTable()->sortByColumn(CaseTableModel::Holder, Qt::AscendingOrder);
    QVERIFY(overseer->caseModel()->sortColumn() != CaseTableModel::Holder);
    QCOMPARE(overseer->caseTable()->horizontalHeader()->sortIndicatorSection(),
             overseer->caseModel()->sortColumn());
}

void TestWorkstation::aSupervisorGivesACaseToAnOfficer()
{
    Workstation workstation(config(m_dir.filePath(QStringLiteral("supervisor"))), *m_law);
    QVERIFY(workstation.signIn(QStringLiteral("supervisor.astana"), Password));
    MainWindow *window = workstation.window();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QVERIFY(waitForSync(window));
    const Case &given = m_cases.at(2);
    window->openCase(given.id);
    QCOMPARE(window->caseView()->caseId(), given.id);

    // Ctrl+Shift+G, the officer chosen with the keyboard, Enter.
    QTest::keyClick(window, Qt::Key_G, Qt::ControlModifier | Qt::ShiftModifier);
    QDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window->findChild<QDialog *>(QStringLiteral("give-case"))));
    auto *list = dialog->findChild<QListWidget *>(QStringLiteral("colleagues"));
    QVERIFY(list);
    QStringList offered;
    for (int row = 0; row < list->count(); ++row)
        offered.append(list->item(row)->data(Qt::UserRole).toString());
    offered.sort();
    // The city's officers; not the supervisor, not the ministry.
    QCOMPARE(offered,
             (QStringList{QStringLiteral("officer.astana"), QStringLiteral("officer2.astana")}));
    const auto chosen = list->findItems(QStringLiteral("officer2.astana"), Qt::MatchContains);
    QCOMPARE(chosen.size(), 1);
    list->setCurrentItem(chosen.constFirst());
    screenshot(dialog, QStringLiteral("give-case-en"));
    QTest::keyClick(list, Qt::Key_Return);
    QTRY_VERIFY(window->statusBar()->currentMessage().contains(u"officer2.astana"));

    // The server holds it for the officer, and the supervisor's own cache says so.
    QTRY_COMPARE(workstation.session().store->claimOf(given.id).value().value_or(ClaimRow{}).holder,
                 QStringLiteral("officer2.astana"));
    auto store = ServerStore::open(QStringLiteral("sqlite:") + m_server->folder()
                                   + QStringLiteral("/server.db"));
    QVERIFY(store);
    auto claim = (*store)->claimOf(given.id, QDateTime::currentDateTimeUtc());
    QVERIFY(claim && claim->has_value());
    QCOMPARE((*claim)->holder, QStringLiteral("officer2.astana"));
    (void)(*store)->releaseClaim(given.id, QStringLiteral("officer2.astana"));
}

void TestWorkstation::theMinistryFollowsItsPetitionsAndWorksNone()
{
    Workstation workstation(config(m_dir.filePath(QStringLiteral("ministry"))), *m_law);
    QVERIFY(workstation.signIn(QStringLiteral("ministry.reviewer"), Password));
    MainWindow *window = workstation.window();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QVERIFY(waitForSync(window));
    QVERIFY(window->queueList()->item(0)->text().startsWith(u"Petitions: under review"));
    QTRY_VERIFY(window->caseModel()->rowCount() >= int(m_cases.size()));
    window->openCase(m_cases.at(0).id);
    QCOMPARE(window->caseView()->caseId(), m_cases.at(0).id);
    // Read only: no action the law offers, and nothing to claim.
    const auto buttons = window->caseView()->findChildren<QPushButton *>();
    for (const QPushButton *button : buttons) {
        QVERIFY2(!button->isVisible() || !button->text().contains(u"Claim"),
                 qPrintable(button->text()));
    }
    QVERIFY(
        Workflow::availableActions(m_cases.at(0), workstation.session().account.actor()).isEmpty());
    workstation.switchLanguage(QStringLiteral("kk"));
    QVERIFY(QTest::qWaitForWindowExposed(workstation.window()));
    QVERIFY(workstation.window()->queueList()->item(0)->text().startsWith(u"Өтінішхаттар"));
    screenshot(workstation.window(), QStringLiteral("ministry-kk"));
    workstation.switchLanguage(QStringLiteral("en"));
}

namespace {

// A case driven through the law until `state`, reached `daysAgo` days before today.
Case cscCase(CaseState state, int daysAgo, const QString &number)
{
    const QDate today = kazakhstanDate(QDateTime::currentDateTimeUtc());
    // The latest start that reaches the state no later than that day.
    QDate start = today.addDays(-400);
    while (Builders::dayReached(state, start.addDays(1)) <= today.addDays(-daysAgo))
        start = start.addDays(1);
    Case c = Builders::caseIn(state, start, City::Astana);
    c.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    c.number = number;
    return c;
}

// Presses Ctrl+Shift+`key` in the window, as the officer does, and runs
// `work` on the dialog that `opened` announces, while it is open; closes it
// if `work` did not. Says whether the dialog came.
template<class Dialog, class Sender>
bool whileOpen(Sender *sender,
               void (Sender::*opened)(QDialog *),
               Qt::Key key,
               const std::function<void(Dialog *)> &work)
{
    QWidget *window = sender->window();
    return Kezek::Testing::whileOpen<Dialog>(
        sender,
        opened,
        [window, key] {
            window->activateWindow(); // as the officer's click back on it after a dialog
            if (QTest::qWaitForWindowActive(window))
                QTest::keyClick(window, key, Qt::ControlModifier | Qt::ShiftModifier);
        },
        work);
}

// Opens the comparison of one document and runs `work` on it while it is open.
void compare(CaseView *view, DocumentType type, const std::function<void(ComparisonDialog *)> &work)
{
    view->selectDocument(type);
    QVERIFY2(whileOpen<ComparisonDialog>(view, &CaseView::comparisonOpened, Qt::Key_C, work),
             qPrintable(documentTypeId(type)));
}

// Opens a desk's dialog with Ctrl+Shift+`key` and runs `work` on it while it is open.
template<class Dialog>
void atDesk(MainWindow *window, Qt::Key key, const std::function<void(Dialog *)> &work)
{
    QVERIFY(whileOpen<Dialog>(window, &MainWindow::deskDialogOpened, key, work));
}

const ChecklistItem *cscItem(CaseView *view, DocumentType type)
{
    return view->currentCase()->cscComparison.item(type);
}

} // namespace

void TestWorkstation::theCscDeskTakesAnArrivalAndSaysWhyItCannotTakeOthers()
{
    auto store = ServerStore::open(QStringLiteral("sqlite:") + m_server->folder()
                                   + QStringLiteral("/server.db"));
    QVERIFY(store);
    UserStore users(**store);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY(addCscOperator(users));
    m_arrival = cscCase(CaseState::PreliminarilyApproved, 3, QStringLiteral("DNR-2026-000101"));
    m_arrival.preliminaryPermitNumber = QStringLiteral("PP-2026-0101");
    // Filed on eGov, and its applicant already crossed the border (§19).
    m_arrival.filedAt = QDateTime(m_arrival.receivedOn.addDays(-1), QTime(12, 5), QTimeZone::utc());
    m_arrival = *Workflow::recordArrival(m_arrival,
                                         Builders::system(),
                                         m_arrival.preliminaryDecisionOn,
                                         m_arrival.preliminaryDecisionOn);
    m_lapsed = cscCase(CaseState::ApprovalAnnulled, 5, QStringLiteral("DNR-2026-000102"));
    m_lapsed.preliminaryPermitNumber = QStringLiteral("PP-2026-0102");
    m_refused = cscCase(CaseState::PreliminarilyRefused, 20, QStringLiteral("DNR-2026-000103"));
    m_refused.applicant.passportNumber = QStringLiteral("R7654321");
    m_registered = cscCase(CaseState::FinalRegistered, 1, QStringLiteral("DNR-2026-000104"));
    m_registered.applicant.surname = QStringLiteral("OKAFOR");
    QVERIFY((*store)->saveCases({m_arrival, m_lapsed, m_refused, m_registered}));
    // The passport as eGov filed it: a scan on the server, kept on the desk
    // once the case is claimed.
    const QByteArray filed = ScanGenerator::png(600, 840, 11);
    m_filedPassportScan
        = QString::fromLatin1(QCryptographicHash::hash(filed, QCryptographicHash::Sha256).toHex());
    QVERIFY((*store)->addDocument({m_filedPassportScan,
                                   m_arrival.id,
                                   QStringLiteral("passport.png"),
                                   QStringLiteral("image/png"),
                                   filed.size(),
                                   QStringLiteral("egov"),
                                   now.toString(Qt::ISODate)},
                                  filed,
                                  {QStringLiteral("egov"),
                                   QStringLiteral("upload-document"),
                                   m_arrival.id,
                                   QStringLiteral("passport.png")}));

    Workstation workstation(config(m_dir.filePath(QStringLiteral("csc"))), *m_law);
    MainWindow *window = openAs(workstation, QStringLiteral("csc.astana"));
    QVERIFY(window);
    QVERIFY(window->queueList()->item(0)->text().startsWith(u"Arrivals"));
    // The case says when it was filed and that the applicant arrived, and
    // not that they were fingerprinted, which they were not (§19).
    window->openCase(m_arrival.id);
    QStringList shown;
    for (const QLabel *label : window->caseView()->findChildren<QLabel *>())
        shown.append(label->text());
    QVERIFY2(shown.contains(QStringLiteral("Filed on eGov:")), qPrintable(shown.join(u'|')));
    QVERIFY(shown.contains(QStringLiteral("Arrived in Kazakhstan:")));
    QVERIFY(!shown.contains(QStringLiteral("Fingerprinted:")));

    const QString banEnd = displayDate(*m_refused.bannedUntil(*m_calendar));
    atDesk<ArrivalDialog>(window, Qt::Key_A, [&](ArrivalDialog *desk) {
        // Lapsed: said plainly, with the year the applicant must wait.
        desk->find(QStringLiteral("PP-2026-0102"));
        QCOMPARE(desk->matches()->count(), 1);
        QVERIFY(!desk->mayRecord());
        QVERIFY2(desk->verdictText().contains(u"annulled"), qPrintable(desk->verdictText()));
        // Refused, found by the passport: when a new application is possible.
        desk->find(QStringLiteral("r7654321"));
        QCOMPARE(desk->matches()->count(), 1);
        QVERIFY(!desk->mayRecord());
        QVERIFY2(desk->verdictText().contains(u"refused") && desk->verdictText().contains(banEnd),
                 qPrintable(desk->verdictText()));
        // Enter in the permit number records nothing, and says why.
        auto *permit = desk->findChild<QLineEdit *>(QStringLiteral("arrivalPermit"));
        QVERIFY(permit);
        QTest::keyClick(permit, Qt::Key_Return);
        QVERIFY2(desk->errorText().contains(banEnd), qPrintable(desk->errorText()));
        // Nobody: the desk says what to check.
        desk->find(QStringLiteral("PP-1999-0000"));
        QCOMPARE(desk->matches()->count(), 0);
        QVERIFY(desk->verdictText().contains(u"PP-1999-0000"));
        // The arrival, by the number on the notice, typed as it comes.
        auto *field = desk->findChild<QLineEdit *>(QStringLiteral("arrivalSearch"));
        field->clear();
        QTest::keyClicks(field, QStringLiteral("pp-2026-0101"));
        QTest::keyClick(field, Qt::Key_Return);
        QCOMPARE(desk->matches()->count(), 1);
        QVERIFY2(desk->mayRecord(), qPrintable(desk->verdictText()));
        QVERIFY(desk->verdictText().contains(u"in force"));
        screenshot(desk, QStringLiteral("arrival-en"));
        // No permit number: asked for; one that is not this case's: refused by the law.
        desk->setPermitNumber(QString());
        QVERIFY(!desk->recordArrival());
        QVERIFY(desk->errorText().contains(u"notice"));
        desk->setPermitNumber(QStringLiteral("PP-2026-0999"));
        QVERIFY(!desk->recordArrival());
        QVERIFY(desk->errorText().contains(u"PP-2026-0999"));
        QVERIFY(workstation.session().store->outbox(QStringLiteral("pending"), 10)->isEmpty());
        // Found again as typed, in lower case: the number is the case's own.
        QTest::keyClick(field, Qt::Key_Return);
        QCOMPARE(desk->findChild<QLineEdit *>(QStringLiteral("arrivalPermit"))->text(),
                 QStringLiteral("PP-2026-0101"));
        QVERIFY2(desk->recordArrival(), qPrintable(desk->errorText()));
    });
    // The case opens at the comparison, its one working day running.
    CaseView *view = window->caseView();
    QCOMPARE(view->caseId(), m_arrival.id);
    QCOMPARE(view->currentCase()->state, CaseState::AtCsc);
    QVERIFY(view->currentCase()->clock(ClockKind::CscRegistration));
    QCOMPARE(workstation.session().store->outbox(QStringLiteral("pending"), 10)->size(), 1);
}

void TestWorkstation::aPassportThatDiffersIsCaughtByItsMrz()
{
    Workstation workstation(config(m_dir.filePath(QStringLiteral("csc"))), *m_law);
    MainWindow *window = openAs(workstation, QStringLiteral("csc.astana"));
    QVERIFY(window);
    window->openCase(m_arrival.id);
    CaseView *view = window->caseView();
    QCOMPARE(view->currentCase()->state, CaseState::AtCsc);
    // Claimed and synced: the filed scans are kept here.
    QTest::keyClick(window, Qt::Key_M, Qt::ControlModifier);
    QVERIFY(*workstation.session().store->claimOf(m_arrival.id));
    window->syncNow();
    QVERIFY(waitForSync(window));
    QVERIFY(workstation.session().store->scan(m_filedPassportScan)->has_value());

    Applicant someoneElse = m_arrival.applicant;
    someoneElse.surname = QStringLiteral("MUELLERS");
    const DocumentFacts read = Builders::passportFacts(someoneElse);
    compare(view, DocumentType::Passport, [&](ComparisonDialog *dialog) {
        // Both sides shown, and moved together.
        QVERIFY(dialog->setDeskScan(ScanGenerator::png(600, 840, 12)));
        dialog->zoomBy(3.0);
        dialog->rotate();
        QCOMPARE(dialog->filedView()->transform(), dialog->originalView()->transform());
        QCOMPARE(dialog->rotation(), 90);
        QTest::qWait(50);
        dialog->filedView()->verticalScrollBar()->setValue(
            dialog->filedView()->verticalScrollBar()->maximum());
        QVERIFY(dialog->originalView()->verticalScrollBar()->maximum() > 0);
        QCOMPARE(dialog->originalView()->verticalScrollBar()->value(),
                 dialog->originalView()->verticalScrollBar()->maximum());
        dialog->rotate();
        dialog->rotate();
        dialog->rotate();
        dialog->fit();

        // The MRZ as the scanner pastes it, both lines at once.
        auto *line1 = dialog->findChild<QLineEdit *>(QStringLiteral("mrzLine1"));
        line1->setFocus();
        line1->insert(read.mrzLine1 + QLatin1Char('\n') + read.mrzLine2);
        QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("mrzLine2"))->text(), read.mrzLine2);
        // Field by field: only the surname differs, and it is marked.
        QTableWidget *table = dialog->mrzTable();
        QCOMPARE(table->rowCount(), 7);
        QStringList differing;
        for (int row = 0; row < table->rowCount(); ++row) {
            if (table->item(row, 3)->text().contains(u"differs")) {
                differing.append(table->item(row, 0)->data(Qt::UserRole).toString());
                QCOMPARE(table->item(row, 2)->background().color(),
                         KezekPalette::background(Tone::Error));
            }
        }
        QCOMPARE(differing, QStringList{QStringLiteral("surname")});
        QVERIFY2(dialog->checksText().contains(u"differs from the application"),
                 qPrintable(dialog->checksText()));
        screenshot(dialog, QStringLiteral("comparison-mismatch-en"));
        // It cannot be called matched; mismatched, with what the checks found.
        QVERIFY(!dialog->markMatched());
        QVERIFY2(dialog->errorText().contains(u"automatic checks"),
                 qPrintable(dialog->errorText()));
        QVERIFY(dialog->suggestedReason().contains(u"MUELLERS"));
        QVERIFY(!dialog->markMismatched(QStringLiteral("  ")));
        QVERIFY(dialog->markMismatched(dialog->suggestedReason()));
    });
    const ChecklistItem *passport = cscItem(view, DocumentType::Passport);
    QCOMPARE(passport->status, DocumentStatus::Rejected);
    QVERIFY(passport->rejectReason.contains(u"MUELLERS"));
    QCOMPARE(passport->facts.mrzLine1, read.mrzLine1);
    QVERIFY(!passport->scanSha256.isEmpty()); // the desk's scan, named by the verdict
    // The final application cannot be registered over it.
    QVERIFY(!Workflow::apply(
        *view->currentCase(),
        workstation.session().account.actor(),
        Builders::input(Action::RegisterFinalApplication, workstation.session().desk->today()),
        workstation.session().desk->law()));
}

void TestWorkstation::aFullMatchIsRegisteredAndTheDesksScanReachesTheServer()
{
    Workstation workstation(config(m_dir.filePath(QStringLiteral("csc"))), *m_law);
    MainWindow *window = openAs(workstation, QStringLiteral("csc.astana"));
    QVERIFY(window);
    window->openCase(m_arrival.id);
    CaseView *view = window->caseView();
    const QDate today = workstation.session().desk->today();
    const Applicant &applicant = m_arrival.applicant;
    // The original passport after all (the applicant brought the right one).
    QString photoScan;
    for (const CatalogEntry &entry : catalogFor(Stage::Final)) {
        compare(view, entry.type, [&](ComparisonDialog *dialog) {
            if (entry.type == DocumentType::CitizenshipRecord) {
                // §10(4), §28: the issuing state is on the desk, the
                // applicant's own by default; an apostille is judged by it.
                auto *state = dialog->findChild<QLineEdit *>(QStringLiteral("issuingState"));
                QVERIFY(state && state->isVisibleTo(dialog));
                QCOMPARE(state->text(), applicant.nationality);
                DocumentFacts apostilled = Builders::goodFacts(entry.type, applicant, today);
                apostilled.foreignIssued = true;
                apostilled.legalization = Legalization::Apostille;
                for (const auto &[issuer, verdict] :
                     {std::pair{QStringLiteral("DEU"), QStringLiteral("✓")},
                      std::pair{QStringLiteral("NGA"), QStringLiteral("?")}}) {
                    apostilled.issuingState = issuer;
                    dialog->setFacts(apostilled);
                    state->setText(issuer);
                    QVERIFY2(dialog->checksText().contains(verdict + u' '),
                             qPrintable(issuer + u'\n' + dialog->checksText()));
                }
            }
            dialog->setFacts(Builders::goodFacts(entry.type, applicant, today));
            if (entry.type == DocumentType::Photo) {
                // The photo's proportions come from the scan itself.
                dialog->setFacts({});
                QVERIFY(dialog->setDeskScan(ScanGenerator::png(350, 450, 5)));
                photoScan
                    = QString::fromLatin1(QCryptographicHash::hash(ScanGenerator::png(350, 450, 5),
                                                                   QCryptographicHash::Sha256)
                                              .toHex());
            }
            if (entry.type == DocumentType::HousingContract
                && qEnvironmentVariableIsSet("KEZEK_SCREENSHOTS")) {
                // The desk in the other two languages, for the guide.
                for (const QString &language : {QStringLiteral("kk"), QStringLiteral("ru")}) {
                    Workstation::applyLanguage(language);
                    ComparisonDialog shown(*workstation.session().desk,
                                           *view->currentCase(),
                                           ChecklistKind::CscComparison,
                                           DocumentType::Passport,
                                           {},
                                           window);
                    shown.setFacts(Builders::passportFacts(applicant));
                    shown.show();
                    screenshot(&shown, QStringLiteral("comparison-") + language);
                }
                Workstation::applyLanguage(QStringLiteral("en"));
            }
            // §21: the photo on its scan, the rest on the operator's word.
            QVERIFY2(
                dialog->markMatched(entry.type == DocumentType::Photo
                                        ? QString()
                                        : QStringLiteral("The desk's scanner was out of order; "
                                                         "I saw the original.")),
                qPrintable(dialog->errorText()));
        });
        QCOMPARE(cscItem(view, entry.type)->status, DocumentStatus::Verified);
    }
    QCOMPARE(cscItem(view, DocumentType::Photo)->facts.pixelWidth, 350);

    bool formSeen = false;
    connect(view, &CaseView::actionDialogOpened, this, [&](QDialog *opened) {
        QTimer::singleShot(0, opened, [&, opened] {
            formSeen = true;
            qobject_cast<ActionDialog *>(opened)->submit();
        });
    });
    view->openAction(Action::RegisterFinalApplication);
    disconnect(view, &CaseView::actionDialogOpened, this, nullptr);
    QVERIFY(formSeen);
    QCOMPARE(view->currentCase()->state, CaseState::FinalRegistered);
    QVERIFY(!workstation.session().store->pendingUploads()->isEmpty());

    // The sync uploads the desk's scans first, then the commands that name them.
    window->syncNow();
    QVERIFY(waitForSync(window));
    QVERIFY(workstation.session().store->pendingUploads()->isEmpty());
    QVERIFY(workstation.session().store->outbox(QStringLiteral("pending"), 50)->isEmpty());
    QVERIFY(workstation.session().store->outbox(QStringLiteral("rejected"), 50)->isEmpty());
    auto store = ServerStore::open(QStringLiteral("sqlite:") + m_server->folder()
                                   + QStringLiteral("/server.db"));
    QVERIFY(store);
    const auto onServer = (*store)->findCase(m_arrival.id);
    QVERIFY(onServer && onServer->has_value());
    QCOMPARE((*onServer)->state, CaseState::FinalRegistered);
    QCOMPARE((*onServer)->cscComparison.item(DocumentType::Photo)->scanSha256, photoScan);
    QCOMPARE(*(*store)->documentContent(photoScan), ScanGenerator::png(350, 450, 5));
}

void TestWorkstation::aCourierBatchIsSentWithItsListAndReceivedByTheOfficer()
{
    const QString tracking = QStringLiteral("KZP-2026-000777");
    const QString pdf = m_dir.filePath(QStringLiteral("transfer-list.pdf"));
    {
        Workstation workstation(config(m_dir.filePath(QStringLiteral("csc"))), *m_law);
        MainWindow *window = openAs(workstation, QStringLiteral("csc.astana"));
        QVERIFY(window);
        atDesk<CourierDialog>(window, Qt::Key_K, [&](CourierDialog *batch) {
            // Both registered cases, chosen already.
            QCOMPARE(batch->cases()->count(), 2);
            // No tracking number: the law refuses, nothing goes.
            QVERIFY(!batch->dispatch(pdf));
            QVERIFY(batch->errorText().contains(u"tracking"));
            QVERIFY(!QFile::exists(pdf));
            batch->setTracking(tracking);
            screenshot(batch, QStringLiteral("courier-en"));
            QVERIFY2(batch->dispatch(pdf), qPrintable(batch->errorText()));
        });
        window->syncNow();
        QVERIFY(waitForSync(window));
        QVERIFY(workstation.session().store->outbox(QStringLiteral("pending"), 50)->isEmpty());
        QVERIFY(workstation.session().store->outbox(QStringLiteral("rejected"), 50)->isEmpty());
    }
    // The transfer list: a PDF naming the batch and both cases, provisional
    // in Kazakh and Russian (the paper's languages) until the server has it.
    QPdfDocument list;
    QCOMPARE(list.load(pdf), QPdfDocument::Error::None);
    QVERIFY(list.pageCount() >= 1);
    QString text;
    for (int page = 0; page < list.pageCount(); ++page)
        text += list.getAllText(page).text();
    for (const QString &expected : {tracking,
                                    m_arrival.number,
                                    m_registered.number,
                                    QStringLiteral("АЛДЫН АЛА"),
                                    QStringLiteral("ПРЕДВАРИТЕЛЬНЫЙ")})
        QVERIFY2(text.contains(expected), qPrintable(text));

    Workstation workstation(config(m_dir.filePath(QStringLiteral("main"))), *m_law);
    MainWindow *window = openAs(workstation, QStringLiteral("officer.astana"));
    QVERIFY(window);
    atDesk<CourierDialog>(window, Qt::Key_R, [&](CourierDialog *received) {
        auto *field = received->findChild<QLineEdit *>(QStringLiteral("courierTracking"));
        QTest::keyClicks(field, QStringLiteral("kzp-2026-000777"));
        QTest::keyClick(field, Qt::Key_Return);
        QCOMPARE(received->cases()->count(), 2);
        // Enter found the batch and received nothing yet.
        QVERIFY(workstation.session().store->outbox(QStringLiteral("pending"), 10)->isEmpty());
        const bool done = received->receive();
        QVERIFY2(done, qPrintable(received->errorText()));
    });
    // Three working days of final verification run from today, for each.
    const QDate today = workstation.session().desk->today();
    for (const Case &sent : {m_arrival, m_registered}) {
        auto c = workstation.session().desk->currentCase(sent.id);
        QVERIFY(c && *c);
        QCOMPARE((*c)->state, CaseState::FinalVerification);
        const DeadlineClock *clock = (*c)->clock(ClockKind::FinalVerification);
        QVERIFY(clock);
        QCOMPARE(clock->started(), today);
        QCOMPARE(clock->dueDate(*m_calendar, today), m_calendar->addWorkingDays(today, 3));
    }
    // The officer's view: the CSC's verdict beside each original.
    window->openCase(m_arrival.id);
    QTableWidget *documents = window->caseView()->documentsTable();
    QVERIFY(!documents->isColumnHidden(4));
    QCOMPARE(documents->item(0, 4)->text(), documentStatusTitle(DocumentStatus::Verified));
    window->syncNow();
    QVERIFY(waitForSync(window));
    QVERIFY(workstation.session().store->outbox(QStringLiteral("pending"), 50)->isEmpty());
    const auto rejected = workstation.session().store->outbox(QStringLiteral("rejected"), 50);
    QVERIFY2(rejected->isEmpty(),
             rejected->isEmpty() ? ""
                                 : QJsonDocument(rejected->first().answer).toJson().constData());
    QVERIFY(workstation.session().store->outbox(QStringLiteral("conflict"), 50)->isEmpty());
    // And the server has them so.
    auto store = ServerStore::open(QStringLiteral("sqlite:") + m_server->folder()
                                   + QStringLiteral("/server.db"));
    QVERIFY(store);
    for (const Case &sent : {m_arrival, m_registered}) {
        const auto onServer = (*store)->findCase(sent.id);
        QVERIFY(onServer && onServer->has_value());
        QCOMPARE((*onServer)->state, CaseState::FinalVerification);
        QCOMPARE((*onServer)->courierTracking, tracking);
    }
}

void TestWorkstation::theResidencePermitDeskChecksThreeDocumentsAndRecordsThePermit()
{
    // Phase 3 (§25-27): the applicant is back at a CSC with the permit.
    Case granted = cscCase(CaseState::Granted, 2, QStringLiteral("DNR-2026-000105"));
    granted.preliminaryPermitNumber = QStringLiteral("PP-2026-0105");
    {
        auto store = ServerStore::open(QStringLiteral("sqlite:") + m_server->folder()
                                       + QStringLiteral("/server.db"));
        QVERIFY(store);
        QVERIFY((*store)->saveCases({granted}));
    }
    Workstation workstation(config(m_dir.filePath(QStringLiteral("csc"))), *m_law);
    MainWindow *window = openAs(workstation, QStringLiteral("csc.astana"));
    QVERIFY(window);
    // The arrival desk knows the case, sends it to the permit desk, and opens it.
    atDesk<ArrivalDialog>(window, Qt::Key_A, [&](ArrivalDialog *desk) {
        desk->find(QStringLiteral("PP-2026-0105"));
        QVERIFY(!desk->mayRecord());
        QVERIFY2(desk->verdictText().contains(u"residence permit"),
                 qPrintable(desk->verdictText()));
        QTest::mouseClick(desk->findChild<QPushButton *>(QStringLiteral("openArrival")),
                          Qt::LeftButton);
    });
    CaseView *view = window->caseView();
    QCOMPARE(view->caseId(), granted.id);

    // The valid passport, the permit notice and the duty receipt (§26).
    const QDate today = workstation.session().desk->today();
    for (const CatalogEntry &entry : catalogFor(Stage::Registration)) {
        compare(view, entry.type, [&](ComparisonDialog *dialog) {
            dialog->setFacts(Builders::goodFacts(entry.type, granted.applicant, today));
            // §26: no scan at this desk; the operator says why.
            QVERIFY2(dialog->markMatched(QStringLiteral("Seen at the desk; no scanner here.")),
                     qPrintable(dialog->errorText()));
        });
        QCOMPARE(view->currentCase()->registration.item(entry.type)->status,
                 DocumentStatus::Verified);
    }
    bool formSeen = false;
    connect(view, &CaseView::actionDialogOpened, this, [&](QDialog *opened) {
        QTimer::singleShot(0, opened, [&, opened] {
            formSeen = true;
            auto *form = qobject_cast<ActionDialog *>(opened);
            QVERIFY(!form->objection().isEmpty()); // the permit's number is asked for
            form->setReference(QStringLiteral("RP-2026-000105"));
            QVERIFY2(form->objection().isEmpty(), qPrintable(form->objection()));
            form->submit();
        });
    });
    view->openAction(Action::IssueResidencePermit);
    disconnect(view, &CaseView::actionDialogOpened, this, nullptr);
    QVERIFY(formSeen);
    QCOMPARE(view->currentCase()->state, CaseState::PermitIssued);
    QCOMPARE(view->currentCase()->residencePermitNumber, QStringLiteral("RP-2026-000105"));
    window->syncNow();
    QVERIFY(waitForSync(window));
    for (const char *status : {"pending", "rejected", "conflict"})
        QVERIFY(workstation.session().store->outbox(QString::fromLatin1(status), 50)->isEmpty());
    auto store = ServerStore::open(QStringLiteral("sqlite:") + m_server->folder()
                                   + QStringLiteral("/server.db"));
    QVERIFY(store);
    const auto onServer = (*store)->findCase(granted.id);
    QVERIFY(onServer && onServer->has_value());
    QCOMPARE((*onServer)->state, CaseState::PermitIssued);
    QCOMPARE((*onServer)->residencePermitNumber, QStringLiteral("RP-2026-000105"));
}

QTEST_MAIN(TestWorkstation)
void TestWorkstation::aNewLawFromTheServerIsCountedByAtOnce()
{
    // This workstation was built with a calendar the server does not count
    // by (one with 2027 in it).
    QTemporaryDir site;
    QFile file(site.filePath(QStringLiteral("calendar.json")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(TestData::siteCalendar2027());
    file.close();
    auto builtIn = ShippedData::lawbook(file.fileName());
    QVERIFY2(builtIn, qPrintable(builtIn ? QString() : builtIn.error().message));
    QVERIFY(builtIn->calendar().isConfirmed(2027));
    Workstation workstation(config(m_dir.filePath(QStringLiteral("new-law"))), *builtIn);
    MainWindow *window = openAs(workstation, QStringLiteral("officer.astana"));
    QVERIFY(window);
    // The first sync brought the server's law: the open session counts by
    // it, without signing in again.
    const Session &session = workstation.session();
    QCOMPARE(session.law->version(), *session.store->lawVersion());
    QVERIFY(session.law->version() != builtIn->version());
    QVERIFY(!session.desk->law().calendar.isConfirmed(2027));
    QVERIFY(window->statusBar()->currentMessage().contains(u"from now on"));
}

void TestWorkstation::aSupervisorRevokesARefusalMadeInErrorAndAWithdrawalIsShown()
{
    // A refusal made in error (§19): the city's supervisor revokes it, with
    // written reasoning and their own signature; the case goes back to the
    // officer's decision. And an application its applicant withdrew through
    // eGov shows as withdrawn among the decided.
    auto store = ServerStore::open(QStringLiteral("sqlite:") + m_server->folder()
                                   + QStringLiteral("/server.db"));
    QVERIFY(store);
    UserStore users(**store);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString keyFile = signingKey(users, QStringLiteral("supervisor.astana"));
    QVERIFY(!keyFile.isEmpty());
    const Case refused
        = cscCase(CaseState::PreliminarilyRefused, 2, QStringLiteral("DNR-2026-000201"));
    Case withdrawn = cscCase(CaseState::Received, 1, QStringLiteral("DNR-2026-000202"));
    withdrawn = Workflow::apply(withdrawn,
                                Builders::system(),
                                Builders::input(Action::Withdraw, kazakhstanDate(now)),
                                Builders::context())
                    ->after;
    QVERIFY((*store)->saveCases({refused, withdrawn}));

    WorkstationConfig supervisorConfig = config(m_dir.filePath(QStringLiteral("supervisor")));
    supervisorConfig.keyFile = keyFile;
    Workstation workstation(supervisorConfig, *m_law);
    MainWindow *window = openAs(workstation, QStringLiteral("supervisor.astana"));
    QVERIFY(window);
    window->openCase(refused.id);
    CaseView *view = window->caseView();
    QCOMPARE(view->caseId(), refused.id);
    // What the refusal rests on is on the case: NSC's answer and its day, and
    // every record check with its outcome (§13-17).
    auto *checks = view->findChild<QTableWidget *>(QStringLiteral("checks"));
    QVERIFY(checks);
    QCOMPARE(checks->rowCount(), int(refused.checks.size()) + 1);
    QCOMPARE(checks->item(0, 2)->text(), QStringLiteral("NOT APPROVED"));
    QCOMPARE(checks->item(0, 3)->text(),
             formatDate(Builders::dayReached(CaseState::DecisionDue, refused.receivedOn)));
    QCOMPARE(checks->item(1, 2)->text(), QStringLiteral("clear"));
    bool formSeen = false;
    connect(view, &CaseView::actionDialogOpened, this, [&](QDialog *opened) {
        QTimer::singleShot(0, opened, [&, opened] {
            auto *form = qobject_cast<ActionDialog *>(opened);
            QVERIFY(form);
            formSeen = true;
            // No reasoning yet: the law objects and nothing can be signed.
            QVERIFY(!form->objection().isEmpty());
            QVERIFY(form->findChild<QPlainTextEdit *>(QStringLiteral("text")));
            form->setText(QStringLiteral("Судимость принадлежит однофамильцу."));
            QVERIFY2(form->objection().isEmpty(), qPrintable(form->objection()));
            // The applicant's letter says the decision is revoked, in Russian.
            const QString letter = form->noticePreviewHtml();
            QVERIFY2(letter.contains(u"однофамильцу"), qPrintable(letter));
            screenshot(opened, QStringLiteral("revoke-decision-en"));
            form->setKeyPassword(KeyPassword);
            form->submit();
        });
    });
    auto *revoke = view->findChild<QPushButton *>(QStringLiteral("action-revoke-decision"));
    QVERIFY(revoke);
    QTest::mouseClick(revoke, Qt::LeftButton);
    disconnect(view, &CaseView::actionDialogOpened, this, nullptr);
    QVERIFY(formSeen);
    QCOMPARE(view->currentCase()->state, CaseState::DecisionDue);
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));
    QTest::keyClick(window, Qt::Key_F5);
    QVERIFY(waitForSync(window));
    const Case onServer = **(*store)->findCase(refused.id);
    QCOMPARE(onServer.state, CaseState::DecisionDue);
    QCOMPARE(onServer.decisions.constLast().kind, DecisionKind::Revocation);
    QCOMPARE(onServer.decisions.constLast().userId, QStringLiteral("supervisor.astana"));
    QVERIFY(!onServer.bannedUntil(*m_calendar));

    // The withdrawn application, in its own words, among the closed cases.
    window->selectQueue(caseStateId(CaseState::Withdrawn));
    QCOMPARE(window->caseModel()->rowCount(), 1);
    window->openCase(withdrawn.id);
    QVERIFY(window->caseView()
                ->findChild<QLabel *>(QStringLiteral("caseTitle"))
                ->text()
                .contains(withdrawn.number));
    QVERIFY(!view->findChild<QPushButton *>(QStringLiteral("action-revoke-decision")));
}

void TestWorkstation::everyDialogFitsALaptopScreen()
{
    // A 1366×768 laptop, less its task bar, at 125%: about 1090×580 pixels of
    // the application's own. Every dialog lays out in it with each button on
    // the screen, the comparison's verdict buttons included.
    Workstation workstation(config(m_dir.filePath(QStringLiteral("laptop"))), *m_law);
    MainWindow *window = openAs(workstation, QStringLiteral("officer.astana"));
    QVERIFY(window);
    CaseDesk &desk = *workstation.session().desk;
    const Case c = **desk.currentCase(m_cases.at(0).id);
    const QSize laptop(1092, 580);
    std::vector<std::unique_ptr<QDialog>> dialogs;
    for (DocumentType type :
         {DocumentType::Passport, DocumentType::CitizenshipRecord, DocumentType::HousingContract}) {
        dialogs.push_back(std::make_unique<ComparisonDialog>(
            desk, c, ChecklistKind::CscComparison, type, ComparisonDialog::ScanReader(), window));
    }
    dialogs.push_back(std::make_unique<ActionDialog>(desk, c, Action::ReturnForRework, m_keyFile));
    dialogs.push_back(std::make_unique<ArrivalDialog>(desk, window));
    dialogs.push_back(std::make_unique<PasswordDialog>(
        PasswordDialog::Change(),
        UiTr::tr("You signed in with a one-time password. Choose your own now: until then the "
                 "server gives and takes nothing."),
        window));
    if (qEnvironmentVariableIsSet("KEZEK_SCREENSHOTS")) {
        // The password form in the other two languages, for a look.
        for (const QString &language : {QStringLiteral("kk"), QStringLiteral("ru")}) {
            Workstation::applyLanguage(language);
            PasswordDialog shown(
                PasswordDialog::Change(),
                UiTr::tr("You signed in with a one-time password. Choose your own now: until "
                         "then the server gives and takes nothing."),
                window);
            shown.show();
            screenshot(&shown, QStringLiteral("password-") + language);
        }
        Workstation::applyLanguage(QStringLiteral("en"));
    }
    dialogs.push_back(std::make_unique<CourierDialog>(desk, CourierDialog::Mode::Dispatch, window));
    dialogs.push_back(std::make_unique<NoticePreview>(
        Builders::caseIn(CaseState::PreliminarilyApproved),
        Builders::caseIn(CaseState::PreliminarilyApproved).notices.constLast(),
        *m_reasons,
        *m_calendar));
    for (const auto &dialog : dialogs) {
        const QString name = QString::fromLatin1(dialog->metaObject()->className());
        QVERIFY2(dialog->minimumSizeHint().width() <= laptop.width()
                     && dialog->minimumSizeHint().height() <= laptop.height(),
                 qPrintable(name
                            + QStringLiteral(" needs %1×%2")
                                  .arg(dialog->minimumSizeHint().width())
                                  .arg(dialog->minimumSizeHint().height())));
        dialog->resize(laptop);
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
        QCOMPARE(dialog->size(), laptop);
        screenshot(dialog.get(), QStringLiteral("laptop-") + name.section(u':', -1).toLower());
        for (QAbstractButton *button : dialog->findChildren<QAbstractButton *>()) {
            if (!button->isVisibleTo(dialog.get()) || qobject_cast<QScrollBar *>(button->parent()))
                continue;
            const QRect at(button->mapTo(dialog.get(), QPoint(0, 0)), button->size());
            QVERIFY2(dialog->rect().contains(at),
                     qPrintable(name + u": " + button->text() + u" off the screen"));
        }
        dialog->hide();
    }
    // The main window, too, opens within the screen it is on.
    const QRect screen = window->screen()->availableGeometry();
    QVERIFY2(window->width() <= screen.width() && window->height() <= screen.height(),
             qPrintable(QStringLiteral("%1×%2 on %3×%4; the status bar needs %5, the queues %6")
                            .arg(window->width())
                            .arg(window->height())
                            .arg(screen.width())
                            .arg(screen.height())
                            .arg(window->statusBar()->minimumSizeHint().width())
                            .arg(window->queueList()->minimumWidth())));
}

void TestWorkstation::aScanIsReadFromTheServerWhenItIsNotKeptHere()
{
    // The ministry's reviewer claims nothing, so no scan is kept on their
    // workstation; online, a scan opens all the same, read from the server
    // and kept encrypted. Offline, the message says why it cannot open.
    Workstation workstation(config(m_dir.filePath(QStringLiteral("ministry-scans"))), *m_law);
    MainWindow *window = openAs(workstation, QStringLiteral("ministry.reviewer"));
    QVERIFY(window);
    window->openCase(m_arrival.id);
    CaseView *view = window->caseView();
    QCOMPARE(view->caseId(), m_arrival.id);
    view->selectDocument(DocumentType::Passport);
    QVERIFY(!view->findChild<ScanViewer *>());
    QTest::mouseClick(view->findChild<QPushButton *>(QStringLiteral("viewScan")), Qt::LeftButton);
    QTRY_VERIFY(view->findChild<ScanViewer *>());
    view->findChild<ScanViewer *>()->close();
    // The comparison reads the filed copy the same way (§21: the CSC sets the
    // original beside what eGov received), claim or none.
    {
        ComparisonDialog compared(
            *workstation.session().desk,
            *view->currentCase(),
            ChecklistKind::CscComparison,
            DocumentType::Passport,
            [view](const QString &sha256) { return view->readScan(sha256); },
            window);
        QVERIFY(!compared.filedView()->scene()->items().isEmpty());
        ComparisonDialog cacheOnly(*workstation.session().desk,
                                   *view->currentCase(),
                                   ChecklistKind::CscComparison,
                                   DocumentType::Passport,
                                   {},
                                   window);
        // Read once, the scan is now kept in the encrypted cache.
        QVERIFY(!cacheOnly.filedView()->scene()->items().isEmpty());
    }

    WorkstationConfig offline = config(m_dir.filePath(QStringLiteral("ministry-offline")));
    offline.server = QUrl(QStringLiteral("https://127.0.0.1:9"));
    Workstation away(config(m_dir.filePath(QStringLiteral("ministry-offline"))), *m_law);
    MainWindow *online = openAs(away, QStringLiteral("ministry.reviewer"));
    QVERIFY(online); // a first sign-in needs the server; then it goes away
    online->close();
    Workstation cut(offline, *m_law);
    QVERIFY(cut.signIn(QStringLiteral("ministry.reviewer"), Password));
    cut.window()->openCase(m_arrival.id);
    CaseView *cutView = cut.window()->caseView();
    cutView->selectDocument(DocumentType::Passport);
    QTest::mouseClick(cutView->findChild<QPushButton *>(QStringLiteral("viewScan")),
                      Qt::LeftButton);
    QVERIFY(!cutView->findChild<ScanViewer *>());
    auto *notice = cutView->findChild<QLabel *>(QStringLiteral("caseNotice"));
    QVERIFY2(notice->text().contains(u"online"), qPrintable(notice->text()));
}

void TestWorkstation::aOneTimePasswordIsChangedAndTheCacheOpensWithTheNewOne()
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

#include "tst_workstation.moc"
