#pragma once

#include <QObject>
#include <QTimer>

#include <array>

namespace Kezek {

// When the server does not answer, the window tries it again by itself:
// 5 s after the first failure, then 10, 20, and every 30 s from then on, so
// that a server back after a restart is found soon and one down for the
// afternoon is not knocked on every second. It counts down a second at a
// time, for the officer to see when the next try is.
class RetryCountdown : public QObject
{
    Q_OBJECT

public:
    static constexpr std::array<int, 4> DelaysSeconds{5, 10, 20, 30};

    explicit RetryCountdown(QObject *parent = nullptr);

    // A try failed: the next one after the next delay (each longer than the
    // one before, up to the last).
    void failed();
    // A try got through: the next failure starts from the first delay again.
    void succeeded();
    // No countdown (a try is under way); the delays stay where they are.
    void stop();
    bool isCounting() const { return m_tick.isActive(); }
    int secondsLeft() const { return m_left; }

Q_SIGNALS:
    void ticked(int secondsLeft);
    void due();

private:
    QTimer m_tick;
    int m_left = 0;
    int m_failures = 0;
};

} // namespace Kezek
