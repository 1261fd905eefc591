#include "server/jobs/jobthread.h"

namespace Kezek {

void JobThread::start(std::function<void()> job)
{
    {
        const std::lock_guard lock(m_mutex);
        m_stopping = false;
    }
    m_thread = std::thread(std::move(job));
}

void JobThread::stop()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

bool JobThread::pause(std::chrono::milliseconds interval)
{
    std::unique_lock lock(m_mutex);
    return !m_wake.wait_for(lock, interval, [this] { return m_stopping; });
}

bool JobThread::stopping()
{
    const std::lock_guard lock(m_mutex);
    return m_stopping;
}

} // namespace Kezek
