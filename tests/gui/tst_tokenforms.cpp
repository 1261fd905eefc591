#include "core/domain/queues.h"
#include "core/domain/workflow.h"
#include "core/security/certificates.h"
#include "core/security/signatures.h"
#include "db/server/serverstore.h"
#include "db/server/userstore.h"
#include "tests/gui/guifixture.h"
#include "tests/support/builders.h"
#include "tests/support/softhsmtoken.h"
#include "ui/actiondialog.h"
#include "ui/casetablemodel.h"
#include "ui/caseview.h"
#include "ui/courierdialog.h"
#include "ui/mainwindow.h"
#include "ui/workstation.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QUuid>

using namespace Kezek;
using namespace Kezek::Testing;

namespace {
const QString Pin = QStringLiteral("482915");
const QString Officer = QStringLiteral("officer.astana");
const QString Operator = QStringLiteral("csc.astana");
} // namespace

// Issue 29, points 1 and 2, through the real forms: the decision form's "Key
// on a token" with its PIN, several cases decided in one form with one PIN,
// a token taken out half-way, and the courier's dispatch signed when the
// site asks, all synced to the real server.
class TestTokenForms : public GuiFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void theDecisionFormSignsOnTheTokenAfterAWrongPinQueuedNothing();
    void severalCasesAreDecidedInOneFormWithOnePin();
    void aTokenRemovedMidBatchIsSaidAndOnlyTheSignedAreQueued();
    void theCourierDispatchIsSignedWhenTheSiteAsks();

private:
    QList<Case> newCases(CaseState state, int count);
    WorkstationConfig tokenConfig(const QString &folder, const QString &module) const;
    // The cases' rows chosen in the queue that holds them, as the officer
    // chooses them with Ctrl and a click.
    static bool selectCases(MainWindow *window, const QList<Case> &cases);
    static QPushButton *signButton(QDialog *form);
    static QString said(QDialog *form);
    CaseState serverState(const QString &caseId) const;

    SoftHsmToken m_token;
};

void TestTokenForms::initTestCase()
{
    if (SoftHsmToken::realModule().isEmpty())
        QSKIP("SoftHSM2 (Debian softhsm2) is not installed: scripts/test.sh installs it");
    QVERIFY(startServer());
    auto store = openStore();
    QVERIFY(store);
    UserStore users(*store);
    QVERIFY(addCscOperator(users));
    // The officer's and the operator's signing keys on one token, each
    // registered for its holder (the officer's file key is replaced by it).
    QFile caCertificate(m_server->folder() + QStringLiteral("/tls/signing-ca.pem"));
    QFile caKey(m_server->folder() + QStringLiteral("/tls/signing-ca-key.pem"));
    QVERIFY(caCertificate.open(QIODevice::ReadOnly) && caKey.open(QIODevice::ReadOnly));
    const PemPair authority{caCertificate.readAll(), caKey.readAll()};
    QVERIFY(
        m_token.create(m_dir.filePath(QStringLiteral("token")), QStringLiteral("Kaztoken"), Pin));
    int id = 1;
    for (const QString &user : {Officer, Operator}) {
        auto key = issueSigningCertificate(authority, user, Builders::staffIin(user));
        QVERIFY(key);
        QVERIFY(m_token.import(*key, QStringLiteral("0%1").arg(id++), user));
        QVERIFY(
            users.setSigningCertificate(user, key->certificate, QDateTime::currentDateTimeUtc()));
    }
}

void TestTokenForms::cleanup()
{
    SoftHsmToken::neverRemoved();
    // Each test's officer starts without a remembered key choice: none
    // relies on what an earlier one chose (issue 32, point 3).
    QSettings().remove(QStringLiteral("signing"));
}

QList<Case> TestTokenForms::newCases(CaseState state, int count)
{
    const Case model = ownCase(state);
    QList<Case> cases;
    for (int n = 0; n < count; ++n) {
        Case c = model;
        c.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        c.number = QStringLiteral("DNR-2026-K%1").arg(c.id.left(6));
        cases.append(c);
    }
    auto store = openStore();
    if (!store || !store->saveCases(cases))
        qFatal("the test's cases could not be saved");
    return cases;
}

WorkstationConfig TestTokenForms::tokenConfig(const QString &folder, const QString &module) const
{
    WorkstationConfig c = config(m_dir.filePath(folder));
    c.pkcs11Module = module;
    return c;
}

