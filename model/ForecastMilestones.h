// SPDX-License-Identifier: GPL-3.0-or-later
// The 30/60/90-day table: each figure at each milestone day and band, without and with the safety margin.
#pragma once

#include "CostModel.h"
#include "Forecaster.h"

#include <array>
#include <string>
#include <string_view>
#include <vector>

namespace ecw {

struct MilestoneEntry
{
    int day = 0;
    Date date {};
    std::string figure; // forecast figure key, or "cost.monthly.<cloud>"
    std::string label;
    Unit unit = Unit::Count;
    bool available = true; // false for the cost of a cloud that does not offer the pricing model
    std::array<double, kGrowthBandCount> value {}; // low, expected, high
    // Worksheet step 2, "add 30% safety margin": value * (1 + SAFETY_MARGIN), nodes and cores rounded up;
    // the cost is that of the configuration sized for every driver * (1 + SAFETY_MARGIN).
    std::array<double, kGrowthBandCount> withMargin {};
};

struct MilestoneTable
{
    std::vector<int> days;
    double safetyMargin = 0;
    PricingModel costModel = PricingModel::OnDemand;
    std::vector<MilestoneEntry> entries; // by day, then figure

    const MilestoneEntry* find(int day, std::string_view figure) const;
};

inline const std::vector<int>& defaultMilestoneDays()
{
    static const std::vector<int> days { 30, 60, 90 };
    return days;
}

// Milestone days inside the series come from it; later ones are estimated. Without a book, no cost rows.
MilestoneTable buildMilestones(const Forecaster& forecaster, const ForecastSeries& series, const std::vector<int>& days,
                               const PriceBook* book, const CostOptions& options, const Clock& clock);

} // namespace ecw
