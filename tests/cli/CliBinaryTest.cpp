// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the built engram-capacity binary: help, version, every output format, positional arguments, scenario
// files, and every bad-input path with its exit code, its message and an empty stdout.
#include "../formats/CommaDecimalLocale.h"
#include "CapacityModel.h"
#include "EstimateCsv.h"
#include "ProcessRunner.h"
#include "ScenarioJson.h"
#include "TextReport.h"
#include "Validation.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <fstream>
#include <sstream>

using namespace ecw;
using test::ProcessResult;

// glibc's setlocale keeps the LOCPATH folder list it parses (string/argz-addsep.c) and never frees it; under
// LeakSanitizer (the asan preset) that would fail these tests for a leak that is not ours. Defined once per
// test executable; without a sanitizer nothing calls it.
extern "C" const char* __lsan_default_suppressions() { return "leak:__argz_add_sep\n"; }

namespace {

ProcessResult cli(std::vector<std::string> args, const std::vector<std::pair<std::string, std::string>>& env = {},
                  const std::string& stdoutPath = {})
{
    args.insert(args.begin(), ECW_CLI_BINARY);
    return test::runProcess(args, env, stdoutPath);
}

std::string temporaryPath(const std::string& name)
{
    return ::testing::TempDir() + "ecw-cli-" + std::to_string(::getpid()) + "-" + name;
}

void writeFile(const std::string& path, const std::string& text)
{
    std::ofstream(path, std::ios::binary) << text;
}

std::string readFile(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

// A usage error: exit 2, nothing on stdout, the message on stderr.
void expectUsageError(const std::vector<std::string>& args, const std::string& message)
{
    const ProcessResult result = cli(args);
    std::string joined;
    for (const std::string& arg : args)
        joined += " " + arg;
    EXPECT_EQ(result.exitCode, 2) << joined;
    EXPECT_EQ(result.out, "") << joined;
    EXPECT_NE(result.err.find(message), std::string::npos) << joined << "\nstderr: " << result.err;
}

} // namespace

TEST(CliBinary, VersionAndGlobalHelp)
{
    const ProcessResult version = cli({ "--version" });
    EXPECT_EQ(version.exitCode, 0);
    EXPECT_EQ(version.out, "engram-capacity " ECW_EXPECTED_VERSION "\n");
    EXPECT_EQ(version.err, "");

    const ProcessResult help = cli({ "--help" });
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_NE(help.out.find("Usage: engram-capacity COMMAND"), std::string::npos);
    EXPECT_NE(help.out.find("  estimate "), std::string::npos);
    EXPECT_NE(help.out.find("  constants "), std::string::npos);
    EXPECT_EQ(cli({ "-h" }).out, help.out);
    EXPECT_EQ(cli({ "help" }).out, help.out);
}

TEST(CliBinary, EstimateHelpListsEveryInputWithUnitDefaultAndRange)
{
    const ProcessResult help = cli({ "estimate", "--help" });
    ASSERT_EQ(help.exitCode, 0);
    EXPECT_EQ(help.err, "");
    // The help wraps long lines; compare with runs of spaces and line breaks folded to one space.
    std::string folded;
    for (char c : help.out) {
        const bool space = c == ' ' || c == '\n';
        if (!(space && !folded.empty() && folded.back() == ' '))
            folded.push_back(space ? ' ' : c);
    }
    for (const InputSpec& spec : inputSpecs()) {
        EXPECT_NE(folded.find("--" + std::string(spec.key) + " N"), std::string::npos) << spec.key;
        EXPECT_NE(folded.find("Unit: " + std::string(unitName(spec.unit))
                              + ". Default: " + formatMachineNumber(spec.defaultValue)),
                  std::string::npos)
            << spec.key;
        EXPECT_NE(folded.find("Range: " + describeRange(spec.minimum, spec.maximum, spec.unit, spec.wholeNumber) + "."),
                  std::string::npos)
            << spec.key;
    }
    for (const char* option :
         { "--set KEY=VALUE", "--scenario FILE", "--profile NAME", "--format NAME", "--output FILE" })
        EXPECT_NE(help.out.find(option), std::string::npos) << option;
    EXPECT_EQ(cli({ "help", "estimate" }).out, help.out);
    EXPECT_EQ(cli({ "estimate", "-h" }).out, help.out);
}

TEST(CliBinary, ConstantsListsEveryConstant)
{
    const ProcessResult result = cli({ "constants" });
    ASSERT_EQ(result.exitCode, 0);
    for (const ConstantSpec& spec : constantSpecs())
        EXPECT_NE(result.out.find("  " + std::string(spec.key)), std::string::npos) << spec.key;
    expectUsageError({ "constants", "extra" }, "engram-capacity constants: takes no arguments (got 'extra')");
}

TEST(CliBinary, TextOutputIsTheFullReportByDefault)
{
    const ProcessResult result = cli({ "estimate" });
    EXPECT_EQ(result.exitCode, 0);
    EXPECT_EQ(result.err, "");
    EXPECT_EQ(result.out, writeTextReport(estimate(Scenario {})));
}

TEST(CliBinary, ReferenceProfileText)
{
    const ProcessResult result = cli({ "estimate", "--profile", "reference", "--format", "text" });
    EXPECT_EQ(result.exitCode, 0);
    EXPECT_EQ(result.out, writeTextReport(estimate(Scenario {}, {}, Profile::Reference)));
    EXPECT_NE(result.out.find("    - Recommended: 7 cores (with headroom)\n"), std::string::npos);
}

TEST(CliBinary, CsvOutput)
{
    const ProcessResult result = cli({ "estimate", "--format", "csv", "--nodes", "2500000" });
    EXPECT_EQ(result.exitCode, 0);
    Scenario scenario;
    scenario.set(InputId::Nodes, 2500000);
    EXPECT_EQ(result.out, writeEstimateCsv(estimate(scenario)));
    EXPECT_EQ(result.out.rfind("id,label,value,unit,formula\r\n", 0), 0u);
}

TEST(CliBinary, JsonOutputHasEveryItem)
{
    const ProcessResult result = cli({ "estimate", "--format=json", "--active-ratio", "0.2", "--set",
                                       "hash_table_overhead=2", "--profile", "full" });
    ASSERT_EQ(result.exitCode, 0) << result.err;
    const nlohmann::json json = nlohmann::json::parse(result.out);
    Scenario scenario;
    scenario.set(InputId::ActiveRatio, 0.2);
    ModelConstants constants;
    constants.set(ConstantId::HashTableOverhead, 2);
    const Estimate expected = estimate(scenario, constants);
    EXPECT_EQ(json["tool"], "engram-capacity");
    EXPECT_EQ(json["version"], ECW_EXPECTED_VERSION);
    EXPECT_EQ(json["profile"], "full");
    EXPECT_EQ(json["inputs"]["active-ratio"], 0.2);
    ASSERT_EQ(json["items"].size(), expected.items.size());
    for (std::size_t i = 0; i < expected.items.size(); ++i) {
        EXPECT_EQ(json["items"][i]["id"], std::string(expected.items[i].id));
        EXPECT_EQ(json["items"][i]["value"].get<double>(), expected.items[i].value) << expected.items[i].id;
    }
    bool changed = false;
    for (const auto& constant : json["constants"])
        if (constant["key"] == "hash_table_overhead")
            changed = constant["changed"].get<bool>() && constant["value"] == 2;
    EXPECT_TRUE(changed);
}

TEST(CliBinary, PositionalArgumentsAreTheScriptsSix)
{
    const ProcessResult positional
        = cli({ "estimate", "--format", "csv", "2000000", "0.05", "20", "8000", "14", "600" });
    const ProcessResult named
        = cli({ "estimate", "--format", "csv", "--nodes", "2000000", "--active-ratio", "0.05", "--edges-per-node", "20",
                "--ops-per-sec", "8000", "--retention-days", "14", "--consolidation-interval", "600" });
    ASSERT_EQ(positional.exitCode, 0) << positional.err;
    EXPECT_EQ(positional.out, named.out);
    Scenario scenario;
    scenario.set(InputId::Nodes, 2000000);
    scenario.set(InputId::ActiveRatio, 0.05);
    scenario.set(InputId::EdgesPerNode, 20);
    scenario.set(InputId::OpsPerSec, 8000);
    scenario.set(InputId::RetentionDays, 14);
    scenario.set(InputId::ConsolidationInterval, 600);
    EXPECT_EQ(positional.out, writeEstimateCsv(estimate(scenario)));
}

TEST(CliBinary, MissingTrailingPositionalsTakeDefaults)
{
    const ProcessResult partial = cli({ "estimate", "--format", "csv", "3000000", "0.2" });
    ASSERT_EQ(partial.exitCode, 0) << partial.err;
    Scenario scenario;
    scenario.set(InputId::Nodes, 3000000);
    scenario.set(InputId::ActiveRatio, 0.2);
    EXPECT_EQ(partial.out, writeEstimateCsv(estimate(scenario)));
    // Positionals mix with options for the other inputs.
    const ProcessResult mixed = cli({ "estimate", "--format", "csv", "3000000", "--ops-per-sec", "100", "0.2" });
    scenario.set(InputId::OpsPerSec, 100);
    EXPECT_EQ(mixed.out, writeEstimateCsv(estimate(scenario)));
}

TEST(CliBinary, BadUsageExitsTwoWithNothingOnStdout)
{
    expectUsageError({}, "engram-capacity: missing command (one of: estimate, forecast, cost, advise, calibrate, generate, docs, export, constants)");
    expectUsageError({ "estimat" }, "engram-capacity: unknown command 'estimat'");
    expectUsageError({ "--frobnicate" }, "engram-capacity: unknown option '--frobnicate'");
    expectUsageError({ "help", "nothing" }, "unknown command 'nothing'");
    expectUsageError({ "estimate", "--nodse", "5" },
                     "engram-capacity estimate: unknown option '--nodse' (did you mean --nodes?)");
    expectUsageError({ "estimate", "-n", "5" }, "unknown option '-n'");
    expectUsageError({ "estimate", "--nodes" }, "--nodes needs a value (N)");
    expectUsageError({ "estimate", "--nodes", "--format", "csv" }, "--nodes needs a value (N)");
    expectUsageError({ "estimate", "--nodes", "1", "--nodes", "2" }, "--nodes given more than once");
    expectUsageError({ "estimate", "--format", "csv", "--format", "json" }, "--format given more than once");
    expectUsageError({ "estimate", "--help=1" }, "--help takes no value");
    expectUsageError({ "estimate", "--format", "xml" }, "--format must be 'text', 'json' or 'csv' (got 'xml')");
    expectUsageError({ "estimate", "--profile", "quick" }, "--profile must be 'reference' or 'full' (got 'quick')");
    expectUsageError({ "estimate", "--output=" }, "--output needs a file name");
    expectUsageError({ "estimate", "1", "2", "3", "4", "5", "6", "7" },
                     "too many arguments: at most 6 positional inputs");
    expectUsageError({ "estimate", "5", "--nodes", "5" }, "nodes given twice: as argument 1 and as --nodes");
    // Every usage error says where to get help.
    EXPECT_NE(cli({ "estimate", "--nodes" }).err.find("Run 'engram-capacity estimate --help' for usage."),
              std::string::npos);
}

TEST(CliBinary, BadNumbersNameTheInputAndRange)
{
    const std::string nodesRange = "a whole number from 0 to 1,000,000,000,000 nodes";
    expectUsageError({ "estimate", "--nodes", "1.5" }, "--nodes must be " + nodesRange + " (got 1.5)");
    expectUsageError({ "estimate", "--nodes", "-1" }, "--nodes must be " + nodesRange + " (got -1)");
    expectUsageError({ "estimate", "--nodes", "1e13" }, "--nodes must be " + nodesRange + " (got 10000000000000)");
    expectUsageError({ "estimate", "--nodes", "abc" },
                     "--nodes must be " + nodesRange + " (got 'abc', which is not a number)");
    expectUsageError({ "estimate", "--nodes", "nan" }, "(got 'nan', which is not a number)");
    expectUsageError({ "estimate", "--nodes", "NaN" }, "(got 'NaN', which is not a number)");
    expectUsageError({ "estimate", "--nodes", "inf" }, "(got 'inf', which is not a number)");
    expectUsageError({ "estimate", "--nodes", "1,000" }, "(got '1,000', which is not a number)");
    expectUsageError({ "estimate", "--nodes", "0x10" }, "(got '0x10', which is not a number)");
    expectUsageError({ "estimate", "--nodes", "" }, "(got '', which is not a number)");
    expectUsageError({ "estimate", "--active-ratio", "1.5" }, "--active-ratio must be a number from 0 to 1 (got 1.5)");
    expectUsageError({ "estimate", "--edges-per-node", "10001" },
                     "--edges-per-node must be a number from 0 to 10,000 edges (got 10001)");
    expectUsageError({ "estimate", "--ops-per-sec", "1e9" },
                     "--ops-per-sec must be a number from 0 to 100,000,000 ops/s (got 1000000000)");
    expectUsageError({ "estimate", "--retention-days", "0" },
                     "--retention-days must be a number from 1 to 3,650 days (got 0)");
    expectUsageError({ "estimate", "--consolidation-interval", "0" },
                     "--consolidation-interval must be a number from 1 to 86,400 s (got 0)");
    expectUsageError({ "estimate", "1.5" }, "nodes (argument 1) must be " + nodesRange + " (got 1.5)");
    expectUsageError({ "estimate", "1000", "2" }, "active-ratio (argument 2) must be a number from 0 to 1 (got 2)");
    expectUsageError(
        { "estimate", "1000", "0.1", "50", "5000", "30", "x" },
        "consolidation-interval (argument 6) must be a number from 1 to 86,400 s (got 'x', which is not a number)");
}

TEST(CliBinary, EveryInputRejectsValuesOutsideItsRange)
{
    for (const InputSpec& spec : inputSpecs()) {
        const std::string range = describeRange(spec.minimum, spec.maximum, spec.unit, spec.wholeNumber);
        const double above = spec.maximum * 2 + 1;
        expectUsageError({ "estimate", "--" + std::string(spec.key), formatMachineNumber(above) },
                         "--" + std::string(spec.key) + " must be " + range + " (got " + formatMachineNumber(above)
                             + ")");
        const double below = spec.minimum - 1;
        expectUsageError({ "estimate", "--" + std::string(spec.key), formatMachineNumber(below) },
                         "--" + std::string(spec.key) + " must be " + range);
        if (spec.wholeNumber)
            expectUsageError({ "estimate", "--" + std::string(spec.key), formatMachineNumber(spec.minimum + 1.5) },
                             "--" + std::string(spec.key) + " must be " + range);
    }
}

TEST(CliBinary, SetConstants)
{
    expectUsageError({ "estimate", "--set", "hash_table_overhead" },
                     "--set needs KEY=VALUE (got 'hash_table_overhead')");
    expectUsageError({ "estimate", "--set", "=2" }, "--set needs KEY=VALUE (got '=2')");
    expectUsageError({ "estimate", "--set", "warp_factor=9" },
                     "--set: unknown constant 'warp_factor' ('engram-capacity constants' lists them)");
    expectUsageError({ "estimate", "--set", "hash_table_overhead=0.5" },
                     "--set hash_table_overhead must be a number from 1 to 10 (got 0.5)");
    expectUsageError({ "estimate", "--set", "hash_table_overhead=lots" },
                     "--set hash_table_overhead must be a number from 1 to 10 (got 'lots', which is not a number)");
    expectUsageError({ "estimate", "--set", "hash_table_overhead=2", "--set", "HASH_TABLE_OVERHEAD=3" },
                     "--set hash_table_overhead given more than once");

    const ProcessResult bySymbol = cli({ "estimate", "--format", "csv", "--set", "HASH_TABLE_OVERHEAD=2" });
    const ProcessResult byKey = cli({ "estimate", "--format", "csv", "--set", "hash_table_overhead=2" });
    ASSERT_EQ(byKey.exitCode, 0) << byKey.err;
    EXPECT_EQ(bySymbol.out, byKey.out);
    EXPECT_NE(byKey.out.find("\r\nmemory.hot_tier,Hot tier,947200000,bytes,"), std::string::npos);
}

TEST(CliBinary, ScenarioFileWithOverrides)
{
    ScenarioDocument document;
    document.profile = Profile::Reference;
    document.scenario.set(InputId::Nodes, 5000000);
    document.scenario.set(InputId::OpsPerSec, 1000);
    document.constants.set(ConstantId::HashTableOverhead, 2);
    const std::string path = temporaryPath("scenario.json");
    writeFile(path, writeScenarioJson(document));

    const ProcessResult fromFile = cli({ "estimate", "--scenario", path, "--format", "csv" });
    ASSERT_EQ(fromFile.exitCode, 0) << fromFile.err;
    EXPECT_EQ(fromFile.out, writeEstimateCsv(estimate(document.scenario, document.constants, Profile::Reference)));

    // Options and positionals override the file; --profile overrides its profile.
    const ProcessResult overridden = cli(
        { "estimate", "--scenario", path, "--format", "csv", "7000000", "--ops-per-sec", "2000", "--profile", "full" });
    ASSERT_EQ(overridden.exitCode, 0) << overridden.err;
    document.scenario.set(InputId::Nodes, 7000000);
    document.scenario.set(InputId::OpsPerSec, 2000);
    EXPECT_EQ(overridden.out, writeEstimateCsv(estimate(document.scenario, document.constants, Profile::Full)));
    ::unlink(path.c_str());
}

TEST(CliBinary, BadScenarioFilesExitTwo)
{
    const std::string missing = temporaryPath("absent.json");
    expectUsageError({ "estimate", "--scenario", missing },
                     "--scenario: cannot read " + missing + ": No such file or directory");
    const std::string newer = temporaryPath("newer.json");
    writeFile(newer, R"({"format":"engram-capacity-scenario","schema_version":2})");
    expectUsageError({ "estimate", "--scenario", newer },
                     "--scenario " + newer + ": written by a newer version (schema 2); this version reads schema 1");
    const std::string invalid = temporaryPath("invalid.json");
    writeFile(invalid, R"({"format":"engram-capacity-scenario","schema_version":1,"inputs":{"nodes":-3}})");
    expectUsageError({ "estimate", "--scenario", invalid },
                     "inputs.nodes must be a whole number from 0 to 1,000,000,000,000 nodes (got -3)");
    ::unlink(newer.c_str());
    ::unlink(invalid.c_str());
    expectUsageError({ "estimate", "--scenario", ::testing::TempDir() }, "Is a directory");
}

TEST(CliBinary, OutputFileIsWrittenAtomically)
{
    const std::string path = temporaryPath("out.csv");
    const ProcessResult result = cli({ "estimate", "--format", "csv", "--output", path });
    EXPECT_EQ(result.exitCode, 0) << result.err;
    EXPECT_EQ(result.out, "");
    EXPECT_EQ(readFile(path), writeEstimateCsv(estimate(Scenario {})));
    ::unlink(path.c_str());

    const std::string nowhere = temporaryPath("no-such-folder") + "/out.csv";
    const ProcessResult failed = cli({ "estimate", "--output", nowhere });
    EXPECT_EQ(failed.exitCode, 1);
    EXPECT_EQ(failed.out, "");
    EXPECT_EQ(failed.err, "engram-capacity estimate: cannot write " + nowhere + ": No such file or directory\n");
}

TEST(CliBinary, FullStdoutIsAFailure)
{
    const ProcessResult result = cli({ "estimate" }, {}, "/dev/full");
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_EQ(result.err, "engram-capacity estimate: cannot write to standard output\n");
}

TEST(CliBinary, OutputDoesNotDependOnTheLocale)
{
    const std::string locale = test::commaDecimalLocale();
    if (locale.empty())
        GTEST_SKIP() << "no locale with a decimal comma available";
    const char* locpath = std::getenv("LOCPATH");
    const std::vector<std::pair<std::string, std::string>> german { { "LC_ALL", locale },
                                                                    { "LOCPATH", locpath ? locpath : "" } };
    for (const char* format : { "text", "json", "csv" }) {
        const std::vector<std::string> args { "estimate", "--format",         format, "--active-ratio",
                                              "0.125",    "--edges-per-node", "7.5" };
        const ProcessResult c = cli(args, { { "LC_ALL", "C" } });
        const ProcessResult de = cli(args, german);
        ASSERT_EQ(c.exitCode, 0) << c.err;
        EXPECT_EQ(de.exitCode, 0);
        EXPECT_EQ(de.out, c.out) << format;
        EXPECT_EQ(de.err, "");
    }
}
