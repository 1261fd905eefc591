#include "ui/casehistory.h"

#include "core/domain/commuting.h"
#include "core/domain/documentcatalog.h"
#include "ui/deadlinetext.h"
#include "ui/inlinemessage.h"
#include "ui/tablekeys.h"
#include "ui/uitr.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Kezek {

namespace {

QString list(const QStringList &lines)
{
    QString html = QStringLiteral("<ul style=\"margin: 0\">");
    for (const QString &line : lines)
        html += QStringLiteral("<li>%1</li>").arg(line.toHtmlEscaped());
    return html + QStringLiteral("</ul>");
}

QString field(const QString &label, const QString &value)
{
    return QStringLiteral("<b>%1</b> %2<br>").arg(label.toHtmlEscaped(), value);
}

} // namespace

CaseHistory::CaseHistory(CaseDesk &desk, QWidget *parent)
    : QWidget(parent)
    , m_desk(desk)
{
    m_table = new QTableWidget(0, 4);
    m_table->setObjectName(QStringLiteral("history"));
    m_table->setAccessibleName(UiTr::tr("Who did what on this case"));
    makeRowWise(m_table);
    m_table->setHorizontalHeaderLabels(
        {UiTr::tr("When"), UiTr::tr("Step"), UiTr::tr("Who"), UiTr::tr("Stage")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(true);
    // A laptop's 1366 pixels hold every column: long words wrap instead.
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(1, QHeaderView::Stretch);
    header->setSectionResizeMode(2, QHeaderView::Stretch);
    header->setSectionResizeMode(3, QHeaderView::Stretch);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &CaseHistory::showDetails);

    m_details = new QLabel;
    m_details->setObjectName(QStringLiteral("historyDetails"));
    m_details->setTextFormat(Qt::RichText);
    m_details->setWordWrap(true);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    auto *detailsScroll = new QScrollArea;
    detailsScroll->setWidget(m_details);
    detailsScroll->setWidgetResizable(true);
    detailsScroll->setFrameShape(QFrame::NoFrame);

    m_verify = new QPushButton(UiTr::tr("Verify si&gnature"));
    m_verify->setObjectName(QStringLiteral("verifySignature"));
    m_verify->setToolTip(UiTr::tr("Check the decision's digital signature (EDS) against the "
                                  "signing authority's certificate, and that it signs this very "
                                  "decision"));
    connect(m_verify, &QPushButton::clicked, this, &CaseHistory::verifySelectedSignature);
    m_verdict
        = new InlineMessage(InlineMessage::Kind::Information, QStringLiteral("signatureVerdict"));
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    auto *signatureRow = new QHBoxLayout;
    signatureRow->addWidget(m_verify, 0, Qt::AlignTop);
    signatureRow->addWidget(m_verdict, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 3);
    layout->addWidget(detailsScroll, 2);
    layout->addLayout(signatureRow);
    showDetails();
}

QString CaseHistory::person(const QString &userId, Role role) const
{
    // The workstation knows its own officer's name; a colleague's only
    // their user id, which the server's staff list resolves.
    const Account &me = m_desk.account();
    const QString who = userId == me.id && !me.name.isEmpty() && me.name != me.id
                            ? UiTr::tr("%1 (%2)").arg(me.name, userId)
                            : userId;
    // An outside system is named by its role alone when its account says
    // no more ("integration, Integration").
    if (role == Role::System && who.compare(roleTitle(role), Qt::CaseInsensitive) == 0)
        return roleTitle(role);
    return UiTr::tr("%1, %2").arg(who, roleTitle(role));
}

void CaseHistory::showCase(const Case &c)
{
    const bool sameCase = m_case && m_case->id == c.id;
    const qsizetype selected = sameCase ? selectedStep() : -1;
    m_case = c;
    const QSignalBlocker blocker(m_table);
    m_table->clearSelection();
    m_table->setRowCount(int(c.history.size()));
    int row = 0;
    for (qsizetype index = c.history.size() - 1; index >= 0; --index, ++row) {
        const HistoryEntry &entry = c.history.at(index);
        const QStringList cells{
            entry.at.isValid() ? formatDateTime(entry.at) : formatDate(entry.date),
            historyStepTitle(entry.action),
            person(entry.userId, entry.role),
            entry.from == entry.to
                ? caseStateTitle(entry.to)
                : UiTr::tr("%1 → %2").arg(caseStateTitle(entry.from), caseStateTitle(entry.to))};
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
        m_table->item(row, 0)->setData(Qt::UserRole, qlonglong(index));
        if (Workflow::decisionOfStep(c, index))
            m_table->item(row, 1)->setToolTip(UiTr::tr("A signed decision: its reasons and "
                                                       "signature are shown below."));
    }
    m_table->resizeRowsToContents();
    if (selected >= 0 && selected < c.history.size())
        m_table->selectRow(int(c.history.size() - 1 - selected));
    showDetails();
}

qsizetype CaseHistory::selectedStep() const
{
    const QList<QTableWidgetItem *> items = m_table->selectedItems();
    if (items.isEmpty())
        return -1;
    const QTableWidgetItem *first = m_table->item(items.first()->row(), 0);
    return first ? first->data(Qt::UserRole).toLongLong() : -1;
}

void CaseHistory::selectRow(int row)
{
    m_table->selectRow(row);
}

void CaseHistory::showDetails()
{
    m_verdict->clear();
    const qsizetype index = selectedStep();
    if (!m_case || index < 0) {
        m_details->setText(
            UiTr::tr("Choose a step to see its reasons and, for a decision, its signature."));
        m_verify->setEnabled(false);
        return;
    }
    const HistoryEntry &entry = m_case->history.at(index);
    QString html = field(UiTr::tr("Step:"), historyStepTitle(entry.action).toHtmlEscaped());
    html += field(
        UiTr::tr("When:"),
        entry.at.isValid()
            ? UiTr::tr("%1 (Kazakhstan time)").arg(formatDateTime(entry.at)).toHtmlEscaped()
            : formatDate(entry.date));
    html += field(UiTr::tr("Who:"), person(entry.userId, entry.role).toHtmlEscaped());
    html += field(UiTr::tr("Stage:"),
                  UiTr::tr("%1 → %2")
                      .arg(caseStateTitle(entry.from), caseStateTitle(entry.to))
                      .toHtmlEscaped());
    const Decision *decision = Workflow::decisionOfStep(*m_case, index);
    if (decision) {
        const QString language = QLocale().name().left(2);
        QStringList reasons;
        for (const QString &code : decision->reasonCodes) {
            const Reason *reason = m_desk.law().reasons.find(code);
            reasons.append(
                reason ? UiTr::tr("%1 (%2)").arg(reason->text.in(language), reason->paragraph)
                       : code);
        }
        if (!reasons.isEmpty())
            html += QStringLiteral("<b>%1</b>").arg(UiTr::tr("Reasons:").toHtmlEscaped())
                    + list(reasons);
        if (!decision->text.isEmpty())
            html += field(UiTr::tr("Explanation:"), decision->text.toHtmlEscaped());
        QStringList documents;
        for (DocumentType type : decision->documentsAtFault)
            documents.append(documentTitle(type));
        if (!documents.isEmpty())
            html += QStringLiteral("<b>%1</b>").arg(UiTr::tr("Documents at fault:").toHtmlEscaped())
                    + list(documents);
        html += field(UiTr::tr("Signed (EDS) by:"),
                      person(decision->userId, entry.role).toHtmlEscaped());
    }
    m_details->setText(html);
    m_verify->setEnabled(decision != nullptr);
}

namespace {

// Which trusted time the decision rests on, issue 28: the TSA's stamp got
// online, or the server's on receipt of a decision signed offline.
QString trustedTimeText(const StepSignature &checked)
{
    if (!checked.trustedAt.isValid())
        return UiTr::tr("It carries no timestamp (kept before timestamps were kept).");
    if (checked.timeSource == u"tsa")
        return UiTr::tr("Signed online: timestamp of %1 at %2.")
            .arg(checked.tsa, formatDateTime(checked.trustedAt));
    return UiTr::tr("Signed offline: the server stamped it on receipt at %1 (%2).")
        .arg(formatDateTime(checked.trustedAt), checked.tsa);
}

} // namespace

void CaseHistory::verifySelectedSignature()
{
    const qsizetype index = selectedStep();
    if (!m_case || index < 0 || !Workflow::decisionOfStep(*m_case, index))
        return;
    const auto bad = [this](const QString &message) {
        m_verdict->setMessage(InlineMessage::Kind::Error,
                              UiTr::tr("✗ Not verified: %1").arg(message));
    };
    if (!m_fetchDecisions) {
        bad(UiTr::tr("the signed decisions are kept on the server, and this window has no "
                     "connection to it."));
        return;
    }
    auto decisions = m_fetchDecisions(m_case->id);
    if (!decisions) {
        bad(UiTr::tr("the server's signed copy could not be read: %1")
                .arg(decisions.error().message));
        return;
    }
    auto checked = checkStepSignature(*m_case, index, *decisions);
    if (!checked) {
        bad(checked.error().message);
        return;
    }
    m_verdict->setMessage(
        InlineMessage::Kind::Positive,
        UiTr::tr("✓ Verified: the signature is intact, its certificate was issued by the signing "
                 "authority, and it signs this decision (its case, kind, reasons and text). "
                 "Signed by %1 on %2.")
                .arg(checked->signerIin.isEmpty()
                         ? checked->signerSubject
                         : UiTr::tr("%1 (IIN %2)").arg(checked->signerName, checked->signerIin),
                     checked->signedAt.isValid() ? formatDateTime(checked->signedAt)
                                                 : UiTr::tr("an unstated date"))
            + QLatin1Char(' ') + trustedTimeText(*checked));
}

} // namespace Kezek
