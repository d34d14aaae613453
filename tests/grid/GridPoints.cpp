// SPDX-License-Identifier: GPL-3.0-or-later
// Builds the grid. The mixes come from a fixed seed so a failure names a point that always exists.
#include "GridPoints.h"

#include <algorithm>
#include <cmath>
#include <random>

namespace ecw::test {

namespace {

enum class Extreme
{
    Minimum,
    Maximum,
    AboveZero
};

constexpr unsigned kMixSeed = 20260601;
constexpr int kMixCount = 8;

// The smallest value above zero a planner can type that the model treats as non-zero: a whole unit for
// whole-number inputs, else a millionth (ratios, ops/s, edges).
double aboveZero(const InputSpec& spec)
{
    return spec.wholeNumber ? 1.0 : 1e-6;
}

bool hasAboveZero(const InputSpec& spec)
{
    return spec.minimum == 0 && aboveZero(spec) < spec.maximum;
}

double valueOf(const InputSpec& spec, Extreme extreme)
{
    switch (extreme) {
    case Extreme::Minimum:
        return std::clamp(0.0, spec.minimum, spec.maximum);
    case Extreme::Maximum:
        return spec.maximum;
    case Extreme::AboveZero:
        return aboveZero(spec);
    }
    return spec.defaultValue;
}

std::string suffix(Extreme extreme)
{
    switch (extreme) {
    case Extreme::Minimum:
        return "min";
    case Extreme::Maximum:
        return "max";
    case Extreme::AboveZero:
        return "tiny";
    }
    return "";
}

std::string testName(std::string_view key)
{
    std::string name(key);
    std::replace(name.begin(), name.end(), '-', '_');
    return name;
}

// The CLI refuses a low rate above the expected one (and an expected above the high), so the forecast's
// band follows the growth-rate input the way `forecast --growth-rate R --growth-low ... --growth-high ...`
// sets it.
ScenarioDocument documentFor(const Scenario& scenario, Profile profile)
{
    ScenarioDocument document;
    document.name = "Grid point";
    document.profile = profile;
    document.scenario = scenario;
    const double rate = scenario[InputId::DailyGrowthRate];
    document.forecast.rateExpected = rate;
    document.forecast.rateLow = std::min(document.forecast.rateLow, rate);
    document.forecast.rateHigh = std::max(document.forecast.rateHigh, rate);
    return document;
}

std::vector<std::pair<std::string, Scenario>> scenarios()
{
    std::vector<std::pair<std::string, Scenario>> out;
    for (const InputSpec& spec : inputSpecs()) {
        for (Extreme extreme : { Extreme::Minimum, Extreme::Maximum, Extreme::AboveZero }) {
            if (extreme == Extreme::AboveZero && !hasAboveZero(spec))
                continue;
            Scenario scenario;
            scenario.set(spec.id, valueOf(spec, extreme));
            out.emplace_back(testName(spec.key) + "_" + suffix(extreme), scenario);
        }
    }
    Scenario minimum;
    Scenario maximum;
    Scenario tiny;
    for (const InputSpec& spec : inputSpecs()) {
        minimum.set(spec.id, valueOf(spec, Extreme::Minimum));
        maximum.set(spec.id, valueOf(spec, Extreme::Maximum));
        tiny.set(spec.id, hasAboveZero(spec) ? aboveZero(spec) : spec.minimum);
    }
    out.emplace_back("all_min", minimum); // also "all zero": every minimum is 0 or the smallest value above it
    out.emplace_back("all_max", maximum);
    out.emplace_back("all_tiny", tiny);

    std::mt19937 random(kMixSeed);
    std::uniform_int_distribution<int> pick(0, 2);
    for (int mix = 0; mix < kMixCount; ++mix) {
        Scenario scenario;
        for (const InputSpec& spec : inputSpecs()) {
            Extreme extreme = static_cast<Extreme>(pick(random));
            if (extreme == Extreme::AboveZero && !hasAboveZero(spec))
                extreme = Extreme::Minimum;
            scenario.set(spec.id, valueOf(spec, extreme));
        }
        out.emplace_back("mix" + std::to_string(mix), scenario);
    }
    return out;
}

} // namespace

std::vector<GridPoint> gridPoints()
{
    std::vector<GridPoint> points;
    for (const auto& [name, scenario] : scenarios())
        for (Profile profile : { Profile::Reference, Profile::Full })
            points.push_back({ name + "_" + std::string(profileName(profile)), documentFor(scenario, profile) });
    return points;
}

std::vector<GridPoint> cornerGridPoints()
{
    std::vector<GridPoint> corners;
    for (const GridPoint& point : gridPoints())
        if (point.name == "all_min_full" || point.name == "all_max_full" || point.name == "mix0_reference")
            corners.push_back(point);
    return corners;
}

} // namespace ecw::test
