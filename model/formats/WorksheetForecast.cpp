// SPDX-License-Identifier: GPL-3.0-or-later
// Forecast sections of the worksheet, laid out for a budget meeting: the table first, then the charts.
#include "WorksheetForecast.h"

#include "GrowthCurve.h"
#include "WorksheetCharts.h"

#include <algorithm>
#include <cmath>

namespace ecw {

namespace {

std::string percent(double fraction)
{
    return formatHuman(fraction, Unit::Ratio);
}

std::string marginLabel(double margin)
{
    return "  with " + formatFixed(margin * 100.0, margin * 100.0 == std::floor(margin * 100.0) ? 0 : 1) + " % margin";
}

void milestoneTables(WorksheetDocument& worksheet, const ForecastEngine& engine)
{
    const MilestoneTable& table = engine.milestones();
    for (int day : table.days) {
        const Date date = addDays(engine.clock().today(), day);
        worksheet.heading("Day " + std::to_string(day) + " (" + formatIsoDate(date) + ")", 2);
        WorksheetTable& t
            = worksheet.table({ "Figure", "Low growth", "Expected growth", "High growth" },
                              { Align::Left, Align::Right, Align::Right, Align::Right }, { 2.1, 1.7, 1.7, 1.7 });
        for (const MilestoneEntry& entry : table.entries) {
            if (entry.day != day)
                continue;
            auto cells = [&](const std::array<double, kGrowthBandCount>& values) {
                std::vector<std::string> row;
                for (GrowthBand band : kGrowthBands)
                    row.push_back(entry.available ? formatHuman(values[bandIndex(band)], entry.unit)
                                                  : std::string("not offered"));
                return row;
            };
            std::vector<std::string> plain = cells(entry.value);
            plain.insert(plain.begin(), entry.label);
            t.rows.push_back(std::move(plain));
            t.marked.push_back(false);
            std::vector<std::string> padded = cells(entry.withMargin);
            padded.insert(padded.begin(), marginLabel(table.safetyMargin));
            t.rows.push_back(std::move(padded));
            t.marked.push_back(true);
        }
    }
}

void growthCharts(WorksheetDocument& worksheet, const ForecastEngine& engine)
{
    const ForecastSeries& series = engine.series();
    if (series.empty())
        return;
    const ModelConstants& constants = engine.forecaster().constants();
    const std::optional<Cloud> cloud = cheapestCloud(engine);
    const CloudOutlook* outlook = cloud ? &engine.outlook(*cloud) : nullptr;
    const PriceBook* book = engine.priceBook();
    const CloudPrices* prices = (cloud && book) ? book->find(*cloud) : nullptr;
    const std::string configuration = (outlook && prices && !outlook->options.empty())
        ? std::string(cloudTitle(*cloud)) + " " + describeConfiguration(*prices, outlook->options.front().choice)
        : std::string();

    worksheet.heading("Memory, cores and storage over " + std::to_string(series.horizonDays()) + " days", 2);
    worksheet.paragraph(
        "Each chart shows the need (the unpadded total) at expected growth, with a band from low to high growth, on a "
        "logarithmic scale; dashed lines mark the milestone days."
        + (configuration.empty() ? std::string()
                                 : " Dotted lines: the capacity bought at day 0 (" + configuration
                   + ", the cheapest recommendation; the volume holds day-0 recommended storage) and its scaling "
                     "trigger."));

    struct Resource
    {
        ForecastFigure figure;
        RunwayResource runway;
        const char* title;
        const char* what;
        ConstantId trigger;
    };
    const Resource resources[] = {
        { ForecastFigure::MemoryTotal, RunwayResource::Memory, "Memory", "memory.total", ConstantId::MemoryTrigger },
        { ForecastFigure::CpuTotal, RunwayResource::Cpu, "Cores", "cpu.total", ConstantId::CpuTrigger },
        { ForecastFigure::StorageTotal, RunwayResource::Storage, "Storage", "storage.total",
          ConstantId::StorageTrigger },
    };
    for (const Resource& resource : resources) {
        const Unit unit = forecastFigureSpec(resource.figure).unit;
        double capacity = 0;
        if (outlook) {
            const RunwayCapacity& c = outlook->runway.capacity;
            capacity = resource.runway == RunwayResource::Memory ? c.memoryBytes
                : resource.runway == RunwayResource::Cpu         ? c.cores
                                                                 : c.volumeBytes;
        }
        const ChartScale scale = chartScale(unit, series.value(resource.figure, GrowthBand::Expected, 0));
        WorksheetBlock& block = worksheet.blocks.emplace_back();
        block.kind = BlockKind::LineChart;
        block.text = std::string(resource.title) + " needed (" + resource.what + ") by day";
        WorksheetLineChart& chart = block.lines;
        chart.xLabel = "Day (0 = " + formatIsoDate(engine.clock().today()) + ")";
        chart.yLabel = std::string(resource.title) + " (" + scale.name + ", log scale)";
        chart.yUnit = scale.name;
        chart.logY = true;
        LineSeries line;
        line.name = std::string(resource.title) + ", expected (band: low to high growth)";
        for (int day = 0; day <= series.horizonDays(); ++day) {
            line.x.push_back(day);
            line.y.push_back(series.value(resource.figure, GrowthBand::Expected, day) / scale.divisor);
            line.low.push_back(series.value(resource.figure, GrowthBand::Low, day) / scale.divisor);
            line.high.push_back(series.value(resource.figure, GrowthBand::High, day) / scale.divisor);
        }
        chart.series.push_back(std::move(line));
        for (int day : engine.milestones().days)
            if (day <= series.horizonDays())
                chart.markersX.push_back(day);
        if (capacity > 0) {
            const double trigger = constants[resource.trigger];
            chart.thresholds.push_back({ "capacity " + formatHuman(capacity, unit), capacity / scale.divisor, 2 });
            chart.thresholds.push_back({ "trigger " + percent(trigger) + ": " + formatHuman(capacity * trigger, unit),
                                         capacity * trigger / scale.divisor, 0 });
        }
    }
}

void runwayTable(WorksheetDocument& worksheet, const ForecastEngine& engine)
{
    const PriceBook* book = engine.priceBook();
    if (book == nullptr)
        return;
    const ModelConstants& constants = engine.forecaster().constants();
    worksheet.heading("Runway", 2);
    worksheet.paragraph("The day (and date) each need reaches the spec's scaling trigger on what is bought at day 0: "
                        "memory at "
                        + percent(constants[ConstantId::MemoryTrigger]) + " and CPU at "
                        + percent(constants[ConstantId::CpuTrigger]) + " of the recommended instances, storage at "
                        + percent(constants[ConstantId::StorageTrigger])
                        + " of a volume of day-0 recommended storage.");
    WorksheetTable& t = worksheet.table(
        { "Cloud and configuration", "Resource", "Trigger at", "Low growth", "Expected growth", "High growth" },
        { Align::Left, Align::Left, Align::Right, Align::Right, Align::Right, Align::Right },
        { 1.9, 0.9, 1.2, 1.9, 1.9, 1.9 });
    for (Cloud cloud : kClouds) {
        const CloudOutlook& outlook = engine.outlook(cloud);
        const CloudPrices* prices = book->find(cloud);
        if (!outlook.available || prices == nullptr || outlook.options.empty())
            continue;
        const std::string who
            = std::string(cloudTitle(cloud)) + "\n" + describeConfiguration(*prices, outlook.options.front().choice);
        for (RunwayResource resource : kRunwayResources) {
            const Unit unit = resource == RunwayResource::Cpu ? Unit::Cores : Unit::Bytes;
            std::vector<std::string> row {
                resource == RunwayResource::Memory ? who : std::string(), std::string(runwayResourceKey(resource)),
                formatHuman(outlook.runway.hit(resource, GrowthBand::Expected).threshold, unit)
            };
            for (GrowthBand band : kGrowthBands) {
                const RunwayHit& hit = outlook.runway.hit(resource, band);
                row.push_back(describeRunwayDay(hit.day, hit.date, outlook.runway.horizonDays));
            }
            t.rows.push_back(std::move(row));
            t.marked.push_back(false);
        }
    }
}

} // namespace

std::string describeGrowth(const ForecastSettings& settings)
{
    std::string text;
    switch (settings.model) {
    case GrowthModel::Compound:
        text = "compound growth of " + percent(settings.rateLow) + " / " + percent(settings.rateExpected) + " / "
            + percent(settings.rateHigh) + " per day (low / expected / high)";
        break;
    case GrowthModel::Linear:
        text = "linear growth of " + formatGrouped(settings.linearLow) + " / " + formatGrouped(settings.linearExpected)
            + " / " + formatGrouped(settings.linearHigh) + " nodes per day (low / expected / high)";
        break;
    case GrowthModel::Points: {
        text = "the planner's points (day: nodes) ";
        for (std::size_t i = 0; i < settings.points.size(); ++i)
            text += (i ? ", " : "") + formatCompact(settings.points[i].day) + ": "
                + formatGrouped(settings.points[i].nodes);
        text += ", straight lines between them and flat after the last";
        break;
    }
    }
    text += settings.opsGrowWithNodes ? "; ops/s grow with the nodes" : "; ops/s stay fixed";
    return text;
}

std::string describeRunwayDay(const std::optional<int>& day, const std::optional<Date>& date, int horizonDays)
{
    if (!day)
        return "beyond " + std::to_string(horizonDays) + " days";
    std::string text = "day " + std::to_string(*day);
    if (date)
        text += " (" + formatIsoDate(*date) + ")";
    return text;
}

std::string describeConfiguration(const CloudPrices& cloud, const InstanceChoice& choice)
{
    if (!choice.valid() || choice.typeIndex >= cloud.instances.size())
        return "none";
    return std::to_string(choice.count) + " x " + cloud.instances[choice.typeIndex].name;
}

std::optional<Cloud> cheapestCloud(const ForecastEngine& engine)
{
    if (engine.priceBook() == nullptr || !engine.computed())
        return std::nullopt;
    const PricingModel model = engine.costOptions().curveModel;
    std::optional<Cloud> best;
    double bestTotal = 0;
    for (Cloud cloud : kClouds) {
        const CloudOutlook& outlook = engine.outlook(cloud);
        if (!outlook.available || outlook.options.empty())
            continue;
        const CostBreakdown& cost = outlook.costs[pricingModelIndex(model)];
        if (!cost.available)
            continue;
        if (!best || cost.total() < bestTotal) {
            best = cloud;
            bestTotal = cost.total();
        }
    }
    return best;
}

void appendForecastSections(WorksheetDocument& worksheet, const ForecastEngine& engine)
{
    if (!engine.computed())
        return;
    const MilestoneTable& table = engine.milestones();
    const ForecastSettings& settings = engine.forecaster().settings();
    worksheet.heading("Growth forecast");
    worksheet.paragraph("Growth: " + describeGrowth(settings) + ". Day 0 is " + formatIsoDate(engine.clock().today())
                        + ". The rows marked \"with " + formatFixed(table.safetyMargin * 100.0, 0)
                        + " % margin\" add the worksheet's safety margin (step 2, SAFETY_MARGIN): node counts and "
                          "cores rounded up, the cost that of the cheapest configuration for every cost driver "
                          "with the margin.");
    for (const std::string& problem : engine.problems())
        worksheet.paragraph("Problem with the growth settings: " + problem);
    for (GrowthBand band : kGrowthBands)
        if (const std::optional<int> day = engine.series().firstClampedDay(band))
            worksheet.paragraph("At " + std::string(growthBandName(band))
                                + " growth the inputs reach their limit "
                                  "(10^12 nodes or 10^8 ops/s) on day "
                                + std::to_string(*day) + "; from then on the figures understate the need.");
    milestoneTables(worksheet, engine);
    growthCharts(worksheet, engine);
    runwayTable(worksheet, engine);
}

} // namespace ecw
