// SPDX-License-Identifier: GPL-3.0-or-later
// Google Benchmark: generating every artifact (Kubernetes, HPA, docker, numactl, ASG, Prometheus rules and
// their tests) and the scaling advice for one scenario. Target: under 1 ms added to a recompute; the
// recompute itself (estimate + forecast engine) is measured alongside for the ratio.
#include "ArtifactRunway.h"
#include "BuiltinPriceBook.h"
#include "CapacityModel.h"
#include "Clock.h"
#include "DeploymentArtifacts.h"
#include "ForecastEngine.h"
#include "ScalingAdvisor.h"

#include <benchmark/benchmark.h>

namespace {

struct Setup
{
    Setup()
        : clock(ecw::makeDate(2026, 12, 1))
        , engine(clock)
    {
        document.scenario.set(ecw::InputId::Nodes, 5e7);
        engine.setPriceBook(*ecw::builtinPriceBook());
        engine.recompute(document);
        base = ecw::estimate(document.scenario, document.constants, document.profile);
        source.scenarioName = document.name;
        source.toolVersion = "bench";
        source.estimate = &base;
        source.book = engine.priceBook();
        ecw::applyRunway(source, engine);
    }
    ecw::ScenarioDocument document;
    ecw::FixedClock clock;
    ecw::ForecastEngine engine;
    ecw::Estimate base;
    ecw::ArtifactSource source;
};

void generateEveryArtifact(benchmark::State& state)
{
    const Setup setup;
    std::vector<ecw::Artifact> artifacts;
    for (auto _ : state) {
        ecw::generateAllArtifactsInto(artifacts, setup.source);
        benchmark::DoNotOptimize(artifacts.data());
    }
    std::size_t bytes = 0;
    for (const ecw::Artifact& artifact : artifacts)
        bytes += artifact.text.size();
    state.counters["bytes"] = static_cast<double>(bytes);
}
BENCHMARK(generateEveryArtifact)->Unit(benchmark::kMicrosecond);

void adviseOnce(benchmark::State& state)
{
    const Setup setup;
    for (auto _ : state) {
        ecw::ScalingAdvice advice = ecw::advise(ecw::exampleObservedState(), setup.base, setup.source.book);
        benchmark::DoNotOptimize(advice.clouds.data());
    }
}
BENCHMARK(adviseOnce)->Unit(benchmark::kMicrosecond);

// What the artifacts are added to: one workbench recompute (the forecast engine over the horizon).
void recomputeForComparison(benchmark::State& state)
{
    Setup setup;
    for (auto _ : state) {
        setup.engine.recompute(setup.document);
        benchmark::DoNotOptimize(&setup.engine.series());
    }
}
BENCHMARK(recomputeForComparison)->Unit(benchmark::kMicrosecond);

} // namespace
