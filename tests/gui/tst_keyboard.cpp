// The workstation by keyboard and through assistive technology: a focus
// that can be seen, tables walked by rows, mnemonics on either keyboard
// layout, a name for every control, the shortcut sheet, Enter in every
// dialog and the lock screen at a shared desk.
#include "core/domain/queues.h"
#include "core/domain/workflow.h"
#include "core/security/passwords.h"
#include "db/client/clientstore.h"
#include "db/server/serverstore.h"
#include "db/server/userstore.h"
#include "sync/syncengine.h"
#include "tests/gui/guifixture.h"
#include "tests/support/builders.h"
#include "ui/actiondialog.h"
#include "ui/arrivaldialog.h"
#include "ui/casetablemodel.h"
#include "ui/caseview.h"
#include "ui/comparisondialog.h"
#include "ui/courierdialog.h"
#include "ui/deadlinetext.h"
#include "ui/focusstyle.h"
#include "ui/givecasedialog.h"
#include "ui/layoutmnemonics.h"
#include "ui/lockdialog.h"
#include "ui/mainwindow.h"
#include "ui/noticepreview.h"
#include "ui/passworddialog.h"
#include "ui/scanviewer.h"
#include "ui/serversignindialog.h"
#include "ui/shortcutsheet.h"
#include "ui/signindialog.h"
#include "ui/toast.h"
#include "ui/uitr.h"
#include "ui/workstation.h"

#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextEdit>
#include <QTimer>
#include <QToolButton>
#include <QUuid>

using namespace Kezek;
using namespace Kezek::Testing;

class TestKeyboard : public GuiFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void theFocusIsATwoPixelFrameInTheHighlightColour();
    void tabLeavesATableAndTheArrowsMoveByRows();
    void altAndTheKeyUnderACyrillicLetterOpensItsMenuOnALatinLayout();
    void aCyrillicButtonIsPressedFromTheLatinLayout();
    void ctrlMOnACaseAColleagueWorksSaysWhoAndUntilWhen();
    void ctrlMForAReaderSaysItClaimsNothing();
    void theShortcutSheetListsTheWindowsKeysAndFilters();
    void everyDialogHasAButtonForEnter();
    void enterInTheCourierDialogActs();
    void theLockSaysWhoLockedItAndKeepsTheErrorWhole();
    void anotherUserSignsInAtTheLockAndTheOutboxWaits();
    void everyControlOfEveryWindowHasAName();

private:
    QList<Case> m_cases;
};

namespace {

Case receivedCase(int n, const QString &surname)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    Case c = Builders::caseIn(CaseState::Received, kazakhstanDate(now), City::Astana);
    c.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    c.number = QStringLiteral("DNR-2026-%1").arg(500 + n, 6, 10, QLatin1Char('0'));
    c.applicant.surname = surname;
    return c;
}

// The visible top-level widget of that class, or none.
template<class Widget>
Widget *shown()
{
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (auto *typed = qobject_cast<Widget *>(widget); typed && typed->isVisible())
            return typed;
    }
    return nullptr;
}

// Runs `work` once a visible `Widget` is up (polled from the event loop,
// since the widget may run its own loop), within ten seconds.
template<class Widget>
void whenShown(QObject *context, const std::function<void(Widget *)> &work, int tries = 500)
{
    QTimer::singleShot(20, context, [context, work, tries] {
        if (Widget *widget = shown<Widget>())
            work(widget);
        else if (tries > 0)
            whenShown<Widget>(context, work, tries - 1);
    });
}

// How many pixels of `image` on row `y`, from the left, are exactly `colour`.
int runOf(const QImage &image, int y, int fromX, const QColor &colour)
{
    int run = 0;
    while (fromX + run < image.width() && image.pixelColor(fromX + run, y) == colour)
        ++run;
    return run;
}

} // namespace

void TestKeyboard::initTestCase()
{
    QVERIFY(startServer());
    auto store = openStore();
    QVERIFY(store);
    m_cases = {receivedCase(1, QStringLiteral("Ахметова")),
               receivedCase(2, QStringLiteral("Smith")),
               receivedCase(3, QStringLiteral("Ivanov"))};
    QVERIFY(store->saveCases(m_cases));
    UserStore users(*store);
    QVERIFY(addCscOperator(users));
}

void TestKeyboard::cleanup()
{
    Workstation::applyLanguage(QStringLiteral("en"));
}

