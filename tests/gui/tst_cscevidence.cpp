// The CSC's evidence for a "matched" (PROCESS.md, phase 2, step 2, §21): the
// operator compares each document with its original; the verdict rests on
// the original's scan or, where none was taken, on a written reason why, and
// the server's audit keeps which.

#include "core/domain/casecodec.h"
#include "core/domain/casecommand.h"
#include "core/domain/commandkinds.h"
#include "core/domain/queues.h"
#include "core/domain/workflow.h"
#include "core/security/passwords.h"
#include "core/simulation/scangenerator.h"
#include "db/client/clientstore.h"
#include "db/server/serverstore.h"
#include "db/server/userstore.h"
#include "tests/gui/guifixture.h"
#include "tests/support/builders.h"
#include "ui/caseview.h"
#include "ui/comparisondialog.h"
#include "ui/mainwindow.h"
#include "ui/outboxpanel.h"
#include "ui/workstation.h"

#include <QApplication>
#include <QCryptographicHash>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTest>
#include <QTimeZone>
#include <QTimer>
#include <QUuid>

using namespace Kezek;
using namespace Kezek::Testing;

class TestCscEvidence : public GuiFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void aMatchWithoutAScanAsksWhyAndTheAuditKeepsTheReason();
    void aMatchOnTheOriginalsScanGoesStraightThroughAndTheAuditKeepsTheScan();
    void aMatchQueuedBeforeEvidenceWasAskedIsRefusedWithWhatToDo();
};