bool TestTokenForms::selectCases(MainWindow *window, const QList<Case> &cases)
{
    for (int queue = 0; queue < window->queueList()->count(); ++queue) {
        window->queueList()->setCurrentRow(queue);
        QTableView *table = window->caseTable();
        table->clearSelection();
        int found = 0;
        for (int row = 0; row < window->caseModel()->rowCount(); ++row) {
            const QString id = window->caseModel()->caseIdAt(row);
            if (std::none_of(
                    cases.cbegin(), cases.cend(), [&](const Case &c) { return c.id == id; }))
                continue;
            table->selectionModel()->select(window->caseModel()->index(row, 0),
                                            QItemSelectionModel::Select
                                                | QItemSelectionModel::Rows);
            ++found;
        }
        if (found == cases.size())
            return true;
    }
    return false;
}

QPushButton *TestTokenForms::signButton(QDialog *form)
{
    auto *buttons = form->findChild<QDialogButtonBox *>();
    for (QAbstractButton *button : buttons->buttons()) {
        if (buttons->buttonRole(button) == QDialogButtonBox::AcceptRole)
            return qobject_cast<QPushButton *>(button);
    }
    return nullptr;
}

QString TestTokenForms::said(QDialog *form)
{
    return form->findChild<QLabel *>(QStringLiteral("lawObjection"))->text();
}

CaseState TestTokenForms::serverState(const QString &caseId) const
{
    auto store = openStore();
    const auto found = store->findCase(caseId);
    return found && *found ? (*found)->state : CaseState::Withdrawn;
}

void TestTokenForms::theDecisionFormSignsOnTheTokenAfterAWrongPinQueuedNothing()
{
    // Issue 29, point 1: "Key on a token" in the decision form, the PIN
    // instead of the file's password; a wrong PIN said, nothing queued.
    const QList<Case> cases = newCases(CaseState::Received, 1);
    Workstation workstation(tokenConfig(QStringLiteral("one"), SoftHsmToken::realModule()), *m_law);
    MainWindow *window = openAs(workstation, Officer);
    QVERIFY(window);
    window->openCase(cases.first().id);
    CaseView *view = window->caseView();
    const bool opened = whileOpen<ActionDialog>(
        view,
        &CaseView::actionDialogOpened,
        [&] { view->openAction(Action::ReturnForRework); },
        [&](ActionDialog *form) {
            auto *onToken = form->findChild<QRadioButton *>(QStringLiteral("keyOnToken"));
            QVERIFY(onToken);
            QTest::mouseClick(onToken, Qt::LeftButton);
            QVERIFY(onToken->isChecked());
            // The PIN, not the file's password; the officer's signing
            // certificate, the only one of theirs on the token, chosen.
            auto *pin = form->findChild<QLineEdit *>(QStringLiteral("tokenPin"));
            QVERIFY(pin && pin->isVisibleTo(form));
            QVERIFY(
                !form->findChild<QLineEdit *>(QStringLiteral("keyPassword"))->isVisibleTo(form));
            // The token holds a colleague's certificate too: the officer
            // picks theirs (and the form remembers it).
            auto *certificate = form->findChild<QComboBox *>(QStringLiteral("tokenCertificate"));
            QCOMPARE(certificate->count(), 2);
            certificate->setCurrentIndex(certificate->findData(Builders::staffIin(Officer)));
            QVERIFY(certificate->currentText().contains(Builders::staffIin(Officer)));
            form->checkReason(QStringLiteral("DOCS-INCOMPLETE"));

            QTest::keyClicks(pin, QStringLiteral("000000"));
            QTest::mouseClick(signButton(form), Qt::LeftButton);
            QVERIFY(form->isVisible());
            QVERIFY2(said(form).contains(u"The PIN is wrong. Nothing was signed."),
                     qPrintable(said(form)));
            QVERIFY(pin->text().isEmpty()); // not kept after the submit
            QVERIFY(workstation.session().store->outbox(QStringLiteral("pending"), 10)->isEmpty());

            QTest::keyClicks(pin, Pin);
            QTest::mouseClick(signButton(form), Qt::LeftButton);
            QCOMPARE(form->result(), int(QDialog::Accepted));
            QVERIFY(pin->text().isEmpty());
        });
    QVERIFY(opened);
    const auto queued = workstation.session().store->outbox(QStringLiteral("pending"), 10);
    QCOMPARE(queued->size(), 1);
    QVERIFY(!queued->first().command.signature.isEmpty());
    window->syncNow();
    QVERIFY(waitForSync(window));
    QVERIFY2(workstation.session().store->outbox(QStringLiteral("rejected"), 10)->isEmpty(),
             qPrintable(outboxOf(workstation, cases.first().id)));
    QCOMPARE(serverState(cases.first().id), CaseState::ReturnedForRework);
}

