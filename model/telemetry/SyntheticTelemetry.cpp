// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyntheticTelemetry.h"

#include "CapacityModel.h"
#include "TelemetryMetrics.h"

#include <algorithm>
#include <cmath>
#include <numbers>
#include <random>

namespace ecw {

SyntheticTruth defaultSyntheticTruth(double end)
{
    SyntheticTruth truth;
    truth.end = end;
    truth.start.set(InputId::Nodes, 1'000'000);
    truth.start.set(InputId::OpsPerSec, 4'000);
    truth.start.set(InputId::WriteFraction, 0.3);
    truth.constants.set(ConstantId::HashTableOverhead, truth.constants[ConstantId::HashTableOverhead] * 1.25);
    truth.constants.set(ConstantId::WalRecordBytes, truth.constants[ConstantId::WalRecordBytes] * 0.8);
    return truth;
}

TelemetrySet generateTelemetry(const SyntheticTruth& truth)
{
    constexpr double kDay = 86400;
    std::mt19937 random(truth.seed);
    std::normal_distribution<double> gaussian(0.0, 1.0);
    auto noisy = [&](double value) { return value * (1.0 + truth.noise * gaussian(random)); };

    TelemetrySet set;
    auto series = [&](std::string_view metric, std::string_view key = {}, std::string_view value = {}) {
        Series s;
        s.metric = std::string(metric);
        if (!key.empty())
            s.labels[std::string(key)] = std::string(value);
        set.series.push_back(std::move(s));
        return set.series.size() - 1;
    };
    std::size_t nodes[3], memory[3], storage[2];
    for (int i = 0; i < 3; ++i)
        nodes[i] = series(kNodesMetric, "tier", kTiers[i]);
    for (int i = 0; i < 3; ++i)
        memory[i] = series(kMemoryMetric, "tier", kTiers[i]);
    storage[0] = series(kStorageMetric, "tier", "warm");
    storage[1] = series(kStorageMetric, "tier", "cold");
    const std::size_t wal = series(kWalMetric);
    const std::size_t reads = series(kOpsMetric, "operation", "read");
    const std::size_t writes = series(kOpsMetric, "operation", "write");
    const std::size_t latency = series(kLatencyMetric, "operation", "read");
    std::vector<std::size_t> cores;
    for (int c = 0; c < truth.cores; ++c)
        cores.push_back(series(kCpuMetric, "core", std::to_string(c)));

    const double start = truth.end - truth.days * kDay;
    const std::size_t steps = static_cast<std::size_t>(std::floor(truth.days * kDay / truth.stepSeconds + 1e-9)) + 1;
    for (Series& s : set.series)
        s.samples.reserve(steps);
    const double nodes0 = truth.start[InputId::Nodes];
    const double ops0 = truth.start[InputId::OpsPerSec];
    const double writeFraction = truth.start[InputId::WriteFraction];
    Scenario now = truth.start;
    Estimate e, steady;
    for (std::size_t i = 0; i < steps; ++i) {
        const double t = start + static_cast<double>(i) * truth.stepSeconds;
        const double day = (t - start) / kDay;
        if (truth.outageStartDay >= 0 && day >= truth.outageStartDay
            && day < truth.outageStartDay + truth.outageHours / 24.0)
            continue;
        const double n = std::round(nodes0 * std::pow(1.0 + truth.dailyGrowth, day));
        const double trend = ops0 * n / nodes0;
        const double cycle = 1.0 + truth.cycleAmplitude * std::sin(2.0 * std::numbers::pi * std::fmod(t, kDay) / kDay);
        now.set(InputId::Nodes, n);
        now.set(InputId::OpsPerSec, trend * cycle);
        estimateInto(e, now, truth.constants, Profile::Full);
        // The WAL holds retention_days of writes: the daily cycle averages out.
        now.set(InputId::OpsPerSec, trend);
        estimateInto(steady, now, truth.constants, Profile::Full);
        auto add = [&](std::size_t index, double value) { set.series[index].samples.push_back({ t, value }); };
        add(nodes[0], e.value("tiers.hot_nodes"));
        add(nodes[1], e.value("tiers.warm_nodes"));
        add(nodes[2], e.value("tiers.cold_nodes"));
        add(memory[0], noisy(e.value("memory.hot_tier")));
        add(memory[1], noisy(e.value("memory.warm_tier") + e.value("memory.warm_page_cache")));
        if (!truth.omitColdMemory)
            add(memory[2], noisy(e.value("memory.cold_index")));
        add(storage[0], noisy(e.value("storage.warm_tier")));
        add(storage[1], noisy(e.value("storage.cold_tier")));
        add(wal, noisy(steady.value("storage.wal")));
        const double ops = noisy(trend * cycle);
        add(reads, ops * (1.0 - writeFraction));
        add(writes, ops * writeFraction);
        add(latency, noisy(e.value("performance.latency_hot") * 1000.0 * (1.0 + 0.5 * (cycle - 1.0))));
        const double perCore = std::clamp(e.value("cpu.total") / truth.cores * 100.0, 0.0, 100.0);
        for (std::size_t core : cores)
            add(core, std::clamp(noisy(perCore), 0.0, 100.0));
    }
    if (truth.omitColdMemory)
        set.series.erase(set.series.begin() + static_cast<std::ptrdiff_t>(memory[2]));
    set.source.file = "synthetic";
    set.source.start = start;
    set.source.end = truth.end;
    set.source.step = truth.stepSeconds;
    return set;
}

} // namespace ecw
