// SPDX-License-Identifier: GPL-3.0-or-later
// The forecast recompute's worker thread: one long-lived thread running one job at a time.
#pragma once

#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>

namespace ecw {

// Synchronised with std::mutex and std::condition_variable rather than QThreadPool: Debian's Qt is not built
// for ThreadSanitizer and its QMutex is a bare futex, so TSan could not see the hand-off of the engines
// between the threads and would check nothing. With these it sees every happens-before edge: what the GUI
// thread did before start() is visible to the job, and what the job did is visible after wait().
class RecomputeWorker
{
public:
    RecomputeWorker();
    ~RecomputeWorker(); // waits for a running job, then ends the thread
    RecomputeWorker(const RecomputeWorker&) = delete;
    RecomputeWorker& operator=(const RecomputeWorker&) = delete;

    // Runs job on the worker thread, after a job already running has finished.
    void start(std::function<void()> job);
    // Returns when no job runs (at once when none was started). The job and its captures are destroyed by then.
    void wait();

private:
    void loop();

    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::function<void()> m_job;
    bool m_busy = false;
    bool m_quit = false;
    std::thread m_thread; // last: starts once the members above exist
};

} // namespace ecw