void TestKeyboard::theFocusIsATwoPixelFrameInTheHighlightColour()
{
    FocusStyle::install();
    QVERIFY(qobject_cast<FocusStyle *>(QApplication::style()));
    QDialog dialog;
    auto *field = new QLineEdit(&dialog);
    auto *button = new QPushButton(QStringLiteral("Verify"), &dialog);
    field->setGeometry(10, 10, 200, 30);
    button->setGeometry(10, 60, 200, 40);
    button->setAutoDefault(false);
    dialog.resize(240, 120);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    const QColor highlight = dialog.palette().color(QPalette::Active, QPalette::Highlight);
    const auto framed = [&highlight](QWidget *widget) {
        const QImage image = widget->grab().toImage();
        // Somewhere in the first few pixels from the left, at mid-height:
        // two pixels of the highlight colour, side by side.
        for (int x = 0; x < 8; ++x) {
            if (runOf(image, image.height() / 2, x, highlight) >= FocusStyle::FrameWidth)
                return true;
        }
        return false;
    };

    field->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(field->hasFocus());
    QVERIFY(framed(field));
    QVERIFY(!framed(button));
    // By mouse as well as by Tab: whoever types next must see where.
    button->setFocus(Qt::MouseFocusReason);
    QTRY_VERIFY(button->hasFocus());
    QVERIFY(framed(button));
    QVERIFY(!framed(field));
}

void TestKeyboard::tabLeavesATableAndTheArrowsMoveByRows()
{
    Workstation workstation(config(m_dir.filePath(QStringLiteral("tables"))), *m_law);
    MainWindow *window = openAs(workstation, QStringLiteral("officer.astana"));
    QVERIFY(window);
    QTableView *table = window->caseTable();
    QVERIFY(table->model()->rowCount() >= 2);
    table->setFocus(Qt::TabFocusReason);
    table->selectRow(0);
    QTRY_VERIFY(table->hasFocus());
    screenshot(window, QStringLiteral("keyboard-table-focus"));

    QTest::keyClick(table, Qt::Key_Down);
    QCOMPARE(table->currentIndex().row(), 1);
    QVERIFY(table->selectionModel()->isRowSelected(1, {}));
    QCOMPARE(table->selectionModel()->selectedRows().size(), 1);
    QTest::keyClick(table, Qt::Key_Up);
    QCOMPARE(table->currentIndex().row(), 0);

    // Tab goes on to the next control, not to the next cell.
    QTest::keyClick(table, Qt::Key_Tab);
    QVERIFY(!table->hasFocus());
    QCOMPARE(table->currentIndex().row(), 0);
    // And every other table of the window walks the same way.
    for (QTableView *other : window->findChildren<QTableView *>()) {
        QVERIFY2(!other->tabKeyNavigation(), qPrintable(other->objectName()));
        QCOMPARE(other->selectionBehavior(), QAbstractItemView::SelectRows);
    }
}

