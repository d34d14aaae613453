// SPDX-License-Identifier: GPL-3.0-or-later
// The human report: the reference layout against a block worked out by hand, and the full profile's extras.
#include "TextReport.h"
#include "CapacityModel.h"

#include <gtest/gtest.h>

using namespace ecw;

namespace {

// The spec's defaults (1,000,000 nodes, ratio 0.1, 50 edges, 5,000 ops/s, 30 days, 300 s), by hand:
//   hot 100,000; warm 3 x hot = 300,000; cold 600,000.
//   CPU: 5000/2500 = 2; 100000/300/50000 = 0.0067; API 5000/5000 = 1 + system 1 = 2; total 4.0067;
//        x 1.5 = 6.01, rounded up: 7 (the spec's script printed "6.00999999999999999999").
//   Memory (MiB = 1,048,576 bytes): hot (100,000 x 3,136 + 5,000,000 x 32) x 1.5 = 710,400,000 B = 677.5;
//        warm 300,000 x 3,072 x 0.1 = 92,160,000 B = 87.9; cold 600,000 x 10/8 + 600,000/128 x 64 =
//        1,050,000 B = 1.0; activation 5,000 x 0.01 x 8,192 = 409,600 B = 0.4; runtime 500.0;
//        total 1,328,307,600 B = 1266.8; x 1.25 = 1.55 GiB, rounded up: 2 (the script printed 1).
//   Storage (GiB = 2^30 bytes): warm 300,000 x 3,136 x 1.3 = 1,223,040,000 B = 1.1; cold 600,000 x 3,072 x
//        0.4 = 737,280,000 B = 0.7; WAL 5,000 x 86,400 x 30 x 256 x 0.7 = 2,322,432,000,000 B = 2162.9;
//        snapshots (warm + cold) x 5 x 0.3 = 2,940,480,000 B = 2.7; total 2,327,332,800,000 B = 2167.5;
//        x 1.5 = 3251.2, rounded up: 3252.
constexpr std::string_view kDefaultReference = R"(======================================
Engram Capacity Planning Estimate
======================================

Input Parameters:
  Expected Nodes: 1,000,000
  Active Ratio: 0.1 (100,000 hot nodes)
  Edges per Node: 50
  Target Ops/sec: 5,000
  Retention Days: 30

Tier Distribution:
  Hot Tier:  100,000 nodes (in-memory)
  Warm Tier: 300,000 nodes (mmap)
  Cold Tier: 600,000 nodes (compressed)

Resource Requirements:
  CPU Cores: 4.0 cores
    - Spreading: 2.0 cores
    - Consolidation: 0.0 cores
    - API/System: 2.0 cores
    - Recommended: 7 cores (with headroom)

  Memory: 1266.8 MiB
    - Hot Tier: 677.5 MiB
    - Warm Tier: 87.9 MiB
    - Cold Tier: 1.0 MiB
    - Activation Pool: 0.4 MiB
    - Runtime: 500.0 MiB
    - Recommended: 2 GiB (with headroom)

  Storage: 2167.5 GiB
    - Warm Tier: 1.1 GiB
    - Cold Tier: 0.7 GiB (compressed)
    - WAL: 2162.9 GiB
    - Snapshots: 2.7 GiB
    - Recommended: 3252 GiB (with headroom)

Scaling Recommendations:
  ✓ Deploy with these minimum resources for baseline performance
  ✓ Monitor actual utilization and adjust based on workload

Cost Optimization Tips:
  • Reduce hot tier size by tuning eviction threshold
  • Use spot instances for read replicas (future)
  • Archive cold tier to object storage after 30 days
  • Increase consolidation interval to reduce CPU usage
)";

std::size_t countLines(const std::string& text)
{
    std::size_t lines = 0;
    for (char c : text)
        lines += c == '\n';
    return lines;
}

} // namespace

TEST(TextReport, ReferenceDefaultsMatchTheHandWorkedBlock)
{
    EXPECT_EQ(writeTextReport(estimate(Scenario {}, {}, Profile::Reference)), kDefaultReference);
}

TEST(TextReport, ReferenceWarningsInTheScriptsOrder)
{
    Scenario scenario;
    scenario.set(InputId::Nodes, 200000000);
    scenario.set(InputId::OpsPerSec, 50000);
    const std::string text = writeTextReport(estimate(scenario, {}, Profile::Reference));
    const std::string expected = "Scaling Recommendations:\n"
                                 "  ⚠ CPU: Consider horizontal scaling beyond 8 cores\n"
                                 "  ⚠ Memory: Large memory footprint - ensure NUMA-aware allocation\n"
                                 "  ⚠ Hot Tier: Consider sharding hot tier across multiple instances\n"
                                 "  ✓ Deploy with these minimum resources for baseline performance\n";
    EXPECT_NE(text.find(expected), std::string::npos) << text;
    EXPECT_NE(text.find("  Expected Nodes: 200,000,000\n"), std::string::npos);
    EXPECT_NE(text.find("  Target Ops/sec: 50,000\n"), std::string::npos);
    // Reference never prints reasons or full-profile sections.
    EXPECT_EQ(text.find("because"), std::string::npos);
    EXPECT_EQ(text.find("Network"), std::string::npos);
}

