// The workstation's words: one date format in every language, Russian that
// agrees, plurals by each language's rule, and a history an auditor can read
// (each step named, who made it, when, why) with each decision's signature
// checked from it.
#include "core/domain/commuting.h"
#include "core/domain/queues.h"
#include "core/domain/workflow.h"
#include "core/security/signatures.h"
#include "db/server/serverstore.h"
#include "sync/syncengine.h"
#include "tests/gui/guifixture.h"
#include "tests/support/builders.h"
#include "ui/actiondialog.h"
#include "ui/casehistory.h"
#include "ui/casetablemodel.h"
#include "ui/caseview.h"
#include "ui/comparisondialog.h"
#include "ui/deadlinetext.h"
#include "ui/mainwindow.h"
#include "ui/uitr.h"
#include "ui/workstation.h"

#include <QDateEdit>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimeZone>
#include <QUuid>

using namespace Kezek;
using namespace Kezek::Testing;

class TestWords : public GuiFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void aDateReadsDayMonthYearInEveryLanguage_data();
    void aDateReadsDayMonthYearInEveryLanguage();
    void aMomentIsShownInKazakhstanTime();
    void theCaseTheTableAndTheComparisonShowOneDateFormat();
    void aVerifiedPetitionSaysItsNumberSignerAndTheMinistry();
    void aPossibleDuplicateFoundAtIntakeIsShownToTheOfficer();
    void pluralsFollowEachLanguagesRule_data();
    void pluralsFollowEachLanguagesRule();
    void historyStepsAreNamedNeverByTheirIds_data();
    void historyStepsAreNamedNeverByTheirIds();
    void aDecisionReadsInTheHistoryWithNameTimeReasonAndItsSignatureChecks();

private:
    static QString summaryValue(CaseView *view, const QString &label);

    // A case of the test's own, received today: documents to verify, a
    // return to make; saved on the server, or empty if it was refused.
    Case freshCase() const;
};

namespace {

const QRegularExpression DayMonthYear(QStringLiteral("^\\d\\d\\.\\d\\d\\.\\d{4}$"));
// How a step's id looks ("assign-kqp-number"), which no reader should meet.
const QRegularExpression RawId(QStringLiteral("\\b[a-z]+(-[a-z]+)+\\b"));
const QRegularExpression
    DayMonthYearTime(QStringLiteral("^\\d\\d\\.\\d\\d\\.\\d{4} \\d\\d:\\d\\d$"));

// The table row that shows the case's step `action` (the newest such): the
// server may add steps of its own meanwhile (a notice delivered).
int rowOfStep(CaseHistory *history, const Case &c, const QString &action)
{
    qsizetype index = -1;
    for (qsizetype i = 0; i < c.history.size(); ++i) {
        if (c.history.at(i).action == action)
            index = i;
    }
    for (int row = 0; row < history->table()->rowCount(); ++row) {
        if (history->table()->item(row, 0)->data(Qt::UserRole).toLongLong() == index)
            return row;
    }
    return -1;
}

} // namespace

void TestWords::initTestCase()
{
    QVERIFY(startServer());
}

Case TestWords::freshCase() const
{
    Case fresh = ownCase(CaseState::Received, 0);
    fresh.applicant.surname = QStringLiteral("Words");
    fresh.applicant.language = QStringLiteral("ru");
    fresh.applicant.birthDate = QDate(1990, 3, 7);
    return savedOnServer({fresh}) ? fresh : Case{};
}

void TestWords::cleanup()
{
    Workstation::applyLanguage(QStringLiteral("en"));
}

QString TestWords::summaryValue(CaseView *view, const QString &label)
{
    for (QFormLayout *form : view->findChildren<QFormLayout *>()) {
        for (int row = 0; row < form->rowCount(); ++row) {
            auto *name
                = qobject_cast<QLabel *>(form->itemAt(row, QFormLayout::LabelRole)
                                             ? form->itemAt(row, QFormLayout::LabelRole)->widget()
                                             : nullptr);
            auto *value
                = qobject_cast<QLabel *>(form->itemAt(row, QFormLayout::FieldRole)
                                             ? form->itemAt(row, QFormLayout::FieldRole)->widget()
                                             : nullptr);
            if (name && value && name->text() == label)
                return value->text();
        }
    }
    return {};
}

