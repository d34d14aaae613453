// SPDX-License-Identifier: GPL-3.0-or-later
// Growth fitted to the observed node count: a straight line (nodes per day) and compound growth (a straight
// line through log(nodes): daily rate e^slope - 1), each with its residual error and a 95% band on the rate.
#pragma once

#include "ForecastSettings.h"
#include "TelemetrySeries.h"

#include <optional>
#include <string>
#include <vector>

namespace ecw {

struct GrowthFitLine
{
    bool valid = false;
    // Linear: nodes(day) = intercept + slope * day. Compound: nodes(day) = exp(intercept + slope * day).
    double intercept = 0;
    double slope = 0;
    double slopeStandardError = 0; // from the residuals, with one independent observation per day of history
    double rmse = 0; // residual error in nodes, on the node-count scale for both fits
    double relativeRmse = 0; // rmse / mean nodes
    // The rates fed to the forecast: nodes per day (linear) or the daily compound rate, low/expected/high at
    // slope -/+ 1.96 standard errors.
    double low = 0;
    double expected = 0;
    double high = 0;
    double predict(double day, bool compound) const;
};

struct GrowthFit
{
    std::size_t samples = 0;
    double days = 0; // span of the fitted samples
    double originTime = 0; // day 0 of the fits (first sample)
    double lastTime = 0;
    double lastNodes = 0;
    GrowthFitLine linear;
    GrowthFitLine compound;
    bool compoundChosen = false; // the fit with the smaller residual error
    std::string why; // "compound: residual 0.4% of the mean against 1.9% for linear"

    const GrowthFitLine& chosen() const { return compoundChosen ? compound : linear; }
    // Nodes horizonDays after the last sample, by the chosen fit, or by the linear fit (the number Prometheus's
    // predict_linear gives from the same samples).
    double predictChosen(double horizonDays) const;
    double predictLinear(double horizonDays) const;
};

// Needs at least three samples over at least an hour; otherwise the fits are not valid.
GrowthFit fitGrowth(const std::vector<Sample>& nodes);

// The forecast settings with the fitted low/expected/high rates of the chosen model (other settings kept).
ForecastSettings applyGrowthFit(const ForecastSettings& settings, const GrowthFit& fit);

} // namespace ecw