void TestKeyboard::altAndTheKeyUnderACyrillicLetterOpensItsMenuOnALatinLayout()
{
    // The physical key of a letter in the Russian and Kazakh layouts, as a
    // US layout names it.
    QCOMPARE(LayoutMnemonics::lettersOnKey(Qt::Key_H), QList<QChar>{QChar(u'Р')});
    QCOMPARE(LayoutMnemonics::lettersOnKey(Qt::Key_Semicolon), QList<QChar>{QChar(u'Ж')});
    QCOMPARE(LayoutMnemonics::lettersOnKey(Qt::Key_0), QList<QChar>{QChar(u'Қ')});
    QVERIFY(LayoutMnemonics::lettersOnKey(Qt::Key_F1).isEmpty());

    for (const auto &[language, key, title] :
         {std::tuple{QStringLiteral("ru"), Qt::Key_H, QStringLiteral("&Работа")},
          std::tuple{QStringLiteral("ru"), Qt::Key_J, QStringLiteral("&Очереди")},
          std::tuple{QStringLiteral("kk"), Qt::Key_Semicolon, QStringLiteral("&Жұмыс")},
          std::tuple{QStringLiteral("kk"), Qt::Key_R, QStringLiteral("&Кезектер")}}) {
        Workstation::applyLanguage(language);
        Workstation workstation(config(m_dir.filePath(QStringLiteral("layout-") + language)),
                                *m_law);
        MainWindow *window = openAs(workstation, QStringLiteral("officer.astana"));
        QVERIFY(window);
        window->caseTable()->setFocus();
        QTest::keyClick(window->caseTable(), key, Qt::AltModifier);
        QAction *opened = window->menuBar()->activeAction();
        QVERIFY2(opened, qPrintable(title));
        QCOMPARE(opened->text(), title);
        QTRY_VERIFY(opened->menu()->isVisible());
        screenshot(window, QStringLiteral("keyboard-mnemonic-") + language);
        opened->menu()->close();
        QTRY_VERIFY(!opened->menu()->isVisible());
        // A key with no letter of a mnemonic on it does nothing.
        QTest::keyClick(window->caseTable(), Qt::Key_Q, Qt::AltModifier);
        QVERIFY(!QApplication::activePopupWidget());
    }

    // In the open menu, the key alone: "&Найти дело" (Н lies on Y) puts the
    // focus in the search, as the Cyrillic letter does.
    Workstation::applyLanguage(QStringLiteral("ru"));
    Workstation workstation(config(m_dir.filePath(QStringLiteral("layout-menu"))), *m_law);
    MainWindow *window = openAs(workstation, QStringLiteral("officer.astana"));
    QVERIFY(window);
    window->caseTable()->setFocus();
    QTest::keyClick(window->caseTable(), Qt::Key_H, Qt::AltModifier);
    QMenu *work = window->menuBar()->activeAction()->menu();
    QTRY_VERIFY(work->isVisible());
    QTest::keyClick(work, Qt::Key_Y);
    QTRY_VERIFY(!work->isVisible());
    QTRY_VERIFY(window->searchField()->hasFocus());
}

void TestKeyboard::aCyrillicButtonIsPressedFromTheLatinLayout()
{
    Workstation::applyLanguage(QStringLiteral("ru"));
    Workstation workstation(config(m_dir.filePath(QStringLiteral("button"))), *m_law);
    MainWindow *window = openAs(workstation, QStringLiteral("officer.astana"));
    QVERIFY(window);
    window->openCase(m_cases.at(0).id);
    CaseView *view = window->caseView();
    view->findChild<QTabWidget *>()->setCurrentIndex(1); // the documents
    view->selectDocument(DocumentType::Photo);
    auto *verify = view->findChild<QPushButton *>(QStringLiteral("verifyDocument"));
    QVERIFY(verify);
    QVERIFY(verify->isVisible());
    QVERIFY(verify->isEnabled());
    // "&Проверить" in Russian: П lies on the G key.
    QCOMPARE(verify->text().section(u'&', 1).left(1), QStringLiteral("П"));
    QSignalSpy pressed(verify, &QPushButton::clicked);
    window->caseTable()->setFocus();
    QTest::keyClick(window->caseTable(), Qt::Key_G, Qt::AltModifier);
    QCOMPARE(pressed.size(), 1);
    // The command it made is taken back: the case stays as the others expect.
    const auto pending = workstation.session().store->outbox(QStringLiteral("pending"), 10);
    QVERIFY(pending);
    for (const OutboxEntry &entry : *pending)
        QVERIFY(*workstation.session().store->takeBack(entry.command.id));
}

void TestKeyboard::ctrlMOnACaseAColleagueWorksSaysWhoAndUntilWhen()
{
    Workstation workstation(config(m_dir.filePath(QStringLiteral("taken"))), *m_law);
    MainWindow *window = openAs(workstation, QStringLiteral("officer.astana"));
    QVERIFY(window);
    // A colleague holds the case, as the last sync said.
    const QDateTime until = QDateTime::currentDateTimeUtc().addSecs(3 * 3600);
    QVERIFY(workstation.session().store->replaceClaims(
        {{m_cases.at(1).id, QStringLiteral("officer.colleague"), until, QString()}},
        QStringLiteral("officer.astana")));
    window->openCase(m_cases.at(1).id);
    auto *toast = window->findChild<Toast *>();
    QVERIFY(toast);
    QSignalSpy said(window->caseView(), &CaseView::said);
    window->caseTable()->setFocus();
    QTest::keyClick(window->caseTable(), Qt::Key_M, Qt::ControlModifier);
    QCOMPARE(said.size(), 1);
    const QString text = said.at(0).at(0).toString();
    QVERIFY2(text.contains(QStringLiteral("officer.colleague")), qPrintable(text));
    QVERIFY2(text.contains(formatDateTime(until)), qPrintable(text));
    QVERIFY(toast->isVisible());
    // Nothing was asked of the server.
    QVERIFY(workstation.session().store->claimsToSend()->isEmpty());
}

