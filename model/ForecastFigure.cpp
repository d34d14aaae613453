// SPDX-License-Identifier: GPL-3.0-or-later
// Names, units and table membership of the forecast figures.
#include "ForecastFigure.h"

namespace ecw {

namespace {

using F = ForecastFigure;

// clang-format off
constexpr std::array<ForecastFigureSpec, kForecastFigureCount> kSpecs { {
    { F::Nodes, "nodes", "Nodes", Unit::Nodes, true, true },
    { F::OpsPerSec, "ops_per_sec", "Operations per second", Unit::OpsPerSecond, false, true },
    { F::HotNodes, "tiers.hot_nodes", "Hot tier nodes", Unit::Nodes, true, true },
    { F::WarmNodes, "tiers.warm_nodes", "Warm tier nodes", Unit::Nodes, true, true },
    { F::ColdNodes, "tiers.cold_nodes", "Cold tier nodes", Unit::Nodes, true, true },
    { F::MemoryTotal, "memory.total", "Total memory", Unit::Bytes, false, true },
    { F::MemoryRecommended, "memory.recommended", "Recommended memory", Unit::Bytes, false, true },
    { F::CpuTotal, "cpu.total", "Total CPU", Unit::Cores, false, true },
    { F::CpuRecommended, "cpu.recommended", "Recommended cores", Unit::Cores, true, true },
    { F::StorageTotal, "storage.total", "Total storage", Unit::Bytes, false, true },
    { F::StorageRecommended, "storage.recommended", "Recommended storage", Unit::Bytes, false, true },
    { F::MemoryHotTier, "memory.hot_tier", "Hot tier memory", Unit::Bytes, false, false },
    { F::StorageWarmTier, "storage.warm_tier", "Warm tier storage", Unit::Bytes, false, false },
    { F::StorageColdTier, "storage.cold_tier", "Cold tier storage", Unit::Bytes, false, false },
    { F::StorageWal, "storage.wal", "Write-ahead log", Unit::Bytes, false, false },
    { F::StorageSnapshots, "storage.snapshots", "Snapshots", Unit::Bytes, false, false },
    { F::StorageTempSpace, "storage.temp_space", "Temp space", Unit::Bytes, false, false },
    { F::EgressBytesPerSecond, "network.egress", "Client egress (responses)", Unit::BytesPerSecond, false, false },
} };
// clang-format on

constexpr bool specsInOrder()
{
    for (std::size_t i = 0; i < kSpecs.size(); ++i)
        if (static_cast<std::size_t>(kSpecs[i].id) != i)
            return false;
    return true;
}
static_assert(specsInOrder(), "forecast figure table must list figures in ForecastFigure order");

} // namespace

const std::array<ForecastFigureSpec, kForecastFigureCount>& forecastFigureSpecs()
{
    return kSpecs;
}

const ForecastFigureSpec& forecastFigureSpec(ForecastFigure figure)
{
    return kSpecs[figureIndex(figure)];
}

std::optional<ForecastFigure> findForecastFigure(std::string_view key)
{
    for (const ForecastFigureSpec& spec : kSpecs)
        if (spec.key == key)
            return spec.id;
    return std::nullopt;
}

} // namespace ecw
