// SPDX-License-Identifier: GPL-3.0-or-later
// One Prometheus fetch on a thread of its own, so the window never waits on the network: progress and the result
// come back to the GUI thread as queued calls; cancel() sets the flag the client checks while a request runs.
#pragma once

#include "PrometheusQuery.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <mutex>
#include <optional>
#include <thread>

namespace ecw {

class PrometheusFetchJob : public QObject
{
    Q_OBJECT

public:
    // fetcher: the HTTP client (fetchPrometheusTelemetry); a test may pass another.
    PrometheusFetchJob(PrometheusRequest request, PrometheusFetcher fetcher, QObject* parent = nullptr);
    // Cancels a running fetch and waits for its thread: the client checks the flag while a request runs, so this
    // does not wait for a timeout.
    ~PrometheusFetchJob() override;
    PrometheusFetchJob(const PrometheusFetchJob&) = delete;
    PrometheusFetchJob& operator=(const PrometheusFetchJob&) = delete;

    void start();
    void cancel();
    bool running() const { return m_running; }
    const PrometheusRequest& request() const { return m_request; }

    // After finished(): the fetch's result (nullopt until then), taken once.
    std::optional<Result<PrometheusFetch>> takeResult();

Q_SIGNALS:
    void progress(int done, int total, const QString& what);
    // Emitted on the GUI thread once the fetch ended (fetched, failed or cancelled); takeResult() holds it.
    void finished();

private:
    void deliver();

    PrometheusRequest m_request;
    PrometheusFetcher m_fetcher;
    std::atomic<bool> m_cancel { false };
    bool m_running = false;
    std::mutex m_mutex; // guards m_result between the fetch thread and the GUI thread
    std::optional<Result<PrometheusFetch>> m_result;
    std::thread m_thread;
};

} // namespace ecw
