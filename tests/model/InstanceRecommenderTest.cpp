// SPDX-License-Identifier: GPL-3.0-or-later
// Instance choice on the fixture book: single instance, N instances, the useful-core limit, sharding.
#include "InstanceRecommender.h"
#include "ForecastTestBook.h"
#include "Forecaster.h"
#include "InstancePicker.h"

#include <gtest/gtest.h>

namespace ecw {
namespace {

const PriceBook kBook = test::fixtureBook();
const CloudPrices& aws()
{
    return *kBook.find(Cloud::Aws);
}
const CloudPrices& gcp()
{
    return *kBook.find(Cloud::Gcp);
}
const CloudPrices& azure()
{
    return *kBook.find(Cloud::Azure);
}
const std::string& nameOf(const CloudPrices& cloud, const InstanceChoice& c)
{
    return cloud.instances[c.typeIndex].name;
}

TEST(InstanceRecommender, SmallNeedTakesOneSmallInstance)
{
    // 2 cores, 4 GiB: aws.gen2 (2 vCPU, 8 GiB) at $0.10/h = $73.00 per 730-h month.
    const InstanceChoice c = cheapestInstance(aws(), { 2, 4 * kGiB, 1000 }, PricingModel::OnDemand, 0, {});
    ASSERT_TRUE(c.valid());
    EXPECT_EQ(nameOf(aws(), c), "aws.gen2");
    EXPECT_EQ(c.count, 1);
    EXPECT_EQ(c.reason, ScaleOutReason::None);
    EXPECT_DOUBLE_EQ(c.monthlyTotal, 73.0);
}

TEST(InstanceRecommender, MemoryBeyondTheLargestTypeTakesSeveral)
{
    // 2 cores, 300 GiB. gen2: ceil(300/8) = 38 x $0.10 = $3.80/h; mem4: ceil(300/64) = 5 x $0.40 = $2.00/h;
    // cpu64: ceil(300/128) = 3 x $1.20 = $3.60/h. Cheapest: 5 x aws.mem4, $1,460/month, bound by memory.
    const InstanceChoice c = cheapestInstance(aws(), { 2, 300 * kGiB, 0 }, PricingModel::OnDemand, 0, {});
    EXPECT_EQ(nameOf(aws(), c), "aws.mem4");
    EXPECT_EQ(c.count, 5);
    EXPECT_EQ(c.reason, ScaleOutReason::Memory);
    EXPECT_DOUBLE_EQ(c.monthlyTotal, 1460.0);
    EXPECT_DOUBLE_EQ(c.capacityMemoryBytes(), 320 * kGiB);
    EXPECT_DOUBLE_EQ(c.capacityCores(), 20.0);
}

TEST(InstanceRecommender, UsefulCoreLimitSplitsABigInstance)
{
    // 64 cores, 16 GiB. cpu64 has 64 vCPUs but only 32 useful cores: ceil(64/32) = 2 x $1.20 = $2.40/h;
    // gen2: 32 x $0.10 = $3.20/h; mem4: 16 x $0.40 = $6.40/h. So 2 x aws.cpu64, $1,752/month, and the
    // reason is the useful-core limit (all 64 vCPUs would have fitted one instance).
    const InstanceChoice c = cheapestInstance(aws(), { 64, 16 * kGiB, 0 }, PricingModel::OnDemand, 0, {});
    EXPECT_EQ(nameOf(aws(), c), "aws.cpu64");
    EXPECT_EQ(c.count, 2);
    EXPECT_EQ(c.reason, ScaleOutReason::UsefulCoreLimit);
    EXPECT_DOUBLE_EQ(c.usefulCoresEach, 32.0);
    EXPECT_DOUBLE_EQ(c.monthlyTotal, 1752.0);
    // With the limit raised to 64 the same need fits one cpu64.
    ModelConstants wide;
    wide.set(ConstantId::MaxUsefulCores, 64);
    const InstanceChoice one = cheapestInstance(aws(), { 64, 16 * kGiB, 0 }, PricingModel::OnDemand, 0, wide);
    EXPECT_EQ(one.count, 1);
    EXPECT_EQ(nameOf(aws(), one), "aws.cpu64");
}

TEST(InstanceRecommender, ManyCoresOnSmallTypesAreBoundByCores)
{
    // 10 cores on gcp: gen2 ceil(10/2) = 5 x $0.12 = $0.60/h; mem8 ceil(10/8) = 2 x $1.00. 5 x gcp.gen2.
    const InstanceChoice c = cheapestInstance(gcp(), { 10, 8 * kGiB, 0 }, PricingModel::OnDemand, 0, {});
    EXPECT_EQ(nameOf(gcp(), c), "gcp.gen2");
    EXPECT_EQ(c.count, 5);
    EXPECT_EQ(c.reason, ScaleOutReason::Cores);
}

TEST(InstanceRecommender, HotTierAboveTheShardThresholdNeedsShards)
{
    // 25,000,000 hot nodes > 10,000,000: at least ceil(2.5) = 3 instances even though 2 cores and 4 GiB fit
    // one aws.gen2: 3 x $0.10 x 730 = $219.
    const InstanceChoice c = cheapestInstance(aws(), { 2, 4 * kGiB, 25e6 }, PricingModel::OnDemand, 0, {});
    EXPECT_EQ(nameOf(aws(), c), "aws.gen2");
    EXPECT_EQ(c.count, 3);
    EXPECT_EQ(c.reason, ScaleOutReason::HotTierSharding);
    EXPECT_DOUBLE_EQ(c.monthlyTotal, 219.0);
    EXPECT_EQ(minimumShards(25e6, {}), 3.0);
    // Exactly at the threshold is not above it.
    EXPECT_EQ(minimumShards(10e6, {}), 0.0);
    EXPECT_EQ(cheapestInstance(aws(), { 2, 4 * kGiB, 10e6 }, PricingModel::OnDemand, 0, {}).count, 1);
}

TEST(InstanceRecommender, PricingModelsAndFlatDiscount)
{
    const InstanceNeed need { 2, 4 * kGiB, 0 };
    // Spot 70% off $0.10 -> $0.03/h -> $21.90; 1-year 30% off -> $51.10; flat 10% on top of that -> $45.99.
    EXPECT_NEAR(cheapestInstance(aws(), need, PricingModel::Spot, 0, {}).monthlyTotal, 21.9, 1e-9);
    EXPECT_NEAR(cheapestInstance(aws(), need, PricingModel::OneYear, 0, {}).monthlyTotal, 51.1, 1e-9);
    EXPECT_NEAR(cheapestInstance(aws(), need, PricingModel::OneYear, 0.1, {}).monthlyTotal, 45.99, 1e-9);
    // Azure's fixture has no 1-year figure: nothing to buy.
    EXPECT_FALSE(azure().offers(PricingModel::OneYear));
    EXPECT_FALSE(cheapestInstance(azure(), need, PricingModel::OneYear, 0, {}).valid());
    EXPECT_TRUE(rankInstances(azure(), need, PricingModel::OneYear, 0, {}).empty());
}

TEST(InstanceRecommender, FamilyDiscountCanChangeTheChoice)
{
    // 8 cores, 64 GiB on gcp. On-demand: gen2 max(ceil(8/2), ceil(64/8)) = 8 x $0.12 = $0.96/h beats mem8
    // 1 x $1.00. 1-year: gen2 20% off -> 8 x $0.096 = $0.768/h; mem8 40% off (its family's own figure)
    // -> $0.60/h, so mem8 wins.
    const InstanceChoice onDemand = cheapestInstance(gcp(), { 8, 64 * kGiB, 0 }, PricingModel::OnDemand, 0, {});
    EXPECT_EQ(nameOf(gcp(), onDemand), "gcp.gen2");
    EXPECT_NEAR(onDemand.monthlyTotal, 0.96 * 730, 1e-9);
    const InstanceChoice reserved = cheapestInstance(gcp(), { 8, 64 * kGiB, 0 }, PricingModel::OneYear, 0, {});
    EXPECT_EQ(nameOf(gcp(), reserved), "gcp.mem8");
    EXPECT_NEAR(reserved.usdPerHourEach, 0.6, 1e-12);
}

TEST(InstanceRecommender, TopAlternativesAreCheapestFirstOnePerFamily)
{
    // 4 cores, 16 GiB on aws: gen2 2 x $0.10 = $0.20/h; mem4 1 x $0.40; cpu64 1 x $1.20.
    const std::vector<InstanceChoice> ranked
        = rankInstances(aws(), { 4, 16 * kGiB, 0 }, PricingModel::OnDemand, 0, {}, 3, true);
    ASSERT_EQ(ranked.size(), 3u);
    EXPECT_EQ(nameOf(aws(), ranked[0]), "aws.gen2");
    EXPECT_EQ(nameOf(aws(), ranked[1]), "aws.mem4");
    EXPECT_EQ(nameOf(aws(), ranked[2]), "aws.cpu64");
    EXPECT_EQ(rankInstances(aws(), { 4, 16 * kGiB, 0 }, PricingModel::OnDemand, 0, {}, 2).size(), 2u);
}

TEST(InstanceRecommender, TiesGoToFewerInstances)
{
    CloudPrices cloud = aws();
    // Two sizes of one family, priced per vCPU: 2 x small equals 1 x large; the single instance wins.
    cloud.instances = { test::fixtureType("small", "f", InstanceCategory::General, 2, 8, 0.1),
                        test::fixtureType("large", "f", InstanceCategory::General, 4, 16, 0.2) };
    const InstanceChoice c = cheapestInstance(cloud, { 4, 10 * kGiB, 0 }, PricingModel::OnDemand, 0, {});
    EXPECT_EQ(cloud.instances[c.typeIndex].name, "large");
    EXPECT_EQ(c.count, 1);
    // The picker and the one-type sizing agree.
    const InstancePicker picker(cloud, PricingModel::OnDemand, 0, {});
    EXPECT_EQ(picker.size(0, { 4, 10 * kGiB, 0 }).count, 2);
}

TEST(InstanceRecommender, PricesWithinATenthOfAPercentAreATieWonByFewerInstances)
{
    CloudPrices cloud = aws();
    // GCP's rounded list prices: 2 x n2-standard-4 at $0.1942/h = $0.3884/h undercuts 1 x n2-standard-8 at
    // $0.3885/h by rounding alone (0.026%): one instance is recommended.
    cloud.instances = { test::fixtureType("n4", "n2", InstanceCategory::General, 4, 16, 0.1942),
                        test::fixtureType("n8", "n2", InstanceCategory::General, 8, 32, 0.3885) };
    const InstanceNeed need { 8, 20 * kGiB, 0 };
    const InstanceChoice c = cheapestInstance(cloud, need, PricingModel::OnDemand, 0, {});
    EXPECT_EQ(cloud.instances[c.typeIndex].name, "n8");
    EXPECT_EQ(c.count, 1);
    // 3% dearer is no tie: 2 x n4.
    cloud.instances[1].usdPerHour = 0.40;
    const InstanceChoice d = cheapestInstance(cloud, need, PricingModel::OnDemand, 0, {});
    EXPECT_EQ(cloud.instances[d.typeIndex].name, "n4");
    EXPECT_EQ(d.count, 2);
    // Rank 1 is always the recommendation, the rest cheapest first.
    const std::vector<InstanceChoice> ranked = rankInstances(cloud, need, PricingModel::OnDemand, 0, {});
    ASSERT_EQ(ranked.size(), 2u);
    EXPECT_TRUE(ranked[0].sameConfiguration(d));
}

TEST(InstanceRecommender, OptionsCarryUtilizationAndTheDayToScale)
{
    // Default scenario: day-0 need 8 cores (cpu.recommended) and 6 GiB (memory.recommended). On the fixture
    // aws: gen2 x 4 = $0.40/h; mem4 x 2 = $0.80/h; cpu64 x 1 = $1.20/h.
    const Forecaster f(Scenario {}, {}, Profile::Full, ForecastSettings {});
    const ForecastSeries series = f.series();
    ASSERT_EQ(series.value(ForecastFigure::CpuRecommended, GrowthBand::Expected, 0), 8.0);
    const FixedClock clock(makeDate(2026, 11, 29));
    const std::vector<InstanceOption> options
        = recommendInstances(aws(), series, PricingModel::OnDemand, 0, {}, clock, { 0, 30, 60, 90 });
    ASSERT_EQ(options.size(), 3u);
    EXPECT_EQ(options[0].type.name, "aws.gen2");
    EXPECT_EQ(options[0].choice.count, 4);
    ASSERT_EQ(options[0].utilization.size(), 4u);
    // Day 0: cpu.total 4.00951 of 8 useful cores = 0.50119.
    EXPECT_NEAR(options[0].utilization[0].cpu, 4.0095111 / 8.0, 1e-6);
    EXPECT_EQ(options[0].utilization[3].day, 90);
    // 8 cores reach 70% on day 22 at 2%/day (see RunwayTest); 32 GiB of memory lasts longer.
    EXPECT_EQ(options[0].scaleDay, 22);
    EXPECT_EQ(options[0].scaleDate, makeDate(2026, 12, 21));
    // cpu64 gives 32 useful cores: 0.7 * 32 = 22.4 = 3.00667 g + 1.002844 -> g = 7.1166 -> day 100 at 2%.
    EXPECT_EQ(options[2].type.name, "aws.cpu64");
    EXPECT_EQ(options[2].scaleDay, 100);
}

} // namespace
} // namespace ecw
