// SPDX-License-Identifier: GPL-3.0-or-later
#include "RightSizing.h"

#include "InstanceRecommender.h"
#include "Units.h"

#include <algorithm>
#include <cmath>

namespace ecw {

namespace {

double nonTierMemory(const Estimate& baseline)
{
    return baseline.value("memory.activation_pool") + baseline.value("memory.wal_buffer")
        + baseline.value("memory.runtime");
}

void price(RightSizingPhase& phase, const PriceBook& book, PricingModel pricing, const CostOptions& cost,
           const Estimate& baseline)
{
    for (const CloudPrices& cloud : book.clouds) {
        PhaseCloudCost entry;
        entry.cloud = cloud.cloud;
        const InstanceNeed need { phase.cores, phase.memoryBytes, baseline.value("tiers.hot_nodes") };
        entry.choice = cheapestInstance(cloud, need, pricing, cost.flatDiscount[cloudIndex(cloud.cloud)],
                                        baseline.constants);
        entry.available = entry.choice.valid();
        if (entry.available) {
            entry.instance = cloud.instances[entry.choice.typeIndex].name;
            entry.monthly = entry.choice.monthlyTotal;
        }
        phase.clouds.push_back(entry);
    }
}

} // namespace

double quantile(std::vector<double> values, double q)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const double position = std::clamp(q, 0.0, 1.0) * static_cast<double>(values.size() - 1);
    const std::size_t below = static_cast<std::size_t>(std::floor(position));
    const std::size_t above = std::min(below + 1, values.size() - 1);
    const double fraction = position - static_cast<double>(below);
    return values[below] + (values[above] - values[below]) * fraction;
}

RightSizing rightSize(const ObservedSnapshot& observed, const Estimate& baseline, const PriceBook* book,
                      PricingModel pricing, const CostOptions& cost)
{
    RightSizing sizing;
    sizing.pricing = pricing;
    VpaRecommendation& vpa = sizing.vpa;
    std::vector<double> cores;
    cores.reserve(observed.coresUsed.size());
    double coreSum = 0;
    for (const Sample& s : observed.coresUsed) {
        cores.push_back(s.value);
        coreSum += s.value;
    }
    vpa.cpuP50 = quantile(cores, 0.50);
    vpa.cpuP90 = quantile(cores, 0.90);
    vpa.cpuP95 = quantile(cores, 0.95);
    vpa.cpuPeak = cores.empty() ? 0 : *std::max_element(cores.begin(), cores.end());
    vpa.cpuMean = cores.empty() ? 0 : coreSum / static_cast<double>(cores.size());
    const double fixedMemory = nonTierMemory(baseline);
    double memorySum = 0;
    for (const Sample& s : observed.memoryTotal) {
        vpa.memoryPeak = std::max(vpa.memoryPeak, s.value + fixedMemory);
        memorySum += s.value + fixedMemory;
    }
    vpa.memoryMean = observed.memoryTotal.empty() ? 0 : memorySum / static_cast<double>(observed.memoryTotal.size());
    vpa.historyDays = observed.historyDays;
    const double days = std::max(vpa.historyDays, 1.0 / 24.0);
    vpa.cpuTarget = vpa.cpuP90;
    vpa.cpuUpperBound = vpa.cpuP95 * (1.0 + 1.0 / days);
    vpa.memoryTarget = vpa.memoryPeak * (1.0 + kVpaMemoryMargin);
    vpa.memoryUpperBound = vpa.memoryTarget * (1.0 + 1.0 / days);
    vpa.confidence = 1.0 - std::exp(-vpa.historyDays / kMinimumHistoryDays);
    vpa.shortHistory = vpa.historyDays < kMinimumHistoryDays;

    RightSizingPhase& p1 = sizing.phases[0];
    p1.number = 1;
    p1.title = "Initial deployment";
    p1.rule = "2 x the calculated baseline";
    p1.cores = kPhase1Multiple * baseline.value("cpu.recommended");
    p1.memoryBytes = kPhase1Multiple * baseline.value("memory.recommended");
    p1.coresFormula = "2 * cpu.recommended";
    p1.memoryFormula = "2 * memory.recommended";

    RightSizingPhase& p2 = sizing.phases[1];
    p2.number = 2;
    p2.title = "Optimization";
    p2.rule = "1.3 x the observed peak";
    p2.cores = kPhase2PeakMultiple * vpa.cpuPeak;
    p2.memoryBytes = kPhase2PeakMultiple * vpa.memoryPeak;
    p2.coresFormula = "1.3 * peak cores used";
    p2.memoryFormula = "1.3 * peak memory (tiers + activation pool + WAL buffer + runtime)";

    RightSizingPhase& p3 = sizing.phases[2];
    p3.number = 3;
    p3.title = "Steady state";
    p3.rule = "70% average utilization, peaks under 85%";
    p3.cores = std::max(vpa.cpuMean / kPhase3AverageTarget, vpa.cpuPeak / kPhase3PeakLimit);
    p3.memoryBytes = std::max(vpa.memoryMean / kPhase3AverageTarget, vpa.memoryPeak / kPhase3PeakLimit);
    p3.coresFormula = "max(mean cores used / 0.70, peak cores used / 0.85)";
    p3.memoryFormula = "max(mean memory / 0.70, peak memory / 0.85)";

    if (!book)
        return sizing;
    sizing.priced = true;
    for (RightSizingPhase& phase : sizing.phases)
        price(phase, *book, pricing, cost, baseline);
    for (RightSizingPhase& phase : sizing.phases)
        for (std::size_t c = 0; c < phase.clouds.size(); ++c) {
            const PhaseCloudCost& first = p1.clouds[c];
            PhaseCloudCost& entry = phase.clouds[c];
            if (!entry.available || !first.available || first.monthly <= 0)
                continue;
            entry.savingsVsPhase1 = first.monthly - entry.monthly;
            entry.savingsFraction = entry.savingsVsPhase1 / first.monthly;
        }
    return sizing;
}

} // namespace ecw
