#pragma once

#include "core/domain/lawbook.h"
#include "sync/syncengine.h"

#include <QObject>
#include <QThread>

#include <memory>

namespace Kezek {

// A sync off the UI thread: a worker thread with its own connection to the
// cache (SQLite in WAL mode lets the window read while the sync writes), one
// sync at a time, progress and the end as queued signals, and cancellation
// from the window.
class BackgroundSync : public QObject
{
    Q_OBJECT

public:
    // The worker opens a connection of its own to `cache` (which must
    // outlive this). With a law, each sync ends by working out the deadlines
    // of the cases it changed by its calendar (ClientStore::refreshDueDates);
    // a sync that brings a new law (SyncSummary::lawVersion) makes the worker
    // count by it, every kept deadline again, before `finished`.
    explicit BackgroundSync(const ClientStore &cache,
                            std::optional<Lawbook> law = std::nullopt,
                            QObject *parent = nullptr);
    ~BackgroundSync() override;

    bool isRunning() const { return m_running; }
    // False when a sync is still running (it is not queued twice).
    bool start(const SyncSettings &settings);
    void cancel();

Q_SIGNALS:
    void progress(const QString &phase, qint64 done, qint64 total);
    void onlineChanged(bool online);
    // `error` is empty when the sync completed; its code is in `code`.
    void finished(const Kezek::SyncSummary &summary, const QString &code, const QString &error);
    // The kept deadlines were worked out again (after `finished`).
    void dueDatesChanged();

private:
    class Worker;
    QThread m_thread;
    Worker *m_worker = nullptr;
    bool m_running = false;
};

// What the cache keeps of a case's clocks for the overdue queue, the banner
// and the deadline order: the first running duty deadline on `today`, and
// the day its chip turns amber (never, while it is paused).
std::optional<ClientStore::KeptDeadline>
keptDeadline(const QList<DeadlineClock> &clocks, const BusinessCalendar &calendar, QDate today);

} // namespace Kezek

Q_DECLARE_METATYPE(Kezek::SyncSummary)
