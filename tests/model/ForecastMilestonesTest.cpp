// SPDX-License-Identifier: GPL-3.0-or-later
// The 30/60/90-day table with and without the worksheet's 30% safety margin.
#include "ForecastMilestones.h"
#include "ForecastTestBook.h"

#include <gtest/gtest.h>

namespace ecw {
namespace {

const FixedClock kClock(makeDate(2026, 11, 29));

Forecaster defaultForecaster(double horizon = 365)
{
    ForecastSettings settings;
    settings.horizonDays = horizon;
    return Forecaster(Scenario {}, {}, Profile::Full, settings);
}

TEST(ForecastMilestones, DefaultDaysAndTheSpecExampleWithAndWithoutMargin)
{
    const Forecaster f = defaultForecaster();
    const ForecastSeries series = f.series();
    const MilestoneTable table = buildMilestones(f, series, defaultMilestoneDays(), nullptr, {}, kClock);
    EXPECT_EQ(table.days, (std::vector<int> { 30, 60, 90 }));
    EXPECT_DOUBLE_EQ(table.safetyMargin, 0.3);
    const MilestoneEntry* nodes = table.find(30, "nodes");
    ASSERT_NE(nodes, nullptr);
    EXPECT_EQ(nodes->date, makeDate(2026, 12, 29));
    EXPECT_EQ(nodes->unit, Unit::Nodes);
    // 1,811,362 at 2%; with margin ceil(1,811,362 * 1.3) = ceil(2,354,770.6) = 2,354,771.
    EXPECT_EQ(nodes->value[bandIndex(GrowthBand::Expected)], 1811362.0);
    EXPECT_EQ(nodes->withMargin[bandIndex(GrowthBand::Expected)], 2354771.0);
    // Low 1,347,849 -> ceil(1,752,203.7) = 1,752,204.
    EXPECT_EQ(nodes->withMargin[bandIndex(GrowthBand::Low)], 1752204.0);

    // Bytes are not rounded: memory.recommended * 1.3 exactly.
    const MilestoneEntry* memory = table.find(60, "memory.recommended");
    ASSERT_NE(memory, nullptr);
    const double m = f.estimateAt(GrowthBand::High, 60).value("memory.recommended");
    EXPECT_EQ(memory->value[bandIndex(GrowthBand::High)], m);
    EXPECT_DOUBLE_EQ(memory->withMargin[bandIndex(GrowthBand::High)], m * 1.3);

    // Cores round up to whole cores: cpu.recommended at day 30 (expected) is 10, so 13 with the margin.
    const MilestoneEntry* cores = table.find(30, "cpu.recommended");
    ASSERT_NE(cores, nullptr);
    EXPECT_EQ(cores->value[bandIndex(GrowthBand::Expected)], 10.0);
    EXPECT_EQ(cores->withMargin[bandIndex(GrowthBand::Expected)], 13.0);

    // Tier node counts are in the table; the cost drivers are not; no book, no cost rows.
    EXPECT_NE(table.find(90, "tiers.cold_nodes"), nullptr);
    EXPECT_EQ(table.find(90, "storage.wal"), nullptr);
    EXPECT_EQ(table.find(90, "cost.monthly.aws"), nullptr);
}

TEST(ForecastMilestones, TheMarginFollowsTheConstant)
{
    ModelConstants constants;
    constants.set(ConstantId::SafetyMargin, 0.5);
    const Forecaster f(Scenario {}, constants, Profile::Full, ForecastSettings {});
    const MilestoneTable table = buildMilestones(f, f.series(), { 30 }, nullptr, {}, kClock);
    // ceil(1,811,362 * 1.5) = 2,717,043.
    EXPECT_EQ(table.find(30, "nodes")->withMargin[bandIndex(GrowthBand::Expected)], 2717043.0);
}

TEST(ForecastMilestones, DaysBeyondTheSeriesAreEstimated)
{
    const Forecaster shortHorizon = defaultForecaster(20);
    const Forecaster longHorizon = defaultForecaster(365);
    const MilestoneTable a = buildMilestones(shortHorizon, shortHorizon.series(), { 7, 30 }, nullptr, {}, kClock);
    const MilestoneTable b = buildMilestones(longHorizon, longHorizon.series(), { 7, 30 }, nullptr, {}, kClock);
    for (int day : { 7, 30 })
        for (std::string_view figure : { "nodes", "memory.total", "storage.recommended" })
            EXPECT_EQ(a.find(day, figure)->value, b.find(day, figure)->value) << day << " " << figure;
}

TEST(ForecastMilestones, CostRowsWithTheMarginCostAtLeastAsMuch)
{
    const PriceBook book = test::fixtureBook();
    const Forecaster f = defaultForecaster();
    const MilestoneTable table = buildMilestones(f, f.series(), defaultMilestoneDays(), &book, {}, kClock);
    for (int day : defaultMilestoneDays())
        for (Cloud cloud : kClouds) {
            const MilestoneEntry* cost = table.find(day, "cost.monthly." + std::string(cloudKey(cloud)));
            ASSERT_NE(cost, nullptr);
            EXPECT_TRUE(cost->available);
            EXPECT_EQ(cost->unit, Unit::UsdPerMonth);
            for (GrowthBand band : kGrowthBands) {
                EXPECT_GT(cost->value[bandIndex(band)], 0.0);
                EXPECT_GT(cost->withMargin[bandIndex(band)], cost->value[bandIndex(band)]);
            }
        }
    // The 1-year pricing model is not offered on the fixture's Azure: its cost row says so.
    CostOptions oneYear;
    oneYear.curveModel = PricingModel::OneYear;
    const MilestoneTable reserved = buildMilestones(f, f.series(), { 30 }, &book, oneYear, kClock);
    EXPECT_FALSE(reserved.find(30, "cost.monthly.azure")->available);
    EXPECT_TRUE(reserved.find(30, "cost.monthly.aws")->available);
}

} // namespace
} // namespace ecw
