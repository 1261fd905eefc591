// Internal notes on a case at the desk (issue 31, point 3): written offline,
// shown at once with their author and time, sent at the next sync, and never
// in the applicant's letter.
#include "core/domain/casenotes.h"
#include "core/domain/queues.h"
#include "db/server/serverstore.h"
#include "tests/gui/guifixture.h"
#include "tests/support/builders.h"
#include "ui/casenotes.h"
#include "ui/caseview.h"
#include "ui/mainwindow.h"
#include "ui/noticepreview.h"
#include "ui/workstation.h"

#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTimeZone>
#include <QUuid>

using namespace Kezek;
using namespace Kezek::Testing;

namespace {

// The Notes tab of the window's case view, chosen.
CaseNotesPane *notesTab(MainWindow *window)
{
    CaseNotesPane *pane = window->caseView()->notes();
    auto *tabs = window->caseView()->findChild<QTabWidget *>();
    tabs->setCurrentWidget(pane);
    return pane;
}

} // namespace

class TestCaseNotes : public GuiFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void aNoteWrittenOfflineShowsAtOnceWithItsAuthorAndGoesAtTheNextSync();
    void theApplicantsLetterDoesNotCarryTheCasesNotes();

private:
    int notesOnServer(const QString &caseId) const;

    Case m_case;
    Case m_approved;
};

void TestCaseNotes::initTestCase()
{
    QVERIFY(startServer());
    auto store = openStore();
    QVERIFY(store);
    m_case = ownCase(CaseState::Registered, 1, QStringLiteral("DNR-2026-000401"));
    m_approved = ownCase(CaseState::PreliminarilyApproved, 1, QStringLiteral("DNR-2026-000402"));
    QVERIFY(!m_approved.notices.isEmpty());
    QVERIFY(store->saveCases({m_case, m_approved}));
}

int TestCaseNotes::notesOnServer(const QString &caseId) const
{
    auto store = openStore();
    QSqlQuery query(store->connection());
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM case_notes WHERE case_id = ?"));
    query.addBindValue(caseId);
    if (!query.exec() || !query.next())
        qFatal("cannot count notes");
    return query.value(0).toInt();
}

