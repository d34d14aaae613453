// SPDX-License-Identifier: GPL-3.0-or-later
// The Observed tab's chart as a plain WorksheetLineChart for SeriesPlot: the observed node count over the window,
// the chosen growth fit with its low/high band continued over the horizon, and the linear fit.
#pragma once

#include "Calibration.h"
#include "WorksheetDocument.h"

namespace ecw {

// Days relative to the last sample (the window is negative, the forecast positive), one point per bucket of the
// observed series (empty buckets, an outage, are left out) and then every quarter day up to horizonDays. Series:
// 0 the chosen fit (band from day 0 on: the fit's low and high rates), 1 the linear fit (dashed), 2 the observed
// nodes (only over the window: its x values are the grid's first points).
WorksheetLineChart observedGrowthChart(const Calibration& calibration, double horizonDays, double bucketSeconds = 900);

} // namespace ecw
