// SPDX-License-Identifier: GPL-3.0-or-later
// Performance models: linear scaling at the recommended cores (clamped, flagged beyond 8 cores), memory latency
// per tier, storage write and read throughput.
#include "ModelTestSupport.h"

#include <gtest/gtest.h>

namespace ecw::test {
namespace {

// No nodes: the recommended cores follow the operations alone.
Estimate withOps(double ops)
{
    return full(scenarioWith({ { I::Nodes, 0 }, { I::OpsPerSec, ops } }));
}

TEST(Performance, LinearScalingEightCoreExample)
{
    // Defaults recommend 8 cores. Spec: "8 cores: 2,500 * 8 * 0.65 = 13,000 ops/sec".
    const Estimate e = full();
    ASSERT_EQ(valueOf(e, "cpu.recommended"), 8.0);
    EXPECT_EQ(valueOf(e, "performance.efficiency"), 0.65); // 1 - (8 - 1) x 0.05, without 0.6499999999999999 noise
    EXPECT_EQ(valueOf(e, "performance.throughput"), 13000.0);
    EXPECT_FALSE(e.find("performance.throughput")->extrapolated); // the model is validated up to 8 cores
    EXPECT_FALSE(hasFinding(e, "info.linear_model_extrapolated"));
}

TEST(Performance, LinearScalingFourCoreExample)
{
    // 2,000 ops/s, no nodes: 0.8 + 0 + 0.00284 + 0.4 + 1 = 2.2028 cores x 1.5 = 3.3 -> 4 (even).
    // Spec: "4 cores: 2,500 * 4 * 0.85 = 8,500 ops/sec".
    const Estimate e = withOps(2000);
    ASSERT_EQ(valueOf(e, "cpu.recommended"), 4.0);
    EXPECT_EQ(valueOf(e, "performance.efficiency"), 0.85);
    EXPECT_EQ(valueOf(e, "performance.throughput"), 8500.0);
}

TEST(Performance, LinearScalingOneAndTwoCores)
{
    // The full profile recommends even counts, so the spec's 1-core row ("2,500 ops/sec * 1.0") is the line
    // through the 2-core point: efficiency(2) = 1 - 1 x 0.05 = 0.95, throughput 2,500 x 2 x 0.95 = 4,750,
    // and efficiency(1) = 0.95 + 0.05 = 1.0.
    const Estimate two = withOps(0);
    ASSERT_EQ(valueOf(two, "cpu.recommended"), 2.0);
    EXPECT_EQ(valueOf(two, "performance.efficiency"), 0.95);
    EXPECT_EQ(valueOf(two, "performance.throughput"), 4750.0);
    EXPECT_EQ(valueOf(two, "performance.efficiency") + 0.05, 1.0);
    // With no system core and no load nothing is recommended: efficiency stays at its 1-core value, 1.0
    // (the unclamped formula would say 1 - (0 - 1) x 0.05 = 105 %), and throughput is 0.
    const Estimate none = full(scenarioWith({ { I::Nodes, 0 }, { I::OpsPerSec, 0 }, { I::CompactionsPerHour, 0 } }),
                               constantsWith({ { C::SystemCores, 0 } }));
    ASSERT_EQ(valueOf(none, "cpu.recommended"), 0.0);
    EXPECT_EQ(valueOf(none, "performance.efficiency"), 1.0);
    EXPECT_EQ(valueOf(none, "performance.throughput"), 0.0);
}

TEST(Performance, BeyondEightCoresIsFlaggedAsExtrapolation)
{
    // 16,000 ops/s: 6.4 + 3.2 + 0.00284 + 1 = 10.6 x 1.5 = 15.9 -> 16 cores; efficiency 1 - 15 x 0.05 = 0.25;
    // 2,500 x 16 x 0.25 = 10,000 ops/s, less than at 8 cores.
    const Estimate e = withOps(16000);
    ASSERT_EQ(valueOf(e, "cpu.recommended"), 16.0);
    EXPECT_EQ(valueOf(e, "performance.efficiency"), 0.25);
    EXPECT_EQ(valueOf(e, "performance.throughput"), 10000.0);
    EXPECT_TRUE(e.find("performance.efficiency")->extrapolated);
    EXPECT_TRUE(e.find("performance.throughput")->extrapolated);
    const Finding* info = findingOf(e, "info.linear_model_extrapolated");
    ASSERT_NE(info, nullptr);
    EXPECT_EQ(info->severity, Severity::Info);
    EXPECT_EQ(info->reason, "cpu.recommended = 16 cores > 8 cores");
    EXPECT_EQ(info->message.find("clamped"), std::string::npos);
}

TEST(Performance, EfficiencyIsClampedAtZero)
{
    // 100,000 ops/s: 40 + 20 + 0.00284 + 1 = 61.0 x 1.5 = 91.5 -> 92 cores; 1 - 91 x 0.05 = -3.55 -> 0.
    const Estimate e = withOps(1e5);
    ASSERT_EQ(valueOf(e, "cpu.recommended"), 92.0);
    EXPECT_EQ(valueOf(e, "performance.efficiency"), 0.0);
    EXPECT_EQ(valueOf(e, "performance.throughput"), 0.0);
    const Finding* info = findingOf(e, "info.linear_model_extrapolated");
    ASSERT_NE(info, nullptr);
    EXPECT_NE(info->message.find("(efficiency clamped at zero)"), std::string::npos);
}

TEST(Performance, MemoryLatencyExample)
{
    // Spec, 10,000 nodes activated: size_factor = 1 + log10(10,000 / 1,000) = 2;
    // hot 0.1 ms x 1 x 2 = 0.2 ms, warm 0.1 x 10 x 2 = 2 ms, cold 0.1 x 100 x 2 = 20 ms.
    const Estimate e = full();
    EXPECT_DOUBLE_EQ(valueOf(e, "performance.size_factor"), 2.0);
    EXPECT_DOUBLE_EQ(valueOf(e, "performance.latency_hot"), 0.0002);
    EXPECT_DOUBLE_EQ(valueOf(e, "performance.latency_warm"), 0.002);
    EXPECT_DOUBLE_EQ(valueOf(e, "performance.latency_cold"), 0.02);
    EXPECT_EQ(formatHuman(valueOf(e, "performance.latency_hot"), Unit::Seconds), "0.20 ms");
    EXPECT_EQ(formatHuman(valueOf(e, "performance.latency_warm"), Unit::Seconds), "2.00 ms");
    EXPECT_EQ(formatHuman(valueOf(e, "performance.latency_cold"), Unit::Seconds), "20.0 ms");
}

TEST(Performance, LatencySizeFactor)
{
    // 1,000,000 activated: 1 + log10(1,000) = 4 -> cold 0.1 ms x 100 x 4 = 40 ms.
    const Estimate large = full(scenarioWith({ { I::ActivatedNodesPerQuery, 1e6 } }));
    EXPECT_DOUBLE_EQ(valueOf(large, "performance.size_factor"), 4.0);
    EXPECT_DOUBLE_EQ(valueOf(large, "performance.latency_cold"), 0.04);
    // 100 activated: 1 + log10(0.1) = 0, which would make latency vanish; the factor is at least 1.
    EXPECT_EQ(valueOf(full(scenarioWith({ { I::ActivatedNodesPerQuery, 100 } })), "performance.size_factor"), 1.0);
    EXPECT_EQ(valueOf(full(scenarioWith({ { I::ActivatedNodesPerQuery, 1 } })), "performance.size_factor"), 1.0);
}

TEST(Performance, StorageWriteThroughputIsTheTightestLimit)
{
    // Defaults: min(3,000 x 4,096, 125 MiB/s, 10,000 x 256 / 0.01) = min(12,288,000, 131,072,000, 256,000,000).
    EXPECT_EQ(valueOf(full(), "performance.write_throughput"), 12288000.0);
    // 100,000 IOPS: the bandwidth limits, 131,072,000.
    EXPECT_EQ(valueOf(full(scenarioWith({ { I::DiskIops, 1e5 } })), "performance.write_throughput"), 131072000.0);
    // ... and with a 10 GiB/s volume the WAL buffer flush limits, 256,000,000.
    EXPECT_EQ(valueOf(full(scenarioWith({ { I::DiskIops, 1e5 }, { I::DiskBandwidth, 10 * kGiB } })),
                      "performance.write_throughput"),
              256000000.0);
}

TEST(Performance, StorageReadThroughputIsTheTightestLimit)
{
    // Defaults: min(3,000 x 3,136, 131,072,000, 0.9 x 10 GiB/s + 0.1 x 131,072,000) = 9,408,000.
    EXPECT_EQ(valueOf(full(), "performance.read_throughput"), 9408000.0);
    // 10^7 IOPS on a 100 GiB/s volume: the cache mix limits, 0.9 x 10,737,418,240 + 0.1 x 107,374,182,400.
    EXPECT_DOUBLE_EQ(valueOf(full(scenarioWith({ { I::DiskIops, 1e7 }, { I::DiskBandwidth, 100 * kGiB } })),
                             "performance.read_throughput"),
                     0.9 * 10737418240.0 + 0.1 * 107374182400.0);
}

TEST(Performance, WalWriteRateAndTheDiskWarning)
{
    // 5,000 x 1.0 x 256 = 1,280,000 bytes/s, well under the 12,288,000 the volume absorbs.
    EXPECT_EQ(valueOf(full(), "performance.wal_write_rate"), 1280000.0);
    EXPECT_FALSE(hasFinding(full(), "warning.disk_write_throughput"));
    // 100,000 ops/s need 25,600,000 bytes/s > 12,288,000.
    const Estimate e = full(scenarioWith({ { I::OpsPerSec, 1e5 } }));
    EXPECT_EQ(valueOf(e, "performance.wal_write_rate"), 25600000.0);
    EXPECT_TRUE(hasFinding(e, "warning.disk_write_throughput"));
}

TEST(Performance, OnlyTheFullProfileHasPerformanceModels)
{
    for (const LineItem& item : reference().items)
        EXPECT_NE(item.section, Section::Performance) << item.id;
}

} // namespace
} // namespace ecw::test
