#pragma once

#include "sync/casedesk.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace Kezek {

class InlineMessage;

// What a command does, in the officer's words ("Passport: verified",
// "Register in the migration police system").
QString commandTitle(const CaseCommand &command);

// The officer's commands not yet taken by the server: waiting, in conflict
// with a newer version of the case (both shown), or refused with the reason.
// A conflict is made again on the server's version or discarded, by the
// officer, never silently.
class OutboxPanel : public QWidget
{
    Q_OBJECT

public:
    explicit OutboxPanel(CaseDesk &desk, QWidget *parent = nullptr);
    void reload();
    int rows() const;
    QString statusAt(int row) const;
    // While a sync runs, a waiting command may be on its way: it cannot be
    // taken back then.
    void setSyncRunning(bool running);
    // What the panel says of the chosen command under the list.
    QString detailText() const;

Q_SIGNALS:
    void openCase(const QString &caseId);
    void changed();

private:
    void discardSelected();
    void updateButtons();
    void rebaseSelected();
    const OutboxEntry *selected() const;
    // The server's refusal, with what to do where the refusal alone does not say.
    static QString refusalText(const OutboxEntry &entry);

    CaseDesk &m_desk;
    QList<OutboxEntry> m_entries;
    QTableWidget *m_table = nullptr;
    QLabel *m_detail = nullptr;
    InlineMessage *m_error = nullptr; // the outbox could not be read
    QPushButton *m_open = nullptr;
    QPushButton *m_rebase = nullptr;
    QPushButton *m_discard = nullptr;
    bool m_syncRunning = false;
};

} // namespace Kezek
