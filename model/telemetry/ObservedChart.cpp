// SPDX-License-Identifier: GPL-3.0-or-later
#include "ObservedChart.h"

#include <algorithm>
#include <cmath>

namespace ecw {

namespace {

constexpr double kDay = 86400;
constexpr double kForecastStepDays = 0.25;

struct Bucket
{
    double day = 0;
    double nodes = 0;
};

// Means per bucket: 14 days at one minute is 20,000 points, more than a chart can show or a hover can search.
std::vector<Bucket> buckets(const std::vector<Sample>& samples, double lastTime, double bucketSeconds)
{
    std::vector<Bucket> result;
    if (samples.empty())
        return result;
    const double first = samples.front().time;
    std::size_t i = 0;
    while (i < samples.size()) {
        const double index = std::floor((samples[i].time - first) / bucketSeconds);
        double sum = 0, timeSum = 0;
        std::size_t count = 0;
        for (; i < samples.size() && std::floor((samples[i].time - first) / bucketSeconds) == index; ++i) {
            sum += samples[i].value;
            timeSum += samples[i].time;
            ++count;
        }
        result.push_back({ (timeSum / static_cast<double>(count) - lastTime) / kDay, sum / static_cast<double>(count) });
    }
    return result;
}

double bandValue(double anchor, bool compound, double rate, double day)
{
    return compound ? anchor * std::pow(1 + rate, day) : anchor + rate * day;
}

} // namespace

WorksheetLineChart observedGrowthChart(const Calibration& calibration, double horizonDays, double bucketSeconds)
{
    const GrowthFit& fit = calibration.growth;
    const std::vector<Sample>& samples = calibration.observed.nodeSeries;
    const double lastTime = samples.empty() ? fit.lastTime : samples.back().time;

    WorksheetLineChart chart;
    chart.xLabel = "Day (0 = last sample, " + formatTimestamp(lastTime).substr(0, 10) + ")";
    chart.yLabel = "Nodes";
    chart.yUnit = "nodes";
    chart.markersX = { 0 };

    const std::vector<Bucket> observed = buckets(samples, lastTime, bucketSeconds);
    std::vector<double> grid;
    grid.reserve(observed.size() + static_cast<std::size_t>(horizonDays / kForecastStepDays) + 1);
    for (const Bucket& bucket : observed)
        grid.push_back(bucket.day);
    const double start = grid.empty() ? 0 : std::max(0.0, grid.back()) + kForecastStepDays;
    for (double day = start; day <= horizonDays + 1e-9; day += kForecastStepDays)
        grid.push_back(day);

    // The fits count days from their origin (the first sample); the chart from the last.
    const double shift = (lastTime - fit.originTime) / kDay;
    const GrowthFitLine& chosen = fit.chosen();
    LineSeries chosenSeries;
    chosenSeries.name = fit.compoundChosen ? "Compound fit (chosen)" : "Linear fit (chosen)";
    LineSeries linearSeries;
    linearSeries.name = fit.compoundChosen ? "Linear fit (predict_linear)" : "Compound fit";
    linearSeries.dashed = true;
    const GrowthFitLine& other = fit.compoundChosen ? fit.linear : fit.compound;
    const double anchor = chosen.valid ? chosen.predict(shift, fit.compoundChosen) : fit.lastNodes;
    for (double day : grid) {
        const double value = chosen.valid ? chosen.predict(day + shift, fit.compoundChosen) : std::nan("");
        chosenSeries.x.push_back(day);
        chosenSeries.y.push_back(value);
        // The band opens at the last sample: before it the fit is what was measured against.
        chosenSeries.low.push_back(day > 0 ? bandValue(anchor, fit.compoundChosen, chosen.low, day) : value);
        chosenSeries.high.push_back(day > 0 ? bandValue(anchor, fit.compoundChosen, chosen.high, day) : value);
        linearSeries.x.push_back(day);
        linearSeries.y.push_back(other.valid ? other.predict(day + shift, !fit.compoundChosen) : std::nan(""));
    }
    LineSeries observedSeries;
    observedSeries.name = "Observed nodes";
    for (const Bucket& bucket : observed) {
        observedSeries.x.push_back(bucket.day);
        observedSeries.y.push_back(bucket.nodes);
    }
    // Millions (or thousands) of nodes: the axis reads "1.5", not "1.5e+06".
    double highest = 0;
    for (const LineSeries* series : { &chosenSeries, &observedSeries })
        for (double value : series->high.empty() ? series->y : series->high)
            if (std::isfinite(value))
                highest = std::max(highest, value);
    const double divisor = highest >= 1e6 ? 1e6 : (highest >= 1e4 ? 1e3 : 1);
    if (divisor != 1) {
        chart.yLabel = divisor == 1e6 ? "Nodes (millions)" : "Nodes (thousands)";
        chart.yUnit = divisor == 1e6 ? "million nodes" : "thousand nodes";
        for (LineSeries* series : { &chosenSeries, &linearSeries, &observedSeries })
            for (std::vector<double>* values : { &series->y, &series->low, &series->high })
                for (double& value : *values)
                    value /= divisor;
    }
    chart.series = { std::move(chosenSeries), std::move(linearSeries), std::move(observedSeries) };
    return chart;
}

} // namespace ecw
