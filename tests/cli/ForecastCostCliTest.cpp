// SPDX-License-Identifier: GPL-3.0-or-later
// engram-capacity forecast and cost, run as processes: every output format against the model computed here,
// the growth options, the price options, bad values (exit 2, nothing on stdout) and price-book errors.
#include "BuiltinPriceBook.h"
#include "CliTestSupport.h"
#include "CostOutput.h"
#include "CsvParser.h"
#include "ForecastEngine.h"
#include "ForecastOutput.h"
#include "GrowthOptions.h"
#include "PriceBookJson.h"
#include "ScenarioOptions.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <cmath>

using namespace ecw;
using test::expectUsage;
using test::ProcessResult;
using test::runCli;

namespace {

const char* const kToday = "2026-11-29";

// The same computation the CLI does, in-process: the built-in book, a fixed day 0.
struct Expected
{
    FixedClock clock { makeDate(2026, 11, 29) };
    ForecastEngine engine { clock };

    explicit Expected(ScenarioDocument document = {}, CostOptions options = {}, std::vector<int> days = { 30, 60, 90 })
    {
        engine.setPriceBook(builtinPriceBook().value());
        engine.setCostOptions(options);
        engine.setMilestoneDays(std::move(days));
        engine.recompute(document);
    }
};

ProcessResult run(std::vector<std::string> args)
{
    args.push_back("--today");
    args.push_back(kToday);
    return runCli(args);
}

nlohmann::json json(std::vector<std::string> args)
{
    args.push_back("--format");
    args.push_back("json");
    const ProcessResult result = run(args);
    EXPECT_EQ(result.exitCode, 0) << result.err;
    EXPECT_EQ(result.err, "");
    return nlohmann::json::parse(result.out);
}

double number(const std::string& text)
{
    std::size_t used = 0;
    const double value = std::stod(text, &used);
    EXPECT_EQ(used, text.size()) << text;
    return value;
}

const MilestoneEntry& entry(const ForecastEngine& engine, int day, const std::string& figure)
{
    const MilestoneEntry* found = engine.milestones().find(day, figure);
    EXPECT_NE(found, nullptr) << day << " " << figure;
    return *found;
}

} // namespace

TEST(ForecastCli, TextShowsTheMilestonesWithAndWithoutMarginAndTheRunway)
{
    const ProcessResult result = run({ "forecast" });
    ASSERT_EQ(result.exitCode, 0) << result.err;
    EXPECT_EQ(result.err, "");
    const std::string& out = result.out;
    // The spec's worked example: 1M nodes at 2 %/day reach 1,811,362 on day 30; 30 % margin rounds up.
    EXPECT_NE(out.find("Day 30 (2026-12-29)"), std::string::npos);
    EXPECT_NE(out.find("1,811,362 nodes"), std::string::npos);
    EXPECT_NE(out.find("2,354,771 nodes"), std::string::npos);
    EXPECT_NE(out.find("with 30 % margin"), std::string::npos);
    EXPECT_NE(out.find("Day 90 (2027-02-27)"), std::string::npos);
    const Expected expected;
    for (const MilestoneEntry& e : expected.engine.milestones().entries)
        for (GrowthBand band : kGrowthBands) {
            EXPECT_NE(out.find(formatHuman(e.value[bandIndex(band)], e.unit)), std::string::npos) << e.figure;
            EXPECT_NE(out.find(formatHuman(e.withMargin[bandIndex(band)], e.unit)), std::string::npos) << e.figure;
        }
    // Runway of the default scenario on 8 cores: CPU at 70 % on day 22 at 2 %/day (docs/forecast-and-cost.md).
    EXPECT_NE(out.find("AWS: 1 x c6i.2xlarge"), std::string::npos);
    EXPECT_NE(out.find("day 22 (2026-12-21)"), std::string::npos);
    EXPECT_NE(out.find("day 43 (2027-01-11)"), std::string::npos);
    EXPECT_NE(out.find("day 9 (2026-12-08)"), std::string::npos);
}

