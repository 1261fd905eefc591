#include "sync/backgroundsync.h"

#include "core/domain/queues.h"
#include "sync/casedesk.h"
#include "sync/syncerrors.h"
#include "sync/synclog.h"
#include "sync/synctr.h"

#include <QMutex>

#include <exception>

namespace Kezek {

class BackgroundSync::Worker : public QObject
{
public:
    Worker(const ClientStore &cache, std::optional<Lawbook> law)
        : m_cache(cache)
        , m_law(std::move(law))
    {}

    // In the worker thread.
    void run(SyncSettings settings, BackgroundSync *owner)
    {
        SyncSummary summary;
        if (!m_store) {
            auto store = m_cache.another();
            if (!store) {
                qCWarning(lcSync).noquote()
                    << "the sync's connection to the cache did not open:" << store.error().code;
                Q_EMIT owner->finished(summary, store.error().code, store.error().message);
                return;
            }
            m_store = std::move(*store);
        }
        if (auto token = m_store->sessionToken(); token && !token->isEmpty())
            settings.token = *token;
        SyncEngine engine(*m_store, settings);
        QObject::connect(&engine, &SyncEngine::progress, owner, &BackgroundSync::progress);
        QObject::connect(
            &engine, &SyncEngine::onlineChanged, owner, &BackgroundSync::onlineChanged);
        {
            QMutexLocker lock(&m_mutex);
            m_engine = &engine;
            if (m_cancelRequested)
                engine.cancel();
        }
        auto result = runCaught(engine);
        // Used or not, the key given for this sync does not outlive it.
        settings.signInKey.forget();
        {
            QMutexLocker lock(&m_mutex);
            m_engine = nullptr;
            m_cancelRequested = false;
        }
        (void)m_store->setSessionToken(engine.token());
        if (result)
            adoptNewLaw(result->lawVersion);
        if (!result)
            Q_EMIT owner->finished(summary, result.error().code, result.error().message);
        else
            Q_EMIT owner->finished(*result, QString(), QString());
        refreshDueDates(owner);
    }

    // A sync that breaks down (memory, a bug) ends as a failed sync, said in
    // the log for IT, and the worker stays ready for the next one.
    static Result<SyncSummary> runCaught(SyncEngine &engine)
    {
        const auto brokeDown = [] {
            return fail(QString(SyncErrors::Internal),
                        SyncTr::tr("The sync stopped on an internal error; nothing sent is lost "
                                   "and it is tried again at the next sync. If it happens again, "
                                   "send the log to your IT department (Help menu)."));
        };
        try {
            return engine.run();
        } catch (const std::exception &error) {
            qCCritical(lcSync) << "the sync broke down:" << error.what();
            return brokeDown();
        } catch (...) {
            qCCritical(lcSync) << "the sync broke down on an unknown exception";
            return brokeDown();
        }
    }

    // A sync that brought a new law (a site's calendar): the deadlines are
    // worked out by it from now on, every kept one again, before the window
    // hears that the sync ended.
    void adoptNewLaw(const QString &version)
    {
        if (!m_law || version.isEmpty() || version == m_law->version())
            return;
        auto kept = m_store->law();
        auto law = kept ? Lawbook::fromJson(*kept) : Result<Lawbook>(std::unexpected(kept.error()));
        if (!law || law->version() != version)
            return; // the sync said why (lawError); the old law stands
        m_law = std::move(*law);
        (void)m_store->markDueDatesStale();
    }

    // The deadlines of the cases that changed, a batch at a time, so that a
    // first sync of 100,000 cases shows its queues before all are worked out.
    void refreshDueDates(BackgroundSync *owner)
    {
        if (!m_law)
            return;
        const Lawbook law = *m_law; // its calendar lives as long as this copy
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const auto server = m_store->serverTime(now);
        const QDate today = kazakhstanDate(server ? *server : now);
        const BusinessCalendar &calendar = law.calendar();
        const auto nextDue = [&calendar, today](const QList<DeadlineClock> &clocks) {
            return keptDeadline(clocks, calendar, today);
        };
        int total = 0;
        qint64 position = 0;
        while (!m_stopping) {
            auto worked = m_store->refreshDueDates(nextDue, 2000, position);
            if (!worked || *worked == 0)
                break;
            total += *worked;
        }
        if (total > 0)
            Q_EMIT owner->dueDatesChanged();
    }

    void cancel()
    {
        QMutexLocker lock(&m_mutex);
        m_cancelRequested = true;
        if (m_engine)
            m_engine->cancel();
    }

private:
    const ClientStore &m_cache;
    std::unique_ptr<ClientStore> m_store; // opened, used and closed in the worker thread
    std::optional<Lawbook> m_law;         // the worker's own: the law it counts by
    std::atomic_bool m_stopping = false;  // the program is closing: no more batches
    QMutex m_mutex;
    SyncEngine *m_engine = nullptr;
    bool m_cancelRequested = false;

    friend class BackgroundSync;
};

BackgroundSync::BackgroundSync(const ClientStore &cache,
                               std::optional<Lawbook> law,
                               QObject *parent)
    : QObject(parent)
    , m_worker(new Worker(cache, std::move(law)))
{
    qRegisterMetaType<Kezek::SyncSummary>();
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, [worker = m_worker] {
        worker->m_store.reset(); // closed in the thread that used it
    });
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(this, &BackgroundSync::finished, this, [this] { m_running = false; });
    m_thread.setObjectName(QStringLiteral("sync"));
    m_thread.start();
}

BackgroundSync::~BackgroundSync()
{
    m_worker->m_stopping = true;
    cancel();
    m_thread.quit();
    m_thread.wait();
}

bool BackgroundSync::start(const SyncSettings &settings)
{
    if (m_running)
        return false;
    m_running = true;
    QMetaObject::invokeMethod(
        m_worker, [this, settings] { m_worker->run(settings, this); }, Qt::QueuedConnection);
    return true;
}

void BackgroundSync::cancel()
{
    if (m_running)
        m_worker->cancel();
}

std::optional<ClientStore::KeptDeadline>
keptDeadline(const QList<DeadlineClock> &clocks, const BusinessCalendar &calendar, QDate today)
{
    const auto first = firstDeadline(clocks, calendar, today, true);
    if (!first)
        return std::nullopt;
    // A paused clock is never amber, as its chip is not.
    const QDate attention = first->status.state == ClockState::Paused
                                ? QDate()
                                : warningFrom(first->kind, first->status.due, calendar);
    return ClientStore::KeptDeadline{first->status.due, attention, clockId(first->kind)};
}

} // namespace Kezek
