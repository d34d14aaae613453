// SPDX-License-Identifier: GPL-3.0-or-later
// Named input sets for the spec's four workload types (plus an archival one) and three use cases, each value with the spec
// text it comes from, so a planner can start from a documented shape instead of the defaults.
#pragma once

#include "Scenario.h"

#include <optional>
#include <string_view>
#include <vector>

namespace ecw {

enum class PresetKind
{
    WorkloadType,
    UseCase
};

struct PresetValue
{
    InputId input;
    double value;
    std::string_view basis; // the spec line (or arithmetic on it) the value is taken from
};

struct Preset
{
    std::string_view id; // stable: scenario files store it ("write-heavy", "llm-memory")
    std::string_view name; // "Write-heavy workload (ingestion)"
    PresetKind kind;
    std::string_view rationale; // what the spec says about the workload, in a sentence or two
    std::vector<PresetValue> values; // inputs the preset sets; every other input keeps its default
};

std::string_view presetKindName(PresetKind kind); // "Workload type", "Use case"

// The spec's "Resource Utilization Patterns by Workload Type" (four), the archival type (cold-heavy, from
// the memory matrix's cold-heavy row and the spec's "<5% hot tier" target), then its "Capacity
// Planning for Specific Use Cases" (three), in the spec's order.
const std::vector<Preset>& presets();
const Preset* findPreset(std::string_view id);

// The scenario a preset stands for: the spec's defaults with the preset's values applied.
Scenario presetScenario(const Preset& preset);

} // namespace ecw
