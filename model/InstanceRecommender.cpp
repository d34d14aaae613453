// SPDX-License-Identifier: GPL-3.0-or-later
// Instance sizing and ranking.
#include "InstanceRecommender.h"

#include "CapacityModel.h"
#include "InstancePicker.h"

#include <algorithm>

namespace ecw {

std::string_view scaleOutReasonKey(ScaleOutReason reason)
{
    switch (reason) {
    case ScaleOutReason::None:
        return "none";
    case ScaleOutReason::Memory:
        return "memory";
    case ScaleOutReason::Cores:
        return "cores";
    case ScaleOutReason::UsefulCoreLimit:
        return "useful_core_limit";
    case ScaleOutReason::HotTierSharding:
        return "hot_tier_sharding";
    }
    return "";
}

InstanceChoice sizeInstance(const CloudPrices& cloud, std::size_t typeIndex, const InstanceNeed& need,
                            PricingModel model, double flatDiscount, const ModelConstants& constants)
{
    return InstancePicker(cloud, model, flatDiscount, constants).size(typeIndex, need);
}

std::vector<InstanceChoice> rankInstances(const CloudPrices& cloud, const InstanceNeed& need, PricingModel model,
                                          double flatDiscount, const ModelConstants& constants, std::size_t limit,
                                          bool onePerFamily)
{
    std::vector<InstanceChoice> ranked;
    const InstancePicker picker(cloud, model, flatDiscount, constants);
    if (picker.empty() || limit == 0)
        return ranked;
    // First the recommendation itself, so rank 1 is always cheapestInstance's answer.
    const InstanceChoice best = picker.pick(need);
    const std::string& bestFamily = cloud.instances[best.typeIndex].family;
    std::vector<InstanceChoice> others;
    if (onePerFamily) {
        std::vector<std::string> families;
        for (const InstanceType& type : cloud.instances)
            if (type.family != bestFamily && std::find(families.begin(), families.end(), type.family) == families.end())
                families.push_back(type.family);
        for (const std::string& family : families) {
            std::vector<std::size_t> members;
            for (std::size_t i = 0; i < cloud.instances.size(); ++i)
                if (cloud.instances[i].family == family)
                    members.push_back(i);
            others.push_back(picker.pickAmong(need, members));
        }
    } else {
        for (std::size_t i = 0; i < cloud.instances.size(); ++i)
            if (i != best.typeIndex)
                others.push_back(picker.size(i, need));
    }
    std::sort(others.begin(), others.end(), InstancePicker::cheaper);
    ranked.push_back(best);
    for (const InstanceChoice& choice : others) {
        if (ranked.size() >= limit)
            break;
        ranked.push_back(choice);
    }
    return ranked;
}

InstanceChoice cheapestInstance(const CloudPrices& cloud, const InstanceNeed& need, PricingModel model,
                                double flatDiscount, const ModelConstants& constants)
{
    return InstancePicker(cloud, model, flatDiscount, constants).pick(need);
}

double minimumShards(double hotNodes, const ModelConstants& constants)
{
    const double shardNodes = constants[ConstantId::HotTierShardNodes];
    if (shardNodes <= 0 || hotNodes <= shardNodes)
        return 0;
    return ceilTolerant(hotNodes / shardNodes);
}

InstanceNeed needAt(const ForecastSeries& series, GrowthBand band, int day)
{
    return { series.value(ForecastFigure::CpuRecommended, band, day),
             series.value(ForecastFigure::MemoryRecommended, band, day),
             series.value(ForecastFigure::HotNodes, band, day) };
}

std::vector<InstanceOption> recommendInstances(const CloudPrices& cloud, const ForecastSeries& series,
                                               PricingModel model, double flatDiscount, const ModelConstants& constants,
                                               const Clock& clock, const std::vector<int>& utilizationDays,
                                               std::size_t limit)
{
    std::vector<InstanceOption> options;
    if (series.empty())
        return options;
    const InstanceNeed need = needAt(series, GrowthBand::Expected, 0);
    const double volume = series.value(ForecastFigure::StorageRecommended, GrowthBand::Expected, 0);
    for (const InstanceChoice& choice : rankInstances(cloud, need, model, flatDiscount, constants, limit, true)) {
        InstanceOption option;
        option.type = cloud.instances[choice.typeIndex];
        option.choice = choice;
        for (int day : utilizationDays) {
            if (day < 0 || day > series.horizonDays())
                continue;
            const double cores = choice.capacityCores();
            const double memory = choice.capacityMemoryBytes();
            option.utilization.push_back(
                { day, cores > 0 ? series.value(ForecastFigure::CpuTotal, GrowthBand::Expected, day) / cores : 0.0,
                  memory > 0 ? series.value(ForecastFigure::MemoryTotal, GrowthBand::Expected, day) / memory : 0.0 });
        }
        const Runway runway
            = computeRunway(series, { choice.capacityMemoryBytes(), choice.capacityCores(), volume }, constants, clock);
        option.scaleDay = runway.firstComputeDay(GrowthBand::Expected);
        if (option.scaleDay)
            option.scaleDate = addDays(runway.today, *option.scaleDay);
        options.push_back(std::move(option));
    }
    return options;
}

} // namespace ecw