TEST(ForecastCli, JsonAndCsvCarryTheEnginesFigures)
{
    const Expected expected;
    const nlohmann::json out = json({ "forecast" });
    EXPECT_EQ(out["format"], "engram-capacity-forecast");
    EXPECT_EQ(out["today"], kToday);
    EXPECT_EQ(out["growth"]["expected"], 0.02);
    ASSERT_EQ(out["milestones"].size(), 3u);
    for (const nlohmann::json& milestone : out["milestones"]) {
        const int day = milestone["day"];
        for (const auto& [figure, values] : milestone["figures"].items()) {
            const MilestoneEntry& e = entry(expected.engine, day, figure);
            for (GrowthBand band : kGrowthBands) {
                const std::string key(growthBandName(band));
                EXPECT_EQ(values[key].get<double>(), e.value[bandIndex(band)]) << day << figure << key;
                EXPECT_EQ(values["with_margin"][key].get<double>(), e.withMargin[bandIndex(band)]) << day << figure;
            }
        }
    }
    EXPECT_EQ(out["milestones"][0]["figures"]["nodes"]["expected"], 1811362);
    EXPECT_EQ(out["runway"]["aws"]["instance"], "c6i.2xlarge");
    EXPECT_EQ(out["runway"]["aws"]["cpu"]["expected"]["day"], 22);

    const ProcessResult csv = run({ "forecast", "--format", "csv" });
    ASSERT_EQ(csv.exitCode, 0);
    EXPECT_EQ(csv.out, writeForecastCsv(expected.engine));
    const Result<std::vector<CsvRow>> rows = parseCsv(csv.out);
    ASSERT_TRUE(rows.ok());
    ASSERT_EQ(rows->size(), 1 + 2 * expected.engine.milestones().entries.size());
    for (std::size_t i = 1; i < rows->size(); ++i) {
        const CsvRow& row = (*rows)[i];
        ASSERT_EQ(row.size(), 5u);
        std::string figure = row[1];
        const bool margin = figure.ends_with(".with_margin");
        if (margin)
            figure.resize(figure.size() - std::string(".with_margin").size());
        const MilestoneEntry& e = entry(expected.engine, static_cast<int>(number(row[0])), figure);
        for (GrowthBand band : kGrowthBands)
            EXPECT_EQ(number(row[2 + bandIndex(band)]),
                      margin ? e.withMargin[bandIndex(band)] : e.value[bandIndex(band)])
                << row[1];
    }
}

TEST(ForecastCli, GrowthRateSetsTheForecastAndTheScenarioInputAlike)
{
    ScenarioDocument document;
    document.scenario.set(InputId::DailyGrowthRate, 0.03);
    document.forecast.rateExpected = 0.03;
    const Expected expected(document);
    const nlohmann::json out = json({ "forecast", "--growth-rate", "0.03" });
    EXPECT_EQ(out["growth"]["expected"], 0.03);
    EXPECT_EQ(out["milestones"][0]["figures"]["nodes"]["expected"], std::round(1e6 * std::pow(1.03, 30)));
    const ProcessResult csv = run({ "forecast", "--growth-rate", "0.03", "--format", "csv" });
    EXPECT_EQ(csv.out, writeForecastCsv(expected.engine));

    // In-process: the option moved the scenario's input (backup sizing reads it) and the forecast alike.
    std::vector<OptionSpec> specs;
    ScenarioOptions::addSpecs(specs);
    GrowthOptions::addSpecs(specs);
    const std::vector<std::string_view> args { "--growth-rate", "0.03", "--growth-high", "0.04" };
    const Result<CliArguments> parsed = CliArguments::parse(specs, args);
    ASSERT_TRUE(parsed.ok());
    const Result<ScenarioDocument> resolved = ScenarioOptions::resolve(*parsed);
    ASSERT_TRUE(resolved.ok());
    const Result<ScenarioDocument> applied = GrowthOptions::apply(*parsed, *resolved);
    ASSERT_TRUE(applied.ok()) << applied.error();
    EXPECT_EQ(applied->scenario[InputId::DailyGrowthRate], 0.03);
    EXPECT_EQ(applied->forecast.rateExpected, 0.03);
    EXPECT_EQ(applied->forecast.rateHigh, 0.04);
    EXPECT_EQ(applied->forecast.rateLow, 0.01);
}

