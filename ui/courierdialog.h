#pragma once

#include "sync/casedesk.h"
#include "ui/signingkeyfields.h"
#include "ui/transferlist.h"

#include <QDialog>

#include <memory>

class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPrinter;
class QPushButton;

namespace Kezek {

class InlineMessage;

namespace Ui {
class CourierDialog;
}

// The originals' journey (§21-22). At the CSC (Dispatch): the registered
// cases go into one courier batch under its tracking number, with a transfer
// list (printed, or saved as PDF) that travels with the envelope. At the
// migration department (Receive): the envelope's tracking number brings up
// its cases, and the officer records their receipt, which starts the three
// working days of the final verification (§22).
class CourierDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { Dispatch, Receive };
    CourierDialog(CaseDesk &desk, Mode mode, QWidget *parent = nullptr);
    ~CourierDialog() override;
    // Dispatch, where the site asks for it (signing/signCourier): each case's
    // dispatch signed with the operator's key, each its own CMS, with one
    // entry of the PIN or password for the envelope (issue 29, point 2).
    void signWith(const SigningSetup &setup);
    SigningKeyFields *signingKey() const { return m_signingKey; }

    QListWidget *cases() const { return m_cases; }
    void setTracking(const QString &tracking);
    // Receive: the batch's cases, found by its tracking number.
    void findBatch();
    // Dispatch: every checked case into the outbox and the transfer list to
    // `pdfPath`; nothing is queued unless all can go and the list is written.
    bool dispatch(const QString &pdfPath);
    // Dispatch, the transfer list printed on `printer` (as the print dialog
    // set it up); nothing is queued unless all can go and the printer took it.
    bool dispatchPrinted(QPrinter &printer);
    // The transfer list of the checked cases, as it would print now.
    TransferList transferList() const;
    // Where "save the list as PDF" proposes to save: the documents folder.
    QString saveStartPath() const;
    // Receive: every checked case received today.
    bool receive();
    QString errorText() const;
    int dispatchedCount() const { return m_done; }

private:
    QList<Case> checkedCases() const;
    // The city's cases in `state`, as this desk's waiting commands leave them.
    QList<Case> casesIn(CaseState state);
    QListWidgetItem *addCase(const Case &c, const QString &text, bool chosen);
    // The dispatch commands of the checked cases, or nothing and the reason shown.
    std::optional<QList<CaseCommand>> prepareBatch();
    // The same, signed when the site asks for it: all of them, or none.
    std::optional<QList<CaseCommand>> signedBatch();
    void fillRegistered();
    void fail(const QString &message);
    void askPath();
    void askPrinter();

    CaseDesk &m_desk;
    Mode m_mode;
    std::unique_ptr<Ui::CourierDialog> m_ui; // the form, from courierdialog.ui
    QLineEdit *m_tracking = nullptr;
    QListWidget *m_cases = nullptr;
    QLabel *m_summary = nullptr;
    InlineMessage *m_error = nullptr;
    SigningKeyFields *m_signingKey = nullptr;
    QPushButton *m_go = nullptr;
    OfficeDirectory m_offices;
    int m_done = 0;
};

} // namespace Kezek
