// SPDX-License-Identifier: GPL-3.0-or-later
// The monthly bill: components that add up, discounts on compute only, tier savings, the cost curves.
#include "CostTimeline.h"
#include "CostVsNodes.h"
#include "ForecastTestBook.h"
#include "Forecaster.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace ecw {
namespace {

const PriceBook kBook = test::fixtureBook();
const CloudPrices& aws()
{
    return *kBook.find(Cloud::Aws);
}
const CloudPrices& azure()
{
    return *kBook.find(Cloud::Azure);
}

// Block data 10 + 20 + 5 + 2 = 37 GiB; cold 100 GiB; egress 100 GiB a month; 2 cores, 4 GiB.
CostDrivers handDrivers()
{
    CostDrivers d;
    d.cores = 2;
    d.memoryBytes = 4 * kGiB;
    d.hotNodes = 1000;
    d.warmTierBytes = 10 * kGiB;
    d.walBytes = 20 * kGiB;
    d.snapshotBytes = 5 * kGiB;
    d.tempSpaceBytes = 2 * kGiB;
    d.coldTierBytes = 100 * kGiB;
    d.egressBytesPerSecond = 100 * kGiB / kSecondsPerMonth;
    return d;
}

TEST(CostModel, OnDemandBreakdownByHand)
{
    const CostBreakdown b = monthlyCost(aws(), handDrivers(), PricingModel::OnDemand, {}, {});
    ASSERT_TRUE(b.available);
    // Compute: 1 x aws.gen2 at $0.10/h x 730 h = $73.
    EXPECT_DOUBLE_EQ(b.compute, 73.0);
    // Block: 37 GiB x STORAGE_HEADROOM 1.5 = 55.5 -> 56 GiB at $0.10 = $5.60.
    EXPECT_DOUBLE_EQ(b.blockBytes, 56 * kGiB);
    EXPECT_NEAR(b.blockStorage, 5.6, 1e-12);
    // Object: 100 GiB at $0.02 = $2.00 (no headroom). Egress: 100 GiB at $0.10 = $10.00.
    EXPECT_NEAR(b.objectStorage, 2.0, 1e-12);
    EXPECT_NEAR(b.egress, 10.0, 1e-9);
    EXPECT_NEAR(b.egressBytesPerMonth, 100 * kGiB, 1e-3);
    EXPECT_NEAR(b.total(), 90.6, 1e-9);
    EXPECT_DOUBLE_EQ(b.total(), b.compute + b.blockStorage + b.objectStorage + b.egress);
}

TEST(CostModel, DiscountsApplyToComputeOnly)
{
    const CostBreakdown onDemand = monthlyCost(aws(), handDrivers(), PricingModel::OnDemand, {}, {});
    const double rest = onDemand.blockStorage + onDemand.objectStorage + onDemand.egress;
    const struct
    {
        PricingModel model;
        double compute;
    } cases[] = { { PricingModel::OneYear, 73.0 * 0.7 },
                  { PricingModel::ThreeYear, 73.0 * 0.5 },
                  { PricingModel::Spot, 73.0 * 0.3 } };
    for (const auto& c : cases) {
        const CostBreakdown b = monthlyCost(aws(), handDrivers(), c.model, {}, {});
        EXPECT_NEAR(b.compute, c.compute, 1e-9) << pricingModelKey(c.model);
        EXPECT_NEAR(b.blockStorage + b.objectStorage + b.egress, rest, 1e-12);
        EXPECT_NEAR(b.total(), c.compute + rest, 1e-9);
    }
}

TEST(CostModel, FlatDiscountAppliesToTheWholeBillAndEgressShareToEgress)
{
    CostOptions options;
    options.flatDiscount[cloudIndex(Cloud::Aws)] = 0.25;
    options.egressShare = 0.5;
    const CostBreakdown b = monthlyCost(aws(), handDrivers(), PricingModel::OnDemand, options, {});
    // Compute 73 x 0.75 = 54.75; block 5.60 x 0.75 = 4.20; object 2 x 0.75 = 1.50; egress 10 x 0.5 x 0.75 = 3.75.
    EXPECT_NEAR(b.compute, 54.75, 1e-9);
    EXPECT_NEAR(b.blockStorage, 4.2, 1e-12);
    EXPECT_NEAR(b.objectStorage, 1.5, 1e-12);
    EXPECT_NEAR(b.egress, 3.75, 1e-9);
    EXPECT_NEAR(b.total(), 64.2, 1e-9);
    // Another cloud's discount does not leak: azure.gen2 at list price, $0.11 x 730 = $80.30.
    EXPECT_NEAR(monthlyCost(azure(), handDrivers(), PricingModel::OnDemand, options, {}).compute, 80.3, 1e-9);
}

TEST(CostModel, UnofferedPricingModelIsUnavailableWithAReason)
{
    const CostBreakdown b = monthlyCost(azure(), handDrivers(), PricingModel::OneYear, {}, {});
    EXPECT_FALSE(b.available);
    EXPECT_EQ(b.unavailableReason, "azure has no 1yr discount in the price book");
    EXPECT_EQ(b.total(), 0.0);
}

TEST(CostModel, SafetyMarginScalesEveryDriver)
{
    const CostDrivers d = withSafetyMargin(handDrivers(), 0.3);
    EXPECT_EQ(d.cores, 3.0); // ceil(2.6)
    EXPECT_DOUBLE_EQ(d.memoryBytes, 4 * kGiB * 1.3);
    EXPECT_DOUBLE_EQ(d.coldTierBytes, 130 * kGiB);
    // Block: 37 x 1.3 = 48.1 GiB x 1.5 = 72.15 -> 73 GiB.
    EXPECT_DOUBLE_EQ(blockVolumeBytes(d, {}), 73 * kGiB);
}

TEST(CostModel, TierSavingsFromTheSpecFigures)
{
    CostDrivers d;
    d.hotTierMemoryBytes = 2 * kTiB;
    d.activeRatio = 0.1;
    d.coldTierBytes = 3 * kTiB;
    const TierSavings s = tierSavings(d, kBook, {}, {});
    ASSERT_TRUE(s.available);
    // Hot: active ratio 0.1 vs the 5% target, so half the hot tier (1 TiB) can move to SSD: 1 x $500 = $500.
    EXPECT_DOUBLE_EQ(s.hotTierMovableBytes, 1 * kTiB);
    EXPECT_DOUBLE_EQ(s.hotTierMinimization, 500.0);
    // Cold: 3 TiB in object storage instead of SSD: 3 x ($100 - $20) = $240.
    EXPECT_DOUBLE_EQ(s.coldTierArchival, 240.0);
    // At the fixture aws prices: 3,072 GiB x ($0.10 - $0.02) = $245.76.
    EXPECT_NEAR(s.coldTierArchivalByCloud[cloudIndex(Cloud::Aws)], 245.76, 1e-9);
    // Already under the target: nothing to move.
    d.activeRatio = 0.04;
    EXPECT_EQ(tierSavings(d, kBook, {}, {}).hotTierMinimization, 0.0);
    // A book without the spec's figures has no spec savings lines.
    PriceBook bare = kBook;
    bare.specTierCosts = {};
    EXPECT_FALSE(tierSavings(d, bare, {}, {}).available);
}

TEST(CostModel, CostTimelineStepsWhereTheConfigurationChanges)
{
    const Forecaster f(Scenario {}, {}, Profile::Full, ForecastSettings {});
    const ForecastSeries series = f.series();
    CostTimeline timeline;
    computeCostTimeline(timeline, series, kBook, {}, {}, 0.1);
    ASSERT_EQ(timeline.dayCount(), 366);
    for (Cloud cloud : kClouds) {
        ASSERT_TRUE(timeline.available(cloud));
        for (GrowthBand band : kGrowthBands) {
            const std::vector<int> changes = timeline.changeDays(cloud, band);
            EXPECT_FALSE(changes.empty()); // the need grows 1,377-fold in a year at 2%
            for (int day = 0; day <= 365; ++day) {
                const CostPoint& p = timeline.at(cloud, band, day);
                // Each day is the cheapest configuration for that day's need, at that day's storage.
                const CostBreakdown b = monthlyCost(*kBook.find(cloud), costDrivers(series, band, day, 0.1),
                                                    PricingModel::OnDemand, {}, {});
                EXPECT_EQ(p.typeIndex, b.instances.typeIndex);
                EXPECT_EQ(p.count, b.instances.count);
                EXPECT_DOUBLE_EQ(p.total(), b.total());
                if (day > 0) {
                    const CostPoint& before = timeline.at(cloud, band, day - 1);
                    const bool changed = before.typeIndex != p.typeIndex || before.count != p.count;
                    EXPECT_EQ(changed, std::find(changes.begin(), changes.end(), day) != changes.end());
                    // Compute only moves on a change.
                    if (!changed) {
                        EXPECT_EQ(before.compute, p.compute);
                    }
                }
            }
        }
        // The band is ordered at the end of the year.
        EXPECT_LE(timeline.total(cloud, GrowthBand::Low, 365), timeline.total(cloud, GrowthBand::Expected, 365));
        EXPECT_LE(timeline.total(cloud, GrowthBand::Expected, 365), timeline.total(cloud, GrowthBand::High, 365));
    }
    // A pricing model a cloud does not offer leaves its curve out.
    CostOptions oneYear;
    oneYear.curveModel = PricingModel::OneYear;
    computeCostTimeline(timeline, series, kBook, oneYear, {}, 0.1);
    EXPECT_FALSE(timeline.available(Cloud::Azure));
    EXPECT_TRUE(timeline.available(Cloud::Aws));
}

TEST(CostModel, CostAgainstNodesOnALogGrid)
{
    CostVsNodes curve;
    Estimate scratch;
    ForecastFigureReader reader;
    computeCostVsNodes(curve, Scenario {}, {}, Profile::Full, true, kBook, {}, scratch, reader);
    // 10^5 .. 10^11 at 10 points per decade: 61 points.
    ASSERT_EQ(curve.nodes.size(), 61u);
    EXPECT_EQ(curve.nodes.front(), 1e5);
    EXPECT_EQ(curve.nodes[10], 1e6);
    EXPECT_EQ(curve.nodes.back(), 1e11);
    EXPECT_EQ(curve.nodes[5], 316228.0); // 10^5.5 = 316,227.77
    // Ops scale with nodes: 5,000 at 10^6; held at 10^8 from 2 x 10^10 nodes on.
    EXPECT_DOUBLE_EQ(curve.opsPerSec[10], 5000.0);
    EXPECT_TRUE(curve.opsClamped.back());
    EXPECT_FALSE(curve.opsClamped[10]);
    for (Cloud cloud : kClouds) {
        const auto& points = curve.points[cloudIndex(cloud)];
        ASSERT_EQ(points.size(), 61u);
        for (std::size_t i = 1; i < points.size(); ++i)
            EXPECT_GE(points[i].total(), points[i - 1].total()) << cloudKey(cloud) << " at " << curve.nodes[i];
    }
    // The point at 10^6 is the default scenario's day-0 cost.
    const Forecaster f(Scenario {}, {}, Profile::Full, ForecastSettings {});
    const CostBreakdown dayZero
        = monthlyCost(aws(), costDrivers(f.series(0), GrowthBand::Expected, 0, 0.1), PricingModel::OnDemand, {}, {});
    EXPECT_DOUBLE_EQ(curve.points[cloudIndex(Cloud::Aws)][10].total(), dayZero.total());
}

} // namespace
} // namespace ecw
