// SPDX-License-Identifier: GPL-3.0-or-later
#include "TelemetryMetrics.h"

#include <array>

namespace ecw {

namespace {

constexpr std::string_view kStorageTiers[] = { "warm", "cold" };

constexpr std::array kMetrics {
    TelemetryMetric { kNodesMetric, "tier", kTiers, true, "nodes",
                      "Nodes resident in each tier (gauge): the growth fit and the observed node count and active ratio" },
    TelemetryMetric { kMemoryMetric, "tier", kTiers, true, "bytes",
                      "Resident memory per tier: hot tier, warm prefetch and page cache, cold index" },
    TelemetryMetric { kStorageMetric, "tier", kStorageTiers, true, "bytes", "Bytes on disk per tier (warm segments, cold)" },
    TelemetryMetric { kWalMetric, "", {}, true, "bytes", "Write-ahead log on disk" },
    TelemetryMetric { kOpsMetric, "operation", {}, true, "ops/s",
                      "Operations per second by operation; operation=\"write\" gives the write fraction" },
    TelemetryMetric { kCpuMetric, "core", {}, true, "%",
                      "Utilization of each core, 0-100; the number of core series is the cores the node has" },
    TelemetryMetric { kLatencyMetric, "operation", {}, false, "ms", "p99 latency by operation (shown, not fitted)" },
    TelemetryMetric { "engram_spreading_queue_depth", "", {}, false, "", "Spreading queue depth (shown, not fitted)" },
    TelemetryMetric { "engram_tier_miss_rate", "tier", {}, false, "", "Tier miss rate (shown, not fitted)" },
};

} // namespace

std::span<const TelemetryMetric> telemetryMetrics()
{
    return kMetrics;
}

const TelemetryMetric* findTelemetryMetric(std::string_view name)
{
    for (const TelemetryMetric& metric : kMetrics)
        if (metric.name == name)
            return &metric;
    return nullptr;
}

} // namespace ecw
