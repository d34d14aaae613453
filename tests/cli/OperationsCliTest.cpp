// SPDX-License-Identifier: GPL-3.0-or-later
// engram-capacity advise and generate, run as a user would: the matched row and target, JSON in base units,
// files written into --output-dir, and bad observations refused with exit 2 and nothing on stdout.
#include "CliTestSupport.h"

#include <nlohmann/json.hpp>

#include <filesystem>

namespace ecw::test {
namespace {

TEST(AdviseCommand, NamesTheRowTheTargetAndTheInstances)
{
    const ProcessResult result
        = runCli({ "advise", "--cpu-percent", "78", "--p99-latency-ms", "22", "--current-cores", "4" });
    ASSERT_EQ(result.exitCode, 0) << result.err;
    EXPECT_NE(result.out.find("CPU: Scale immediately (row 3)"), std::string::npos) << result.out;
    EXPECT_NE(result.out.find("4 cores -> 8 cores"), std::string::npos) << result.out;
    EXPECT_NE(result.out.find("AWS"), std::string::npos);
    EXPECT_NE(result.out.find("Azure"), std::string::npos);
}

TEST(AdviseCommand, GapRuleIsExplainedInJson)
{
    const ProcessResult result = runCli({ "advise", "--cpu-percent", "85", "--p99-latency-ms", "5", "--current-cores",
                                          "4", "--format", "json" });
    ASSERT_EQ(result.exitCode, 0) << result.err;
    const auto json = nlohmann::json::parse(result.out);
    EXPECT_EQ(json["cpu"]["matrix"]["source"], "gap-rule");
    EXPECT_EQ(json["cpu"]["matrix"]["row"], "G3");
    EXPECT_EQ(json["cpu"]["target_cores"], 8);
    EXPECT_TRUE(json["cpu"]["scheduled"].get<bool>());
    EXPECT_FALSE(json["cpu"]["matrix"]["rationale"].get<std::string>().empty());
    EXPECT_GT(json["clouds"]["aws"]["monthly_difference_usd"].get<double>(), 0);
}

TEST(AdviseCommand, ReadsAnObservedStateFile)
{
    const std::string path = tempPath("observed.json");
    writeText(path, R"({"memory_pressure_percent": 90, "memory_bytes": 17179869184, "snapshot_count": 12})");
    const ProcessResult result = runCli({ "advise", "--observed", path, "--format", "csv" });
    ASSERT_EQ(result.exitCode, 0) << result.err;
    EXPECT_NE(result.out.find("memory,spec,5,Emergency"), std::string::npos) << result.out;
    EXPECT_NE(result.out.find(",17179869184,34359738368"), std::string::npos) << "2x 16 GiB";
    EXPECT_NE(result.out.find("storage.snapshots,spec,4,Prune snapshots"), std::string::npos) << result.out;
}

TEST(AdviseCommand, BadObservationsExitTwo)
{
    expectUsage({ "advise", "--cpu-percent", "104" }, "--cpu-percent must be between 0 and 100 (got 104)");
    expectUsage({ "advise", "--iops-percent", "-1" }, "--iops-percent must be between 0 and 100 (got -1)");
    expectUsage({ "advise", "--p99-latency-ms", "nan" }, "--p99-latency-ms must be a finite number");
    expectUsage({ "advise", "--hot-fraction", "0.9" }, "must sum to 1");
    expectUsage({ "advise", "--current-cores", "0" }, "--current-cores must be a number more than 0");
    const std::string path = tempPath("bad-observed.json");
    writeText(path, R"({"cpu_percent": 50, "latency": 3})");
    expectUsage({ "advise", "--observed", path }, "unknown key 'latency'");
    writeText(path, "cpu=50");
    expectUsage({ "advise", "--observed", path }, "not valid JSON");
    expectUsage({ "advise", "--observed", tempPath("missing.json") }, "--observed");
}

TEST(GenerateCommand, OneKindToStdout)
{
    const ProcessResult result = runCli({ "generate", "hpa", "--nodes", "1e9" });
    ASSERT_EQ(result.exitCode, 0) << result.err;
    EXPECT_NE(result.out.find("kind: HorizontalPodAutoscaler"), std::string::npos);
    EXPECT_NE(result.out.find("minReplicas: 10"), std::string::npos) << result.out;
    EXPECT_NE(result.out.find("# Scenario: Default scenario"), std::string::npos);
}

TEST(GenerateCommand, AllIntoADirectory)
{
    const std::string dir = tempPath("artifacts");
    std::filesystem::remove_all(dir);
    const ProcessResult result = runCli({ "generate", "all", "--output-dir", dir });
    ASSERT_EQ(result.exitCode, 0) << result.err;
    for (const char* name : { "engram-deployment-guaranteed.yaml", "engram-deployment-burstable.yaml",
                              "kubectl-set-resources.sh", "engram-hpa.yaml", "docker-run.sh", "numactl.sh",
                              "engram-asg.json", "engram-alerts.rules.yaml", "engram-alerts.test.yaml" })
        EXPECT_TRUE(std::filesystem::exists(dir + "/" + name)) << name;
    const auto asg = nlohmann::json::parse(readText(dir + "/engram-asg.json"));
    EXPECT_EQ(asg["MixedInstancesPolicy"]["LaunchTemplate"]["Overrides"].size(), 3u);
}

TEST(GenerateCommand, BadUsageExitsTwo)
{
    expectUsage({ "generate" }, "needs a KIND first");
    expectUsage({ "generate", "helm" }, "unknown KIND 'helm'");
    expectUsage({ "generate", "all" }, "needs --output-dir");
    expectUsage({ "generate", "hpa", "--output-dir", "x" }, "--output-dir is for 'generate all'");
    expectUsage({ "generate", "hpa", "--nodes", "-5" }, "--nodes");
}


TEST(DocsCommand, WritesTheFourDocumentsAndTheObservedState)
{
    const std::string dir = tempPath("docs-out");
    const ProcessResult result = runCli({ "docs", "--output-dir", dir });
    ASSERT_EQ(result.exitCode, 0) << result.err;
    for (const char* file : { "/operations/scaling.md", "/operations/capacity-planning.md", "/howto/scale-vertically.md",
                              "/howto/scale-vertically-observed.json", "/reference/resource-requirements.md" }) {
        EXPECT_NE(result.out.find(dir + file), std::string::npos) << result.out;
        EXPECT_FALSE(readText(dir + file).empty()) << file;
    }
    // A second run writes the same bytes.
    const std::string first = readText(dir + "/operations/capacity-planning.md");
    ASSERT_EQ(runCli({ "docs", "--output-dir", dir }).exitCode, 0);
    EXPECT_EQ(readText(dir + "/operations/capacity-planning.md"), first);
}

TEST(DocsCommand, BadUsageExitsTwoAndWritesNothing)
{
    expectUsage({ "docs" }, "needs --output-dir DIR");
    expectUsage({ "docs", "--output-dir", "" }, "--output-dir must not be empty");
    expectUsage({ "docs", "--output-dir", tempPath("docs-x"), "extra" }, "takes no positional arguments (got 'extra')");
    expectUsage({ "docs", "--nodes", "5" }, "--nodes");
}

TEST(DocsCommand, UnwritableDirectoryExitsOne)
{
    const std::string file = tempPath("docs-not-a-dir");
    writeText(file, "x");
    const ProcessResult result = runCli({ "docs", "--output-dir", file + "/sub" });
    EXPECT_EQ(result.exitCode, 1) << result.out;
    EXPECT_NE(result.err.find("engram-capacity docs:"), std::string::npos) << result.err;
}

} // namespace
} // namespace ecw::test
