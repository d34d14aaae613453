// SPDX-License-Identifier: GPL-3.0-or-later
// How a scenario grows over time: the inputs of the forecast (plain data, saved with the scenario).
#pragma once

#include <utility>
#include <vector>

namespace ecw {

enum class GrowthModel { Compound, Linear, Points };

struct GrowthPoint {
    double day = 0;
    double nodes = 0;
    bool operator==(const GrowthPoint& other) const = default;
};

struct ForecastSettings {
    GrowthModel model = GrowthModel::Compound;
    // Compound daily growth rates: future_nodes(t) = nodes * (1 + rate)^t (spec: typically 0.01-0.05).
    double rateLow = 0.01;
    double rateExpected = 0.02;
    double rateHigh = 0.05;
    // Linear growth in nodes per day.
    double linearLow = 10000;
    double linearExpected = 20000;
    double linearHigh = 50000;
    // Planner-entered (day, nodes) points, interpolated linearly; day 0 is the scenario's node count
    // unless a point says otherwise.
    std::vector<GrowthPoint> points;
    bool opsGrowWithNodes = true;
    double horizonDays = 365;

    bool operator==(const ForecastSettings& other) const = default;
};

} // namespace ecw
