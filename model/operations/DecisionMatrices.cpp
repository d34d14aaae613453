// SPDX-License-Identifier: GPL-3.0-or-later
#include "DecisionMatrices.h"

#include <stdexcept>

namespace ecw {

namespace {

enum class CpuBand
{
    Below50,
    From50To70,
    From70To85,
    Above85
};
enum class LatencyBand
{
    Below10,
    From10To50,
    Above50
};
enum class PressureBand
{
    Below60,
    From60To75,
    From75To85,
    Above85
};

CpuBand cpuBand(double u)
{
    if (u < 50)
        return CpuBand::Below50;
    if (u < 70)
        return CpuBand::From50To70;
    if (u <= 85)
        return CpuBand::From70To85;
    return CpuBand::Above85;
}

LatencyBand latencyBand(double p)
{
    if (p < 10)
        return LatencyBand::Below10;
    if (p <= 50)
        return LatencyBand::From10To50;
    return LatencyBand::Above50;
}

PressureBand pressureBand(double m)
{
    if (m < 60)
        return PressureBand::Below60;
    if (m < 75)
        return PressureBand::From60To75;
    if (m <= 85)
        return PressureBand::From75To85;
    return PressureBand::Above85;
}

const CpuRow& cpuRow(std::size_t index)
{
    return cpuMatrix().at(index);
}
const MemoryRow& memoryRow(std::size_t index)
{
    return memoryMatrix().at(index);
}

} // namespace

std::string_view cpuActionTitle(CpuAction action)
{
    switch (action) {
    case CpuAction::NoAction: return "No action";
    case CpuAction::InvestigateLatency: return "Investigate latency";
    case CpuAction::PlanScaling: return "Plan scaling";
    case CpuAction::ScaleImmediately: return "Scale immediately";
    case CpuAction::ScaleUrgently: return "Scale urgently";
    case CpuAction::EmergencyScale: return "Emergency scale";
    }
    return {};
}

std::string_view cpuActionKey(CpuAction action)
{
    switch (action) {
    case CpuAction::NoAction: return "no-action";
    case CpuAction::InvestigateLatency: return "investigate-latency";
    case CpuAction::PlanScaling: return "plan-scaling";
    case CpuAction::ScaleImmediately: return "scale-immediately";
    case CpuAction::ScaleUrgently: return "scale-urgently";
    case CpuAction::EmergencyScale: return "emergency-scale";
    }
    return {};
}

std::string_view memoryActionTitle(MemoryAction action)
{
    switch (action) {
    case MemoryAction::NoAction: return "No action";
    case MemoryAction::Watch: return "Watch";
    case MemoryAction::Optimize: return "Optimize";
    case MemoryAction::ScaleRam: return "Scale RAM";
    case MemoryAction::Migrate: return "Migrate";
    case MemoryAction::Emergency: return "Emergency";
    }
    return {};
}

std::string_view memoryActionKey(MemoryAction action)
{
    switch (action) {
    case MemoryAction::NoAction: return "no-action";
    case MemoryAction::Watch: return "watch";
    case MemoryAction::Optimize: return "optimize";
    case MemoryAction::ScaleRam: return "scale-ram";
    case MemoryAction::Migrate: return "migrate";
    case MemoryAction::Emergency: return "emergency";
    }
    return {};
}

std::string_view tierDistributionTitle(TierDistribution distribution)
{
    switch (distribution) {
    case TierDistribution::Balanced: return "Balanced";
    case TierDistribution::HotHeavy: return "Hot-heavy (>50%)";
    case TierDistribution::ColdHeavy: return "Cold-heavy (>50%)";
    }
    return {};
}

std::string_view storageTriggerKey(StorageTrigger trigger)
{
    switch (trigger) {
    case StorageTrigger::DiskUtilization: return "disk";
    case StorageTrigger::WalSize: return "wal";
    case StorageTrigger::IopsUtilization: return "iops";
    case StorageTrigger::SnapshotCount: return "snapshots";
    }
    return {};
}

const std::vector<CpuRow>& cpuMatrix()
{
    static const std::vector<CpuRow> rows {
        { { 1, true, "<50%", "<10ms", "No action", "Monitor for trends", {} }, CpuAction::NoAction },
        { { 2, true, "50-70%", "<10ms", "Plan scaling", "Schedule maintenance window", {} }, CpuAction::PlanScaling },
        { { 3, true, "70-85%", "10-50ms", "Scale immediately", "Add 2x cores (up to 8)", {} },
          CpuAction::ScaleImmediately },
        { { 4, true, "70-85%", ">50ms", "Scale urgently", "Add 4x cores (up to 16)", {} }, CpuAction::ScaleUrgently },
        { { 5, true, ">85%", "Any", "Emergency scale", "Maximum available cores + investigate bottleneck", {} },
          CpuAction::EmergencyScale },
        { { 1, false, "<50%", ">=10ms", "Investigate latency",
            "No core change; check tier miss rate, storage latency and queue depth",
            "The CPU has room, so more cores would not bring p99 down: the latency comes from elsewhere "
            "(cold-tier reads, disk, locks)." },
          CpuAction::InvestigateLatency },
        { { 2, false, "50-70%", ">=10ms", "Plan scaling",
            "Schedule maintenance window for 2x cores (up to 8) and investigate latency",
            "Load is climbing and the SLA is already missed, but the CPU is not yet the bottleneck: plan the "
            "row-3 change for the next window instead of scaling now." },
          CpuAction::PlanScaling },
        { { 3, false, "70-85%", "<10ms", "Plan scaling",
            "Schedule maintenance window for 2x cores (up to 8)",
            "Utilization is in the scale-immediately band but latency still meets the SLA, so there is time: "
            "the row-3 change, at the next window." },
          CpuAction::PlanScaling },
    };
    return rows;
}

const std::vector<MemoryRow>& memoryMatrix()
{
    static const std::vector<MemoryRow> rows {
        { { 1, true, "<60%", "Balanced", "No action", "Monitor growth rate", {} }, MemoryAction::NoAction },
        { { 2, true, "60-75%", "Hot-heavy (>50%)", "Optimize", "Increase eviction rate to warm tier", {} },
          MemoryAction::Optimize },
        { { 3, true, "75-85%", "Balanced", "Scale RAM", "Add 50% more RAM", {} }, MemoryAction::ScaleRam },
        { { 4, true, "75-85%", "Cold-heavy", "Migrate", "Move cold data to disk, reduce mmap windows", {} },
          MemoryAction::Migrate },
        { { 5, true, ">85%", "Any", "Emergency", "Double RAM + immediate tier rebalancing", {} },
          MemoryAction::Emergency },
        { { 1, false, "<60%", "Hot-heavy or cold-heavy", "No action",
            "Monitor growth rate; note the skew",
            "Pressure is low, so a skewed distribution costs nothing yet; row 1 applies whatever the split." },
          MemoryAction::NoAction },
        { { 2, false, "60-75%", "Balanced or cold-heavy", "Watch",
            "Monitor growth rate daily; the 75% line triggers Scale RAM or Migrate",
            "Pressure is rising but there is no hot-tier excess to evict: nothing to change until the next band." },
          MemoryAction::Watch },
        { { 3, false, "75-85%", "Hot-heavy (>50%)", "Scale RAM",
            "Add 50% more RAM and increase eviction rate to warm tier",
            "High pressure with a hot-heavy split: eviction alone (row 2) would not bring pressure below 75% in "
            "time, so scale as in row 3 and evict as in row 2." },
          MemoryAction::ScaleRam },
    };
    return rows;
}

const std::vector<StorageRow>& storageTriggers()
{
    static const std::vector<StorageRow> rows {
        { { 1, true, "Disk utilization", ">70%", "Expand volume", "Add 2x current size", {} },
          StorageTrigger::DiskUtilization },
        { { 2, true, "WAL size", ">10GB", "Increase compaction",
            "Reduce WAL retention, increase compaction frequency", {} },
          StorageTrigger::WalSize },
        { { 3, true, "IOPS utilization", ">80%", "Upgrade disk type", "Move to NVMe or increase IOPS allocation", {} },
          StorageTrigger::IopsUtilization },
        { { 4, true, "Snapshot count", ">10", "Prune snapshots", "Keep only last 5 + weekly archives", {} },
          StorageTrigger::SnapshotCount },
    };
    return rows;
}

TierDistribution classifyDistribution(double hotFraction, double coldFraction)
{
    if (hotFraction > 0.5)
        return TierDistribution::HotHeavy;
    if (coldFraction > 0.5)
        return TierDistribution::ColdHeavy;
    return TierDistribution::Balanced;
}

const CpuRow& matchCpu(double cpuPercent, double p99LatencyMs)
{
    const LatencyBand latency = latencyBand(p99LatencyMs);
    switch (cpuBand(cpuPercent)) {
    case CpuBand::Below50:
        return latency == LatencyBand::Below10 ? cpuRow(0) : cpuRow(5);
    case CpuBand::From50To70:
        return latency == LatencyBand::Below10 ? cpuRow(1) : cpuRow(6);
    case CpuBand::From70To85:
        if (latency == LatencyBand::Below10)
            return cpuRow(7);
        return latency == LatencyBand::From10To50 ? cpuRow(2) : cpuRow(3);
    case CpuBand::Above85:
        return cpuRow(4);
    }
    throw std::logic_error("matchCpu: unreachable");
}

const MemoryRow& matchMemory(double pressurePercent, TierDistribution distribution)
{
    switch (pressureBand(pressurePercent)) {
    case PressureBand::Below60:
        return distribution == TierDistribution::Balanced ? memoryRow(0) : memoryRow(5);
    case PressureBand::From60To75:
        return distribution == TierDistribution::HotHeavy ? memoryRow(1) : memoryRow(6);
    case PressureBand::From75To85:
        switch (distribution) {
        case TierDistribution::Balanced: return memoryRow(2);
        case TierDistribution::ColdHeavy: return memoryRow(3);
        case TierDistribution::HotHeavy: return memoryRow(7);
        }
        break;
    case PressureBand::Above85:
        return memoryRow(4);
    }
    throw std::logic_error("matchMemory: unreachable");
}

std::vector<const StorageRow*> firedStorageTriggers(const ObservedState& state, double walTriggerBytes)
{
    std::vector<const StorageRow*> fired;
    for (const StorageRow& row : storageTriggers()) {
        bool fires = false;
        switch (row.trigger) {
        case StorageTrigger::DiskUtilization: fires = state.diskPercent > kDiskTriggerPercent; break;
        case StorageTrigger::WalSize: fires = state.walBytes > walTriggerBytes; break;
        case StorageTrigger::IopsUtilization: fires = state.iopsPercent > kIopsTriggerPercent; break;
        case StorageTrigger::SnapshotCount: fires = state.snapshotCount > kSnapshotTriggerCount; break;
        }
        if (fires)
            fired.push_back(&row);
    }
    return fired;
}

} // namespace ecw
