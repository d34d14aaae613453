// SPDX-License-Identifier: GPL-3.0-or-later
// `engram-capacity export` end to end: the defaults and a 10^11-node scenario to PDF and CSV. The PDF's text
// (pdftotext) holds the key figures exactly as the model formats them, its charts are vector paths, its page
// count is fixed for a given input; the CSV, parsed back, equals the model's values.
#include "ExportTestSupport.h"

#include <cmath>

using namespace ecw;
using namespace ecw::test;

namespace {

// Pages of the default scenario's worksheet on 2026-11-29 with the built-in price book. A change in layout
// or content changes them: look at the pages (docs/export.md) and update these on purpose.
constexpr int kDefaultPagesA4 = 21; // 16 before the appendix of deployment artifacts
constexpr int kDefaultPagesLetter = 22;

struct Exported
{
    std::string pdf;
    std::string csv;
};

Exported exportBoth(const TempFolder& folder, const std::string& name, const std::vector<std::string>& extra = {})
{
    Exported out { folder / (name + ".pdf"), folder / (name + ".csv") };
    std::vector<std::string> args { "export", "--pdf", out.pdf, "--csv", out.csv, "--today", kToday };
    args.insert(args.end(), extra.begin(), extra.end());
    const ProcessResult result = cli(args);
    EXPECT_EQ(result.exitCode, 0) << result.err;
    EXPECT_EQ(result.out, "");
    EXPECT_EQ(result.err, ""); // no Qt chatter either
    return out;
}

void expectKeyFigures(const std::string& text, const FullWorksheet& model)
{
    const Estimate& e = model.estimate();
    for (const char* id : { "memory.total", "memory.recommended", "cpu.recommended", "storage.total", "tiers.hot_nodes",
                            "tiers.warm_nodes", "tiers.cold_nodes" }) {
        const LineItem* item = e.find(id);
        ASSERT_NE(item, nullptr) << id;
        const std::string figure = formatHuman(item->value, item->unit);
        EXPECT_NE(text.find(figure), std::string::npos) << id << " = " << figure;
        EXPECT_NE(text.find(id), std::string::npos) << id; // the line-item table names each item
    }
    const ForecastEngine& engine = model.engine();
    ASSERT_FALSE(engine.milestones().entries.empty());
    for (const MilestoneEntry& entry : engine.milestones().entries)
        for (GrowthBand band : kGrowthBands) {
            EXPECT_NE(text.find(formatHuman(entry.value[bandIndex(band)], entry.unit)), std::string::npos)
                << "day " << entry.day << " " << entry.figure << " " << growthBandName(band);
            EXPECT_NE(text.find(formatHuman(entry.withMargin[bandIndex(band)], entry.unit)), std::string::npos)
                << "day " << entry.day << " " << entry.figure << " with margin";
        }
    for (int day : { 30, 60, 90 })
        EXPECT_NE(text.find("Day " + std::to_string(day) + " ("), std::string::npos) << day;
    for (Cloud cloud : kClouds) {
        const CloudOutlook& outlook = engine.outlook(cloud);
        ASSERT_FALSE(outlook.options.empty()) << cloudKey(cloud);
        const InstanceOption& best = outlook.options.front();
        const std::string configuration = std::to_string(best.choice.count) + " x " + best.type.name;
        EXPECT_NE(text.find(configuration), std::string::npos) << configuration;
        EXPECT_NE(text.find(formatHuman(best.choice.monthlyTotal, Unit::Usd)), std::string::npos) << configuration;
        // Its price in the price sources, with the date it holds from.
        EXPECT_NE(text.find("Instance " + best.type.name + " $" + formatMachineNumber(best.type.usdPerHour) + "/h"),
                  std::string::npos)
            << best.type.name;
        EXPECT_NE(text.find(formatIsoDate(best.type.price.asOf)), std::string::npos);
    }
    EXPECT_NE(text.find("price book as of 2023-01-01"), std::string::npos);
    EXPECT_NE(text.find("Engram Capacity Workbench 0.1.0"), std::string::npos);
    for (const char* heading :
         { "Summary", "Inputs", "Tier breakdown", "Memory", "Warnings and recommendations", "Growth forecast", "Runway",
           "Cost per cloud", "Cost curves", "Tier-optimization savings", "Price sources", "Assumptions" })
        EXPECT_NE(text.find(heading), std::string::npos) << heading;
}

void expectCsvEqualsModel(const std::string& csv, const FullWorksheet& model)
{
    const CsvSections sections = csvSections(csv);
    const Estimate& e = model.estimate();

    ASSERT_EQ(sections.count("line_items"), 1u);
    const std::vector<CsvRow>& items = sections.at("line_items");
    ASSERT_EQ(items.size(), e.items.size());
    for (std::size_t i = 0; i < items.size(); ++i) {
        ASSERT_GE(items[i].size(), 6u);
        EXPECT_EQ(items[i][1], e.items[i].id);
        EXPECT_EQ(parsedNumber(items[i][3]), e.items[i].value) << e.items[i].id; // exact: shortest round trip
        EXPECT_EQ(items[i][4], unitName(e.items[i].unit)) << e.items[i].id;
        EXPECT_EQ(items[i][5], e.items[i].formula) << e.items[i].id;
    }
    const std::vector<CsvRow>& inputs = sections.at("inputs");
    ASSERT_EQ(inputs.size(), inputSpecs().size());
    for (std::size_t i = 0; i < inputs.size(); ++i)
        EXPECT_EQ(parsedNumber(inputs[i][3]), model.document().scenario[inputSpecs()[i].id]) << inputs[i][1];
    const std::vector<CsvRow>& constants = sections.at("assumptions");
    ASSERT_EQ(constants.size(), constantSpecs().size());
    for (std::size_t i = 0; i < constants.size(); ++i)
        EXPECT_EQ(parsedNumber(constants[i][4]), model.document().constants[constantSpecs()[i].id]) << constants[i][1];

    const ForecastEngine& engine = model.engine();
    const std::vector<CsvRow>& forecast = sections.at("forecast");
    ASSERT_EQ(forecast.size(), 2 * engine.milestones().entries.size());
    for (const CsvRow& row : forecast) {
        ASSERT_EQ(row.size(), 7u);
        std::string figure = row[2];
        const bool margin = figure.ends_with(".with_margin");
        if (margin)
            figure.resize(figure.size() - 12);
        const MilestoneEntry* entry = engine.milestones().find(static_cast<int>(parsedNumber(row[1])), figure);
        ASSERT_NE(entry, nullptr) << row[2];
        for (GrowthBand band : kGrowthBands)
            EXPECT_EQ(parsedNumber(row[3 + bandIndex(band)]),
                      margin ? entry->withMargin[bandIndex(band)] : entry->value[bandIndex(band)])
                << row[1] << " " << row[2];
        EXPECT_EQ(row[6], unitName(entry->unit));
    }
    const std::vector<CsvRow>& cost = sections.at("cost");
    std::size_t breakdownRows = 0;
    for (const CsvRow& row : cost) {
        ASSERT_EQ(row.size(), 5u);
        if (row[2] == "n/a")
            continue;
        const CloudOutlook& outlook = engine.outlook(*parseCloud(row[1]));
        const CostBreakdown& b = outlook.costs[pricingModelIndex(*parsePricingModel(row[2]))];
        const double expected = row[3] == "compute" ? b.compute
            : row[3] == "block_storage"             ? b.blockStorage
            : row[3] == "object_storage"            ? b.objectStorage
            : row[3] == "egress"                    ? b.egress
                                                    : b.total();
        EXPECT_EQ(parsedNumber(row[4]), expected) << row[1] << " " << row[2] << " " << row[3];
        ++breakdownRows;
    }
    EXPECT_EQ(breakdownRows, 5u * (4 + 4 + 3)); // Azure has no 1-year figure
    EXPECT_EQ(csv, model.csv()); // and byte for byte what the workbench writes
}

} // namespace

