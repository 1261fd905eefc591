#include "ui/actiondialog.h"

#include "core/domain/casecommand.h"
#include "core/security/signatures.h"
#include "ui/filefolders.h"
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
#include <QPushButton>
#include <QScreen>
#include <QToolButton>
#include <QVBoxLayout>

namespace Kezek {

ActionDialog::ActionDialog(CaseDesk &desk, Case c, Action action, QString keyFile, QWidget *parent)
    : QDialog(parent)
    , m_desk(desk)
    , m_case(std::move(c))
    , m_action(action)
    , m_form(Workflow::form(action))
{
    setWindowTitle(UiTr::tr("%1: case %2").arg(Workflow::actionTitle(action), m_case.number));
    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(UiTr::tr("<b>%1</b><br>%2 %3, case %4 (%5)")
                                   .arg(Workflow::actionTitle(action).toHtmlEscaped(),
                                        m_case.applicant.surname.toHtmlEscaped(),
                                        m_case.applicant.givenNames.toHtmlEscaped(),
                                        m_case.number.toHtmlEscaped(),
                                        QString::fromUtf8(Workflow::rule(action).paragraph)));
    layout->addWidget(heading);
    auto *form = new QFormLayout;
    layout->addLayout(form);

    if (m_form.reasons)
        addReasons(form);
    if (m_form.documentsAtFault)
        addDocumentsAtFault(form);
    if (!m_form.referenceLabel.isEmpty())
        addReference(form);
    if (m_form.reasons || m_form.textRequired)
        addText(form);
    if (signs())
        addSigningKey(form, keyFile);
    m_law = new QLabel;
    m_law->setObjectName(QStringLiteral("lawObjection"));
    m_law->setWordWrap(true);
    layout->addWidget(m_law);
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
    const QStringList found = findings().reasonCodes;
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
    const ChecklistKind kind = Workflow::checklistOfState(m_case.state);
    return m_case.checklist(kind).findings(
        m_case.checkContext(kind, m_desk.today(), m_desk.law().legalization));
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

void ActionDialog::addSigningKey(QFormLayout *form, const QString &keyFile)
{
    m_keyFile = new QLineEdit(keyFile);
    m_keyFile->setObjectName(QStringLiteral("keyFile"));
    auto *browse = new QToolButton;
    browse->setText(UiTr::tr("Choose…"));
    connect(browse, &QToolButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this,
                                                          UiTr::tr("Your signing key"),
                                                          keyStartPath(),
                                                          UiTr::tr("PKCS#12 keys (*.p12 *.pfx)"));
        FileFolders::remember(FileFolders::Kind::Keys, file);
        if (!file.isEmpty())
            m_keyFile->setText(file);
    });
    auto *row = new QHBoxLayout;
    row->addWidget(m_keyFile);
    row->addWidget(browse);
    auto *keyLabel = new QLabel(UiTr::tr("Signing &key:"));
    keyLabel->setBuddy(m_keyFile);
    form->addRow(keyLabel, row);
    m_keyPassword = new QLineEdit;
    m_keyPassword->setObjectName(QStringLiteral("keyPassword"));
    m_keyPassword->setEchoMode(QLineEdit::Password);
    form->addRow(UiTr::tr("Key pass&word:"), m_keyPassword);
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
    return m_keyFile ? m_keyFile->text() : QString();
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
    if (m_keyPassword)
        m_keyPassword->setText(password);
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
    auto command = m_desk.prepare(m_case, Workflow::actionId(m_action), payload(), &m_outcome);
    m_objection = command ? QString() : command.error().message;
    if (m_preview)
        m_preview->setEnabled(command && !m_outcome.notices.isEmpty());
    // A form opens neutral: what it still needs is a hint until the officer
    // has filled something in; from then on an objection is an error.
    const bool untouched = !m_opened;
    m_law->setText(command     ? UiTr::tr("The law allows this.")
                   : untouched ? UiTr::tr("To go on: %1").arg(m_objection)
                               : m_objection);
    m_law->setStyleSheet(command     ? QStringLiteral("color: #1b5e20")
                         : untouched ? QStringLiteral("color: #5f6368")
                                     : QStringLiteral("color: #b71c1c; font-weight: bold"));
    m_submit->setEnabled(command.has_value());
    // Enter is the act once the form is valid, from any field of it.
    m_submit->setDefault(command.has_value());
}

void ActionDialog::submit()
{
    auto command = m_desk.prepare(m_case, Workflow::actionId(m_action), payload());
    if (!command) {
        recheck();
        return;
    }
    std::optional<PemPair> key;
    if (signs()) {
        QFile file(m_keyFile->text());
        if (m_keyFile->text().isEmpty() || !file.open(QIODevice::ReadOnly)) {
            m_law->setText(UiTr::tr("Choose your signing key file (PKCS#12)."));
            m_law->setStyleSheet(QStringLiteral("color: #b71c1c; font-weight: bold"));
            return;
        }
        if (m_keyPassword->text().isEmpty()) {
            m_law->setText(UiTr::tr("Enter the password of your signing key."));
            m_law->setStyleSheet(QStringLiteral("color: #b71c1c; font-weight: bold"));
            m_keyPassword->setFocus();
            return;
        }
        auto identity = readPkcs12(file.readAll(), m_keyPassword->text());
        if (!identity) {
            m_law->setText(identity.error().message);
            m_law->setStyleSheet(QStringLiteral("color: #b71c1c; font-weight: bold"));
            m_keyPassword->selectAll();
            m_keyPassword->setFocus();
            return;
        }
        key = *identity;
    }
    if (auto queued = m_desk.submit(*command, key); !queued) {
        m_law->setText(queued.error().message);
        m_law->setStyleSheet(QStringLiteral("color: #b71c1c; font-weight: bold"));
        return;
    }
    accept();
}

} // namespace Kezek
