// SPDX-License-Identifier: GPL-3.0-or-later
// Every cell of the spec's CPU and memory matrices and the storage triggers, at and around each band edge,
// and the advisor's gap rules where the spec's rows leave a cell uncovered.
#include "DecisionMatrices.h"

#include <gtest/gtest.h>

namespace ecw {
namespace {

struct CpuCase
{
    double cpu;
    double p99;
    bool fromSpec;
    int number;
    CpuAction action;
};

std::string label(const MatrixRow& row)
{
    return (row.fromSpec ? "row " : "G") + std::to_string(row.number);
}

class CpuMatrixCell : public ::testing::TestWithParam<CpuCase>
{
};

TEST_P(CpuMatrixCell, MatchesExactlyTheExpectedRow)
{
    const CpuCase c = GetParam();
    const CpuRow& row = matchCpu(c.cpu, c.p99);
    EXPECT_EQ(row.row.fromSpec, c.fromSpec) << "cpu " << c.cpu << " p99 " << c.p99 << " matched " << label(row.row);
    EXPECT_EQ(row.row.number, c.number) << "cpu " << c.cpu << " p99 " << c.p99 << " matched " << label(row.row);
    EXPECT_EQ(row.action, c.action);
}

// Bands: <50 | 50 <= u < 70 | 70 <= u <= 85 | > 85; p99 <10 | 10 <= p <= 50 | > 50.
INSTANTIATE_TEST_SUITE_P(
    Boundaries, CpuMatrixCell,
    ::testing::Values(
        // Row 1: <50%, <10ms.
        CpuCase { 0, 0, true, 1, CpuAction::NoAction }, CpuCase { 49.999, 9.999, true, 1, CpuAction::NoAction },
        // G1: <50% with p99 >= 10 ms.
        CpuCase { 49.999, 10, false, 1, CpuAction::InvestigateLatency },
        CpuCase { 10, 500, false, 1, CpuAction::InvestigateLatency },
        // Row 2: 50-70%, <10ms.
        CpuCase { 50, 9.999, true, 2, CpuAction::PlanScaling }, CpuCase { 69.999, 0, true, 2, CpuAction::PlanScaling },
        // G2: 50-70% with p99 >= 10 ms (the second gap).
        CpuCase { 50, 10, false, 2, CpuAction::PlanScaling }, CpuCase { 69.999, 50.001, false, 2, CpuAction::PlanScaling },
        // G3: 70-85% with p99 < 10 ms (the "85% CPU with a p99 under 10 ms").
        CpuCase { 70, 9.999, false, 3, CpuAction::PlanScaling }, CpuCase { 85, 5, false, 3, CpuAction::PlanScaling },
        // Row 3: 70-85%, 10-50ms.
        CpuCase { 70, 10, true, 3, CpuAction::ScaleImmediately }, CpuCase { 85, 50, true, 3, CpuAction::ScaleImmediately },
        // Row 4: 70-85%, >50ms.
        CpuCase { 70, 50.001, true, 4, CpuAction::ScaleUrgently }, CpuCase { 85, 1000, true, 4, CpuAction::ScaleUrgently },
        // Row 5: >85%, any latency.
        CpuCase { 85.001, 0, true, 5, CpuAction::EmergencyScale },
        CpuCase { 85.001, 9.999, true, 5, CpuAction::EmergencyScale },
        CpuCase { 100, 1e6, true, 5, CpuAction::EmergencyScale }));

struct MemoryCase
{
    double pressure;
    double hot;
    double cold;
    bool fromSpec;
    int number;
    MemoryAction action;
};

class MemoryMatrixCell : public ::testing::TestWithParam<MemoryCase>
{
};

TEST_P(MemoryMatrixCell, MatchesExactlyTheExpectedRow)
{
    const MemoryCase c = GetParam();
    const MemoryRow& row = matchMemory(c.pressure, classifyDistribution(c.hot, c.cold));
    EXPECT_EQ(row.row.fromSpec, c.fromSpec) << "pressure " << c.pressure << " matched " << label(row.row);
    EXPECT_EQ(row.row.number, c.number) << "pressure " << c.pressure << " matched " << label(row.row);
    EXPECT_EQ(row.action, c.action);
}

// Bands: <60 | 60 <= m < 75 | 75 <= m <= 85 | > 85. Hot-heavy: hot > 0.5; cold-heavy: cold > 0.5.
INSTANTIATE_TEST_SUITE_P(
    Boundaries, MemoryMatrixCell,
    ::testing::Values(
        MemoryCase { 59.999, 0.5, 0.25, true, 1, MemoryAction::NoAction }, // hot exactly 50%: balanced
        MemoryCase { 59.999, 0.501, 0.2, false, 1, MemoryAction::NoAction },
        MemoryCase { 0, 0.1, 0.501, false, 1, MemoryAction::NoAction },
        MemoryCase { 60, 0.501, 0.2, true, 2, MemoryAction::Optimize },
        MemoryCase { 74.999, 0.9, 0.05, true, 2, MemoryAction::Optimize },
        MemoryCase { 60, 0.5, 0.5, false, 2, MemoryAction::Watch },
        MemoryCase { 74.999, 0.1, 0.8, false, 2, MemoryAction::Watch },
        MemoryCase { 75, 0.3, 0.5, true, 3, MemoryAction::ScaleRam },
        MemoryCase { 85, 0.3, 0.3, true, 3, MemoryAction::ScaleRam },
        MemoryCase { 75, 0.1, 0.501, true, 4, MemoryAction::Migrate },
        MemoryCase { 85, 0.0, 1.0, true, 4, MemoryAction::Migrate },
        MemoryCase { 75, 0.501, 0.1, false, 3, MemoryAction::ScaleRam },
        MemoryCase { 85.001, 0.3, 0.3, true, 5, MemoryAction::Emergency },
        MemoryCase { 100, 0.9, 0.0, true, 5, MemoryAction::Emergency },
        MemoryCase { 85.001, 0.0, 0.9, true, 5, MemoryAction::Emergency }));

TEST(DecisionMatrices, EveryValidObservationMatchesOneRowOnAFineGrid)
{
    for (double cpu = 0; cpu <= 100; cpu += 0.5)
        for (double p99 = 0; p99 <= 120; p99 += 0.5)
            EXPECT_NE(matchCpu(cpu, p99).row.actionTitle, "") << cpu << " " << p99;
    for (double m = 0; m <= 100; m += 0.5)
        for (double hot = 0; hot <= 1; hot += 0.05)
            for (double cold = 0; hot + cold <= 1.0001; cold += 0.05)
                EXPECT_NE(matchMemory(m, classifyDistribution(hot, cold)).row.actionTitle, "");
}

TEST(DecisionMatrices, SpecRowsAreThoseOfTheSpec)
{
    ASSERT_EQ(cpuMatrix().size(), 8u);
    EXPECT_EQ(cpuMatrix()[2].row.implementation, "Add 2x cores (up to 8)");
    EXPECT_EQ(cpuMatrix()[3].row.implementation, "Add 4x cores (up to 16)");
    EXPECT_EQ(memoryMatrix()[2].row.implementation, "Add 50% more RAM");
    EXPECT_EQ(memoryMatrix()[4].row.implementation, "Double RAM + immediate tier rebalancing");
    ASSERT_EQ(storageTriggers().size(), 4u);
    EXPECT_EQ(storageTriggers()[3].row.implementation, "Keep only last 5 + weekly archives");
    for (const CpuRow& row : cpuMatrix())
        EXPECT_EQ(row.row.fromSpec, row.row.rationale.empty()) << "gap rules explain themselves";
}

TEST(StorageTriggers, FireStrictlyAboveTheirThresholds)
{
    const double walTrigger = 10.0 * 1024 * 1024 * 1024;
    ObservedState at;
    at.diskPercent = 70;
    at.iopsPercent = 80;
    at.walBytes = walTrigger;
    at.snapshotCount = 10;
    EXPECT_TRUE(firedStorageTriggers(at, walTrigger).empty());

    ObservedState over = at;
    over.diskPercent = 70.001;
    over.iopsPercent = 80.001;
    over.walBytes = walTrigger + 1;
    over.snapshotCount = 11;
    const auto fired = firedStorageTriggers(over, walTrigger);
    ASSERT_EQ(fired.size(), 4u);
    EXPECT_EQ(fired[0]->trigger, StorageTrigger::DiskUtilization);
    EXPECT_EQ(fired[1]->trigger, StorageTrigger::WalSize);
    EXPECT_EQ(fired[2]->trigger, StorageTrigger::IopsUtilization);
    EXPECT_EQ(fired[3]->trigger, StorageTrigger::SnapshotCount);
}

} // namespace
} // namespace ecw