void TestKeyboard::ctrlMForAReaderSaysItClaimsNothing()
{
    // Issue 27: the ministry's reviewer has no Claim button (claims belong to
    // the offices that work a case); Ctrl+M said nothing at all. It says why.
    Workstation workstation(config(m_dir.filePath(QStringLiteral("reader-claim"))), *m_law);
    MainWindow *window = openAs(workstation, QStringLiteral("ministry.reviewer"));
    QVERIFY(window);
    window->openCase(m_cases.at(0).id);
    QCOMPARE(window->caseView()->caseId(), m_cases.at(0).id);
    auto *toast = window->findChild<Toast *>();
    QVERIFY(toast);
    QSignalSpy said(window->caseView(), &CaseView::said);
    window->caseTable()->setFocus();
    QTest::keyClick(window->caseTable(), Qt::Key_M, Qt::ControlModifier);
    QCOMPARE(said.size(), 1);
    const QString text = said.at(0).at(0).toString();
    QVERIFY2(text.contains(u"claims none"), qPrintable(text));
    QVERIFY(toast->isVisible());
    QVERIFY(workstation.session().store->claimsToSend()->isEmpty());
}

void TestKeyboard::theShortcutSheetListsTheWindowsKeysAndFilters()
{
    Workstation workstation(config(m_dir.filePath(QStringLiteral("sheet"))), *m_law);
    MainWindow *window = openAs(workstation, QStringLiteral("officer.astana"));
    QVERIFY(window);
    QStringList all;
    QStringList locks;
    QStringList none;
    bool seen = false;
    connect(window, &MainWindow::shortcutSheetOpened, this, [&](QDialog *dialog) {
        QTimer::singleShot(0, dialog, [&, dialog] {
            seen = true;
            const auto close = qScopeGuard([dialog] { dialog->reject(); });
            auto *sheet = qobject_cast<ShortcutSheet *>(dialog);
            QVERIFY(sheet);
            QVERIFY(QTest::qWaitForWindowActive(sheet));
            QTRY_VERIFY(sheet->filterField()->hasFocus()); // typing filters at once
            all = sheet->shownRows();
            screenshot(sheet, QStringLiteral("keyboard-sheet"));
            QTest::keyClicks(sheet->filterField(), QStringLiteral("LOCK"));
            locks = sheet->shownRows();
            screenshot(sheet, QStringLiteral("keyboard-sheet-filtered"));
            sheet->filterField()->setText(QStringLiteral("no such action anywhere"));
            none = sheet->shownRows();
        });
    });
    // F1, as from the Help menu.
    QTest::keyClick(window, Qt::Key_F1);
    QVERIFY(seen);
    QVERIFY2(all.contains(QStringLiteral("Find a case — Ctrl+F")), qPrintable(all.join(u'\n')));
    QVERIFY2(all.contains(QStringLiteral("Lock the screen — Ctrl+L")), qPrintable(all.join(u'\n')));
    QVERIFY2(all.contains(QStringLiteral("Verify — Ctrl+Shift+V")), qPrintable(all.join(u'\n')));
    QVERIFY2(all.contains(QStringLiteral("Keyboard shortcuts — F1")), qPrintable(all.join(u'\n')));
    // The filter keeps the rows with the word in either column, in any case.
    QVERIFY(!locks.isEmpty() && locks.size() < all.size());
    QVERIFY(locks.contains(QStringLiteral("Lock the screen — Ctrl+L")));
    for (const QString &row : std::as_const(locks))
        QVERIFY2(row.contains(u"lock", Qt::CaseInsensitive), qPrintable(row));
    QVERIFY(none.isEmpty());

    // The keys column filters too, and in Russian the words are the Russian
    // window's.
    workstation.switchLanguage(QStringLiteral("ru"));
    ShortcutSheet russian(workstation.window());
    russian.filterField()->setText(QStringLiteral("Ctrl+L"));
    QCOMPARE(russian.shownRows().size(), 1);
    QVERIFY2(russian.shownRows().constFirst().startsWith(UiTr::tr("&Lock the screen").remove(u'&')),
             qPrintable(russian.shownRows().constFirst()));
    QVERIFY(!russian.shownRows().constFirst().startsWith(u"Lock"));
    russian.show();
    screenshot(&russian, QStringLiteral("keyboard-sheet-ru"));
}

