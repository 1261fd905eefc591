// The migration officer's desk as the officer uses it: finding a case,
// judging its documents, the decision forms, clashes and the outbox, the
// queues and their deadlines, the languages and a laptop's screen. A real
// window (offscreen), a real kezek-server over TLS on loopback, keyboard and
// mouse through Qt Test. Every test stands on cases of its own (issue 32,
// point 3), so each passes alone and in any order.
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

class TestOfficerDesk : public GuiFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void anOfficerFindsACaseVerifiesADocumentReturnsItAndSyncs();
    void aFormRefusesWhatTheLawRefusesBeforeSigning();
    void theLanguageChangesWhileTheWindowIsOpen();
    void theCaseModelKeepsItsPromises();
    void aClashIsShownInWordsAndMadeAgainOnTheServersVersion();
    void aCommandNotYetSentIsTakenBack();
    void aSavedSearchComesBackInTheNextSession();
    void aCasePastItsDeadlineIsInTheOverdueQueueAndTheBanner();
    void aNewLawFromTheServerIsCountedByAtOnce();
    void everyDialogFitsALaptopScreen();

private:
    // New applications of the test's own, filed today, one per surname, with
    // notices in Russian; saved on the server, or none if it refused them.
    QList<Case> filedToday(const QStringList &surnames) const;
};

void TestOfficerDesk::initTestCase()
{
    QVERIFY(startServer());
}

QList<Case> TestOfficerDesk::filedToday(const QStringList &surnames) const
{
    QList<Case> cases;
    for (const QString &surname : surnames) {
        Case c = ownCase(CaseState::Received, 0);
        c.applicant.surname = surname;               // the passport's MRZ still names MUELLER
        c.applicant.language = QStringLiteral("ru"); // notices go out in Russian
        cases.append(c);
    }
    return savedOnServer(cases) ? cases : QList<Case>{};
}

void TestOfficerDesk::anOfficerFindsACaseVerifiesADocumentReturnsItAndSyncs()
{
    const QList<Case> mine = filedToday(
        {QStringLiteral("Жанибекова"), QStringLiteral("Smithfield"), QStringLiteral("Petrov")});
    QVERIFY(!mine.isEmpty());
    Workstation workstation(config(m_dir.filePath(QStringLiteral("finding"))), *m_law);
    QVERIFY(workstation.signIn(QStringLiteral("officer.astana"), Password));
    MainWindow *window = workstation.window();
    QVERIFY(window);
    QVERIFY(waitForSync(window));
    QVERIFY(QTest::qWaitForWindowExposed(window));
    // The first queue is the new applications, the test's three among them,
    // with its count.
    QCOMPARE(window->queueList()->currentRow(), 0);
    const int filed = window->caseModel()->rowCount();
    for (const Case &c : mine)
        QVERIFY(window->caseModel()->rowOf(c.id) >= 0);
    QVERIFY2(window->queueList()->item(0)->text().contains(QStringLiteral("(%1)").arg(filed)),
             qPrintable(window->queueList()->item(0)->text()));

    // Ctrl+F, the case's surname, Enter: the case opens.
    const Case &wanted = mine.at(1);
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
    auto *returnButton = view->findChild<QPushButton *>(QStringLiteral("action-return-for-rework"));
    QVERIFY(returnButton);
    QVERIFY(whileOpen<ActionDialog>(
        view,
        &CaseView::actionDialogOpened,
        [&] { QTest::mouseClick(returnButton, Qt::LeftButton); },
        [&](ActionDialog *form) {
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
        }));
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
    window->searchField()->clear();
    window->queueList()->setCurrentRow(0);
    QCOMPARE(window->caseModel()->rowCount(), filed - 1);
    QCOMPARE(window->caseModel()->rowOf(wanted.id), -1);
    window->selectQueue(QStringLiteral("returned"));
    QVERIFY(window->caseModel()->rowOf(wanted.id) >= 0);
}

