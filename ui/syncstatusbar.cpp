#include "ui/syncstatusbar.h"

#include "db/client/clientstore.h"
#include "ui/deadlinetext.h"
#include "ui/inlinemessage.h"
#include "ui/kezekpalette.h"
#include "ui/uitr.h"

#include <QAccessible>
#include <QAction>
#include <QDateTime>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QToolButton>

namespace Kezek {

SyncStatusBar::SyncStatusBar(QWidget *parent)
    : QStatusBar(parent)
{
    m_online = new QLabel;
    m_online->setObjectName(QStringLiteral("online"));
    // Offline is said in full, where the eye finds it: the work is kept, the
    // window tries again by itself, and when; or now, by the button (or F5).
    m_offline = new InlineMessage(InlineMessage::Kind::Warning, QStringLiteral("offlineBar"));
    // One line: the status bar does not grow for it.
    m_offline->setWordWrap(false);
    auto *retry = new QAction(UiTr::tr("Retry now"), m_offline);
    retry->setToolTip(UiTr::tr("Try the server now (F5)"));
    connect(retry, &QAction::triggered, this, &SyncStatusBar::retryClicked);
    m_retry = m_offline->addAction(retry);
    m_retry->setObjectName(QStringLiteral("retryNow"));
    m_retry->setAccessibleName(UiTr::tr("Retry now"));
    // The outbox is a badge in the status bar: its counts at a glance, and
    // a click (or Ctrl+O) opens it below the cases at a quarter of the height.
    m_waiting = new QToolButton;
    m_waiting->setObjectName(QStringLiteral("waiting"));
    m_waiting->setAutoRaise(true);
    m_waiting->setToolTip(UiTr::tr("The outbox: your commands until the server has them (Ctrl+O)"));
    connect(m_waiting, &QToolButton::clicked, this, &SyncStatusBar::outboxClicked);
    m_lastSync = new QLabel;
    // The last sync (and what went wrong in it) takes the room left; the
    // whole of it is in its tooltip, so that a long error never pushes the
    // window past a laptop's screen.
    m_lastSync->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_progress = new QProgressBar;
    m_progress->setMaximumWidth(220);
    m_progress->hide();
    m_cancel = new QToolButton;
    m_cancel->setText(UiTr::tr("Stop"));
    m_cancel->hide();
    connect(m_cancel, &QToolButton::clicked, this, &SyncStatusBar::stopClicked);
    // Only the last sync gives way to a message; a message never hides
    // whether the server answers, nor what waits in the outbox.
    addWidget(m_lastSync, 1);
    addPermanentWidget(m_offline);
    addPermanentWidget(m_online);
    addPermanentWidget(m_waiting);
    addPermanentWidget(m_progress);
    addPermanentWidget(m_cancel);
}

void SyncStatusBar::showOnline(std::optional<bool> online)
{
    m_online->setText(!online   ? UiTr::tr("○ not synced yet")
                      : *online ? UiTr::tr("● online")
                                : UiTr::tr("○ offline"));
    const bool offline = online && !*online;
    m_online->setVisible(!offline);
    const bool wentOffline = offline && !m_offline->isVisibleTo(this);
    if (wentOffline)
        showRetryIn(0);
    m_offline->setVisible(offline);
    if (wentOffline) {
        QAccessibleEvent alert(m_offline, QAccessible::Alert);
        QAccessible::updateAccessibility(&alert);
    }
}

void SyncStatusBar::showRetryIn(int seconds)
{
    m_offline->setLiveText(
        seconds > 0 ? UiTr::tr("Offline — your work is kept and will be sent. Retrying in %1 s…")
                          .arg(seconds)
                    : UiTr::tr("Offline — your work is kept and will be sent. Trying the server "
                               "again…"));
}

QString SyncStatusBar::offlineText() const
{
    return m_offline->isVisibleTo(this) ? m_offline->text() : QString();
}

void SyncStatusBar::setOutboxShown(bool shown)
{
    m_waiting->setVisible(shown);
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
        m_waiting->setStyleSheet(QStringLiteral("QToolButton { %1 }")
                                     .arg(KezekPalette::textStyle(Tone::Error, palette())));
        return;
    }
    const qint64 waiting = counts->value(QStringLiteral("pending"));
    const qint64 troubled
        = counts->value(QStringLiteral("conflict")) + counts->value(QStringLiteral("rejected"));
    const QString sent = UiTr::tr("%n waiting to be sent", nullptr, int(waiting));
    m_waiting->setText(troubled > 0
                           ? UiTr::tr("%1, %n need you (Ctrl+O)", nullptr, int(troubled)).arg(sent)
                           : sent);
    // A badge: filled when commands need the officer, outlined while some wait.
    const QString badge = QStringLiteral("QToolButton { color: %1; background: %2; border: 1px "
                                         "solid %3; border-radius: 8px; padding: 1px 8px }");
    const QPalette &colours = palette();
    const QColor error = KezekPalette::colour(Tone::Error, colours);
    const QColor warning = KezekPalette::colour(Tone::Warning, colours);
    m_waiting->setStyleSheet(
        troubled > 0 ? badge.arg(colours.color(QPalette::Window).name(), error.name(), error.name())
        : waiting > 0 ? badge.arg(colours.color(QPalette::WindowText).name(),
                                  KezekPalette::background(Tone::Warning, colours).name(),
                                  warning.name())
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
    m_lastSync->setToolTip(text);
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
