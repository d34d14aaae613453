// SPDX-License-Identifier: GPL-3.0-or-later
// Forecast JSON and CSV writers.
#include "ForecastOutput.h"

#include "CsvWriter.h"
#include "JsonNumber.h"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace ecw {

namespace {

using OrderedJson = nlohmann::ordered_json;

OrderedJson bands(const std::array<double, kGrowthBandCount>& values)
{
    OrderedJson out;
    for (GrowthBand band : kGrowthBands)
        out[std::string(growthBandName(band))] = jsonNumber(values[bandIndex(band)]);
    return out;
}

OrderedJson optionalDay(const std::optional<int>& day)
{
    return day ? OrderedJson(*day) : OrderedJson(nullptr);
}

OrderedJson optionalDate(const std::optional<Date>& date)
{
    return date ? OrderedJson(formatIsoDate(*date)) : OrderedJson(nullptr);
}

OrderedJson growthJson(const ForecastSettings& settings)
{
    OrderedJson out;
    out["model"] = growthModelName(settings.model);
    switch (settings.model) {
    case GrowthModel::Compound:
        out["rate_unit"] = "fraction per day";
        out["low"] = jsonNumber(settings.rateLow);
        out["expected"] = jsonNumber(settings.rateExpected);
        out["high"] = jsonNumber(settings.rateHigh);
        break;
    case GrowthModel::Linear:
        out["rate_unit"] = "nodes per day";
        out["low"] = jsonNumber(settings.linearLow);
        out["expected"] = jsonNumber(settings.linearExpected);
        out["high"] = jsonNumber(settings.linearHigh);
        break;
    case GrowthModel::Points: {
        OrderedJson points = OrderedJson::array();
        for (const GrowthPoint& point : settings.points)
            points.push_back({ { "day", jsonNumber(point.day) }, { "nodes", jsonNumber(point.nodes) } });
        out["points"] = std::move(points);
        out["after_last_point"] = "flat";
        break;
    }
    }
    out["ops_grow_with_nodes"] = settings.opsGrowWithNodes;
    out["horizon_days"] = jsonNumber(settings.horizonDays);
    return out;
}

OrderedJson runwayJson(const Runway& runway, const ModelConstants& constants)
{
    OrderedJson out;
    out["capacity"] = { { "memory_bytes", jsonNumber(runway.capacity.memoryBytes) },
                        { "cores", jsonNumber(runway.capacity.cores) },
                        { "volume_bytes", jsonNumber(runway.capacity.volumeBytes) } };
    out["triggers"] = { { "memory", jsonNumber(constants[ConstantId::MemoryTrigger]) },
                        { "cpu", jsonNumber(constants[ConstantId::CpuTrigger]) },
                        { "storage", jsonNumber(constants[ConstantId::StorageTrigger]) } };
    out["horizon_days"] = runway.horizonDays;
    for (RunwayResource resource : kRunwayResources) {
        OrderedJson r;
        for (GrowthBand band : kGrowthBands) {
            const RunwayHit& hit = runway.hit(resource, band);
            r[std::string(growthBandName(band))] = { { "day", optionalDay(hit.day) },
                                                     { "date", optionalDate(hit.date) },
                                                     { "threshold", jsonNumber(hit.threshold) } };
        }
        out[std::string(runwayResourceKey(resource))] = std::move(r);
    }
    return out;
}

void csvBands(CsvWriter& csv, int day, std::string_view figure, const std::array<double, kGrowthBandCount>& values,
              bool available)
{
    csv.number(day).field(figure);
    for (GrowthBand band : kGrowthBands) {
        if (available)
            csv.number(values[bandIndex(band)]);
        else
            csv.field("");
    }
    csv.endRow();
}

void csvMilestoneDay(CsvWriter& csv, const MilestoneTable& table, int day)
{
    for (const MilestoneEntry& entry : table.entries)
        if (entry.day == day) {
            csvBands(csv, day, entry.figure, entry.value, entry.available);
            csvBands(csv, day, entry.figure + ".with_margin", entry.withMargin, entry.available);
        }
}

} // namespace

