// SPDX-License-Identifier: GPL-3.0-or-later
// scripts/estimate_capacity.sh under a POSIX shell (dash) prints exactly what
// `engram-capacity estimate --profile reference` prints, over a grid of inputs with the edge cases; and it
// rejects bad input the way the CLI does.
#include "../formats/CommaDecimalLocale.h"
#include "ProcessRunner.h"

#include <gtest/gtest.h>

#include <array>
#include <string>
#include <vector>

using ecw::test::ProcessResult;

namespace {

using Args = std::vector<std::string>;

const std::string kScript = std::string(ECW_SOURCE_DIR) + "/scripts/estimate_capacity.sh";

ProcessResult runScript(const Args& args, const std::vector<std::pair<std::string, std::string>>& env = {})
{
    Args argv { ECW_POSIX_SHELL, kScript };
    argv.insert(argv.end(), args.begin(), args.end());
    return ecw::test::runProcess(argv, env);
}

ProcessResult runCli(const Args& args)
{
    Args argv { ECW_CLI_BINARY, "estimate", "--profile", "reference", "--format", "text" };
    argv.insert(argv.end(), args.begin(), args.end());
    return ecw::test::runProcess(argv);
}

std::string describe(const Args& args)
{
    std::string text;
    for (const std::string& arg : args)
        text += " " + arg;
    return text.empty() ? " (no arguments)" : text;
}

void expectSameReport(const Args& args)
{
    const ProcessResult script = runScript(args);
    const ProcessResult cli = runCli(args);
    ASSERT_EQ(cli.exitCode, 0) << describe(args) << "\n" << cli.err;
    EXPECT_EQ(script.exitCode, 0) << describe(args) << "\n" << script.err;
    EXPECT_EQ(script.err, "") << describe(args);
    EXPECT_EQ(script.out, cli.out) << "inputs:" << describe(args);
}

// Values per input: the ranges' ends, the spec's defaults, the warm-tier clamp around a ratio of 0.25,
// fractions, and values whose "%.1f" sits on a rounding tie.
const std::array<const char*, 7> kNodes { "0", "1", "999", "1000000", "123456789", "10000000000", "100000000000" };
const std::array<const char*, 8> kRatios { "0", "0.1", "0.25", "0.3", "1", "0.037", "0.00001", "0.5" };
const std::array<const char*, 5> kEdges { "0", "50", "10000", "7.5", "0.1" };
const std::array<const char*, 6> kOps { "0", "5000", "100000000", "2500.5", "625", "0.001" };
const std::array<const char*, 4> kRetention { "1", "30", "3650", "1.5" };
const std::array<const char*, 4> kInterval { "1", "300", "86400", "0.5e1" };

} // namespace

TEST(ScriptEquivalence, Defaults)
{
    expectSameReport({});
    expectSameReport({ "1000000", "0.1", "50", "5000", "30", "300" });
}

TEST(ScriptEquivalence, EveryNodeCountAndRatio)
{
    // Every (nodes, ratio) pair, with the other four inputs cycling through their values so each value
    // of each input meets many others (a covering grid: 56 x 3 scenarios instead of 27,000).
    std::size_t k = 0;
    for (const char* nodes : kNodes) {
        for (const char* ratio : kRatios) {
            for (int round = 0; round < 3; ++round, ++k) {
                expectSameReport({ nodes, ratio, kEdges[k % kEdges.size()], kOps[(k / 2) % kOps.size()],
                                   kRetention[(k / 3) % kRetention.size()], kInterval[(k / 5) % kInterval.size()] });
            }
        }
    }
}

