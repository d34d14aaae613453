// SPDX-License-Identifier: GPL-3.0-or-later
// Monthly cost on each day 0..horizon per cloud and growth band, stepping when the configuration changes.
#pragma once

#include "CostModel.h"

#include <array>
#include <vector>

namespace ecw {

class CostTimeline
{
public:
    void resize(int horizonDays);
    int horizonDays() const { return m_horizon; }
    int dayCount() const { return m_horizon + 1; }
    PricingModel model() const { return m_model; }
    void setModel(PricingModel model) { m_model = model; }

    // False when the book has no prices for the cloud or it does not offer the pricing model.
    bool available(Cloud cloud) const { return m_available[cloudIndex(cloud)]; }
    void setAvailable(Cloud cloud, bool available) { m_available[cloudIndex(cloud)] = available; }

    const CostPoint& at(Cloud cloud, GrowthBand band, int day) const { return m_points[index(cloud, band, day)]; }
    CostPoint& at(Cloud cloud, GrowthBand band, int day) { return m_points[index(cloud, band, day)]; }
    double total(Cloud cloud, GrowthBand band, int day) const { return at(cloud, band, day).total(); }
    // Days (after day 0) on which the instance type or count differs from the day before.
    std::vector<int> changeDays(Cloud cloud, GrowthBand band) const;

private:
    std::size_t index(Cloud cloud, GrowthBand band, int day) const
    {
        return (cloudIndex(cloud) * kGrowthBandCount + bandIndex(band)) * static_cast<std::size_t>(dayCount())
            + static_cast<std::size_t>(day);
    }

    int m_horizon = -1;
    PricingModel m_model = PricingModel::OnDemand;
    std::array<bool, kCloudCount> m_available {};
    std::vector<CostPoint> m_points; // [cloud][band][day]
};

// Prices every day of the series on every cloud of the book: the cheapest configuration for that day's
// need (picked again only when cores, memory or hot nodes change), plus storage and egress.
void computeCostTimeline(CostTimeline& out, const ForecastSeries& series, const PriceBook& book,
                         const CostOptions& options, const ModelConstants& constants, double activeRatio);

} // namespace ecw