TEST(TextReport, ReferenceHasTheScriptsLineCount)
{
    // The spec's script prints 47 lines with no warnings; each warning adds one.
    EXPECT_EQ(countLines(writeTextReport(estimate(Scenario {}, {}, Profile::Reference))), 47u);
}

TEST(TextReport, InputsAreSpelledAsTyped)
{
    Scenario scenario;
    scenario.set(InputId::ActiveRatio, 0.037);
    scenario.set(InputId::EdgesPerNode, 7.5);
    scenario.set(InputId::OpsPerSec, 2500.5);
    scenario.set(InputId::RetentionDays, 3650);
    const std::string text = writeTextReport(estimate(scenario, {}, Profile::Reference));
    EXPECT_NE(text.find("  Active Ratio: 0.037 (37,000 hot nodes)\n"), std::string::npos) << text;
    EXPECT_NE(text.find("  Edges per Node: 7.5\n"), std::string::npos);
    EXPECT_NE(text.find("  Target Ops/sec: 2500.5\n"), std::string::npos);
    EXPECT_NE(text.find("  Retention Days: 3650\n"), std::string::npos);
    EXPECT_NE(text.find("after 3650 days\n"), std::string::npos);
}

TEST(TextReport, FormatInputNumber)
{
    EXPECT_EQ(formatInputNumber(0), "0");
    EXPECT_EQ(formatInputNumber(-0.0), "0");
    EXPECT_EQ(formatInputNumber(10000), "10000");
    EXPECT_EQ(formatInputNumber(1e11), "100000000000");
    EXPECT_EQ(formatInputNumber(0.1), "0.1");
    EXPECT_EQ(formatInputNumber(0.1 + 0.2), "0.30000000000000004");
    EXPECT_EQ(formatInputNumber(0.00001), "1e-05");
    EXPECT_EQ(formatInputNumber(12345678.25), "12345678.25");
}

TEST(TextReport, ZeroNodesIsSane)
{
    Scenario scenario;
    scenario.set(InputId::Nodes, 0);
    const std::string text = writeTextReport(estimate(scenario, {}, Profile::Reference));
    EXPECT_NE(text.find("  Memory: 500.4 MiB\n"), std::string::npos) << text;
    EXPECT_NE(text.find("    - Recommended: 1 GiB (with headroom)\n"), std::string::npos);
    EXPECT_EQ(text.find("nan"), std::string::npos);
    EXPECT_EQ(text.find("-0"), std::string::npos);
}

TEST(TextReport, FullProfileAddsItemsSectionsAndReasons)
{
    const Estimate e = estimate(Scenario {});
    const std::string text = writeTextReport(e);
    for (std::string_view heading :
         { "Input Parameters:", "Tier Distribution:", "Resource Requirements:", "  Network: ", "Performance:",
           "Recovery:", "Backup:", "Scaling Recommendations:", "Cost Optimization Tips:" })
        EXPECT_NE(text.find(heading), std::string::npos) << heading;
    // Every item the full profile computes appears under its own label, except the tiers (the script's
    // own lines) and the totals and recommendations, which head their blocks.
    for (const LineItem& item : e.items) {
        const std::string_view id = item.id;
        if (id.starts_with("tiers.") || id == "cpu.total" || id == "cpu.recommended" || id == "memory.total"
            || id == "memory.recommended" || id == "storage.total" || id == "storage.recommended"
            || id == "network.peak")
            continue;
        EXPECT_NE(text.find(std::string(item.label) + ": "), std::string::npos) << item.id;
    }
    EXPECT_NE(text.find("    - Warm tier page cache: 338.7 MiB\n"), std::string::npos) << text;
    EXPECT_NE(text.find("    - WAL buffer: 2.4 MiB\n"), std::string::npos);
    EXPECT_NE(text.find("    - Temp space (compaction): 2.0 GiB\n"), std::string::npos);
    EXPECT_NE(text.find("    - HTTP and gRPC API: 1.0 cores\n"), std::string::npos);
    EXPECT_NE(text.find("    - Compaction: 0.0 cores\n"), std::string::npos);
    ASSERT_FALSE(e.findings.empty());
    for (const Finding& finding : e.findings) {
        EXPECT_NE(text.find(finding.message + "\n      because " + finding.reason + "\n"), std::string::npos)
            << finding.id;
    }
    EXPECT_NE(text.find("  ⚠ Storage: large WAL"), std::string::npos);
}

TEST(TextReport, FullProfileListsChangedExtraInputs)
{
    Scenario scenario;
    scenario.set(InputId::ReplicationFactor, 2);
    const std::string text = writeTextReport(estimate(scenario));
    EXPECT_NE(text.find("  Replication factor: 2\n"), std::string::npos) << text;
    EXPECT_EQ(text.find("Write fraction"), std::string::npos) << "unchanged extra inputs stay out";
}

TEST(TextReport, ExtrapolatedItemsAreMarked)
{
    Scenario scenario;
    scenario.set(InputId::OpsPerSec, 100000); // far beyond 8 cores
    const std::string text = writeTextReport(estimate(scenario));
    EXPECT_NE(text.find("Scaling efficiency at recommended cores: 0.0 % (extrapolated)"), std::string::npos) << text;
}
