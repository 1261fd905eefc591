#pragma once

#include "sync/syncengine.h"

#include <QDialog>

#include <memory>

class QListWidget;

namespace Kezek {

namespace Ui {
class GiveCaseDialog;
}

// A supervisor gives a case to a colleague of their city (online: the server
// must know before anyone relies on it). The dialog lists the colleagues the
// server named whose role works the case at its stage (Workflow::deskRoles,
// the rule the server checks again), each with their load; the choice goes
// to the server through the same engine.
class GiveCaseDialog : public QDialog
{
public:
    // The colleagues the case may go to, asked of the server, in the
    // supervisor's words when it cannot say (the code kept for the caller).
    static Result<QList<Colleague>> colleagues(SyncEngine &engine);

    GiveCaseDialog(std::shared_ptr<SyncEngine> engine,
                   const Case &c,
                   const QList<Colleague> &colleagues,
                   QWidget *parent = nullptr);

    // Several cases at once (issue 31, point 2): the colleagues whose role
    // works every one of them, and the cases' count in the question; the
    // caller gives them one by one (BulkGive), not give().
    GiveCaseDialog(std::shared_ptr<SyncEngine> engine,
                   const QList<Case> &cases,
                   const QList<Colleague> &colleagues,
                   QWidget *parent = nullptr);
    ~GiveCaseDialog() override;
    // Those of `colleagues` whose role works `c` at its stage; of several
    // cases, whose role works every one of them at its stage.
    static QList<Colleague> offered(const Case &c, const QList<Colleague> &colleagues);
    static QList<Colleague> offered(const QList<Case> &cases, const QList<Colleague> &colleagues);

    QString caseNumber() const { return m_number; }
    // The colleague's user id, or nothing when none is chosen.
    QString chosenColleague() const;
    // The case given to the chosen colleague, on the server.
    Result<void> give();

private:
    std::shared_ptr<SyncEngine> m_engine;
    QString m_caseId;
    QString m_number;
    std::unique_ptr<Ui::GiveCaseDialog> m_ui; // the form, from givecasedialog.ui
    QListWidget *m_list = nullptr;
};

} // namespace Kezek
