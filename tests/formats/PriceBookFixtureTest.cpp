// SPDX-License-Identifier: GPL-3.0-or-later
// The fixture price book file: it is the book the model tests build in C++, and the instance choice,
// sharding and cost sums hold on the parsed file too.
#include "../model/ForecastTestBook.h"
#include "ForecastEngine.h"
#include "PriceBookJson.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

namespace ecw {
namespace {

PriceBook parsedFixture()
{
    std::ifstream file(std::string(ECW_SOURCE_DIR) + "/tests/data/pricebooks/fixture.json", std::ios::binary);
    std::stringstream text;
    text << file.rdbuf();
    Result<PriceBook> book = parsePriceBookJson(text.str());
    EXPECT_TRUE(book.ok()) << (book.ok() ? "" : book.error());
    return book.ok() ? book.value() : PriceBook {};
}

TEST(PriceBookFixture, FileEqualsTheModelTestsBook)
{
    EXPECT_TRUE(parsedFixture() == test::fixtureBook());
}

TEST(PriceBookFixture, InstanceChoiceAndShardingOnTheParsedBook)
{
    const PriceBook book = parsedFixture();
    const CloudPrices& aws = *book.find(Cloud::Aws);
    // 300 GiB: 5 x aws.mem4 ($2.00/h); 25M hot nodes: 3 shards of aws.gen2; 64 cores: 2 x aws.cpu64.
    const InstanceChoice memory = cheapestInstance(aws, { 2, 300 * kGiB, 0 }, PricingModel::OnDemand, 0, {});
    EXPECT_EQ(aws.instances[memory.typeIndex].name, "aws.mem4");
    EXPECT_EQ(memory.count, 5);
    const InstanceChoice shards = cheapestInstance(aws, { 2, 4 * kGiB, 25e6 }, PricingModel::OnDemand, 0, {});
    EXPECT_EQ(aws.instances[shards.typeIndex].name, "aws.gen2");
    EXPECT_EQ(shards.count, 3);
    EXPECT_EQ(shards.reason, ScaleOutReason::HotTierSharding);
    const InstanceChoice cores = cheapestInstance(aws, { 64, 16 * kGiB, 0 }, PricingModel::OnDemand, 0, {});
    EXPECT_EQ(aws.instances[cores.typeIndex].name, "aws.cpu64");
    EXPECT_EQ(cores.reason, ScaleOutReason::UsefulCoreLimit);
}

TEST(PriceBookFixture, EngineCostsAddUpOnEveryCloudAndPricingModel)
{
    const FixedClock clock(makeDate(2026, 11, 29));
    ForecastEngine engine(clock);
    engine.setPriceBook(std::make_shared<PriceBook>(parsedFixture()));
    engine.recompute(ScenarioDocument {});
    for (Cloud cloud : kClouds) {
        const CloudOutlook& outlook = engine.outlook(cloud);
        ASSERT_TRUE(outlook.available);
        ASSERT_FALSE(outlook.options.empty());
        const CostBreakdown& onDemand = outlook.costs[pricingModelIndex(PricingModel::OnDemand)];
        for (PricingModel model : kPricingModels) {
            const CostBreakdown& b = outlook.costs[pricingModelIndex(model)];
            if (!b.available) {
                EXPECT_EQ(cloud, Cloud::Azure);
                EXPECT_EQ(model, PricingModel::OneYear);
                continue;
            }
            EXPECT_DOUBLE_EQ(b.total(), b.compute + b.blockStorage + b.objectStorage + b.egress);
            EXPECT_LE(b.compute, onDemand.compute + 1e-9);
            EXPECT_DOUBLE_EQ(b.blockStorage, onDemand.blockStorage);
            EXPECT_DOUBLE_EQ(b.egress, onDemand.egress);
        }
        // The runway measures the recommended configuration.
        EXPECT_DOUBLE_EQ(outlook.runway.capacity.cores, outlook.options.front().choice.capacityCores());
        EXPECT_DOUBLE_EQ(outlook.runway.capacity.volumeBytes,
                         engine.series().value(ForecastFigure::StorageRecommended, GrowthBand::Expected, 0));
    }
    // Default scenario, day 0 on the fixture aws: 8 cores, 6 GiB -> 4 x aws.gen2 = $0.40/h = $292/month.
    const CostBreakdown& aws = engine.outlook(Cloud::Aws).costs[pricingModelIndex(PricingModel::OnDemand)];
    EXPECT_EQ(aws.instances.count, 4);
    EXPECT_NEAR(aws.compute, 292.0, 1e-9);
    // The priced book is 181 days old on 2026-11-29.
    ASSERT_TRUE(engine.priceBookAge().has_value());
    EXPECT_TRUE(engine.priceBookAge()->stale);
}

} // namespace
} // namespace ecw
