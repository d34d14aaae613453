// SPDX-License-Identifier: GPL-3.0-or-later
// The monthly bill: instances at 730 h, the block volume, the cold tier in object storage, client egress.
#include "CostModel.h"

#include "CapacityModel.h"
#include "InstanceRecommender.h"
#include "Units.h"

#include <algorithm>

namespace ecw {

CostDrivers costDrivers(const ForecastFigures& f, double activeRatio)
{
    auto v = [&](ForecastFigure figure) { return f[figureIndex(figure)]; };
    CostDrivers d;
    d.cores = v(ForecastFigure::CpuRecommended);
    d.memoryBytes = v(ForecastFigure::MemoryRecommended);
    d.hotNodes = v(ForecastFigure::HotNodes);
    d.warmTierBytes = v(ForecastFigure::StorageWarmTier);
    d.walBytes = v(ForecastFigure::StorageWal);
    d.snapshotBytes = v(ForecastFigure::StorageSnapshots);
    d.tempSpaceBytes = v(ForecastFigure::StorageTempSpace);
    d.coldTierBytes = v(ForecastFigure::StorageColdTier);
    d.egressBytesPerSecond = v(ForecastFigure::EgressBytesPerSecond);
    d.hotTierMemoryBytes = v(ForecastFigure::MemoryHotTier);
    d.activeRatio = activeRatio;
    return d;
}

CostDrivers costDrivers(const ForecastSeries& series, GrowthBand band, int day, double activeRatio)
{
    CostDrivers d;
    d.cores = series.value(ForecastFigure::CpuRecommended, band, day);
    d.memoryBytes = series.value(ForecastFigure::MemoryRecommended, band, day);
    d.hotNodes = series.value(ForecastFigure::HotNodes, band, day);
    d.warmTierBytes = series.value(ForecastFigure::StorageWarmTier, band, day);
    d.walBytes = series.value(ForecastFigure::StorageWal, band, day);
    d.snapshotBytes = series.value(ForecastFigure::StorageSnapshots, band, day);
    d.tempSpaceBytes = series.value(ForecastFigure::StorageTempSpace, band, day);
    d.coldTierBytes = series.value(ForecastFigure::StorageColdTier, band, day);
    d.egressBytesPerSecond = series.value(ForecastFigure::EgressBytesPerSecond, band, day);
    d.hotTierMemoryBytes = series.value(ForecastFigure::MemoryHotTier, band, day);
    d.activeRatio = activeRatio;
    return d;
}

CostDrivers withSafetyMargin(const CostDrivers& drivers, double margin)
{
    const double f = 1.0 + margin;
    CostDrivers d = drivers;
    d.cores = ceilTolerant(drivers.cores * f);
    d.memoryBytes *= f;
    d.hotNodes = ceilTolerant(drivers.hotNodes * f);
    d.warmTierBytes *= f;
    d.walBytes *= f;
    d.snapshotBytes *= f;
    d.tempSpaceBytes *= f;
    d.coldTierBytes *= f;
    d.egressBytesPerSecond *= f;
    d.hotTierMemoryBytes *= f;
    return d;
}

double blockVolumeBytes(const CostDrivers& drivers, const ModelConstants& constants)
{
    const double data = drivers.warmTierBytes + drivers.walBytes + drivers.snapshotBytes + drivers.tempSpaceBytes;
    return ceilTolerant(std::max(0.0, data) * constants[ConstantId::StorageHeadroom] / kGiB) * kGiB;
}

CostPoint CostBreakdown::point() const
{
    return { instances.typeIndex, instances.count, compute, blockStorage, objectStorage, egress };
}

void nonComputeCost(const CloudPrices& cloud, const CostDrivers& drivers, double flatDiscount, double egressShare,
                    const ModelConstants& constants, CostPoint& out)
{
    const double keep = 1.0 - std::clamp(flatDiscount, 0.0, 1.0);
    out.blockStorage = blockVolumeBytes(drivers, constants) / kGiB * cloud.blockStorage.usdPerGb * keep;
    out.objectStorage = std::max(0.0, drivers.coldTierBytes) / kGiB * cloud.objectStorage.usdPerGb * keep;
    out.egress = std::max(0.0, drivers.egressBytesPerSecond) * std::clamp(egressShare, 0.0, 1.0) * kSecondsPerMonth
        / kGiB * cloud.egress.usdPerGb * keep;
}

CostBreakdown monthlyCostWith(const CloudPrices& cloud, const CostDrivers& drivers, const InstanceChoice& choice,
                              PricingModel model, const CostOptions& options, const ModelConstants& constants)
{
    CostBreakdown b;
    b.cloud = cloud.cloud;
    b.model = model;
    b.flatDiscount = std::clamp(options.flatDiscount[cloudIndex(cloud.cloud)], 0.0, 1.0);
    if (!cloud.offers(model)) {
        b.unavailableReason = std::string(cloudKey(cloud.cloud)) + " has no " + std::string(pricingModelKey(model))
            + " discount in the price book";
        return b;
    }
    if (!choice.valid()) {
        b.unavailableReason = std::string(cloudKey(cloud.cloud)) + " has no instance type in the price book";
        return b;
    }
    b.available = true;
    b.instances = choice;
    if (const Discount* d = cloud.discount(model); d && d->available)
        b.computeDiscount = d->fractionFor(cloud.instances[choice.typeIndex].family);
    CostPoint parts;
    nonComputeCost(cloud, drivers, b.flatDiscount, options.egressShare, constants, parts);
    b.blockBytes = blockVolumeBytes(drivers, constants);
    b.objectBytes = std::max(0.0, drivers.coldTierBytes);
    b.egressBytesPerMonth
        = std::max(0.0, drivers.egressBytesPerSecond) * std::clamp(options.egressShare, 0.0, 1.0) * kSecondsPerMonth;
    b.compute = choice.monthlyTotal;
    b.blockStorage = parts.blockStorage;
    b.objectStorage = parts.objectStorage;
    b.egress = parts.egress;
    return b;
}

CostBreakdown monthlyCost(const CloudPrices& cloud, const CostDrivers& drivers, PricingModel model,
                          const CostOptions& options, const ModelConstants& constants)
{
    const InstanceChoice choice
        = cheapestInstance(cloud, drivers.need(), model, options.flatDiscount[cloudIndex(cloud.cloud)], constants);
    return monthlyCostWith(cloud, drivers, choice, model, options, constants);
}

TierSavings tierSavings(const CostDrivers& drivers, const PriceBook& book, const CostOptions& options,
                        const ModelConstants& constants)
{
    TierSavings s;
    const double target = constants[ConstantId::HotRatioTarget];
    const double movable
        = drivers.activeRatio > target && drivers.activeRatio > 0 ? 1.0 - target / drivers.activeRatio : 0.0;
    s.hotTierMovableBytes = std::max(0.0, drivers.hotTierMemoryBytes) * movable;
    s.coldTierBytes = std::max(0.0, drivers.coldTierBytes);
    if (book.specTierCosts.available) {
        s.available = true;
        const SpecTierCosts& spec = book.specTierCosts;
        s.hotTierMinimization = s.hotTierMovableBytes / kTiB * spec.ramVsSsdUsdPerTbMonth;
        s.coldTierArchival = s.coldTierBytes / kTiB * (spec.ssdUsdPerTbMonth - spec.objectUsdPerTbMonth);
    }
    for (const CloudPrices& cloud : book.clouds) {
        const std::size_t c = cloudIndex(cloud.cloud);
        const double keep = 1.0 - std::clamp(options.flatDiscount[c], 0.0, 1.0);
        s.cloudAvailable[c] = true;
        s.coldTierArchivalByCloud[c]
            = s.coldTierBytes / kGiB * (cloud.blockStorage.usdPerGb - cloud.objectStorage.usdPerGb) * keep;
    }
    return s;
}

} // namespace ecw