void TestKeyboard::everyDialogHasAButtonForEnter()
{
    Workstation workstation(config(m_dir.filePath(QStringLiteral("enter"))), *m_law);
    MainWindow *window = openAs(workstation, QStringLiteral("officer.astana"));
    QVERIFY(window);
    CaseDesk &desk = *workstation.session().desk;
    const Case c = **desk.currentCase(m_cases.at(0).id);
    const Case decided = Builders::caseIn(CaseState::PreliminarilyApproved);
    std::vector<std::unique_ptr<QDialog>> dialogs;
    dialogs.push_back(std::make_unique<ActionDialog>(desk, c, Action::ReturnForRework, m_keyFile));
    dialogs.push_back(std::make_unique<LockDialog>(
        QStringLiteral("officer"), lockVerifier(Password), LockCause::ByHand, window));
    dialogs.push_back(
        std::make_unique<SignInDialog>(config(m_dir.filePath(QStringLiteral("enter")))));
    dialogs.push_back(std::make_unique<CourierDialog>(desk, CourierDialog::Mode::Dispatch, window));
    dialogs.push_back(std::make_unique<NoticePreview>(
        decided, decided.notices.constLast(), *m_reasons, *m_calendar));
    dialogs.push_back(std::make_unique<ScanViewer>(QStringLiteral("passport"), QByteArray()));
    dialogs.push_back(std::make_unique<ShortcutSheet>(window));
    auto password = std::make_unique<PasswordDialog>(PasswordDialog::Change(), QString(), window);
    // Filled in as it must be before Enter changes anything.
    password->findChild<QLineEdit *>(QStringLiteral("currentPassword"))->setText(Password);
    for (const char *name : {"newPassword", "repeatedPassword"}) {
        password->findChild<QLineEdit *>(QString::fromLatin1(name))
            ->setText(QStringLiteral("a-new-password-42"));
    }
    dialogs.push_back(std::move(password));
    for (const auto &dialog : dialogs) {
        const QString name = QString::fromLatin1(dialog->metaObject()->className());
        dialog->show();
        const QList<QPushButton *> buttons = dialog->findChildren<QPushButton *>();
        const auto isDefault = [](QPushButton *button) {
            return button->isDefault() && button->isVisible();
        };
        QVERIFY2(std::count_if(buttons.cbegin(), buttons.cend(), isDefault) == 1,
                 qPrintable(name + u": no button for Enter"));
        dialog->hide();
    }
    // Where Enter belongs to a field, that field does its work: the arrival
    // desk finds by the search and records by the permit number.
    ArrivalDialog arrival(desk, window);
    arrival.show();
    auto *search = arrival.findChild<QLineEdit *>(QStringLiteral("arrivalSearch"));
    auto *verdict = arrival.findChild<QLabel *>(QStringLiteral("arrivalVerdict"));
    QVERIFY(search && verdict);
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("PP-0000-0000"));
    const QString before = verdict->text();
    QTest::keyClick(search, Qt::Key_Return);
    QVERIFY2(verdict->text() != before, qPrintable(verdict->text()));
    QVERIFY(arrival.isVisible());
}

void TestKeyboard::enterInTheCourierDialogActs()
{
    Workstation workstation(config(m_dir.filePath(QStringLiteral("courier"))), *m_law);
    MainWindow *window = openAs(workstation, QStringLiteral("csc.astana"));
    QVERIFY(window);
    CourierDialog dialog(*workstation.session().desk, CourierDialog::Mode::Dispatch, window);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    auto *tracking = dialog.findChild<QLineEdit *>(QStringLiteral("courierTracking"));
    tracking->setFocus();
    QVERIFY(dialog.errorText().isEmpty());
    // No tracking number yet: Enter sends the batch, and the law says why not.
    QTest::keyClick(tracking, Qt::Key_Return);
    QVERIFY2(!dialog.errorText().isEmpty(), "Enter did nothing");
    QVERIFY(dialog.isVisible());
}

