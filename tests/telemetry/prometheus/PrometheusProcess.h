// SPDX-License-Identifier: GPL-3.0-or-later
// Test fixtures with real parts: a real Prometheus (Debian's prometheus package) on a loopback port with its own
// data folder, backfilled with promtool tsdb create-blocks-from openmetrics; and a tiny loopback HTTP server that
// answers what a test tells it to (a 500, an unknown metric).
#pragma once

#include <atomic>
#include <functional>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace ecw::test {

// A free loopback TCP port (bound, then released).
int freeLoopbackPort();

class PrometheusProcess
{
public:
    // Backfills openMetricsFile into a fresh data folder under workDir, then starts Prometheus on a free loopback
    // port and waits until /-/ready answers 200. error() says what failed.
    PrometheusProcess(const std::string& workDir, const std::string& openMetricsFile);
    ~PrometheusProcess();
    PrometheusProcess(const PrometheusProcess&) = delete;
    PrometheusProcess& operator=(const PrometheusProcess&) = delete;

    bool running() const { return m_pid > 0; }
    const std::string& error() const { return m_error; }
    std::string url() const { return "http://127.0.0.1:" + std::to_string(m_port); }
    void stop(); // SIGTERM and wait

private:
    int m_pid = -1;
    int m_port = 0;
    std::string m_error;
};

struct HttpAnswer
{
    int status = 200;
    std::string body;
};

class FakeHttpServer
{
public:
    explicit FakeHttpServer(std::function<HttpAnswer(const std::string& path)> handler);
    ~FakeHttpServer();
    std::string url() const { return "http://127.0.0.1:" + std::to_string(m_port); }
    int requests() const { return m_requests.load(); }
    std::vector<std::string> authorizations() const;

private:
    void serve();
    std::function<HttpAnswer(const std::string&)> m_handler;
    int m_socket = -1;
    int m_port = 0;
    std::atomic<bool> m_stop { false };
    std::atomic<int> m_requests { 0 };
    mutable std::mutex m_mutex;
    std::vector<std::string> m_authorizations;
    std::thread m_thread;
};

} // namespace ecw::test
