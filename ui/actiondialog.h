#pragma once

#include "sync/casedesk.h"

#include <QDialog>

class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace Kezek {

// The form for one action on a case: a return for rework, a preliminary or
// final decision, a registration, a CSC step. It asks for what the law needs
// for that action (reasons from the catalog, the documents at fault, a
// reference number), says the law's objection the moment there is one, and
// only then lets the officer sign. The signed command goes to the outbox.
class ActionDialog : public QDialog
{
    Q_OBJECT

public:
    ActionDialog(CaseDesk &desk, Case c, Action action, QString keyFile, QWidget *parent = nullptr);

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
    void submit();
    // The notice the applicant will get, in their language (empty if none).
    QString noticePreviewHtml() const;
    // Cancel, Escape or the window's close: what was entered is thrown away
    // only when the officer says so.
    void reject() override;

private:
    // What the case's checklist finds at fault, proposed by the form.
    Checklist::Findings findings() const;
    // The form's parts, each where the action asks for it.
    void addReasons(QFormLayout *form);
    void addDocumentsAtFault(QFormLayout *form);
    void addReference(QFormLayout *form);
    void addText(QFormLayout *form);
    void addSigningKey(QFormLayout *form, const QString &keyFile);
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
    QLineEdit *m_keyFile = nullptr;
    QLineEdit *m_keyPassword = nullptr;
    QLabel *m_law = nullptr;
    QPushButton *m_submit = nullptr;
    QPushButton *m_preview = nullptr;
    CommandOutcome m_outcome; // of the form as it stands, while the law allows it
    QString m_objection;
    bool m_opened = false; // built: from now on an objection shows as an error
    QJsonObject m_initial; // the form as it opened, to tell whether anything was entered
};

} // namespace Kezek
