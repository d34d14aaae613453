// SPDX-License-Identifier: GPL-3.0-or-later
// A configuration of one cloud: N identical instances of one type, and why N is what it is.
#pragma once

#include "PriceBook.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace ecw {

// What the capacity model asks for: cpu.recommended cores, memory.recommended bytes and the hot-tier
// node count the sharding threshold is checked against.
struct InstanceNeed
{
    double cores = 0;
    double memoryBytes = 0;
    double hotNodes = 0;
};

// Why a configuration has more than one instance: the binding limit.
enum class ScaleOutReason
{
    None,
    Memory,
    Cores,
    UsefulCoreLimit,
    HotTierSharding
};
std::string_view scaleOutReasonKey(ScaleOutReason reason); // "none", "memory", "cores", ...

struct InstanceChoice
{
    static constexpr std::size_t kNone = static_cast<std::size_t>(-1);

    std::size_t typeIndex = kNone; // into CloudPrices::instances
    std::int64_t count = 0;
    double usefulCoresEach = 0; // min(vCPUs, MAX_USEFUL_CORES): cores past 32 only add lock contention
    double memoryBytesEach = 0;
    double usdPerHourEach = 0; // after the pricing model's discount and the planner's flat discount
    double monthlyEach = 0; // usdPerHourEach * 730
    double monthlyTotal = 0; // monthlyEach * count
    ScaleOutReason reason = ScaleOutReason::None;

    bool valid() const { return typeIndex != kNone && count > 0; }
    double capacityCores() const { return usefulCoresEach * static_cast<double>(count); }
    double capacityMemoryBytes() const { return memoryBytesEach * static_cast<double>(count); }
    bool sameConfiguration(const InstanceChoice& other) const
    {
        return typeIndex == other.typeIndex && count == other.count;
    }
};

} // namespace ecw
