// SPDX-License-Identifier: GPL-3.0-or-later
// The cheapest configuration of each cloud that meets the recommended cores and memory.
#pragma once

#include "Constants.h"
#include "InstanceChoice.h"
#include "Runway.h"

#include <optional>
#include <vector>

namespace ecw {

// Sizes one instance type for a need: N = max(1, ceil(cores / min(vCPUs, MAX_USEFUL_CORES)),
// ceil(memory / instance memory), ceil(hot_nodes / HOT_SHARD_NODES) when hot_nodes > HOT_SHARD_NODES).
// N identical instances split the need evenly (each holds 1/N of the data and serves 1/N of the
// operations; the per-instance runtime overhead is not added again). vCPUs count as cores.
InstanceChoice sizeInstance(const CloudPrices& cloud, std::size_t typeIndex, const InstanceNeed& need,
                            PricingModel model, double flatDiscount, const ModelConstants& constants);

// Every instance type sized for the need, cheapest first (then fewer instances, then more memory), except
// that the first is cheapestInstance's choice (the tie rule of InstancePicker::pick), at most limit of them. With
// onePerFamily only each family's best configuration competes: sizes of one family are priced in proportion to their
// vCPUs, so its other sizes are the same price in more pieces, not an alternative. Empty when the cloud does not offer
// the pricing model.
std::vector<InstanceChoice> rankInstances(const CloudPrices& cloud, const InstanceNeed& need, PricingModel model,
                                          double flatDiscount, const ModelConstants& constants, std::size_t limit = 3,
                                          bool onePerFamily = false);

// The cheapest; invalid (typeIndex kNone) when the cloud does not offer the pricing model.
InstanceChoice cheapestInstance(const CloudPrices& cloud, const InstanceNeed& need, PricingModel model,
                                double flatDiscount, const ModelConstants& constants);

struct UtilizationPoint
{
    int day = 0;
    double cpu = 0; // cpu.total / (count * useful cores), expected growth
    double memory = 0; // memory.total / (count * instance memory), expected growth
};

// One of the alternatives shown to a planner.
struct InstanceOption
{
    InstanceType type;
    InstanceChoice choice;
    std::vector<UtilizationPoint> utilization; // days 0, 30, 60, 90 (those inside the series)
    // First day memory reaches 80% or CPU 70% of this configuration at expected growth: when it must scale.
    std::optional<int> scaleDay;
    std::optional<Date> scaleDate;
};

// The top alternatives for the day-0 need, one per family (so three different instance types), each with
// its utilization on the given days and the day it must scale, from the series' expected band.
std::vector<InstanceOption> recommendInstances(const CloudPrices& cloud, const ForecastSeries& series,
                                               PricingModel model, double flatDiscount, const ModelConstants& constants,
                                               const Clock& clock, const std::vector<int>& utilizationDays,
                                               std::size_t limit = 3);

// The least number of instances the hot tier asks for: ceil(hot_nodes / HOT_SHARD_NODES) once hot_nodes
// exceeds HOT_SHARD_NODES, else 0 (no constraint).
double minimumShards(double hotNodes, const ModelConstants& constants);

// The need on one day of a band of the series.
InstanceNeed needAt(const ForecastSeries& series, GrowthBand band, int day);

} // namespace ecw
