// SPDX-License-Identifier: GPL-3.0-or-later
#include "GrowthOptions.h"

#include "ForecastMilestones.h"
#include "GrowthCurve.h"
#include "Validation.h"

#include <algorithm>
#include <cmath>
#include <optional>

namespace ecw {

namespace {

// The scenario file's forecast ranges (model/formats/ScenarioJson.cpp), so a value the CLI accepts saves.
constexpr double kMaxRate = 1.0;
constexpr double kMaxLinear = 1e12;
constexpr double kMaxDay = 3650;
constexpr double kMaxPointNodes = 1e12;

std::string number(double value)
{
    return formatMachineNumber(value);
}

// "--growth-low must be a daily rate from 0 to 1 (got 'x')".
Result<double> ranged(const CliArguments& args, std::string_view option, double minimum, double maximum,
                      std::string_view what, bool whole)
{
    const std::string& text = *args.value(option);
    const std::string range = std::string(what) + " from " + formatGrouped(minimum) + " to " + formatGrouped(maximum);
    const std::optional<double> value = parseNumber(text);
    if (!value)
        return Error { "--" + std::string(option) + " must be " + range + " (got '" + text
                       + "', which is not a number)" };
    if (*value < minimum || *value > maximum || (whole && *value != std::floor(*value)))
        return Error { "--" + std::string(option) + " must be " + range + " (got " + text + ")" };
    return *value;
}

std::optional<Error> setRanged(const CliArguments& args, std::string_view option, double& target, double maximum,
                               std::string_view what)
{
    if (!args.has(option))
        return std::nullopt;
    Result<double> value = ranged(args, option, 0, maximum, what, false);
    if (!value)
        return Error { value.error() };
    target = *value;
    return std::nullopt;
}

// "0:1000000,30:2500000,90:4e6".
Result<std::vector<GrowthPoint>> parsePoints(const std::string& text)
{
    const std::string usage = "--points must be DAY:NODES pairs separated by commas, days ascending from 0 to 3,650 "
                              "and nodes from 0 to 1,000,000,000,000";
    std::vector<GrowthPoint> points;
    std::size_t start = 0;
    while (start <= text.size()) {
        const std::size_t comma = std::min(text.find(',', start), text.size());
        const std::string pair = text.substr(start, comma - start);
        const std::size_t colon = pair.find(':');
        if (colon == std::string::npos)
            return Error { usage + " (got '" + pair + "' in '" + text + "')" };
        const std::optional<double> day = parseNumber(std::string_view(pair).substr(0, colon));
        const std::optional<double> nodes = parseNumber(std::string_view(pair).substr(colon + 1));
        if (!day || !nodes || *day < 0 || *day > kMaxDay || *nodes < 0 || *nodes > kMaxPointNodes)
            return Error { usage + " (got '" + pair + "')" };
        if (!points.empty() && *day <= points.back().day)
            return Error { "--points: days must be ascending (got day " + number(*day) + " after day "
                           + number(points.back().day) + ")" };
        points.push_back({ *day, *nodes });
        start = comma + 1;
    }
    return points;
}

// The band order check, worded with the options that set each value.
std::optional<Error> checkOrder(double low, double expected, double high, std::string_view lowOption,
                                std::string_view expectedOption, std::string_view highOption, std::string_view unit)
{
    if (low > expected)
        return Error { "the low growth (" + number(low) + std::string(unit) + ", " + std::string(lowOption)
                       + ") must not be above the expected growth (" + number(expected) + std::string(unit) + ", "
                       + std::string(expectedOption) + ")" };
    if (expected > high)
        return Error { "the expected growth (" + number(expected) + std::string(unit) + ", "
                       + std::string(expectedOption) + ") must not be above the high growth (" + number(high)
                       + std::string(unit) + ", " + std::string(highOption) + ")" };
    return std::nullopt;
}

} // namespace

void GrowthOptions::addSpecs(std::vector<OptionSpec>& specs)
{
    // --growth-rate is an input (ScenarioOptions); apply() reads it from there.
    specs.push_back({ "growth-low", "R", false });
    specs.push_back({ "growth-high", "R", false });
    specs.push_back({ "growth-model", "NAME", false });
    specs.push_back({ "linear-per-day", "N", false });
    specs.push_back({ "linear-low", "N", false });
    specs.push_back({ "linear-high", "N", false });
    specs.push_back({ "points", "DAY:NODES,...", false });
    specs.push_back({ "ops-fixed", "", false });
    specs.push_back({ "days", "D,D,...", false });
    specs.push_back({ "horizon", "D", false });
}

void GrowthOptions::addHelp(HelpFormatter& help)
{
    help.heading("Growth options:");
    help.option("--growth-model NAME",
                "compound (the default): nodes * (1 + rate)^t. linear: nodes + per_day * t. points: straight lines "
                "between --points, flat after the last one. Given --points or --linear-per-day alone, the model "
                "follows.");
    help.option("--growth-rate R",
                "Expected compound daily rate, 0 to 1 (default 0.02). Also the scenario's growth-rate input, so "
                "backup sizing uses the same rate.");
    help.option("--growth-low R", "Low compound daily rate, 0 to 1 (default 0.01).");
    help.option("--growth-high R", "High compound daily rate, 0 to 1 (default 0.05).");
    help.option("--linear-per-day N",
                "Expected linear growth in nodes per day, 0 to 1,000,000,000,000 (default 20,000).");
    help.option("--linear-low N", "Low linear growth in nodes per day (default 10,000).");
    help.option("--linear-high N", "High linear growth in nodes per day (default 50,000).");
    help.option("--points DAY:NODES,...",
                "The planner's own curve, e.g. 0:1e6,30:1.5e6,90:4e6: days ascending from 0 to 3,650. Day 0 is the "
                "scenario's node count unless a point sits there.");
    help.option("--ops-fixed", "Keep ops/s fixed instead of growing them with the nodes.");
    help.option("--days D,D,...", "Milestone days of the table, whole days from 1 to 3,650 (default 30,60,90).");
    help.option("--horizon D", "Days the series, runway and cost curve cover, 1 to 3,650 (default 365).");
}

Result<ScenarioDocument> GrowthOptions::apply(const CliArguments& args, ScenarioDocument document)
{
    ForecastSettings& forecast = document.forecast;
    if (args.has("growth-rate"))
        forecast.rateExpected = document.scenario[InputId::DailyGrowthRate]; // already range-checked as an input
    if (auto error = setRanged(args, "growth-low", forecast.rateLow, kMaxRate, "a daily rate"))
        return *error;
    if (auto error = setRanged(args, "growth-high", forecast.rateHigh, kMaxRate, "a daily rate"))
        return *error;
    if (auto error
        = setRanged(args, "linear-per-day", forecast.linearExpected, kMaxLinear, "a number of nodes per day"))
        return *error;
    if (auto error = setRanged(args, "linear-low", forecast.linearLow, kMaxLinear, "a number of nodes per day"))
        return *error;
    if (auto error = setRanged(args, "linear-high", forecast.linearHigh, kMaxLinear, "a number of nodes per day"))
        return *error;
    if (const std::string* text = args.value("points")) {
        Result<std::vector<GrowthPoint>> points = parsePoints(*text);
        if (!points)
            return Error { points.error() };
        forecast.points = std::move(points).value();
    }
    if (args.has("ops-fixed"))
        forecast.opsGrowWithNodes = false;
    if (args.has("horizon")) {
        Result<double> horizon = ranged(args, "horizon", 1, kMaxDay, "a whole number of days", true);
        if (!horizon)
            return Error { horizon.error() };
        forecast.horizonDays = *horizon;
    }

    if (const std::string* name = args.value("growth-model")) {
        const std::optional<GrowthModel> model = parseGrowthModel(*name);
        if (!model)
            return Error { "--growth-model must be 'compound', 'linear' or 'points' (got '" + *name + "')" };
        forecast.model = *model;
    } else if (args.has("points")) {
        forecast.model = GrowthModel::Points;
    } else if (args.has("linear-per-day") || args.has("linear-low") || args.has("linear-high")) {
        forecast.model = GrowthModel::Linear;
    }

    switch (forecast.model) {
    case GrowthModel::Compound:
        if (auto error = checkOrder(forecast.rateLow, forecast.rateExpected, forecast.rateHigh, "--growth-low",
                                    "--growth-rate", "--growth-high", " per day"))
            return *error;
        break;
    case GrowthModel::Linear:
        if (auto error = checkOrder(forecast.linearLow, forecast.linearExpected, forecast.linearHigh, "--linear-low",
                                    "--linear-per-day", "--linear-high", " nodes per day"))
            return *error;
        break;
    case GrowthModel::Points:
        if (forecast.points.empty())
            return Error { "--growth-model points needs --points DAY:NODES,... (the scenario has no points)" };
        break;
    }
    // Whatever came from the scenario file is checked too, with the file's field names.
    const std::vector<std::string> problems = validateForecastSettings(forecast);
    if (!problems.empty())
        return Error { problems.front() };
    return document;
}

Result<std::vector<int>> GrowthOptions::milestoneDays(const CliArguments& args)
{
    const std::string* text = args.value("days");
    if (!text)
        return defaultMilestoneDays();
    const std::string usage = "--days must be whole days from 1 to 3,650 separated by commas";
    std::vector<int> days;
    std::size_t start = 0;
    while (start <= text->size()) {
        const std::size_t comma = std::min(text->find(',', start), text->size());
        const std::string item = text->substr(start, comma - start);
        const std::optional<double> day = parseNumber(item);
        if (!day || *day < 1 || *day > kMaxDay || *day != std::floor(*day))
            return Error { usage + " (got '" + item + "' in '" + *text + "')" };
        if (std::find(days.begin(), days.end(), static_cast<int>(*day)) != days.end())
            return Error { "--days lists day " + item + " twice" };
        days.push_back(static_cast<int>(*day));
        start = comma + 1;
    }
    return days;
}

} // namespace ecw
