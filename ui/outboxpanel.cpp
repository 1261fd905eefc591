#include "ui/outboxpanel.h"

#include "core/domain/casecodec.h"
#include "core/domain/commandkinds.h"
#include "core/domain/documentcatalog.h"
#include "ui/inlinemessage.h"
#include "ui/kezekpalette.h"
#include "ui/standardbuttons.h"
#include "ui/tablekeys.h"
#include "ui/uitr.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Kezek {

namespace {

// A "matched" queued by a workstation from before the CSC's evidence was
// asked for (§21): not a refusal of the case, a comparison to make again.
bool matchWithoutEvidence(const OutboxEntry &entry)
{
    return entry.status == u"rejected"
           && entry.answer.value(u"code").toString() == u"workflow.match-evidence";
}

QString statusTitle(const OutboxEntry &entry)
{
    if (entry.status == u"conflict")
        return UiTr::tr("conflict");
    if (matchWithoutEvidence(entry))
        return UiTr::tr("compare again");
    if (entry.status == u"rejected")
        return UiTr::tr("refused");
    return UiTr::tr("waiting");
}

} // namespace

QString commandTitle(const CaseCommand &command)
{
    if (const auto action = Workflow::actionFromId(command.type))
        return Workflow::actionTitle(*action);
    if (isFact(command.type, CaseFact::UpdateDocument)) {
        const auto type = documentTypeFromId(command.payload.value(u"document").toString());
        const QString verdict = command.payload.value(u"command").toString();
        if (type && verdict == u"verify")
            return UiTr::tr("%1: verified").arg(documentTitle(*type));
        if (type && verdict == u"reject")
            return UiTr::tr("%1: rejected").arg(documentTitle(*type));
        if (type && verdict == u"submit")
            return UiTr::tr("%1: submitted").arg(documentTitle(*type));
        return UiTr::tr("Document checked");
    }
    return command.type;
}

OutboxPanel::OutboxPanel(CaseDesk &desk, QWidget *parent)
    : QWidget(parent)
    , m_desk(desk)
{
    m_table = new QTableWidget(0, 4);
    m_table->setObjectName(QStringLiteral("outbox"));
    m_table->setAccessibleName(UiTr::tr("Outbox"));
    m_table->setHorizontalHeaderLabels(
        {UiTr::tr("Case"), UiTr::tr("Command"), UiTr::tr("State"), UiTr::tr("The server said")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    makeRowWise(m_table);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_detail = new QLabel;
    m_detail->setObjectName(QStringLiteral("outboxDetail"));
    m_detail->setWordWrap(true);
    m_detail->setTextFormat(Qt::RichText);
    m_rebase = new QPushButton(UiTr::tr("Make &again on the server's version"));
    m_discard = new QPushButton(UiTr::tr("D&iscard"));
    m_rebase->setObjectName(QStringLiteral("rebase"));
    m_discard->setObjectName(QStringLiteral("discard"));
    m_open = new QPushButton(UiTr::tr("&Open the case"));
    m_open->setObjectName(QStringLiteral("openCase"));
    connect(m_rebase, &QPushButton::clicked, this, &OutboxPanel::rebaseSelected);
    connect(m_discard, &QPushButton::clicked, this, &OutboxPanel::discardSelected);
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (const OutboxEntry *entry = selected())
            Q_EMIT openCase(entry->command.caseId);
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        updateButtons();
        const OutboxEntry *entry = selected();
        if (entry && entry->status == u"rejected") {
            m_detail->setText(refusalText(*entry).toHtmlEscaped());
            return;
        }
        if (!entry || entry->status != u"conflict") {
            m_detail->clear();
            return;
        }
        // What changed on the server and who changed it, as the server says
        // it; a server from before that says only the two versions.
        const QJsonObject server = entry->answer.value(u"case").toObject();
        const QString said = entry->answer.value(u"message").toString();
        if (!said.isEmpty()) {
            m_detail->setText(said.toHtmlEscaped());
            return;
        }
        const auto state = caseStateFromId(server.value(u"state").toString());
        m_detail->setText(UiTr::tr("You worked on version %1. The server has version %2 "
                                   "(stage: %3).")
                              .arg(entry->command.baseVersion)
                              .arg(server.value(u"version").toInt())
                              .arg(state ? caseStateTitle(*state) : QStringLiteral("?")));
    });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_open);
    buttons->addWidget(m_rebase);
    buttons->addWidget(m_discard);
    buttons->addStretch();
    m_error = errorLine(QStringLiteral("outboxError"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_error);
    layout->addWidget(m_table);
    layout->addWidget(m_detail);
    layout->addLayout(buttons);
    updateButtons();
}

QString OutboxPanel::refusalText(const OutboxEntry &entry)
{
    const QString said = entry.answer.value(u"message").toString();
    // What the operator does about a "matched" without its evidence.
    if (matchWithoutEvidence(entry)) {
        return UiTr::tr("%1 This comparison was made before \"Matched\" needed the original's "
                        "scan or a reason. Discard it, then compare the document again.")
            .arg(said);
    }
    return said;
}

void OutboxPanel::setSyncRunning(bool running)
{
    m_syncRunning = running;
    updateButtons();
}

