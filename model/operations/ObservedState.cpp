// SPDX-License-Identifier: GPL-3.0-or-later
#include "ObservedState.h"

#include "Units.h"

#include <cmath>

namespace ecw {

namespace {

std::string number(double value)
{
    if (std::isnan(value))
        return "nan";
    if (std::isinf(value))
        return value > 0 ? "inf" : "-inf";
    return formatMachineNumber(value);
}

std::string rangeProblem(std::string_view key, double value, double minimum, double maximum)
{
    if (!std::isfinite(value))
        return std::string(key) + " must be a finite number (got " + number(value) + ")";
    if (value < minimum || value > maximum)
        return std::string(key) + " must be between " + number(minimum) + " and " + number(maximum) + " (got "
            + number(value) + ")";
    return {};
}

constexpr double kMaxBytes = 1152921504606846976.0; // 1 EiB, the price book's memory limit
constexpr double kTierSumTolerance = 0.01;

} // namespace

const std::vector<ObservedField>& observedFields()
{
    static const std::vector<ObservedField> fields {
        { "cpu_percent", "CPU utilization", "%", 0, 100, &ObservedState::cpuPercent },
        { "memory_pressure_percent", "Memory pressure", "%", 0, 100, &ObservedState::memoryPressurePercent },
        { "disk_percent", "Disk utilization", "%", 0, 100, &ObservedState::diskPercent },
        { "iops_percent", "IOPS utilization", "%", 0, 100, &ObservedState::iopsPercent },
        { "p99_latency_ms", "p99 latency", "ms", 0, 3600000, &ObservedState::p99LatencyMs },
        { "hot_fraction", "Hot tier share", "", 0, 1, &ObservedState::hotFraction },
        { "warm_fraction", "Warm tier share", "", 0, 1, &ObservedState::warmFraction },
        { "cold_fraction", "Cold tier share", "", 0, 1, &ObservedState::coldFraction },
        { "wal_bytes", "WAL size", "bytes", 0, kMaxBytes, &ObservedState::walBytes },
        { "snapshot_count", "Snapshot count", "", 0, 1000000, &ObservedState::snapshotCount },
    };
    return fields;
}

const ObservedField* findObservedField(std::string_view key)
{
    for (const ObservedField& field : observedFields())
        if (field.key == key)
            return &field;
    return nullptr;
}

std::vector<std::string> validateObservedState(const ObservedState& state)
{
    std::vector<std::string> problems;
    for (const ObservedField& field : observedFields()) {
        std::string problem = rangeProblem(field.key, state.*field.value, field.minimum, field.maximum);
        if (!problem.empty())
            problems.push_back(std::move(problem));
    }
    if (std::isfinite(state.snapshotCount) && state.snapshotCount != std::floor(state.snapshotCount))
        problems.push_back("snapshot_count must be a whole number (got " + number(state.snapshotCount) + ")");
    const double tierSum = state.hotFraction + state.warmFraction + state.coldFraction;
    if (std::isfinite(tierSum) && std::abs(tierSum - 1.0) > kTierSumTolerance)
        problems.push_back("hot_fraction + warm_fraction + cold_fraction must sum to 1 (got " + number(tierSum) + ")");
    struct Current
    {
        std::string_view key;
        const std::optional<double>& value;
        double maximum;
    };
    for (const Current& current : { Current { "cores", state.cores, 1000000 },
                                    Current { "memory_bytes", state.memoryBytes, kMaxBytes },
                                    Current { "disk_bytes", state.diskBytes, kMaxBytes } }) {
        if (!current.value)
            continue;
        if (!std::isfinite(*current.value) || *current.value <= 0 || *current.value > current.maximum)
            problems.push_back(std::string(current.key) + " must be more than 0 and at most "
                               + number(current.maximum) + " (got " + number(*current.value) + ")");
    }
    return problems;
}

ObservedState exampleObservedState()
{
    ObservedState state;
    state.cpuPercent = 45;
    state.memoryPressurePercent = 55;
    state.diskPercent = 40;
    state.iopsPercent = 35;
    state.p99LatencyMs = 6;
    state.hotFraction = 0.3;
    state.warmFraction = 0.45;
    state.coldFraction = 0.25;
    state.walBytes = 2 * kGiB;
    state.snapshotCount = 5;
    return state;
}

} // namespace ecw