std::string writeForecastJson(const ForecastEngine& engine, const ForecastOutputOptions& options)
{
    OrderedJson out;
    out["format"] = kForecastFormatName;
    out["schema_version"] = kForecastSchemaVersion;
    out["today"] = formatIsoDate(engine.clock().today());
    if (!engine.computed())
        return out.dump(2) + "\n";
    const Forecaster& forecaster = engine.forecaster();
    const MilestoneTable& table = engine.milestones();
    out["growth"] = growthJson(forecaster.settings());
    out["safety_margin"] = jsonNumber(table.safetyMargin);
    out["cost_pricing_model"] = pricingModelKey(table.costModel);
    OrderedJson units;
    for (const ForecastFigureSpec& spec : forecastFigureSpecs())
        if (spec.milestone)
            units[std::string(spec.key)] = unitName(spec.unit);
    units["cost.monthly.<cloud>"] = "USD per 730-hour month";
    out["units"] = std::move(units);
    OrderedJson problems = OrderedJson::array();
    for (const std::string& problem : engine.problems())
        problems.push_back(problem);
    out["problems"] = std::move(problems);
    OrderedJson clamped;
    for (GrowthBand band : kGrowthBands)
        clamped[std::string(growthBandName(band))] = optionalDay(engine.series().firstClampedDay(band));
    out["first_clamped_day"] = std::move(clamped);

    OrderedJson milestones = OrderedJson::array();
    for (int day : table.days) {
        OrderedJson m;
        m["day"] = day;
        m["date"] = formatIsoDate(addDays(engine.clock().today(), day));
        OrderedJson figures;
        for (const MilestoneEntry& entry : table.entries) {
            if (entry.day != day)
                continue;
            OrderedJson f;
            f["unit"] = unitName(entry.unit);
            if (!entry.available) {
                f["available"] = false;
            } else {
                for (GrowthBand band : kGrowthBands)
                    f[std::string(growthBandName(band))] = jsonNumber(entry.value[bandIndex(band)]);
                f["with_margin"] = bands(entry.withMargin);
            }
            figures[entry.figure] = std::move(f);
        }
        m["figures"] = std::move(figures);
        milestones.push_back(std::move(m));
    }
    out["milestones"] = std::move(milestones);

    if (options.includeRunway) {
        OrderedJson runway;
        const PriceBook* book = engine.priceBook();
        for (Cloud cloud : kClouds) {
            const CloudOutlook& outlook = engine.outlook(cloud);
            if (!outlook.available || outlook.options.empty())
                continue;
            const InstanceOption& recommended = outlook.options.front();
            OrderedJson r;
            r["instance"] = recommended.type.name;
            r["count"] = recommended.choice.count;
            OrderedJson body = runwayJson(outlook.runway, forecaster.constants());
            r.insert(body.begin(), body.end());
            runway[std::string(cloudKey(cloud))] = std::move(r);
        }
        out["runway"] = std::move(runway);
        if (book == nullptr)
            out["runway_note"] = "no price book: runway needs an instance to measure against";
    }

    if (options.includeSeries) {
        const ForecastSeries& series = engine.series();
        OrderedJson s;
        s["days"] = series.dayCount();
        OrderedJson figures;
        for (const ForecastFigureSpec& spec : forecastFigureSpecs()) {
            if (!spec.milestone)
                continue;
            OrderedJson f;
            for (GrowthBand band : kGrowthBands) {
                OrderedJson values = OrderedJson::array();
                for (double v : series.values(spec.id, band))
                    values.push_back(jsonNumber(v));
                f[std::string(growthBandName(band))] = std::move(values);
            }
            figures[std::string(spec.key)] = std::move(f);
        }
        const CostTimeline& timeline = engine.costTimeline();
        for (Cloud cloud : kClouds) {
            if (!timeline.available(cloud))
                continue;
            OrderedJson f;
            for (GrowthBand band : kGrowthBands) {
                OrderedJson values = OrderedJson::array();
                for (int day = 0; day <= timeline.horizonDays(); ++day)
                    values.push_back(jsonNumber(timeline.total(cloud, band, day)));
                f[std::string(growthBandName(band))] = std::move(values);
            }
            figures["cost.monthly." + std::string(cloudKey(cloud))] = std::move(f);
        }
        s["figures"] = std::move(figures);
        out["series"] = std::move(s);
    }
    return out.dump(2) + "\n";
}

std::string writeForecastCsv(const ForecastEngine& engine, const ForecastOutputOptions& options)
{
    CsvWriter csv;
    csv.row({ "day", "figure", "low", "expected", "high" });
    if (!engine.computed())
        return csv.take();
    const MilestoneTable& table = engine.milestones();
    std::vector<int> milestoneDays;
    for (int day : table.days)
        if (day >= 0 && std::find(milestoneDays.begin(), milestoneDays.end(), day) == milestoneDays.end())
            milestoneDays.push_back(day);
    if (!options.includeSeries) {
        for (int day : milestoneDays)
            csvMilestoneDay(csv, table, day);
        return csv.take();
    }
    const ForecastSeries& series = engine.series();
    std::vector<int> done;
    for (int day = 0; day <= series.horizonDays(); ++day) {
        if (std::find(milestoneDays.begin(), milestoneDays.end(), day) != milestoneDays.end()) {
            csvMilestoneDay(csv, table, day);
            done.push_back(day);
            continue;
        }
        for (const ForecastFigureSpec& spec : forecastFigureSpecs()) {
            if (!spec.milestone)
                continue;
            std::array<double, kGrowthBandCount> values {};
            for (GrowthBand band : kGrowthBands)
                values[bandIndex(band)] = series.value(spec.id, band, day);
            csvBands(csv, day, spec.key, values, true);
        }
        const CostTimeline& timeline = engine.costTimeline();
        for (Cloud cloud : kClouds) {
            if (engine.priceBook() == nullptr || engine.priceBook()->find(cloud) == nullptr)
                continue;
            std::array<double, kGrowthBandCount> values {};
            const bool available = timeline.available(cloud) && day <= timeline.horizonDays();
            for (GrowthBand band : kGrowthBands)
                values[bandIndex(band)] = available ? timeline.total(cloud, band, day) : 0.0;
            csvBands(csv, day, "cost.monthly." + std::string(cloudKey(cloud)), values, available);
        }
    }
    for (int day : milestoneDays)
        if (std::find(done.begin(), done.end(), day) == done.end())
            csvMilestoneDay(csv, table, day);
    return csv.take();
}

} // namespace ecw
