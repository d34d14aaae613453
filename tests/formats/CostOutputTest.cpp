// SPDX-License-Identifier: GPL-3.0-or-later
// Cost JSON and CSV: breakdowns that add up, filters, tier savings, curves on request.
#include "CostOutput.h"
#include "../model/ForecastTestBook.h"
#include "CsvParser.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <map>
#include <string>

namespace ecw {
namespace {

using Json = nlohmann::json;

const FixedClock kClock(makeDate(2026, 11, 29));

ForecastEngine computedEngine()
{
    ForecastEngine engine(kClock);
    engine.setPriceBook(std::make_shared<PriceBook>(test::fixtureBook()));
    engine.recompute(ScenarioDocument {});
    return engine;
}

TEST(CostOutput, JsonBreakdownsAddUpAndNameTheirInstances)
{
    const ForecastEngine engine = computedEngine();
    const Json json = Json::parse(writeCostJson(engine));
    EXPECT_EQ(json["format"], "engram-capacity-cost");
    EXPECT_EQ(json["currency"], "USD");
    EXPECT_EQ(json["hours_per_month"], 730);
    EXPECT_EQ(json["price_book"]["as_of"], "2026-06-01");
    EXPECT_EQ(json["price_book"]["age_days"], 181);
    EXPECT_EQ(json["price_book"]["stale"], true);
    ASSERT_EQ(json["clouds"].size(), 3u);
    for (const Json& cloud : json["clouds"]) {
        ASSERT_EQ(cloud["costs"].size(), 4u);
        for (const Json& cost : cloud["costs"]) {
            if (!cost["available"]) {
                EXPECT_EQ(cloud["cloud"], "azure");
                EXPECT_EQ(cost["pricing_model"], "1yr");
                EXPECT_EQ(cost["reason"], "azure has no 1yr discount in the price book");
                continue;
            }
            const double sum = cost["compute"].get<double>() + cost["block_storage"].get<double>()
                + cost["object_storage"].get<double>() + cost["egress"].get<double>();
            EXPECT_NEAR(cost["total"].get<double>(), sum, 1e-9);
        }
        EXPECT_LE(cloud["recommendation"].size(), 3u);
        EXPECT_EQ(cloud["recommendation"][0]["rank"], 1);
        EXPECT_EQ(cloud["recommendation"][0]["utilization"].size(), 4u);
    }
    // aws on-demand: 4 x aws.gen2 at $0.10/h = $292.
    const Json& aws = json["clouds"][0];
    EXPECT_EQ(aws["cloud"], "aws");
    EXPECT_EQ(aws["costs"][0]["instance"], "aws.gen2");
    EXPECT_EQ(aws["costs"][0]["count"], 4);
    EXPECT_NEAR(aws["costs"][0]["compute"].get<double>(), 292.0, 1e-9);
    EXPECT_EQ(aws["costs"][3]["discount_basis"], "maximum");
    EXPECT_EQ(json["tier_savings"]["available"], true);
    EXPECT_FALSE(json.contains("curves"));
}

TEST(CostOutput, CsvRowsPerComponentAndSavings)
{
    const ForecastEngine engine = computedEngine();
    const Result<std::vector<CsvRow>> rows = parseCsv(writeCostCsv(engine));
    ASSERT_TRUE(rows.ok()) << rows.error();
    EXPECT_EQ(rows->front(), (CsvRow { "cloud", "pricing_model", "component", "monthly_usd" }));
    // aws 4 models + gcp 4 + azure 3 (no 1yr), 5 components each; 3 cloud savings rows; 2 spec rows.
    EXPECT_EQ(rows->size(), 1u + 11u * 5u + 3u + 2u);
    std::map<std::string, double> sums;
    std::map<std::string, double> totals;
    for (std::size_t i = 1; i < rows->size(); ++i) {
        const CsvRow& row = (*rows)[i];
        ASSERT_EQ(row.size(), 4u);
        if (row[1] == "n/a")
            continue;
        const std::string key = row[0] + "/" + row[1];
        const double usd = std::stod(row[3]);
        if (row[2] == "total")
            totals[key] = usd;
        else
            sums[key] += usd;
    }
    ASSERT_EQ(totals.size(), 11u);
    for (const auto& [key, total] : totals)
        EXPECT_NEAR(sums[key], total, 1e-9 * std::max(1.0, total)) << key;
    EXPECT_EQ(totals.count("azure/1yr"), 0u);
}

TEST(CostOutput, FiltersByCloudAndPricingModel)
{
    const ForecastEngine engine = computedEngine();
    CostOutputOptions options;
    options.clouds = { Cloud::Gcp };
    options.models = { PricingModel::Spot };
    const Result<std::vector<CsvRow>> rows = parseCsv(writeCostCsv(engine, options));
    ASSERT_TRUE(rows.ok());
    // 5 spot components for gcp, its savings row, the 2 spec rows.
    EXPECT_EQ(rows->size(), 1u + 5u + 1u + 2u);
    EXPECT_EQ((*rows)[1][0], "gcp");
    EXPECT_EQ((*rows)[1][1], "spot");
    const Json json = Json::parse(writeCostJson(engine, options));
    ASSERT_EQ(json["clouds"].size(), 1u);
    ASSERT_EQ(json["clouds"][0]["costs"].size(), 1u);
    EXPECT_EQ(json["clouds"][0]["costs"][0]["pricing_model"], "spot");
}

TEST(CostOutput, CurvesOnRequest)
{
    const ForecastEngine engine = computedEngine();
    CostOutputOptions options;
    options.includeCurves = true;
    const Json json = Json::parse(writeCostJson(engine, options));
    EXPECT_EQ(json["curves"]["pricing_model"], "on-demand");
    EXPECT_EQ(json["curves"]["over_time"]["aws"]["expected"].size(), 366u);
    EXPECT_EQ(json["curves"]["against_nodes"]["nodes"].size(), 61u);
    EXPECT_EQ(json["curves"]["against_nodes"]["azure"].size(), 61u);
    EXPECT_FALSE(json["curves"]["over_time"]["aws"]["configuration_changes"].empty());
}

} // namespace
} // namespace ecw
