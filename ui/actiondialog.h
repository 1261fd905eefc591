#pragma once

#include "sync/casedesk.h"
#include "ui/signingkeyfields.h"

#include <QDialog>

class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace Kezek {

class InlineMessage;

// The form for one action on a case: a return for rework, a preliminary or
// final decision, a registration, a CSC step. It asks for what the law needs
// for that action (reasons from the catalog, the documents at fault, a
// reference number), says the law's objection the moment there is one, and
// only then lets the officer sign. The signed command goes to the outbox.
class ActionDialog : public QDialog
{
    Q_OBJECT

public:
    ActionDialog(
        CaseDesk &desk, Case c, Action action, SigningSetup signing, QWidget *parent = nullptr);
    // One form for several cases (issue 29, point 2): the same reasons and
    // explanation, each case's command signed into its own CMS with one
    // entry of the PIN or password. The law is asked for each case first;
    // the cases it refuses are listed with why and left out.
    ActionDialog(CaseDesk &desk,
                 QList<Case> cases,
                 Action action,
                 SigningSetup signing,
                 QWidget *parent = nullptr);
    // Whether one form can decide several cases: a decision whose form asks
    // nothing of one case alone (no reference number); the documents at
    // fault are each case's own, as its checklist finds them.
    static bool decidesInBatch(Action action);

    QString keyFile() const;
    // Where "Choose…" opens: at the key already named when it is there, else
    // in the keys folder.
    QString keyStartPath() const;
    // What the law says against the form as filled in now; empty if nothing.
    QString objection() const { return m_objection; }
    void setReference(const QString &reference);
    void checkReason(const QString &code);
    void setText(const QString &text);
    void setKeyPassword(const QString &password);
    SigningKeyFields *signingKey() const { return m_signingKey; }
    void submit();
    // After a batch: "N signed and queued; M not signed: why".
    QString batchSummary() const { return m_batchSummary; }
    int queuedCount() const { return m_queuedCount; }
    // The cases the law lets this form decide now, and those it refuses.
    QStringList allowedCases() const;
    // The notice the applicant will get, in their language (empty if none).
    QString noticePreviewHtml() const;
    // Cancel, Escape or the window's close: what was entered is thrown away
    // only when the officer says so.
    void reject() override;

private:
    // What the case's checklist finds at fault, proposed by the form.
    Checklist::Findings findings() const;
    Checklist::Findings findingsOf(const Case &c) const;
    // The form's parts, each where the action asks for it.
    void addReasons(QFormLayout *form);
    void addDocumentsAtFault(QFormLayout *form);
    void addReference(QFormLayout *form);
    void addText(QFormLayout *form);
    void build(const SigningSetup &signing);
    void submitBatch();
    // The commands of the batch's cases the law allows, and why it refuses the others.
    QList<CaseCommand> prepareBatch(QStringList *refused, CommandOutcome *first = nullptr) const;
    void say(const QString &text);
    QDialogButtonBox *makeButtons();
    void showNoticePreview();
    QJsonObject payload() const;
    void recheck();
    bool signs() const;

    CaseDesk &m_desk;
    Case m_case;
    Action m_action;
    ActionForm m_form;
    QListWidget *m_reasons = nullptr;
    QListWidget *m_documents = nullptr;
    QLineEdit *m_reference = nullptr;
    QPlainTextEdit *m_text = nullptr;
    SigningKeyFields *m_signingKey = nullptr;
    QList<Case> m_batch; // empty: one case, m_case
    InlineMessage *m_leftOut = nullptr;
    QString m_batchSummary;
    int m_queuedCount = 0;
    InlineMessage *m_law = nullptr;
    QPushButton *m_submit = nullptr;
    QPushButton *m_preview = nullptr;
    CommandOutcome m_outcome; // of the form as it stands, while the law allows it
    QString m_objection;
    bool m_opened = false; // built: from now on an objection shows as an error
    QJsonObject m_initial; // the form as it opened, to tell whether anything was entered
};

} // namespace Kezek
