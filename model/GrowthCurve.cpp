// SPDX-License-Identifier: GPL-3.0-or-later
// Growth curves and the checks on the settings they come from.
#include "GrowthCurve.h"

#include "Units.h"

#include <algorithm>
#include <cmath>

namespace ecw {

std::string_view growthModelName(GrowthModel model)
{
    switch (model) {
    case GrowthModel::Compound:
        return "compound";
    case GrowthModel::Linear:
        return "linear";
    case GrowthModel::Points:
        return "points";
    }
    return "";
}

std::optional<GrowthModel> parseGrowthModel(std::string_view name)
{
    for (GrowthModel model : { GrowthModel::Compound, GrowthModel::Linear, GrowthModel::Points })
        if (growthModelName(model) == name)
            return model;
    return std::nullopt;
}

namespace {

double bandValue(double low, double expected, double high, GrowthBand band)
{
    switch (band) {
    case GrowthBand::Low:
        return low;
    case GrowthBand::Expected:
        return expected;
    case GrowthBand::High:
        return high;
    }
    return expected;
}

} // namespace

GrowthCurve::GrowthCurve(const ForecastSettings& settings, double startNodes, GrowthBand band)
    : m_model(settings.model)
    , m_start(std::max(0.0, startNodes))
{
    switch (m_model) {
    case GrowthModel::Compound:
        m_rate = bandValue(settings.rateLow, settings.rateExpected, settings.rateHigh, band);
        break;
    case GrowthModel::Linear:
        m_rate = bandValue(settings.linearLow, settings.linearExpected, settings.linearHigh, band);
        break;
    case GrowthModel::Points: {
        m_points.reserve(settings.points.size() + 1);
        for (const GrowthPoint& point : settings.points)
            if (std::isfinite(point.day) && std::isfinite(point.nodes) && point.day >= 0)
                m_points.push_back({ point.day, std::max(0.0, point.nodes) });
        // Stable, so of two points on the same day the later entry wins after the erase below.
        std::stable_sort(m_points.begin(), m_points.end(),
                         [](const GrowthPoint& a, const GrowthPoint& b) { return a.day < b.day; });
        std::vector<GrowthPoint> unique;
        unique.reserve(m_points.size() + 1);
        for (const GrowthPoint& point : m_points) {
            if (!unique.empty() && unique.back().day == point.day)
                unique.back() = point;
            else
                unique.push_back(point);
        }
        if (unique.empty() || unique.front().day > 0)
            unique.insert(unique.begin(), GrowthPoint { 0, m_start });
        m_points = std::move(unique);
        break;
    }
    }
}

double GrowthCurve::nodesAt(double day) const
{
    const double t = std::max(0.0, day);
    double nodes = m_start;
    switch (m_model) {
    case GrowthModel::Compound:
        nodes = m_start * std::pow(1.0 + m_rate, t);
        break;
    case GrowthModel::Linear:
        nodes = m_start + m_rate * t;
        break;
    case GrowthModel::Points: {
        if (m_points.empty())
            break;
        if (t >= m_points.back().day) {
            nodes = m_points.back().nodes;
            break;
        }
        // First point strictly after t; the segment is [it - 1, it]. t >= points[0].day == 0.
        const auto it = std::upper_bound(m_points.begin(), m_points.end(), t,
                                         [](double value, const GrowthPoint& point) { return value < point.day; });
        const GrowthPoint& b = *it;
        const GrowthPoint& a = *(it - 1);
        const double span = b.day - a.day;
        nodes = span > 0 ? a.nodes + (b.nodes - a.nodes) * (t - a.day) / span : b.nodes;
        break;
    }
    }
    return std::isfinite(nodes) ? std::max(0.0, nodes) : 0.0;
}

std::vector<std::string> validateForecastSettings(const ForecastSettings& settings)
{
    // The ranges are the scenario file's contract (ScenarioJson): rates 0..1 per day, linear growth
    // 0..10^12 nodes per day, points on days 0..3650 with 0..10^12 nodes, a horizon of 1..3650 whole days.
    constexpr double kMaxRate = 1.0;
    constexpr double kMaxLinear = 1e12;
    constexpr double kMaxDay = 3650.0;
    constexpr double kMaxNodes = 1e12;
    std::vector<std::string> problems;
    auto number = [](double value) { return formatMachineNumber(value); };
    auto checkRange = [&](std::string_view field, double value, double maximum, std::string_view what) {
        if (!std::isfinite(value) || value < 0 || value > maximum)
            problems.push_back(std::string(field) + " must be " + std::string(what) + " from 0 to "
                               + formatGrouped(maximum) + " (got " + number(value) + ")");
    };
    checkRange("forecast.rate_low", settings.rateLow, kMaxRate, "a daily rate");
    checkRange("forecast.rate_expected", settings.rateExpected, kMaxRate, "a daily rate");
    checkRange("forecast.rate_high", settings.rateHigh, kMaxRate, "a daily rate");
    if (settings.rateLow > settings.rateExpected || settings.rateExpected > settings.rateHigh)
        problems.push_back("forecast.rate_low <= forecast.rate_expected <= forecast.rate_high must hold (got "
                           + number(settings.rateLow) + ", " + number(settings.rateExpected) + ", "
                           + number(settings.rateHigh) + ")");
    checkRange("forecast.linear_low", settings.linearLow, kMaxLinear, "nodes per day");
    checkRange("forecast.linear_expected", settings.linearExpected, kMaxLinear, "nodes per day");
    checkRange("forecast.linear_high", settings.linearHigh, kMaxLinear, "nodes per day");
    if (settings.linearLow > settings.linearExpected || settings.linearExpected > settings.linearHigh)
        problems.push_back("forecast.linear_low <= forecast.linear_expected <= forecast.linear_high must hold (got "
                           + number(settings.linearLow) + ", " + number(settings.linearExpected) + ", "
                           + number(settings.linearHigh) + ")");
    for (std::size_t i = 0; i < settings.points.size(); ++i) {
        const GrowthPoint& point = settings.points[i];
        const std::string field = "forecast.points[" + std::to_string(i) + "]";
        checkRange(field + ".day", point.day, kMaxDay, "a day");
        checkRange(field + ".nodes", point.nodes, kMaxNodes, "a node count");
        for (std::size_t j = 0; j < i; ++j)
            if (settings.points[j].day == point.day)
                problems.push_back(field + ".day repeats day " + number(point.day) + " of forecast.points["
                                   + std::to_string(j) + "]");
    }
    if (settings.model == GrowthModel::Points && settings.points.empty())
        problems.push_back("forecast.points must list at least one (day, nodes) point for the points model");
    if (!std::isfinite(settings.horizonDays) || settings.horizonDays < 1 || settings.horizonDays > kMaxDay
        || settings.horizonDays != std::floor(settings.horizonDays))
        problems.push_back("forecast.horizon_days must be a whole number of days from 1 to 3,650 (got "
                           + number(settings.horizonDays) + ")");
    return problems;
}

} // namespace ecw
