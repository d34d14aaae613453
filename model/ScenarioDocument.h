// SPDX-License-Identifier: GPL-3.0-or-later
// Everything a planner saves: inputs, changed constants, forecast settings, preset, name and notes.
#pragma once

#include "Constants.h"
#include "ForecastSettings.h"
#include "Profile.h"
#include "Scenario.h"

#include <string>

namespace ecw {

struct ScenarioDocument {
    std::string name = "Default scenario";
    std::string notes;
    std::string preset; // preset id it came from ("" for none)
    bool presetModified = false; // inputs changed since the preset was applied
    Profile profile = Profile::Full;
    Scenario scenario;
    ModelConstants constants;
    ForecastSettings forecast;

    bool operator==(const ScenarioDocument& other) const = default;
};

} // namespace ecw