namespace {

// Opens the comparison of one document with Ctrl+Shift+C, as the operator
// does, and runs `work` on it while it is open; closes it if `work` did not.
bool compare(CaseView *view, DocumentType type, const std::function<void(ComparisonDialog *)> &work)
{
    view->selectDocument(type);
    bool seen = false;
    QObject context;
    QObject::connect(view, &CaseView::comparisonOpened, &context, [&](QDialog *dialog) {
        QTimer::singleShot(0, dialog, [&, dialog] {
            seen = true;
            const auto close = qScopeGuard([dialog] {
                if (dialog->isVisible())
                    dialog->reject();
            });
            auto *typed = qobject_cast<ComparisonDialog *>(dialog);
            QVERIFY(typed);
            work(typed);
        });
    });
    QWidget *window = view->window();
    window->activateWindow();
    if (!QTest::qWaitForWindowActive(window))
        return false;
    QTest::keyClick(window, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    return seen;
}

// Runs `press`, and `answer` on the reason prompt it opens, if it opens one;
// the prompt is closed after. Says whether it opened.
bool whilePrompted(const std::function<void()> &press,
                   const std::function<void(QInputDialog *)> &answer)
{
    bool seen = false;
    QTimer poll;
    poll.setInterval(10);
    QObject::connect(&poll, &QTimer::timeout, [&] {
        auto *prompt = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
        if (!prompt || seen)
            return;
        seen = true;
        poll.stop();
        answer(prompt);
        if (prompt->isVisible())
            prompt->reject();
    });
    poll.start();
    press();
    return seen;
}

// The server's audit lines for the case's commands that name their evidence.
QStringList evidenceAudited(ServerStore &store, const QString &caseId)
{
    QSqlQuery query(store.connection());
    query.prepare(QStringLiteral("SELECT detail FROM audit_log WHERE action = 'command' AND "
                                 "subject = ? AND detail LIKE '%evidence:%' ORDER BY seq"));
    query.addBindValue(caseId);
    QStringList lines;
    if (!query.exec())
        return {QStringLiteral("the audit cannot be read")};
    while (query.next())
        lines.append(query.value(0).toString());
    return lines;
}

int pending(Workstation &workstation)
{
    auto pending = workstation.session().store->outbox(QStringLiteral("pending"), 50);
    return pending ? int(pending->size()) : -1;
}

} // namespace

void TestCscEvidence::initTestCase()
{
    QVERIFY(startServer());
    auto store = openStore();
    QVERIFY(store);
    UserStore users(*store);
    QVERIFY(addCscOperator(users));
}

void TestCscEvidence::aMatchWithoutAScanAsksWhyAndTheAuditKeepsTheReason()
{
    // A case of the test's own at the CSC today, its one working day
    // running (§21).
    const Case atCsc = ownCase(CaseState::AtCsc, 0);
    QVERIFY(savedOnServer({atCsc}));
    Workstation workstation(config(m_dir.filePath(QStringLiteral("reason"))), *m_law);
    MainWindow *window = openAs(workstation, QStringLiteral("csc.astana"));
    QVERIFY(window);
    window->openCase(atCsc.id);
    CaseView *view = window->caseView();
    QCOMPARE(view->currentCase()->state, CaseState::AtCsc);
    const DocumentType type = DocumentType::MedicalCertificate;
    const QDate today = workstation.session().desk->today();
    const QString reason = QStringLiteral("The scanner is broken; I saw the original myself.");

    QVERIFY(compare(view, type, [&](ComparisonDialog *dialog) {
        dialog->setFacts(Builders::goodFacts(type, atCsc.applicant, today));
        auto *matched = dialog->findChild<QPushButton *>(QStringLiteral("matchDocument"));
        // Ctrl+Enter, as the operator gives the verdict by the keyboard.
        const auto ctrlEnter = [dialog] {
            dialog->activateWindow();
            if (QTest::qWaitForWindowActive(dialog))
                QTest::keyClick(dialog, Qt::Key_Return, Qt::ControlModifier);
        };
        QVERIFY(matched);
        // No scan was taken: "Matched" asks why; an empty reason is refused
        // with a clear error, and nothing is queued.
        QVERIFY(whilePrompted([&] { QTest::mouseClick(matched, Qt::LeftButton); },
                              [&](QInputDialog *prompt) {
                                  QVERIFY2(prompt->labelText().contains(u"No scan"),
                                           qPrintable(prompt->labelText()));
                                  screenshot(prompt, QStringLiteral("matched-without-scan-en"));
                                  auto *field = prompt->findChild<QLineEdit *>();
                                  QVERIFY(field);
                                  QTest::keyClicks(field, QStringLiteral("   "));
                                  QTest::keyClick(field, Qt::Key_Return);
                              }));
        QVERIFY2(dialog->errorText().contains(u"§21"), qPrintable(dialog->errorText()));
        QVERIFY(dialog->isVisible());
        QCOMPARE(pending(workstation), 0);
        // Escape takes the prompt away and gives no verdict.
        QVERIFY(whilePrompted(ctrlEnter, [&](QInputDialog *prompt) {
            auto *field = prompt->findChild<QLineEdit *>();
            QTest::keyClicks(field, reason);
            QTest::keyClick(field, Qt::Key_Escape);
        }));
        QVERIFY(dialog->isVisible());
        QCOMPARE(pending(workstation), 0);
        // A reason, by the keyboard: the verdict goes out with it.
        QVERIFY(whilePrompted(ctrlEnter, [&](QInputDialog *prompt) {
            auto *field = prompt->findChild<QLineEdit *>();
            QTest::keyClicks(field, QStringLiteral("  ") + reason);
            QTest::keyClick(field, Qt::Key_Return);
        }));
        QTRY_VERIFY(!dialog->isVisible());
    }));
    QCOMPARE(pending(workstation), 2); // the document submitted, and matched
    const auto queued = workstation.session().store->outbox(QStringLiteral("pending"), 50);
    QVERIFY(queued);
    QCOMPARE(queued->constLast().command.payload.value(u"command").toString(),
             QStringLiteral("verify"));
    QCOMPARE(queued->constLast().command.payload.value(u"reason").toString(), reason);
    const ChecklistItem *item = view->currentCase()->cscComparison.item(type);
    QCOMPARE(item->status, DocumentStatus::Verified);
    QCOMPARE(item->unscannedReason, reason);

    // The documents table says the verdict rests on a reason, not a scan.
    auto *documents = view->findChild<QTableWidget *>(QStringLiteral("documents"));
    QVERIFY(documents);
    int row = -1;
    for (int r = 0; r < documents->rowCount(); ++r) {
        if (documents->item(r, 0)->data(Qt::UserRole).toString() == documentTypeId(type))
            row = r;
    }
    QVERIFY(row >= 0);
    QVERIFY2(documents->item(row, 3)->text().contains(u"without a scan")
                 && documents->item(row, 3)->text().contains(reason),
             qPrintable(documents->item(row, 3)->text()));
    QCOMPARE(documents->item(row, 1)->toolTip(), documents->item(row, 3)->text());
    screenshot(window, QStringLiteral("matched-on-a-reason-en"));

    // After the sync the server holds it, and its audit says on what.
    window->syncNow();
    QVERIFY(waitForSync(window));
    QCOMPARE(pending(workstation), 0);
    auto rejected = workstation.session().store->outbox(QStringLiteral("rejected"), 50);
    QVERIFY(rejected && rejected->isEmpty());
    auto store = openStore();
    QVERIFY(store);
    const auto onServer = store->findCase(atCsc.id);
    QVERIFY(onServer && onServer->has_value());
    QCOMPARE((*onServer)->cscComparison.item(type)->unscannedReason, reason);
    const QStringList audited = evidenceAudited(*store, atCsc.id);
    QVERIFY2(audited.size() == 1
                 && audited.constFirst().endsWith(
                     QStringLiteral(" evidence: reason \"%1\"").arg(reason)),
             qPrintable(audited.join(u'\n')));

    if (qEnvironmentVariableIsSet("KEZEK_SCREENSHOTS")) {
        // The prompt and the table in the other two languages, for a look.
        for (const QString &language : {QStringLiteral("kk"), QStringLiteral("ru")}) {
            Workstation::applyLanguage(language);
            ComparisonDialog shown(*workstation.session().desk,
                                   *view->currentCase(),
                                   ChecklistKind::CscComparison,
                                   DocumentType::Petition,
                                   {},
                                   window);
            shown.show();
            QVERIFY(whilePrompted(
                [&] { shown.askMatched(); },
                [&](QInputDialog *prompt) {
                    QVERIFY(!prompt->labelText().contains(u"No scan"));
                    screenshot(prompt, QStringLiteral("matched-without-scan-") + language);
                }));
            window->openCase(atCsc.id);
            screenshot(window, QStringLiteral("matched-on-a-reason-") + language);
        }
        Workstation::applyLanguage(QStringLiteral("en"));
    }
}

void TestCscEvidence::aMatchOnTheOriginalsScanGoesStraightThroughAndTheAuditKeepsTheScan()
{
    // A case of the test's own at the CSC today, its one working day
    // running (§21).
    const Case atCsc = ownCase(CaseState::AtCsc, 0);
    QVERIFY(savedOnServer({atCsc}));
    Workstation workstation(config(m_dir.filePath(QStringLiteral("scan"))), *m_law);
    MainWindow *window = openAs(workstation, QStringLiteral("csc.astana"));
    QVERIFY(window);
    window->openCase(atCsc.id);
    CaseView *view = window->caseView();
    const DocumentType type = DocumentType::Photo;
    const QByteArray scan = ScanGenerator::png(350, 450, 7);
    const QString sha256
        = QString::fromLatin1(QCryptographicHash::hash(scan, QCryptographicHash::Sha256).toHex());
    QVERIFY(compare(view, type, [&](ComparisonDialog *dialog) {
        QVERIFY(dialog->setDeskScan(scan));
        // With the scan, no question is asked.
        QVERIFY(!whilePrompted(
            [&] {
                QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("matchDocument")),
                                  Qt::LeftButton);
            },
            [](QInputDialog *) { QFAIL("a reason was asked for beside the scan"); }));
        QVERIFY2(!dialog->isVisible(), qPrintable(dialog->errorText()));
    }));
    const ChecklistItem *item = view->currentCase()->cscComparison.item(type);
    QCOMPARE(item->status, DocumentStatus::Verified);
    QCOMPARE(item->scanSha256, sha256);
    QVERIFY(item->unscannedReason.isEmpty());

    window->syncNow();
    QVERIFY(waitForSync(window));
    QCOMPARE(pending(workstation), 0);
    auto store = openStore();
    QVERIFY(store);
    const QStringList audited = evidenceAudited(*store, atCsc.id);
    QVERIFY2(audited.constLast().endsWith(QStringLiteral(" evidence: scan %1").arg(sha256)),
             qPrintable(audited.join(u'\n')));
    QCOMPARE(*store->documentContent(sha256), scan);
}

