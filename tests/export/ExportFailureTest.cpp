// SPDX-License-Identifier: GPL-3.0-or-later
// `engram-capacity export` when it cannot or must not write: bad usage (exit 2, nothing written), unwritable
// targets (exit 1, a message naming the file, any existing file intact, no temporary left behind), a missing
// PDF tool, and the tool found in libexec or run on its own.
//
// Most of these run as root in CI containers, where permission bits stop nothing. The read-only cases are
// therefore made with things that fail for root too: a path under a regular file (ENOTDIR), a file in /proc
// (no file can be created there), and a file-size limit (RLIMIT_FSIZE with SIGXFSZ ignored, so writes fail
// with EFBIG as on a full disk). The read-only-folder case runs only for other users.
#include "ExportTestSupport.h"

#include <algorithm>

#include <dirent.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace ecw;
using namespace ecw::test;

namespace {

std::vector<std::string> folderEntries(const std::string& path)
{
    std::vector<std::string> names;
    if (DIR* dir = ::opendir(path.c_str())) {
        while (const dirent* entry = ::readdir(dir))
            if (std::string(entry->d_name) != "." && std::string(entry->d_name) != "..")
                names.emplace_back(entry->d_name);
        ::closedir(dir);
    }
    std::sort(names.begin(), names.end());
    return names;
}

void expectWriteFailure(const ProcessResult& result, const std::string& path, const std::string& reason)
{
    EXPECT_EQ(result.exitCode, 1) << result.err;
    EXPECT_EQ(result.out, "");
    EXPECT_NE(result.err.find("cannot write " + path + ": " + reason), std::string::npos) << result.err;
}

void expectUsage(const std::vector<std::string>& args, const std::string& message)
{
    std::vector<std::string> full { "export" };
    full.insert(full.end(), args.begin(), args.end());
    const ProcessResult result = cli(full);
    EXPECT_EQ(result.exitCode, 2) << result.err;
    EXPECT_EQ(result.out, "");
    EXPECT_NE(result.err.find("engram-capacity export: " + message), std::string::npos) << result.err;
}

void copyExecutable(const std::string& from, const std::string& to)
{
    writeFile(to, readFile(from));
    ASSERT_EQ(::chmod(to.c_str(), 0755), 0);
}

// Runs the CLI with a file-size limit of 8 KiB and SIGXFSZ ignored (both survive exec into the tool).
ProcessResult cliWithFileSizeLimit(const std::vector<std::string>& args)
{
    std::vector<std::string> argv { ECW_POSIX_SHELL, "-c", "ulimit -f 16; trap '' XFSZ; exec \"$0\" \"$@\"",
                                    ECW_CLI_BINARY };
    argv.insert(argv.end(), args.begin(), args.end());
    return runProcess(argv);
}

} // namespace

TEST(ExportFailure, BadUsageExitsTwoAndWritesNothing)
{
    const TempFolder folder;
    const std::string pdf = folder / "out.pdf";
    expectUsage({}, "nothing to export: give --pdf FILE, --csv FILE or both");
    expectUsage({ "--pdf", pdf, "--page-size", "a3" }, "--page-size must be 'a4' or 'letter' (got 'a3')");
    expectUsage({ "--pdf", pdf, "--scenario", folder / "missing.json" },
                "--scenario: cannot read " + (folder / "missing.json"));
    writeFile(folder / "bad.json", R"({"format":"engram-capacity-scenario","schema_version":1,"inputs":{"nodes":-3}})");
    expectUsage({ "--pdf", pdf, "--scenario", folder / "bad.json" },
                "--scenario " + (folder / "bad.json") + ": inputs.nodes must be a whole number");
    writeFile(folder / "book.json", "{}");
    expectUsage({ "--pdf", pdf, "--price-book", folder / "book.json" },
                "--price-book " + (folder / "book.json") + ": ");
    expectUsage({ "--pdf", pdf, "--csv", pdf }, "--pdf and --csv name the same file");
    expectUsage({ "--pdf", "" }, "--pdf needs a file name");
    expectUsage({ "--pdf", pdf, "extra" }, "unexpected argument 'extra'");
    expectUsage({ "--pdf", pdf, "--today", "tomorrow" }, "--today must be a calendar date as YYYY-MM-DD");
    expectUsage({ "--pfd", pdf }, "unknown option '--pfd' (did you mean --pdf?)");
    EXPECT_TRUE(folderEntries(folder.path()).size() == 2u); // bad.json and book.json only
}

TEST(ExportFailure, MissingFolderDirectoryAndPathUnderAFile)
{
    const TempFolder folder;
    for (const char* option : { "--pdf", "--csv" }) {
        const std::string missing = folder / "no-such-folder/out.x";
        expectWriteFailure(cli({ "export", option, missing, "--today", kToday }), missing, "No such file or directory");
        const std::string directory = folder.path();
        const ProcessResult dir = cli({ "export", option, directory, "--today", kToday });
        EXPECT_EQ(dir.exitCode, 1);
        EXPECT_NE(dir.err.find("cannot write " + directory + ": "), std::string::npos) << dir.err;
        writeFile(folder / "plain-file", "x");
        const std::string under = folder / "plain-file/out.x";
        expectWriteFailure(cli({ "export", option, under, "--today", kToday }), under, "Not a directory");
    }
    EXPECT_EQ(folderEntries(folder.path()), std::vector<std::string> { "plain-file" });
}

