// SPDX-License-Identifier: GPL-3.0-or-later
#include "ObservedSnapshot.h"

#include "TelemetryMetrics.h"

#include <algorithm>
#include <cmath>

namespace ecw {

namespace {

constexpr double kLookback = 300; // Prometheus's default: a gauge older than five minutes is stale
constexpr double kDay = 86400;

// The last value at or before time, if it is at most kLookback old.
std::optional<double> valueAt(const Series* series, double time)
{
    if (!series || series->samples.empty())
        return std::nullopt;
    const auto it = std::upper_bound(series->samples.begin(), series->samples.end(), time,
                                     [](double t, const Sample& s) { return t < s.time; });
    if (it == series->samples.begin())
        return std::nullopt;
    const Sample& last = *(it - 1);
    if (time - last.time > kLookback)
        return std::nullopt;
    return last.value;
}

double meanSince(const std::vector<Sample>& samples, double from)
{
    double sum = 0;
    std::size_t n = 0;
    for (const Sample& s : samples)
        if (s.time >= from) {
            sum += s.value;
            ++n;
        }
    return n ? sum / static_cast<double>(n) : 0;
}

void missingTierFinding(ObservedSnapshot& snapshot, std::string_view metric, std::string_view tier)
{
    snapshot.findings.push_back({ "warning.telemetry_missing_tier", Severity::Warning,
                                  std::string(metric) + "{tier=\"" + std::string(tier)
                                      + "\"} has no current sample: that row is not compared and its calibration "
                                        "is not proposed",
                                  "no sample within five minutes of the window's last node count" });
}

std::optional<double> tierGauge(const TelemetrySet& set, ObservedSnapshot& snapshot, std::string_view metric,
                                std::string_view tier)
{
    const std::optional<double> value = valueAt(set.find(metric, "tier", tier), snapshot.time);
    if (!value)
        missingTierFinding(snapshot, metric, tier);
    return value;
}

} // namespace

Result<ObservedSnapshot> observeSnapshot(const TelemetrySet& set)
{
    for (const TelemetryMetric& metric : telemetryMetrics()) {
        if (!metric.required)
            continue;
        const std::vector<const Series*> found = set.find(metric.name);
        const bool any = std::any_of(found.begin(), found.end(), [](const Series* s) { return !s->samples.empty(); });
        if (!any)
            return Error { std::string(metric.name) + " has no samples in the window: calibration needs it ("
                           + std::string(metric.meaning) + ")" };
    }
    ObservedSnapshot snapshot;
    const std::vector<const Series*> nodeTiers = set.find(kNodesMetric);
    snapshot.nodeSeries = sumSeries(nodeTiers, kLookback);
    if (snapshot.nodeSeries.empty())
        return Error { std::string(kNodesMetric) + " has no samples in the window" };
    snapshot.time = snapshot.nodeSeries.back().time;
    snapshot.nodes = snapshot.nodeSeries.back().value;
    if (!(snapshot.nodes > 0))
        return Error { std::string(kNodesMetric) + " sums to " + std::to_string(snapshot.nodes) + " nodes at "
                       + formatTimestamp(snapshot.time) + ": a deployment to calibrate against holds nodes" };
    snapshot.hotNodes = valueAt(set.find(kNodesMetric, "tier", "hot"), snapshot.time);
    if (!snapshot.hotNodes)
        return Error { std::string(kNodesMetric) + "{tier=\"hot\"} has no current sample: the active ratio is unknown" };
    snapshot.activeRatio = std::clamp(*snapshot.hotNodes / snapshot.nodes, 0.0, 1.0);

    const double dayStart = snapshot.time - kDay;
    const std::vector<const Series*> ops = set.find(kOpsMetric);
    const std::vector<Sample> opsTotal = sumSeries(ops, kLookback);
    snapshot.opsPerSec = meanSince(opsTotal, dayStart);
    if (const Series* writes = set.find(kOpsMetric, "operation", "write"); writes && snapshot.opsPerSec > 0)
        snapshot.writeFraction = std::clamp(meanSince(writes->samples, dayStart) / snapshot.opsPerSec, 0.0, 1.0);

    const std::vector<const Series*> cores = set.find(kCpuMetric);
    snapshot.coresProvisioned = static_cast<double>(cores.size());
    snapshot.coresUsed = sumSeries(cores, kLookback);
    for (Sample& s : snapshot.coresUsed)
        s.value /= 100.0;
    snapshot.coresUsedMean = meanSince(snapshot.coresUsed, dayStart);

    snapshot.memoryHot = tierGauge(set, snapshot, kMemoryMetric, "hot");
    snapshot.memoryWarm = tierGauge(set, snapshot, kMemoryMetric, "warm");
    snapshot.memoryCold = tierGauge(set, snapshot, kMemoryMetric, "cold");
    snapshot.storageWarm = tierGauge(set, snapshot, kStorageMetric, "warm");
    snapshot.storageCold = tierGauge(set, snapshot, kStorageMetric, "cold");
    const std::vector<const Series*> wal = set.find(kWalMetric);
    snapshot.walBytes = wal.empty() ? std::nullopt : valueAt(wal.front(), snapshot.time);
    snapshot.memoryTotal = sumSeries(set.find(kMemoryMetric), kLookback);

    double worst = -1;
    for (const Series* latency : set.find(kLatencyMetric))
        worst = std::max(worst, meanSince(latency->samples, dayStart));
    if (worst >= 0)
        snapshot.p99LatencyMs = worst;

    // History: the time between consecutive node samples, gaps longer than the lookback left out.
    for (std::size_t i = 1; i < snapshot.nodeSeries.size(); ++i) {
        const double gap = snapshot.nodeSeries[i].time - snapshot.nodeSeries[i - 1].time;
        if (gap <= kLookback)
            snapshot.historyDays += gap / kDay;
    }
    return snapshot;
}

} // namespace ecw
