// SPDX-License-Identifier: GPL-3.0-or-later
// POSIX: /proc/self/exe for the binary's own path, access(X_OK) and execv.
#include "SiblingTool.h"

#include <cerrno>
#include <climits>
#include <cstring>

#include <sys/stat.h>
#include <unistd.h>

namespace ecw {

namespace {

std::string ownFolder()
{
    char buffer[PATH_MAX];
    const ssize_t length = ::readlink("/proc/self/exe", buffer, sizeof buffer - 1);
    if (length <= 0)
        return {};
    const std::string path(buffer, static_cast<std::size_t>(length));
    const std::size_t slash = path.rfind('/');
    return slash == std::string::npos ? std::string() : path.substr(0, slash);
}

bool isExecutableFile(const std::string& path)
{
    struct stat info
    {
    };
    return ::stat(path.c_str(), &info) == 0 && S_ISREG(info.st_mode) && ::access(path.c_str(), X_OK) == 0;
}

} // namespace

std::vector<std::string> siblingToolCandidates(std::string_view toolName)
{
    const std::string folder = ownFolder();
    if (folder.empty())
        return {};
    const std::string name(toolName);
    return { folder + "/" + name, folder + "/" + std::string(kSiblingToolLibexec) + "/" + name };
}

Result<std::string> findSiblingTool(std::string_view name, std::string_view hint)
{
    const std::vector<std::string> candidates = siblingToolCandidates(name);
    for (const std::string& candidate : candidates)
        if (isExecutableFile(candidate))
            return candidate;
    std::string message = "the tool " + std::string(name) + " is not installed";
    if (candidates.empty()) {
        message += " (this system has no /proc/self/exe to find it by)";
    } else {
        message += " (looked for ";
        for (std::size_t i = 0; i < candidates.size(); ++i)
            message += (i ? " and " : "") + candidates[i];
        message += ")";
    }
    return Error { message + "; " + std::string(hint) };
}

Error execSiblingTool(const std::string& toolPath, std::string_view displayName, std::span<const std::string_view> args)
{
    std::vector<std::string> storage;
    storage.reserve(args.size() + 1);
    storage.emplace_back(displayName);
    for (std::string_view arg : args)
        storage.emplace_back(arg);
    std::vector<char*> argv;
    for (std::string& arg : storage)
        argv.push_back(arg.data());
    argv.push_back(nullptr);
    ::execv(toolPath.c_str(), argv.data());
    return Error { "cannot run " + toolPath + ": " + std::strerror(errno) };
}

} // namespace ecw
