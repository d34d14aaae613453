// SPDX-License-Identifier: GPL-3.0-or-later
// The scaling advisor: from an observed state to the matrices' actions, each turned into a concrete target
// (cores, memory, volume) and into the instance to buy per cloud with the monthly cost difference.
#pragma once

#include "CostModel.h"
#include "DecisionMatrices.h"
#include "Estimate.h"
#include "InstanceChoice.h"
#include "ObservedState.h"
#include "PriceBook.h"

#include <array>
#include <optional>
#include <string>
#include <vector>

namespace ecw {

struct CpuAdvice
{
    const CpuRow* row = nullptr;
    double currentCores = 0;
    double targetCores = 0; // equal to currentCores when the action changes no cores
    bool scheduled = false; // the change waits for a maintenance window (plan scaling)
    std::string why; // "CPU 78% is in 70-85% and p99 22 ms in 10-50ms: row 3"
    std::string target; // "4 cores -> 8 cores (2x, up to 8)"
};

struct MemoryAdvice
{
    const MemoryRow* row = nullptr;
    TierDistribution distribution = TierDistribution::Balanced;
    double currentBytes = 0;
    double targetBytes = 0;
    std::string why;
    std::string target;
};

struct StorageAdvice
{
    const StorageRow* row = nullptr;
    double observed = 0; // in the trigger's unit: %, bytes or a count
    double threshold = 0;
    std::string why;
    std::string target; // "volume 500 GiB -> 1000 GiB"
};

// The cheapest configuration that holds the node today and the one that meets the target, on one cloud.
struct CloudTarget
{
    Cloud cloud = Cloud::Aws;
    bool available = false;
    InstanceChoice current;
    InstanceChoice target;
    std::string currentName; // "2 x m6i.2xlarge"
    std::string targetName;
    double monthlyDifference = 0; // target.monthlyTotal - current.monthlyTotal, USD
};

struct ScalingAdvice
{
    ObservedState observed;
    CpuAdvice cpu;
    MemoryAdvice memory;
    std::vector<StorageAdvice> storage; // the fired triggers only
    double currentDiskBytes = 0;
    double targetDiskBytes = 0;
    PricingModel pricing = PricingModel::OnDemand;
    std::array<CloudTarget, kCloudCount> clouds {};
    // The most urgent of the three: "emergency", "urgent", "now", "planned", "watch", "none".
    std::string_view urgency;
};

struct AdvisorOptions
{
    PricingModel pricing = PricingModel::OnDemand;
    CostOptions costOptions;
};

// The observed state must be valid (validateObservedState empty). Cores, memory and volume the state does not
// give come from the estimate's cpu.recommended, memory.recommended and storage.recommended.
ScalingAdvice advise(const ObservedState& observed, const Estimate& estimate, const PriceBook* book,
                     const AdvisorOptions& options = {});

// The core target of a CPU action: 2x up to 8 (rows 3 and the planned gap rules), 4x up to 16 (row 4), the
// maximum useful cores (row 5); never fewer than now.
double cpuTargetCores(CpuAction action, const CpuRow& row, double currentCores, double maxUsefulCores);
// The memory target: +50% (Scale RAM), 2x (Emergency), unchanged otherwise.
double memoryTargetBytes(MemoryAction action, double currentBytes);

} // namespace ecw
