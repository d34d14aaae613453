// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScalingAdvisor.h"

#include "InstanceRecommender.h"
#include "Units.h"

#include <algorithm>
#include <cmath>

namespace ecw {

namespace {

std::string percent(double value)
{
    return formatCompact(std::round(value * 10) / 10) + "%";
}

std::string cores(double value)
{
    return formatCompact(value) + (value == 1 ? " core" : " cores");
}

std::string configurationName(const CloudPrices& cloud, const InstanceChoice& choice)
{
    if (!choice.valid())
        return "none";
    return std::to_string(choice.count) + " x " + cloud.instances[choice.typeIndex].name;
}

bool plannedGap(const CpuRow& row)
{
    return row.action == CpuAction::PlanScaling && !row.row.fromSpec;
}

std::string rowName(const MatrixRow& row)
{
    return (row.fromSpec ? "row " : "gap rule G") + std::to_string(row.number);
}

CpuAdvice adviseCpu(const ObservedState& state, double currentCores, double maxUseful)
{
    CpuAdvice advice;
    const CpuRow& row = matchCpu(state.cpuPercent, state.p99LatencyMs);
    advice.row = &row;
    advice.currentCores = currentCores;
    advice.targetCores = cpuTargetCores(row.action, row, currentCores, maxUseful);
    advice.scheduled = row.action == CpuAction::PlanScaling;
    advice.why = "CPU " + percent(state.cpuPercent) + " is in " + std::string(row.row.condition1) + " and p99 "
        + formatCompact(state.p99LatencyMs) + " ms in " + std::string(row.row.condition2) + ": CPU matrix "
        + rowName(row.row);
    if (advice.targetCores == currentCores) {
        advice.target = "stay at " + cores(currentCores);
        if (row.action >= CpuAction::ScaleImmediately || plannedGap(row))
            advice.target += " (already at the row's cap: scale out horizontally instead)";
    } else {
        advice.target = cores(currentCores) + " -> " + cores(advice.targetCores);
    }
    return advice;
}

MemoryAdvice adviseMemory(const ObservedState& state, double currentBytes)
{
    MemoryAdvice advice;
    advice.distribution = classifyDistribution(state.hotFraction, state.coldFraction);
    const MemoryRow& row = matchMemory(state.memoryPressurePercent, advice.distribution);
    advice.row = &row;
    advice.currentBytes = currentBytes;
    advice.targetBytes = memoryTargetBytes(row.action, currentBytes);
    advice.why = "memory pressure " + percent(state.memoryPressurePercent) + " is in "
        + std::string(row.row.condition1) + " with a " + std::string(tierDistributionTitle(advice.distribution))
        + " split (hot " + percent(state.hotFraction * 100) + ", cold " + percent(state.coldFraction * 100)
        + "): memory matrix " + rowName(row.row);
    if (advice.targetBytes == currentBytes)
        advice.target = "stay at " + formatHuman(currentBytes, Unit::Bytes);
    else
        advice.target = formatHuman(currentBytes, Unit::Bytes) + " -> " + formatHuman(advice.targetBytes, Unit::Bytes);
    return advice;
}

StorageAdvice adviseStorage(const StorageRow& row, const ObservedState& state, double walTrigger, double diskBytes)
{
    StorageAdvice advice;
    advice.row = &row;
    switch (row.trigger) {
    case StorageTrigger::DiskUtilization:
        advice.observed = state.diskPercent;
        advice.threshold = kDiskTriggerPercent;
        advice.why = "disk " + percent(state.diskPercent) + " > " + percent(kDiskTriggerPercent);
        advice.target = "volume " + formatHuman(diskBytes, Unit::Bytes) + " -> " + formatHuman(2 * diskBytes, Unit::Bytes);
        break;
    case StorageTrigger::WalSize:
        advice.observed = state.walBytes;
        advice.threshold = walTrigger;
        advice.why = "WAL " + formatHuman(state.walBytes, Unit::Bytes) + " > " + formatHuman(walTrigger, Unit::Bytes);
        advice.target = "WAL under " + formatHuman(walTrigger, Unit::Bytes) + " after compaction";
        break;
    case StorageTrigger::IopsUtilization:
        advice.observed = state.iopsPercent;
        advice.threshold = kIopsTriggerPercent;
        advice.why = "IOPS " + percent(state.iopsPercent) + " > " + percent(kIopsTriggerPercent);
        advice.target = "NVMe, or provisioned IOPS for utilization under " + percent(kIopsTriggerPercent);
        break;
    case StorageTrigger::SnapshotCount:
        advice.observed = state.snapshotCount;
        advice.threshold = kSnapshotTriggerCount;
        advice.why = formatCompact(state.snapshotCount) + " snapshots > " + formatCompact(kSnapshotTriggerCount);
        advice.target = formatCompact(state.snapshotCount) + " -> " + formatCompact(kSnapshotsKept)
            + " snapshots + weekly archives";
        break;
    }
    return advice;
}

std::string_view urgencyOf(const ScalingAdvice& advice)
{
    const CpuAction cpu = advice.cpu.row->action;
    const MemoryAction memory = advice.memory.row->action;
    if (cpu == CpuAction::EmergencyScale || memory == MemoryAction::Emergency)
        return "emergency";
    if (cpu == CpuAction::ScaleUrgently)
        return "urgent";
    if (cpu == CpuAction::ScaleImmediately || memory == MemoryAction::ScaleRam || memory == MemoryAction::Migrate
        || !advice.storage.empty())
        return "now";
    if (cpu == CpuAction::PlanScaling || memory == MemoryAction::Optimize)
        return "planned";
    if (cpu == CpuAction::InvestigateLatency || memory == MemoryAction::Watch)
        return "watch";
    return "none";
}

} // namespace

double cpuTargetCores(CpuAction action, const CpuRow& row, double currentCores, double maxUsefulCores)
{
    auto multiply = [currentCores](double factor, double cap) {
        return std::max(currentCores, std::min(currentCores * factor, cap));
    };
    switch (action) {
    case CpuAction::ScaleImmediately:
        return multiply(2, 8);
    case CpuAction::ScaleUrgently:
        return multiply(4, 16);
    case CpuAction::EmergencyScale:
        return std::max(currentCores, maxUsefulCores);
    case CpuAction::PlanScaling:
        // The spec's row 2 only schedules the window; the gap rules that plan the row-3 change size it.
        return row.row.fromSpec ? currentCores : multiply(2, 8);
    case CpuAction::NoAction:
    case CpuAction::InvestigateLatency:
        break;
    }
    return currentCores;
}

double memoryTargetBytes(MemoryAction action, double currentBytes)
{
    switch (action) {
    case MemoryAction::ScaleRam:
        return currentBytes * 1.5;
    case MemoryAction::Emergency:
        return currentBytes * 2;
    default:
        return currentBytes;
    }
}

ScalingAdvice advise(const ObservedState& observed, const Estimate& estimate, const PriceBook* book,
                     const AdvisorOptions& options)
{
    ScalingAdvice advice;
    advice.observed = observed;
    advice.pricing = options.pricing;
    const double maxUseful = estimate.constants[ConstantId::MaxUsefulCores];
    const double currentCores = observed.cores.value_or(std::max(1.0, std::ceil(estimate.value("cpu.recommended"))));
    const double currentMemory = observed.memoryBytes.value_or(estimate.value("memory.recommended"));
    advice.currentDiskBytes = observed.diskBytes.value_or(estimate.value("storage.recommended"));
    advice.cpu = adviseCpu(observed, currentCores, maxUseful);
    advice.memory = adviseMemory(observed, currentMemory);
    const double walTrigger = estimate.constants[ConstantId::WalWarningBytes];
    advice.targetDiskBytes = advice.currentDiskBytes;
    for (const StorageRow* row : firedStorageTriggers(observed, walTrigger)) {
        advice.storage.push_back(adviseStorage(*row, observed, walTrigger, advice.currentDiskBytes));
        if (row->trigger == StorageTrigger::DiskUtilization)
            advice.targetDiskBytes = 2 * advice.currentDiskBytes;
    }
    advice.urgency = urgencyOf(advice);

    for (Cloud cloud : kClouds) {
        CloudTarget& target = advice.clouds[cloudIndex(cloud)];
        target.cloud = cloud;
        const CloudPrices* prices = book ? book->find(cloud) : nullptr;
        if (!prices)
            continue;
        const double discount = options.costOptions.flatDiscount[cloudIndex(cloud)];
        const InstanceNeed now { currentCores, currentMemory, 0 };
        const InstanceNeed next { advice.cpu.targetCores, advice.memory.targetBytes, 0 };
        target.current = cheapestInstance(*prices, now, options.pricing, discount, estimate.constants);
        target.target = cheapestInstance(*prices, next, options.pricing, discount, estimate.constants);
        target.available = target.current.valid() && target.target.valid();
        if (!target.available)
            continue;
        target.currentName = configurationName(*prices, target.current);
        target.targetName = configurationName(*prices, target.target);
        target.monthlyDifference = target.target.monthlyTotal - target.current.monthlyTotal;
    }
    return advice;
}

} // namespace ecw
