// SPDX-License-Identifier: GPL-3.0-or-later
// Chart data only: every value is the engine's, divided by the axis unit (GiB, TiB, ...) chartScale picks.
#include "ForecastCharts.h"

#include "WorksheetCharts.h"
#include "WorksheetForecast.h"

namespace ecw {

namespace {

struct ResourceSpec
{
    ForecastFigure figure;
    ConstantId trigger;
    const char* title;
};

ResourceSpec resourceSpec(RunwayResource resource)
{
    switch (resource) {
    case RunwayResource::Memory:
        return { ForecastFigure::MemoryTotal, ConstantId::MemoryTrigger, "Memory" };
    case RunwayResource::Cpu:
        return { ForecastFigure::CpuTotal, ConstantId::CpuTrigger, "Cores" };
    case RunwayResource::Storage:
        return { ForecastFigure::StorageTotal, ConstantId::StorageTrigger, "Storage" };
    }
    return { ForecastFigure::MemoryTotal, ConstantId::MemoryTrigger, "Memory" };
}

std::string dayAxisLabel(const ForecastEngine& engine)
{
    return "Day (0 = " + formatIsoDate(engine.clock().today()) + ")";
}

} // namespace

double runwayCapacity(const CloudOutlook& outlook, RunwayResource resource)
{
    if (!outlook.available || outlook.options.empty())
        return 0;
    const RunwayCapacity& capacity = outlook.runway.capacity;
    switch (resource) {
    case RunwayResource::Memory:
        return capacity.memoryBytes;
    case RunwayResource::Cpu:
        return capacity.cores;
    case RunwayResource::Storage:
        return capacity.volumeBytes;
    }
    return 0;
}

WorksheetLineChart growthChart(const ForecastEngine& engine, RunwayResource resource, std::optional<Cloud> cloud)
{
    WorksheetLineChart chart;
    if (!engine.computed() || engine.series().empty())
        return chart;
    const ForecastSeries& series = engine.series();
    const ResourceSpec spec = resourceSpec(resource);
    const Unit unit = forecastFigureSpec(spec.figure).unit;
    const ChartScale scale = chartScale(unit, series.value(spec.figure, GrowthBand::Expected, 0));
    const std::string what(forecastFigureSpec(spec.figure).key);

    chart.xLabel = dayAxisLabel(engine);
    chart.yLabel = std::string(spec.title) + " needed, " + what + " (" + scale.name + ")";
    chart.yUnit = scale.name;
    chart.logY = true;
    LineSeries line;
    line.name = std::string(spec.title) + " needed at expected growth (band: low to high)";
    const int days = series.dayCount();
    line.x.reserve(days);
    line.y.reserve(days);
    line.low.reserve(days);
    line.high.reserve(days);
    for (int day = 0; day < days; ++day) {
        line.x.push_back(day);
        line.y.push_back(series.value(spec.figure, GrowthBand::Expected, day) / scale.divisor);
        line.low.push_back(series.value(spec.figure, GrowthBand::Low, day) / scale.divisor);
        line.high.push_back(series.value(spec.figure, GrowthBand::High, day) / scale.divisor);
    }
    chart.series.push_back(std::move(line));
    for (int day : engine.milestones().days)
        if (day <= series.horizonDays())
            chart.markersX.push_back(day);

    const PriceBook* book = engine.priceBook();
    if (cloud && book) {
        const CloudOutlook& outlook = engine.outlook(*cloud);
        const CloudPrices* prices = book->find(*cloud);
        const double capacity = runwayCapacity(outlook, resource);
        if (prices && capacity > 0) {
            const double trigger = engine.forecaster().constants()[spec.trigger];
            const std::string bought = resource == RunwayResource::Storage
                ? std::string("a volume of ") + formatHuman(capacity, unit)
                : describeConfiguration(*prices, outlook.options.front().choice) + ", " + formatHuman(capacity, unit);
            chart.thresholds.push_back(
                { std::string(cloudTitle(*cloud)) + " capacity: " + bought, capacity / scale.divisor, 2 });
            chart.thresholds.push_back(
                { "scaling trigger " + formatHuman(trigger, Unit::Ratio) + ": " + formatHuman(capacity * trigger, unit),
                  capacity * trigger / scale.divisor, 0 });
        }
    }
    return chart;
}

WorksheetLineChart costOverTimeChart(const ForecastEngine& engine)
{
    WorksheetLineChart chart;
    const CostTimeline& timeline = engine.costTimeline();
    if (!engine.computed() || engine.priceBook() == nullptr || timeline.horizonDays() < 0)
        return chart;
    chart.xLabel = dayAxisLabel(engine);
    chart.yLabel = "Monthly cost, " + std::string(pricingModelKey(timeline.model())) + " (USD per month)";
    chart.yUnit = "USD/month";
    chart.logY = true;
    chart.stepped = true;
    for (Cloud cloud : kClouds) {
        if (!timeline.available(cloud))
            continue;
        LineSeries line;
        line.name = std::string(cloudTitle(cloud));
        // Azure's list prices sit close to AWS's: dashed, so the line below shows through.
        line.dashed = cloud == Cloud::Azure;
        for (int day = 0; day <= timeline.horizonDays(); ++day) {
            line.x.push_back(day);
            line.y.push_back(timeline.total(cloud, GrowthBand::Expected, day));
            line.low.push_back(timeline.total(cloud, GrowthBand::Low, day));
            line.high.push_back(timeline.total(cloud, GrowthBand::High, day));
        }
        chart.series.push_back(std::move(line));
    }
    for (int day : engine.milestones().days)
        if (day <= timeline.horizonDays())
            chart.markersX.push_back(day);
    return chart;
}

WorksheetLineChart costVsNodesChart(const ForecastEngine& engine)
{
    WorksheetLineChart chart;
    const CostVsNodes& vs = engine.costVsNodes();
    if (!engine.computed() || vs.nodes.empty())
        return chart;
    chart.xLabel = "Nodes";
    chart.yLabel = "Monthly cost, " + std::string(pricingModelKey(vs.model)) + " (USD per month)";
    chart.yUnit = "USD/month";
    chart.logX = true;
    chart.logY = true;
    for (Cloud cloud : kClouds) {
        if (!vs.available[cloudIndex(cloud)])
            continue;
        LineSeries line;
        line.name = std::string(cloudTitle(cloud));
        line.dashed = cloud == Cloud::Azure;
        line.x = vs.nodes;
        line.y.reserve(vs.nodes.size());
        for (const CostPoint& point : vs.points[cloudIndex(cloud)])
            line.y.push_back(point.total());
        chart.series.push_back(std::move(line));
    }
    const double nodes = engine.forecaster().baseScenario()[InputId::Nodes];
    if (nodes >= vs.nodes.front() && nodes <= vs.nodes.back())
        chart.markersX.push_back(nodes);
    return chart;
}

} // namespace ecw
