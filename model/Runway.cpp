// SPDX-License-Identifier: GPL-3.0-or-later
// Trigger days by daily scan of the forecast series.
#include "Runway.h"

#include <algorithm>

namespace ecw {

std::string_view runwayResourceKey(RunwayResource resource)
{
    switch (resource) {
    case RunwayResource::Memory:
        return "memory";
    case RunwayResource::Cpu:
        return "cpu";
    case RunwayResource::Storage:
        return "storage";
    }
    return "";
}

namespace {

std::optional<int> earliest(std::optional<int> a, std::optional<int> b)
{
    if (!a)
        return b;
    if (!b)
        return a;
    return std::min(*a, *b);
}

} // namespace

std::optional<int> Runway::firstDay(GrowthBand band) const
{
    std::optional<int> day;
    for (RunwayResource resource : kRunwayResources)
        day = earliest(day, hit(resource, band).day);
    return day;
}

std::optional<int> Runway::firstComputeDay(GrowthBand band) const
{
    return earliest(hit(RunwayResource::Memory, band).day, hit(RunwayResource::Cpu, band).day);
}

std::optional<int> firstDayAtOrAbove(const ForecastSeries& series, ForecastFigure figure, GrowthBand band,
                                     double threshold)
{
    if (series.empty())
        return std::nullopt;
    const auto values = series.values(figure, band);
    for (std::size_t day = 0; day < values.size(); ++day)
        if (values[day] > 0 && values[day] >= threshold)
            return static_cast<int>(day);
    return std::nullopt;
}

Runway computeRunway(const ForecastSeries& series, const RunwayCapacity& capacity, const ModelConstants& constants,
                     const Clock& clock)
{
    Runway runway;
    runway.capacity = capacity;
    runway.today = clock.today();
    runway.horizonDays = series.horizonDays();
    const struct
    {
        RunwayResource resource;
        ForecastFigure need;
        double threshold;
    } checks[] = {
        { RunwayResource::Memory, ForecastFigure::MemoryTotal,
          constants[ConstantId::MemoryTrigger] * capacity.memoryBytes },
        { RunwayResource::Cpu, ForecastFigure::CpuTotal, constants[ConstantId::CpuTrigger] * capacity.cores },
        { RunwayResource::Storage, ForecastFigure::StorageTotal,
          constants[ConstantId::StorageTrigger] * capacity.volumeBytes },
    };
    for (const auto& check : checks) {
        for (GrowthBand band : kGrowthBands) {
            RunwayHit& hit = runway.hits[static_cast<std::size_t>(check.resource)][bandIndex(band)];
            hit.threshold = check.threshold;
            hit.day = firstDayAtOrAbove(series, check.need, band, check.threshold);
            if (hit.day)
                hit.date = addDays(runway.today, *hit.day);
            if (!series.empty())
                hit.needAtDay = series.value(check.need, band, hit.day.value_or(series.horizonDays()));
        }
    }
    return runway;
}

} // namespace ecw
