// The main window's part in oversight (issue 30): the supervisor's dashboard
// as a page beside the cases, its figures clicked through to the case list,
// and the pilot report written from the cache.
#include "ui/casetable.h"
#include "ui/casetablemodel.h"
#include "ui/dashboard.h"
#include "ui/mainwindow.h"
#include "ui/oversightloader.h"
#include "ui/pilotreportdialog.h"
#include "ui/uitr.h"

#include <QAction>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>

namespace Kezek {

QWidget *MainWindow::buildPages(QWidget *work)
{
    m_pages = new QStackedWidget;
    m_pages->setObjectName(QStringLiteral("pages"));
    m_pages->addWidget(work);
    if (!seesOversight(m_session))
        return m_pages;
    m_dashboard = new Dashboard(m_session);
    m_pages->addWidget(m_dashboard);
    connect(m_dashboard, &Dashboard::casesChosen, this, &MainWindow::showDashboardCases);
    return m_pages;
}

void MainWindow::buildOversightMenu()
{
    if (!m_dashboard)
        return;
    QMenu *oversight = menuBar()->addMenu(UiTr::tr("O&versight"));
    QAction *board = oversight->addAction(UiTr::tr("&Dashboard"), this, [this] {
        if (showsDashboard())
            showCaseList();
        else
            showDashboard();
    });
    board->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    board->setObjectName(QStringLiteral("dashboardAction"));
    QAction *report
        = oversight->addAction(UiTr::tr("Pilot &report…"), this, &MainWindow::openPilotReport);
    report->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    report->setObjectName(QStringLiteral("pilotReportAction"));
}

bool MainWindow::showsDashboard() const
{
    return m_dashboard && m_pages->currentWidget() == m_dashboard;
}

void MainWindow::showDashboard()
{
    if (!m_dashboard || m_locked)
        return;
    m_pages->setCurrentWidget(m_dashboard);
    if (!m_dashboard->isCurrent())
        m_dashboard->refresh();
    m_dashboard->findChild<QDateEdit *>(QStringLiteral("dashboardFrom"))->setFocus();
}

void MainWindow::showCaseList()
{
    if (m_pages)
        m_pages->setCurrentIndex(0);
}

void MainWindow::dashboardCasesChanged()
{
    if (!m_dashboard)
        return;
    // Shown: counted again now. Hidden: counted again in the background
    // (the changed cases only), so that it is current when looked at; a
    // locked window counts nothing until it is unlocked and looked at.
    if (showsDashboard()) {
        m_dashboard->refresh();
        return;
    }
    m_dashboard->markStale();
    if (!m_locked)
        m_dashboard->prepare();
}

void MainWindow::showDashboardCases(const QString &what, const QStringList &caseIds)
{
    showCaseList();
    m_search->clear();
    m_model->setCaseIds(caseIds);
    m_table->setColumnHidden(CaseTableModel::Stage, false);
    m_pinNote->setText(UiTr::tr("Showing %n case(s) from the dashboard: %1 — <a "
                                "href=\"clear\">clear</a>",
                                nullptr,
                                int(caseIds.size()))
                           .arg(what.toHtmlEscaped()));
    m_pinNote->setAccessibleName(
        UiTr::tr("Showing %n case(s) from the dashboard: %1", nullptr, int(caseIds.size()))
            .arg(what));
    m_pinNote->show();
    if (!m_model->lastError().isEmpty())
        statusBar()->showMessage(m_model->lastError(), 15000);
    m_table->setFocus();
    if (m_model->rowCount() > 0)
        m_table->selectRow(0);
}

void MainWindow::clearDashboardCases()
{
    m_pinNote->hide();
    queueChosen(); // the queue chosen before, as it was
}

void MainWindow::openPilotReport()
{
    if (!m_dashboard || m_locked)
        return;
    PilotReportDialog dialog(m_session, this);
    Q_EMIT reportDialogOpened(&dialog);
    if (dialog.exec() != QDialog::Accepted)
        return;
    statusBar()->showMessage(
        UiTr::tr("The pilot report is written to \"%1\".").arg(dialog.writtenPath()), 15000);
}

} // namespace Kezek