TEST(ExportCli, DefaultScenarioPdfHoldsTheKeyFiguresAndCsvEqualsTheModel)
{
    if (!havePoppler())
        GTEST_SKIP() << "pdftotext/pdfinfo (poppler-utils) not installed";
    const TempFolder folder;
    const Exported out = exportBoth(folder, "default");
    const ModelWorksheet model { ScenarioDocument {} };
    EXPECT_EQ(pdfPages(out.pdf), kDefaultPagesA4);
    EXPECT_NE(pdfInfo(out.pdf, "Page size").find("(A4)"), std::string::npos);
    EXPECT_EQ(pdfInfo(out.pdf, "Title"), "Default scenario");
    const std::string text = pdfText(out.pdf);
    expectKeyFigures(text, model.worksheet);
    EXPECT_NE(text.find("1,811,362 nodes"), std::string::npos); // the spec's worked example at day 30
    EXPECT_NE(text.find("Page 1 of " + std::to_string(kDefaultPagesA4)), std::string::npos);
    EXPECT_NE(text.find("Page " + std::to_string(kDefaultPagesA4) + " of " + std::to_string(kDefaultPagesA4)),
              std::string::npos);
    expectCsvEqualsModel(readFile(out.csv), model.worksheet);
}

TEST(ExportCli, HundredBillionNodeScenario)
{
    if (!havePoppler())
        GTEST_SKIP() << "pdftotext/pdfinfo (poppler-utils) not installed";
    const TempFolder folder;
    const Exported out = exportBoth(folder, "large", { "--scenario", writeLargeScenario(folder / "large.json") });
    const ModelWorksheet model { largeScenario() };
    const std::string text = pdfText(out.pdf);
    expectKeyFigures(text, model.worksheet);
    EXPECT_NE(text.find("100,000,000,000 nodes"), std::string::npos);
    EXPECT_NE(text.find("Hundred billion nodes"), std::string::npos);
    EXPECT_NE(text.find("Stress test: 10^11 nodes."), std::string::npos);
    expectCsvEqualsModel(readFile(out.csv), model.worksheet);
    // Same input, same pages.
    const int pages = pdfPages(out.pdf);
    EXPECT_GT(pages, kDefaultPagesA4 - 3);
    const Exported again = exportBoth(folder, "again", { "--scenario", folder / "large.json" });
    EXPECT_EQ(pdfPages(again.pdf), pages);
}

