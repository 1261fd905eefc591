// The workstation's log for IT (issue 32, point 1; its done-criterion): a
// whole morning at the desk with the log on (sign in, the first sync, a case
// opened, a document verified, a note written, the case returned for
// rework with a signed decision, the sync that sends it), then every log
// file and the bundle Help ▸ Send the log to IT… saves are read. They say
// what IT needs to follow the sync, and nowhere the applicant's IIN, name,
// passport number, or the note's text.
#include "core/logging/loghandler.h"
#include "db/server/serverstore.h"
#include "tests/gui/guifixture.h"
#include "tests/support/builders.h"
#include "ui/actiondialog.h"
#include "ui/casenotes.h"
#include "ui/caseview.h"
#include "ui/mainwindow.h"
#include "ui/workstation.h"

#include <QAction>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTest>
#include <QUuid>

using namespace Kezek;
using namespace Kezek::Testing;

class TestWorkLog : public GuiFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void aDayAtTheDeskLeavesTheSyncInTheLogAndNoApplicantsDataAnywhereInIt();

private:
    // Every file of the log folder and `bundle`, as one text.
    QString everythingLogged(const QString &bundle) const;
    void work(MainWindow *window, Workstation &workstation);

    Case m_case;
    QString m_logFolder;
    const QString m_note = QStringLiteral(
        "Hand-over: the applicant brings the notarized housing contract on Monday");
};

void TestWorkLog::initTestCase()
{
    QVERIFY(startServer());
    auto store = openStore();
    QVERIFY(store);
    m_case = Builders::caseIn(
        CaseState::Received, kazakhstanDate(QDateTime::currentDateTimeUtc()), City::Astana);
    m_case.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_case.number = QStringLiteral("DNR-2026-000501");
    QVERIFY(store->saveCases({m_case}));
    // The seeded applicant's data, which the log must never hold.
    QCOMPARE(m_case.applicant.iin.size(), 12);
    QVERIFY(!m_case.applicant.surname.isEmpty() && !m_case.applicant.givenNames.isEmpty());
    QVERIFY(!m_case.applicant.passportNumber.isEmpty());

    // The log folder as the site overrides it (KEZEK_LOG_DIR), installed as
    // the workstation's main() installs it.
    const QString folder = m_dir.filePath(QStringLiteral("logs"));
    qputenv("KEZEK_LOG_DIR", folder.toUtf8());
    m_logFolder = WorkstationConfig::load().logFolder;
    QCOMPARE(m_logFolder, folder);
    QVERIFY(Logging::install(m_logFolder));
}

void TestWorkLog::cleanupTestCase()
{
    Logging::uninstall();
    qunsetenv("KEZEK_LOG_DIR");
}

QString TestWorkLog::everythingLogged(const QString &bundle) const
{
    QString all;
    QStringList files{bundle};
    QDirIterator found(m_logFolder, QDir::Files);
    while (found.hasNext())
        files.append(found.next());
    for (const QString &name : std::as_const(files)) {
        QFile file(name);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(name));
        all += QString::fromUtf8(file.readAll());
    }
    return all;
}

