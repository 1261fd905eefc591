#include "ui/retrycountdown.h"

#include <algorithm>

namespace Kezek {

RetryCountdown::RetryCountdown(QObject *parent)
    : QObject(parent)
{
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, [this] {
        --m_left;
        if (m_left > 0) {
            Q_EMIT ticked(m_left);
            return;
        }
        m_tick.stop();
        Q_EMIT due();
    });
}

void RetryCountdown::failed()
{
    const auto step = std::min<std::size_t>(std::size_t(m_failures), DelaysSeconds.size() - 1);
    m_left = DelaysSeconds.at(step);
    ++m_failures;
    m_tick.start();
    Q_EMIT ticked(m_left);
}

void RetryCountdown::succeeded()
{
    m_failures = 0;
    stop();
}

void RetryCountdown::stop()
{
    m_tick.stop();
    m_left = 0;
}

} // namespace Kezek