TEST(ExportCli, PageCountIsStableAndLetterWorks)
{
    if (!havePoppler())
        GTEST_SKIP() << "pdftotext/pdfinfo (poppler-utils) not installed";
    const TempFolder folder;
    for (int run = 0; run < 2; ++run) {
        const std::string pdf = folder / ("a4-" + std::to_string(run) + ".pdf");
        ASSERT_EQ(cli({ "export", "--pdf", pdf, "--today", kToday }).exitCode, 0);
        EXPECT_EQ(pdfPages(pdf), kDefaultPagesA4) << "run " << run;
    }
    const std::string letter = folder / "letter.pdf";
    const ProcessResult result = cli({ "export", "--pdf", letter, "--page-size", "letter", "--today", kToday });
    ASSERT_EQ(result.exitCode, 0) << result.err;
    EXPECT_NE(pdfInfo(letter, "Page size").find("612 x 792 pts (letter)"), std::string::npos);
    EXPECT_EQ(pdfPages(letter), kDefaultPagesLetter);
    expectKeyFigures(pdfText(letter), ModelWorksheet { ScenarioDocument {} }.worksheet);
    const std::string a4 = folder / "A4.pdf";
    ASSERT_EQ(cli({ "export", "--pdf", a4, "--page-size", "A4", "--today", kToday }).exitCode, 0);
    EXPECT_NE(pdfInfo(a4, "Page size").find("595 x 842 pts (A4)"), std::string::npos);
}

TEST(ExportCli, ChartsAreVectorsAndTextIsText)
{
    if (!havePoppler() || std::string(ECW_PDFIMAGES).find("NOTFOUND") != std::string::npos)
        GTEST_SKIP() << "poppler-utils not installed";
    const TempFolder folder;
    const std::string pdf = folder / "w.pdf";
    ASSERT_EQ(cli({ "export", "--pdf", pdf, "--today", kToday }).exitCode, 0);
    const ProcessResult images = runProcess({ ECW_PDFIMAGES, "-list", pdf });
    ASSERT_EQ(images.exitCode, 0);
    // Only the two header lines: no bitmap anywhere, the charts are paths.
    std::size_t lines = 0;
    for (char c : images.out)
        lines += c == '\n';
    EXPECT_EQ(lines, 2u) << images.out;
    // Chart labels are real text too.
    const std::string text = pdfText(pdf);
    EXPECT_NE(text.find("Memory (GiB, log scale)"), std::string::npos);
    EXPECT_NE(text.find("USD per month (log scale)"), std::string::npos);
    EXPECT_NE(text.find("Day (0 = 2026-11-29)"), std::string::npos);
    // No ligature glyphs: "file" is searchable as f-i-l-e.
    EXPECT_EQ(text.find("\xEF\xAC\x81"), std::string::npos); // U+FB01 LATIN SMALL LIGATURE FI
    EXPECT_NE(text.find("file last changed"), std::string::npos);
}

TEST(ExportCli, CsvWithOwnPriceBook)
{
    const TempFolder folder;
    const std::string csv = folder / "w.csv";
    const std::string book = std::string(ECW_SOURCE_DIR) + "/tests/data/pricebooks/fixture.json";
    const ProcessResult result = cli({ "export", "--csv", csv, "--price-book", book, "--today", kToday });
    ASSERT_EQ(result.exitCode, 0) << result.err;
    const CsvSections sections = csvSections(readFile(csv));
    ASSERT_EQ(sections.count("cost"), 1u);
    bool sawFixtureCloud = false;
    for (const CsvRow& row : sections.at("cost"))
        sawFixtureCloud = sawFixtureCloud || row[1] == "aws";
    EXPECT_TRUE(sawFixtureCloud);
    // The fixture's prices, not the built-in ones: the totals differ.
    const ProcessResult builtin = cli({ "export", "--csv", folder / "b.csv", "--today", kToday });
    ASSERT_EQ(builtin.exitCode, 0);
    EXPECT_NE(csvSections(readFile(folder / "b.csv")).at("cost"), sections.at("cost"));
}
