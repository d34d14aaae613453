// SPDX-License-Identifier: GPL-3.0-or-later
// POSIX sockets, fork/exec and waitpid.
#include "PrometheusProcess.h"

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstring>
#include <filesystem>
#include <fstream>

namespace ecw::test {

namespace {

// Starts argv[0] with its stdout and stderr in logPath; the child's pid.
pid_t spawnLogged(const std::vector<std::string>& argv, const std::string& logPath)
{
    const pid_t pid = ::fork();
    if (pid == 0) {
        const int log = ::open(logPath.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        if (log >= 0) {
            ::dup2(log, 1);
            ::dup2(log, 2);
        }
        std::vector<char*> args;
        for (const std::string& a : argv)
            args.push_back(const_cast<char*>(a.c_str()));
        args.push_back(nullptr);
        ::execv(args[0], args.data());
        ::_exit(127);
    }
    return pid;
}

int runAndWait(const std::vector<std::string>& argv, const std::string& logPath)
{
    const pid_t pid = spawnLogged(argv, logPath);
    int status = 0;
    ::waitpid(pid, &status, 0);
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128;
}

// A plain GET over a socket: the status code, or 0 when nothing answers.
int httpStatus(int port, const std::string& path)
{
    const int s = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_port = htons(static_cast<std::uint16_t>(port));
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::connect(s, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0) {
        ::close(s);
        return 0;
    }
    const std::string request = "GET " + path + " HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n";
    (void)!::write(s, request.data(), request.size());
    char buffer[64] = {};
    const ssize_t n = ::read(s, buffer, sizeof buffer - 1);
    ::close(s);
    int status = 0;
    if (n > 12)
        std::sscanf(buffer, "HTTP/%*s %d", &status);
    return status;
}

std::string readAll(const std::string& path)
{
    std::ifstream in(path);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

} // namespace

int freeLoopbackPort()
{
    const int s = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    ::bind(s, reinterpret_cast<sockaddr*>(&address), sizeof address);
    socklen_t length = sizeof address;
    ::getsockname(s, reinterpret_cast<sockaddr*>(&address), &length);
    ::close(s);
    return ntohs(address.sin_port);
}

PrometheusProcess::PrometheusProcess(const std::string& workDir, const std::string& openMetricsFile)
{
    namespace fs = std::filesystem;
    fs::remove_all(workDir);
    fs::create_directories(workDir + "/data");
    const int backfill = runAndWait({ ECW_PROMTOOL, "tsdb", "create-blocks-from", "openmetrics", openMetricsFile,
                                      workDir + "/data" },
                                    workDir + "/promtool.log");
    if (backfill != 0) {
        m_error = "promtool exited " + std::to_string(backfill) + ": " + readAll(workDir + "/promtool.log");
        return;
    }
    std::ofstream(workDir + "/prometheus.yml") << "global:\n  scrape_interval: 1m\nscrape_configs: []\n";
    m_port = freeLoopbackPort();
    const std::string log = workDir + "/prometheus.log";
    const std::vector<std::string> argv { ECW_PROMETHEUS,
                                          "--config.file=" + workDir + "/prometheus.yml",
                                          "--storage.tsdb.path=" + workDir + "/data",
                                          "--storage.tsdb.retention.time=60d",
                                          "--web.listen-address=127.0.0.1:" + std::to_string(m_port),
                                          "--log.level=warn" };
    m_pid = spawnLogged(argv, log);
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
    while (std::chrono::steady_clock::now() < deadline) {
        if (httpStatus(m_port, "/-/ready") == 200)
            return;
        int status = 0;
        if (::waitpid(m_pid, &status, WNOHANG) == m_pid) {
            m_pid = -1;
            m_error = "prometheus exited at start: " + readAll(log);
            return;
        }
        ::usleep(100 * 1000);
    }
    stop();
    m_error = "prometheus was not ready within 60 s: " + readAll(log);
}

PrometheusProcess::~PrometheusProcess()
{
    stop();
}

void PrometheusProcess::stop()
{
    if (m_pid <= 0)
        return;
    ::kill(m_pid, SIGTERM);
    int status = 0;
    ::waitpid(m_pid, &status, 0);
    m_pid = -1;
}

FakeHttpServer::FakeHttpServer(std::function<HttpAnswer(const std::string&)> handler)
    : m_handler(std::move(handler))
{
    m_socket = ::socket(AF_INET, SOCK_STREAM, 0);
    const int yes = 1;
    ::setsockopt(m_socket, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    ::bind(m_socket, reinterpret_cast<sockaddr*>(&address), sizeof address);
    socklen_t length = sizeof address;
    ::getsockname(m_socket, reinterpret_cast<sockaddr*>(&address), &length);
    m_port = ntohs(address.sin_port);
    ::listen(m_socket, 16);
    m_thread = std::thread([this] { serve(); });
}

FakeHttpServer::~FakeHttpServer()
{
    m_stop = true;
    m_thread.join();
    ::close(m_socket);
}

std::vector<std::string> FakeHttpServer::authorizations() const
{
    std::lock_guard lock(m_mutex);
    return m_authorizations;
}

void FakeHttpServer::serve()
{
    while (!m_stop) {
        pollfd p { m_socket, POLLIN, 0 };
        if (::poll(&p, 1, 50) <= 0)
            continue;
        const int client = ::accept(m_socket, nullptr, nullptr);
        if (client < 0)
            continue;
        std::string request;
        char buffer[4096];
        while (request.find("\r\n\r\n") == std::string::npos) {
            const ssize_t n = ::read(client, buffer, sizeof buffer);
            if (n <= 0)
                break;
            request.append(buffer, static_cast<std::size_t>(n));
        }
        ++m_requests;
        const std::size_t space = request.find(' ');
        const std::size_t end = request.find(' ', space + 1);
        const std::string path = space == std::string::npos ? std::string() : request.substr(space + 1, end - space - 1);
        const std::size_t auth = request.find("Authorization: ");
        if (auth != std::string::npos) {
            std::lock_guard lock(m_mutex);
            m_authorizations.push_back(request.substr(auth + 15, request.find("\r\n", auth) - auth - 15));
        }
        const HttpAnswer answer = m_handler(path);
        const std::string response = "HTTP/1.1 " + std::to_string(answer.status) + " X\r\nContent-Type: application/json\r\n"
            + "Content-Length: " + std::to_string(answer.body.size()) + "\r\nConnection: close\r\n\r\n" + answer.body;
        (void)!::write(client, response.data(), response.size());
        ::close(client);
    }
}

} // namespace ecw::test
