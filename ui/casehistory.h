#pragma once

#include "sync/casedesk.h"
#include "sync/decisionsignatures.h"

#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;
class QTableWidget;

namespace Kezek {

class InlineMessage;

// A case's history for audit: each step in words, who made it (by name where
// the workstation knows it), when to the minute in Kazakhstan's time, and
// from which stage to which. The selected step's details show below: the
// reasons and text of a decision, and for a signed decision its signature,
// checked here against the signing authority on request.
class CaseHistory : public QWidget
{
    Q_OBJECT

public:
    explicit CaseHistory(CaseDesk &desk, QWidget *parent = nullptr);

    // How a case's signed decisions are read from the server; unset, a
    // signature cannot be checked and the check says so.
    using DecisionFetcher = std::function<Result<SignedDecisions>(const QString &caseId)>;
    void setDecisionFetcher(DecisionFetcher fetch) { m_fetchDecisions = std::move(fetch); }

    void showCase(const Case &c);
    // The step shown on `row` (the newest first) and its signature checked.
    void selectRow(int row);
    void verifySelectedSignature();
    QTableWidget *table() const { return m_table; }

private:
    void showDetails();
    QString person(const QString &userId, Role role) const;
    qsizetype selectedStep() const;

    CaseDesk &m_desk;
    std::optional<Case> m_case;
    DecisionFetcher m_fetchDecisions;
    QTableWidget *m_table = nullptr;
    QLabel *m_details = nullptr;
    QPushButton *m_verify = nullptr;
    InlineMessage *m_verdict = nullptr;
};

} // namespace Kezek