void TestWords::aDateReadsDayMonthYearInEveryLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("kk") << QStringLiteral("kk");
    QTest::newRow("ru") << QStringLiteral("ru");
    QTest::newRow("en") << QStringLiteral("en");
}

void TestWords::aDateReadsDayMonthYearInEveryLanguage()
{
    // Kazakh's short format wrote two-digit years, English month first: an
    // officer reading a passport's dates compares them digit by digit.
    QFETCH(QString, language);
    Workstation::applyLanguage(language);
    QCOMPARE(formatDate(QDate(2026, 1, 5)), QStringLiteral("05.01.2026"));
    QCOMPARE(formatDate(QDate(1999, 12, 31)), QStringLiteral("31.12.1999"));
    QCOMPARE(formatDate(QDate()), QString());
}

void TestWords::aMomentIsShownInKazakhstanTime()
{
    // 19:30 UTC is half past midnight of the next day in Astana (UTC+5),
    // whatever the workstation's own time zone.
    const QDateTime evening(QDate(2026, 1, 5), QTime(19, 30), QTimeZone::utc());
    QCOMPARE(formatDateTime(evening), QStringLiteral("06.01.2026 00:30"));
    QCOMPARE(formatDateTime(QDateTime()), QString());
}

void TestWords::theCaseTheTableAndTheComparisonShowOneDateFormat()
{
    const Case fresh = freshCase();
    QVERIFY(!fresh.id.isEmpty());
    Workstation workstation(config(m_dir.filePath(QStringLiteral("dates"))), *m_law);
    MainWindow *window = openAs(workstation, QStringLiteral("officer.astana"));
    QVERIFY(window);
    const QString received = fresh.receivedOn.toString(QStringLiteral("dd.MM.yyyy"));
    for (const QString &language :
         {QStringLiteral("kk"), QStringLiteral("ru"), QStringLiteral("en")}) {
        // As the officer switches it: the window rebuilt in the language.
        workstation.switchLanguage(language);
        window = workstation.window();
        window->resize(1366, 768);
        window->selectQueue(QStringLiteral("registration-due"));
        window->openCase(fresh.id);
        CaseView *view = window->caseView();
        QCOMPARE(view->caseId(), fresh.id);
        QCOMPARE(summaryValue(view, UiTr::tr("Born:")), QStringLiteral("07.03.1990"));
        QCOMPARE(summaryValue(view, UiTr::tr("Received:")), received);
        screenshot(window, QStringLiteral("summary-dates-") + language);

        // The queue's table: the received day, as the case says it.
        CaseTableModel *model = window->caseModel();
        int row = -1;
        for (int r = 0; r < model->rowCount(); ++r) {
            if (model->caseIdAt(r) == fresh.id)
                row = r;
        }
        QVERIFY2(row >= 0, qPrintable(language));
        QCOMPARE(model->index(row, CaseTableModel::Received).data().toString(), received);

        // The comparison's dates of validity are typed and read day first.
        ComparisonDialog compared(*workstation.session().desk,
                                  *view->currentCase(),
                                  ChecklistKind::CscComparison,
                                  DocumentType::HousingContract,
                                  {},
                                  window);
        const QList<QDateEdit *> dates = compared.findChildren<QDateEdit *>();
        QVERIFY(!dates.isEmpty());
        for (QDateEdit *date : dates) {
            date->setDate(QDate(2027, 2, 9));
            QCOMPARE(date->text(), QStringLiteral("09.02.2027"));
        }
    }
}

