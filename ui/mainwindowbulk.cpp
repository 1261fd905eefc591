#include "ui/mainwindow.h"

#include "sync/bulkwork.h"
#include "sync/syncerrors.h"
#include "ui/absencedialog.h"
#include "ui/caseview.h"
#include "ui/givecasedialog.h"
#include "ui/standardbuttons.h"
#include "ui/toast.h"
#include "ui/uitr.h"

#include <QMenu>
#include <QMessageBox>
#include <QProgressDialog>
#include <QStatusBar>

namespace Kezek {

// Work in bulk and absence (issue 31, point 2): a supervisor gives many
// cases to one colleague, an officer claims several, and the cases of a
// colleague marked absent are handed out. Each case is its own request;
// a progress dialog stops between two, and a summary names every case that
// did not go through and why.

namespace {

constexpr int SummaryListed = 30; // failures named in the summary; the rest counted

// The summary of a bulk step: what went, and each case that did not, with why.
void summarize(QWidget *parent,
               const QString &title,
               const QString &done,
               const QList<BulkFailure> &failures)
{
    QMessageBox box(failures.isEmpty() ? QMessageBox::Information : QMessageBox::Warning,
                    title,
                    done,
                    QMessageBox::Ok,
                    parent);
    box.setObjectName(QStringLiteral("bulkSummary"));
    if (failures.isEmpty()) {
        box.exec();
        return;
    }
    QStringList lines;
    for (const BulkFailure &failure : failures.mid(0, SummaryListed)) {
        lines.append(UiTr::tr("%1: %2").arg(
            failure.number.isEmpty() ? failure.caseId : failure.number, failure.error.message));
    }
    if (failures.size() > SummaryListed) {
        lines.append(UiTr::tr("…and %n more.", nullptr, int(failures.size() - SummaryListed)));
    }
    box.setInformativeText(UiTr::tr("%n case(s) did not go through; nothing was changed on them:",
                                    nullptr,
                                    int(failures.size())));
    box.setDetailedText(lines.join(QLatin1Char('\n')));
    box.exec();
}

} // namespace

void MainWindow::addBulkActions(QMenu *work)
{
    QAction *claim = work->addAction(
        UiTr::tr("Cla&im the selected cases"), this, &MainWindow::claimSelectedCases);
    claim->setObjectName(QStringLiteral("claimSelected"));
    if (m_session.account.role != Role::Supervisor)
        return;
    QAction *give = work->addAction(
        UiTr::tr("Gi&ve the selected cases to…"), this, &MainWindow::giveSelectedCases);
    give->setObjectName(QStringLiteral("giveSelected"));
    QAction *absences
        = work->addAction(UiTr::tr("A&bsences and hand-out…"), this, &MainWindow::openAbsences);
    absences->setObjectName(QStringLiteral("absences"));
}

std::shared_ptr<SyncEngine> MainWindow::supervisorEngine(const QString &title)
{
    auto settings = m_session.syncSettings();
    if (!settings) {
        tell(this, title, settings.error().message, true);
        return nullptr;
    }
    return std::make_shared<SyncEngine>(*m_session.store, *settings);
}

std::optional<QList<Colleague>> MainWindow::colleaguesFor(SyncEngine &engine, const QString &title)
{
    auto colleagues = GiveCaseDialog::colleagues(engine);
    if (!colleagues) {
        // Signed out by the server: the next F5 asks for the password.
        if (colleagues.error().code == SyncErrors::PasswordNeeded)
            m_session.passwordNeeded = true;
        tell(this, title, colleagues.error().message, true);
        return std::nullopt;
    }
    return *colleagues;
}

void MainWindow::giveSelectedCases()
{
    if (m_locked || m_session.account.role != Role::Supervisor)
        return;
    QList<Case> cases = selectedCases();
    if (cases.isEmpty() && m_caseView->currentCase())
        cases.append(*m_caseView->currentCase());
    if (cases.isEmpty()) {
        m_toast->post(UiTr::tr("Choose the cases to give in the list first (Shift or Ctrl with "
                               "a click or the arrows)."));
        return;
    }
    giveCases(cases);
}

void MainWindow::giveCases(const QList<Case> &cases)
{
    const QString title = UiTr::tr("Give the cases");
    auto engine = supervisorEngine(title);
    if (!engine)
        return;
    auto colleagues = colleaguesFor(*engine, title);
    if (!colleagues)
        return;
    auto *dialog = new GiveCaseDialog(engine, cases, *colleagues, this);
    connect(dialog, &QDialog::accepted, this, [this, dialog, engine, cases] {
        const QString colleague = dialog->chosenColleague();
        if (!colleague.isEmpty())
            runBulkGive(*engine, cases, colleague);
    });
    Q_EMIT deskDialogOpened(dialog);
    dialog->open();
}

void MainWindow::runBulkGive(SyncEngine &engine, const QList<Case> &cases, const QString &colleague)
{
    QList<BulkGive::Item> items;
    for (const Case &c : cases) {
        // The holder as this desk saw it: a colleague's give meanwhile wins,
        // and this one is refused for that case rather than overwriting it.
        auto claim = m_session.store->claimOf(c.id);
        const bool held
            = claim && *claim && (*claim)->status != u"release" && (*claim)->expiresAt.isValid();
        items.append({c.id, c.number, held ? (*claim)->holder : QString()});
    }
    BulkGive run(engine, colleague, items);
    QProgressDialog progress(UiTr::tr("Giving the cases to %1…").arg(colleague),
                             UiTr::tr("Stop after this case"),
                             0,
                             int(run.total()),
                             this);
    progress.setObjectName(QStringLiteral("bulkProgress"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    while (!run.finished()) {
        if (progress.wasCanceled()) {
            run.stop();
            break;
        }
        run.step();
        progress.setValue(int(run.done()));
    }
    progress.setValue(int(run.total()));
    if (auto refreshed = engine.refreshClaims(); !refreshed)
        statusBar()->showMessage(refreshed.error().message, 15000);
    refreshAfterChange();
    summarize(this,
              UiTr::tr("Give the cases"),
              UiTr::tr("%n case(s) given to %1.", nullptr, run.given()).arg(colleague),
              run.failures());
}

void MainWindow::claimSelectedCases()
{
    if (m_locked)
        return;
    const QList<Case> cases = selectedCases();
    if (cases.isEmpty()) {
        m_toast->post(UiTr::tr("Choose the cases to claim in the list first (Shift or Ctrl with "
                               "a click or the arrows)."));
        return;
    }
    BulkClaim outcome;
    QProgressDialog progress(UiTr::tr("Claiming the cases…"),
                             UiTr::tr("Stop after this case"),
                             0,
                             int(cases.size()),
                             this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    const Actor actor = m_session.desk->account().actor();
    for (qsizetype i = 0; i < cases.size() && !progress.wasCanceled(); ++i) {
        if (auto ok = claimOne(*m_session.store, actor, cases.at(i), outcome); !ok) {
            outcome.refused.append({cases.at(i).id, cases.at(i).number, ok.error()});
        }
        progress.setValue(int(i + 1));
    }
    progress.setValue(int(cases.size()));
    refreshAfterChange();
    // The claims go to the server with the next sync, as one made at the case.
    if (outcome.claimed > 0)
        syncNow();
    summarize(this,
              UiTr::tr("Claim the cases"),
              UiTr::tr("%n case(s) claimed; the server confirms them at this sync.",
                       nullptr,
                       outcome.claimed),
              outcome.refused);
}

QList<Case> MainWindow::casesHeldBy(const QString &userId) const
{
    QList<Case> held;
    auto claims = m_session.store->claims();
    if (!claims)
        return held;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const ClaimRow &claim : std::as_const(*claims)) {
        if (claim.holder != userId || claim.status == u"release"
            || (claim.expiresAt.isValid() && claim.expiresAt <= now))
            continue;
        if (auto found = m_session.desk->currentCase(claim.caseId); found && *found)
            held.append(**found);
    }
    return held;
}

void MainWindow::openAbsences()
{
    if (m_locked || m_session.account.role != Role::Supervisor)
        return;
    const QString title = UiTr::tr("Absences");
    auto engine = supervisorEngine(title);
    if (!engine)
        return;
    if (auto refreshed = engine->refreshClaims(); !refreshed) {
        tell(this, title, refreshed.error().message, true);
        return;
    }
    auto colleagues = colleaguesFor(*engine, title);
    if (!colleagues)
        return;
    auto *dialog = new AbsenceDialog(
        engine,
        *colleagues,
        [this](const QString &userId) { return int(casesHeldBy(userId).size()); },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AbsenceDialog::handOutRequested, this, [this](const QString &userId) {
        const QList<Case> held = casesHeldBy(userId);
        if (held.isEmpty()) {
            m_toast->post(UiTr::tr("%1 holds no case to hand out.").arg(userId));
            return;
        }
        giveCases(held);
    });
    Q_EMIT deskDialogOpened(dialog);
    dialog->open();
}

} // namespace Kezek
