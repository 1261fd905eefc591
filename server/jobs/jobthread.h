#pragma once

#include <chrono>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>

namespace Kezek {

// The thread of a job the server runs by itself every so often (the law's
// timed steps, notices, audit checkpoints, the read audit's counts), and
// what stops it: between rounds the job pauses, and a stop ends the pause
// at once instead of leaving the server's shutdown waiting for the next
// round.
class JobThread
{
public:
    JobThread() = default;
    ~JobThread() { stop(); }
    JobThread(const JobThread &) = delete;
    JobThread &operator=(const JobThread &) = delete;

    // Runs `job` on a thread of its own; it calls pause() between rounds.
    void start(std::function<void()> job);
    // Asks the job to stop, ends its pause, and waits for its thread.
    void stop();
    // Waits `interval`, or less when a stop comes: false once one has.
    bool pause(std::chrono::milliseconds interval);
    bool stopping();

private:
    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stopping = false;
};

} // namespace Kezek
