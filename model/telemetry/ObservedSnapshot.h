// SPDX-License-Identifier: GPL-3.0-or-later
// What the telemetry says about the deployment at the end of the window: the inputs the model needs (nodes,
// active ratio, ops/s, write fraction) and the figures it predicts (memory and storage per tier, WAL, cores),
// plus the series the right-sizing reads (cores used and memory over the whole window).
#pragma once

#include "Finding.h"
#include "Result.h"
#include "TelemetrySeries.h"

#include <optional>
#include <string>
#include <vector>

namespace ecw {

struct ObservedSnapshot
{
    double time = 0; // the last sample of the node count
    double nodes = 0; // sum over tiers at time
    std::optional<double> hotNodes;
    double activeRatio = 0; // hot / total
    double opsPerSec = 0; // mean of sum(engram_operations_per_second) over the last day
    std::optional<double> writeFraction; // operation="write" / all, over the last day
    double coresProvisioned = 0; // number of engram_cpu_utilization_percent series
    double coresUsedMean = 0; // mean of sum(util) / 100 over the last day
    // Gauges at time (nullopt: no series, or stale).
    std::optional<double> memoryHot, memoryWarm, memoryCold;
    std::optional<double> storageWarm, storageCold;
    std::optional<double> walBytes;
    std::optional<double> p99LatencyMs; // worst operation, last day mean

    std::vector<Sample> nodeSeries; // sum over tiers
    std::vector<Sample> coresUsed; // sum(util) / 100 at each time
    std::vector<Sample> memoryTotal; // sum over tiers at each time
    double historyDays = 0; // time covered by samples, gaps of more than five minutes left out
    std::vector<Finding> findings; // missing tiers, stale series
};

// Errors name the missing required metric ("engram_nodes has no samples in the window").
Result<ObservedSnapshot> observeSnapshot(const TelemetrySet& set);

} // namespace ecw
