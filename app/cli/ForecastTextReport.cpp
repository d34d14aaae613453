// SPDX-License-Identifier: GPL-3.0-or-later
#include "ForecastTextReport.h"

#include "TextTable.h"
#include "WorksheetForecast.h"

#include <cmath>

namespace ecw {

namespace {

using A = TextTable::Align;

std::string marginPercent(double margin)
{
    const double percent = margin * 100.0;
    return formatFixed(percent, percent == std::floor(percent) ? 0 : 1) + " %";
}

void milestones(std::string& out, const ForecastEngine& engine)
{
    const MilestoneTable& table = engine.milestones();
    const std::string margin = "  with " + marginPercent(table.safetyMargin) + " margin";
    for (int day : table.days) {
        out += "\nDay " + std::to_string(day) + " (" + formatIsoDate(addDays(engine.clock().today(), day)) + ")\n";
        TextTable t({ "", "low", "expected", "high" }, { A::Left, A::Right, A::Right, A::Right });
        for (const MilestoneEntry& entry : table.entries) {
            if (entry.day != day)
                continue;
            auto row = [&](const std::string& label, const std::array<double, kGrowthBandCount>& values) {
                std::vector<std::string> cells { label };
                for (GrowthBand band : kGrowthBands)
                    cells.push_back(entry.available ? formatHuman(values[bandIndex(band)], entry.unit)
                                                    : std::string("not offered"));
                t.row(std::move(cells));
            };
            row(entry.label, entry.value);
            row(margin, entry.withMargin);
        }
        out += t.render();
    }
}

void runway(std::string& out, const ForecastEngine& engine)
{
    const PriceBook* book = engine.priceBook();
    if (book == nullptr)
        return;
    const ModelConstants& constants = engine.forecaster().constants();
    out += "\nRunway to the scaling triggers (memory " + formatHuman(constants[ConstantId::MemoryTrigger], Unit::Ratio)
        + ", CPU " + formatHuman(constants[ConstantId::CpuTrigger], Unit::Ratio) + ", storage "
        + formatHuman(constants[ConstantId::StorageTrigger], Unit::Ratio) + ") on what is bought at day 0\n";
    for (Cloud cloud : kClouds) {
        const CloudOutlook& outlook = engine.outlook(cloud);
        const CloudPrices* prices = book->find(cloud);
        if (!outlook.available || prices == nullptr || outlook.options.empty())
            continue;
        const RunwayCapacity& capacity = outlook.runway.capacity;
        out += "\n" + std::string(cloudTitle(cloud)) + ": "
            + describeConfiguration(*prices, outlook.options.front().choice) + " ("
            + formatHuman(capacity.cores, Unit::Cores) + " useful, " + formatHuman(capacity.memoryBytes, Unit::Bytes)
            + "), volume " + formatHuman(capacity.volumeBytes, Unit::Bytes) + "\n";
        TextTable t({ "resource", "trigger at", "low", "expected", "high" },
                    { A::Left, A::Right, A::Left, A::Left, A::Left });
        for (RunwayResource resource : kRunwayResources) {
            const Unit unit = resource == RunwayResource::Cpu ? Unit::Cores : Unit::Bytes;
            std::vector<std::string> cells { std::string(runwayResourceKey(resource)),
                                             formatHuman(outlook.runway.hit(resource, GrowthBand::Expected).threshold,
                                                         unit) };
            for (GrowthBand band : kGrowthBands) {
                const RunwayHit& hit = outlook.runway.hit(resource, band);
                cells.push_back(describeRunwayDay(hit.day, hit.date, outlook.runway.horizonDays));
            }
            t.row(std::move(cells));
        }
        out += t.render();
    }
}

void series(std::string& out, const ForecastEngine& engine)
{
    const ForecastSeries& s = engine.series();
    out += "\nEvery day at expected growth (JSON and CSV carry all three bands)\n";
    TextTable t({ "day", "date", "nodes", "memory.total", "cpu.total", "storage.total" },
                { A::Right, A::Left, A::Right, A::Right, A::Right, A::Right });
    for (int day = 0; day <= s.horizonDays(); ++day) {
        auto value = [&](ForecastFigure figure) {
            return formatHuman(s.value(figure, GrowthBand::Expected, day), forecastFigureSpec(figure).unit);
        };
        t.row({ std::to_string(day), formatIsoDate(addDays(engine.clock().today(), day)), value(ForecastFigure::Nodes),
                value(ForecastFigure::MemoryTotal), value(ForecastFigure::CpuTotal),
                value(ForecastFigure::StorageTotal) });
    }
    out += t.render();
}

} // namespace

std::string writeForecastText(const ForecastEngine& engine, bool includeSeries)
{
    std::string out;
    if (!engine.computed())
        return out;
    const ForecastSettings& settings = engine.forecaster().settings();
    const MilestoneTable& table = engine.milestones();
    out += "Growth forecast: " + describeGrowth(settings) + ".\n";
    out += "Day 0 is " + formatIsoDate(engine.clock().today()) + "; the horizon is "
        + std::to_string(engine.series().horizonDays()) + " days. \"with " + marginPercent(table.safetyMargin)
        + " margin\" rows add the worksheet's safety margin (nodes and cores rounded up).\n";
    if (engine.priceBook() != nullptr)
        out += "Monthly cost: " + std::string(pricingModelKey(table.costModel))
            + " pricing, the cheapest configuration for each day's need.\n";
    for (const std::string& problem : engine.problems())
        out += "Problem: " + problem + "\n";
    for (GrowthBand band : kGrowthBands)
        if (const std::optional<int> day = engine.series().firstClampedDay(band))
            out += "Note: at " + std::string(growthBandName(band))
                + " growth the inputs reach their limit (10^12 nodes or 10^8 ops/s) on day " + std::to_string(*day)
                + "; later figures understate the need.\n";
    milestones(out, engine);
    runway(out, engine);
    if (includeSeries)
        series(out, engine);
    return out;
}

} // namespace ecw