// §8, §10(3): the petition the server verified at intake reads as such in
// the summary and beside the petition among the documents, so the officer
// need not look at it.
void TestWords::aVerifiedPetitionSaysItsNumberSignerAndTheMinistry()
{
    auto store = openStore();
    QVERIFY(store);
    const QDate today = kazakhstanDate(QDateTime::currentDateTimeUtc());
    Case petitioned = Builders::caseIn(CaseState::Received, today, City::Astana);
    petitioned.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    petitioned.number = QStringLiteral("DNR-2026-700002");
    VerifiedPetition petition;
    petition.number = QStringLiteral("PET-2026-0417");
    petition.signerName = QStringLiteral("Асхат Нұрланұлы");
    petition.organisation = QStringLiteral("ЦДИАӨМ");
    petition.bin = QStringLiteral("990340001234");
    petition.signedOn = today.addDays(-7);
    petition.verifiedAt = QDateTime::currentDateTimeUtc();
    petition.signature = QByteArray("cms");
    QVERIFY(acceptVerifiedPetition(petitioned, petition, today));
    QVERIFY(store->saveCases({petitioned}));

    Workstation workstation(config(m_dir.filePath(QStringLiteral("petition"))), *m_law);
    MainWindow *window = openAs(workstation, QStringLiteral("officer.astana"));
    QVERIFY(window);
    window->selectQueue(QStringLiteral("registration-due"));
    window->openCase(petitioned.id);
    CaseView *view = window->caseView();
    QCOMPARE(view->caseId(), petitioned.id);
    const QString words
        = QStringLiteral("Petition No. PET-2026-0417, signed by Асхат Нұрланұлы, MDDIAI, verified");
    QCOMPARE(summaryValue(view, UiTr::tr("Ministry petition:")), words);
    const QTableWidget *table = view->documentsTable();
    bool beside = false;
    for (int row = 0; row < table->rowCount(); ++row) {
        const QTableWidgetItem *type = table->item(row, 0);
        if (!type || type->data(Qt::UserRole).toString() != u"petition")
            continue;
        QCOMPARE(table->item(row, 1)->text(), documentStatusTitle(DocumentStatus::Verified));
        QCOMPARE(table->item(row, 3)->text(), words);
        beside = true;
    }
    QVERIFY(beside);
    screenshot(window, QStringLiteral("petition-en"));
    // In Kazakh and Russian the ministry is named as the glossary names it.
    for (const auto &[language, ministry] :
         {std::pair{QStringLiteral("kk"), u"ЦДИАӨМ"}, std::pair{QStringLiteral("ru"), u"МЦРИАП"}}) {
        workstation.switchLanguage(language);
        window = workstation.window();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        window->selectQueue(QStringLiteral("registration-due"));
        window->openCase(petitioned.id);
        view = window->caseView();
        const QString said = summaryValue(view, UiTr::tr("Ministry petition:"));
        QVERIFY2(said.contains(u"PET-2026-0417") && said.contains(ministry), qPrintable(said));
        // Seen where the officer checks documents: the petition's row.
        view->findChild<QTabWidget *>()->setCurrentIndex(1);
        screenshot(window, QStringLiteral("petition-") + language);
    }
    workstation.switchLanguage(QStringLiteral("en"));
}

// Issue 31 point 5: the cases the server found at intake with this
// applicant's name and date of birth under another IIN or passport are named
// in the case's summary, in words, for the officer to look at.
void TestWords::aPossibleDuplicateFoundAtIntakeIsShownToTheOfficer()
{
    auto store = openStore();
    QVERIFY(store);
    const QDate today = kazakhstanDate(QDateTime::currentDateTimeUtc());
    Case flagged = Builders::caseIn(CaseState::Received, today, City::Astana);
    flagged.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    flagged.number = QStringLiteral("DNR-2026-700003");
    flagged.possibleDuplicates
        = {QStringLiteral("DNR-2026-000101"), QStringLiteral("DNR-2026-000102")};
    QVERIFY(store->saveCases({flagged}));

    Workstation workstation(config(m_dir.filePath(QStringLiteral("duplicate"))), *m_law);
    MainWindow *window = openAs(workstation, QStringLiteral("officer.astana"));
    QVERIFY(window);
    window->selectQueue(QStringLiteral("registration-due"));
    window->openCase(flagged.id);
    CaseView *view = window->caseView();
    QCOMPARE(view->caseId(), flagged.id);
    QCOMPARE(summaryValue(view, UiTr::tr("Possible duplicate:")),
             QStringLiteral("The same name and date of birth as DNR-2026-000101, DNR-2026-000102, "
                            "under another IIN or passport; check whether it is the same person."));
}

