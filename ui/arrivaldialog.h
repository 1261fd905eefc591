#pragma once

#include "sync/casedesk.h"

#include <QDialog>
#include <QSet>
#include <QTimer>

#include <memory>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace Kezek {

class InlineMessage;

namespace Ui {
class ArrivalDialog;
}

// The CSC desk's first question (§20-21): an applicant stands at the desk
// with the notice of their preliminary approval. The operator types its
// permit number (or the applicant's IIN or passport number); the desk finds
// the case and says at once whether it can be taken on, or plainly why not
// (lapsed, refused and banned until a date, already registered). Recording
// the arrival starts the CSC's one working day (§21).
class ArrivalDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ArrivalDialog(CaseDesk &desk, QWidget *parent = nullptr);
    ~ArrivalDialog() override;

    void find(const QString &text);
    QListWidget *matches() const { return m_matches; }
    QString verdictText() const;
    bool mayRecord() const;
    void setPermitNumber(const QString &number);
    // Records the arrival of the chosen case (the outbox takes it); the
    // dialog closes on the case, which the window then opens.
    bool recordArrival();
    QString chosenCaseId() const { return m_chosen; }
    QString errorText() const;

private:
    void showChoice();

    CaseDesk &m_desk;
    std::unique_ptr<Ui::ArrivalDialog> m_ui; // the form, from arrivaldialog.ui
    QLineEdit *m_search = nullptr;
    QListWidget *m_matches = nullptr;
    QTimer m_typing; // the search once the typing pauses
    InlineMessage *m_verdict = nullptr;
    QLineEdit *m_permit = nullptr;
    InlineMessage *m_error = nullptr;
    QPushButton *m_record = nullptr;
    QPushButton *m_open = nullptr;
    std::optional<Case> m_case;
    QSet<QString> m_byPermit; // the matches found by their permit number
    QString m_chosen;
};

} // namespace Kezek
