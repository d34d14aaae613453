// SPDX-License-Identifier: GPL-3.0-or-later
// The advisor turns matrix actions into targets and instances: 2x up to 8, 4x up to 16, the maximum useful
// cores, +50% and 2x RAM, 2x the volume; and prices the change on every cloud of the built-in book.
#include "BuiltinPriceBook.h"
#include "CapacityModel.h"
#include "ScalingAdvisor.h"
#include "Units.h"

#include <gtest/gtest.h>

#include <cmath>

namespace ecw {
namespace {

const PriceBook& book()
{
    return **builtinPriceBook();
}

ObservedState state(double cpu, double p99, double memory)
{
    ObservedState s = exampleObservedState();
    s.cpuPercent = cpu;
    s.p99LatencyMs = p99;
    s.memoryPressurePercent = memory;
    return s;
}

TEST(CpuTargets, FollowTheImplementationColumn)
{
    const CpuRow& row3 = cpuMatrix()[2];
    const CpuRow& row4 = cpuMatrix()[3];
    // Row 3, "Add 2x cores (up to 8)": 2 -> 4, 4 -> 8, 6 -> 8 (capped), 8 stays 8, 12 stays 12 (never down).
    EXPECT_EQ(cpuTargetCores(row3.action, row3, 2, 32), 4);
    EXPECT_EQ(cpuTargetCores(row3.action, row3, 4, 32), 8);
    EXPECT_EQ(cpuTargetCores(row3.action, row3, 6, 32), 8);
    EXPECT_EQ(cpuTargetCores(row3.action, row3, 8, 32), 8);
    EXPECT_EQ(cpuTargetCores(row3.action, row3, 12, 32), 12);
    // Row 4, "Add 4x cores (up to 16)": 2 -> 8, 4 -> 16, 5 -> 16.
    EXPECT_EQ(cpuTargetCores(row4.action, row4, 2, 32), 8);
    EXPECT_EQ(cpuTargetCores(row4.action, row4, 4, 32), 16);
    EXPECT_EQ(cpuTargetCores(row4.action, row4, 5, 32), 16);
    // Row 5: the maximum useful cores (MAX_USEFUL_CORES = 32).
    const CpuRow& row5 = cpuMatrix()[4];
    EXPECT_EQ(cpuTargetCores(row5.action, row5, 4, 32), 32);
    // Row 2 schedules a window but changes no cores; gap rule G3 plans row 3's change.
    EXPECT_EQ(cpuTargetCores(cpuMatrix()[1].action, cpuMatrix()[1], 4, 32), 4);
    EXPECT_EQ(cpuTargetCores(cpuMatrix()[7].action, cpuMatrix()[7], 4, 32), 8);
}

TEST(MemoryTargets, FollowTheImplementationColumn)
{
    EXPECT_EQ(memoryTargetBytes(MemoryAction::ScaleRam, 16 * kGiB), 24 * kGiB);
    EXPECT_EQ(memoryTargetBytes(MemoryAction::Emergency, 16 * kGiB), 32 * kGiB);
    EXPECT_EQ(memoryTargetBytes(MemoryAction::Optimize, 16 * kGiB), 16 * kGiB);
    EXPECT_EQ(memoryTargetBytes(MemoryAction::Migrate, 16 * kGiB), 16 * kGiB);
}

TEST(ScalingAdvisor, ScaleImmediatelyBuysTwiceTheCoresOnEveryCloud)
{
    const Estimate base = estimate(Scenario());
    ObservedState observed = state(78, 22, 50);
    observed.cores = 4;
    observed.memoryBytes = 16 * kGiB;
    const ScalingAdvice advice = advise(observed, base, &book());
    EXPECT_EQ(advice.cpu.row->action, CpuAction::ScaleImmediately);
    EXPECT_EQ(advice.cpu.targetCores, 8);
    EXPECT_EQ(advice.memory.targetBytes, 16 * kGiB);
    EXPECT_EQ(std::string(advice.urgency), "now");
    EXPECT_NE(advice.cpu.why.find("row 3"), std::string::npos) << advice.cpu.why;
    for (const CloudTarget& target : advice.clouds) {
        ASSERT_TRUE(target.available) << cloudKey(target.cloud);
        EXPECT_GE(target.target.capacityCores(), 8);
        EXPECT_GE(target.target.capacityMemoryBytes(), 16 * kGiB);
        EXPECT_GE(target.current.capacityCores(), 4);
        EXPECT_DOUBLE_EQ(target.monthlyDifference, target.target.monthlyTotal - target.current.monthlyTotal);
        EXPECT_GT(target.monthlyDifference, 0) << "more cores cost more on " << cloudKey(target.cloud);
    }
}

TEST(ScalingAdvisor, ScaleRamAddsHalfAndEmergencyDoubles)
{
    const Estimate base = estimate(Scenario());
    ObservedState observed = state(30, 5, 80);
    observed.memoryBytes = 32 * kGiB;
    observed.cores = 4;
    ScalingAdvice advice = advise(observed, base, &book());
    EXPECT_EQ(advice.memory.row->action, MemoryAction::ScaleRam);
    EXPECT_EQ(advice.memory.targetBytes, 48 * kGiB);
    for (const CloudTarget& target : advice.clouds)
        EXPECT_GE(target.target.capacityMemoryBytes(), 48 * kGiB);

    observed.memoryPressurePercent = 90;
    advice = advise(observed, base, &book());
    EXPECT_EQ(advice.memory.row->action, MemoryAction::Emergency);
    EXPECT_EQ(advice.memory.targetBytes, 64 * kGiB);
    EXPECT_EQ(std::string(advice.urgency), "emergency");
}

TEST(ScalingAdvisor, CurrentSizeDefaultsToTheRecommendation)
{
    const Estimate base = estimate(Scenario());
    const ScalingAdvice advice = advise(exampleObservedState(), base, &book());
    EXPECT_EQ(advice.cpu.currentCores, std::max(1.0, std::ceil(base.value("cpu.recommended"))));
    EXPECT_EQ(advice.memory.currentBytes, base.value("memory.recommended"));
    EXPECT_EQ(advice.currentDiskBytes, base.value("storage.recommended"));
    EXPECT_EQ(std::string(advice.urgency), "none");
    for (const CloudTarget& target : advice.clouds)
        EXPECT_EQ(target.monthlyDifference, 0) << "no change, no cost";
}

TEST(ScalingAdvisor, StorageTriggersSetTheirTargets)
{
    const Estimate base = estimate(Scenario());
    ObservedState observed = exampleObservedState();
    observed.diskPercent = 75;
    observed.diskBytes = 500 * kGiB;
    observed.snapshotCount = 14;
    observed.walBytes = 12 * kGiB;
    const ScalingAdvice advice = advise(observed, base, &book());
    ASSERT_EQ(advice.storage.size(), 3u);
    EXPECT_EQ(advice.targetDiskBytes, 1000 * kGiB);
    EXPECT_EQ(advice.storage[0].row->trigger, StorageTrigger::DiskUtilization);
    EXPECT_EQ(advice.storage[1].row->trigger, StorageTrigger::WalSize);
    EXPECT_EQ(advice.storage[2].row->trigger, StorageTrigger::SnapshotCount);
    EXPECT_NE(advice.storage[2].target.find("14 -> 5"), std::string::npos) << advice.storage[2].target;
}

TEST(ScalingAdvisor, RowCapReachedSaysScaleOut)
{
    const Estimate base = estimate(Scenario());
    ObservedState observed = state(80, 30, 50);
    observed.cores = 8;
    const ScalingAdvice advice = advise(observed, base, &book());
    EXPECT_EQ(advice.cpu.targetCores, 8);
    EXPECT_NE(advice.cpu.target.find("scale out"), std::string::npos) << advice.cpu.target;
}

TEST(ScalingAdvisor, WithoutAPriceBookNamesNoInstances)
{
    const Estimate base = estimate(Scenario());
    const ScalingAdvice advice = advise(state(80, 30, 50), base, nullptr);
    for (const CloudTarget& target : advice.clouds)
        EXPECT_FALSE(target.available);
}

TEST(ObservedStateValidation, NamesTheFieldAndRange)
{
    ObservedState s = exampleObservedState();
    s.cpuPercent = 104;
    auto problems = validateObservedState(s);
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_EQ(problems[0], "cpu_percent must be between 0 and 100 (got 104)");

    s = exampleObservedState();
    s.memoryPressurePercent = -1;
    problems = validateObservedState(s);
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_EQ(problems[0], "memory_pressure_percent must be between 0 and 100 (got -1)");

    s = exampleObservedState();
    s.p99LatencyMs = std::nan("");
    problems = validateObservedState(s);
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_EQ(problems[0], "p99_latency_ms must be a finite number (got nan)");

    s = exampleObservedState();
    s.hotFraction = 0.9;
    problems = validateObservedState(s);
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_NE(problems[0].find("must sum to 1"), std::string::npos);

    s = exampleObservedState();
    s.snapshotCount = 2.5;
    problems = validateObservedState(s);
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_NE(problems[0].find("whole number"), std::string::npos);

    s = exampleObservedState();
    s.cores = 0;
    problems = validateObservedState(s);
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_NE(problems[0].find("cores must be more than 0"), std::string::npos);
    EXPECT_TRUE(validateObservedState(exampleObservedState()).empty());
}

} // namespace
} // namespace ecw
