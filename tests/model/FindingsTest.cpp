// SPDX-License-Identifier: GPL-3.0-or-later
// Findings: the calculator script's three warnings (both profiles, in its order) and the full profile's others.
#include "ModelTestSupport.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace ecw::test {
namespace {

std::vector<std::string> findingIds(const Estimate& e)
{
    std::vector<std::string> ids;
    for (const Finding& finding : e.findings)
        ids.emplace_back(finding.id);
    return ids;
}

using Ids = std::vector<std::string>;

TEST(Findings, DefaultsRaiseNoScriptWarning)
{
    // 4.0 cores <= 8, 1,266.8 MiB <= 32 GiB, 100,000 hot nodes <= 10,000,000: the script prints none.
    EXPECT_EQ(findingIds(reference()), Ids {});
    // The full profile adds two: 10 % hot is above the 5 % target, and 2.1 TiB of WAL is above the 10 GB trigger.
    EXPECT_EQ(findingIds(full()), (Ids { "recommendation.hot_ratio", "warning.wal_size" }));
}

TEST(Findings, CpuBeyondEightCores)
{
    // 12,500 ops/s: 5 + 0.00667 + 2.5 + 1 = 8.51 cores > 8 (the script compares the total before headroom).
    const Estimate e = reference(scenarioWith({ { I::OpsPerSec, 12500 } }));
    const Finding* cpu = findingOf(e, "warning.cpu_cores");
    ASSERT_NE(cpu, nullptr);
    EXPECT_EQ(cpu->severity, Severity::Warning);
    EXPECT_EQ(cpu->message, "CPU: Consider horizontal scaling beyond 8 cores");
    EXPECT_EQ(cpu->reason, "cpu.total = 8.51 cores > 8 cores");
    EXPECT_TRUE(hasFinding(full(scenarioWith({ { I::OpsPerSec, 12500 } })), "warning.cpu_cores"));
    // 10,000 ops/s: 4 + 0.00667 + 2 + 1 = 7.01, no warning.
    EXPECT_FALSE(hasFinding(reference(scenarioWith({ { I::OpsPerSec, 10000 } })), "warning.cpu_cores"));
}

TEST(Findings, CpuThresholdIsStrict)
{
    // No nodes, 10,000 ops/s: 4 + 0 + 2 + 1 = 7 cores exactly.
    const Scenario s = scenarioWith({ { I::Nodes, 0 }, { I::OpsPerSec, 10000 } });
    EXPECT_FALSE(hasFinding(reference(s, constantsWith({ { C::CpuWarningCores, 7 } })), "warning.cpu_cores"));
    EXPECT_TRUE(hasFinding(reference(s, constantsWith({ { C::CpuWarningCores, 6.99 } })), "warning.cpu_cores"));
}

TEST(Findings, MemoryAboveThirtyTwoGiB)
{
    // 10^8 nodes: hot (10^7 x 3,136 + 5 x 10^8 x 32) x 1.5 = 71,040,000,000 + warm 9,216,000,000 + cold 105,000,000
    // + 409,600 + 524,288,000 = 80,885,697,600 bytes = 75.3 GiB > 32 GiB (the script's "32768 MB").
    const Estimate e = reference(scenarioWith({ { I::Nodes, 1e8 } }));
    EXPECT_DOUBLE_EQ(valueOf(e, "memory.total"), 80885697600.0);
    const Finding* memory = findingOf(e, "warning.memory_numa");
    ASSERT_NE(memory, nullptr);
    EXPECT_EQ(memory->message, "Memory: Large memory footprint - ensure NUMA-aware allocation");
    EXPECT_EQ(memory->reason, "memory.total = 75.3 GiB > 32.0 GiB");
    // 10^7 nodes: 8,560,797,600 bytes = 8.0 GiB, no warning.
    EXPECT_FALSE(hasFinding(reference(scenarioWith({ { I::Nodes, 1e7 } })), "warning.memory_numa"));
}

TEST(Findings, MemoryThresholdIsStrict)
{
    // The default reference total is 1,328,307,600 bytes.
    EXPECT_FALSE(
        hasFinding(reference({}, constantsWith({ { C::MemoryWarningBytes, 1328307600 } })), "warning.memory_numa"));
    EXPECT_TRUE(
        hasFinding(reference({}, constantsWith({ { C::MemoryWarningBytes, 1328307599 } })), "warning.memory_numa"));
}

TEST(Findings, HotTierAboveTenMillionNodes)
{
    // 10^8 x 0.1 = 10,000,000 hot nodes is not above the threshold; 10^8 x 0.10000001 = 10,000,001 is.
    EXPECT_FALSE(hasFinding(reference(scenarioWith({ { I::Nodes, 1e8 } })), "warning.hot_tier_sharding"));
    const Estimate e = reference(scenarioWith({ { I::Nodes, 1e8 }, { I::ActiveRatio, 0.10000001 } }));
    EXPECT_EQ(valueOf(e, "tiers.hot_nodes"), 10000001.0);
    const Finding* hot = findingOf(e, "warning.hot_tier_sharding");
    ASSERT_NE(hot, nullptr);
    EXPECT_EQ(hot->message, "Hot Tier: Consider sharding hot tier across multiple instances");
    EXPECT_EQ(hot->reason, "tiers.hot_nodes = 10,000,001 nodes > 10,000,000 nodes");
}

TEST(Findings, ScriptWarningsComeFirstInTheScriptsOrder)
{
    // 10^9 nodes at 100,000 ops/s trips everything the script knows about, and the full profile's own findings follow.
    const Scenario s = scenarioWith({ { I::Nodes, 1e9 }, { I::OpsPerSec, 1e5 } });
    EXPECT_EQ(findingIds(reference(s)),
              (Ids { "warning.cpu_cores", "warning.memory_numa", "warning.hot_tier_sharding" }));
    EXPECT_EQ(findingIds(full(s)),
              (Ids { "warning.cpu_cores", "warning.memory_numa", "warning.hot_tier_sharding",
                     "warning.max_useful_cores", "info.linear_model_extrapolated", "recommendation.hot_ratio",
                     "warning.wal_size", "warning.disk_write_throughput" }));
}

TEST(Findings, MaxUsefulCores)
{
    // 100,000 ops/s, no nodes: 92 recommended cores > 32 (lock contention dominates).
    const Estimate e = full(scenarioWith({ { I::Nodes, 0 }, { I::OpsPerSec, 1e5 } }));
    const Finding* cores = findingOf(e, "warning.max_useful_cores");
    ASSERT_NE(cores, nullptr);
    EXPECT_EQ(cores->reason, "cpu.recommended = 92 cores > 32 cores");
    // 40,000 ops/s: 16 + 8 + 0.00284 + 1 = 25.0 x 1.5 = 37.5 -> 38 cores: still above 32.
    EXPECT_TRUE(
        hasFinding(full(scenarioWith({ { I::Nodes, 0 }, { I::OpsPerSec, 40000 } })), "warning.max_useful_cores"));
    // 30,000 ops/s: 12 + 6 + 0.00284 + 1 = 19.0 x 1.5 = 28.5 -> 30 cores: fine.
    EXPECT_FALSE(
        hasFinding(full(scenarioWith({ { I::Nodes, 0 }, { I::OpsPerSec, 30000 } })), "warning.max_useful_cores"));
}

TEST(Findings, HotRatioTarget)
{
    const Estimate e = full();
    const Finding* ratio = findingOf(e, "recommendation.hot_ratio");
    ASSERT_NE(ratio, nullptr);
    EXPECT_EQ(ratio->severity, Severity::Recommendation);
    EXPECT_EQ(ratio->reason, "input.active-ratio = 10.0 % > 5.0 %");
    // 5 % itself is on target.
    EXPECT_FALSE(hasFinding(full(scenarioWith({ { I::ActiveRatio, 0.05 } })), "recommendation.hot_ratio"));
}

TEST(Findings, WarmClamped)
{
    EXPECT_TRUE(hasFinding(full(scenarioWith({ { I::ActiveRatio, 1 } })), "warning.warm_clamped"));
    EXPECT_FALSE(hasFinding(full(scenarioWith({ { I::ActiveRatio, 0.25 } })), "warning.warm_clamped"));
    // With no nodes nothing is clamped.
    EXPECT_FALSE(hasFinding(full(scenarioWith({ { I::Nodes, 0 }, { I::ActiveRatio, 1 } })), "warning.warm_clamped"));
}

TEST(Findings, WalSizeTrigger)
{
    const Estimate e = full();
    const Finding* wal = findingOf(e, "warning.wal_size");
    ASSERT_NE(wal, nullptr);
    EXPECT_EQ(wal->reason, "storage.wal = 2.1 TiB > 10.0 GiB");
    // 100 ops/s for a day: 100 x 86,400 x 256 x 0.7 = 1,548,288,000 bytes (1.4 GiB), under the trigger.
    EXPECT_FALSE(
        hasFinding(full(scenarioWith({ { I::OpsPerSec, 100 }, { I::RetentionDays, 1 } })), "warning.wal_size"));
}

TEST(Findings, SnapshotCountTrigger)
{
    // Spec: "Snapshot count > 10: prune snapshots".
    EXPECT_FALSE(hasFinding(full({}, constantsWith({ { C::SnapshotCount, 10 } })), "warning.snapshot_count"));
    const Estimate e = full({}, constantsWith({ { C::SnapshotCount, 11 } }));
    const Finding* snapshots = findingOf(e, "warning.snapshot_count");
    ASSERT_NE(snapshots, nullptr);
    EXPECT_EQ(snapshots->reason, "NUM_SNAPSHOTS = 11 > 10");
}

TEST(Findings, ReferenceProfileRaisesOnlyTheScriptsWarnings)
{
    const Scenario s = scenarioWith({ { I::Nodes, 1e9 }, { I::ActiveRatio, 0.5 }, { I::OpsPerSec, 1e5 } });
    for (const Finding& finding : reference(s).findings) {
        const std::string_view id = finding.id;
        EXPECT_TRUE(id == "warning.cpu_cores" || id == "warning.memory_numa" || id == "warning.hot_tier_sharding")
            << id;
    }
}

TEST(Findings, EveryFindingSaysWhyWithNumbers)
{
    const Scenario s = scenarioWith({ { I::Nodes, 1e9 }, { I::ActiveRatio, 0.5 }, { I::OpsPerSec, 1e5 } });
    const Estimate e = full(s, constantsWith({ { C::SnapshotCount, 12 } }));
    EXPECT_EQ(e.findings.size(), 10u);
    for (const Finding& finding : e.findings) {
        EXPECT_FALSE(finding.message.empty()) << finding.id;
        EXPECT_NE(finding.reason.find(" > "), std::string::npos) << finding.id << ": " << finding.reason;
        EXPECT_NE(finding.reason.find_first_of("0123456789"), std::string::npos) << finding.id;
    }
}

} // namespace
} // namespace ecw::test