void TestKeyboard::theLockSaysWhoLockedItAndKeepsTheErrorWhole()
{
    FocusStyle::install();
    LockDialog idle(QStringLiteral("Айгерім"), lockVerifier(Password), LockCause::Idle);
    QVERIFY(idle.findChild<QLabel *>(QStringLiteral("text"))->text().contains(u"nobody used it"));

    for (const QString &language :
         {QStringLiteral("en"), QStringLiteral("kk"), QStringLiteral("ru")}) {
        Workstation::applyLanguage(language);
        LockDialog lock(
            QStringLiteral("Айгерім Сейтқали"), lockVerifier(Password), LockCause::ByHand);
        const QString text = lock.findChild<QLabel *>(QStringLiteral("text"))->text();
        QVERIFY2(!text.contains(UiTr::tr("The workstation was locked while nobody used it. Enter "
                                         "the password of %1 to go on.")
                                    .left(20)),
                 qPrintable(text));
        QVERIFY(text.startsWith(UiTr::tr("You locked the workstation. Enter the password of %1 to "
                                         "go on.")
                                    .left(15)));
        lock.show();
        QVERIFY(QTest::qWaitForWindowExposed(&lock));
        auto *field = lock.findChild<QLineEdit *>(QStringLiteral("unlockPassword"));
        field->setText(QStringLiteral("guess"));
        QTest::keyClick(field, Qt::Key_Return);
        QVERIFY(lock.isVisible());
        auto *error = lock.findChild<QLabel *>(QStringLiteral("unlockError"));
        QTRY_VERIFY(error->isVisible());
        // Every line of the error on the dialog: as tall as its words need.
        QTest::qWait(50);
        QVERIFY2(error->height() >= error->heightForWidth(error->width()),
                 qPrintable(QStringLiteral("%1 < %2")
                                .arg(error->height())
                                .arg(error->heightForWidth(error->width()))));
        const QRect at(error->mapTo(&lock, QPoint(0, 0)), error->size());
        QVERIFY(lock.rect().contains(at));
        screenshot(&lock, QStringLiteral("keyboard-lock-wrong-") + language);
    }
}

void TestKeyboard::anotherUserSignsInAtTheLockAndTheOutboxWaits()
{
    const WorkstationConfig desk = config(m_dir.filePath(QStringLiteral("shared-desk")));
    Workstation workstation(desk, *m_law);
    MainWindow *window = openAs(workstation, QStringLiteral("officer.astana"));
    QVERIFY(window);
    // A step not yet sent.
    window->openCase(m_cases.at(1).id);
    CaseView *view = window->caseView();
    view->selectDocument(DocumentType::Photo);
    QTest::mouseClick(view->findChild<QPushButton *>(QStringLiteral("verifyDocument")),
                      Qt::LeftButton);
    const auto pending = workstation.session().store->outbox(QStringLiteral("pending"), 10);
    QVERIFY(pending && pending->size() == 1);
    const QString commandId = pending->constFirst().command.id;

    // Ctrl+L: the lock says the officer locked it; a colleague chooses
    // "another user" and signs in.
    QString said;
    QObject context;
    whenShown<LockDialog>(&context, [&](LockDialog *lock) {
        said = lock->findChild<QLabel *>(QStringLiteral("text"))->text();
        screenshot(lock, QStringLiteral("keyboard-lock"));
        auto *another = lock->findChild<QPushButton *>(QStringLiteral("signOut"));
        QVERIFY(another && another->isVisible());
        QTest::mouseClick(another, Qt::LeftButton);
    });
    bool signInShown = false;
    whenShown<SignInDialog>(&context, [&](SignInDialog *signIn) {
        signInShown = true;
        screenshot(signIn, QStringLiteral("keyboard-another-user"));
        signIn->setUser(QStringLiteral("officer2.astana"));
        signIn->setPassword(Password);
        signIn->signIn();
    });
    QTest::keyClick(window, Qt::Key_L, Qt::ControlModifier);
    QVERIFY2(said.startsWith(u"You locked the workstation"), qPrintable(said));
    QTRY_VERIFY_WITH_TIMEOUT(
        workstation.session().account.id == u"officer2.astana" && workstation.window(), 20000);
    QVERIFY(signInShown);

    // The first officer's step waits in their own cache, unsent.
    {
        auto cache = ClientStore::open(desk.cachePath(QStringLiteral("officer.astana")), Password);
        QVERIFY2(cache, qPrintable(cache ? QString() : cache.error().message));
        const auto kept = (*cache)->outbox(QStringLiteral("pending"), 10);
        QVERIFY(kept && kept->size() == 1);
        QCOMPARE(kept->constFirst().command.id, commandId);
    }
    auto server = openStore();
    QCOMPARE((*server->findCase(m_cases.at(1).id))
                 ->preliminaryDocuments.item(DocumentType::Photo)
                 ->status,
             DocumentStatus::Submitted);

    // The colleague signs out in turn; the first officer signs in again and
    // the step goes to the server with the first sync.
    whenShown<LockDialog>(&context, [&](LockDialog *lock) {
        QTest::mouseClick(lock->findChild<QPushButton *>(QStringLiteral("signOut")),
                          Qt::LeftButton);
    });
    whenShown<SignInDialog>(&context, [&](SignInDialog *signIn) {
        signIn->setUser(QStringLiteral("officer.astana"));
        signIn->setPassword(Password);
        signIn->signIn();
    });
    workstation.window()->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(workstation.window()));
    QTest::keyClick(workstation.window(), Qt::Key_L, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(
        workstation.session().account.id == u"officer.astana" && workstation.window(), 20000);
    // (Its first sync may be over before a wait for it would begin.)
    QTRY_COMPARE_WITH_TIMEOUT((*server->findCase(m_cases.at(1).id))
                                  ->preliminaryDocuments.item(DocumentType::Photo)
                                  ->status,
                              DocumentStatus::Verified,
                              30000);
}