void TestWords::pluralsFollowEachLanguagesRule_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("chosen");
    QTest::addColumn<QString>("unsent");
    QTest::newRow("en 1") << QStringLiteral("en") << 1 << QStringLiteral("1 case chosen.")
                          << QStringLiteral("1 step has not reached the server.");
    QTest::newRow("en 2") << QStringLiteral("en") << 2 << QStringLiteral("2 cases chosen.")
                          << QStringLiteral("2 steps have not reached the server.");
    QTest::newRow("ru 1") << QStringLiteral("ru") << 1 << QStringLiteral("Выбрано 1 дело.")
                          << QStringLiteral("1 шаг не дошёл до сервера.");
    QTest::newRow("ru 2") << QStringLiteral("ru") << 2 << QStringLiteral("Выбрано 2 дела.")
                          << QStringLiteral("2 шага не дошли до сервера.");
    QTest::newRow("ru 5") << QStringLiteral("ru") << 5 << QStringLiteral("Выбрано 5 дел.")
                          << QStringLiteral("5 шагов не дошли до сервера.");
    QTest::newRow("ru 21") << QStringLiteral("ru") << 21 << QStringLiteral("Выбрано 21 дело.")
                           << QStringLiteral("21 шаг не дошёл до сервера.");
    QTest::newRow("kk 5") << QStringLiteral("kk") << 5 << QStringLiteral("%n іс таңдалды.")
                          << QStringLiteral("%n қадам серверге жетпеді.");
}

void TestWords::pluralsFollowEachLanguagesRule()
{
    // Never "(s)": each language's own forms, by Qt's plural rules.
    QFETCH(QString, language);
    QFETCH(int, count);
    QFETCH(QString, chosen);
    QFETCH(QString, unsent);
    Workstation::applyLanguage(language);
    const QString n = QString::number(count);
    QCOMPARE(UiTr::tr("%n case(s) chosen.", nullptr, count),
             QString(chosen).replace(QStringLiteral("%n"), n));
    QCOMPARE(UiTr::tr("%n step(s) have not reached the server.", nullptr, count),
             QString(unsent).replace(QStringLiteral("%n"), n));
    for (const char *source : {"%n case(s) past a deadline or close to it (amber or red).",
                               "%n step(s) of yours on this case wait to be sent.",
                               "%n of them are signed decisions."}) {
        const QString said = UiTr::tr(source, nullptr, count);
        QVERIFY2(!said.contains(u"(s)") && said.contains(n), qPrintable(said));
    }
}

void TestWords::historyStepsAreNamedNeverByTheirIds_data()
{
    QTest::addColumn<QString>("step");
    QTest::addColumn<QString>("title");
    QTest::newRow("kqp") << QStringLiteral("assign-kqp-number")
                         << QStringLiteral("The migration police system's case number");
    QTest::newRow("arrival") << QStringLiteral("record-arrival")
                             << QStringLiteral("Arrival in Kazakhstan (Berkut)");
    QTest::newRow("fingerprints") << QStringLiteral("record-fingerprinting")
                                  << QStringLiteral("Fingerprinting at the migration office");
    QTest::newRow("courier") << QStringLiteral("courier-delivered")
                             << QStringLiteral("The courier delivered the originals");
    QTest::newRow("picked up") << QStringLiteral("courier-picked-up")
                               << QStringLiteral("The courier picked up the originals");
    QTest::newRow("notice") << QStringLiteral("notice-delivered")
                            << QStringLiteral("A notice reached the applicant's eGov cabinet");
    QTest::newRow("purge") << QStringLiteral("retention-purged")
                           << QStringLiteral("Personal data removed after the retention period");
    QTest::newRow("step") << QStringLiteral("return-for-rework")
                          << QStringLiteral("Return for rework");
}

