#pragma once

#include <QHash>
#include <QString>

#include <chrono>
#include <mutex>
#include <optional>
#include <semaphore>

namespace Kezek {

// The work sign-in may cost this server: a password check is scrypt, made
// slow on purpose, so guesses are limited per client address (a token bucket:
// `perMinute` at once, then one every 60/perMinute seconds) and on the whole
// server (`workers` checks at once). What is refused is answered 429 with
// the seconds to wait, quickly, so that guessing cannot hold the threads
// every officer's requests need.
class SignInThrottle
{
public:
    using Clock = std::chrono::steady_clock;

    SignInThrottle(int perMinute, int workers);

    // Nothing when `clientAddress` may try now (the try is counted), else
    // the seconds until it may. An IPv6 address counts by its /64.
    std::optional<int> take(const QString &clientAddress, Clock::time_point now = Clock::now());
    static QString bucketOf(const QString &address);

    // A password check's turn on this server, held while it lives; empty
    // when none came free within `wait`.
    class Turn
    {
    public:
        Turn() = default;
        explicit Turn(std::counting_semaphore<> *semaphore)
            : m_semaphore(semaphore)
        {}
        Turn(Turn &&other) noexcept
            : m_semaphore(std::exchange(other.m_semaphore, nullptr))
        {}
        Turn &operator=(Turn &&) = delete;
        ~Turn()
        {
            if (m_semaphore)
                m_semaphore->release();
        }
        explicit operator bool() const { return m_semaphore != nullptr; }

    private:
        std::counting_semaphore<> *m_semaphore = nullptr;
    };
    Turn turn(std::chrono::milliseconds wait = std::chrono::milliseconds(250));

private:
    struct Bucket
    {
        double tokens = 0;
        Clock::time_point at;
    };
    const double m_capacity;
    const double m_perSecond;
    std::mutex m_mutex;
    QHash<QString, Bucket> m_buckets;
    std::counting_semaphore<> m_workers;
};

} // namespace Kezek
