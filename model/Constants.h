// SPDX-License-Identifier: GPL-3.0-or-later
// Every constant of the spec with its default; a planner may override any of them.
#pragma once

#include "Units.h"

#include <array>
#include <cstddef>
#include <optional>
#include <string_view>

namespace ecw {

enum class ConstantId : std::size_t {
    // Fundamental resource constants.
    NodeMetadataBytes,
    EdgeOverheadBytes,
    HashTableOverhead,
    MmapPageBytes,
    SegmentHeaderBytes,
    WalRecordBytes,
    CompactionWorkspaceFactor,
    WarmTierMultiple,
    // Memory.
    WarmPrefetchRatio,
    PageCacheRatio,
    BloomBitsPerNode,
    SkipListStride,
    SkipListEntryBytes,
    ActivationConcurrency,
    ActivationRecordBytes,
    WalBufferRecords,
    RuntimeOverheadBytes,
    MemoryHeadroom,
    // CPU.
    SpreadingOpsPerCore,
    GpuFallbackOverhead,
    ConsolidationNodesPerCore,
    CompactionThroughput,
    HttpRequestsPerCore,
    GrpcRequestsPerCore,
    SystemCores,
    CpuHeadroom,
    MaxUsefulCores,
    // Storage.
    ColdCompressionRatio,
    VersionRetentionRatio,
    WalCompressionRatio,
    SnapshotCount,
    SnapshotIncrementalRatio,
    SnapshotInterval,
    TempSpaceRatio,
    StorageHeadroom,
    // Network.
    PeakClientFactor,
    // Warnings and recommendations.
    CpuWarningCores,
    MemoryWarningBytes,
    HotTierShardNodes,
    HotRatioTarget,
    WalWarningBytes,
    SnapshotCountWarning,
    // Performance models.
    LinearBaseThroughput,
    LinearEfficiencyLoss,
    LinearModelMaxCores,
    BaseLatency,
    WarmLatencyMultiplier,
    ColdLatencyMultiplier,
    LatencyReferenceNodes,
    MemoryBandwidth,
    WalFlushInterval,
    // Recovery and backup.
    WalReplayRate,
    IndexRebuildRate,
    WarmupRate,
    BackupModifiedBytes,
    // Forecasting and scaling triggers.
    MemoryTrigger,
    CpuTrigger,
    StorageTrigger,
    SafetyMargin,
    Count_
};

inline constexpr std::size_t kConstantCount = static_cast<std::size_t>(ConstantId::Count_);

struct ConstantSpec {
    ConstantId id;
    std::string_view key; // "node_metadata_bytes": scenario files, CSV, --set KEY=VALUE
    std::string_view symbol; // "NODE_METADATA": formulas
    std::string_view label;
    Unit unit;
    double defaultValue;
    double minimum;
    double maximum;
    std::string_view source; // where in the spec the default comes from
};

const std::array<ConstantSpec, kConstantCount>& constantSpecs();
const ConstantSpec& constantSpec(ConstantId id);
std::optional<ConstantId> findConstant(std::string_view key);

// The constants a computation uses: the spec's defaults unless a planner changed them.
class ModelConstants
{
public:
    ModelConstants();

    double operator[](ConstantId id) const { return m_values[static_cast<std::size_t>(id)]; }
    double get(ConstantId id) const { return (*this)[id]; }
    void set(ConstantId id, double value) { m_values[static_cast<std::size_t>(id)] = value; }
    void reset(ConstantId id);
    void resetAll();
    bool isDefault(ConstantId id) const;
    bool allDefault() const;

    bool operator==(const ModelConstants& other) const = default;

private:
    std::array<double, kConstantCount> m_values {};
};

} // namespace ecw
