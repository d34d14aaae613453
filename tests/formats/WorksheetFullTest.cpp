// SPDX-License-Identifier: GPL-3.0-or-later
// The full worksheet (FullWorksheet): the estimate's sections, then forecast, runway and cost, assumptions
// last; charts that carry the series, bands, markers and capacity lines; and a CSV whose forecast and cost
// sections are exactly the CLI's rows under a section column.
#include "../model/ForecastTestBook.h"
#include "CostOutput.h"
#include "CsvParser.h"
#include "ForecastOutput.h"
#include "FullWorksheet.h"
#include "WorksheetCharts.h"
#include "WorksheetForecast.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>

namespace ecw {
namespace {

FullWorksheetOptions withBook()
{
    FullWorksheetOptions options;
    options.priceBook = std::make_shared<PriceBook>(test::fixtureBook());
    options.appVersion = "9.8.7";
    return options;
}

std::vector<std::string> headings(const WorksheetDocument& worksheet)
{
    std::vector<std::string> out;
    for (const WorksheetBlock& block : worksheet.blocks)
        if (block.kind == BlockKind::Heading)
            out.push_back(block.text);
    return out;
}

std::size_t indexOf(const std::vector<std::string>& list, const std::string& text)
{
    return static_cast<std::size_t>(std::find(list.begin(), list.end(), text) - list.begin());
}

bool hasParagraph(const WorksheetDocument& worksheet, const std::string& part)
{
    return std::any_of(worksheet.blocks.begin(), worksheet.blocks.end(), [&](const WorksheetBlock& block) {
        return block.kind == BlockKind::Paragraph && block.text.find(part) != std::string::npos;
    });
}

std::vector<const WorksheetBlock*> charts(const WorksheetDocument& worksheet)
{
    std::vector<const WorksheetBlock*> out;
    for (const WorksheetBlock& block : worksheet.blocks)
        if (block.kind == BlockKind::LineChart)
            out.push_back(&block);
    return out;
}

bool tableHasCell(const WorksheetDocument& worksheet, const std::string& cell)
{
    for (const WorksheetBlock& block : worksheet.blocks)
        if (block.kind == BlockKind::Table)
            for (const auto& row : block.table.rows)
                if (std::find(row.begin(), row.end(), cell) != row.end())
                    return true;
    return false;
}

TEST(WorksheetFull, SectionsInOrderWithAssumptionsLast)
{
    const FixedClock clock(makeDate(2026, 11, 29));
    ScenarioDocument document;
    document.name = "Budget 2027";
    document.notes = "Planning for the spring launch.";
    const FullWorksheet full(document, clock, withBook());
    const WorksheetDocument worksheet = full.worksheet();
    EXPECT_EQ(worksheet.title, "Budget 2027");
    EXPECT_NE(worksheet.subtitle.find("Engram Capacity Workbench 9.8.7"), std::string::npos);
    EXPECT_NE(worksheet.subtitle.find("2026-11-29"), std::string::npos);
    EXPECT_NE(worksheet.subtitle.find("price book as of 2026-06-01"), std::string::npos);
    EXPECT_TRUE(hasParagraph(worksheet, "Planning for the spring launch."));

    const std::vector<std::string> h = headings(worksheet);
    const std::vector<std::string> order { "Summary",
                                           "Inputs",
                                           "Tier breakdown",
                                           "Memory",
                                           "Warnings and recommendations",
                                           "Growth forecast",
                                           "Day 30 (2026-12-29)",
                                           "Day 60 (2027-01-28)",
                                           "Day 90 (2027-02-27)",
                                           "Memory, cores and storage over 365 days",
                                           "Runway",
                                           "Cost per cloud",
                                           "AWS (" + test::fixtureBook().find(Cloud::Aws)->region + ")",
                                           "Cost curves",
                                           "Tier-optimization savings",
                                           "Price sources",
                                           "Assumptions",
                                           "Appendix: deployment artifacts" };
    std::size_t previous = 0;
    for (const std::string& heading : order) {
        const std::size_t at = indexOf(h, heading);
        ASSERT_LT(at, h.size()) << heading;
        EXPECT_GE(at, previous) << heading;
        previous = at;
    }
    EXPECT_EQ(h.back(), "promtool unit tests for the alerting rules (engram-alerts.test.yaml)");
}

TEST(WorksheetFull, MilestoneTablesCarryEveryFigureWithAndWithoutMargin)
{
    const FixedClock clock(makeDate(2026, 11, 29));
    const FullWorksheet full(ScenarioDocument {}, clock, withBook());
    const WorksheetDocument worksheet = full.worksheet();
    const MilestoneTable& table = full.engine().milestones();
    ASSERT_FALSE(table.entries.empty());
    for (const MilestoneEntry& entry : table.entries)
        for (GrowthBand band : kGrowthBands) {
            EXPECT_TRUE(tableHasCell(worksheet, formatHuman(entry.value[bandIndex(band)], entry.unit))) << entry.figure;
            EXPECT_TRUE(tableHasCell(worksheet, formatHuman(entry.withMargin[bandIndex(band)], entry.unit)))
                << entry.figure;
        }
    EXPECT_TRUE(tableHasCell(worksheet, "1,811,362 nodes"));
    EXPECT_TRUE(tableHasCell(worksheet, "2,354,771 nodes"));
    EXPECT_TRUE(tableHasCell(worksheet, "  with 30 % margin"));
}

TEST(WorksheetFull, GrowthChartsHaveBandsMarkersAndCapacityLines)
{
    const FixedClock clock(makeDate(2026, 11, 29));
    const FullWorksheet full(ScenarioDocument {}, clock, withBook());
    const WorksheetDocument worksheet = full.worksheet();
    const std::vector<const WorksheetBlock*> all = charts(worksheet);
    ASSERT_EQ(all.size(), 5u); // memory, cores, storage; cost over time; cost against nodes
    const ForecastEngine& engine = full.engine();
    const std::optional<Cloud> cloud = cheapestCloud(engine);
    ASSERT_TRUE(cloud.has_value());
    const Runway& runway = engine.outlook(*cloud).runway;
    const ForecastFigure figures[]
        = { ForecastFigure::MemoryTotal, ForecastFigure::CpuTotal, ForecastFigure::StorageTotal };
    const double capacities[] = { runway.capacity.memoryBytes, runway.capacity.cores, runway.capacity.volumeBytes };
    for (std::size_t i = 0; i < 3; ++i) {
        const WorksheetLineChart& chart = all[i]->lines;
        EXPECT_TRUE(chart.logY);
        EXPECT_FALSE(chart.stepped);
        ASSERT_EQ(chart.series.size(), 1u);
        const LineSeries& line = chart.series.front();
        ASSERT_EQ(line.x.size(), 366u);
        ASSERT_EQ(line.low.size(), 366u);
        ASSERT_EQ(line.high.size(), 366u);
        const ChartScale scale = chartScale(forecastFigureSpec(figures[i]).unit,
                                            engine.series().value(figures[i], GrowthBand::Expected, 0));
        for (int day : { 0, 30, 365 }) {
            EXPECT_DOUBLE_EQ(line.y[day] * scale.divisor, engine.series().value(figures[i], GrowthBand::Expected, day));
            EXPECT_LE(line.low[day], line.y[day]);
            EXPECT_GE(line.high[day], line.y[day]);
        }
        EXPECT_EQ(chart.markersX, (std::vector<double> { 30, 60, 90 }));
        ASSERT_EQ(chart.thresholds.size(), 2u);
        EXPECT_DOUBLE_EQ(chart.thresholds[0].y * scale.divisor, capacities[i]);
        EXPECT_LT(chart.thresholds[1].y, chart.thresholds[0].y); // the trigger sits below the capacity
    }
    const WorksheetLineChart& cost = all[3]->lines;
    EXPECT_TRUE(cost.stepped);
    EXPECT_TRUE(cost.logY);
    ASSERT_EQ(cost.series.size(), 3u);
    EXPECT_EQ(cost.series[0].y[30], engine.costTimeline().total(Cloud::Aws, GrowthBand::Expected, 30));
    EXPECT_EQ(cost.series[2].high[90], engine.costTimeline().total(Cloud::Azure, GrowthBand::High, 90));
    const WorksheetLineChart& vsNodes = all[4]->lines;
    EXPECT_TRUE(vsNodes.logX);
    EXPECT_EQ(vsNodes.series[0].x.size(), 61u);
    EXPECT_EQ(vsNodes.markersX, (std::vector<double> { 1e6 }));
}

TEST(WorksheetFull, CostSectionsRecommendationsSourcesAndWarning)
{
    const FixedClock clock(makeDate(2026, 11, 29));
    const FullWorksheet full(ScenarioDocument {}, clock, withBook());
    const WorksheetDocument worksheet = full.worksheet();
    const ForecastEngine& engine = full.engine();
    for (Cloud cloud : kClouds) {
        const CloudOutlook& outlook = engine.outlook(cloud);
        ASSERT_FALSE(outlook.options.empty());
        const InstanceOption& best = outlook.options.front();
        EXPECT_TRUE(tableHasCell(worksheet, describeConfiguration(*engine.priceBook()->find(cloud), best.choice)));
        EXPECT_TRUE(tableHasCell(worksheet, formatHuman(best.choice.monthlyTotal, Unit::Usd)));
        EXPECT_TRUE(tableHasCell(worksheet, "Instance " + best.type.name));
        for (const CostBreakdown& cost : outlook.costs) {
            if (cost.available) {
                EXPECT_TRUE(tableHasCell(worksheet, formatHuman(cost.total(), Unit::Usd)));
            }
        }
    }
    EXPECT_TRUE(tableHasCell(worksheet, "2026-06-01")); // every fixture price's as-of date
    // The fixture book is 181 days old on 2026-11-29: stale, one day over.
    EXPECT_TRUE(hasParagraph(worksheet, "Warning: Price book"));
    const FixedClock fresh(makeDate(2026, 7, 1));
    const FullWorksheet young(ScenarioDocument {}, fresh, withBook());
    EXPECT_FALSE(hasParagraph(young.worksheet(), "Warning:"));
    EXPECT_TRUE(hasParagraph(young.worksheet(), "(30 days before 2026-07-01)"));
}

TEST(WorksheetFull, WithoutAPriceBookThereIsNoCostRunwayOrPriceSection)
{
    const FixedClock clock(makeDate(2026, 11, 29));
    FullWorksheetOptions options;
    const FullWorksheet full(ScenarioDocument {}, clock, options);
    const std::vector<std::string> h = headings(full.worksheet());
    EXPECT_LT(indexOf(h, "Growth forecast"), h.size());
    for (const char* absent : { "Runway", "Cost per cloud", "Price sources", "Cost curves" })
        EXPECT_EQ(indexOf(h, absent), h.size()) << absent;
    // The artifacts need no prices (the ASG says it has none), so the appendix follows the assumptions.
    EXPECT_EQ(indexOf(h, "Appendix: deployment artifacts"), indexOf(h, "Assumptions") + 1);
    EXPECT_EQ(full.csv().find("\r\nsection,cloud,"), std::string::npos);
    EXPECT_NE(full.csv().find("\r\nsection,day,figure,low,expected,high,unit\r\n"), std::string::npos);
}

TEST(WorksheetFull, CsvForecastAndCostAreTheClisRowsUnderASectionColumn)
{
    const FixedClock clock(makeDate(2026, 11, 29));
    const FullWorksheet full(ScenarioDocument {}, clock, withBook());
    const Result<std::vector<CsvRow>> rows = parseCsv(full.csv());
    ASSERT_TRUE(rows.ok());
    std::vector<CsvRow> forecast;
    std::vector<CsvRow> cost;
    std::vector<std::string> sectionOrder;
    for (const CsvRow& row : *rows) {
        if (row.size() < 2 || row[0] == "section")
            continue;
        if (sectionOrder.empty() || sectionOrder.back() != row[0])
            sectionOrder.push_back(row[0]);
        if (row[0] == "forecast")
            forecast.push_back(CsvRow(row.begin() + 1, row.end() - 1));
        if (row[0] == "cost")
            cost.push_back(CsvRow(row.begin() + 1, row.end()));
    }
    EXPECT_EQ(sectionOrder,
              (std::vector<std::string> { "scenario", "inputs", "assumptions", "line_items", "findings", "forecast",
                                          "cost", "artifacts" }));
    std::vector<CsvRow> cliForecast = parseCsv(writeForecastCsv(full.engine())).value();
    cliForecast.erase(cliForecast.begin());
    EXPECT_EQ(forecast, cliForecast);
    std::vector<CsvRow> cliCost = parseCsv(writeCostCsv(full.engine())).value();
    cliCost.erase(cliCost.begin());
    EXPECT_EQ(cost, cliCost);
    EXPECT_NE(full.csv().find("\r\nforecast,30,memory.total,"), std::string::npos);
    EXPECT_NE(full.csv().find(",bytes\r\n"), std::string::npos);
    EXPECT_NE(full.csv().find("\r\nforecast,30,cost.monthly.aws.with_margin,"), std::string::npos);
}

TEST(WorksheetFull, AppendixCarriesEveryGeneratedArtifactVerbatim)
{
    const FixedClock clock(makeDate(2026, 11, 29));
    ScenarioDocument document;
    document.name = "Appendix check";
    document.scenario.set(InputId::Nodes, 5e8); // 50M hot nodes: 5 shards, so the HPA's minimum is 5
    const FullWorksheet full(document, clock, withBook());
    ASSERT_EQ(full.artifacts().size(), kArtifactKindCount);

    // The PDF's appendix: one monospaced block per artifact, its text exactly what 'generate' writes.
    std::vector<std::string> code;
    for (const WorksheetBlock& block : full.worksheet().blocks)
        if (block.kind == BlockKind::Code)
            code.push_back(block.text);
    ASSERT_EQ(code.size(), kArtifactKindCount);
    for (std::size_t i = 0; i < code.size(); ++i) {
        EXPECT_EQ(code[i], full.artifacts()[i].text) << i;
        EXPECT_NE(code[i].find("Appendix check"), std::string::npos) << i; // the header names the scenario
    }
    EXPECT_NE(code[3].find("minReplicas: 5"), std::string::npos) << code[3];

    // The CSV's rows join back into each file.
    const Result<std::vector<CsvRow>> rows = parseCsv(full.csv());
    ASSERT_TRUE(rows.ok());
    std::map<std::string, std::string> files;
    int previousLine = 0;
    std::string previousKind;
    for (const CsvRow& row : *rows) {
        if (row.empty() || row[0] != "artifacts")
            continue;
        ASSERT_EQ(row.size(), 6u);
        const int line = std::stoi(row[4]);
        EXPECT_EQ(line, row[1] == previousKind ? previousLine + 1 : 1) << row[1];
        previousKind = row[1];
        previousLine = line;
        files[row[1]] += row[5] + "\n";
    }
    ASSERT_EQ(files.size(), kArtifactKindCount);
    for (const Artifact& artifact : full.artifacts())
        EXPECT_EQ(files[std::string(artifactKey(artifact.kind))], artifact.text) << artifactKey(artifact.kind);
}

TEST(WorksheetFull, WordingHelpersAndChartScale)
{
    ForecastSettings settings;
    EXPECT_EQ(describeGrowth(settings),
              "compound growth of 1.0 % / 2.0 % / 5.0 % per day (low / expected / high); ops/s grow with the nodes");
    settings.model = GrowthModel::Points;
    settings.points = { { 0, 1e6 }, { 30, 2.5e6 } };
    settings.opsGrowWithNodes = false;
    EXPECT_EQ(describeGrowth(settings),
              "the planner's points (day: nodes) 0: 1,000,000, 30: 2,500,000, straight lines "
              "between them and flat after the last; ops/s stay fixed");
    EXPECT_EQ(describeRunwayDay(std::nullopt, std::nullopt, 365), "beyond 365 days");
    EXPECT_EQ(describeRunwayDay(22, makeDate(2026, 12, 21), 365), "day 22 (2026-12-21)");
    EXPECT_EQ(chartScale(Unit::Bytes, 1.5 * kGiB).name, "GiB");
    EXPECT_EQ(chartScale(Unit::Bytes, 1.5 * kGiB).divisor, kGiB);
    EXPECT_EQ(chartScale(Unit::Bytes, 600 * kTiB).name, "TiB");
    EXPECT_EQ(chartScale(Unit::Bytes, 5000 * kTiB).name, "PiB");
    EXPECT_EQ(chartScale(Unit::Bytes, 0).name, "GiB");
    EXPECT_EQ(chartScale(Unit::Cores, 12).name, "cores");
    EXPECT_EQ(chartScale(Unit::Cores, 12).divisor, 1);
}

} // namespace
} // namespace ecw
