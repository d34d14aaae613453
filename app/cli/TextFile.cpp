// SPDX-License-Identifier: GPL-3.0-or-later
#include "TextFile.h"

#include <cerrno>
#include <cstdio>
#include <cstring>

#include <sys/stat.h>

namespace ecw {

namespace {

constexpr long long kMaxBytes = 64LL * 1024 * 1024;

Error failure(const std::string& path, const std::string& reason)
{
    return Error { "cannot read " + path + ": " + reason };
}

} // namespace

Result<std::string> readTextFile(const std::string& path)
{
    struct stat info
    {
    };
    if (::stat(path.c_str(), &info) != 0)
        return failure(path, std::strerror(errno));
    if (S_ISDIR(info.st_mode))
        return failure(path, std::strerror(EISDIR));
    if (info.st_size > kMaxBytes)
        return failure(path, "larger than 64 MiB, not a scenario file");
    std::FILE* file = std::fopen(path.c_str(), "rb");
    if (!file)
        return failure(path, std::strerror(errno));
    std::string text;
    char buffer[65536];
    std::size_t got = 0;
    while ((got = std::fread(buffer, 1, sizeof buffer, file)) > 0) {
        text.append(buffer, got);
        if (static_cast<long long>(text.size()) > kMaxBytes) {
            std::fclose(file);
            return failure(path, "larger than 64 MiB, not a scenario file");
        }
    }
    const bool failed = std::ferror(file) != 0;
    const int errorNumber = errno;
    std::fclose(file);
    if (failed)
        return failure(path, std::strerror(errorNumber));
    return text;
}

} // namespace ecw