void TestWords::historyStepsAreNamedNeverByTheirIds()
{
    QFETCH(QString, step);
    QFETCH(QString, title);
    QCOMPARE(historyStepTitle(step), title);
    // Every step a case can record has its own words, in every language.
    for (const QString &language : {QStringLiteral("kk"), QStringLiteral("ru")}) {
        Workstation::applyLanguage(language);
        const QString translated = historyStepTitle(step);
        QVERIFY2(translated != title && !translated.contains(step), qPrintable(translated));
    }
}

void TestWords::aDecisionReadsInTheHistoryWithNameTimeReasonAndItsSignatureChecks()
{
    const Case fresh = freshCase();
    QVERIFY(!fresh.id.isEmpty());
    Workstation workstation(config(m_dir.filePath(QStringLiteral("history"))), *m_law);
    MainWindow *window = openAs(workstation, QStringLiteral("officer.astana"));
    QVERIFY(window);
    CaseDesk &desk = *workstation.session().desk;
    CaseView *view = window->caseView();
    view->showCase(fresh.id);

    // A photo verified, then the case returned for rework with a reason and
    // the officer's signature; the sync takes both to the server.
    view->selectDocument(DocumentType::Photo);
    view->verifySelectedDocument();
    {
        ActionDialog form(desk, *view->currentCase(), Action::ReturnForRework, m_keyFile);
        form.checkReason(QStringLiteral("DOCS-INCOMPLETE"));
        form.setKeyPassword(KeyPassword);
        form.submit();
    }
    window->syncNow();
    QVERIFY(waitForSync(window));
    QVERIFY(workstation.session().store->outbox(QStringLiteral("pending"), 10)->isEmpty());
    view->showCase(fresh.id);
    QVERIFY2(view->currentCase()->state == CaseState::ReturnedForRework,
             qPrintable(outboxOf(workstation, fresh.id)));

    // The Russian documents table: the photo's check "Проверено", agreeing
    // with "Фотография" as the state of its check.
    Workstation::applyLanguage(QStringLiteral("ru"));
    view->showCase(fresh.id);
    QTableWidget *documents = view->documentsTable();
    bool photoSeen = false;
    for (int row = 0; row < documents->rowCount(); ++row) {
        if (documents->item(row, 0)->data(Qt::UserRole).toString()
            == documentTypeId(DocumentType::Photo)) {
            QCOMPARE(documents->item(row, 1)->text(), QStringLiteral("Проверено"));
            photoSeen = true;
        }
    }
    QVERIFY(photoSeen);
    // The notices tab names the language, as the summary does.
    auto *notices = view->findChild<QTableWidget *>(QStringLiteral("notices"));
    QVERIFY(notices && notices->rowCount() == 1);
    QCOMPARE(notices->item(0, 2)->text(), QStringLiteral("Русский"));
    Workstation::applyLanguage(QStringLiteral("en"));
    view->showCase(fresh.id);

    // The history, newest first: the return in words, by the officer's name,
    // to the minute, with its reason; no step is named by its id.
    CaseHistory *history = view->history();
    QTableWidget *table = history->table();
    view->findChild<QTabWidget *>()->setCurrentWidget(history);
    QCOMPARE(table->rowCount(), int(view->currentCase()->history.size()));
    for (int row = 0; row < table->rowCount(); ++row) {
        for (int column = 0; column < table->columnCount(); ++column) {
            const QString cell = table->item(row, column)->text();
            QVERIFY2(!RawId.match(cell).hasMatch(), qPrintable(cell));
        }
    }
    const QString returnId = Workflow::actionId(Action::ReturnForRework);
    const int returned = rowOfStep(history, *view->currentCase(), returnId);
    QVERIFY(returned >= 0);
    QCOMPARE(table->item(returned, 1)->text(), QStringLiteral("Return for rework"));
    QVERIFY2(DayMonthYearTime.match(table->item(returned, 0)->text()).hasMatch(),
             qPrintable(table->item(returned, 0)->text()));
    QVERIFY2(table->item(returned, 2)->text().contains(u"Айгерім Сейтқали (officer.astana)"),
             qPrintable(table->item(returned, 2)->text()));
    // The intake of a case has no command behind it: its day.
    QVERIFY2(DayMonthYear.match(table->item(table->rowCount() - 1, 0)->text()).hasMatch(),
             qPrintable(table->item(table->rowCount() - 1, 0)->text()));

    auto *details = history->findChild<QLabel *>(QStringLiteral("historyDetails"));
    auto *verify = history->findChild<QPushButton *>(QStringLiteral("verifySignature"));
    auto *verdict = history->findChild<QLabel *>(QStringLiteral("signatureVerdict"));
    QVERIFY(details && verify && verdict);
    QVERIFY(!verify->isEnabled()); // nothing chosen yet
    history->selectRow(returned);
    const QString reason = m_reasons->find(QStringLiteral("DOCS-INCOMPLETE"))->text.in(u"en");
    QVERIFY2(details->text().contains(reason.toHtmlEscaped()), qPrintable(details->text()));
    QVERIFY2(details->text().contains(u"Kazakhstan time"), qPrintable(details->text()));
    QVERIFY(verify->isEnabled());

    // The whole history fits a laptop's width: no column runs off it.
    window->resize(1366, 768);
    QCoreApplication::processEvents();
    int width = 0;
    for (int column = 0; column < table->columnCount(); ++column)
        width += table->columnWidth(column);
    QVERIFY2(width <= table->viewport()->width(),
             qPrintable(QStringLiteral("%1 > %2").arg(width).arg(table->viewport()->width())));

    // Verify signature: intact, from the authority, and this very decision.
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QTest::mouseClick(verify, Qt::LeftButton);
    QVERIFY2(verdict->text().startsWith(u"✓"), qPrintable(verdict->text()));
    // The signer as a person reads them: the certificate's name and IIN,
    // not its raw subject.
    QVERIFY2(
        verdict->text().contains(QStringLiteral("officer.astana (IIN %1)")
                                     .arg(Builders::staffIin(QStringLiteral("officer.astana")))),
        qPrintable(verdict->text()));
    QVERIFY2(!verdict->text().contains(u"serialNumber="), qPrintable(verdict->text()));
    // Sent as soon as it was signed: the site TSA's token went with it, and
    // is checked here against the authorities (issue 28, trusted time).
    QVERIFY2(verdict->text().contains(u"Signed online: timestamp of"), qPrintable(verdict->text()));
    screenshot(window, QStringLiteral("history-verified-en"));
    // In Kazakh and Russian, as the window is rebuilt in the language: the
    // same check, through the window's own connection to the server.
    for (const QString &language :
         {QStringLiteral("kk"), QStringLiteral("ru"), QStringLiteral("en")}) {
        workstation.switchLanguage(language);
        window = workstation.window();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        window->resize(1366, 768);
        window->selectQueue(QStringLiteral("returned"));
        window->openCase(fresh.id);
        view = window->caseView();
        QCOMPARE(view->caseId(), fresh.id);
        history = view->history();
        view->findChild<QTabWidget *>()->setCurrentWidget(history);
        history->selectRow(rowOfStep(history, *view->currentCase(), returnId));
        verify = history->findChild<QPushButton *>(QStringLiteral("verifySignature"));
        verdict = history->findChild<QLabel *>(QStringLiteral("signatureVerdict"));
        QTest::mouseClick(verify, Qt::LeftButton);
        QVERIFY2(verdict->text().startsWith(u"✓"), qPrintable(verdict->text()));
        if (language != u"en")
            screenshot(window, QStringLiteral("history-verified-") + language);
    }
    // What the server keeps, altered: another reason in the signed bytes, or
    // a signature with a byte changed, does not verify, and says so.
    auto settings = workstation.session().syncSettings();
    QVERIFY(settings);
    SyncEngine engine(*workstation.session().store, *settings);
    const auto kept = engine.signedDecisions(fresh.id);
    QVERIFY2(kept, qPrintable(kept ? QString() : kept.error().message));
    QCOMPARE(kept->decisions.size(), 1);
    for (const auto &tamper : std::initializer_list<std::function<void(SignedDecision &)>>{
             [](SignedDecision &d) { d.content.replace("DOCS-INCOMPLETE", "DOCS-NONCOMPLIANT"); },
             [](SignedDecision &d) {
                 d.signature[d.signature.size() - 10] ^= 0x5a;
             }}) {
        SignedDecisions altered = *kept;
        tamper(altered.decisions[0]);
        history->setDecisionFetcher(
            [altered](const QString &) -> Result<SignedDecisions> { return altered; });
        QTest::mouseClick(verify, Qt::LeftButton);
        QVERIFY2(verdict->text().startsWith(u"✗"), qPrintable(verdict->text()));
    }
    // A decision signed honestly but shown with another reason (a case
    // changed in the cache) is caught by what the signature covers.
    Case changed = *view->currentCase();
    changed.decisions[0].reasonCodes = {QStringLiteral("DOCS-NONCOMPLIANT")};
    qsizetype step = -1;
    for (qsizetype i = 0; i < changed.history.size(); ++i) {
        if (changed.history.at(i).action == returnId)
            step = i;
    }
    const auto mismatch = checkStepSignature(changed, step, *kept);
    QVERIFY(!mismatch);
    QCOMPARE(mismatch.error().code, QStringLiteral("signature.other-decision"));
    QVERIFY(checkStepSignature(*view->currentCase(), step, *kept));
    // A step that decided nothing has no signature to check.
    const auto intake = checkStepSignature(*view->currentCase(), 0, *kept);
    QVERIFY(!intake);
    QCOMPARE(intake.error().code, QStringLiteral("signature.not-a-decision"));

    // Another reader's workstation (the ministry's) checks the same decision;
    // there the officer is known by their id.
    Workstation reviewer(config(m_dir.filePath(QStringLiteral("reviewer"))), *m_law);
    MainWindow *reading = openAs(reviewer, QStringLiteral("ministry.reviewer"));
    QVERIFY(reading);
    reading->openCase(fresh.id);
    QCOMPARE(reading->caseView()->caseId(), fresh.id);
    CaseHistory *theirs = reading->caseView()->history();
    const int theirRow = rowOfStep(theirs, *reading->caseView()->currentCase(), returnId);
    QVERIFY(theirRow >= 0);
    theirs->selectRow(theirRow);
    QVERIFY2(theirs->table()->item(theirRow, 2)->text().startsWith(u"officer.astana, "),
             qPrintable(theirs->table()->item(theirRow, 2)->text()));
    QTest::mouseClick(theirs->findChild<QPushButton *>(QStringLiteral("verifySignature")),
                      Qt::LeftButton);
    const QString theirVerdict
        = theirs->findChild<QLabel *>(QStringLiteral("signatureVerdict"))->text();
    QVERIFY2(theirVerdict.startsWith(u"✓"), qPrintable(theirVerdict));
    // A case the server does not have: it says so, and nothing verifies.
    auto readerSettings = reviewer.session().syncSettings();
    QVERIFY(readerSettings);
    SyncEngine readerEngine(*reviewer.session().store, *readerSettings);
    const auto none
        = readerEngine.signedDecisions(QUuid::createUuid().toString(QUuid::WithoutBraces));
    QVERIFY(!none);
    QCOMPARE(none.error().code, QStringLiteral("case.not-found"));
}

QTEST_MAIN(TestWords)
#include "tst_words.moc"
