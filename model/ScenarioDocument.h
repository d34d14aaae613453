// SPDX-License-Identifier: GPL-3.0-or-later
// Everything a planner saves: inputs, changed constants, forecast settings, preset, name and notes.
#pragma once

#include "Constants.h"
#include "ForecastSettings.h"
#include "Profile.h"
#include "Scenario.h"

#include <string>
#include <vector>

namespace ecw {

// Where a constant's value came from when calibration set it: which server (or file), which window, when.
struct CalibrationRecord {
    std::string constant; // "hash_table_overhead"
    double value = 0;
    double previous = 0;
    std::string source; // "http://prometheus:9090" or "file telemetry.json"
    std::string window; // "2026-11-20T00:00:00Z to 2026-12-04T00:00:00Z, step 1m"
    std::string appliedAt; // ISO 8601 UTC
    std::string evidence;

    bool operator==(const CalibrationRecord& other) const = default;
};

struct ScenarioDocument {
    std::string name = "Default scenario";
    std::string notes;
    std::string preset; // preset id it came from ("" for none)
    bool presetModified = false; // inputs changed since the preset was applied
    Profile profile = Profile::Full;
    Scenario scenario;
    ModelConstants constants;
    ForecastSettings forecast;
    std::vector<CalibrationRecord> calibrations; // one per calibrated constant, the latest

    bool operator==(const ScenarioDocument& other) const = default;
};

} // namespace ecw
