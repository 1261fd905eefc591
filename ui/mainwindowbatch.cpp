#include "ui/mainwindow.h"

#include "ui/actiondialog.h"
#include "ui/casetable.h"
#include "ui/casetablemodel.h"
#include "ui/toast.h"
#include "ui/uitr.h"

#include <QInputDialog>
#include <QItemSelectionModel>
#include <QStatusBar>

namespace Kezek {

// Several decisions signed in one go (issue 29, point 2): the cases chosen
// in the queue, one form, one entry of the PIN or password.

SigningSetup MainWindow::signingSetup() const
{
    SigningSetup setup(m_session.config.keyFile);
    setup.tokenModule = m_session.config.pkcs11Module;
    setup.user = m_session.account.id;
    return setup;
}

QStringList MainWindow::selectedCaseIds() const
{
    QStringList ids;
    for (const QModelIndex &row : m_table->selectionModel()->selectedRows())
        ids.append(m_model->caseIdAt(row.row()));
    return ids;
}

QList<Case> MainWindow::selectedCases() const
{
    QList<Case> cases;
    for (const QString &id : selectedCaseIds()) {
        if (auto found = m_session.desk->currentCase(id); found && *found)
            cases.append(**found);
    }
    return cases;
}

QList<Action> MainWindow::batchActions() const
{
    const QList<Case> cases = selectedCases();
    if (cases.size() < 2)
        return {};
    QList<Action> common;
    for (const Action action : m_session.desk->availableActions(cases.constFirst())) {
        if (!ActionDialog::decidesInBatch(action))
            continue;
        const bool onAll = std::all_of(cases.cbegin(), cases.cend(), [&](const Case &c) {
            return m_session.desk->availableActions(c).contains(action);
        });
        if (onAll)
            common.append(action);
    }
    return common;
}

void MainWindow::decideSelected()
{
    if (m_locked)
        return;
    const QList<Action> actions = batchActions();
    if (actions.isEmpty()) {
        m_toast->post(UiTr::tr("Choose two or more cases on which the same decision is open to "
                               "you (Shift or Ctrl with a click or the arrows)."));
        return;
    }
    Action action = actions.constFirst();
    if (actions.size() > 1) {
        QStringList titles;
        for (const Action candidate : actions)
            titles.append(Workflow::actionTitle(candidate));
        bool chosen = false;
        const QString title = QInputDialog::getItem(this,
                                                    UiTr::tr("Decide on the selected cases"),
                                                    UiTr::tr("The decision:"),
                                                    titles,
                                                    0,
                                                    false,
                                                    &chosen);
        if (!chosen)
            return;
        action = actions.at(titles.indexOf(title));
    }
    decideSelected(action);
}

void MainWindow::decideSelected(Action action)
{
    ActionDialog dialog(*m_session.desk, selectedCases(), action, signingSetup(), this);
    Q_EMIT deskDialogOpened(&dialog);
    dialog.exec();
    if (dialog.queuedCount() == 0 && dialog.batchSummary().isEmpty())
        return;
    refreshAfterOwnStep();
    // What was signed and what was not stays said after the form closes.
    statusBar()->showMessage(dialog.batchSummary(), 30000);
}

} // namespace Kezek
