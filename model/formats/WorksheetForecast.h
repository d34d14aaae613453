// SPDX-License-Identifier: GPL-3.0-or-later
// The worksheet's forecast sections (30/60/90-day table, growth charts, runway), and the wording of growth
// settings, runway days and configurations that the CLI's text reports share with it.
#pragma once

#include "ForecastEngine.h"
#include "WorksheetDocument.h"

#include <optional>
#include <string>

namespace ecw {

// "compound growth of 1.0 % / 2.0 % / 5.0 % per day (low / expected / high)", "linear growth of ...",
// "the planner's points 0: 1,000,000, 30: 2,000,000 (flat after the last)"; then how ops/s behave.
std::string describeGrowth(const ForecastSettings& settings);
// "day 22 (2026-12-21)", or "beyond 365 days" when the trigger does not fire within the horizon.
std::string describeRunwayDay(const std::optional<int>& day, const std::optional<Date>& date, int horizonDays);
// "2 x r6i.large"; "none" for an invalid choice.
std::string describeConfiguration(const CloudPrices& cloud, const InstanceChoice& choice);
// The cloud whose recommended configuration costs least at day 0 under the curve pricing model: the one the
// growth charts draw capacity and trigger lines for. Empty without a price book.
std::optional<Cloud> cheapestCloud(const ForecastEngine& engine);

// After the estimate's sections: "Growth forecast" with, for each milestone day, every figure at low,
// expected and high growth without and with the safety margin; memory, cores and storage over the horizon
// (expected line, low-high band, milestone markers, capacity and trigger lines); the runway per cloud.
void appendForecastSections(WorksheetDocument& worksheet, const ForecastEngine& engine);

} // namespace ecw
