// SPDX-License-Identifier: GPL-3.0-or-later
// Sizes and picks instance configurations of one cloud under one pricing model, prepared once so the cost
// curves can pick thousands of times per recompute.
#pragma once

#include "Constants.h"
#include "InstanceChoice.h"

#include <vector>

namespace ecw {

class InstancePicker
{
public:
    // Nothing to pick from when the cloud does not offer the pricing model.
    InstancePicker(const CloudPrices& cloud, PricingModel model, double flatDiscount, const ModelConstants& constants);

    bool empty() const { return m_types.empty(); }
    std::size_t size() const { return m_types.size(); }

    // N = max(1, ceil(cores / min(vCPUs, MAX_USEFUL_CORES)), ceil(memory / instance memory), minimum shards).
    InstanceChoice size(std::size_t typeIndex, const InstanceNeed& need) const;
    // The cheapest configuration; invalid when empty(). Prices within kTieFraction of the cheapest are a
    // tie (published prices are rounded: 2 x n2-standard-4 at $0.1942/h undercuts 1 x n2-standard-8 at
    // $0.3885/h by rounding alone), and a tie goes to the fewest instances, then the lower price, then
    // more memory, then the earlier type in the book.
    InstanceChoice pick(const InstanceNeed& need) const;
    // The same rule among some types only (one family, say); invalid when none is given.
    InstanceChoice pickAmong(const InstanceNeed& need, const std::vector<std::size_t>& typeIndices) const;

    static constexpr double kTieFraction = 0.001;
    // Exact order: cheaper per month, then fewer instances, more memory, earlier type.
    static bool cheaper(const InstanceChoice& a, const InstanceChoice& b);

private:
    InstanceChoice pickFrom(const InstanceNeed& need, const std::vector<std::size_t>& indices) const;
    static bool withinTie(double monthly, double cheapest);
    static bool preferredAmongTies(const InstanceChoice& a, const InstanceChoice& b);

    struct Prepared
    {
        double vcpus;
        double usefulCores;
        double memoryBytes;
        double usdPerHour; // after the pricing model's and the planner's discounts
    };
    std::vector<Prepared> m_types;
    std::vector<std::size_t> m_candidates; // the types no other type beats on every need
    double m_shardNodes = 0;
};

} // namespace ecw
