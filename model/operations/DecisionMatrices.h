// SPDX-License-Identifier: GPL-3.0-or-later
// The spec's three scaling tables ("Vertical Scaling Procedures"): the CPU and memory decision matrices and
// the storage scaling triggers, as data, with the rules the advisor adds where no row of a matrix matches.
//
// Bands, as the spec writes them: "<50%" is u < 50, "50-70%" is 50 <= u < 70, "70-85%" is 70 <= u <= 85,
// ">85%" is u > 85; p99 "<10ms" is p < 10, "10-50ms" is 10 <= p <= 50, ">50ms" is p > 50. Memory pressure
// "<60%" is m < 60, "60-75%" is 60 <= m < 75, "75-85%" is 75 <= m <= 85, ">85%" is m > 85. A tier
// distribution is hot-heavy when the hot share is over 50%, cold-heavy when the cold share is over 50%,
// and balanced otherwise. Storage triggers fire strictly above their thresholds.
#pragma once

#include "ObservedState.h"

#include <string_view>
#include <vector>

namespace ecw {

enum class CpuAction
{
    NoAction,
    InvestigateLatency, // gap rule: latency without CPU load
    PlanScaling,
    ScaleImmediately,
    ScaleUrgently,
    EmergencyScale
};
enum class MemoryAction
{
    NoAction,
    Watch, // gap rule: pressure rising without a skew to correct
    Optimize,
    ScaleRam,
    Migrate,
    Emergency
};
enum class TierDistribution
{
    Balanced,
    HotHeavy,
    ColdHeavy
};
enum class StorageTrigger
{
    DiskUtilization,
    WalSize,
    IopsUtilization,
    SnapshotCount
};

std::string_view cpuActionTitle(CpuAction action); // "Scale immediately"
std::string_view cpuActionKey(CpuAction action); // "scale-immediately"
std::string_view memoryActionTitle(MemoryAction action);
std::string_view memoryActionKey(MemoryAction action);
std::string_view tierDistributionTitle(TierDistribution distribution); // "Hot-heavy (>50%)"
std::string_view storageTriggerKey(StorageTrigger trigger); // "disk", "wal", "iops", "snapshots"

// One row of a matrix as the spec prints it, or one of the advisor's gap rules (fromSpec false).
struct MatrixRow
{
    int number; // 1-based within its table; gap rules are numbered G1, G2, ... (number is the G index)
    bool fromSpec;
    std::string_view condition1; // "70-85%"
    std::string_view condition2; // "10-50ms"
    std::string_view actionTitle; // "Scale immediately"
    std::string_view implementation; // "Add 2x cores (up to 8)"
    std::string_view rationale; // for gap rules: why the advisor decides so
};

struct CpuRow
{
    MatrixRow row;
    CpuAction action;
};
struct MemoryRow
{
    MatrixRow row;
    MemoryAction action;
};
struct StorageRow
{
    MatrixRow row; // condition1 the metric, condition2 the threshold
    StorageTrigger trigger;
};

// The spec's rows first, then the gap rules.
const std::vector<CpuRow>& cpuMatrix();
const std::vector<MemoryRow>& memoryMatrix();
const std::vector<StorageRow>& storageTriggers();

TierDistribution classifyDistribution(double hotFraction, double coldFraction);

// The row that decides: exactly one row (spec or gap rule) matches any valid observation.
const CpuRow& matchCpu(double cpuPercent, double p99LatencyMs);
const MemoryRow& matchMemory(double pressurePercent, TierDistribution distribution);
// The triggers that fire; walTriggerBytes is the model's WAL_WARN (10 GiB by default).
std::vector<const StorageRow*> firedStorageTriggers(const ObservedState& state, double walTriggerBytes);

// Thresholds used above and by the generated alert rules.
inline constexpr double kDiskTriggerPercent = 70;
inline constexpr double kIopsTriggerPercent = 80;
inline constexpr double kSnapshotTriggerCount = 10;
inline constexpr double kSnapshotsKept = 5;

} // namespace ecw