TEST(ForecastCli, LinearPointsOpsFixedDaysAndHorizon)
{
    nlohmann::json linear = json({ "forecast", "--linear-per-day", "50000" });
    EXPECT_EQ(linear["growth"]["model"], "linear");
    EXPECT_EQ(linear["milestones"][0]["figures"]["nodes"]["expected"], 2500000);
    EXPECT_EQ(linear["milestones"][0]["figures"]["nodes"]["low"], 1300000); // default 10,000 a day

    nlohmann::json points = json({ "forecast", "--points", "0:1e6,30:2e6", "--days", "15,30,60" });
    EXPECT_EQ(points["growth"]["model"], "points");
    ASSERT_EQ(points["milestones"].size(), 3u);
    EXPECT_EQ(points["milestones"][0]["day"], 15);
    EXPECT_EQ(points["milestones"][0]["figures"]["nodes"]["expected"], 1500000);
    EXPECT_EQ(points["milestones"][1]["figures"]["nodes"]["high"], 2000000);
    EXPECT_EQ(points["milestones"][2]["figures"]["nodes"]["low"], 2000000); // flat after the last point

    nlohmann::json fixed = json({ "forecast", "--ops-fixed" });
    EXPECT_EQ(fixed["growth"]["ops_grow_with_nodes"], false);
    EXPECT_EQ(fixed["milestones"][2]["figures"]["ops_per_sec"]["high"], 5000);

    nlohmann::json bands = json({ "forecast", "--growth-low", "0", "--growth-high", "0.1" });
    EXPECT_EQ(bands["milestones"][0]["figures"]["nodes"]["low"], 1000000);
    EXPECT_EQ(bands["milestones"][0]["figures"]["nodes"]["high"], std::round(1e6 * std::pow(1.1, 30)));

    const ProcessResult series = run({ "forecast", "--horizon", "40", "--series", "--format", "csv" });
    ASSERT_EQ(series.exitCode, 0) << series.err;
    const Result<std::vector<CsvRow>> rows = parseCsv(series.out);
    ASSERT_TRUE(rows.ok());
    int lastDay = -1;
    for (std::size_t i = 1; i < rows->size(); ++i)
        lastDay = std::max(lastDay, static_cast<int>(number((*rows)[i][0])));
    EXPECT_EQ(lastDay, 90); // milestones beyond the horizon still come last
    const ProcessResult text = run({ "forecast", "--horizon", "40", "--series" });
    EXPECT_NE(text.out.find("\n   40  2027-01-08"), std::string::npos) << text.out;
}

TEST(ForecastCli, BadValuesExitTwoNamingTheOptionAndRange)
{
    expectUsage({ "forecast", "--growth-low", "0.03" },
                "the low growth (0.03 per day, --growth-low) must not be above the expected growth (0.02 per day, "
                "--growth-rate)");
    expectUsage({ "forecast", "--growth-rate", "0.5" },
                "must not be above the high growth (0.05 per day, --growth-high)");
    expectUsage({ "forecast", "--growth-rate", "1.5" }, "--growth-rate must be a number from 0 to 1 (got 1.5)");
    expectUsage({ "forecast", "--growth-high", "abc" },
                "--growth-high must be a daily rate from 0 to 1 (got 'abc', which is not a number)");
    expectUsage({ "forecast", "--growth-low", "-0.1" }, "--growth-low must be a daily rate from 0 to 1 (got -0.1)");
    expectUsage({ "forecast", "--growth-model", "expo" }, "--growth-model must be 'compound', 'linear' or 'points'");
    expectUsage({ "forecast", "--growth-model", "points" }, "--growth-model points needs --points");
    expectUsage({ "forecast", "--linear-per-day", "1e13" },
                "--linear-per-day must be a number of nodes per day from 0 to");
    expectUsage({ "forecast", "--linear-low", "30000", "--linear-per-day", "20000" },
                "the low growth (30000 nodes per day, --linear-low) must not be above");
    expectUsage({ "forecast", "--points", "0:1e6,30" }, "--points must be DAY:NODES pairs");
    expectUsage({ "forecast", "--points", "30:1e6,10:2e6" },
                "--points: days must be ascending (got day 10 after day 30)");
    expectUsage({ "forecast", "--points", "4000:1e6" }, "--points must be DAY:NODES pairs");
    expectUsage({ "forecast", "--days", "30,0" }, "--days must be whole days from 1 to 3,650");
    expectUsage({ "forecast", "--days", "30,30" }, "--days lists day 30 twice");
    expectUsage({ "forecast", "--days", "7.5" }, "--days must be whole days");
    expectUsage({ "forecast", "--horizon", "0" }, "--horizon must be a whole number of days from 1 to 3,650 (got 0)");
    expectUsage({ "forecast", "--horizon", "99.5" }, "--horizon must be a whole number of days");
    expectUsage({ "forecast", "--today", "2026-02-30" }, "--today must be a calendar date as YYYY-MM-DD");
    expectUsage({ "forecast", "--series=yes" }, "--series takes no value");
    expectUsage({ "forecast", "--format", "xml" }, "--format must be 'text', 'json' or 'csv'");
    expectUsage({ "forecast", "--grwoth-low", "0.01" }, "unknown option '--grwoth-low' (did you mean --growth-low?)");
    expectUsage({ "forecast", "--nodes", "-5" }, "--nodes must be a whole number from 0 to");
}

