// SPDX-License-Identifier: GPL-3.0-or-later
// What a slider drag costs on the forecast and cost views: 366 days x 3 bands of estimates, milestones,
// instance choice and runway per cloud, and both cost curves of the three clouds.
#include "ForecastEngine.h"
#include "PriceBookJson.h"

#include <benchmark/benchmark.h>

#include <fstream>
#include <memory>
#include <sstream>
#include <stdexcept>

namespace {

std::shared_ptr<const ecw::PriceBook> committedBook()
{
    static const std::shared_ptr<const ecw::PriceBook> book = [] {
        std::ifstream file(ECW_SOURCE_DIR "/resources/pricebook/engram-pricebook.json", std::ios::binary);
        std::stringstream text;
        text << file.rdbuf();
        ecw::Result<ecw::PriceBook> parsed = ecw::parsePriceBookJson(text.str());
        if (!parsed)
            throw std::runtime_error(parsed.error());
        return std::make_shared<const ecw::PriceBook>(std::move(parsed).value());
    }();
    return book;
}

const ecw::FixedClock& benchClock()
{
    static const ecw::FixedClock clock(ecw::makeDate(2026, 11, 29));
    return clock;
}

// Each iteration changes an input (nodes alternate 1,000,000 and 1,000,001) so nothing can be cached.
void BM_RecomputeForecastAndCost(benchmark::State& state)
{
    ecw::ForecastEngine engine(benchClock());
    engine.setPriceBook(committedBook());
    ecw::ScenarioDocument document;
    document.forecast.horizonDays = 365;
    engine.recompute(document);
    long long i = 0;
    for (auto _ : state) {
        document.scenario.set(ecw::InputId::Nodes, 1000000.0 + static_cast<double>(i++ & 1));
        engine.recompute(document);
        benchmark::DoNotOptimize(engine.costTimeline().total(ecw::Cloud::Aws, ecw::GrowthBand::High, 365));
    }
    state.SetLabel("366 days x 3 bands + milestones + 3 clouds (options, runway, costs, both curves)");
}
BENCHMARK(BM_RecomputeForecastAndCost)->Unit(benchmark::kMillisecond);

void BM_ForecastSeries(benchmark::State& state)
{
    ecw::ScenarioDocument document;
    ecw::ForecastSeries series;
    ecw::Estimate scratch;
    ecw::ForecastFigureReader reader;
    long long i = 0;
    for (auto _ : state) {
        document.scenario.set(ecw::InputId::Nodes, 1000000.0 + static_cast<double>(i++ & 1));
        const ecw::Forecaster forecaster(document.scenario, document.constants, document.profile, document.forecast);
        forecaster.computeSeries(series, scratch, reader);
        benchmark::DoNotOptimize(series.value(ecw::ForecastFigure::MemoryTotal, ecw::GrowthBand::High, 365));
    }
    state.SetLabel("1,098 estimates");
}
BENCHMARK(BM_ForecastSeries)->Unit(benchmark::kMillisecond);

void BM_CostTimeline(benchmark::State& state)
{
    ecw::ScenarioDocument document;
    const ecw::Forecaster forecaster(document.scenario, document.constants, document.profile, document.forecast);
    const ecw::ForecastSeries series = forecaster.series();
    ecw::CostTimeline timeline;
    const ecw::CostOptions options;
    for (auto _ : state) {
        ecw::computeCostTimeline(timeline, series, *committedBook(), options, document.constants, 0.1);
        benchmark::DoNotOptimize(timeline.total(ecw::Cloud::Azure, ecw::GrowthBand::High, 365));
    }
    state.SetLabel("3 clouds x 3 bands x 366 days");
}
BENCHMARK(BM_CostTimeline)->Unit(benchmark::kMicrosecond);

void BM_CostVsNodes(benchmark::State& state)
{
    ecw::ScenarioDocument document;
    ecw::CostVsNodes curve;
    ecw::Estimate scratch;
    ecw::ForecastFigureReader reader;
    const ecw::CostOptions options;
    for (auto _ : state) {
        ecw::computeCostVsNodes(curve, document.scenario, document.constants, document.profile, true, *committedBook(),
                                options, scratch, reader);
        benchmark::DoNotOptimize(curve.points[0].back().total());
    }
    state.SetLabel("61 node counts x 3 clouds");
}
BENCHMARK(BM_CostVsNodes)->Unit(benchmark::kMicrosecond);

void BM_Runway(benchmark::State& state)
{
    ecw::ScenarioDocument document;
    const ecw::Forecaster forecaster(document.scenario, document.constants, document.profile, document.forecast);
    const ecw::ForecastSeries series = forecaster.series();
    const ecw::RunwayCapacity capacity { 16.0 * ecw::kGiB, 8, 4096.0 * ecw::kGiB };
    for (auto _ : state) {
        const ecw::Runway runway = ecw::computeRunway(series, capacity, document.constants, benchClock());
        benchmark::DoNotOptimize(runway.firstDay(ecw::GrowthBand::Low));
    }
}
BENCHMARK(BM_Runway)->Unit(benchmark::kMicrosecond);

} // namespace
