#include "ui/actiondialog.h"

#include "core/domain/casecommand.h"
#include "core/security/signatures.h"
#include "ui/filefolders.h"
#include "ui/inlinemessage.h"
#include "ui/noticepreview.h"
#include "ui/standardbuttons.h"
#include "ui/uitr.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QScreen>
#include <QToolButton>
#include <QVBoxLayout>

namespace Kezek {

ActionDialog::ActionDialog(
    CaseDesk &desk, Case c, Action action, SigningSetup signing, QWidget *parent)
    : QDialog(parent)
    , m_desk(desk)
    , m_case(std::move(c))
    , m_action(action)
    , m_form(Workflow::form(action))
{
    build(signing);
}

ActionDialog::ActionDialog(
    CaseDesk &desk, QList<Case> cases, Action action, SigningSetup signing, QWidget *parent)
    : QDialog(parent)
    , m_desk(desk)
    , m_case(cases.value(0))
    , m_action(action)
    , m_form(Workflow::form(action))
    , m_batch(std::move(cases))
{
    build(signing);
}

bool ActionDialog::decidesInBatch(Action action)
{
    const ActionForm form = Workflow::form(action);
    return Workflow::makesDecision(action) && form.referenceLabel.isEmpty();
}

void ActionDialog::build(const SigningSetup &signing)
{
    auto *layout = new QVBoxLayout(this);
    QLabel *heading = nullptr;
    if (m_batch.isEmpty()) {
        setWindowTitle(UiTr::tr("%1: case %2").arg(Workflow::actionTitle(m_action), m_case.number));
        heading = new QLabel(UiTr::tr("<b>%1</b><br>%2 %3, case %4 (%5)")
                                 .arg(Workflow::actionTitle(m_action).toHtmlEscaped(),
                                      m_case.applicant.surname.toHtmlEscaped(),
                                      m_case.applicant.givenNames.toHtmlEscaped(),
                                      m_case.number.toHtmlEscaped(),
                                      QString::fromUtf8(Workflow::rule(m_action).paragraph)));
    } else {
        QStringList numbers;
        for (const Case &c : std::as_const(m_batch))
            numbers.append(c.number);
        setWindowTitle(UiTr::tr("%1: %n case(s)", nullptr, int(m_batch.size()))
                           .arg(Workflow::actionTitle(m_action)));
        heading = new QLabel(UiTr::tr("<b>%1</b> (%2)<br>The same decision on each case, each "
                                      "signed on its own: %3")
                                 .arg(Workflow::actionTitle(m_action).toHtmlEscaped(),
                                      QString::fromUtf8(Workflow::rule(m_action).paragraph),
                                      numbers.join(QStringLiteral(", ")).toHtmlEscaped()));
        heading->setWordWrap(true);
    }
    layout->addWidget(heading);
    auto *form = new QFormLayout;
    layout->addLayout(form);

    if (m_form.reasons)
        addReasons(form);
    if (m_form.documentsAtFault && m_batch.isEmpty())
        addDocumentsAtFault(form);
    if (!m_form.referenceLabel.isEmpty() && m_batch.isEmpty())
        addReference(form);
    if (m_form.reasons || m_form.textRequired)
        addText(form);
    if (signs()) {
        m_signingKey = new SigningKeyFields(signing);
        layout->addWidget(m_signingKey);
    }
    m_law = new InlineMessage(InlineMessage::Kind::Information, QStringLiteral("lawObjection"));
    layout->addWidget(m_law);
    if (!m_batch.isEmpty()) {
        m_leftOut = new InlineMessage(InlineMessage::Kind::Warning, QStringLiteral("batchLeftOut"));
        layout->addWidget(m_leftOut);
    }
    layout->addWidget(makeButtons());
    setMinimumWidth(std::min(760, screen()->availableGeometry().width() * 9 / 10));
    recheck();
    m_opened = true;
    m_initial = payload();
}

void ActionDialog::addReasons(QFormLayout *form)
{
    m_reasons = new QListWidget;
    m_reasons->setObjectName(QStringLiteral("reasons"));
    const QString language = QLocale().name().left(2);
    // What the checks found is proposed; the officer decides.
    const QStringList found = m_batch.isEmpty() ? findings().reasonCodes : QStringList();
    for (const Reason &reason : m_desk.law().reasons.usableFor(*m_form.reasons)) {
        auto *item = new QListWidgetItem(
            QStringLiteral("%1 (%2)").arg(reason.text.in(language), reason.paragraph));
        item->setData(Qt::UserRole, reason.code);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(found.contains(reason.code) ? Qt::Checked : Qt::Unchecked);
        m_reasons->addItem(item);
    }
    m_reasons->setMinimumHeight(160);
    m_reasons->setWordWrap(true);
    m_reasons->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    connect(m_reasons, &QListWidget::itemChanged, this, &ActionDialog::recheck);
    form->addRow(UiTr::tr("&Reasons:"), m_reasons);
}

Checklist::Findings ActionDialog::findings() const
{
    return findingsOf(m_case);
}

Checklist::Findings ActionDialog::findingsOf(const Case &c) const
{
    const ChecklistKind kind = Workflow::checklistOfState(c.state);
    return c.checklist(kind).findings(
        c.checkContext(kind, m_desk.today(), m_desk.law().legalization));
}

void ActionDialog::addDocumentsAtFault(QFormLayout *form)
{
    m_documents = new QListWidget;
    m_documents->setObjectName(QStringLiteral("documentsAtFault"));
    const Checklist &list = m_case.checklist(Workflow::checklistOfState(m_case.state));
    const QList<DocumentType> wanting = findings().documents;
    for (const ChecklistItem &entry : list.items()) {
        auto *item = new QListWidgetItem(
            UiTr::tr("%1: %2").arg(documentTitle(entry.type), documentStatusTitle(entry.status)));
        item->setData(Qt::UserRole, documentTypeId(entry.type));
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        // The documents missing, rejected or failing a check are proposed;
        // the officer decides.
        item->setCheckState(wanting.contains(entry.type) ? Qt::Checked : Qt::Unchecked);
        m_documents->addItem(item);
    }
    connect(m_documents, &QListWidget::itemChanged, this, &ActionDialog::recheck);
    form->addRow(UiTr::tr("&Documents at fault:"), m_documents);
}

void ActionDialog::addReference(QFormLayout *form)
{
    m_reference = new QLineEdit;
    m_reference->setObjectName(QStringLiteral("reference"));
    if (m_action == Action::Register) {
        m_reference->setText(m_case.kqpNumber);
        // The integration gives the number by itself; typed only from the
        // migration police system's own screen when it has not come.
        m_reference->setPlaceholderText(
            UiTr::tr("comes by itself from the migration police information system (КҚП АЖ); "
                     "type it from its screen only if it has not come"));
    } else if (m_action == Action::ApprovePreliminarily) {
        m_reference->setPlaceholderText(
            UiTr::tr("the number of the preliminary approval as issued, e.g. PP-2026-000123"));
    }
    connect(m_reference, &QLineEdit::textChanged, this, &ActionDialog::recheck);
    // The label is the law's own noun ("preliminary permit number").
    QString label = m_form.referenceLabel;
    if (!label.isEmpty())
        label[0] = label.at(0).toUpper();
    form->addRow(label + QLatin1Char(':'), m_reference);
}

void ActionDialog::addText(QFormLayout *form)
{
    m_text = new QPlainTextEdit;
    m_text->setObjectName(QStringLiteral("text"));
    m_text->setPlaceholderText(
        m_form.textRequired
            ? UiTr::tr("Why the decision was made in error: the applicant and the audit "
                       "read it")
            : UiTr::tr("What the applicant should know, in plain words"));
    m_text->setMaximumHeight(90);
    m_text->setTabChangesFocus(true);
    connect(m_text, &QPlainTextEdit::textChanged, this, &ActionDialog::recheck);
    form->addRow(m_form.textRequired ? UiTr::tr("&Reasoning (required):")
                                     : UiTr::tr("&Explanation:"),
                 m_text);
}

QDialogButtonBox *ActionDialog::makeButtons()
{
    auto *buttons = new QDialogButtonBox;
    addCancelButton(buttons);
    m_submit = buttons->addButton(signs() ? UiTr::tr("&Sign and queue")
                                          : UiTr::tr("&Queue for the server"),
                                  QDialogButtonBox::AcceptRole);
    m_submit->setDefault(true);
    m_preview = buttons->addButton(UiTr::tr("&Notice preview…"), QDialogButtonBox::ActionRole);
    m_preview->setObjectName(QStringLiteral("noticePreview"));
    m_preview->setAutoDefault(false);
    connect(m_preview, &QPushButton::clicked, this, &ActionDialog::showNoticePreview);
    connect(buttons, &QDialogButtonBox::accepted, this, &ActionDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    return buttons;
}

void ActionDialog::showNoticePreview()
{
    if (m_outcome.notices.isEmpty())
        return;
    NoticePreview preview(m_outcome.after,
                          m_outcome.notices.constFirst(),
                          m_desk.law().reasons,
                          m_desk.law().calendar,
                          this);
    preview.exec();
}

void ActionDialog::reject()
{
    if (payload() != m_initial
        && !confirm(this,
                    UiTr::tr("Discard this form?"),
                    UiTr::tr("The reasons, documents and explanation you entered for \"%1\" "
                             "will be lost.")
                        .arg(Workflow::actionTitle(m_action)),
                    UiTr::tr("&Discard")))
        return;
    QDialog::reject();
}

bool ActionDialog::signs() const
{
    return Workflow::makesDecision(m_action);
}

QString ActionDialog::noticePreviewHtml() const
{
    if (m_outcome.notices.isEmpty())
        return {};
    return noticeHtml(m_outcome.after,
                      m_outcome.notices.constFirst(),
                      m_desk.law().reasons,
                      m_desk.law().calendar);
}

QString ActionDialog::keyFile() const
{
    return m_signingKey ? m_signingKey->keyFile() : QString();
}

QString ActionDialog::keyStartPath() const
{
    const QString current = keyFile();
    if (!current.isEmpty() && QFileInfo(current).isFile())
        return current;
    return FileFolders::startFolder(FileFolders::Kind::Keys);
}

void ActionDialog::setReference(const QString &reference)
{
    if (m_reference)
        m_reference->setText(reference);
}

void ActionDialog::checkReason(const QString &code)
{
    for (int row = 0; m_reasons && row < m_reasons->count(); ++row) {
        if (m_reasons->item(row)->data(Qt::UserRole).toString() == code)
            m_reasons->item(row)->setCheckState(Qt::Checked);
    }
}

void ActionDialog::setText(const QString &text)
{
    if (m_text)
        m_text->setPlainText(text);
}

void ActionDialog::setKeyPassword(const QString &password)
{
    if (m_signingKey)
        m_signingKey->setKeyPassword(password);
}

QJsonObject ActionDialog::payload() const
{
    QJsonObject payload;
    const auto checked = [](QListWidget *list) {
        QJsonArray ids;
        for (int row = 0; list && row < list->count(); ++row) {
            if (list->item(row)->checkState() == Qt::Checked)
                ids.append(list->item(row)->data(Qt::UserRole).toString());
        }
        return ids;
    };
    if (m_reasons)
        payload.insert(QStringLiteral("reasonCodes"), checked(m_reasons));
    if (m_documents)
        payload.insert(QStringLiteral("documentsAtFault"), checked(m_documents));
    if (m_reference && !m_reference->text().trimmed().isEmpty())
        payload.insert(QStringLiteral("reference"), m_reference->text().trimmed());
    if (m_text && !m_text->toPlainText().trimmed().isEmpty())
        payload.insert(QStringLiteral("text"), m_text->toPlainText().trimmed());
    return payload;
}

void ActionDialog::recheck()
{
    m_outcome = {};
    std::optional<Error> refusal;
    if (m_batch.isEmpty()) {
        auto command = m_desk.prepare(m_case, Workflow::actionId(m_action), payload(), &m_outcome);
        if (!command)
            refusal = command.error();
    } else {
        QStringList refused;
        const QList<CaseCommand> allowed = prepareBatch(&refused, &m_outcome);
        if (allowed.isEmpty() && !refused.isEmpty()) {
            // The form itself is refused (the same on every case): said as for one.
            auto first = m_desk.prepare(m_case, Workflow::actionId(m_action), payload());
            refusal
                = first ? Error{QStringLiteral("batch.none"), refused.join(u'\n')} : first.error();
        }
        m_leftOut->setText(
            allowed.isEmpty() || refused.isEmpty()
                ? QString()
                : UiTr::tr("Left out, the law refuses them now:\n%1").arg(refused.join(u'\n')));
    }
    m_objection = refusal ? refusal->message : QString();
    if (m_preview)
        m_preview->setEnabled(!refusal && !m_outcome.notices.isEmpty());
    // A form opens neutral: what it still needs is a hint until the officer
    // has filled something in; from then on an objection is an error.
    const bool untouched = !m_opened;
    m_law->setMessage(!refusal    ? InlineMessage::Kind::Positive
                      : untouched ? InlineMessage::Kind::Information
                                  : InlineMessage::Kind::Error,
                      !refusal    ? UiTr::tr("The law allows this.")
                      : untouched ? UiTr::tr("To go on: %1").arg(m_objection)
                                  : m_objection);
    m_submit->setEnabled(!refusal);
    // Enter is the act once the form is valid, from any field of it.
    m_submit->setDefault(!refusal);
}

QList<CaseCommand> ActionDialog::prepareBatch(QStringList *refused, CommandOutcome *first) const
{
    QList<CaseCommand> allowed;
    for (const Case &c : std::as_const(m_batch)) {
        // The case as this desk's waiting commands leave it now.
        auto current = m_desk.currentCase(c.id);
        const Case now = current && *current ? **current : c;
        // The documents at fault are each case's own: those its checklist
        // finds missing, rejected or failing a check.
        QJsonObject own = payload();
        if (m_form.documentsAtFault) {
            QJsonArray documents;
            for (const DocumentType type : findingsOf(now).documents)
                documents.append(documentTypeId(type));
            own.insert(QStringLiteral("documentsAtFault"), documents);
        }
        CommandOutcome outcome;
        auto command = m_desk.prepare(now, Workflow::actionId(m_action), own, &outcome);
        if (!command) {
            refused->append(UiTr::tr("case %1: %2").arg(c.number, command.error().message));
            continue;
        }
        if (allowed.isEmpty() && first)
            *first = outcome;
        allowed.append(*command);
    }
    return allowed;
}

QStringList ActionDialog::allowedCases() const
{
    QStringList ids;
    QStringList refused;
    for (const CaseCommand &command : prepareBatch(&refused))
        ids.append(command.caseId);
    return ids;
}

void ActionDialog::say(const QString &text)
{
    m_law->setMessage(InlineMessage::Kind::Error, text);
}

void ActionDialog::submit()
{
    if (!m_batch.isEmpty()) {
        submitBatch();
        return;
    }
    auto command = m_desk.prepare(m_case, Workflow::actionId(m_action), payload());
    if (!command) {
        recheck();
        return;
    }
    std::optional<DeskSigner> signer;
    if (signs()) {
        auto opened = m_signingKey->open();
        if (!opened) {
            say(opened.error().message);
            return;
        }
        signer.emplace(std::move(*opened));
    }
    auto queued = m_desk.submit(*command, signer ? &*signer : nullptr);
    if (signer)
        signer->close(); // the key, or the token's login, no longer than this one act
    if (!queued) {
        say(queued.error().message);
        return;
    }
    m_queuedCount = 1;
    accept();
}

void ActionDialog::submitBatch()
{
    QStringList refused;
    const QList<CaseCommand> commands = prepareBatch(&refused);
    if (commands.isEmpty()) {
        recheck();
        return;
    }
    auto opened = m_signingKey->open();
    if (!opened) {
        say(opened.error().message);
        return;
    }
    DeskSigner signer = std::move(*opened);
    QProgressDialog progress(UiTr::tr("Signing and queuing the decisions…"),
                             UiTr::tr("Stop"),
                             0,
                             int(commands.size()),
                             this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    const CaseDesk::SignedBatch batch = m_desk.submitSigned(commands, signer, [&](int done) {
        progress.setValue(done);
        return !progress.wasCanceled();
    });
    // The PIN or password signed this batch and no more.
    signer.close();
    progress.reset();
    m_queuedCount += batch.queued;
    QStringList notSigned = refused;
    if (batch.stoppedBy)
        notSigned.append(batch.stoppedBy->message);
    const int left = int(refused.size() + commands.size()) - batch.queued;
    const QString queued = UiTr::tr("%n signed and queued", nullptr, batch.queued);
    m_batchSummary = notSigned.isEmpty()
                         ? UiTr::tr("%n signed and queued.", nullptr, batch.queued)
                         : UiTr::tr("%1; %2").arg(queued,
                                                  UiTr::tr("%n not signed: %1", nullptr, left)
                                                      .arg(notSigned.join(QStringLiteral("; "))));
    // The queued cases leave the form; what is left can be signed again.
    QList<Case> rest;
    for (const Case &c : std::as_const(m_batch)) {
        const bool done
            = std::any_of(commands.cbegin(),
                          commands.cbegin() + batch.queued,
                          [&](const CaseCommand &command) { return command.caseId == c.id; });
        if (!done)
            rest.append(c);
    }
    m_batch = rest;
    // Everything the law allowed is queued: the window says what was done.
    if (!batch.stoppedBy) {
        accept();
        return;
    }
    if (!m_batch.isEmpty())
        m_case = m_batch.constFirst();
    recheck();
    say(m_batchSummary);
}

} // namespace Kezek
