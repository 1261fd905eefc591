#include "ui/notificationpanel.h"

#include "core/domain/deadlineclock.h"
#include "db/client/clientstore.h"
#include "ui/deadlinetext.h"
#include "ui/inlinemessage.h"
#include "ui/standardbuttons.h"
#include "ui/tablekeys.h"
#include "ui/uitr.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Kezek {

QString notificationTitle(const NotificationRow &row)
{
    const auto kind = clockKindFromId(row.clock);
    const QString clock = kind ? clockDefinition(*kind).title() : row.clock;
    const QString paragraph
        = kind ? QString::fromUtf8(clockDefinition(*kind).paragraph) : QString();
    if (row.level == u"breached")
        return UiTr::tr("Breached: %1 (%2) ended on %3").arg(clock, paragraph, formatDate(row.due));
    return UiTr::tr("Warning: %1 (%2) ends on %3").arg(clock, paragraph, formatDate(row.due));
}

NotificationPanel::NotificationPanel(ClientStore &store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
{
    m_table = new QTableWidget(0, 4);
    m_table->setObjectName(QStringLiteral("notifications"));
    m_table->setAccessibleName(UiTr::tr("Notifications"));
    m_table->setHorizontalHeaderLabels(
        {UiTr::tr("Read"), UiTr::tr("Case"), UiTr::tr("What"), UiTr::tr("Since")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    makeRowWise(m_table);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_open = new QPushButton(UiTr::tr("&Open the case"));
    m_open->setObjectName(QStringLiteral("openNotifiedCase"));
    m_markRead = new QPushButton(UiTr::tr("&Mark read"));
    m_markRead->setObjectName(QStringLiteral("markRead"));
    m_markAll = new QPushButton(UiTr::tr("Mark &all read"));
    m_markAll->setObjectName(QStringLiteral("markAllRead"));
    connect(m_open, &QPushButton::clicked, this, &NotificationPanel::openSelected);
    connect(m_markRead, &QPushButton::clicked, this, &NotificationPanel::markSelectedRead);
    connect(m_markAll, &QPushButton::clicked, this, &NotificationPanel::markAllRead);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &NotificationPanel::updateButtons);
    connect(m_table, &QTableWidget::cellActivated, this, [this] { openSelected(); });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_open);
    buttons->addWidget(m_markRead);
    buttons->addWidget(m_markAll);
    buttons->addStretch();
    m_error = errorLine(QStringLiteral("notificationsError"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_error);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
    reload();
}

void NotificationPanel::reload()
{
    const QString selectedId = selected() ? selected()->id : QString();
    auto rows = m_store.notifications();
    m_error->setVisible(!rows);
    if (!rows)
        m_error->setText(
            UiTr::tr("The notifications could not be read: %1").arg(rows.error().message));
    m_rows = rows.value_or(QList<NotificationRow>());
    m_table->setRowCount(int(m_rows.size()));
    int unread = 0;
    for (int row = 0; row < m_rows.size(); ++row) {
        const NotificationRow &n = m_rows.at(row);
        const bool isUnread = !n.readAt.isValid();
        unread += isUnread ? 1 : 0;
        const QStringList cells{isUnread ? UiTr::tr("unread") : UiTr::tr("read"),
                                n.caseNumber.isEmpty() ? n.caseId : n.caseNumber,
                                notificationTitle(n),
                                formatDateTime(n.raisedAt)};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            if (column == 2)
                item->setToolTip(cells.at(column));
            QFont font = item->font();
            font.setBold(isUnread);
            item->setFont(font);
            m_table->setItem(row, column, item);
        }
        if (n.id == selectedId)
            m_table->selectRow(row);
    }
    m_table->resizeColumnToContents(0);
    m_table->resizeColumnToContents(1);
    m_table->resizeColumnToContents(3);
    const bool changed = unread != m_unread;
    m_unread = unread;
    updateButtons();
    if (changed)
        Q_EMIT unreadChanged(m_unread);
}

int NotificationPanel::rows() const
{
    return int(m_rows.size());
}

const NotificationRow *NotificationPanel::selected() const
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_rows.size() || !m_table->item(row, 0)
        || !m_table->item(row, 0)->isSelected())
        return nullptr;
    return &m_rows.at(row);
}

void NotificationPanel::updateButtons()
{
    const NotificationRow *row = selected();
    m_open->setEnabled(row != nullptr);
    m_markRead->setEnabled(row && !row->readAt.isValid());
    m_markAll->setEnabled(m_unread > 0);
}

void NotificationPanel::openSelected()
{
    const NotificationRow *row = selected();
    if (!row)
        return;
    const QString caseId = row->caseId;
    markSelectedRead();
    Q_EMIT openCase(caseId);
}

void NotificationPanel::markSelectedRead()
{
    const NotificationRow *row = selected();
    if (!row)
        return;
    if (auto marked = m_store.markNotificationRead(row->id, QDateTime::currentDateTimeUtc());
        !marked) {
        m_error->setText(
            UiTr::tr("The notification could not be marked read: %1").arg(marked.error().message));
        m_error->show();
        return;
    }
    reload();
}

void NotificationPanel::markAllRead()
{
    if (auto marked = m_store.markAllNotificationsRead(QDateTime::currentDateTimeUtc()); !marked) {
        m_error->setText(
            UiTr::tr("The notification could not be marked read: %1").arg(marked.error().message));
        m_error->show();
        return;
    }
    reload();
}

} // namespace Kezek
