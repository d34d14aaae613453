// SPDX-License-Identifier: GPL-3.0-or-later
// The figures a forecast follows over time: node counts, the sizing line items and the cost drivers.
#pragma once

#include "Units.h"

#include <array>
#include <cstddef>
#include <optional>
#include <string_view>

namespace ecw {

enum class ForecastFigure : std::size_t
{
    Nodes,
    OpsPerSec,
    HotNodes,
    WarmNodes,
    ColdNodes,
    MemoryTotal,
    MemoryRecommended,
    CpuTotal,
    CpuRecommended,
    StorageTotal,
    StorageRecommended,
    // Cost drivers the workbench does not chart but the cost model reads.
    MemoryHotTier,
    StorageWarmTier,
    StorageColdTier,
    StorageWal,
    StorageSnapshots,
    StorageTempSpace,
    EgressBytesPerSecond,
    Count_
};

inline constexpr std::size_t kForecastFigureCount = static_cast<std::size_t>(ForecastFigure::Count_);

inline constexpr std::size_t figureIndex(ForecastFigure figure)
{
    return static_cast<std::size_t>(figure);
}

struct ForecastFigureSpec
{
    ForecastFigure id;
    std::string_view key; // JSON/CSV name; the line-item id where there is one ("memory.recommended")
    std::string_view label;
    Unit unit;
    bool wholeNumber; // nodes and cores: the with-margin value is rounded up
    bool milestone; // shown in the 30/60/90-day table
};

const std::array<ForecastFigureSpec, kForecastFigureCount>& forecastFigureSpecs();
const ForecastFigureSpec& forecastFigureSpec(ForecastFigure figure);
std::optional<ForecastFigure> findForecastFigure(std::string_view key);

using ForecastFigures = std::array<double, kForecastFigureCount>;

} // namespace ecw