TEST(CostCli, TextHasTheBooksDateRecommendationsBreakdownAndSavings)
{
    const Expected expected;
    const ProcessResult result = run({ "cost" });
    ASSERT_EQ(result.exitCode, 0) << result.err;
    const std::string& out = result.out;
    EXPECT_NE(out.find("as of 2023-01-01 (1,428 days old on 2026-11-29; built-in price book)"), std::string::npos);
    EXPECT_NE(out.find("\nWarning: Price book"), std::string::npos);
    for (Cloud cloud : kClouds) {
        const CloudOutlook& outlook = expected.engine.outlook(cloud);
        ASSERT_EQ(outlook.options.size(), 3u);
        const InstanceOption& best = outlook.options.front();
        EXPECT_NE(out.find("Recommended: 1 x " + best.type.name + ", "
                           + formatHuman(best.choice.monthlyTotal, Unit::Usd) + " per month (on-demand)"),
                  std::string::npos)
            << cloudKey(cloud);
        for (const InstanceOption& option : outlook.options)
            EXPECT_NE(out.find(option.type.name), std::string::npos);
        for (const CostBreakdown& cost : outlook.costs) {
            if (cost.available) {
                EXPECT_NE(out.find(formatHuman(cost.total(), Unit::Usd)), std::string::npos);
            }
        }
    }
    EXPECT_NE(out.find("not offered: 1yr: azure has no 1yr discount in the price book"), std::string::npos);
    EXPECT_NE(out.find("Hot tier minimization: "), std::string::npos);
    EXPECT_NE(out.find(formatHuman(expected.engine.tierSavings().hotTierMinimization, Unit::Usd)), std::string::npos);
    EXPECT_NE(out.find("day 22 (2026-12-21)"), std::string::npos); // when the recommendation must scale

    // A fresh book has no warning line.
    const ProcessResult fresh = runCli({ "cost", "--today", "2023-03-01" });
    ASSERT_EQ(fresh.exitCode, 0);
    EXPECT_NE(fresh.out.find("59 days old on 2023-03-01"), std::string::npos);
    EXPECT_EQ(fresh.out.find("Warning"), std::string::npos);
}