void TestOfficerDesk::aFormRefusesWhatTheLawRefusesBeforeSigning()
{
    const QList<Case> mine = filedToday({QStringLiteral("Bergmann")});
    QVERIFY(!mine.isEmpty());
    Workstation workstation(config(m_dir.filePath(QStringLiteral("refusing"))), *m_law);
    QVERIFY(workstation.signIn(QStringLiteral("officer.astana"), Password));
    QVERIFY(waitForSync(workstation.window()));
    CaseDesk &desk = *workstation.session().desk;
    const Case c = **desk.currentCase(mine.constFirst().id);
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

void TestOfficerDesk::theLanguageChangesWhileTheWindowIsOpen()
{
    const QList<Case> mine = filedToday({QStringLiteral("Dubois"), QStringLiteral("Ivanova")});
    QVERIFY(!mine.isEmpty());
    Workstation workstation(config(m_dir.filePath(QStringLiteral("languages"))), *m_law);
    QVERIFY(workstation.signIn(QStringLiteral("officer.astana"), Password));
    QVERIFY(waitForSync(workstation.window()));
    workstation.window()->openCase(mine.at(0).id);
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
        QCOMPARE(window->caseView()->caseId(), mine.at(0).id); // the case stays open
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
                          **workstation.session().desk->currentCase(mine.at(1).id),
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

void TestOfficerDesk::theCaseModelKeepsItsPromises()
{
    const QList<Case> mine = filedToday(
        {QStringLiteral("Ахметова"), QStringLiteral("Ivanov"), QStringLiteral("Бекова")});
    QVERIFY(!mine.isEmpty());
    const Case &akhmetova = mine.at(0);
    const Case &ivanov = mine.at(1);
    const Case &bekova = mine.at(2);
    Workstation workstation(config(m_dir.filePath(QStringLiteral("model"))), *m_law);
    QVERIFY(workstation.signIn(QStringLiteral("officer.astana"), Password));
    QVERIFY(waitForSync(workstation.window()));
    CaseTableModel model(*workstation.session().desk);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setStates(allCaseStates());
    // Every case of the cache (other tests' cases among the test's three).
    const int all = int(*workstation.session().store->caseCount());
    QCOMPARE(model.rowCount(), all);
    model.sort(CaseTableModel::Applicant, Qt::AscendingOrder);
    // Latin before Cyrillic, and the Cyrillic in its own order.
    QVERIFY(model.rowOf(ivanov.id) < model.rowOf(akhmetova.id));
    QVERIFY(model.rowOf(akhmetova.id) < model.rowOf(bekova.id));
    QCOMPARE(model.data(model.index(model.rowOf(ivanov.id), CaseTableModel::Applicant))
                 .toString()
                 .left(6),
             QStringLiteral("Ivanov"));
    model.setSearch(QStringLiteral("ахмет")); // a Kazakh name, by its start, in any case
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.caseIdAt(0), akhmetova.id);
    model.setSearch(ivanov.number.toLower());
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.caseIdAt(0), ivanov.id);
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

void TestOfficerDesk::aClashIsShownInWordsAndMadeAgainOnTheServersVersion()
{
    // Two officers on one case, each offline with their own cache.
    const QList<Case> mine = filedToday({QStringLiteral("Haddad")});
    QVERIFY(!mine.isEmpty());
    Workstation first(config(m_dir.filePath(QStringLiteral("clash-first"))), *m_law);
    QVERIFY(first.signIn(QStringLiteral("officer.astana"), Password));
    QVERIFY(waitForSync(first.window()));
    Workstation second(config(m_dir.filePath(QStringLiteral("clash-second"))), *m_law);
    QVERIFY(second.signIn(QStringLiteral("officer2.astana"), Password));
    QVERIFY(waitForSync(second.window()));
    const QString id = mine.constFirst().id;
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

void TestOfficerDesk::aCommandNotYetSentIsTakenBack()
{
    const QList<Case> mine = filedToday({QStringLiteral("Lindqvist")});
    QVERIFY(!mine.isEmpty());
    Workstation workstation(config(m_dir.filePath(QStringLiteral("taking-back"))), *m_law);
    QVERIFY(workstation.signIn(QStringLiteral("officer.astana"), Password));
    QVERIFY(waitForSync(workstation.window()));
    CaseView *view = workstation.window()->caseView();
    view->showCase(mine.constFirst().id);
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

void TestOfficerDesk::aSavedSearchComesBackInTheNextSession()
{
    // A case of the test's own, returned for rework, in a cache of its own.
    Case returned = ownCase(CaseState::ReturnedForRework);
    returned.applicant.surname = QStringLiteral("OKONKWO");
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

void TestOfficerDesk::aCasePastItsDeadlineIsInTheOverdueQueueAndTheBanner()
{
    // Filed three weeks ago and never registered: the two working days of
    // §12 are long over.
    const QDate today = kazakhstanDate(QDateTime::currentDateTimeUtc());
    Case late = Builders::caseIn(CaseState::Received, today.addDays(-21), City::Astana);
    late.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    late.number = QStringLiteral("DNR-2026-L%1").arg(late.id.left(6).toUpper());
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
    // Beside it, a case whose NSC answer is not nearly due (§15): not in
    // the overdue list.
    const Case onTime = ownCase(CaseState::WithNsc, 0);
    QVERIFY((*store)->saveCases({late, onTime}));
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
    QTRY_VERIFY_WITH_TIMEOUT(
        (window->selectQueue(QStringLiteral("overdue")), window->caseModel()->rowOf(late.id) >= 0),
        30000);
    // Its label counts what it lists (the late case, and other tests' cases
    // due soon, if any).
    QTRY_COMPARE_WITH_TIMEOUT(
        overdueLabel(),
        QStringLiteral("Overdue or due soon (%1)").arg(window->caseModel()->rowCount()),
        30000);
    // A queue of one stage hides the column that would repeat it.
    window->selectQueue(QStringLiteral("registration-due"));
    QTableView *table = window->caseTable();
    QVERIFY(table->isColumnHidden(CaseTableModel::Stage));
    window->selectQueue(QStringLiteral("overdue"));
    QVERIFY(!table->isColumnHidden(CaseTableModel::Stage));
    const int lateRow = window->caseModel()->rowOf(late.id);
    QVERIFY(lateRow >= 0);
    QCOMPARE(window->caseModel()->rowOf(onTime.id), -1);
    QVERIFY(window->caseModel()
                ->data(window->caseModel()->index(lateRow, CaseTableModel::Deadline))
                .toString()
                .contains(u"over"));
    // The queue marks the hit (§11: a check's finding is a ground to refuse),
    // and says who holds the case.
    const QModelIndex number = window->caseModel()->index(lateRow, CaseTableModel::Number);
    QVERIFY(number.data(CaseTableModel::HitRole).toBool());
    QVERIFY(number.data().toString().contains(u"⚠"));
    QVERIFY2(number.data(Qt::ToolTipRole).toString().contains(checkKindTitle(CheckKind::Idb)),
             qPrintable(number.data(Qt::ToolTipRole).toString()));
    QCOMPARE(window->caseModel()->index(lateRow, CaseTableModel::Holder).data().toString(),
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
    const int overseenRow = overseer->caseModel()->rowOf(late.id);
    QVERIFY(overseenRow >= 0);
    QVERIFY(!overseer->caseTable()->isColumnHidden(CaseTableModel::Holder));
    QCOMPARE(overseer->caseModel()->index(overseenRow, CaseTableModel::Holder).data().toString(),
             QStringLiteral("Айгерім Сейтқали"));
    QVERIFY(overseer->caseModel()
                ->index(overseenRow, CaseTableModel::Number)
                .data(CaseTableModel::HitRole)
                .toBool());
    // The overdue list keeps its soonest-due order when the holder's header
    // is clicked, and the header shows the order the rows are really in.
    overseer->caseTable()->sortByColumn(CaseTableModel::Holder, Qt::AscendingOrder);
    QVERIFY(overseer->caseModel()->sortColumn() != CaseTableModel::Holder);
    QCOMPARE(overseer->caseTable()->horizontalHeader()->sortIndicatorSection(),
             overseer->caseModel()->sortColumn());
}

void TestOfficerDesk::aNewLawFromTheServerIsCountedByAtOnce()
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

void TestOfficerDesk::everyDialogFitsALaptopScreen()
{
    // A 1366×768 laptop, less its task bar, at 125%: about 1090×580 pixels of
    // the application's own. Every dialog lays out in it with each button on
    // the screen, the comparison's verdict buttons included.
    const QList<Case> mine = filedToday({QStringLiteral("Нұрланқызы")});
    QVERIFY(!mine.isEmpty());
    Workstation workstation(config(m_dir.filePath(QStringLiteral("laptop"))), *m_law);
    MainWindow *window = openAs(workstation, QStringLiteral("officer.astana"));
    QVERIFY(window);
    CaseDesk &desk = *workstation.session().desk;
    const Case c = **desk.currentCase(mine.constFirst().id);
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

QTEST_MAIN(TestOfficerDesk)
#include "tst_officerdesk.moc"