void TestCaseNotes::aNoteWrittenOfflineShowsAtOnceWithItsAuthorAndGoesAtTheNextSync()
{
    Workstation workstation(config(m_dir.filePath(QStringLiteral("notes"))), *m_law);
    MainWindow *window = openAs(workstation, QStringLiteral("officer.astana"));
    QVERIFY(window);
    window->openCase(m_case.id);
    m_server->stop(); // offline from here

    const QString officerName = workstation.session().desk->account().name;
    QVERIFY(!officerName.isEmpty());
    CaseNotesPane *pane = notesTab(window);
    auto *add = pane->findChild<QPushButton *>(QStringLiteral("addNote"));
    QVERIFY(add);
    // Nothing to say: the button waits; a blank note is refused in words.
    QVERIFY(!add->isEnabled());
    pane->editor()->setPlainText(QStringLiteral("   \n  "));
    QVERIFY(!add->isEnabled());
    pane->addNote();
    QVERIFY(pane->error()->isVisibleTo(pane));
    QVERIFY(!pane->error()->text().isEmpty());

    const QString text = QStringLiteral("Hand-over: the applicant brings the notarized housing "
                                        "contract on Monday; the Berkut answer is in.");
    QTest::keyClicks(pane->editor(), text);
    QVERIFY(add->isEnabled());
    QTest::mouseClick(add, Qt::LeftButton);
    QVERIFY(!pane->error()->isVisibleTo(pane));
    QVERIFY(pane->editor()->toPlainText().isEmpty());
    // At once, offline: its author, their role, when, and that it waits.
    QListWidgetItem *first = pane->list()->item(0);
    QVERIFY(first);
    QVERIFY2(first->text().contains(text), qPrintable(first->text()));
    QVERIFY2(first->text().contains(u"not yet sent"), qPrintable(first->text()));
    QVERIFY2(first->text().contains(roleTitle(Role::MigrationOfficer)), qPrintable(first->text()));
    const QString today = QDateTime::currentDateTimeUtc()
                              .toTimeZone(QTimeZone(5 * 3600))
                              .toString(QStringLiteral("dd.MM.yyyy"));
    QVERIFY2(first->text().contains(today), qPrintable(first->text()));
    QVERIFY2(first->text().contains(officerName), qPrintable(first->text()));
    screenshot(window, QStringLiteral("case-notes-en"));

    for (const QString &language : {QStringLiteral("kk"), QStringLiteral("ru")}) {
        workstation.switchLanguage(language);
        MainWindow *again = workstation.window();
        QVERIFY(QTest::qWaitForWindowExposed(again));
        again->openCase(m_case.id);
        CaseNotesPane *shown = notesTab(again);
        QTRY_VERIFY(shown->list()->count() > 0);
        QVERIFY(shown->list()->item(0)->text().contains(text));
        QVERIFY(shown->list()->item(0)->text().contains(roleTitle(Role::MigrationOfficer)));
        screenshot(again, QStringLiteral("case-notes-") + language);
    }
    workstation.switchLanguage(QStringLiteral("en"));
    window = workstation.window();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QCOMPARE(notesOnServer(m_case.id), 0);

    // Back online: the next sync sends it, once, and it reads as sent.
    QVERIFY(m_server->startAgain());
    window->syncNow();
    QTRY_COMPARE_WITH_TIMEOUT(notesOnServer(m_case.id), 1, 60000);
    const auto sentHere = [&] {
        window->openCase(m_case.id);
        const QListWidgetItem *item = window->caseView()->notes()->list()->item(0);
        return item && item->text().contains(text) && !item->text().contains(u"not yet sent");
    };
    QTRY_VERIFY_WITH_TIMEOUT(sentHere(), 60000);
    window->syncNow();
    QVERIFY(waitForSync(window));
    QCOMPARE(notesOnServer(m_case.id), 1);
}

// "kept out of letters": the notice the applicant reads, opened from the
// case as the officer opens it, has none of the case's notes.
void TestCaseNotes::theApplicantsLetterDoesNotCarryTheCasesNotes()
{
    Workstation workstation(config(m_dir.filePath(QStringLiteral("letter"))), *m_law);
    MainWindow *window = openAs(workstation, QStringLiteral("officer.astana"));
    QVERIFY(window);
    window->openCase(m_approved.id);
    CaseNotesPane *pane = notesTab(window);
    const QString text = QStringLiteral("Internal: the applicant was rude at the CSC");
    pane->editor()->setPlainText(text);
    pane->addNote();
    QVERIFY(pane->list()->item(0)->text().contains(text));

    auto *notices = window->caseView()->findChild<QTableWidget *>(QStringLiteral("notices"));
    QVERIFY(notices && notices->rowCount() > 0);
    Q_EMIT notices->cellActivated(0, 0);
    auto *letter = window->caseView()->findChild<NoticePreview *>();
    QVERIFY(letter);
    QVERIFY(letter->html().contains(m_approved.number));
    QVERIFY2(!letter->html().contains(QStringLiteral("rude")), qPrintable(letter->html()));
    letter->close();
    // Sent, and the letter still without it.
    window->syncNow();
    QTRY_COMPARE_WITH_TIMEOUT(notesOnServer(m_approved.id), 1, 60000);
    window->openCase(m_approved.id);
    Q_EMIT notices->cellActivated(0, 0);
    const auto letters = window->caseView()->findChildren<NoticePreview *>();
    for (const NoticePreview *shown : letters)
        QVERIFY(!shown->html().contains(QStringLiteral("rude")));
}

QTEST_MAIN(TestCaseNotes)
#include "tst_casenotes.moc"
