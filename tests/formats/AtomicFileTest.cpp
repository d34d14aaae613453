// SPDX-License-Identifier: GPL-3.0-or-later
// writeFileAtomically: success, replacing, and failures that must leave an existing file untouched.
#include "AtomicFile.h"

#include <gtest/gtest.h>

#include <csignal>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>

#include <dirent.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace ecw;

namespace {

class TemporaryFolder
{
public:
    TemporaryFolder()
    {
        std::string pattern = ::testing::TempDir() + "ecw-atomic-XXXXXX";
        m_path = ::mkdtemp(pattern.data()) ? pattern : std::string();
    }
    ~TemporaryFolder()
    {
        (void)std::system(("chmod -R u+w '" + m_path + "' 2>/dev/null; rm -rf '" + m_path + "'").c_str());
    }
    TemporaryFolder(const TemporaryFolder&) = delete;
    TemporaryFolder& operator=(const TemporaryFolder&) = delete;

    const std::string& path() const { return m_path; }
    std::string file(const std::string& name) const { return m_path + "/" + name; }

    // Names in the folder, so tests can prove no temporary file is left behind.
    std::vector<std::string> entries() const
    {
        std::vector<std::string> names;
        if (DIR* dir = ::opendir(m_path.c_str())) {
            while (dirent* entry = ::readdir(dir))
                if (std::string(entry->d_name) != "." && std::string(entry->d_name) != "..")
                    names.emplace_back(entry->d_name);
            ::closedir(dir);
        }
        return names;
    }

private:
    std::string m_path;
};

std::string readAll(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

void writePlain(const std::string& path, const std::string& text)
{
    std::ofstream(path, std::ios::binary) << text;
}

} // namespace

TEST(AtomicFile, WritesANewFile)
{
    TemporaryFolder folder;
    ASSERT_FALSE(folder.path().empty());
    const std::string path = folder.file("estimate.csv");
    const std::string bytes = std::string("id,value\r\n") + std::string(100000, 'x') + '\0' + "tail";
    const Result<std::size_t> written = writeFileAtomically(path, bytes);
    ASSERT_TRUE(written.ok()) << written.error();
    EXPECT_EQ(*written, bytes.size());
    EXPECT_EQ(readAll(path), bytes);
    EXPECT_EQ(folder.entries(), std::vector<std::string> { "estimate.csv" });
}

TEST(AtomicFile, NewFileGetsUmaskPermissions)
{
    TemporaryFolder folder;
    const mode_t previous = ::umask(022);
    const Result<std::size_t> written = writeFileAtomically(folder.file("a.json"), "{}");
    ::umask(previous);
    ASSERT_TRUE(written.ok()) << written.error();
    struct stat info
    {
    };
    ASSERT_EQ(::stat(folder.file("a.json").c_str(), &info), 0);
    EXPECT_EQ(info.st_mode & 0777, 0644u);
}

TEST(AtomicFile, ReplacesAnExistingFileKeepingItsPermissions)
{
    TemporaryFolder folder;
    const std::string path = folder.file("scenario.json");
    writePlain(path, "old content that is longer than the new");
    ASSERT_EQ(::chmod(path.c_str(), 0640), 0);
    ASSERT_TRUE(writeFileAtomically(path, "new").ok());
    EXPECT_EQ(readAll(path), "new");
    struct stat info
    {
    };
    ASSERT_EQ(::stat(path.c_str(), &info), 0);
    EXPECT_EQ(info.st_mode & 0777, 0640u);
    EXPECT_EQ(folder.entries(), std::vector<std::string> { "scenario.json" });
}

TEST(AtomicFile, MissingFolderNamesThePathAndReason)
{
    TemporaryFolder folder;
    const std::string path = folder.file("no-such-folder/y.csv");
    const Result<std::size_t> written = writeFileAtomically(path, "data");
    ASSERT_FALSE(written.ok());
    EXPECT_EQ(written.error(), "cannot write " + path + ": No such file or directory");
}

TEST(AtomicFile, RelativePathInTheCurrentFolder)
{
    TemporaryFolder folder;
    char previous[4096];
    ASSERT_NE(::getcwd(previous, sizeof previous), nullptr);
    ASSERT_EQ(::chdir(folder.path().c_str()), 0);
    const Result<std::size_t> written = writeFileAtomically("relative.txt", "here");
    ASSERT_EQ(::chdir(previous), 0);
    ASSERT_TRUE(written.ok()) << written.error();
    EXPECT_EQ(readAll(folder.file("relative.txt")), "here");
}

TEST(AtomicFile, TargetThatIsAFolderIsRefused)
{
    TemporaryFolder folder;
    ASSERT_EQ(::mkdir(folder.file("sub").c_str(), 0755), 0);
    const Result<std::size_t> written = writeFileAtomically(folder.file("sub"), "data");
    ASSERT_FALSE(written.ok());
    EXPECT_EQ(written.error(), "cannot write " + folder.file("sub") + ": Is a directory");
    EXPECT_EQ(folder.entries(), std::vector<std::string> { "sub" });
}

TEST(AtomicFile, FailedWriteLeavesTheExistingFileIntact)
{
    // A file-size limit makes write() fail part-way (EFBIG) even for root, like a full disk would.
    TemporaryFolder folder;
    const std::string path = folder.file("report.txt");
    writePlain(path, "the old report");
    rlimit previous {};
    ASSERT_EQ(::getrlimit(RLIMIT_FSIZE, &previous), 0);
    auto* oldHandler = std::signal(SIGXFSZ, SIG_IGN);
    rlimit small = previous;
    small.rlim_cur = 4096;
    ASSERT_EQ(::setrlimit(RLIMIT_FSIZE, &small), 0);
    const Result<std::size_t> written = writeFileAtomically(path, std::string(100000, 'n'));
    ::setrlimit(RLIMIT_FSIZE, &previous);
    std::signal(SIGXFSZ, oldHandler);
    ASSERT_FALSE(written.ok());
    EXPECT_EQ(written.error(), "cannot write " + path + ": File too large");
    EXPECT_EQ(readAll(path), "the old report");
    EXPECT_EQ(folder.entries(), std::vector<std::string> { "report.txt" }) << "the temporary file is removed";
}

TEST(AtomicFile, UnwritableFolderLeavesTheExistingFileIntact)
{
    if (::geteuid() == 0)
        GTEST_SKIP() << "root writes into read-only folders; FailedWriteLeavesTheExistingFileIntact covers this";
    TemporaryFolder folder;
    const std::string path = folder.file("report.txt");
    writePlain(path, "the old report");
    ASSERT_EQ(::chmod(folder.path().c_str(), 0555), 0);
    const Result<std::size_t> written = writeFileAtomically(path, "new");
    ::chmod(folder.path().c_str(), 0755);
    ASSERT_FALSE(written.ok());
    EXPECT_EQ(written.error(), "cannot write " + path + ": Permission denied");
    EXPECT_EQ(readAll(path), "the old report");
}
