// SPDX-License-Identifier: GPL-3.0-or-later
// fork + execve with stdout and stderr in temporary files: no pipe can fill up and deadlock the test.
#include "ProcessRunner.h"

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>

#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

namespace ecw::test {

namespace {

std::string temporaryFile()
{
    std::string pattern = "/tmp/ecw-cli-test-XXXXXX";
    const int fd = ::mkstemp(pattern.data());
    if (fd >= 0)
        ::close(fd);
    return pattern;
}

std::string slurp(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

std::vector<std::string> mergedEnvironment(const std::vector<std::pair<std::string, std::string>>& changes)
{
    std::vector<std::string> merged;
    for (char** entry = environ; *entry; ++entry) {
        const std::string text(*entry);
        bool replaced = false;
        for (const auto& [name, value] : changes)
            replaced = replaced || text.rfind(name + "=", 0) == 0;
        if (!replaced)
            merged.push_back(text);
    }
    for (const auto& [name, value] : changes)
        merged.push_back(name + "=" + value);
    return merged;
}

} // namespace

ProcessResult runProcess(const std::vector<std::string>& argv,
                         const std::vector<std::pair<std::string, std::string>>& environment,
                         const std::string& stdoutPath)
{
    ProcessResult result;
    const std::string outPath = stdoutPath.empty() ? temporaryFile() : stdoutPath;
    const std::string errPath = temporaryFile();

    std::vector<std::string> env = mergedEnvironment(environment);
    std::vector<char*> envPointers;
    for (std::string& entry : env)
        envPointers.push_back(entry.data());
    envPointers.push_back(nullptr);
    std::vector<std::string> args = argv;
    std::vector<char*> argPointers;
    for (std::string& arg : args)
        argPointers.push_back(arg.data());
    argPointers.push_back(nullptr);

    const pid_t pid = ::fork();
    if (pid == 0) {
        const int in = ::open("/dev/null", O_RDONLY);
        const int out = ::open(outPath.c_str(), O_WRONLY | O_TRUNC);
        const int err = ::open(errPath.c_str(), O_WRONLY | O_TRUNC);
        if (in < 0 || out < 0 || err < 0 || ::dup2(in, 0) < 0 || ::dup2(out, 1) < 0 || ::dup2(err, 2) < 0)
            ::_exit(126);
        ::execve(argPointers[0], argPointers.data(), envPointers.data());
        ::_exit(127);
    }
    if (pid > 0) {
        int status = 0;
        while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) { }
        result.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    }
    if (stdoutPath.empty()) {
        result.out = slurp(outPath);
        ::unlink(outPath.c_str());
    }
    result.err = slurp(errPath);
    ::unlink(errPath.c_str());
    return result;
}

} // namespace ecw::test
