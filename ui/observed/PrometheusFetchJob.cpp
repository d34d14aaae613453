// SPDX-License-Identifier: GPL-3.0-or-later
#include "PrometheusFetchJob.h"

#include "QtText.h"

#include <QMetaObject>

namespace ecw {

PrometheusFetchJob::PrometheusFetchJob(PrometheusRequest request, PrometheusFetcher fetcher, QObject* parent)
    : QObject(parent)
    , m_request(std::move(request))
    , m_fetcher(fetcher)
{
}

PrometheusFetchJob::~PrometheusFetchJob()
{
    m_cancel = true;
    if (m_thread.joinable())
        m_thread.join();
    // Queued deliver() and progress calls still posted to this object are dropped with it.
}

void PrometheusFetchJob::start()
{
    if (m_running || m_thread.joinable())
        return;
    m_running = true;
    m_thread = std::thread([this] {
        // Progress crosses to the GUI thread by value; the object outlives the thread (the destructor joins).
        const FetchProgress progress = [this](std::size_t done, std::size_t total, const std::string& what) {
            const QString text = toQString(what);
            QMetaObject::invokeMethod(
                this, [this, done, total, text] { Q_EMIT this->progress(static_cast<int>(done), static_cast<int>(total), text); },
                Qt::QueuedConnection);
        };
        Result<PrometheusFetch> result = m_fetcher(m_request, progress, &m_cancel);
        {
            const std::lock_guard lock(m_mutex);
            m_result.emplace(std::move(result));
        }
        QMetaObject::invokeMethod(this, &PrometheusFetchJob::deliver, Qt::QueuedConnection);
    });
}

void PrometheusFetchJob::cancel()
{
    m_cancel = true;
}

void PrometheusFetchJob::deliver()
{
    if (m_thread.joinable())
        m_thread.join(); // it has stored the result and is ending
    m_running = false;
    Q_EMIT finished();
}

std::optional<Result<PrometheusFetch>> PrometheusFetchJob::takeResult()
{
    const std::lock_guard lock(m_mutex);
    std::optional<Result<PrometheusFetch>> result = std::move(m_result);
    m_result.reset();
    return result;
}

} // namespace ecw
