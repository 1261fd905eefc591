#include "ui/oversightloader.h"

#include "db/client/clientstore.h"
#include "ui/session.h"

#include <QThreadPool>
#include <QTimer>

namespace Kezek {

// The loader's own connection to the cache and what it kept of the load
// before; one load at a time uses them, on the loader's thread.
struct OversightLoader::Reader
{
    std::unique_ptr<ClientStore> store;
    OversightKept kept;
};

bool seesOversight(const Session &session)
{
    const Role role = session.account.role;
    return role == Role::MinistryReviewer || (role == Role::Supervisor && session.account.city);
}

OversightLoader::OversightLoader(Session &session, Loaded loaded, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_loaded(std::move(loaded))
    , m_pool(new QThreadPool(this))
{
    // One thread, kept while the loader lives: a load starts at once, and
    // the cache's connection stays with the cases it read.
    m_pool->setMaxThreadCount(1);
    m_pool->setExpiryTimeout(-1);
}

OversightLoader::~OversightLoader()
{
    m_next.reset();
    m_pool->waitForDone();
}

OversightRequest OversightLoader::requestFor(QDate from, QDate to) const
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    OversightRequest request;
    request.today = m_session.desk->today();
    request.serverNow = m_session.store->serverTime(now).value_or(now);
    request.from = from;
    request.to = to;
    if (m_session.account.role != Role::MinistryReviewer)
        request.city = m_session.account.city;
    return request;
}

void OversightLoader::load(const OversightRequest &request)
{
    if (m_loading) {
        m_next = request;
        return;
    }
    start(request);
}

void OversightLoader::start(const OversightRequest &request)
{
    // A period the law refuses is said at once: nothing to read for it.
    if (auto period = checkOversightPeriod(request, *m_session.law); !period) {
        const Result<OversightFigures> refused = std::unexpected(period.error());
        QTimer::singleShot(0, this, [this, refused] { m_loaded(refused); });
        return;
    }
    if (!m_reader)
        m_reader = std::make_shared<Reader>();
    m_loading = true;
    // The law as it stands now: a sync may bring another while this counts.
    m_pool->start(
        [this, reader = m_reader, cache = m_session.store.get(), law = *m_session.law, request] {
            Result<OversightFigures> result = std::unexpected(Error{});
            // Its own connection, opened on its own thread, without the upkeep
            // the window's connection does (a first sync's bulk load may run).
            if (!reader->store) {
                if (auto store = cache->reader())
                    reader->store = std::move(*store);
                else
                    result = std::unexpected(store.error());
            }
            if (reader->store)
                result = readOversight(*reader->store, reader->kept, law, request);
            // A connection that failed (a damaged file, a full disk) is opened
            // again the next time, and what it kept is read again whole.
            if (!result) {
                reader->store.reset();
                reader->kept = {};
            }
            // Delivered on the window's thread; dropped if the loader went first
            // (its destructor waits for this task, and a QObject's posted calls
            // go with it).
            QMetaObject::invokeMethod(
                this,
                [this, result = std::move(result)] { finished(result); },
                Qt::QueuedConnection);
        });
}

void OversightLoader::finished(const Result<OversightFigures> &result)
{
    m_loading = false;
    // The load asked meanwhile starts before this answer is shown: the view
    // knows its figures are not the last ones yet.
    if (m_next) {
        const OversightRequest next = *m_next;
        m_next.reset();
        start(next);
    }
    m_loaded(result);
}

} // namespace Kezek