TEST(CostCli, JsonAndCsvCarryTheEnginesCosts)
{
    const Expected expected;
    const nlohmann::json out = json({ "cost" });
    EXPECT_EQ(out["price_book"]["as_of"], "2023-01-01");
    EXPECT_EQ(out["price_book"]["stale"], true);
    ASSERT_EQ(out["clouds"].size(), 3u);
    for (const nlohmann::json& cloud : out["clouds"]) {
        const CloudOutlook& outlook = expected.engine.outlook(*parseCloud(cloud["cloud"].get<std::string>()));
        EXPECT_EQ(cloud["recommendation"][0]["instance"], outlook.options.front().type.name);
        ASSERT_EQ(cloud["costs"].size(), 4u);
        for (const nlohmann::json& cost : cloud["costs"]) {
            const CostBreakdown& b
                = outlook.costs[pricingModelIndex(*parsePricingModel(cost["pricing_model"].get<std::string>()))];
            EXPECT_EQ(cost["available"], b.available);
            if (b.available) {
                EXPECT_EQ(cost["total"].get<double>(), b.total());
            }
        }
    }
    const ProcessResult csv = run({ "cost", "--format", "csv" });
    ASSERT_EQ(csv.exitCode, 0);
    EXPECT_EQ(csv.out, writeCostCsv(expected.engine));

    CostOutputOptions filter;
    filter.clouds = { Cloud::Aws };
    filter.models = { PricingModel::ThreeYear };
    CostOptions threeYear;
    threeYear.curveModel = PricingModel::ThreeYear;
    const Expected priced({}, threeYear);
    const ProcessResult one = run({ "cost", "--cloud", "aws", "--pricing", "3yr", "--format", "csv" });
    ASSERT_EQ(one.exitCode, 0) << one.err;
    EXPECT_EQ(one.out, writeCostCsv(priced.engine, filter));
    EXPECT_EQ(one.out.find("gcp,"), std::string::npos);
    EXPECT_EQ(one.out.find(",on-demand,"), std::string::npos);

    CostOptions discounted;
    discounted.flatDiscount[cloudIndex(Cloud::Gcp)] = 0.25;
    const Expected withDiscount({}, discounted);
    const ProcessResult d = run({ "cost", "--discount", "gcp=0.25", "--format", "csv" });
    EXPECT_EQ(d.out, writeCostCsv(withDiscount.engine));
    EXPECT_NE(d.out, csv.out);

    const nlohmann::json curves = json({ "cost", "--curves" });
    EXPECT_EQ(curves["curves"]["against_nodes"]["nodes"].size(), 61u);
    EXPECT_EQ(curves["curves"]["over_time"]["aws"]["expected"].size(), 366u);
    const ProcessResult curveText = run({ "cost", "--curves", "--cloud", "gcp" });
    EXPECT_NE(curveText.out.find("Monthly cost against node count"), std::string::npos);
    EXPECT_NE(curveText.out.find("100,000,000,000"), std::string::npos);
}

TEST(CostCli, OwnPriceBookAndItsErrors)
{
    const std::string fixture = std::string(ECW_SOURCE_DIR) + "/tests/data/pricebooks/fixture.json";
    const nlohmann::json own = json({ "cost", "--price-book", fixture });
    EXPECT_EQ(own["price_book"]["as_of"], "2026-06-01");
    EXPECT_EQ(own["price_book"]["age_days"], 181);
    EXPECT_EQ(own["price_book"]["stale"], true); // 181 days: one over the limit
    const ProcessResult text = runCli({ "cost", "--price-book", fixture, "--today", "2026-11-27" });
    EXPECT_NE(text.out.find("(179 days old on 2026-11-27; " + fixture + ")"), std::string::npos) << text.out;
    EXPECT_EQ(text.out.find("Warning"), std::string::npos);

    nlohmann::json book = nlohmann::json::parse(test::readText(fixture));
    book["clouds"]["aws"]["instances"][1].erase("usd_per_hour");
    const std::string broken = test::tempPath("broken-book.json");
    test::writeText(broken, book.dump());
    expectUsage({ "cost", "--price-book", broken },
                "--price-book " + broken + ": clouds.aws.instances[1].usd_per_hour is missing");
    expectUsage({ "forecast", "--price-book", broken }, "clouds.aws.instances[1].usd_per_hour is missing");
    book = nlohmann::json::parse(test::readText(fixture));
    book["clouds"]["gcp"]["instances"][0]["vcpus"] = 0;
    test::writeText(broken, book.dump());
    expectUsage({ "cost", "--price-book", broken },
                "clouds.gcp.instances[0].vcpus must be a whole number of at least 1");
    test::writeText(broken, "{ not json");
    expectUsage({ "cost", "--price-book", broken }, "price book is not valid JSON");
    expectUsage({ "cost", "--price-book", test::tempPath("no-such-book.json") }, "--price-book: cannot read");
    expectUsage({ "cost", "--price-book", ::testing::TempDir() }, "--price-book: cannot read");

    // A one-cloud book: the others are not offered.
    book = nlohmann::json::parse(test::readText(fixture));
    book["clouds"].erase("gcp");
    book["clouds"].erase("azure");
    test::writeText(broken, book.dump());
    expectUsage({ "cost", "--price-book", broken, "--cloud", "gcp" },
                "--cloud gcp: the price book (" + broken + ") has no gcp prices");
    expectUsage({ "cost", "--price-book", broken, "--discount", "azure=0.1" }, "has no azure prices");
    const nlohmann::json single = json({ "cost", "--price-book", broken });
    EXPECT_EQ(single["clouds"].size(), 1u);
    std::remove(broken.c_str());
}

