// SPDX-License-Identifier: GPL-3.0-or-later
// The workbench's forecast and cost charts as plain WorksheetLineCharts, straight from the engine's results,
// for SeriesPlot to draw: growth of memory, cores or storage, cost by day, cost against node count.
#pragma once

#include "ForecastEngine.h"
#include "WorksheetDocument.h"

#include <optional>

namespace ecw {

// Need (the unpadded total) of one resource over days 0..horizon: the expected line with a low-high band,
// the milestone days as markers and, for a cloud with a recommendation, what is bought at day 0 and its
// scaling trigger as threshold lines. Logarithmic value axis by default (a year of 5 % a day is 10^7 times).
WorksheetLineChart growthChart(const ForecastEngine& engine, RunwayResource resource, std::optional<Cloud> cloud);

// Monthly cost by day per cloud under the curve pricing model: expected line, low-high band, stepped where
// the recommended configuration changes.
WorksheetLineChart costOverTimeChart(const ForecastEngine& engine);

// Monthly cost against node count per cloud, logarithmic node axis 10^5..10^11; a marker at the scenario's
// node count.
WorksheetLineChart costVsNodesChart(const ForecastEngine& engine);

// The resource's capacity bought at day 0 on that cloud (memory bytes, useful cores, volume bytes); 0 when
// the cloud has no recommendation.
double runwayCapacity(const CloudOutlook& outlook, RunwayResource resource);

} // namespace ecw
