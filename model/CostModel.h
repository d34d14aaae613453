// SPDX-License-Identifier: GPL-3.0-or-later
// Monthly cost of a scenario on one cloud: compute, block storage, object storage and egress.
#pragma once

#include "Constants.h"
#include "ForecastSeries.h"
#include "InstanceChoice.h"

#include <array>
#include <cstdint>
#include <string>

namespace ecw {

// Seconds in the 730-hour month: egress per month = bytes/s * 2,628,000.
inline constexpr double kSecondsPerMonth = kHoursPerMonth * 3600.0;

// The figures of an estimate that cost money.
struct CostDrivers
{
    double cores = 0; // cpu.recommended
    double memoryBytes = 0; // memory.recommended
    double hotNodes = 0; // tiers.hot_nodes (sharding threshold)
    // On the block volume:
    double warmTierBytes = 0; // storage.warm_tier
    double walBytes = 0; // storage.wal
    double snapshotBytes = 0; // storage.snapshots
    double tempSpaceBytes = 0; // storage.temp_space
    double coldTierBytes = 0; // storage.cold_tier: object storage
    double egressBytesPerSecond = 0; // response_size_avg * ops_per_sec
    double hotTierMemoryBytes = 0; // memory.hot_tier (tier savings)
    double activeRatio = 0; // input active-ratio (tier savings)

    InstanceNeed need() const { return { cores, memoryBytes, hotNodes }; }
};

CostDrivers costDrivers(const ForecastFigures& figures, double activeRatio);
CostDrivers costDrivers(const ForecastSeries& series, GrowthBand band, int day, double activeRatio);
// Every driver times (1 + margin); cores rounded up to whole cores (the spec's 30% safety margin).
CostDrivers withSafetyMargin(const CostDrivers& drivers, double margin);

// The block volume: (warm + WAL + snapshots + temp) * STORAGE_HEADROOM, rounded up to whole GiB, the same
// headroom and rounding storage.recommended applies (the cold tier lives in object storage instead).
double blockVolumeBytes(const CostDrivers& drivers, const ModelConstants& constants);

struct CostOptions
{
    // A planner's negotiated discount per cloud (0..1), off the whole bill after the pricing model.
    std::array<double, kCloudCount> flatDiscount {};
    // Share of response bytes that leave the cloud (1: every client is on the internet).
    double egressShare = 1.0;
    // The pricing model the cost curves use.
    PricingModel curveModel = PricingModel::OnDemand;
};

// One component split of a month's bill; the cost curves keep one per day.
struct CostPoint
{
    std::size_t typeIndex = InstanceChoice::kNone;
    std::int64_t count = 0;
    double compute = 0;
    double blockStorage = 0;
    double objectStorage = 0;
    double egress = 0;
    double total() const { return compute + blockStorage + objectStorage + egress; }
};

struct CostBreakdown
{
    Cloud cloud = Cloud::Aws;
    PricingModel model = PricingModel::OnDemand;
    bool available = false;
    std::string unavailableReason; // "azure has no 1yr figure in the price book"
    InstanceChoice instances;
    double computeDiscount = 0; // the pricing model's fraction for the chosen family
    double flatDiscount = 0;
    double blockBytes = 0; // billed volume
    double objectBytes = 0;
    double egressBytesPerMonth = 0;
    double compute = 0; // count * hourly * 730, discounted
    double blockStorage = 0;
    double objectStorage = 0;
    double egress = 0;

    double total() const { return compute + blockStorage + objectStorage + egress; }
    CostPoint point() const;
};

// The cheapest configuration under the pricing model and the month's bill around it.
CostBreakdown monthlyCost(const CloudPrices& cloud, const CostDrivers& drivers, PricingModel model,
                          const CostOptions& options, const ModelConstants& constants);
// The same for a configuration already chosen.
CostBreakdown monthlyCostWith(const CloudPrices& cloud, const CostDrivers& drivers, const InstanceChoice& choice,
                              PricingModel model, const CostOptions& options, const ModelConstants& constants);
// The storage and egress parts only (compute left 0): what the cost curves add to the instance price.
void nonComputeCost(const CloudPrices& cloud, const CostDrivers& drivers, double flatDiscount, double egressShare,
                    const ModelConstants& constants, CostPoint& out);

// The spec's tier optimization, priced for the scenario.
struct TierSavings
{
    bool available = false; // the book has the spec's tier costs
    // Hot tier minimization: the share of the hot tier above HOT_RATIO_TARGET moved from RAM to SSD,
    // hot_tier * max(0, 1 - target / active_ratio), at $500/TiB-month (RAM vs SSD).
    double hotTierMovableBytes = 0;
    double hotTierMinimization = 0;
    // Cold tier archival: the cold tier in object storage instead of SSD, at $100 - $20 per TiB-month.
    double coldTierBytes = 0;
    double coldTierArchival = 0;
    // The same cold tier priced with each cloud's own block and object prices (after the flat discount).
    std::array<bool, kCloudCount> cloudAvailable {};
    std::array<double, kCloudCount> coldTierArchivalByCloud {};
};

TierSavings tierSavings(const CostDrivers& drivers, const PriceBook& book, const CostOptions& options,
                        const ModelConstants& constants);

} // namespace ecw
