#pragma once

#include "sync/casedesk.h"

#include <QJsonObject>
#include <QWidget>

#include <functional>

class QLabel;
class QHBoxLayout;
class QTabWidget;
class QTableWidget;
class QPushButton;
class QFormLayout;

namespace Kezek {

class InlineMessage;

class CaseHistory;
class CaseNotesPane;

// One case, whole: who applied and with what passport, the documents of the
// stage with their automatic checks, the record checks, every clock, and who
// did what. The actions the law offers this officer now are buttons on top;
// each opens its form.
class CaseView : public QWidget
{
    Q_OBJECT

public:
    explicit CaseView(CaseDesk &desk, QWidget *parent = nullptr);

    void showCase(const QString &caseId);
    void reload();
    QString caseId() const { return m_caseId; }
    const std::optional<Case> &currentCase() const { return m_case; }
    void setKeyFile(const QString &file) { m_keyFile = file; }
    // The site's PKCS#11 module: decisions may be signed on a token too.
    void setTokenModule(const QString &module) { m_tokenModule = module; }
    // How a scan not kept here is read from the server (by its SHA-256);
    // unset, only the cache's scans are shown.
    using ScanFetcher = std::function<Result<QByteArray>(const QString &sha256)>;
    void setScanFetcher(ScanFetcher fetch) { m_fetchScan = std::move(fetch); }
    // A scan from the encrypted cache, else from the server when it answers;
    // the error says in the role's words what to do when neither has it.
    Result<QByteArray> readScan(const QString &sha256);
    QString keyFile() const { return m_keyFile; }
    int currentTab() const;
    void setCurrentTab(int tab);
    // The form for an action, opened (tests fill it in and submit).
    void openAction(Action action);
    void verifySelectedDocument();
    void rejectSelectedDocument(const QString &reason);
    void selectDocument(DocumentType type);
    // The selected document at the desk: the filed copy beside the original.
    void compareSelectedDocument();
    QTableWidget *documentsTable() const { return m_documents; }
    // The History tab: each step in words, a decision's reasons and signature.
    CaseHistory *history() const { return m_history; }
    // The Notes tab: colleagues' internal notes, and the box to write one.
    CaseNotesPane *notes() const { return m_notes; }

Q_SIGNALS:
    void changed(); // a command was queued or a claim made
    void actionDialogOpened(QDialog *dialog);
    void comparisonOpened(QDialog *dialog);
    void keyFileChosen(const QString &file);
    // An internal note was written; it waits for the next sync.
    void noteWritten();
    // Something to say in passing (why a key did nothing).
    void said(const QString &text);

private:
    // The view's parts: the title with the claim, the tabs' pages, and the
    // keys that reach across them.
    void buildHeader();
    QWidget *buildSummaryPage();
    QWidget *buildDocumentsPage();
    void buildRecordTables();
    void addShortcuts(QWidget *documentsPage);
    void askRejectReason();
    void fillClaim(const Case &shown);
    void fillSummary(const Case &c);
    void fillDocuments(const Case &c);
    void fillChecks(const Case &c);
    void fillClocks(const Case &c);
    void fillHistory(const Case &c);
    void fillNotices(const Case &c);
    void openNotice(int row);
    void fillActions(const Case &c);
    void documentCommand(DocumentCommand command, const QString &reason);
    // The command on the selected document, or nothing when none is chosen.
    std::optional<QJsonObject> documentPayload(DocumentCommand command,
                                               const QString &reason) const;
    // Verify and Reject, enabled only where the law takes them, and why not.
    void updateDocumentButtons();
    // The line above the actions: what the case waits for, and the key.
    void fillNextStep(const Case &c);
    void showScan();
    void toggleClaim();
    void report(const QString &error);

    CaseDesk &m_desk;
    QString m_caseId;
    std::optional<Case> m_case;
    QString m_keyFile;
    QString m_tokenModule;
    ScanFetcher m_fetchScan;
    QLabel *m_title = nullptr;
    QLabel *m_stage = nullptr;        // the stage as a chip
    QLabel *m_nextStep = nullptr;     // what to do next, with its key
    QLabel *m_documentHint = nullptr; // why a document button is off
    InlineMessage *m_notice = nullptr;
    QHBoxLayout *m_actions = nullptr;
    QTabWidget *m_tabs = nullptr;
    QFormLayout *m_summary = nullptr;
    QWidget *m_summaryPage = nullptr;
    QTableWidget *m_documents = nullptr;
    QPushButton *m_verify = nullptr;
    QPushButton *m_reject = nullptr;
    QPushButton *m_scan = nullptr;
    QPushButton *m_compare = nullptr;
    QPushButton *m_claim = nullptr;
    QTableWidget *m_checks = nullptr;
    QTableWidget *m_clocks = nullptr;
    CaseHistory *m_history = nullptr;
    QTableWidget *m_notices = nullptr;
    CaseNotesPane *m_notes = nullptr;
    std::optional<ChecklistKind> m_worked;
    ChecklistKind m_shown = ChecklistKind::Preliminary;
};

} // namespace Kezek
