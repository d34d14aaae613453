// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecomputeWorker.h"

#include <utility>

namespace ecw {

RecomputeWorker::RecomputeWorker()
    : m_thread([this] { loop(); })
{
}

RecomputeWorker::~RecomputeWorker()
{
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return !m_busy; });
        m_quit = true;
    }
    m_changed.notify_all();
    m_thread.join();
}

void RecomputeWorker::start(std::function<void()> job)
{
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return !m_busy; });
        m_job = std::move(job);
        m_busy = true;
    }
    m_changed.notify_all();
}

void RecomputeWorker::wait()
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return !m_busy; });
}

void RecomputeWorker::loop()
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_changed.wait(lock, [this] { return m_busy || m_quit; });
        if (m_quit)
            return;
        std::function<void()> job = std::move(m_job);
        m_job = nullptr;
        lock.unlock();
        job();
        job = nullptr; // its captures (a copy of the document) go on this thread, before wait() returns
        lock.lock();
        m_busy = false;
        m_changed.notify_all();
    }
}

} // namespace ecw
