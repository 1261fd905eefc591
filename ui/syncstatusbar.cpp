#include "ui/syncstatusbar.h"

#include "db/client/clientstore.h"
#include "ui/deadlinetext.h"
#include "ui/uitr.h"

#include <QDateTime>
#include <QLabel>
#include <QProgressBar>
#include <QToolButton>

namespace Kezek {

SyncStatusBar::SyncStatusBar(QWidget *parent)
    : QStatusBar(parent)
{
    m_online = new QLabel;
    // The outbox is a badge in the status bar: its counts at a glance, and
    // a click (or Ctrl+O) opens it below the cases at a quarter of the height.
    m_waiting = new QToolButton;
    m_waiting->setObjectName(QStringLiteral("waiting"));
    m_waiting->setAutoRaise(true);
    m_waiting->setToolTip(UiTr::tr("The outbox: your commands until the server has them (Ctrl+O)"));
    connect(m_waiting, &QToolButton::clicked, this, &SyncStatusBar::outboxClicked);
    m_lastSync = new QLabel;
    m_progress = new QProgressBar;
    m_progress->setMaximumWidth(220);
    m_progress->hide();
    m_cancel = new QToolButton;
    m_cancel->setText(UiTr::tr("Stop"));
    m_cancel->hide();
    connect(m_cancel, &QToolButton::clicked, this, &SyncStatusBar::stopClicked);
    addWidget(m_online);
    addWidget(m_waiting);
    addWidget(m_lastSync);
    addPermanentWidget(m_progress);
    addPermanentWidget(m_cancel);
}

void SyncStatusBar::showOnline(std::optional<bool> online)
{
    m_online->setText(!online   ? UiTr::tr("○ not synced yet")
                      : *online ? UiTr::tr("● online")
                                : UiTr::tr("○ offline"));
}

void SyncStatusBar::showKept(ClientStore &store, const QString &lastSyncError)
{
    showOutbox(store);
    showLastSync(store, lastSyncError);
}

void SyncStatusBar::showOutbox(ClientStore &store)
{
    auto counts = store.outboxCounts();
    if (!counts) {
        m_waiting->setText(UiTr::tr("outbox unreadable: %1").arg(counts.error().message));
        m_waiting->setStyleSheet(QStringLiteral("QToolButton { color: #b71c1c }"));
        return;
    }
    const qint64 waiting = counts->value(QStringLiteral("pending"));
    const qint64 troubled
        = counts->value(QStringLiteral("conflict")) + counts->value(QStringLiteral("rejected"));
    const QString sent = UiTr::tr("%n waiting to be sent", nullptr, int(waiting));
    m_waiting->setText(troubled > 0
                           ? UiTr::tr("%1, %n need you (Ctrl+O)", nullptr, int(troubled)).arg(sent)
                           : sent);
    m_waiting->setStyleSheet(
        troubled > 0  ? QStringLiteral("QToolButton { color: white; background: #b71c1c; "
                                       "border-radius: 8px; padding: 1px 8px }")
        : waiting > 0 ? QStringLiteral("QToolButton { background: #fff3c4; border: 1px solid "
                                       "#e0a800; border-radius: 8px; padding: 1px 8px }")
                      : QString());
}

void SyncStatusBar::showLastSync(ClientStore &store, const QString &lastSyncError)
{
    const auto last = store.setting(QStringLiteral("last-sync"));
    const QDateTime at = last ? QDateTime::fromString(*last, Qt::ISODate) : QDateTime();
    QString text = at.isValid() ? UiTr::tr("last sync %1").arg(formatDateTime(at))
                                : UiTr::tr("never synced");
    if (!lastSyncError.isEmpty())
        text = UiTr::tr("%1 — %2").arg(text, lastSyncError);
    m_lastSync->setText(text);
}

void SyncStatusBar::syncStarted()
{
    m_progress->setRange(0, 0);
    m_progress->show();
    m_cancel->show();
}

void SyncStatusBar::syncProgress(const QString &phase, qint64 done, qint64 total)
{
    m_progress->setFormat(phase == u"upload" ? UiTr::tr("uploading scans: %v of %m")
                          : phase == u"push" ? UiTr::tr("sending %v of %m")
                                             : UiTr::tr("receiving %v of %m"));
    if (total > 0) {
        m_progress->setRange(0, int(std::min<qint64>(total, INT_MAX)));
        m_progress->setValue(int(std::min<qint64>(done, INT_MAX)));
    }
}

void SyncStatusBar::syncStopped()
{
    m_progress->hide();
    m_cancel->hide();
}

} // namespace Kezek