QTEST_MAIN(TestCscEvidence)
void TestCscEvidence::aMatchQueuedBeforeEvidenceWasAskedIsRefusedWithWhatToDo()
{
    // A case of the test's own at the CSC today, its one working day
    // running (§21).
    const Case atCsc = ownCase(CaseState::AtCsc, 0);
    QVERIFY(savedOnServer({atCsc}));
    // A "matched" a workstation queued offline before the evidence was asked
    // for: the server refuses it (tst_serverapi), and the outbox says what to
    // do about it.
    Workstation workstation(config(m_dir.filePath(QStringLiteral("before"))), *m_law);
    MainWindow *window = openAs(workstation, QStringLiteral("csc.astana"));
    QVERIFY(window);
    ClientStore &store = *workstation.session().store;
    const CaseCommand old{QUuid::createUuid().toString(QUuid::WithoutBraces),
                          caseFactId(CaseFact::UpdateDocument),
                          atCsc.id,
                          atCsc.version,
                          {{QStringLiteral("checklist"), QStringLiteral("csc-comparison")},
                           {QStringLiteral("document"), QStringLiteral("medical-certificate")},
                           {QStringLiteral("status"), QStringLiteral("verified")}},
                          {},
                          {}};
    QVERIFY(store.enqueue(old));
    QVERIFY(store.recordAnswer(
        old.id,
        {{QStringLiteral("status"), QStringLiteral("rejected")},
         {QStringLiteral("code"), QStringLiteral("workflow.match-evidence")},
         {QStringLiteral("message"),
          QStringLiteral("\"Matched\" at the CSC rests on the scan of the original.")}}));
    OutboxPanel *outbox = window->outboxPanel();
    outbox->reload();
    QCOMPARE(outbox->rows(), 1);
    QCOMPARE(outbox->statusAt(0), QStringLiteral("rejected"));
    // Issue 27: its row's own words say what to do, not a bare "refused".
    auto *table = outbox->findChild<QTableWidget *>(QStringLiteral("outbox"));
    QCOMPARE(table->item(0, 2)->text(), QStringLiteral("compare again"));
    QVERIFY2(table->item(0, 3)->text().contains(u"attach the original's scan or give a reason"),
             qPrintable(table->item(0, 3)->text()));
    outbox->findChild<QTableWidget *>(QStringLiteral("outbox"))->selectRow(0);
    QVERIFY2(outbox->detailText().contains(u"compare the document again"),
             qPrintable(outbox->detailText()));
    QVERIFY(outbox->detailText().contains(u"rests on the scan"));
}

#include "tst_cscevidence.moc"
