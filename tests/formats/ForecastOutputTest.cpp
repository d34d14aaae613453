// SPDX-License-Identifier: GPL-3.0-or-later
// Forecast JSON and CSV: the milestone rows, margins, runway and the daily series, read back member by member.
#include "ForecastOutput.h"
#include "../model/ForecastTestBook.h"
#include "CsvParser.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <set>
#include <string>
#include <utility>

namespace ecw {
namespace {

using Json = nlohmann::json;

const FixedClock kClock(makeDate(2026, 11, 29));

ForecastEngine computedEngine(bool withBook = true)
{
    ForecastEngine engine(kClock);
    if (withBook)
        engine.setPriceBook(std::make_shared<PriceBook>(test::fixtureBook()));
    engine.recompute(ScenarioDocument {});
    return engine;
}

TEST(ForecastOutput, JsonMilestonesCarryBandsAndMargins)
{
    const ForecastEngine engine = computedEngine();
    const Json json = Json::parse(writeForecastJson(engine));
    EXPECT_EQ(json["format"], "engram-capacity-forecast");
    EXPECT_EQ(json["today"], "2026-11-29");
    EXPECT_EQ(json["growth"]["model"], "compound");
    EXPECT_EQ(json["growth"]["expected"], 0.02);
    EXPECT_EQ(json["safety_margin"], 0.3);
    ASSERT_EQ(json["milestones"].size(), 3u);
    const Json& day30 = json["milestones"][0];
    EXPECT_EQ(day30["day"], 30);
    EXPECT_EQ(day30["date"], "2026-12-29");
    EXPECT_EQ(day30["figures"]["nodes"]["expected"], 1811362);
    EXPECT_EQ(day30["figures"]["nodes"]["with_margin"]["expected"], 2354771);
    EXPECT_EQ(day30["figures"]["memory.recommended"]["unit"], "bytes");
    EXPECT_EQ(day30["figures"]["cpu.recommended"]["expected"], 10);
    EXPECT_GT(day30["figures"]["cost.monthly.aws"]["with_margin"]["high"].get<double>(),
              day30["figures"]["cost.monthly.aws"]["high"].get<double>());
    // Runway of each cloud's recommendation: 4 x aws.gen2 = 8 cores, CPU at 70% on day 22 at 2%/day.
    EXPECT_EQ(json["runway"]["aws"]["instance"], "aws.gen2");
    EXPECT_EQ(json["runway"]["aws"]["count"], 4);
    EXPECT_EQ(json["runway"]["aws"]["cpu"]["expected"]["day"], 22);
    EXPECT_EQ(json["runway"]["aws"]["cpu"]["expected"]["date"], "2026-12-21");
    EXPECT_EQ(json["runway"]["aws"]["triggers"]["memory"], 0.8);
    EXPECT_FALSE(json.contains("series"));
}

TEST(ForecastOutput, JsonSeriesOnRequest)
{
    const ForecastEngine engine = computedEngine();
    ForecastOutputOptions options;
    options.includeSeries = true;
    const Json json = Json::parse(writeForecastJson(engine, options));
    EXPECT_EQ(json["series"]["days"], 366);
    EXPECT_EQ(json["series"]["figures"]["nodes"]["expected"].size(), 366u);
    EXPECT_EQ(json["series"]["figures"]["nodes"]["expected"][30], 1811362);
    EXPECT_EQ(json["series"]["figures"]["cost.monthly.gcp"]["low"].size(), 366u);
}

TEST(ForecastOutput, CsvHasOnePlainAndOneMarginRowPerFigureAndDay)
{
    const ForecastEngine engine = computedEngine();
    const Result<std::vector<CsvRow>> rows = parseCsv(writeForecastCsv(engine));
    ASSERT_TRUE(rows.ok()) << rows.error();
    ASSERT_FALSE(rows->empty());
    EXPECT_EQ(rows->front(), (CsvRow { "day", "figure", "low", "expected", "high" }));
    // 11 figures + 3 clouds' cost, each plain and with margin, on 3 days.
    EXPECT_EQ(rows->size(), 1u + 3u * (11u + 3u) * 2u);
    bool sawNodes = false;
    bool sawMargin = false;
    for (const CsvRow& row : *rows) {
        ASSERT_EQ(row.size(), 5u);
        if (row[0] == "30" && row[1] == "nodes") {
            EXPECT_EQ(row[2], "1347849");
            EXPECT_EQ(row[3], "1811362");
            EXPECT_EQ(row[4], "4321942");
            sawNodes = true;
        }
        if (row[0] == "30" && row[1] == "nodes.with_margin") {
            EXPECT_EQ(row[3], "2354771");
            sawMargin = true;
        }
    }
    EXPECT_TRUE(sawNodes);
    EXPECT_TRUE(sawMargin);
}

TEST(ForecastOutput, CsvSeriesCoversEveryDayOnce)
{
    const ForecastEngine engine = computedEngine();
    ForecastOutputOptions options;
    options.includeSeries = true;
    const Result<std::vector<CsvRow>> rows = parseCsv(writeForecastCsv(engine, options));
    ASSERT_TRUE(rows.ok());
    // 363 plain days x 14 rows + 3 milestone days x 28 rows, plus the header.
    EXPECT_EQ(rows->size(), 1u + 363u * 14u + 3u * 28u);
    std::set<std::pair<std::string, std::string>> keys;
    for (std::size_t i = 1; i < rows->size(); ++i)
        EXPECT_TRUE(keys.insert({ (*rows)[i][0], (*rows)[i][1] }).second) << (*rows)[i][0] << " " << (*rows)[i][1];
}

TEST(ForecastOutput, NoBookMeansNoCostAndNoRunway)
{
    const ForecastEngine engine = computedEngine(false);
    const Json json = Json::parse(writeForecastJson(engine));
    EXPECT_FALSE(json["milestones"][0]["figures"].contains("cost.monthly.aws"));
    EXPECT_TRUE(json["runway"].is_null() || json["runway"].empty());
    EXPECT_TRUE(json.contains("runway_note"));
}

TEST(ForecastOutput, UnofferedPricingModelLeavesTheCostEmpty)
{
    ForecastEngine engine(kClock);
    engine.setPriceBook(std::make_shared<PriceBook>(test::fixtureBook()));
    CostOptions options;
    options.curveModel = PricingModel::OneYear;
    engine.setCostOptions(options);
    engine.recompute(ScenarioDocument {});
    const Result<std::vector<CsvRow>> rows = parseCsv(writeForecastCsv(engine));
    ASSERT_TRUE(rows.ok());
    bool saw = false;
    for (const CsvRow& row : *rows)
        if (row[1] == "cost.monthly.azure") {
            EXPECT_EQ(row[2], "");
            EXPECT_EQ(row[3], "");
            saw = true;
        }
    EXPECT_TRUE(saw);
    const Json json = Json::parse(writeForecastJson(engine));
    EXPECT_EQ(json["milestones"][0]["figures"]["cost.monthly.azure"]["available"], false);
}

} // namespace
} // namespace ecw
