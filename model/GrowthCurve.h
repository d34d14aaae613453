// SPDX-License-Identifier: GPL-3.0-or-later
// Node count over time for one growth band: compound, linear or planner-entered points.
#pragma once

#include "ForecastSettings.h"
#include "GrowthBand.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ecw {

std::string_view growthModelName(GrowthModel model); // "compound", "linear", "points"
std::optional<GrowthModel> parseGrowthModel(std::string_view name);

// nodes(t) for one band. Compound: start * (1 + rate)^t (spec: future_nodes(t) = current_nodes * (1 +
// growth_rate)^t). Linear: start + per_day * t. Points: straight lines between the planner's (day, nodes)
// points, starting from (0, start) unless a point sits at day 0, and flat after the last point (the
// planner said nothing about later days, so the forecast does not invent a trend). The point list is
// one curve: low, expected and high are the same for it. Never negative; not rounded.
class GrowthCurve
{
public:
    GrowthCurve() = default;
    GrowthCurve(const ForecastSettings& settings, double startNodes, GrowthBand band);

    double nodesAt(double day) const;
    GrowthModel model() const { return m_model; }
    double startNodes() const { return m_start; }
    // The band's daily rate: a fraction for compound growth, nodes per day for linear; 0 for points.
    double rate() const { return m_rate; }
    // The sorted points the curve passes through (points model only), day 0 included.
    const std::vector<GrowthPoint>& points() const { return m_points; }

private:
    GrowthModel m_model = GrowthModel::Compound;
    double m_start = 0;
    double m_rate = 0;
    std::vector<GrowthPoint> m_points;
};

// Problems with forecast settings, each naming the field: "forecast.rate_high must be a daily rate from 0
// to 1 (got 1.5)". The ranges are the scenario file's; the bands must be ordered low <= expected <= high.
// Empty when the settings are usable.
std::vector<std::string> validateForecastSettings(const ForecastSettings& settings);

} // namespace ecw