void OutboxPanel::updateButtons()
{
    const OutboxEntry *entry = selected();
    // Nothing chosen, nothing to open or settle.
    m_open->setEnabled(entry != nullptr);
    m_rebase->setEnabled(entry && entry->status == u"conflict");
    // A command not yet sent can be taken back: the cheap undo of a click.
    const bool pending = entry && entry->status == u"pending";
    m_discard->setText(pending ? UiTr::tr("&Take back") : UiTr::tr("D&iscard"));
    m_discard->setEnabled(entry && !(pending && m_syncRunning));
}

QString OutboxPanel::detailText() const
{
    return m_detail->text();
}

int OutboxPanel::rows() const
{
    return m_table->rowCount();
}

QString OutboxPanel::statusAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? m_entries.at(row).status : QString();
}

const OutboxEntry *OutboxPanel::selected() const
{
    const int row = m_table->currentRow();
    return row >= 0 && row < m_entries.size() ? &m_entries.at(row) : nullptr;
}

void OutboxPanel::reload()
{
    m_entries.clear();
    QString error;
    for (const QString &status :
         {QStringLiteral("conflict"), QStringLiteral("rejected"), QStringLiteral("pending")}) {
        if (auto entries = m_desk.store().outbox(status, 1000))
            m_entries.append(*entries);
        else
            error = entries.error().message;
    }
    // Never an empty list that only looks like nothing waits.
    m_error->setText(
        UiTr::tr("The outbox could not be read whole; nothing in it was changed: %1").arg(error));
    m_error->setVisible(!error.isEmpty());
    m_table->setRowCount(int(m_entries.size()));
    for (int row = 0; row < m_entries.size(); ++row) {
        const OutboxEntry &entry = m_entries.at(row);
        QString number = entry.command.caseId;
        if (auto c = m_desk.store().findCase(entry.command.caseId); c && *c)
            number = (*c)->number;
        const QStringList cells{number,
                                commandTitle(entry.command),
                                statusTitle(entry),
                                matchWithoutEvidence(entry)
                                    ? UiTr::tr("Compare the document again: attach the "
                                               "original's scan or give a reason.")
                                    : entry.answer.value(u"message").toString()};
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
        if (entry.status != u"pending")
            m_table->item(row, 2)->setForeground(KezekPalette::colour(Tone::Error));
    }
    m_table->resizeColumnsToContents();
    updateButtons();
}

void OutboxPanel::discardSelected()
{
    if (!selected())
        return;
    // A copy: the list is read again while a question is open (a sync ends,
    // the minute ticks), and a pointer into it would then name another command.
    const OutboxEntry chosen = *selected();
    if (chosen.status == u"pending") {
        if (m_syncRunning)
            return;
        // Later commands on the case were made on top of this one; they go too.
        auto waiting = m_desk.store().outboxOfCase(chosen.command.caseId);
        if (!waiting) {
            m_detail->setText(waiting.error().message);
            return;
        }
        QList<QString> ids;
        for (const OutboxEntry &later : std::as_const(*waiting)) {
            if (later.status == u"pending" && later.seq >= chosen.seq)
                ids.append(later.command.id);
        }
        if (!confirm(this,
                     UiTr::tr("Take the command back"),
                     UiTr::tr("Take back %n command(s) not yet sent? Nothing of them reaches "
                              "the server.",
                              nullptr,
                              int(ids.size())),
                     UiTr::tr("Take back")))
            return;
        if (m_syncRunning) {
            m_detail->setText(UiTr::tr("A sync started meanwhile: nothing was taken back."));
            return;
        }
        int gone = 0;
        for (const QString &id : std::as_const(ids)) {
            auto taken = m_desk.store().takeBack(id);
            if (!taken) {
                m_detail->setText(taken.error().message);
                break;
            }
            gone += *taken ? 0 : 1;
        }
        reload();
        if (gone > 0) {
            m_detail->setText(
                UiTr::tr("%n command(s) had already been sent and stay done.", nullptr, gone));
        }
        Q_EMIT changed();
        return;
    }
    if (!confirm(this,
                 UiTr::tr("Discard the command"),
                 UiTr::tr("The server did not take this command. Discard it? The case stays as "
                          "the server has it."),
                 UiTr::tr("Discard")))
        return;
    if (auto done = m_desk.store().discard(chosen.command.id); !done) {
        m_detail->setText(done.error().message);
        return;
    }
    reload();
    Q_EMIT changed();
}

void OutboxPanel::rebaseSelected()
{
    if (!selected())
        return;
    const OutboxEntry copy = *selected();
    const OutboxEntry *entry = &copy;
    if (needsSignature(entry->command)) {
        // A decision is signed on the version it decides: the officer makes
        // it again from the case, with their key.
        m_detail->setText(UiTr::tr("A signed decision is made again from the case: open it, "
                                   "check what changed, and decide again; then discard this "
                                   "one."));
        Q_EMIT openCase(entry->command.caseId);
        return;
    }
    if (auto done = m_desk.rebase(*entry); !done) {
        m_detail->setText(done.error().message);
        return;
    }
    reload();
    // The clash is settled: its explanation goes with it, now, not at the
    // next sync, and no row is left chosen for a button to act on.
    m_table->clearSelection();
    m_table->setCurrentCell(-1, -1);
    m_detail->clear();
    updateButtons();
    Q_EMIT changed();
}

} // namespace Kezek