TEST(ExportFailure, FullDiskLeavesTheExistingFileIntact)
{
    const TempFolder folder;
    for (const char* option : { "--pdf", "--csv" }) {
        const std::string target = folder / (std::string("existing") + (option[2] == 'p' ? ".pdf" : ".csv"));
        writeFile(target, "the worksheet from last week\n");
        const ProcessResult result = cliWithFileSizeLimit({ "export", option, target, "--today", kToday });
        expectWriteFailure(result, target, "File too large");
        EXPECT_EQ(readFile(target), "the worksheet from last week\n") << option;
    }
    EXPECT_EQ(folderEntries(folder.path()), (std::vector<std::string> { "existing.csv", "existing.pdf" }));
}

TEST(ExportFailure, FileInProcLeftIntact)
{
    // /proc/version exists and nothing can be created beside it, not even by root.
    const std::string before = readFile("/proc/version");
    ASSERT_FALSE(before.empty());
    for (const char* option : { "--pdf", "--csv" }) {
        const ProcessResult result = cli({ "export", option, "/proc/version", "--today", kToday });
        EXPECT_EQ(result.exitCode, 1) << option;
        EXPECT_NE(result.err.find("cannot write /proc/version: "), std::string::npos) << result.err;
    }
    EXPECT_EQ(readFile("/proc/version"), before);
}

TEST(ExportFailure, ReadOnlyFolderLeavesTheExistingFileIntact)
{
    if (::geteuid() == 0)
        GTEST_SKIP() << "running as root: a read-only folder stops nothing (covered above by /proc and the "
                        "file-size limit)";
    const TempFolder folder;
    const std::string target = folder / "kept.pdf";
    writeFile(target, "keep me");
    ASSERT_EQ(::chmod(folder.path().c_str(), 0555), 0);
    const ProcessResult pdf = cli({ "export", "--pdf", target, "--today", kToday });
    expectWriteFailure(pdf, target, "");
    const ProcessResult csv = cli({ "export", "--csv", target, "--today", kToday });
    expectWriteFailure(csv, target, "Permission denied");
    EXPECT_EQ(readFile(target), "keep me");
    ::chmod(folder.path().c_str(), 0755);
}

TEST(ExportFailure, MissingToolAndToolInLibexec)
{
    const TempFolder folder;
    // engram-capacity alone in a folder: the CSV still works, the PDF names what is missing.
    ASSERT_EQ(::mkdir((folder / "bin").c_str(), 0755), 0);
    const std::string lone = folder / "bin/engram-capacity";
    copyExecutable(ECW_CLI_BINARY, lone);
    const std::string pdf = folder / "out.pdf";
    const ProcessResult missing = runProcess({ lone, "export", "--pdf", pdf, "--today", kToday });
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_EQ(missing.out, "");
    EXPECT_NE(missing.err.find("the PDF export tool engram-capacity-export is not installed (looked for "
                               + folder.path() + "/bin/engram-capacity-export and "),
              std::string::npos)
        << missing.err;
    EXPECT_NE(missing.err.find("--csv works without it"), std::string::npos);
    EXPECT_FALSE(exists(pdf));
    const ProcessResult csv = runProcess({ lone, "export", "--csv", folder / "out.csv", "--today", kToday });
    EXPECT_EQ(csv.exitCode, 0) << csv.err;
    EXPECT_TRUE(exists(folder / "out.csv"));

    // The packaged layout: bin/engram-capacity and libexec/engram-capacity-workbench/engram-capacity-export.
    ASSERT_EQ(::mkdir((folder / "libexec").c_str(), 0755), 0);
    ASSERT_EQ(::mkdir((folder / "libexec/engram-capacity-workbench").c_str(), 0755), 0);
    copyExecutable(ECW_EXPORT_TOOL, folder / "libexec/engram-capacity-workbench/engram-capacity-export");
    const ProcessResult found = runProcess({ lone, "export", "--pdf", pdf, "--today", kToday });
    EXPECT_EQ(found.exitCode, 0) << found.err;
    EXPECT_TRUE(exists(pdf));
    EXPECT_EQ(readFile(pdf).substr(0, 5), "%PDF-");
}

TEST(ExportFailure, ToolOnItsOwnChecksItsArgumentsTheSameWay)
{
    const TempFolder folder;
    const ProcessResult none = runProcess({ ECW_EXPORT_TOOL });
    EXPECT_EQ(none.exitCode, 2);
    EXPECT_NE(none.err.find("engram-capacity-export: nothing to export"), std::string::npos) << none.err;
    const ProcessResult unknown = runProcess({ ECW_EXPORT_TOOL, "--pfd", "x.pdf" });
    EXPECT_EQ(unknown.exitCode, 2);
    EXPECT_NE(unknown.err.find("pfd"), std::string::npos) << unknown.err;
    const ProcessResult size = runProcess({ ECW_EXPORT_TOOL, "--pdf", folder / "x.pdf", "--page-size", "b5" });
    EXPECT_EQ(size.exitCode, 2);
    EXPECT_NE(size.err.find("--page-size must be 'a4' or 'letter' (got 'b5')"), std::string::npos);
    const ProcessResult twice = runProcess({ ECW_EXPORT_TOOL, "--pdf", folder / "x.pdf", "--pdf", folder / "y.pdf" });
    EXPECT_EQ(twice.exitCode, 2);
    EXPECT_NE(twice.err.find("--pdf given more than once"), std::string::npos);
    const ProcessResult ok
        = runProcess({ ECW_EXPORT_TOOL, "--pdf", folder / "x.pdf", "--today", kToday }, { { "QT_QPA_PLATFORM", "" } });
    EXPECT_EQ(ok.exitCode, 0) << ok.err;
    EXPECT_EQ(ok.err, "");
    EXPECT_EQ(folderEntries(folder.path()), std::vector<std::string> { "x.pdf" });
}
