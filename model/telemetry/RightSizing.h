// SPDX-License-Identifier: GPL-3.0-or-later
// Right-sizing from observed utilization: VPA-style recommendations (CPU at p90/p95, memory at its peak plus a
// margin, a confidence that grows with the days of history) and the spec's three phases (2x the calculated
// baseline, 1.3x the observed peak, 70% average utilization), each priced per cloud with the savings against
// phase 1.
#pragma once

#include "CostModel.h"
#include "Estimate.h"
#include "InstanceChoice.h"
#include "ObservedSnapshot.h"
#include "PriceBook.h"

#include <array>
#include <string>
#include <vector>

namespace ecw {

inline constexpr double kVpaMemoryMargin = 0.15; // memory target: peak + 15% (VPA's default safety margin)
inline constexpr double kPhase1Multiple = 2.0; // spec: "Start with 2x calculated baseline"
inline constexpr double kPhase2PeakMultiple = 1.3; // spec: "Reduce resources to 1.3x peak observed"
inline constexpr double kPhase3AverageTarget = 0.70; // spec: "Target 70% average utilization"
inline constexpr double kPhase3PeakLimit = 0.85; // spec: "85% peak utilization threshold"
inline constexpr double kMinimumHistoryDays = 7; // spec: "Monitor actual utilization for 7 days"

struct VpaRecommendation
{
    double cpuP50 = 0, cpuP90 = 0, cpuP95 = 0, cpuPeak = 0, cpuMean = 0; // cores used
    double cpuTarget = 0; // p90
    double cpuUpperBound = 0; // p95 * (1 + 1 / days)
    double memoryPeak = 0, memoryMean = 0; // bytes, tiers plus the model's non-tier memory
    double memoryTarget = 0; // peak * (1 + 15%)
    double memoryUpperBound = 0; // target * (1 + 1 / days)
    double historyDays = 0;
    double confidence = 0; // 1 - exp(-days / 7): 0.63 at a week, 0.86 at two
    bool shortHistory = false; // under 7 days
};

struct PhaseCloudCost
{
    Cloud cloud = Cloud::Aws;
    bool available = false;
    std::string instance; // "r6i.xlarge"
    InstanceChoice choice;
    double monthly = 0;
    double savingsVsPhase1 = 0; // dollars per month
    double savingsFraction = 0; // of phase 1's monthly cost
};

struct RightSizingPhase
{
    int number = 1;
    std::string title; // "Initial deployment"
    std::string rule; // "2 x calculated baseline"
    double cores = 0;
    double memoryBytes = 0;
    std::string coresFormula;
    std::string memoryFormula;
    std::vector<PhaseCloudCost> clouds;
};

struct RightSizing
{
    VpaRecommendation vpa;
    std::array<RightSizingPhase, 3> phases;
    PricingModel pricing = PricingModel::OnDemand;
    bool priced = false;
};

// baseline: the model on the observed inputs (cpu.recommended, memory.recommended and the non-tier memory).
RightSizing rightSize(const ObservedSnapshot& observed, const Estimate& baseline, const PriceBook* book,
                      PricingModel pricing, const CostOptions& cost);

// The q-quantile (0..1) by linear interpolation; 0 for no samples.
double quantile(std::vector<double> values, double q);

} // namespace ecw
