// SPDX-License-Identifier: GPL-3.0-or-later
// POSIX implementation: a temporary file in the same folder (rename is atomic only within one file
// system), fsync, rename, then fsync the folder so the new name survives a power cut.
#include "AtomicFile.h"

#include <atomic>
#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace ecw {

namespace {

Error failure(const std::string& path, int errorNumber)
{
    return Error { "cannot write " + path + ": " + std::strerror(errorNumber) };
}

std::string folderOf(const std::string& path)
{
    const std::size_t slash = path.rfind('/');
    if (slash == std::string::npos)
        return ".";
    if (slash == 0)
        return "/";
    return path.substr(0, slash);
}

// Creates "<folder>/.<name>.tmp-<pid>-<n>" exclusively. Not mkstemp: that makes the file 0600, while
// a new target should get what the umask gives any new file, and reading the umask means changing it.
int createTemporary(const std::string& folder, const std::string& base, std::string& temporary)
{
    static std::atomic<unsigned> counter { 0 };
    for (int attempt = 0; attempt < 100; ++attempt) {
        temporary
            = folder + "/." + base + ".tmp-" + std::to_string(::getpid()) + "-" + std::to_string(counter.fetch_add(1));
        const int fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
        if (fd >= 0 || errno != EEXIST)
            return fd;
    }
    errno = EEXIST;
    return -1;
}

bool writeAll(int fd, std::string_view bytes)
{
    std::size_t done = 0;
    while (done < bytes.size()) {
        const ssize_t written = ::write(fd, bytes.data() + done, bytes.size() - done);
        if (written < 0) {
            if (errno == EINTR)
                continue;
            return false;
        }
        done += static_cast<std::size_t>(written);
    }
    return true;
}

} // namespace

Result<std::size_t> writeFileAtomically(const std::string& path, std::string_view bytes)
{
    if (path.empty())
        return Error { "cannot write an empty file name" };
    if (path.back() == '/')
        return failure(path, EISDIR);

    struct stat existing
    {
    };
    const bool targetExists = ::stat(path.c_str(), &existing) == 0;
    if (targetExists && S_ISDIR(existing.st_mode))
        return failure(path, EISDIR);

    const std::string folder = folderOf(path);
    const std::string base = path.substr(path.rfind('/') == std::string::npos ? 0 : path.rfind('/') + 1);
    std::string temporary;
    const int fd = createTemporary(folder, base, temporary);
    if (fd < 0)
        return failure(path, errno);

    auto abandon = [&](int errorNumber) {
        ::close(fd);
        ::unlink(temporary.c_str());
        return failure(path, errorNumber);
    };

    // Replacing a file keeps its permissions.
    if (targetExists && ::fchmod(fd, existing.st_mode & 07777) != 0)
        return abandon(errno);
    if (!writeAll(fd, bytes))
        return abandon(errno);
    if (::fsync(fd) != 0)
        return abandon(errno);
    if (::close(fd) != 0) {
        const int errorNumber = errno;
        ::unlink(temporary.c_str());
        return failure(path, errorNumber);
    }
    if (::rename(temporary.c_str(), path.c_str()) != 0) {
        const int errorNumber = errno;
        ::unlink(temporary.c_str());
        return failure(path, errorNumber);
    }
    // Best effort: without it the rename may be lost in a crash, but the data written is already safe.
    const int folderFd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (folderFd >= 0) {
        ::fsync(folderFd);
        ::close(folderFd);
    }
    return bytes.size();
}

} // namespace ecw