TEST(CostCli, BadValuesExitTwoNamingTheOptionAndRange)
{
    expectUsage({ "cost", "--cloud", "mars" }, "--cloud must be 'aws', 'gcp' or 'azure' (got 'mars')");
    expectUsage({ "cost", "--pricing", "monthly" },
                "--pricing must be 'on-demand', '1yr', '3yr' or 'spot' (got 'monthly')");
    expectUsage({ "cost", "--discount", "aws=2" }, "--discount aws must be a fraction from 0 to 1 (got '2')");
    expectUsage({ "cost", "--discount", "aws=-0.1" }, "--discount aws must be a fraction from 0 to 1");
    expectUsage({ "cost", "--discount", "aws" }, "--discount needs CLOUD=FRACTION");
    expectUsage({ "cost", "--discount", "ibm=0.1" },
                "--discount: the cloud must be 'aws', 'gcp' or 'azure' (got 'ibm')");
    expectUsage({ "cost", "--discount", "aws=0.1", "--discount", "aws=0.2" }, "--discount aws given more than once");
    expectUsage({ "cost", "--format", "csv", "--curves" }, "--curves needs --format text or json");
    expectUsage({ "cost", "--cloud", "aws", "--cloud", "gcp" }, "--cloud given more than once");
    expectUsage({ "cost", "--price-book" }, "--price-book needs a value (FILE)");
    expectUsage({ "cost", "--growth-rate", "0.9" }, "must not be above the high growth");
}

TEST(CostCli, OutputFileAndUnwritableOutput)
{
    const std::string path = test::tempPath("cost.json");
    const ProcessResult ok = run({ "cost", "--format", "json", "--output", path });
    EXPECT_EQ(ok.exitCode, 0);
    EXPECT_EQ(ok.out, "");
    EXPECT_EQ(nlohmann::json::parse(test::readText(path))["format"], "engram-capacity-cost");
    std::remove(path.c_str());
    const ProcessResult bad = run({ "forecast", "--output", test::tempPath("no-such-folder/f.csv") });
    EXPECT_EQ(bad.exitCode, 1);
    EXPECT_EQ(bad.out, "");
    EXPECT_NE(bad.err.find("cannot write "), std::string::npos);
    EXPECT_NE(bad.err.find("No such file or directory"), std::string::npos);
}

TEST(ForecastCostCli, HelpDescribesEveryOption)
{
    for (const char* command : { "forecast", "cost", "export" }) {
        const ProcessResult help = runCli({ command, "--help" });
        EXPECT_EQ(help.exitCode, 0) << command;
        EXPECT_NE(help.out.find(std::string("Usage: engram-capacity ") + command), std::string::npos);
        EXPECT_EQ(runCli({ "help", command }).out, help.out);
    }
    const std::string forecast = runCli({ "forecast", "--help" }).out;
    for (const char* option : { "--growth-rate R", "--growth-low R", "--growth-high R", "--growth-model NAME",
                                "--linear-per-day N", "--points DAY:NODES,...", "--ops-fixed", "--days D,D,...",
                                "--horizon D", "--series", "--price-book FILE", "--nodes N", "--scenario FILE" })
        EXPECT_NE(forecast.find(option), std::string::npos) << option;
    const std::string cost = runCli({ "cost", "--help" }).out;
    for (const char* option : { "--cloud NAME", "--price-book FILE", "--pricing MODEL", "--discount CLOUD=FRACTION",
                                "--curves", "--format NAME" })
        EXPECT_NE(cost.find(option), std::string::npos) << option;
    const std::string global = runCli({ "--help" }).out;
    for (const char* command : { "  forecast ", "  cost ", "  export " })
        EXPECT_NE(global.find(command), std::string::npos) << command;
}
