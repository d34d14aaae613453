// SPDX-License-Identifier: GPL-3.0-or-later
// The metrics calibration reads: the spec's "Monitoring Metrics for Scaling Decisions" plus engram_nodes, the
// node count per tier that the growth fit needs and the spec's list leaves out.
#pragma once

#include <span>
#include <string_view>

namespace ecw {

struct TelemetryMetric
{
    std::string_view name; // "engram_memory_usage_bytes"
    std::string_view labelKey; // the label the series are split by ("tier"), "" for one series
    std::span<const std::string_view> expectedLabels; // each must have a series ("hot", "warm", "cold"); may be empty
    bool required; // calibration cannot run without it
    std::string_view unit; // "bytes", "nodes", "ops/s", "%", "ms", ""
    std::string_view meaning;
};

inline constexpr std::string_view kNodesMetric = "engram_nodes";
inline constexpr std::string_view kMemoryMetric = "engram_memory_usage_bytes";
inline constexpr std::string_view kStorageMetric = "engram_storage_usage_bytes";
inline constexpr std::string_view kWalMetric = "engram_wal_size_bytes";
inline constexpr std::string_view kOpsMetric = "engram_operations_per_second";
inline constexpr std::string_view kCpuMetric = "engram_cpu_utilization_percent";
inline constexpr std::string_view kLatencyMetric = "engram_p99_latency_ms";

inline constexpr std::string_view kTiers[] = { "hot", "warm", "cold" };

// Every metric read, required ones first.
std::span<const TelemetryMetric> telemetryMetrics();
const TelemetryMetric* findTelemetryMetric(std::string_view name);

} // namespace ecw
