// The Public Service Center's desk (§19-27): an arrival, the originals set
// beside what eGov received, the courier batch to the migration service, and
// the residence permit handed over. A real window (offscreen), a real
// kezek-server over TLS. Every test stands on cases of its own (issue 32,
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

class TestCscDesk : public GuiFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void theCscDeskTakesAnArrivalAndSaysWhyItCannotTakeOthers();
    void aPassportThatDiffersIsCaughtByItsMrz();
    void aFullMatchIsRegisteredAndTheDesksScanReachesTheServer();
    void aCourierBatchIsSentWithItsListAndReceivedByTheOfficer();
    void theResidencePermitDeskChecksThreeDocumentsAndRecordsThePermit();
    void aScanIsReadFromTheServerWhenItIsNotKeptHere();

private:
    // A case of the test's own at the desk (§19-21): preliminarily approved,
    // its applicant came with the permit today, and the passport as eGov
    // filed it is on the server (its scan's SHA-256 in `filedScan`).
    Case atTheDesk(QString *filedScan = nullptr) const;
};

void TestCscDesk::initTestCase()
{
    QVERIFY(startServer());
    auto store = openStore();
    QVERIFY(store);
    UserStore users(*store);
    QVERIFY(addCscOperator(users));
}

namespace {

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

Case TestCscDesk::atTheDesk(QString *filedScan) const
{
    Case c = ownCase(CaseState::AtCsc, 0);
    c.preliminaryPermitNumber = QStringLiteral("PP-2026-%1").arg(c.id.left(6).toUpper());
    auto store = openStore();
    if (!store || !store->saveCases({c}))
        return {};
    // A scan of its own: two cases' scans are two documents.
    const QString sha256
        = filedOnServer(c.id, ScanGenerator::png(600, 840, int(qHash(c.id) % 1000) + 100));
    if (sha256.isEmpty())
        return {};
    if (filedScan)
        *filedScan = sha256;
    return c;
}

void TestCscDesk::theCscDeskTakesAnArrivalAndSaysWhyItCannotTakeOthers()
{
    // Three applicants at the desk with their notices: one arriving, one
    // whose approval lapsed, one refused.
    Case arrival = ownCase(CaseState::PreliminarilyApproved, 3);
    arrival.preliminaryPermitNumber = QStringLiteral("PP-2026-0101");
    // Filed on eGov, and its applicant already crossed the border (§19).
    arrival.filedAt = QDateTime(arrival.receivedOn.addDays(-1), QTime(12, 5), QTimeZone::utc());
    arrival = *Workflow::recordArrival(
        arrival, Builders::system(), arrival.preliminaryDecisionOn, arrival.preliminaryDecisionOn);
    Case lapsed = ownCase(CaseState::ApprovalAnnulled, 5);
    lapsed.preliminaryPermitNumber = QStringLiteral("PP-2026-0102");
    Case refused = ownCase(CaseState::PreliminarilyRefused, 20);
    refused.applicant.passportNumber = QStringLiteral("R7654321");
    QVERIFY(savedOnServer({arrival, lapsed, refused}));

    Workstation workstation(config(m_dir.filePath(QStringLiteral("arrival"))), *m_law);
    MainWindow *window = openAs(workstation, QStringLiteral("csc.astana"));
    QVERIFY(window);
    QVERIFY(window->queueList()->item(0)->text().startsWith(u"Arrivals"));
    // The case says when it was filed and that the applicant arrived, and
    // not that they were fingerprinted, which they were not (§19).
    window->openCase(arrival.id);
    QStringList shown;
    for (const QLabel *label : window->caseView()->findChildren<QLabel *>())
        shown.append(label->text());
    QVERIFY2(shown.contains(QStringLiteral("Filed on eGov:")), qPrintable(shown.join(u'|')));
    QVERIFY(shown.contains(QStringLiteral("Arrived in Kazakhstan:")));
    QVERIFY(!shown.contains(QStringLiteral("Fingerprinted:")));

    const QString banEnd = displayDate(*refused.bannedUntil(*m_calendar));
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
    QCOMPARE(view->caseId(), arrival.id);
    QCOMPARE(view->currentCase()->state, CaseState::AtCsc);
    QVERIFY(view->currentCase()->clock(ClockKind::CscRegistration));
    QCOMPARE(workstation.session().store->outbox(QStringLiteral("pending"), 10)->size(), 1);
}

void TestCscDesk::aPassportThatDiffersIsCaughtByItsMrz()
{
    QString filedScan;
    const Case arrival = atTheDesk(&filedScan);
    QVERIFY(!arrival.id.isEmpty());
    Workstation workstation(config(m_dir.filePath(QStringLiteral("mrz"))), *m_law);
    MainWindow *window = openAs(workstation, QStringLiteral("csc.astana"));
    QVERIFY(window);
    window->openCase(arrival.id);
    CaseView *view = window->caseView();
    QCOMPARE(view->currentCase()->state, CaseState::AtCsc);
    // Claimed and synced: the filed scans are kept here.
    QTest::keyClick(window, Qt::Key_M, Qt::ControlModifier);
    QVERIFY(*workstation.session().store->claimOf(arrival.id));
    window->syncNow();
    QVERIFY(waitForSync(window));
    QVERIFY(workstation.session().store->scan(filedScan)->has_value());

    Applicant someoneElse = arrival.applicant;
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

void TestCscDesk::aFullMatchIsRegisteredAndTheDesksScanReachesTheServer()
{
    const Case arrival = atTheDesk();
    QVERIFY(!arrival.id.isEmpty());
    Workstation workstation(config(m_dir.filePath(QStringLiteral("match"))), *m_law);
    MainWindow *window = openAs(workstation, QStringLiteral("csc.astana"));
    QVERIFY(window);
    window->openCase(arrival.id);
    CaseView *view = window->caseView();
    const QDate today = workstation.session().desk->today();
    const Applicant &applicant = arrival.applicant;
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
    const auto onServer = (*store)->findCase(arrival.id);
    QVERIFY(onServer && onServer->has_value());
    QCOMPARE((*onServer)->state, CaseState::FinalRegistered);
    QCOMPARE((*onServer)->cscComparison.item(DocumentType::Photo)->scanSha256, photoScan);
    QCOMPARE(*(*store)->documentContent(photoScan), ScanGenerator::png(350, 450, 5));
}

void TestCscDesk::aCourierBatchIsSentWithItsListAndReceivedByTheOfficer()
{
    // Two final applications of the test's own, registered at the desk.
    Case registered = ownCase(CaseState::FinalRegistered);
    registered.applicant.surname = QStringLiteral("OKAFOR");
    const Case alsoRegistered = ownCase(CaseState::FinalRegistered);
    // A case still at the comparison, which no courier takes yet (§22).
    const Case comparing = ownCase(CaseState::AtCsc, 0);
    QVERIFY(savedOnServer({registered, alsoRegistered, comparing}));
    const QString tracking = QStringLiteral("KZP-2026-000777");
    const QString pdf = m_dir.filePath(QStringLiteral("transfer-list.pdf"));
    {
        Workstation workstation(config(m_dir.filePath(QStringLiteral("dispatch"))), *m_law);
        MainWindow *window = openAs(workstation, QStringLiteral("csc.astana"));
        QVERIFY(window);
        atDesk<CourierDialog>(window, Qt::Key_K, [&](CourierDialog *batch) {
            // Every registered case, chosen already: the test's two among
            // them. This batch takes those two (another test's stay).
            QStringList chosen;
            for (int row = 0; row < batch->cases()->count(); ++row) {
                QListWidgetItem *item = batch->cases()->item(row);
                QCOMPARE(item->checkState(), Qt::Checked);
                const QString id = item->data(Qt::UserRole).toString();
                if (id != registered.id && id != alsoRegistered.id)
                    item->setCheckState(Qt::Unchecked);
                else
                    chosen.append(id);
            }
            QCOMPARE(chosen.size(), 2);
            QVERIFY(batch->cases()->findItems(comparing.number, Qt::MatchContains).isEmpty());
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
                                    registered.number,
                                    alsoRegistered.number,
                                    QStringLiteral("АЛДЫН АЛА"),
                                    QStringLiteral("ПРЕДВАРИТЕЛЬНЫЙ")})
        QVERIFY2(text.contains(expected), qPrintable(text));

    Workstation workstation(config(m_dir.filePath(QStringLiteral("receiving"))), *m_law);
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
    for (const Case &sent : {registered, alsoRegistered}) {
        auto c = workstation.session().desk->currentCase(sent.id);
        QVERIFY(c && *c);
        QCOMPARE((*c)->state, CaseState::FinalVerification);
        const DeadlineClock *clock = (*c)->clock(ClockKind::FinalVerification);
        QVERIFY(clock);
        QCOMPARE(clock->started(), today);
        QCOMPARE(clock->dueDate(*m_calendar, today), m_calendar->addWorkingDays(today, 3));
    }
    // The officer's view: the CSC's verdict beside each original, and, for
    // a match on the operator's word, why (§21).
    window->openCase(registered.id);
    QTableWidget *documents = window->caseView()->documentsTable();
    QVERIFY(!documents->isColumnHidden(4));
    const ChecklistItem &first = registered.cscComparison.items().constFirst();
    QVERIFY(!first.unscannedReason.isEmpty());
    QCOMPARE(
        documents->item(0, 4)->text(),
        QStringLiteral("%1: %2").arg(
            documentStatusTitle(DocumentStatus::Verified),
            UiTr::tr("Matched without a scan of the original: %1").arg(first.unscannedReason)));
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
    for (const Case &sent : {registered, alsoRegistered}) {
        const auto onServer = (*store)->findCase(sent.id);
        QVERIFY(onServer && onServer->has_value());
        QCOMPARE((*onServer)->state, CaseState::FinalVerification);
        QCOMPARE((*onServer)->courierTracking, tracking);
    }
}

void TestCscDesk::theResidencePermitDeskChecksThreeDocumentsAndRecordsThePermit()
{
    // Phase 3 (§25-27): the applicant is back at a CSC with the permit.
    Case granted = ownCase(CaseState::Granted, 2);
    granted.preliminaryPermitNumber = QStringLiteral("PP-2026-0105");
    {
        auto store = ServerStore::open(QStringLiteral("sqlite:") + m_server->folder()
                                       + QStringLiteral("/server.db"));
        QVERIFY(store);
        QVERIFY((*store)->saveCases({granted}));
    }
    Workstation workstation(config(m_dir.filePath(QStringLiteral("permit"))), *m_law);
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

void TestCscDesk::aScanIsReadFromTheServerWhenItIsNotKeptHere()
{
    // The ministry's reviewer claims nothing, so no scan is kept on their
    // workstation; online, a scan opens all the same, read from the server
    // and kept encrypted. Offline, the message says why it cannot open.
    const Case arrival = atTheDesk();
    QVERIFY(!arrival.id.isEmpty());
    Workstation workstation(config(m_dir.filePath(QStringLiteral("ministry-scans"))), *m_law);
    MainWindow *window = openAs(workstation, QStringLiteral("ministry.reviewer"));
    QVERIFY(window);
    window->openCase(arrival.id);
    CaseView *view = window->caseView();
    QCOMPARE(view->caseId(), arrival.id);
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
    cut.window()->openCase(arrival.id);
    CaseView *cutView = cut.window()->caseView();
    cutView->selectDocument(DocumentType::Passport);
    QTest::mouseClick(cutView->findChild<QPushButton *>(QStringLiteral("viewScan")),
                      Qt::LeftButton);
    QVERIFY(!cutView->findChild<ScanViewer *>());
    auto *notice = cutView->findChild<QLabel *>(QStringLiteral("caseNotice"));
    QVERIFY2(notice->text().contains(u"online"), qPrintable(notice->text()));
}

QTEST_MAIN(TestCscDesk)
#include "tst_cscdesk.moc"