namespace {

// The controls a person reaches with the keyboard or a screen reader.
bool interactive(QWidget *widget)
{
    QWidget *parent = widget->parentWidget();
    // Parts of another control, named by it: a combo box's or a spin box's
    // line, a field's clear button, a scroll bar's or a tab bar's arrows, a
    // table's header and corner, the menu bar's overflow arrow.
    if (qobject_cast<QComboBox *>(parent) || qobject_cast<QAbstractSpinBox *>(parent)
        || qobject_cast<QLineEdit *>(parent) || qobject_cast<QTabBar *>(parent)
        || qobject_cast<QAbstractItemView *>(parent) || qobject_cast<QMenuBar *>(parent)
        || qobject_cast<QScrollBar *>(widget) || qobject_cast<QHeaderView *>(widget))
        return false;
    // A control put away until it means something (the claim button with no
    // case open); those on a tab not shown are still walked.
    if (widget->isHidden())
        return false;
    if (widget->inherits("QCalendarWidget") || (parent && parent->inherits("QCalendarWidget"))
        || widget->inherits("QCalendarView"))
        return false;
    return qobject_cast<QAbstractButton *>(widget) || qobject_cast<QLineEdit *>(widget)
           || qobject_cast<QComboBox *>(widget) || qobject_cast<QAbstractSpinBox *>(widget)
           || qobject_cast<QAbstractItemView *>(widget) || qobject_cast<QTabBar *>(widget)
           || qobject_cast<QTextEdit *>(widget) || qobject_cast<QPlainTextEdit *>(widget);
}

// Every control of `root` that a screen reader would announce without a
// name, or an icon-only button without a description; as "where: what".
QStringList unnamedControls(QWidget *root, const QString &where)
{
    QStringList missing;
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *widget : std::as_const(widgets)) {
        if (!interactive(widget) || widget->window() != root->window())
            continue;
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
        const QString what = QString::fromLatin1(widget->metaObject()->className()) + u" '"
                             + widget->objectName() + u'\'';
        if (!accessible) {
            missing.append(where + u": " + what + u" (not accessible)");
            continue;
        }
        const QString name = accessible->text(QAccessible::Name).trimmed();
        if (name.isEmpty()) {
            missing.append(where + u": " + what + u" has no name");
            continue;
        }
        // A button of an icon, or of a sign or two, says what it does.
        auto *button = qobject_cast<QAbstractButton *>(widget);
        QString label = button ? button->text() : QString();
        label.remove(u'&');
        if (button && label.trimmed().size() <= 2
            && accessible->text(QAccessible::Description).trimmed().isEmpty())
            missing.append(where + u": " + what + u" '" + name + u"' has no description");
    }
    return missing;
}

} // namespace

