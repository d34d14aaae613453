// SPDX-License-Identifier: GPL-3.0-or-later
// What an operator sees on a running deployment, the scaling advisor's input: utilization per resource,
// p99 latency, the tier distribution, the WAL and the snapshots, and what the node has now.
#pragma once

#include "Result.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ecw {

struct ObservedState
{
    double cpuPercent = 0; // average CPU utilization, 0..100
    double memoryPressurePercent = 0; // memory in use / memory limit, 0..100
    double diskPercent = 0; // volume in use / volume size, 0..100
    double iopsPercent = 0; // IOPS in use / provisioned IOPS, 0..100
    double p99LatencyMs = 0; // >= 0
    double hotFraction = 0; // share of memory-resident bytes per tier; the three sum to 1 (within 1%)
    double warmFraction = 0;
    double coldFraction = 0;
    double walBytes = 0; // engram_wal_size_bytes
    double snapshotCount = 0; // snapshots kept, a whole number
    // What the node has now; empty means "as the estimate recommends" (cpu.recommended, memory.recommended,
    // storage.recommended).
    std::optional<double> cores;
    std::optional<double> memoryBytes;
    std::optional<double> diskBytes;
};

// One field of the observed state: JSON key, what it means and its allowed range, for messages, the CLI's
// --observe options and the workbench's form.
struct ObservedField
{
    std::string_view key; // "cpu_percent"
    std::string_view label; // "CPU utilization"
    std::string_view unit; // "%", "ms", "bytes", "cores", "" for a fraction or count
    double minimum;
    double maximum;
    double ObservedState::*value; // the plain fields
};
const std::vector<ObservedField>& observedFields();
const ObservedField* findObservedField(std::string_view key);

// Every problem, each naming the field and its range: "cpu_percent must be between 0 and 100 (got 104)",
// "p99_latency_ms must be a finite number (got nan)", "tier fractions must sum to 1 (got 1.3)".
std::vector<std::string> validateObservedState(const ObservedState& state);

// A healthy example the workbench starts from and the docs use.
ObservedState exampleObservedState();

} // namespace ecw
