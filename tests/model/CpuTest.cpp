// SPDX-License-Identifier: GPL-3.0-or-later
// CPU: spreading with the GPU-fallback factor, consolidation, compaction, HTTP/gRPC API, the system core, the total
// and the recommendation (rounded up; an even count in the full profile).
#include "ModelTestSupport.h"

#include <gtest/gtest.h>

#include <cmath>
#include <random>

namespace ecw::test {
namespace {

TEST(Cpu, DefaultItemsFullProfile)
{
    const Estimate e = full();
    EXPECT_EQ(valueOf(e, "cpu.spreading"), 2.0); // 5,000 / 2,500 x (1 + 0 x 0.5)
    EXPECT_DOUBLE_EQ(valueOf(e, "cpu.consolidation"), 1.0 / 150.0); // 100,000 / 300 / 50,000 = 0.00667
    // 1 compaction/h x 1 GiB / (100 MiB/s x 3,600 s) = 10.24 / 3,600 = 0.00284
    EXPECT_DOUBLE_EQ(valueOf(e, "cpu.compaction"), 10.24 / 3600.0);
    EXPECT_EQ(valueOf(e, "cpu.api"), 1.0); // 5,000 x 1.0 / 5,000 + 5,000 x 0 / 8,000
    EXPECT_EQ(valueOf(e, "cpu.system"), 1.0);
    // 2 + 0.00667 + 0.00284 + 1 + 1 = 4.0095
    EXPECT_DOUBLE_EQ(valueOf(e, "cpu.total"), 4.0 + 1.0 / 150.0 + 10.24 / 3600.0);
    EXPECT_NEAR(valueOf(e, "cpu.total"), 4.0095, 0.00005);
}

TEST(Cpu, DefaultItemsReferenceProfile)
{
    const Estimate e = reference();
    EXPECT_EQ(valueOf(e, "cpu.spreading"), 2.0); // 5,000 / 2,500
    EXPECT_DOUBLE_EQ(valueOf(e, "cpu.consolidation"), 1.0 / 150.0);
    EXPECT_EQ(valueOf(e, "cpu.api"), 1.0); // 5,000 / 5,000
    EXPECT_EQ(valueOf(e, "cpu.system"), 1.0); // the script's "+ 1"
    EXPECT_FALSE(e.has("cpu.compaction"));
    EXPECT_DOUBLE_EQ(valueOf(e, "cpu.total"), 4.0 + 1.0 / 150.0); // 4.00667
}

TEST(Cpu, RecommendedRoundsUpOddInReferenceEvenInFull)
{
    // Reference: 4.00667 x 1.5 = 6.01; the script printed "6.00999999999999999999 cores"; the model says 7.
    EXPECT_EQ(valueOf(reference(), "cpu.recommended"), 7.0);
    // Full: 4.0095 x 1.5 = 6.014 -> 7 -> the next even count, 8 (spec: prefer 2, 4, 8, 16 for NUMA symmetry).
    EXPECT_EQ(valueOf(full(), "cpu.recommended"), 8.0);
}

TEST(Cpu, RecommendedIgnoresFloatingPointNoise)
{
    // 50 system cores x headroom 1.1 = 55.00000000000001 in binary floating point; a plain ceil would say 56.
    ASSERT_GT(50 * 1.1, 55.0);
    const Scenario idle = scenarioWith({ { I::Nodes, 0 }, { I::OpsPerSec, 0 } });
    const ModelConstants k = constantsWith({ { C::SystemCores, 50 }, { C::CpuHeadroom, 1.1 } });
    const Estimate e = reference(idle, k);
    EXPECT_EQ(valueOf(e, "cpu.total"), 50.0);
    EXPECT_EQ(valueOf(e, "cpu.recommended"), 55.0);
    // Full: 2 x ceil((50 + 0.00284) x 1.1 / 2) = 2 x ceil(27.5016) = 56.
    EXPECT_EQ(valueOf(full(idle, k), "cpu.recommended"), 56.0);
    // A real fraction still rounds up: 50 x 1.11 = 55.5 -> 56.
    EXPECT_EQ(valueOf(reference(idle, constantsWith({ { C::SystemCores, 50 }, { C::CpuHeadroom, 1.11 } })),
                      "cpu.recommended"),
              56.0);
}

TEST(Cpu, ExactProductsAreNotRoundedUpFurther)
{
    // No nodes, 5,000 ops/s: 2 + 0 + 1 + 1 = 4 x 1.5 = 6 exactly -> 6 cores (reference); full: 2 x ceil(6.0043 / 2)
    // = 8.
    const Scenario s = scenarioWith({ { I::Nodes, 0 } });
    EXPECT_EQ(valueOf(reference(s), "cpu.total"), 4.0);
    EXPECT_EQ(valueOf(reference(s), "cpu.recommended"), 6.0);
    EXPECT_EQ(valueOf(full(s), "cpu.recommended"), 8.0);
    // Idle: reference 1 x 1.5 -> 2; full (1 + 0.00284) x 1.5 / 2 = 0.75 -> 1 -> 2.
    const Scenario idle = scenarioWith({ { I::Nodes, 0 }, { I::OpsPerSec, 0 } });
    EXPECT_EQ(valueOf(reference(idle), "cpu.recommended"), 2.0);
    EXPECT_EQ(valueOf(full(idle), "cpu.recommended"), 2.0);
}

TEST(Cpu, GpuFallbackAddsHalfACorePerFallenBackCore)
{
    // 5,000 / 2,500 x (1 + 0.4 x 0.5) = 2 x 1.2 = 2.4; every spreading falling back: 2 x 1.5 = 3.
    EXPECT_DOUBLE_EQ(valueOf(full(scenarioWith({ { I::GpuFallbackRatio, 0.4 } })), "cpu.spreading"), 2.4);
    EXPECT_EQ(valueOf(full(scenarioWith({ { I::GpuFallbackRatio, 1.0 } })), "cpu.spreading"), 3.0);
    // The script has no GPU fallback: the reference profile ignores the input.
    EXPECT_EQ(valueOf(reference(scenarioWith({ { I::GpuFallbackRatio, 1.0 } })), "cpu.spreading"), 2.0);
}

TEST(Cpu, HttpAndGrpcSplit)
{
    // Half HTTP: 2,500 / 5,000 + 2,500 / 8,000 = 0.5 + 0.3125 = 0.8125; all gRPC: 5,000 / 8,000 = 0.625.
    EXPECT_EQ(valueOf(full(scenarioWith({ { I::HttpFraction, 0.5 } })), "cpu.api"), 0.8125);
    EXPECT_EQ(valueOf(full(scenarioWith({ { I::HttpFraction, 0.0 } })), "cpu.api"), 0.625);
    // The script counts every request as HTTP.
    EXPECT_EQ(valueOf(reference(scenarioWith({ { I::HttpFraction, 0.0 } })), "cpu.api"), 1.0);
}

TEST(Cpu, ConsolidationIntervalBounds)
{
    // 1 s: 100,000 / 1 / 50,000 = 2 cores; a day: 100,000 / 86,400 / 50,000 = 0.0000231 cores.
    EXPECT_EQ(valueOf(reference(scenarioWith({ { I::ConsolidationInterval, 1 } })), "cpu.consolidation"), 2.0);
    EXPECT_DOUBLE_EQ(valueOf(reference(scenarioWith({ { I::ConsolidationInterval, 86400 } })), "cpu.consolidation"),
                     100000.0 / 86400.0 / 50000.0);
    // The script divides by zero at 0 and prints " cores"; the model's safeDivide gives 0 (validation rejects 0).
    const Estimate zero = reference(scenarioWith({ { I::ConsolidationInterval, 0 } }));
    EXPECT_EQ(valueOf(zero, "cpu.consolidation"), 0.0);
    EXPECT_EQ(valueOf(zero, "cpu.recommended"), 6.0); // (2 + 0 + 1 + 1) x 1.5
}

TEST(Cpu, CompactionScalesWithFrequencyAndSegmentSize)
{
    // 4 per hour of 4 GiB segments: 4 x 4,294,967,296 / (104,857,600 x 3,600) = 163.84 / 3,600 = 0.0455 cores.
    EXPECT_DOUBLE_EQ(
        valueOf(full(scenarioWith({ { I::CompactionsPerHour, 4 }, { I::SegmentBytes, 4 * kGiB } })), "cpu.compaction"),
        163.84 / 3600.0);
    EXPECT_EQ(valueOf(full(scenarioWith({ { I::CompactionsPerHour, 0 } })), "cpu.compaction"), 0.0);
}

TEST(Cpu, FullProfileAlwaysRecommendsAnEvenCount)
{
    std::mt19937 random(2024);
    std::uniform_real_distribution<double> ops(0, 2e5);
    std::uniform_real_distribution<double> ratio(0, 1);
    for (int i = 0; i < 500; ++i) {
        const Scenario s = scenarioWith({ { I::OpsPerSec, ops(random) }, { I::ActiveRatio, ratio(random) } });
        const Estimate e = full(s);
        const double cores = valueOf(e, "cpu.recommended");
        EXPECT_EQ(std::fmod(cores, 2.0), 0.0) << cores;
        // Rounded up, give or take the one part in 10^9 that ceilTolerant treats as noise.
        EXPECT_GE(cores, valueOf(e, "cpu.total") * 1.5 * (1 - 1e-9));
        EXPECT_LT(cores, valueOf(e, "cpu.total") * 1.5 + 2.0);
        const Estimate r = reference(s);
        EXPECT_GE(valueOf(r, "cpu.recommended"), valueOf(r, "cpu.total") * 1.5 * (1 - 1e-9));
        EXPECT_LT(valueOf(r, "cpu.recommended"), valueOf(r, "cpu.total") * 1.5 + 1.0);
    }
}

TEST(Cpu, TotalsAddUpTheirItems)
{
    for (const Estimate& e : { full(), reference(), full(scenarioWith({ { I::GpuFallbackRatio, 0.3 } })) })
        EXPECT_EQ(valueOf(e, "cpu.total"), sumOfParts(e, Section::Cpu)) << profileName(e.profile);
}

TEST(Cpu, CeilTolerant)
{
    EXPECT_EQ(ceilTolerant(6.0), 6.0);
    EXPECT_EQ(ceilTolerant(6.000000000000001), 6.0); // noise: below one part in 10^9
    EXPECT_EQ(ceilTolerant(6.0000000001), 6.0); // bc's 20-digit noise too
    EXPECT_EQ(ceilTolerant(6.01), 7.0);
    EXPECT_EQ(ceilTolerant(6.0000001), 7.0); // one part in 10^8 is a real fraction
    EXPECT_EQ(ceilTolerant(0.0), 0.0);
    EXPECT_EQ(ceilTolerant(0.4), 1.0);
    EXPECT_EQ(ceilTolerant(1266.8 * 1.25 / 1024), 2.0); // the script's memory example, in GiB
}

} // namespace
} // namespace ecw::test
