// The main window's papers (issue 31, point 4): the list on screen exported
// as CSV or XLSX (audited through the next sync), the case dossier printed
// or saved as PDF, and the audit extract for an inspector. The domain's role
// facts (core/domain/papers.h) decide who is offered which.
#include "core/domain/papers.h"
#include "sync/syncengine.h"
#include "sync/syncerrors.h"
#include "ui/auditextractdialog.h"
#include "ui/casetable.h"
#include "ui/casetablemodel.h"
#include "ui/caseview.h"
#include "ui/dossierdialog.h"
#include "ui/listexportdialog.h"
#include "ui/mainwindow.h"
#include "ui/uitr.h"

#include <QAction>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>
#include <QUuid>

namespace Kezek {

void MainWindow::buildPapersMenu()
{
    const Actor actor = m_session.account.actor();
    QMenu *papers = menuBar()->addMenu(UiTr::tr("&Papers"));
    papers->setObjectName(QStringLiteral("papersMenu"));
    if (mayPrintDossier(actor)) {
        QAction *dossier
            = papers->addAction(UiTr::tr("Case &dossier…"), this, &MainWindow::openDossier);
        dossier->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
        dossier->setObjectName(QStringLiteral("dossierAction"));
    }
    if (mayExportCaseLists(actor)) {
        QAction *exportList
            = papers->addAction(UiTr::tr("&Export the list…"), this, &MainWindow::exportList);
        exportList->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
        exportList->setObjectName(QStringLiteral("exportListAction"));
    }
    if (auditScope(actor)) {
        QAction *extract
            = papers->addAction(UiTr::tr("&Audit extract…"), this, &MainWindow::openAuditExtract);
        extract->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
        extract->setObjectName(QStringLiteral("auditExtractAction"));
    }
    if (papers->isEmpty())
        papers->menuAction()->setVisible(false);
}

CaseListSnapshot MainWindow::caseListSnapshot() const
{
    CaseListSnapshot snapshot;
    const int queue = m_queues->currentRow();
    snapshot.list = !m_pinNote->isHidden() ? m_pinNote->accessibleName()
                    : queue >= 0 && queue < m_queueDefinitions.size()
                        ? m_queueDefinitions.at(queue).title
                        : UiTr::tr("Cases");
    snapshot.search = m_model->search();
    // Every row of the list, not only those read for the screen so far.
    while (m_model->canFetchMore({}))
        m_model->fetchMore({});
    // The columns as the window shows them: in their order, the hidden left out.
    const QHeaderView *header = m_table->horizontalHeader();
    QList<int> columns;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!m_table->isColumnHidden(logical))
            columns.append(logical);
    }
    for (int column : std::as_const(columns))
        snapshot.headers.append(
            m_model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString());
    for (int row = 0; row < m_model->rowCount(); ++row) {
        QStringList cells;
        for (int column : std::as_const(columns))
            cells.append(m_model->data(m_model->index(row, column)).toString());
        snapshot.rows.append(cells);
    }
    return snapshot;
}

void MainWindow::exportList()
{
    if (m_locked || !mayExportCaseLists(m_session.account.actor()))
        return;
    showCaseList();
    CaseListSnapshot snapshot = caseListSnapshot();
    const QString list = snapshot.list;
    const QString search = snapshot.search;
    // The record waits in the cache for the next sync: offline, it is kept.
    auto record = [this, list, search](const QString &format, qint64 count) -> Result<void> {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        return m_session.store->addExportRecord(
            {{QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
             {QStringLiteral("list"), list},
             {QStringLiteral("filter"), search},
             {QStringLiteral("count"), count},
             {QStringLiteral("format"), format},
             {QStringLiteral("madeAt"), now.toString(Qt::ISODateWithMs)}},
            now);
    };
    ListExportDialog dialog(std::move(snapshot), record, this);
    Q_EMIT reportDialogOpened(&dialog);
    if (dialog.exec() != QDialog::Accepted)
        return;
    statusBar()->showMessage(
        UiTr::tr("%n case(s) exported to \"%1\"; the export goes to the audit log with the "
                 "next sync.",
                 nullptr,
                 int(dialog.count()))
            .arg(dialog.writtenPath()),
        15000);
    m_syncSoon.start();
}

void MainWindow::openDossier()
{
    if (m_locked || !mayPrintDossier(m_session.account.actor()))
        return;
    const std::optional<Case> &c = m_caseView->currentCase();
    if (!c) {
        statusBar()->showMessage(UiTr::tr("Open the case whose dossier to print first."), 10000);
        return;
    }
    DossierDialog dialog(*c, m_session.law->reasons(), m_session.account, this);
    Q_EMIT reportDialogOpened(&dialog);
    if (dialog.exec() == QDialog::Accepted && !dialog.writtenPath().isEmpty())
        statusBar()->showMessage(
            UiTr::tr("The dossier is saved to \"%1\".").arg(dialog.writtenPath()), 15000);
}

void MainWindow::openAuditExtract()
{
    if (m_locked || !auditScope(m_session.account.actor()))
        return;
    const std::optional<Case> &c = m_caseView->currentCase();
    auto fetch = [this](const QString &path) -> Result<QJsonObject> {
        auto settings = m_session.syncSettings();
        if (!settings)
            return std::unexpected(settings.error());
        SyncEngine engine(*m_session.store, *settings);
        auto answer = engine.auditExtract(path);
        // Signed out by the server: the next F5 asks for the password.
        if (!answer && answer.error().code == SyncErrors::PasswordNeeded)
            m_session.passwordNeeded = true;
        return answer;
    };
    AuditExtractDialog dialog(fetch, c ? c->number : QString(), m_session.desk->today(), this);
    Q_EMIT reportDialogOpened(&dialog);
    if (dialog.exec() != QDialog::Accepted)
        return;
    statusBar()->showMessage(
        UiTr::tr("%n audit entry(ies) written to \"%1\".", nullptr, int(dialog.entriesWritten()))
            .arg(dialog.writtenPath()),
        15000);
}

} // namespace Kezek
