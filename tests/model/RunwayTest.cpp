// SPDX-License-Identifier: GPL-3.0-or-later
// Days until the spec's triggers (memory 80%, CPU 70%, storage 70%), worked out by hand.
#include "Runway.h"
#include "Forecaster.h"
#include "Units.h"

#include <gtest/gtest.h>

namespace ecw {
namespace {

const FixedClock kClock(makeDate(2026, 11, 29));

// A straight-line series: memory 1 GiB + slope GiB/day, CPU 2 + slope/2 cores/day, storage 100 GiB + 10*slope
// GiB/day, with slopes 0.05 (low), 0.1 (expected) and 0.2 (high).
ForecastSeries straightLines(int horizon)
{
    ForecastSeries series;
    series.resize(horizon);
    const double slopes[] = { 0.05, 0.1, 0.2 };
    for (GrowthBand band : kGrowthBands) {
        const double slope = slopes[bandIndex(band)];
        for (int day = 0; day <= horizon; ++day) {
            ForecastFigures f {};
            f[figureIndex(ForecastFigure::MemoryTotal)] = (1.0 + slope * day) * kGiB;
            f[figureIndex(ForecastFigure::CpuTotal)] = 2.0 + slope / 2.0 * day;
            f[figureIndex(ForecastFigure::StorageTotal)] = (100.0 + 10.0 * slope * day) * kGiB;
            series.setDay(band, day, f);
        }
    }
    return series;
}

TEST(Runway, StraightLinesReachTheTriggersOnHandComputedDays)
{
    const ForecastSeries series = straightLines(365);
    const RunwayCapacity capacity { 16 * kGiB, 8, 200 * kGiB };
    const Runway runway = computeRunway(series, capacity, {}, kClock);
    // Memory: 0.8 * 16 GiB = 12.8 GiB; 1 + 0.1 d >= 12.8 -> d >= 118. Low: 1 + 0.05 d -> 236. High: 59.
    EXPECT_EQ(runway.hit(RunwayResource::Memory, GrowthBand::Expected).day, 118);
    EXPECT_EQ(runway.hit(RunwayResource::Memory, GrowthBand::Low).day, 236);
    EXPECT_EQ(runway.hit(RunwayResource::Memory, GrowthBand::High).day, 59);
    EXPECT_DOUBLE_EQ(runway.hit(RunwayResource::Memory, GrowthBand::Low).threshold, 12.8 * kGiB);
    // CPU: 0.7 * 8 = 5.6 cores; 2 + 0.05 d >= 5.6 -> d >= 72. Low 2 + 0.025 d -> 144. High 2 + 0.1 d -> 36.
    EXPECT_EQ(runway.hit(RunwayResource::Cpu, GrowthBand::Expected).day, 72);
    EXPECT_EQ(runway.hit(RunwayResource::Cpu, GrowthBand::Low).day, 144);
    EXPECT_EQ(runway.hit(RunwayResource::Cpu, GrowthBand::High).day, 36);
    // Storage: 0.7 * 200 GiB = 140 GiB; 100 + d >= 140 -> d >= 40 (expected); low 80; high 20.
    EXPECT_EQ(runway.hit(RunwayResource::Storage, GrowthBand::Expected).day, 40);
    EXPECT_EQ(runway.hit(RunwayResource::Storage, GrowthBand::Low).day, 80);
    EXPECT_EQ(runway.hit(RunwayResource::Storage, GrowthBand::High).day, 20);
    // 2026-11-29 + 40 days = 2027-01-08; + 118 days = 2027-03-27.
    EXPECT_EQ(runway.hit(RunwayResource::Storage, GrowthBand::Expected).date, makeDate(2027, 1, 8));
    EXPECT_EQ(runway.hit(RunwayResource::Memory, GrowthBand::Expected).date, makeDate(2027, 3, 27));
    EXPECT_EQ(runway.firstDay(GrowthBand::Expected), 40);
    EXPECT_EQ(runway.firstComputeDay(GrowthBand::Expected), 72);
}

TEST(Runway, BeyondTheHorizonIsEmpty)
{
    const ForecastSeries series = straightLines(100);
    const Runway runway = computeRunway(series, { 16 * kGiB, 8, 200 * kGiB }, {}, kClock);
    // Memory needs day 118 (expected) and 236 (low): both past a 100-day horizon.
    EXPECT_FALSE(runway.hit(RunwayResource::Memory, GrowthBand::Expected).day.has_value());
    EXPECT_FALSE(runway.hit(RunwayResource::Memory, GrowthBand::Expected).date.has_value());
    EXPECT_EQ(runway.hit(RunwayResource::Memory, GrowthBand::High).day, 59);
    // The need on the last day is reported: 1 + 0.1 * 100 = 11 GiB.
    EXPECT_DOUBLE_EQ(runway.hit(RunwayResource::Memory, GrowthBand::Expected).needAtDay, 11 * kGiB);
}

TEST(Runway, AlreadyPastTheTriggerIsDayZero)
{
    const ForecastSeries series = straightLines(30);
    const Runway runway = computeRunway(series, { 1 * kGiB, 2, 100 * kGiB }, {}, kClock);
    EXPECT_EQ(runway.hit(RunwayResource::Memory, GrowthBand::Low).day, 0);
    EXPECT_EQ(runway.hit(RunwayResource::Cpu, GrowthBand::Low).day, 0);
    EXPECT_EQ(runway.hit(RunwayResource::Storage, GrowthBand::Low).day, 0);
    EXPECT_EQ(runway.hit(RunwayResource::Storage, GrowthBand::Low).date, makeDate(2026, 11, 29));
}

TEST(Runway, TriggersFollowTheConstants)
{
    ModelConstants constants;
    constants.set(ConstantId::MemoryTrigger, 0.5);
    const Runway runway = computeRunway(straightLines(365), { 16 * kGiB, 8, 200 * kGiB }, constants, kClock);
    // 0.5 * 16 = 8 GiB; 1 + 0.1 d >= 8 -> d >= 70.
    EXPECT_EQ(runway.hit(RunwayResource::Memory, GrowthBand::Expected).day, 70);
}

TEST(Runway, CpuOfTheDefaultScenarioOnEightCores)
{
    // Default scenario, ops growing with the nodes: cpu.total(g) = 3.00667 g + 1.002844 with g = nodes / 1M
    // (spreading 2 g + api 1 g + consolidation 100,000 g / 300 / 50,000 + compaction 1 GiB / (100 MiB * 3600)
    // + 1 system core). 70% of 8 cores = 5.6, so g >= 4.597156 / 3.00667 = 1.52899:
    // expected ln(1.52899) / ln(1.02) = 21.4 -> day 22; low / ln(1.01) = 42.7 -> 43; high / ln(1.05) = 8.7 -> 9.
    const Forecaster f(Scenario {}, {}, Profile::Full, ForecastSettings {});
    const ForecastSeries series = f.series();
    const Runway runway = computeRunway(series, { 64 * kGiB, 8, 10000 * kGiB }, {}, kClock);
    EXPECT_EQ(runway.hit(RunwayResource::Cpu, GrowthBand::Expected).day, 22);
    EXPECT_EQ(runway.hit(RunwayResource::Cpu, GrowthBand::Low).day, 43);
    EXPECT_EQ(runway.hit(RunwayResource::Cpu, GrowthBand::High).day, 9);
    EXPECT_LT(series.value(ForecastFigure::CpuTotal, GrowthBand::Expected, 21), 5.6);
    EXPECT_GE(series.value(ForecastFigure::CpuTotal, GrowthBand::Expected, 22), 5.6);
}

} // namespace
} // namespace ecw