void TestKeyboard::everyControlOfEveryWindowHasAName()
{
    QStringList missing;
    // Declared before the dialogs, which some of their windows own.
    std::vector<std::unique_ptr<Workstation>> desks;
    const auto walkWindow = [&](const QString &user) -> MainWindow * {
        desks.push_back(std::make_unique<Workstation>(
            config(m_dir.filePath(QStringLiteral("walk-") + user)), *m_law));
        MainWindow *window = openAs(*desks.back(), user);
        if (!window)
            return nullptr;
        if (window->caseModel()->rowCount() > 0)
            window->caseTable()->selectRow(0);
        missing += unnamedControls(window, user);
        return window;
    };
    MainWindow *officer = walkWindow(QStringLiteral("officer.astana"));
    QVERIFY(officer);
    Workstation *officerDesk = desks.back().get();
    officer->openCase(m_cases.at(0).id);
    missing += unnamedControls(officer, QStringLiteral("officer, a case open"));
    QVERIFY(walkWindow(QStringLiteral("csc.astana")));
    QVERIFY(walkWindow(QStringLiteral("ministry.reviewer")));
    MainWindow *supervisor = walkWindow(QStringLiteral("supervisor.astana"));
    QVERIFY(supervisor);
    Workstation *supervisorDesk = desks.back().get();

    // Every dialog, as the officer's desk opens it.
    CaseDesk &desk = *officerDesk->session().desk;
    const Case c = **desk.currentCase(m_cases.at(0).id);
    const Case decided = Builders::caseIn(CaseState::PreliminarilyApproved);
    std::vector<std::unique_ptr<QDialog>> dialogs;
    for (DocumentType type :
         {DocumentType::Passport, DocumentType::CitizenshipRecord, DocumentType::HousingContract}) {
        dialogs.push_back(std::make_unique<ComparisonDialog>(
            desk, c, ChecklistKind::CscComparison, type, ComparisonDialog::ScanReader(), officer));
    }
    for (Action action : {Action::ReturnForRework, Action::Register, Action::RefusePreliminarily}) {
        dialogs.push_back(std::make_unique<ActionDialog>(desk, c, action, m_keyFile));
    }
    dialogs.push_back(std::make_unique<ArrivalDialog>(desk, officer));
    dialogs.push_back(
        std::make_unique<PasswordDialog>(PasswordDialog::Change(), QString(), officer));
    dialogs.push_back(
        std::make_unique<CourierDialog>(desk, CourierDialog::Mode::Dispatch, officer));
    dialogs.push_back(std::make_unique<CourierDialog>(desk, CourierDialog::Mode::Receive, officer));
    dialogs.push_back(std::make_unique<NoticePreview>(
        decided, decided.notices.constLast(), *m_reasons, *m_calendar));
    dialogs.push_back(std::make_unique<LockDialog>(
        QStringLiteral("officer"), lockVerifier(Password), LockCause::Idle, officer));
    dialogs.push_back(
        std::make_unique<SignInDialog>(config(m_dir.filePath(QStringLiteral("walk")))));
    // Issue 29, point 3: the authentication key's fields, a file's or a token's.
    WorkstationConfig withKey = config(m_dir.filePath(QStringLiteral("walk")));
    withKey.signInWithKey = true;
    dialogs.push_back(std::make_unique<SignInDialog>(withKey));
    dialogs.push_back(std::make_unique<ServerSignInDialog>(withKey, QString(), officer));
    withKey.pkcs11Module = QStringLiteral("libtoken.so");
    dialogs.push_back(std::make_unique<SignInDialog>(withKey));
    dialogs.push_back(std::make_unique<ServerSignInDialog>(withKey, QString(), officer));
    dialogs.push_back(std::make_unique<ScanViewer>(QStringLiteral("passport"), QByteArray()));
    dialogs.push_back(std::make_unique<ShortcutSheet>(officer));
    auto engine = std::make_shared<SyncEngine>(*supervisorDesk->session().store,
                                               *supervisorDesk->session().syncSettings());
    auto colleagues = GiveCaseDialog::colleagues(*engine);
    QVERIFY(colleagues);
    dialogs.push_back(std::make_unique<GiveCaseDialog>(engine, c, *colleagues, supervisor));
    for (const auto &dialog : dialogs) {
        dialog->show();
        missing += unnamedControls(
            dialog.get(), QString::fromLatin1(dialog->metaObject()->className()).section(u':', -1));
        dialog->hide();
    }
    missing.removeDuplicates();
    QVERIFY2(missing.isEmpty(), qPrintable(u'\n' + missing.join(u'\n')));
}

QTEST_MAIN(TestKeyboard)
#include "tst_keyboard.moc"
