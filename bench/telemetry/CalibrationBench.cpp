// SPDX-License-Identifier: GPL-3.0-or-later
// Google Benchmark: calibrating on 14 days of telemetry at one-minute resolution (the synthetic truth: 20,161
// samples in each of 18 series). The bodies are what a Prometheus server answers to the query plan the client
// makes (two query_range calls per metric, none over 11,000 points), so "fetch and fit" here is everything the
// client and the model do after the bytes arrive: parse each body, merge the chunks, calibrate (observed vs
// predicted, proposals, both growth fits, right-sizing priced on three clouds). Target: under 1 s.
#include "BuiltinPriceBook.h"
#include "Calibration.h"
#include "PrometheusQuery.h"
#include "SyntheticTelemetry.h"
#include "TelemetryFiles.h"

#include <benchmark/benchmark.h>

#include <algorithm>

namespace {

constexpr double kEnd = 1796000000;

struct Telemetry14d
{
    Telemetry14d()
    {
        const ecw::TelemetrySet full = ecw::generateTelemetry(ecw::defaultSyntheticTruth(kEnd));
        ecw::PrometheusRequest request;
        request.baseUrl = "http://prometheus:9090";
        request.end = kEnd;
        request.start = kEnd - 14 * 86400;
        // One body per planned call: the series of that metric, cut to the call's range.
        for (const ecw::QueryRangeCall& call : ecw::planQueryRange(request, metricNames(full))) {
            ecw::TelemetrySet part;
            for (const ecw::Series& series : full.series) {
                if (series.metric != call.metric)
                    continue;
                ecw::Series cut = series;
                std::erase_if(cut.samples, [&](const ecw::Sample& s) { return s.time < call.start || s.time > call.end; });
                part.series.push_back(std::move(cut));
            }
            bodies.push_back(ecw::writeQueryRangeJson(part));
            bytes += bodies.back().size();
        }
        for (const ecw::Series& series : full.series)
            samples += series.samples.size();
    }
    static std::vector<std::string> metricNames(const ecw::TelemetrySet& set)
    {
        std::vector<std::string> names;
        for (const ecw::Series& series : set.series)
            if (std::find(names.begin(), names.end(), series.metric) == names.end())
                names.push_back(series.metric);
        return names;
    }
    ecw::TelemetrySet parse() const
    {
        ecw::TelemetrySet set;
        for (const std::string& body : bodies) {
            // Held here: a range-for over readQueryRangeJson(body).value().series would outlive its Result.
            ecw::TelemetrySet chunk = ecw::readQueryRangeJson(body).value();
            for (ecw::Series& series : chunk.series)
                ecw::mergeSeries(set, std::move(series));
        }
        return set;
    }
    std::vector<std::string> bodies;
    std::size_t bytes = 0;
    std::size_t samples = 0;
};

const Telemetry14d& telemetry()
{
    static const Telemetry14d t;
    return t;
}

void setCounters(benchmark::State& state)
{
    state.counters["calls"] = static_cast<double>(telemetry().bodies.size());
    state.counters["MiB"] = static_cast<double>(telemetry().bytes) / 1048576.0;
    state.counters["samples"] = static_cast<double>(telemetry().samples);
}

// Parsing and merging the query_range answers: the client's share.
void parseQueryRangeBodies14d(benchmark::State& state)
{
    for (auto _ : state) {
        ecw::TelemetrySet set = telemetry().parse();
        benchmark::DoNotOptimize(set.series.data());
    }
    setCounters(state);
}
BENCHMARK(parseQueryRangeBodies14d)->Unit(benchmark::kMillisecond);

// The model's share: calibrate on parsed telemetry.
void calibrate14d(benchmark::State& state)
{
    const ecw::TelemetrySet set = telemetry().parse();
    const ecw::ScenarioDocument document;
    const ecw::PriceBook& book = *ecw::builtinPriceBook().value();
    for (auto _ : state) {
        ecw::Result<ecw::Calibration> c = ecw::calibrate(set, document, &book);
        benchmark::DoNotOptimize(c.ok());
    }
    setCounters(state);
}
BENCHMARK(calibrate14d)->Unit(benchmark::kMillisecond);

// Fetch (network excluded) and fit: the figure the target is about.
void fetchAndFit14d(benchmark::State& state)
{
    const ecw::ScenarioDocument document;
    const ecw::PriceBook& book = *ecw::builtinPriceBook().value();
    for (auto _ : state) {
        const ecw::TelemetrySet set = telemetry().parse();
        ecw::Result<ecw::Calibration> c = ecw::calibrate(set, document, &book);
        benchmark::DoNotOptimize(c.ok());
    }
    setCounters(state);
}
BENCHMARK(fetchAndFit14d)->Unit(benchmark::kMillisecond);

// The offline path: the same 14 days read from an OpenMetrics export (--from-file).
void readOpenMetrics14d(benchmark::State& state)
{
    const std::string text = ecw::writeOpenMetrics(ecw::generateTelemetry(ecw::defaultSyntheticTruth(kEnd)));
    for (auto _ : state) {
        ecw::Result<ecw::TelemetrySet> set = ecw::readOpenMetrics(text);
        benchmark::DoNotOptimize(set.ok());
    }
    state.counters["MiB"] = static_cast<double>(text.size()) / 1048576.0;
}
BENCHMARK(readOpenMetrics14d)->Unit(benchmark::kMillisecond);

} // namespace