void TestTokenForms::severalCasesAreDecidedInOneFormWithOnePin()
{
    // Issue 29, point 2: three cases chosen in the queue, one form, one PIN;
    // a fourth, already decided here, is left out with the law's reason.
    const QList<Case> cases = newCases(CaseState::Received, 4);
    // This officer chose the token, and their certificate on it, at an
    // earlier decision (how: theDecisionFormSignsOnTheToken...).
    QSettings().setValue(QStringLiteral("signing/token-chosen/") + Officer, true);
    QSettings().setValue(QStringLiteral("signing/token-iin/") + Officer,
                         Builders::staffIin(Officer));
    Workstation workstation(tokenConfig(QStringLiteral("batch"), SoftHsmToken::realModule()),
                            *m_law);
    MainWindow *window = openAs(workstation, Officer);
    QVERIFY(window);
    QVERIFY(selectCases(window, cases.mid(0, 3)));
    QCOMPARE(window->selectedCaseIds().size(), 3);
    QVERIFY2(window->batchActions().contains(Action::ReturnForRework),
             qPrintable(QString::number(window->batchActions().size())));

    // The fourth decided on its own first; the form opened on all four.
    CaseDesk &desk = *workstation.session().desk;
    auto alone = desk.prepare(
        cases.at(3),
        QStringLiteral("return-for-rework"),
        {{QStringLiteral("reasonCodes"), QJsonArray{QStringLiteral("DOCS-INCOMPLETE")}}});
    QVERIFY(alone);
    QVERIFY(workstation.session().store->enqueue(*alone)); // unsigned: never synced here
    // The batch form with the token, as a Kazakh- or Russian-speaking
    // officer sees it (looked at, at 1366x768). A new language makes a new
    // window.
    for (const QString &language : {QStringLiteral("kk"), QStringLiteral("ru")}) {
        workstation.switchLanguage(language);
        ActionDialog seen(desk,
                          cases,
                          Action::ReturnForRework,
                          workstation.window()->signingSetup(),
                          workstation.window());
        seen.show();
        QVERIFY(QTest::qWaitForWindowExposed(&seen));
        screenshot(&seen, QStringLiteral("batch-token-form-") + language);
    }
    workstation.switchLanguage(QStringLiteral("en"));
    window = workstation.window();
    ActionDialog form(desk, cases, Action::ReturnForRework, window->signingSetup(), window);
    // The choice of the token, and of their certificate on it, is
    // remembered for this officer.
    QVERIFY(form.signingKey()->tokenChosen());
    QCOMPARE(
        form.findChild<QComboBox *>(QStringLiteral("tokenCertificate"))->currentData().toString(),
        Builders::staffIin(Officer));
    form.checkReason(QStringLiteral("DOCS-INCOMPLETE"));
    QCOMPARE(form.allowedCases().size(), 3);
    const QString leftOut = form.findChild<QLabel *>(QStringLiteral("batchLeftOut"))->text();
    QVERIFY2(leftOut.contains(cases.at(3).number), qPrintable(leftOut));
    form.signingKey()->setPin(Pin);
    form.submit();
    QCOMPARE(form.result(), int(QDialog::Accepted));
    QCOMPARE(form.queuedCount(), 3);
    QVERIFY2(form.batchSummary().startsWith(u"3 signed and queued; 1 not signed: case "),
             qPrintable(form.batchSummary()));
    QVERIFY(workstation.session().store->discard(alone->id));

    const auto queued = workstation.session().store->outbox(QStringLiteral("pending"), 10);
    QCOMPARE(queued->size(), 3);
    QSet<QByteArray> signatures;
    for (const OutboxEntry &entry : *queued)
        signatures.insert(entry.command.signature);
    QCOMPARE(signatures.size(), 3); // each its own CMS
    window->syncNow();
    QVERIFY(waitForSync(window));
    QVERIFY(workstation.session().store->outbox(QStringLiteral("rejected"), 10)->isEmpty());
    for (int at = 0; at < 3; ++at)
        QCOMPARE(serverState(cases.at(at).id), CaseState::ReturnedForRework);
    QCOMPARE(serverState(cases.at(3).id), CaseState::Received);
    // The same from the window's command: two more cases, the PIN once, and
    // the status bar says what was done.
    const QList<Case> more = newCases(CaseState::Received, 2);
    window->syncNow();
    QVERIFY(waitForSync(window));
    QVERIFY(selectCases(window, more));
    const bool opened = whileOpen<ActionDialog>(
        window,
        &MainWindow::deskDialogOpened,
        [&] { window->decideSelected(Action::ReturnForRework); },
        [&](ActionDialog *batch) {
            batch->checkReason(QStringLiteral("DOCS-INCOMPLETE"));
            QCOMPARE(batch->allowedCases().size(), 2);
            batch->signingKey()->setPin(Pin);
            QTest::mouseClick(signButton(batch), Qt::LeftButton);
            QCOMPARE(batch->result(), int(QDialog::Accepted));
        });
    QVERIFY(opened);
    QCOMPARE(window->statusBar()->currentMessage(), QStringLiteral("2 signed and queued."));
    QCOMPARE(workstation.session().store->outbox(QStringLiteral("pending"), 10)->size(), 2);
}

