// SPDX-License-Identifier: GPL-3.0-or-later
// Google Benchmark of the capacity model: one estimate (target: under 2 microseconds) and a 10,000-scenario sweep.
#include "CapacityModel.h"

#include <benchmark/benchmark.h>

#include <cmath>
#include <vector>

namespace {

using ecw::InputId;
using ecw::Profile;

// The sweep the workbench's charts draw: nodes from 10^5 to 10^11, log-spaced, with the active ratio varying
// between 1 % and 40 % so every tier shape (including the clamped warm tier) is visited.
std::vector<ecw::Scenario> sweepScenarios(int count)
{
    std::vector<ecw::Scenario> scenarios(static_cast<std::size_t>(count));
    for (int i = 0; i < count; ++i) {
        const double t = count > 1 ? static_cast<double>(i) / (count - 1) : 0.0;
        scenarios[static_cast<std::size_t>(i)].set(InputId::Nodes, std::round(std::pow(10.0, 5.0 + 6.0 * t)));
        scenarios[static_cast<std::size_t>(i)].set(InputId::ActiveRatio, 0.01 + 0.39 * std::fmod(i * 0.618034, 1.0));
    }
    return scenarios;
}

void estimateIntoReused(benchmark::State& state, Profile profile)
{
    const ecw::Scenario scenario;
    const ecw::ModelConstants constants;
    ecw::Estimate estimate;
    ecw::estimateInto(estimate, scenario, constants, profile); // first call sizes the storage
    for (auto _ : state) {
        ecw::estimateInto(estimate, scenario, constants, profile);
        benchmark::DoNotOptimize(estimate.items.data());
        benchmark::ClobberMemory();
    }
    state.counters["items"] = static_cast<double>(estimate.items.size());
    state.counters["findings"] = static_cast<double>(estimate.findings.size());
}

void estimateFresh(benchmark::State& state, Profile profile)
{
    const ecw::Scenario scenario;
    const ecw::ModelConstants constants;
    for (auto _ : state) {
        ecw::Estimate estimate = ecw::estimate(scenario, constants, profile);
        benchmark::DoNotOptimize(estimate.items.data());
        benchmark::ClobberMemory();
    }
}

void BM_EstimateInto_Full(benchmark::State& state)
{
    estimateIntoReused(state, Profile::Full);
}
void BM_EstimateInto_Reference(benchmark::State& state)
{
    estimateIntoReused(state, Profile::Reference);
}
void BM_Estimate_Full(benchmark::State& state)
{
    estimateFresh(state, Profile::Full);
}
void BM_Estimate_Reference(benchmark::State& state)
{
    estimateFresh(state, Profile::Reference);
}

// An estimate with no findings: the formulas alone, without the findings' message text.
void BM_EstimateInto_Full_NoFindings(benchmark::State& state)
{
    ecw::Scenario scenario;
    scenario.set(InputId::ActiveRatio, 0.05); // on the hot-ratio target
    scenario.set(InputId::RetentionDays, 1);
    scenario.set(InputId::OpsPerSec, 500); // 500 x 86,400 x 256 x 0.7 = 7.2 GiB of WAL: under the 10 GiB trigger
    const ecw::ModelConstants constants;
    ecw::Estimate estimate;
    ecw::estimateInto(estimate, scenario, constants, Profile::Full);
    if (!estimate.findings.empty())
        state.SkipWithError("scenario was meant to raise no finding");
    for (auto _ : state) {
        ecw::estimateInto(estimate, scenario, constants, Profile::Full);
        benchmark::DoNotOptimize(estimate.items.data());
        benchmark::ClobberMemory();
    }
}

void sweep(benchmark::State& state, Profile profile)
{
    const auto scenarios = sweepScenarios(static_cast<int>(state.range(0)));
    const ecw::ModelConstants constants;
    ecw::Estimate estimate;
    for (auto _ : state) {
        double memory = 0;
        for (const ecw::Scenario& scenario : scenarios) {
            ecw::estimateInto(estimate, scenario, constants, profile);
            memory += estimate.items[16].value; // keep every estimate observable
        }
        benchmark::DoNotOptimize(memory);
    }
    state.SetItemsProcessed(state.iterations() * state.range(0));
}

void BM_Sweep_Full(benchmark::State& state)
{
    sweep(state, Profile::Full);
}
void BM_Sweep_Reference(benchmark::State& state)
{
    sweep(state, Profile::Reference);
}

BENCHMARK(BM_EstimateInto_Full);
BENCHMARK(BM_EstimateInto_Reference);
BENCHMARK(BM_Estimate_Full);
BENCHMARK(BM_Estimate_Reference);
BENCHMARK(BM_EstimateInto_Full_NoFindings);
BENCHMARK(BM_Sweep_Full)->Arg(10000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Sweep_Reference)->Arg(10000)->Unit(benchmark::kMillisecond);

} // namespace
