#include "ui/oversightloader.h"

#include "ui/session.h"

#include <QThread>
#include <QTimer>

namespace Kezek {

bool seesOversight(const Session &session)
{
    const Role role = session.account.role;
    return role == Role::MinistryReviewer || (role == Role::Supervisor && session.account.city);
}

OversightLoader::OversightLoader(Session &session, Loaded loaded, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_loaded(std::move(loaded))
{}

OversightLoader::~OversightLoader()
{
    m_next.reset();
    if (m_thread) {
        m_thread->disconnect(this);
        m_thread->wait();
        delete m_thread;
    }
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
    if (m_thread) {
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
    auto store = m_session.store->another();
    if (!store) {
        const Result<OversightFigures> failed = std::unexpected(store.error());
        QTimer::singleShot(0, this, [this, failed] { m_loaded(failed); });
        return;
    }
    auto result = std::make_shared<Result<OversightFigures>>();
    m_thread = QThread::create([connection = std::shared_ptr<ClientStore>(std::move(*store)),
                                law = *m_session.law,
                                request,
                                result] { *result = readOversight(*connection, law, request); });
    connect(m_thread, &QThread::finished, this, [this, result] {
        m_thread->deleteLater();
        m_thread = nullptr;
        m_loaded(*result);
        if (m_next) {
            const OversightRequest next = *m_next;
            m_next.reset();
            start(next);
        }
    });
    m_thread->start();
}

} // namespace Kezek