void TestTokenForms::aTokenRemovedMidBatchIsSaidAndOnlyTheSignedAreQueued()
{
    // Issue 29, "done means": the token taken out after two of four: two
    // queued, two not, and the form says so; the rest signed again after.
    const QList<Case> cases = newCases(CaseState::Received, 4);
    Workstation workstation(tokenConfig(QStringLiteral("removed"), SoftHsmToken::removalModule(2)),
                            *m_law);
    MainWindow *window = openAs(workstation, Officer);
    QVERIFY(window);
    ActionDialog form(*workstation.session().desk,
                      cases,
                      Action::ReturnForRework,
                      window->signingSetup(),
                      window);
    form.signingKey()->chooseToken(true);
    form.signingKey()->chooseHolder(Builders::staffIin(Officer));
    form.checkReason(QStringLiteral("DOCS-INCOMPLETE"));
    form.signingKey()->setPin(Pin);
    form.submit();
    QVERIFY(form.result() != QDialog::Accepted);
    QCOMPARE(form.queuedCount(), 2);
    QVERIFY2(form.batchSummary().startsWith(u"2 signed and queued; 2 not signed: The token was "
                                            u"removed."),
             qPrintable(form.batchSummary()));
    QVERIFY(said(&form).contains(u"The token was removed."));
    QCOMPARE(workstation.session().store->outbox(QStringLiteral("pending"), 10)->size(), 2);
    // The two signed are the two first; the form now holds the other two.
    QCOMPARE(form.allowedCases(), (QStringList{cases.at(2).id, cases.at(3).id}));
}

void TestTokenForms::theCourierDispatchIsSignedWhenTheSiteAsks()
{
    // Issue 29, point 2: signing/signCourier; the operator's key on the
    // token signs each dispatch of the envelope with one PIN.
    const QList<Case> cases = newCases(CaseState::FinalRegistered, 2);
    WorkstationConfig site = tokenConfig(QStringLiteral("courier"), SoftHsmToken::realModule());
    site.signCourier = true;
    Workstation workstation(site, *m_law);
    MainWindow *window = openAs(workstation, Operator);
    QVERIFY(window);
    const QString pdf = m_dir.filePath(QStringLiteral("signed-list.pdf"));
    const bool opened = whileOpen<CourierDialog>(
        window,
        &MainWindow::deskDialogOpened,
        [&] { window->openCourier(); },
        [&](CourierDialog *batch) {
            QVERIFY(batch->signingKey());
            batch->signingKey()->chooseToken(true);
            batch->signingKey()->chooseHolder(Builders::staffIin(Operator));
            for (int row = 0; row < batch->cases()->count(); ++row) {
                QListWidgetItem *item = batch->cases()->item(row);
                const bool ours = std::any_of(cases.cbegin(), cases.cend(), [&](const Case &c) {
                    return item->text().contains(c.number);
                });
                item->setCheckState(ours ? Qt::Checked : Qt::Unchecked);
            }
            batch->setTracking(QStringLiteral("KZP-2026-SIGNED"));
            batch->signingKey()->setPin(QStringLiteral("000000"));
            QVERIFY(!batch->dispatch(pdf));
            QVERIFY2(batch->errorText().contains(u"The PIN is wrong"),
                     qPrintable(batch->errorText()));
            QVERIFY(!QFile::exists(pdf));
            QVERIFY(workstation.session().store->outbox(QStringLiteral("pending"), 10)->isEmpty());
            batch->signingKey()->setPin(Pin);
            QVERIFY2(batch->dispatch(pdf), qPrintable(batch->errorText()));
        });
    QVERIFY(opened);
    const auto queued = workstation.session().store->outbox(QStringLiteral("pending"), 10);
    QCOMPARE(queued->size(), 2);
    for (const OutboxEntry &entry : *queued)
        QVERIFY(!entry.command.signature.isEmpty());
    window->syncNow();
    QVERIFY(waitForSync(window));
    QVERIFY2(workstation.session().store->outbox(QStringLiteral("rejected"), 10)->isEmpty(),
             qPrintable(outboxOf(workstation, cases.first().id)));
    auto store = openStore();
    for (const Case &c : cases) {
        QCOMPARE(serverState(c.id), CaseState::InCourier);
        const auto kept = store->signedCommands(c.id);
        QVERIFY(kept && kept->size() == 1);
        QCOMPARE(kept->first().userId, Operator);
    }
}

QTEST_MAIN(TestTokenForms)
#include "tst_tokenforms.moc"