TEST(ScriptEquivalence, EdgeCases)
{
    const std::vector<Args> cases {
        { "0", "0", "0", "0", "1", "1" },
        { "100000000000", "1", "10000", "100000000", "3650", "1" },
        { "100000000000", "0.25", "10000", "100000000", "3650", "86400" },
        { "1000000000000", "1", "10000", "100000000", "3650", "1" }, // the input range's top
        { "1000000", "0.25" }, // warm = 3 x hot exactly fills the rest
        { "1000000", "0.3" }, // the spec's script made cold negative here
        { "1000000", "1" },
        { "3", "0.5" }, // hot rounds 1.5 up to 2
        { "5", "0.1" }, // hot rounds 0.5 up to 1
        { "1000000", "0.1", "50", "625" }, // spreading 0.25 cores: "%.1f" tie
        { "1000000", "0.1", "50", "1875" }, // spreading 0.75 cores
        { "1000000", "0.1", "50", "4999.999" },
        { "1e6", "1e-1", "5e1", "5e3", "3e1", "3e2" }, // exponent notation reads the same
        { "+1000000", ".5", "50.", "5000.0" },
        { "-0" }, // negative zero is zero
        { "  1000  ", "\t0.2" }, // surrounding blanks are ignored
        { "100000000", "0.2", "200", "40000", "7", "60" }, // every warning fires
        { "1073741824", "0.0625", "16", "1048576", "64", "1024" },
    };
    for (const Args& args : cases)
        expectSameReport(args);
}

TEST(ScriptEquivalence, ScriptIgnoresTheCallersLocale)
{
    const std::string locale = ecw::test::commaDecimalLocale();
    if (locale.empty())
        GTEST_SKIP() << "no locale with a decimal comma available";
    const char* locpath = std::getenv("LOCPATH");
    const Args args { "123456789", "0.037", "7.5", "2500.5", "1.5", "7" };
    const ProcessResult german = runScript(args, { { "LC_ALL", locale }, { "LOCPATH", locpath ? locpath : "" } });
    EXPECT_EQ(german.exitCode, 0) << german.err;
    EXPECT_EQ(german.out, runCli(args).out);
}

TEST(ScriptEquivalence, BadInputExitsTwoWithTheCliMessage)
{
    const std::vector<Args> cases {
        { "1.5" },
        { "abc" },
        { "-5" },
        { "1e13" },
        { "" },
        { "nan" },
        { "inf" },
        { "1,000" },
        { "0x10" },
        { "1000", "1.2" },
        { "1000", "-0.1" },
        { "1000", "0.1", "10001" },
        { "1000", "0.1", "50", "100000001" },
        { "1000", "0.1", "50", "5000", "0" },
        { "1000", "0.1", "50", "5000", "3651" },
        { "1000", "0.1", "50", "5000", "30", "0" },
        { "1000", "0.1", "50", "5000", "30", "86401" },
        { "1000", "0.1", "50", "5000", "30", "1e999" },
    };
    for (const Args& args : cases) {
        const ProcessResult script = runScript(args);
        const ProcessResult cli = runCli(args);
        EXPECT_EQ(script.exitCode, 2) << describe(args);
        EXPECT_EQ(cli.exitCode, 2) << describe(args);
        EXPECT_EQ(script.out, "") << describe(args);
        // Same wording up to the echoed value ("got 1e13" is typed; the CLI writes the number it read).
        const std::string cliPrefix = "engram-capacity estimate: ";
        ASSERT_EQ(cli.err.rfind(cliPrefix, 0), 0u) << cli.err;
        const std::string cliMessage = cli.err.substr(cliPrefix.size(), cli.err.find(" (got") - cliPrefix.size());
        const std::string scriptPrefix = "estimate_capacity.sh: ";
        ASSERT_EQ(script.err.rfind(scriptPrefix, 0), 0u) << describe(args) << ": " << script.err;
        EXPECT_EQ(script.err.substr(scriptPrefix.size(), cliMessage.size()), cliMessage) << describe(args);
        EXPECT_NE(script.err.find(" (got "), std::string::npos) << script.err;
    }
}

TEST(ScriptEquivalence, ScriptUsage)
{
    const ProcessResult help = runScript({ "--help" });
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_NE(help.out.find("Usage: estimate_capacity.sh [NODES"), std::string::npos);
    const ProcessResult tooMany = runScript({ "1", "0.1", "50", "5000", "30", "300", "7" });
    EXPECT_EQ(tooMany.exitCode, 2);
    EXPECT_EQ(tooMany.out, "");
    EXPECT_NE(tooMany.err.find("too many arguments: at most 6 positional inputs, got 7"), std::string::npos);
}
