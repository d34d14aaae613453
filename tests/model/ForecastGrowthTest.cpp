// SPDX-License-Identifier: GPL-3.0-or-later
// Growth curves and the scenario at day t; expected numbers worked out by hand in the comments.
#include "Forecaster.h"

#include <gtest/gtest.h>

#include <cmath>

namespace ecw {
namespace {

ForecastSettings compound(double low, double expected, double high)
{
    ForecastSettings s;
    s.model = GrowthModel::Compound;
    s.rateLow = low;
    s.rateExpected = expected;
    s.rateHigh = high;
    return s;
}

Scenario nodes(double count)
{
    Scenario s;
    s.set(InputId::Nodes, count);
    return s;
}

TEST(ForecastGrowth, SpecWorkedExampleOneMillionAtTwoPercentReaches1811362OnDay30)
{
    // Spec: 1M * 1.02^30 = 1.81M. 1.02^30 = 1.8113615841..., so 1,811,361.58 nodes, rounded to 1,811,362.
    const Forecaster f(nodes(1e6), {}, Profile::Full, compound(0.01, 0.02, 0.05));
    EXPECT_NEAR(f.curve(GrowthBand::Expected).nodesAt(30), 1811361.5841, 1e-3);
    EXPECT_EQ(f.nodesAt(GrowthBand::Expected, 30), 1811362.0);
    // Low 1.01^30 = 1.3478489 -> 1,347,849; high 1.05^30 = 4.3219424 -> 4,321,942.
    EXPECT_EQ(f.nodesAt(GrowthBand::Low, 30), 1347849.0);
    EXPECT_EQ(f.nodesAt(GrowthBand::High, 30), 4321942.0);
    // Day 0 is the scenario itself.
    EXPECT_EQ(f.nodesAt(GrowthBand::High, 0), 1e6);
}

TEST(ForecastGrowth, EstimateAtDay30UsesTheGrownNodes)
{
    const Forecaster f(nodes(1e6), {}, Profile::Full, compound(0.01, 0.02, 0.05));
    const Estimate e = f.estimateAt(GrowthBand::Expected, 30);
    EXPECT_EQ(e.scenario[InputId::Nodes], 1811362.0);
    // hot = round(1,811,362 * 0.1) = 181,136; warm = 3 * hot = 543,408; cold = the rest = 1,086,818.
    EXPECT_EQ(e.value("tiers.hot_nodes"), 181136.0);
    EXPECT_EQ(e.value("tiers.warm_nodes"), 543408.0);
    EXPECT_EQ(e.value("tiers.cold_nodes"), 1086818.0);
}

TEST(ForecastGrowth, LinearGrowthAddsNodesPerDay)
{
    ForecastSettings s;
    s.model = GrowthModel::Linear;
    s.linearLow = 10000;
    s.linearExpected = 20000;
    s.linearHigh = 50000;
    const Forecaster f(nodes(1e6), {}, Profile::Full, s);
    // 1,000,000 + 20,000 * 30 = 1,600,000; low 1,300,000; high 2,500,000.
    EXPECT_EQ(f.nodesAt(GrowthBand::Expected, 30), 1600000.0);
    EXPECT_EQ(f.nodesAt(GrowthBand::Low, 30), 1300000.0);
    EXPECT_EQ(f.nodesAt(GrowthBand::High, 30), 2500000.0);
    // Half a day: 1,000,000 + 20,000 * 0.5 = 1,010,000.
    EXPECT_DOUBLE_EQ(f.curve(GrowthBand::Expected).nodesAt(0.5), 1010000.0);
}

TEST(ForecastGrowth, PointsInterpolateFromTheScenarioAndStayFlatAfterTheLastPoint)
{
    ForecastSettings s;
    s.model = GrowthModel::Points;
    // Given out of order on purpose; day 0 is the scenario's 1,000,000 nodes.
    s.points = { { 20, 2500000 }, { 10, 2000000 } };
    const Forecaster f(nodes(1e6), {}, Profile::Full, s);
    // Day 5: halfway from (0, 1.0M) to (10, 2.0M) = 1.5M. Day 15: halfway from (10, 2.0M) to (20, 2.5M) = 2.25M.
    EXPECT_EQ(f.nodesAt(GrowthBand::Expected, 0), 1000000.0);
    EXPECT_EQ(f.nodesAt(GrowthBand::Expected, 5), 1500000.0);
    EXPECT_EQ(f.nodesAt(GrowthBand::Expected, 10), 2000000.0);
    EXPECT_EQ(f.nodesAt(GrowthBand::Expected, 15), 2250000.0);
    // Day 13: 2.0M + 0.5M * 3/10 = 2.15M.
    EXPECT_EQ(f.nodesAt(GrowthBand::Expected, 13), 2150000.0);
    // After the last point: flat, not extrapolated.
    EXPECT_EQ(f.nodesAt(GrowthBand::Expected, 25), 2500000.0);
    EXPECT_EQ(f.nodesAt(GrowthBand::Expected, 365), 2500000.0);
    // One list: the three bands agree.
    EXPECT_EQ(f.nodesAt(GrowthBand::Low, 15), 2250000.0);
    EXPECT_EQ(f.nodesAt(GrowthBand::High, 15), 2250000.0);
}

TEST(ForecastGrowth, APointAtDayZeroReplacesTheScenarioStart)
{
    ForecastSettings s;
    s.model = GrowthModel::Points;
    s.points = { { 0, 500000 }, { 10, 1000000 } };
    const Forecaster f(nodes(1e6), {}, Profile::Full, s);
    // Day 4: 500,000 + 500,000 * 4/10 = 700,000.
    EXPECT_EQ(f.nodesAt(GrowthBand::Expected, 0), 500000.0);
    EXPECT_EQ(f.nodesAt(GrowthBand::Expected, 4), 700000.0);
}

TEST(ForecastGrowth, PointsMayShrink)
{
    ForecastSettings s;
    s.model = GrowthModel::Points;
    s.points = { { 10, 400000 } };
    const Forecaster f(nodes(1e6), {}, Profile::Full, s);
    // Day 5: halfway from 1.0M to 0.4M = 700,000.
    EXPECT_EQ(f.nodesAt(GrowthBand::Expected, 5), 700000.0);
}

TEST(ForecastGrowth, OpsGrowWithNodesOrStayFixed)
{
    Scenario base = nodes(1e6);
    base.set(InputId::OpsPerSec, 5000);
    ForecastSettings s = compound(0.01, 0.02, 0.05);
    s.opsGrowWithNodes = true;
    const Forecaster growing(base, {}, Profile::Full, s);
    // ops = 5,000 * 1,811,362 / 1,000,000 = 9,056.81.
    EXPECT_DOUBLE_EQ(growing.scenarioAt(GrowthBand::Expected, 30)[InputId::OpsPerSec], 9056.81);
    s.opsGrowWithNodes = false;
    const Forecaster fixed(base, {}, Profile::Full, s);
    EXPECT_EQ(fixed.scenarioAt(GrowthBand::Expected, 30)[InputId::OpsPerSec], 5000.0);
    EXPECT_EQ(fixed.scenarioAt(GrowthBand::Expected, 30)[InputId::Nodes], 1811362.0);
    // Growing ops grow the CPU need; fixed ops do not (spreading = ops / 2,500).
    EXPECT_DOUBLE_EQ(growing.estimateAt(GrowthBand::Expected, 30).value("cpu.spreading"), 9056.81 / 2500.0);
    EXPECT_DOUBLE_EQ(fixed.estimateAt(GrowthBand::Expected, 30).value("cpu.spreading"), 2.0);
}

TEST(ForecastGrowth, InputsAreHeldAtTheirRangeAndTheSeriesSaysFromWhen)
{
    Scenario base = nodes(1e6);
    base.set(InputId::OpsPerSec, 5000);
    const Forecaster f(base, {}, Profile::Full, compound(0.01, 0.02, 0.05));
    // ops = 5,000 * 1.05^t passes the 10^8 maximum when 1.05^t > 20,000: t > ln(20000) / ln(1.05) = 202.98,
    // so day 203 (1.05^202 = 19,074 gives 9.54e7 ops/s). Nodes pass 10^12 only after day 283.
    bool clamped = false;
    f.scenarioAt(GrowthBand::High, 202, &clamped);
    EXPECT_FALSE(clamped);
    const Scenario s203 = f.scenarioAt(GrowthBand::High, 203, &clamped);
    EXPECT_TRUE(clamped);
    EXPECT_EQ(s203[InputId::OpsPerSec], 1e8);
    EXPECT_EQ(f.scenarioAt(GrowthBand::High, 365)[InputId::Nodes], 1e12);
    const ForecastSeries series = f.series();
    EXPECT_EQ(series.firstClampedDay(GrowthBand::High), 203);
    EXPECT_FALSE(series.firstClampedDay(GrowthBand::Expected).has_value()); // 1.02^365 = 1,377 -> 6.9e6 ops/s
}

TEST(ForecastGrowth, SeriesHoldsTheEstimateOfEveryDayInEveryBand)
{
    const Forecaster f(nodes(1e6), {}, Profile::Full, compound(0.01, 0.02, 0.05));
    const ForecastSeries series = f.series();
    ASSERT_EQ(series.dayCount(), 366);
    for (GrowthBand band : kGrowthBands)
        for (int day : { 0, 1, 30, 90, 200, 365 }) {
            const Estimate e = f.estimateAt(band, day);
            EXPECT_EQ(series.value(ForecastFigure::Nodes, band, day), e.scenario[InputId::Nodes]);
            EXPECT_EQ(series.value(ForecastFigure::MemoryRecommended, band, day), e.value("memory.recommended"));
            EXPECT_EQ(series.value(ForecastFigure::CpuTotal, band, day), e.value("cpu.total"));
            EXPECT_EQ(series.value(ForecastFigure::StorageTotal, band, day), e.value("storage.total"));
            EXPECT_EQ(series.value(ForecastFigure::StorageTempSpace, band, day), e.value("storage.temp_space"));
            EXPECT_EQ(series.value(ForecastFigure::EgressBytesPerSecond, band, day),
                      e.scenario[InputId::ResponseBytes] * e.scenario[InputId::OpsPerSec]);
        }
    // Low <= expected <= high on every day of a growing forecast.
    for (int day = 0; day <= 365; ++day) {
        EXPECT_LE(series.value(ForecastFigure::MemoryTotal, GrowthBand::Low, day),
                  series.value(ForecastFigure::MemoryTotal, GrowthBand::Expected, day));
        EXPECT_LE(series.value(ForecastFigure::MemoryTotal, GrowthBand::Expected, day),
                  series.value(ForecastFigure::MemoryTotal, GrowthBand::High, day));
    }
}

TEST(ForecastGrowth, ReferenceProfileSeriesHasNoTempSpace)
{
    const Forecaster f(nodes(1e6), {}, Profile::Reference, compound(0.01, 0.02, 0.05));
    const ForecastSeries series = f.series(10);
    EXPECT_EQ(series.dayCount(), 11);
    EXPECT_EQ(series.value(ForecastFigure::StorageTempSpace, GrowthBand::High, 10), 0.0);
    EXPECT_EQ(series.value(ForecastFigure::MemoryRecommended, GrowthBand::High, 10),
              f.estimateAt(GrowthBand::High, 10).value("memory.recommended"));
}

TEST(ForecastGrowth, SettingsValidationNamesTheField)
{
    EXPECT_TRUE(validateForecastSettings(ForecastSettings {}).empty());
    ForecastSettings s;
    s.rateLow = 0.03; // above expected 0.02
    s.rateHigh = 1.5;
    s.horizonDays = 0;
    s.model = GrowthModel::Points;
    const auto problems = validateForecastSettings(s);
    auto mentions = [&](std::string_view text) {
        for (const std::string& p : problems)
            if (p.find(text) != std::string::npos)
                return true;
        return false;
    };
    EXPECT_TRUE(mentions("forecast.rate_high must be a daily rate from 0 to 1 (got 1.5)"));
    EXPECT_TRUE(mentions("forecast.rate_low <= forecast.rate_expected"));
    EXPECT_TRUE(mentions("forecast.horizon_days"));
    EXPECT_TRUE(mentions("forecast.points must list at least one"));
    ForecastSettings dup;
    dup.points = { { 5, 1 }, { 5, 2 } };
    EXPECT_EQ(validateForecastSettings(dup).at(0), "forecast.points[1].day repeats day 5 of forecast.points[0]");
}

} // namespace
} // namespace ecw
