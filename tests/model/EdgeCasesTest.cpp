// SPDX-License-Identifier: GPL-3.0-or-later
// Edge cases: 0, 10^11 and 10^12 nodes, every ratio at 0 and 1, interval and operations at their bounds, every input
// (and constant) at its minimum and maximum alone and all together, and out-of-range input that must stay finite.
#include "ModelTestSupport.h"

#include "Validation.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <string>

namespace ecw::test {
namespace {

// In range: every figure finite and non-negative, totals are their sums, tiers are the nodes.
void expectSane(const Estimate& e, const std::string& what)
{
    SCOPED_TRACE(what + " (" + std::string(profileName(e.profile)) + ")");
    for (const LineItem& item : e.items) {
        EXPECT_TRUE(std::isfinite(item.value)) << item.id;
        EXPECT_GE(item.value, 0.0) << item.id;
        EXPECT_FALSE(std::signbit(item.value)) << item.id << " is -0";
    }
    for (const auto& [total, section] :
         { std::pair { "memory.total", Section::Memory }, std::pair { "cpu.total", Section::Cpu },
           std::pair { "storage.total", Section::Storage } }) {
        const double sum = sumOfParts(e, section);
        EXPECT_NEAR(valueOf(e, total), sum, 1e-12 * std::max(1.0, sum)) << total;
    }
    EXPECT_EQ(valueOf(e, "tiers.hot_nodes") + valueOf(e, "tiers.warm_nodes") + valueOf(e, "tiers.cold_nodes"),
              std::max(0.0, e.scenario[I::Nodes]));
    for (const Finding& finding : e.findings) {
        EXPECT_EQ(finding.reason.find("nan"), std::string::npos) << finding.reason;
        EXPECT_EQ(finding.reason.find("inf"), std::string::npos) << finding.reason;
    }
}

void expectSaneBoth(const Scenario& s, const std::string& what, const ModelConstants& k = {})
{
    expectSane(reference(s, k), what);
    expectSane(full(s, k), what);
}

TEST(EdgeCases, ZeroNodes)
{
    const Scenario s = scenarioWith({ { I::Nodes, 0 } });
    expectSaneBoth(s, "0 nodes");
    const Estimate r = reference(s);
    for (const char* id : { "tiers.hot_nodes", "tiers.warm_nodes", "tiers.cold_nodes", "edges.total", "edges.hot",
                            "memory.hot_tier", "memory.warm_tier", "memory.cold_index", "cpu.consolidation",
                            "storage.warm_tier", "storage.cold_tier", "storage.snapshots" })
        EXPECT_EQ(valueOf(r, id), 0.0) << id;
    // Memory: 409,600 + 524,288,000 = 524,697,600 -> 1 GiB (the script: "Recommended: 0 GB").
    EXPECT_EQ(valueOf(r, "memory.total"), 524697600.0);
    EXPECT_EQ(valueOf(r, "memory.recommended"), kGiB);
    // CPU: 2 + 0 + 1 + 1 = 4 x 1.5 = 6 (the script: "6.00000000000000000000").
    EXPECT_EQ(valueOf(r, "cpu.recommended"), 6.0);
    // Storage: the WAL alone, 2,322,432,000,000 x 1.5 / 1,073,741,824 = 3,244.4 -> 3,245 GiB.
    EXPECT_EQ(valueOf(r, "storage.total"), 2322432000000.0);
    EXPECT_EQ(valueOf(r, "storage.recommended"), 3245.0 * kGiB);
    // Full: + 2,560,000 of WAL buffer; storage + 2 GiB of temp space; nothing to rebuild or warm up.
    const Estimate f = full(s);
    EXPECT_EQ(valueOf(f, "memory.total"), 524697600.0 + 2560000.0);
    EXPECT_EQ(valueOf(f, "storage.warm_segments"), 0.0);
    EXPECT_EQ(valueOf(f, "storage.total"), 2322432000000.0 + 2.0 * kGiB);
    EXPECT_EQ(valueOf(f, "recovery.index_rebuild"), 0.0);
    EXPECT_EQ(valueOf(f, "backup.full_size"), 0.0);
    EXPECT_EQ(valueOf(f, "backup.full_interval"), 7.0);
}

TEST(EdgeCases, AHundredBillionAndATrillionNodes)
{
    for (double nodes : { 1e11, 1e12 })
        expectSaneBoth(scenarioWith({ { I::Nodes, nodes } }), std::to_string(nodes) + " nodes");
    // 10^12: hot = (10^11 x 3,136 + 5 x 10^12 x 32) x 1.5 = (3.136 x 10^14 + 1.6 x 10^14) x 1.5 = 7.104 x 10^14 bytes;
    // consolidation 10^11 / 300 / 50,000 = 6,666.7 cores.
    const Estimate e = reference(scenarioWith({ { I::Nodes, 1e12 } }));
    EXPECT_DOUBLE_EQ(valueOf(e, "memory.hot_tier"), 7.104e14);
    EXPECT_DOUBLE_EQ(valueOf(e, "cpu.consolidation"), 1e11 / 300.0 / 50000.0);
    EXPECT_TRUE(hasFinding(e, "warning.cpu_cores"));
    EXPECT_TRUE(hasFinding(e, "warning.memory_numa"));
    EXPECT_TRUE(hasFinding(e, "warning.hot_tier_sharding"));
    // The largest graph with the densest edges still gives finite figures: 10^16 edges.
    const Scenario dense = scenarioWith({ { I::Nodes, 1e12 }, { I::EdgesPerNode, 10000 }, { I::ActiveRatio, 1 } });
    expectSaneBoth(dense, "10^12 nodes x 10,000 edges, all hot");
    EXPECT_EQ(valueOf(full(dense), "edges.total"), 1e16);
}

TEST(EdgeCases, EveryRatioAtZeroAndOne)
{
    for (const InputSpec& spec : inputSpecs()) {
        if (spec.unit != Unit::Ratio)
            continue;
        for (double value : { 0.0, 1.0 })
            expectSaneBoth(scenarioWith({ { spec.id, value } }), std::string(spec.key) + " = " + std::to_string(value));
    }
    // What each extreme means.
    const Estimate noWrites = full(scenarioWith({ { I::WriteFraction, 0 } }));
    EXPECT_EQ(valueOf(noWrites, "storage.wal"), 0.0);
    EXPECT_EQ(valueOf(noWrites, "performance.wal_write_rate"), 0.0);
    EXPECT_EQ(valueOf(noWrites, "recovery.wal_replay"), 0.0);
    EXPECT_EQ(valueOf(full(scenarioWith({ { I::HttpFraction, 0 } })), "cpu.api"), 0.625); // 5,000 / 8,000
    EXPECT_EQ(valueOf(full(scenarioWith({ { I::GpuFallbackRatio, 1 } })), "cpu.spreading"), 3.0); // 2 x 1.5
    EXPECT_EQ(valueOf(full(scenarioWith({ { I::DailyGrowthRate, 0 } })), "backup.daily_new_nodes"), 0.0);
    EXPECT_EQ(valueOf(full(scenarioWith({ { I::DailyGrowthRate, 1 } })), "backup.daily_new_nodes"), 1e6);
    // No cache hits: reads are limited by IOPS, 3,000 x 3,136; all hits: still by IOPS.
    EXPECT_EQ(valueOf(full(scenarioWith({ { I::CacheHitRate, 0 } })), "performance.read_throughput"), 9408000.0);
    EXPECT_EQ(valueOf(full(scenarioWith({ { I::CacheHitRate, 1 } })), "performance.read_throughput"), 9408000.0);
}

TEST(EdgeCases, ConsolidationIntervalBounds)
{
    for (double interval : { 1.0, 86400.0 })
        expectSaneBoth(scenarioWith({ { I::ConsolidationInterval, interval } }),
                       "interval " + std::to_string(interval));
    // 1 s: 100,000 / 1 / 50,000 = 2 cores; reference total 2 + 2 + 1 + 1 = 6 x 1.5 = 9 cores.
    EXPECT_EQ(valueOf(reference(scenarioWith({ { I::ConsolidationInterval, 1 } })), "cpu.recommended"), 9.0);
    // A day: 0.0000231 cores; 4.0000231 x 1.5 = 6.0000347 -> 7 (the script printed 6.00003472222222222221).
    EXPECT_EQ(valueOf(reference(scenarioWith({ { I::ConsolidationInterval, 86400 } })), "cpu.recommended"), 7.0);
}

TEST(EdgeCases, OperationsBounds)
{
    for (double ops : { 0.0, 1e8 })
        expectSaneBoth(scenarioWith({ { I::OpsPerSec, ops } }), "ops " + std::to_string(ops));
    const Estimate idle = full(scenarioWith({ { I::OpsPerSec, 0 } }));
    for (const char* id : { "cpu.spreading", "cpu.api", "memory.activation_pool", "storage.wal", "network.client",
                            "network.replication", "recovery.wal_replay" })
        EXPECT_EQ(valueOf(idle, id), 0.0) << id;
    // 10^8 ops/s: 40,000 + 20,000 spreading and API cores; WAL 10^8 x 86,400 x 30 x 256 x 0.7 = 4.644864 x 10^16 bytes.
    const Estimate busy = reference(scenarioWith({ { I::OpsPerSec, 1e8 } }));
    EXPECT_EQ(valueOf(busy, "cpu.spreading"), 40000.0);
    EXPECT_EQ(valueOf(busy, "cpu.api"), 20000.0);
    EXPECT_DOUBLE_EQ(valueOf(busy, "storage.wal"), 4.644864e16);
}

TEST(EdgeCases, EachInputAtItsMinimumAndMaximumAlone)
{
    for (const InputSpec& spec : inputSpecs()) {
        expectSaneBoth(scenarioWith({ { spec.id, spec.minimum } }), std::string(spec.key) + " at minimum");
        expectSaneBoth(scenarioWith({ { spec.id, spec.maximum } }), std::string(spec.key) + " at maximum");
    }
}

TEST(EdgeCases, AllInputsAtTheirBoundsTogether)
{
    Scenario low;
    Scenario high;
    Scenario mixed; // the scale inputs high, the rest low
    for (const InputSpec& spec : inputSpecs()) {
        low.set(spec.id, spec.minimum);
        high.set(spec.id, spec.maximum);
        mixed.set(spec.id, spec.logarithmic ? spec.maximum : spec.minimum);
    }
    EXPECT_TRUE(validate(low).empty());
    EXPECT_TRUE(validate(high).empty());
    expectSaneBoth(low, "every input at its minimum");
    expectSaneBoth(high, "every input at its maximum");
    expectSaneBoth(mixed, "logarithmic inputs at maximum, the rest at minimum");
    // Every input at its minimum: no nodes, no operations; memory is the runtime plus the WAL buffer (both
    // constants), storage the full profile's temp space of 2 x 1 MiB segments, rounded up to 1 GiB.
    const Estimate f = full(low);
    EXPECT_EQ(valueOf(f, "memory.total"), 524288000.0 + 2560000.0);
    EXPECT_EQ(valueOf(f, "storage.total"), 2.0 * kMiB);
    EXPECT_EQ(valueOf(f, "storage.recommended"), kGiB);
}

TEST(EdgeCases, EachConstantAtItsMinimumAndMaximumAlone)
{
    for (const ConstantSpec& spec : constantSpecs()) {
        for (double value : { spec.minimum, spec.maximum }) {
            ModelConstants k;
            k.set(spec.id, value);
            ASSERT_TRUE(validate(k).empty());
            expectSaneBoth(Scenario {}, std::string(spec.key) + " = " + formatMachineNumber(value), k);
        }
    }
}

TEST(EdgeCases, OutOfRangeInputStaysFinite)
{
    // Validation rejects these; the model must still never crash, divide by zero or hand out NaN or infinity.
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const double inf = std::numeric_limits<double>::infinity();
    for (const InputSpec& spec : inputSpecs()) {
        for (double value : { nan, inf, -inf, -1.0, spec.minimum - 1, spec.maximum * 10 }) {
            const Scenario s = scenarioWith({ { spec.id, value } });
            for (Profile profile : { Profile::Reference, Profile::Full }) {
                const Estimate e = estimate(s, {}, profile);
                for (const LineItem& item : e.items)
                    EXPECT_TRUE(std::isfinite(item.value)) << spec.key << " = " << value << ": " << item.id;
                for (const Finding& finding : e.findings)
                    EXPECT_EQ(finding.reason.find("nan"), std::string::npos) << spec.key << ": " << finding.reason;
            }
        }
    }
    // The script's defects, answered: interval 0 divides by nothing, ratio 0.5 leaves no negative cold tier,
    // negative nodes are no nodes.
    EXPECT_EQ(valueOf(reference(scenarioWith({ { I::ConsolidationInterval, 0 } })), "cpu.consolidation"), 0.0);
    EXPECT_EQ(valueOf(reference(scenarioWith({ { I::ActiveRatio, 0.5 } })), "tiers.cold_nodes"), 0.0);
    const Estimate negative = reference(scenarioWith({ { I::Nodes, -1000 } }));
    EXPECT_EQ(valueOf(negative, "tiers.hot_nodes"), 0.0);
    EXPECT_EQ(valueOf(negative, "memory.hot_tier"), 0.0);
    // An active ratio above 1 is read as 1.
    EXPECT_EQ(valueOf(reference(scenarioWith({ { I::ActiveRatio, 1.5 } })), "tiers.hot_nodes"), 1e6);
}

} // namespace
} // namespace ecw::test
