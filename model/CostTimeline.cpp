// SPDX-License-Identifier: GPL-3.0-or-later
// The daily cost curves.
#include "CostTimeline.h"

#include "InstancePicker.h"
#include "InstanceRecommender.h"

#include <algorithm>

namespace ecw {

void CostTimeline::resize(int horizonDays)
{
    m_horizon = std::max(0, horizonDays);
    m_points.assign(kCloudCount * kGrowthBandCount * static_cast<std::size_t>(dayCount()), CostPoint {});
    m_available.fill(false);
}

std::vector<int> CostTimeline::changeDays(Cloud cloud, GrowthBand band) const
{
    std::vector<int> days;
    for (int day = 1; day < dayCount(); ++day) {
        const CostPoint& a = at(cloud, band, day - 1);
        const CostPoint& b = at(cloud, band, day);
        if (a.typeIndex != b.typeIndex || a.count != b.count)
            days.push_back(day);
    }
    return days;
}

void computeCostTimeline(CostTimeline& out, const ForecastSeries& series, const PriceBook& book,
                         const CostOptions& options, const ModelConstants& constants, double activeRatio)
{
    out.resize(series.horizonDays());
    out.setModel(options.curveModel);
    if (series.empty())
        return;
    for (Cloud cloud : kClouds) {
        const CloudPrices* prices = book.find(cloud);
        if (prices == nullptr || prices->instances.empty() || !prices->offers(options.curveModel))
            continue;
        out.setAvailable(cloud, true);
        const double flat = options.flatDiscount[cloudIndex(cloud)];
        const InstancePicker picker(*prices, options.curveModel, flat, constants);
        for (GrowthBand band : kGrowthBands) {
            InstanceNeed previousNeed { -1, -1, -1 };
            double previousShards = -1;
            InstanceChoice choice;
            for (int day = 0; day <= series.horizonDays(); ++day) {
                const CostDrivers drivers = costDrivers(series, band, day, activeRatio);
                const InstanceNeed need = drivers.need();
                const double shards = minimumShards(need.hotNodes, constants);
                // The recommended figures move in whole cores and GiB steps, the shard count in whole shards:
                // most days repeat yesterday's need and so its configuration.
                if (need.cores != previousNeed.cores || need.memoryBytes != previousNeed.memoryBytes
                    || shards != previousShards) {
                    choice = picker.pick(need);
                    previousNeed = need;
                    previousShards = shards;
                }
                CostPoint& point = out.at(cloud, band, day);
                nonComputeCost(*prices, drivers, flat, options.egressShare, constants, point);
                point.typeIndex = choice.typeIndex;
                point.count = choice.count;
                point.compute = choice.monthlyTotal;
            }
        }
    }
}

} // namespace ecw