// The officer's work on the seeded case: a document verified, a note, and
// the case returned for rework with a signed decision.
void TestWorkLog::work(MainWindow *window, Workstation &workstation)
{
    window->openCase(m_case.id);
    CaseView *view = window->caseView();
    QCOMPARE(view->caseId(), m_case.id);
    view->selectDocument(DocumentType::Photo);
    view->verifySelectedDocument();
    CaseNotesPane *notes = view->notes();
    notes->editor()->setPlainText(m_note);
    notes->addNote();

    bool formSeen = false;
    connect(view, &CaseView::actionDialogOpened, this, [&](QDialog *opened) {
        QTimer::singleShot(0, opened, [&, opened] {
            auto *form = qobject_cast<ActionDialog *>(opened);
            QVERIFY(form);
            formSeen = true;
            form->checkReason(QStringLiteral("DOCS-NONCOMPLIANT"));
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
}

void TestWorkLog::aDayAtTheDeskLeavesTheSyncInTheLogAndNoApplicantsDataAnywhereInIt()
{
    QElapsedTimer clock;
    clock.start();
    QString bundle;
    QString commandId;
    {
        Workstation workstation(config(m_dir.filePath(QStringLiteral("desk"))), *m_law);
        MainWindow *window = openAs(workstation, QStringLiteral("officer.astana"));
        QVERIFY(window);
        work(window, workstation);
        if (QTest::currentTestFailed())
            return;
        commandId = workstation.session()
                        .store->outbox(QStringLiteral("pending"), 10)
                        ->constLast()
                        .command.id;
        window->syncNow();
        QVERIFY(waitForSync(window));
        QVERIFY(workstation.session().store->outbox(QStringLiteral("pending"), 10)->isEmpty());
        QCOMPARE((*workstation.session().store->findCase(m_case.id))->state,
                 CaseState::ReturnedForRework);

        // Help ▸ Send the log to IT… and Open the log folder: there, with a
        // mnemonic, enabled while a log is kept; the bundle as it saves it.
        auto *send = window->menuBar()->findChild<QAction *>(QStringLiteral("sendLog"));
        auto *folder = window->menuBar()->findChild<QAction *>(QStringLiteral("openLogFolder"));
        QVERIFY(send && folder);
        QVERIFY(send->isEnabled() && folder->isEnabled());
        QVERIFY(send->text().contains(u'&') && folder->text().contains(u'&'));
        bundle = m_dir.filePath(QStringLiteral("for-it.txt"));
        QVERIFY(window->saveLog(bundle));
    }
    qInfo("the desk's day took %lld ms", clock.elapsed());

    const QString logged = everythingLogged(bundle);
    qint64 bytes = 0;
    for (const QString &name : Logging::files())
        bytes += QFileInfo(name).size();
    qInfo("the log holds %lld bytes in %lld files", bytes, qint64(Logging::files().size()));

    // What IT reads to follow the sync: its start and end with counts, each
    // request by its route and status, the commands by id, the cache, the
    // sign-in by role; so that this test fails if nothing is logged.
    const QStringList expected{
        QStringLiteral("info kezek.app [main] signed in as migration-officer of astana"),
        QStringLiteral("info kezek.store"),
        QStringLiteral("info kezek.sync [sync] sync started; 2 commands waiting in the outbox"),
        QStringLiteral("] POST /api/v1/session 200 in"),
        QStringLiteral("info kezek.net [sync] POST /api/v1/commands 200 in"),
        QStringLiteral("info kezek.net [sync] GET /api/v1/changes 200 in"),
        QStringLiteral("info kezek.sync [sync] command ") + commandId + QStringLiteral(" applied"),
        QStringLiteral("commands pushed 2, conflicts 0, rejected 0"),
        QStringLiteral("notes sent 1, refused 0"),
    };
    for (const QString &line : expected)
        QVERIFY2(logged.contains(line), qPrintable(line + QStringLiteral("\n\n") + logged));
    QVERIFY2(logged.count(QStringLiteral("kezek.sync [sync] sync done in")) >= 2,
             qPrintable(logged));
    // Routes, never a query or a case's id in a path.
    QVERIFY(!logged.contains(QStringLiteral("?since=")));
    QVERIFY(!logged.contains(QStringLiteral("/cases/") + m_case.id));

    // Nothing personal, anywhere (and not merely redacted: the IIN never
    // came near the log).
    const QStringList personal{m_case.applicant.iin,
                               m_case.applicant.surname,
                               m_case.applicant.givenNames,
                               m_case.applicant.givenNames.section(u' ', 0, 0),
                               m_case.applicant.passportNumber,
                               m_note,
                               QStringLiteral("notarized"),
                               Password,
                               KeyPassword};
    for (const QString &word : personal) {
        QVERIFY2(!logged.contains(word, Qt::CaseInsensitive),
                 qPrintable(word + QStringLiteral(" is in the log")));
    }
    QVERIFY2(!logged.contains(QStringLiteral("[iin]")), "an IIN reached the log's last pass");
}

QTEST_MAIN(TestWorkLog)
#include "tst_worklog.moc"
