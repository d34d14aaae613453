// SPDX-License-Identifier: GPL-3.0-or-later
// Instance sizing: the counts each limit asks for, the binding one, the price.
#include "InstancePicker.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

namespace ecw {

namespace {

constexpr double kMaxCount = 9.0e18;

// ceilTolerant (CapacityModel.h) inlined: the cost curves count instances thousands of times per recompute.
inline double ceilWithSlack(double value)
{
    const double slack = 1e-9 * std::max(1.0, std::fabs(value));
    return std::ceil(value - slack);
}

inline double countFor(double need, double perInstance)
{
    if (need <= 0)
        return 0;
    if (perInstance <= 0)
        return kMaxCount;
    return std::min(ceilWithSlack(need / perInstance), kMaxCount);
}

} // namespace

InstancePicker::InstancePicker(const CloudPrices& cloud, PricingModel model, double flatDiscount,
                               const ModelConstants& constants)
    : m_shardNodes(constants[ConstantId::HotTierShardNodes])
{
    if (!cloud.offers(model))
        return;
    const double maxUseful = std::max(1.0, constants[ConstantId::MaxUsefulCores]);
    const double keep = 1.0 - std::clamp(flatDiscount, 0.0, 1.0);
    m_types.reserve(cloud.instances.size());
    for (const InstanceType& type : cloud.instances) {
        const double vcpus = static_cast<double>(type.vcpus);
        m_types.push_back(
            { vcpus, std::min(vcpus, maxUseful), type.memoryBytes, cloud.hourlyPrice(type, model) * keep });
    }
    // A type that another beats on every need never needs pricing in pick(): the other has at least its
    // useful cores and memory (so never more instances) at no higher price, and wins its ties (lower
    // price, more memory, or the earlier place in the book). In the committed book this leaves 74 of 117.
    for (std::size_t b = 0; b < m_types.size(); ++b) {
        const Prepared& loser = m_types[b];
        bool dominated = false;
        for (std::size_t a = 0; a < m_types.size() && !dominated; ++a) {
            const Prepared& winner = m_types[a];
            dominated = a != b && winner.usefulCores >= loser.usefulCores && winner.memoryBytes >= loser.memoryBytes
                && winner.usdPerHour <= loser.usdPerHour
                && (winner.usdPerHour < loser.usdPerHour || winner.memoryBytes > loser.memoryBytes || a < b);
        }
        if (!dominated)
            m_candidates.push_back(b);
    }
}

InstanceChoice InstancePicker::size(std::size_t typeIndex, const InstanceNeed& need) const
{
    InstanceChoice choice;
    if (typeIndex >= m_types.size())
        return choice;
    const Prepared& type = m_types[typeIndex];
    choice.typeIndex = typeIndex;
    choice.usefulCoresEach = type.usefulCores;
    choice.memoryBytesEach = type.memoryBytes;
    const double byCores = countFor(need.cores, type.usefulCores);
    const double byMemory = countFor(need.memoryBytes, type.memoryBytes);
    const double byShards
        = m_shardNodes > 0 && need.hotNodes > m_shardNodes ? countFor(need.hotNodes, m_shardNodes) : 0.0;
    const double count = std::max({ 1.0, byCores, byMemory, byShards });
    choice.count = static_cast<std::int64_t>(count);
    if (count > 1) {
        // The binding limit; memory first on a tie, since it is the one that cannot be oversubscribed.
        if (byMemory == count)
            choice.reason = ScaleOutReason::Memory;
        else if (byCores == count)
            choice.reason
                = countFor(need.cores, type.vcpus) < byCores ? ScaleOutReason::UsefulCoreLimit : ScaleOutReason::Cores;
        else
            choice.reason = ScaleOutReason::HotTierSharding;
    }
    choice.usdPerHourEach = type.usdPerHour;
    choice.monthlyEach = type.usdPerHour * kHoursPerMonth;
    choice.monthlyTotal = choice.monthlyEach * count;
    return choice;
}

InstanceChoice InstancePicker::pick(const InstanceNeed& need) const
{
    return pickFrom(need, m_candidates);
}

InstanceChoice InstancePicker::pickAmong(const InstanceNeed& need, const std::vector<std::size_t>& typeIndices) const
{
    std::vector<std::size_t> valid;
    valid.reserve(typeIndices.size());
    for (std::size_t i : typeIndices)
        if (i < m_types.size())
            valid.push_back(i);
    return pickFrom(need, valid);
}

InstanceChoice InstancePicker::pickFrom(const InstanceNeed& need, const std::vector<std::size_t>& indices) const
{
    const std::size_t n = indices.size();
    // Each type's price once: on the stack for any book of a sane size.
    std::array<double, 128> local;
    std::vector<double> heap;
    double* prices = local.data();
    if (n > local.size()) {
        heap.resize(n);
        prices = heap.data();
    }
    const double byShards
        = m_shardNodes > 0 && need.hotNodes > m_shardNodes ? countFor(need.hotNodes, m_shardNodes) : 0.0;
    double cheapest = std::numeric_limits<double>::infinity();
    for (std::size_t k = 0; k < n; ++k) {
        const Prepared& type = m_types[indices[k]];
        const double count = std::max(
            { 1.0, countFor(need.cores, type.usefulCores), countFor(need.memoryBytes, type.memoryBytes), byShards });
        prices[k] = type.usdPerHour * kHoursPerMonth * count;
        cheapest = std::min(cheapest, prices[k]);
    }
    InstanceChoice best;
    for (std::size_t k = 0; k < n; ++k) {
        if (!withinTie(prices[k], cheapest))
            continue;
        const InstanceChoice candidate = size(indices[k], need);
        if (!best.valid() || preferredAmongTies(candidate, best))
            best = candidate;
    }
    return best;
}

bool InstancePicker::withinTie(double monthly, double cheapest)
{
    return monthly <= cheapest * (1.0 + kTieFraction) + 1e-9;
}

bool InstancePicker::preferredAmongTies(const InstanceChoice& a, const InstanceChoice& b)
{
    if (a.count != b.count)
        return a.count < b.count;
    if (a.monthlyTotal != b.monthlyTotal)
        return a.monthlyTotal < b.monthlyTotal;
    if (a.capacityMemoryBytes() != b.capacityMemoryBytes())
        return a.capacityMemoryBytes() > b.capacityMemoryBytes();
    return a.typeIndex < b.typeIndex;
}

bool InstancePicker::cheaper(const InstanceChoice& a, const InstanceChoice& b)
{
    if (a.monthlyTotal != b.monthlyTotal)
        return a.monthlyTotal < b.monthlyTotal;
    if (a.count != b.count)
        return a.count < b.count;
    if (a.capacityMemoryBytes() != b.capacityMemoryBytes())
        return a.capacityMemoryBytes() > b.capacityMemoryBytes();
    return a.typeIndex < b.typeIndex;
}

} // namespace ecw
