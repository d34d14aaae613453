// SPDX-License-Identifier: GPL-3.0-or-later
// The capacity model at any future day: grows the scenario along a growth curve and re-estimates it.
#pragma once

#include "CapacityModel.h"
#include "ForecastFigureReader.h"
#include "ForecastSeries.h"
#include "ForecastSettings.h"
#include "GrowthCurve.h"

#include <array>

namespace ecw {

// The scenario at day t: nodes from the band's growth curve, rounded to the nearest whole node (spec's
// example: 1M at 2%/day gives 1,811,362 at day 30); ops/s scaled by nodes(t) / nodes(0) when the settings
// say ops grow with the nodes, else fixed; both held inside their input ranges. Every other input stays.
class Forecaster
{
public:
    Forecaster(const Scenario& scenario, const ModelConstants& constants, Profile profile,
               const ForecastSettings& settings);

    const Scenario& baseScenario() const { return m_scenario; }
    const ModelConstants& constants() const { return m_constants; }
    Profile profile() const { return m_profile; }
    const ForecastSettings& settings() const { return m_settings; }
    const GrowthCurve& curve(GrowthBand band) const { return m_curves[bandIndex(band)]; }

    // Whole nodes at day t, inside the input range.
    double nodesAt(GrowthBand band, double day) const;
    // The scenario at day t; clamped is set when nodes or ops/s had to be held at a range limit.
    Scenario scenarioAt(GrowthBand band, double day, bool* clamped = nullptr) const;
    // The full estimate at day t, reusing out's storage.
    void estimateInto(Estimate& out, GrowthBand band, double day) const;
    Estimate estimateAt(GrowthBand band, double day) const;

    // Days 0..horizon (the settings' horizon unless given) in all three bands: 366 x 3 estimates for a
    // year, all into one scratch estimate.
    void computeSeries(ForecastSeries& out, Estimate& scratch, ForecastFigureReader& reader,
                       int horizonDays = -1) const;
    ForecastSeries series(int horizonDays = -1) const;

    int horizonDays() const;

private:
    Scenario m_scenario;
    ModelConstants m_constants;
    Profile m_profile;
    ForecastSettings m_settings;
    std::array<GrowthCurve, kGrowthBandCount> m_curves;
};

} // namespace ecw
