// SPDX-License-Identifier: GPL-3.0-or-later
#include "GrowthFit.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace ecw {

namespace {

constexpr double kZ95 = 1.96;

struct LeastSquares
{
    double intercept = 0;
    double slope = 0;
    double slopeStandardError = 0;
    bool valid = false;
};

// Ordinary least squares of y on x. The standard error counts one independent observation per day: minute samples
// of one day share its traffic cycle, so treating 20,000 of them as independent would make the band far too narrow.
LeastSquares leastSquares(const std::vector<double>& x, const std::vector<double>& y, double days)
{
    LeastSquares fit;
    const std::size_t n = x.size();
    if (n < 3)
        return fit;
    double meanX = 0, meanY = 0;
    for (std::size_t i = 0; i < n; ++i) {
        meanX += x[i];
        meanY += y[i];
    }
    meanX /= static_cast<double>(n);
    meanY /= static_cast<double>(n);
    double sxx = 0, sxy = 0;
    for (std::size_t i = 0; i < n; ++i) {
        sxx += (x[i] - meanX) * (x[i] - meanX);
        sxy += (x[i] - meanX) * (y[i] - meanY);
    }
    if (sxx <= 0)
        return fit;
    fit.slope = sxy / sxx;
    fit.intercept = meanY - fit.slope * meanX;
    double ssr = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const double r = y[i] - (fit.intercept + fit.slope * x[i]);
        ssr += r * r;
    }
    const double sigma2 = ssr / static_cast<double>(n - 2);
    const double effective = std::clamp(days, 3.0, static_cast<double>(n));
    fit.slopeStandardError = std::sqrt(sigma2 / sxx * static_cast<double>(n) / effective);
    fit.valid = std::isfinite(fit.slope) && std::isfinite(fit.intercept);
    return fit;
}

double rmseOf(const std::vector<double>& x, const std::vector<double>& nodes, const GrowthFitLine& line, bool compound)
{
    double sum = 0;
    for (std::size_t i = 0; i < x.size(); ++i) {
        const double r = nodes[i] - line.predict(x[i], compound);
        sum += r * r;
    }
    return std::sqrt(sum / static_cast<double>(x.size()));
}

std::string percent(double fraction)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.2f%%", fraction * 100);
    return buffer;
}

} // namespace

double GrowthFitLine::predict(double day, bool compound) const
{
    return compound ? std::exp(intercept + slope * day) : intercept + slope * day;
}

double GrowthFit::predictChosen(double horizonDays) const
{
    const double day = (lastTime - originTime) / 86400.0 + horizonDays;
    return chosen().predict(day, compoundChosen);
}

double GrowthFit::predictLinear(double horizonDays) const
{
    const double day = (lastTime - originTime) / 86400.0 + horizonDays;
    return linear.predict(day, false);
}

GrowthFit fitGrowth(const std::vector<Sample>& nodes)
{
    GrowthFit fit;
    std::vector<double> x, y, logY;
    x.reserve(nodes.size());
    y.reserve(nodes.size());
    logY.reserve(nodes.size());
    for (const Sample& sample : nodes) {
        if (!(sample.value > 0) || !std::isfinite(sample.value))
            continue;
        if (x.empty())
            fit.originTime = sample.time;
        x.push_back((sample.time - fit.originTime) / 86400.0);
        y.push_back(sample.value);
        logY.push_back(std::log(sample.value));
        fit.lastTime = sample.time;
        fit.lastNodes = sample.value;
    }
    fit.samples = x.size();
    fit.days = x.empty() ? 0 : x.back();
    if (fit.samples < 3 || fit.days < 1.0 / 24.0) {
        fit.why = "too little history to fit growth: at least 3 samples over an hour are needed";
        return fit;
    }
    double mean = 0;
    for (double v : y)
        mean += v;
    mean /= static_cast<double>(y.size());

    const LeastSquares linear = leastSquares(x, y, fit.days);
    if (linear.valid) {
        GrowthFitLine& line = fit.linear;
        line.valid = true;
        line.intercept = linear.intercept;
        line.slope = linear.slope;
        line.slopeStandardError = linear.slopeStandardError;
        line.expected = linear.slope;
        line.low = linear.slope - kZ95 * linear.slopeStandardError;
        line.high = linear.slope + kZ95 * linear.slopeStandardError;
        line.rmse = rmseOf(x, y, line, false);
        line.relativeRmse = line.rmse / mean;
    }
    const LeastSquares compound = leastSquares(x, logY, fit.days);
    if (compound.valid) {
        GrowthFitLine& line = fit.compound;
        line.valid = true;
        line.intercept = compound.intercept;
        line.slope = compound.slope;
        line.slopeStandardError = compound.slopeStandardError;
        line.expected = std::expm1(compound.slope);
        line.low = std::expm1(compound.slope - kZ95 * compound.slopeStandardError);
        line.high = std::expm1(compound.slope + kZ95 * compound.slopeStandardError);
        line.rmse = rmseOf(x, y, line, true);
        line.relativeRmse = line.rmse / mean;
    }
    fit.compoundChosen = fit.compound.valid && (!fit.linear.valid || fit.compound.rmse < fit.linear.rmse);
    if (fit.linear.valid && fit.compound.valid)
        fit.why = std::string(fit.compoundChosen ? "compound" : "linear") + ": residual "
            + percent(fit.chosen().relativeRmse) + " of the mean node count against "
            + percent((fit.compoundChosen ? fit.linear : fit.compound).relativeRmse) + " for "
            + (fit.compoundChosen ? "linear" : "compound");
    return fit;
}

ForecastSettings applyGrowthFit(const ForecastSettings& settings, const GrowthFit& fit)
{
    ForecastSettings out = settings;
    const GrowthFitLine& line = fit.chosen();
    if (!line.valid)
        return out;
    if (fit.compoundChosen) {
        out.model = GrowthModel::Compound;
        out.rateLow = std::max(0.0, line.low);
        out.rateExpected = std::max(0.0, line.expected);
        out.rateHigh = std::max(0.0, line.high);
    } else {
        out.model = GrowthModel::Linear;
        out.linearLow = std::max(0.0, line.low);
        out.linearExpected = std::max(0.0, line.expected);
        out.linearHigh = std::max(0.0, line.high);
    }
    return out;
}

} // namespace ecw
