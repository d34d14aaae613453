// SPDX-License-Identifier: GPL-3.0-or-later
// When growth reaches the spec's scaling triggers on a given capacity: memory 80%, CPU 70%, storage 70%.
#pragma once

#include "Clock.h"
#include "Constants.h"
#include "ForecastSeries.h"

#include <array>
#include <optional>
#include <string_view>

namespace ecw {

enum class RunwayResource : std::size_t
{
    Memory,
    Cpu,
    Storage
};
inline constexpr std::size_t kRunwayResourceCount = 3;
inline constexpr std::array<RunwayResource, kRunwayResourceCount> kRunwayResources { RunwayResource::Memory,
                                                                                     RunwayResource::Cpu,
                                                                                     RunwayResource::Storage };
std::string_view runwayResourceKey(RunwayResource resource); // "memory", "cpu", "storage"

// What is bought: memory and useful cores of the instances, the volume (day-0 storage.recommended).
struct RunwayCapacity
{
    double memoryBytes = 0;
    double cores = 0;
    double volumeBytes = 0;
};

struct RunwayHit
{
    std::optional<int> day; // first day 0..horizon the need reaches the threshold; empty: beyond the horizon
    std::optional<Date> date; // today + day
    double threshold = 0; // trigger * capacity, in the resource's unit
    double needAtDay = 0; // the need on that day (or on the horizon's last day when beyond it)
};

struct Runway
{
    RunwayCapacity capacity;
    Date today {};
    int horizonDays = 0;
    // [resource][band]. Needs: memory.total, cpu.total, storage.total.
    std::array<std::array<RunwayHit, kGrowthBandCount>, kRunwayResourceCount> hits {};

    const RunwayHit& hit(RunwayResource resource, GrowthBand band) const
    {
        return hits[static_cast<std::size_t>(resource)][bandIndex(band)];
    }
    // The first trigger of any resource in a band; empty when none fires within the horizon.
    std::optional<int> firstDay(GrowthBand band) const;
    // First day of memory or CPU only: when the instances (not the volume) must grow.
    std::optional<int> firstComputeDay(GrowthBand band) const;
};

// Scans the daily series: the needs move with the nodes, so the first crossing can come at any day and a
// points curve may go down again; a scan of 366 values per resource and band takes microseconds.
Runway computeRunway(const ForecastSeries& series, const RunwayCapacity& capacity, const ModelConstants& constants,
                     const Clock& clock);

// The first day 0..series horizon on which a figure reaches threshold (> 0 needs only; a zero need never
// triggers). Empty when it never does.
std::optional<int> firstDayAtOrAbove(const ForecastSeries& series, ForecastFigure figure, GrowthBand band,
                                     double threshold);

} // namespace ecw
