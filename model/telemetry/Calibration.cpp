// SPDX-License-Identifier: GPL-3.0-or-later
#include "Calibration.h"

#include "CapacityModel.h"
#include "TelemetryMetrics.h"
#include "Units.h"

#include <algorithm>
#include <cmath>

namespace ecw {

namespace {

constexpr double kSecondsPerDay = 86400.0;

struct RowSpec
{
    const char* key;
    const char* label;
    const char* metric;
    const char* lineItems;
    Unit unit;
};

constexpr RowSpec kRows[] = {
    { "memory.hot", "Hot tier memory", "engram_memory_usage_bytes{tier=\"hot\"}", "memory.hot_tier", Unit::Bytes },
    { "memory.warm", "Warm tier memory", "engram_memory_usage_bytes{tier=\"warm\"}",
      "memory.warm_tier + memory.warm_page_cache", Unit::Bytes },
    { "memory.cold", "Cold tier index memory", "engram_memory_usage_bytes{tier=\"cold\"}", "memory.cold_index",
      Unit::Bytes },
    { "storage.warm", "Warm tier storage", "engram_storage_usage_bytes{tier=\"warm\"}", "storage.warm_tier", Unit::Bytes },
    { "storage.cold", "Cold tier storage", "engram_storage_usage_bytes{tier=\"cold\"}", "storage.cold_tier", Unit::Bytes },
    { "storage.wal", "Write-ahead log", "engram_wal_size_bytes", "storage.wal", Unit::Bytes },
    { "cpu.cores", "Cores in use", "sum(engram_cpu_utilization_percent) / 100, mean of the last day", "cpu.total",
      Unit::Cores },
};

std::optional<double> observedFor(const ObservedSnapshot& o, std::string_view key)
{
    if (key == "memory.hot")
        return o.memoryHot;
    if (key == "memory.warm")
        return o.memoryWarm;
    if (key == "memory.cold")
        return o.memoryCold;
    if (key == "storage.warm")
        return o.storageWarm;
    if (key == "storage.cold")
        return o.storageCold;
    if (key == "storage.wal")
        return o.walBytes;
    if (key == "cpu.cores")
        return o.coresProvisioned > 0 ? std::optional<double>(o.coresUsedMean) : std::nullopt;
    return std::nullopt;
}

double predictedFor(const Estimate& e, std::string_view key)
{
    if (key == "memory.hot")
        return e.value("memory.hot_tier");
    if (key == "memory.warm")
        return e.value("memory.warm_tier") + e.value("memory.warm_page_cache");
    if (key == "memory.cold")
        return e.value("memory.cold_index");
    if (key == "storage.warm")
        return e.value("storage.warm_tier");
    if (key == "storage.cold")
        return e.value("storage.cold_tier");
    if (key == "storage.wal")
        return e.value("storage.wal");
    return e.value("cpu.total");
}

const ComparisonRow* findRow(const std::vector<ComparisonRow>& rows, std::string_view key)
{
    for (const ComparisonRow& row : rows)
        if (row.key == key)
            return &row;
    return nullptr;
}

std::string human(double value, Unit unit)
{
    return formatHuman(value, unit);
}

void propose(Calibration& c, ConstantId id, std::string_view rowKey, double proposed, std::string evidence)
{
    const ComparisonRow* row = findRow(c.rows, rowKey);
    if (!row || !row->observedAvailable || !std::isfinite(proposed))
        return;
    const ConstantSpec& spec = constantSpec(id);
    ConstantProposal p;
    p.constant = id;
    p.rowKey = std::string(rowKey);
    p.current = c.observedDocument.constants[id];
    p.proposed = proposed;
    p.inRange = proposed >= spec.minimum && proposed <= spec.maximum;
    p.recommended = row->flagged;
    p.evidence = std::move(evidence);
    if (!p.inRange)
        p.evidence += "; outside the allowed range " + formatCompact(spec.minimum) + " to " + formatCompact(spec.maximum)
            + ", so it cannot be applied: check the exporter or the scenario's other inputs";
    c.proposals.push_back(std::move(p));
}

void proposeConstants(Calibration& c)
{
    const Estimate& e = c.predicted;
    const ModelConstants& k = c.observedDocument.constants;
    const bool full = c.observedDocument.profile == Profile::Full;
    if (const ComparisonRow* row = findRow(c.rows, "memory.hot"); row && row->observedAvailable && row->predicted > 0)
        propose(c, ConstantId::HashTableOverhead, "memory.hot", k[ConstantId::HashTableOverhead] * row->observed / row->predicted,
                "observed " + human(row->observed, Unit::Bytes) + " against predicted " + human(row->predicted, Unit::Bytes)
                    + " for " + formatGrouped(e.value("tiers.hot_nodes")) + " hot nodes: "
                    + formatSignificant(row->observed / std::max(1.0, e.value("tiers.hot_nodes"))) + " bytes per hot node");
    if (const ComparisonRow* row = findRow(c.rows, "storage.wal"); row && row->observedAvailable && row->predicted > 0) {
        const double writes = c.observedDocument.scenario[InputId::OpsPerSec]
            * (full ? c.observedDocument.scenario[InputId::WriteFraction] : 1.0) * kSecondsPerDay
            * c.observedDocument.scenario[InputId::RetentionDays];
        propose(c, ConstantId::WalRecordBytes, "storage.wal", k[ConstantId::WalRecordBytes] * row->observed / row->predicted,
                "observed " + human(row->observed, Unit::Bytes) + " of WAL for "
                    + formatGrouped(writes) + " writes retained: "
                    + formatSignificant(row->observed / std::max(1.0, writes)) + " bytes per write after compression");
    }
    if (const ComparisonRow* row = findRow(c.rows, "storage.warm"); row && row->observedAvailable && row->predicted > 0)
        propose(c, ConstantId::VersionRetentionRatio, "storage.warm",
                (1.0 + k[ConstantId::VersionRetentionRatio]) * row->observed / row->predicted - 1.0,
                "observed " + human(row->observed, Unit::Bytes) + " of warm segments against predicted "
                    + human(row->predicted, Unit::Bytes) + ": (1 + VERSION_RETENTION) scaled by their ratio");
    if (const ComparisonRow* row = findRow(c.rows, "storage.cold"); row && row->observedAvailable && row->predicted > 0) {
        const double raw = e.value("tiers.cold_nodes") * e.value("node.embedding_bytes");
        const double index = full ? e.value("memory.cold_index") : 0.0;
        if (raw > 0)
            propose(c, ConstantId::ColdCompressionRatio, "storage.cold", (row->observed - index) / raw,
                    "observed " + human(row->observed, Unit::Bytes) + " for " + formatGrouped(e.value("tiers.cold_nodes"))
                        + " cold nodes of " + human(e.value("node.embedding_bytes"), Unit::Bytes) + " embeddings");
    }
    if (const ComparisonRow* row = findRow(c.rows, "cpu.cores"); row && row->observedAvailable) {
        const double spreading = e.value("cpu.spreading");
        const double rest = row->predicted - spreading;
        const double observedSpreading = row->observed - rest;
        if (spreading > 0 && observedSpreading > 0)
            propose(c, ConstantId::SpreadingOpsPerCore, "cpu.cores",
                    k[ConstantId::SpreadingOpsPerCore] * spreading / observedSpreading,
                    "observed " + formatSignificant(row->observed) + " cores in use at "
                        + formatGrouped(c.observedDocument.scenario[InputId::OpsPerSec]) + " ops/s, of which "
                        + formatSignificant(observedSpreading) + " for spreading once the model's other "
                        + formatSignificant(rest) + " cores are taken off");
    }
}

} // namespace

std::size_t Calibration::flaggedCount() const
{
    return static_cast<std::size_t>(std::count_if(rows.begin(), rows.end(), [](const ComparisonRow& r) { return r.flagged; }));
}

Result<Calibration> calibrate(const TelemetrySet& telemetry, const ScenarioDocument& document, const PriceBook* book,
                              const CalibrationOptions& options)
{
    Result<ObservedSnapshot> observed = observeSnapshot(telemetry);
    if (!observed)
        return Error { observed.error() };
    Calibration c;
    c.source = telemetry.source;
    c.observed = std::move(observed).value();
    c.findings = c.observed.findings;
    c.observedDocument = document;
    Scenario& scenario = c.observedDocument.scenario;
    auto setClamped = [&](InputId id, double value) {
        const InputSpec& spec = inputSpec(id);
        const double clamped = std::clamp(spec.wholeNumber ? std::round(value) : value, spec.minimum, spec.maximum);
        if (clamped != value && std::fabs(clamped - value) > 1e-9 * std::max(1.0, std::fabs(value)))
            c.findings.push_back({ "warning.telemetry_input_clamped", Severity::Warning,
                                   std::string(spec.key) + " observed as " + formatCompact(value)
                                       + " is outside the model's range; the model runs with " + formatCompact(clamped),
                                   std::string(spec.key) + " must be between " + formatCompact(spec.minimum) + " and "
                                       + formatCompact(spec.maximum) });
        scenario.set(id, clamped);
    };
    setClamped(InputId::Nodes, c.observed.nodes);
    setClamped(InputId::ActiveRatio, c.observed.activeRatio);
    setClamped(InputId::OpsPerSec, c.observed.opsPerSec);
    if (c.observed.writeFraction)
        setClamped(InputId::WriteFraction, *c.observed.writeFraction);
    c.predicted = estimate(scenario, c.observedDocument.constants, c.observedDocument.profile);

    for (const RowSpec& spec : kRows) {
        ComparisonRow row;
        row.key = spec.key;
        row.label = spec.label;
        row.metric = spec.metric;
        row.lineItems = spec.lineItems;
        row.unit = spec.unit;
        row.predicted = predictedFor(c.predicted, spec.key);
        const std::optional<double> value = observedFor(c.observed, spec.key);
        if (value && *value > 0) {
            row.observedAvailable = true;
            row.observed = *value;
            row.relativeError = (row.predicted - row.observed) / row.observed;
            row.flagged = std::fabs(row.relativeError) > kCalibrationErrorBar;
        }
        c.rows.push_back(std::move(row));
    }
    proposeConstants(c);

    c.growth = fitGrowth(c.observed.nodeSeries);
    c.horizonDays = options.horizonDays;
    c.serverPredictLinear = options.serverPredictLinear;
    c.observedDocument.forecast = applyGrowthFit(document.forecast, c.growth);
    c.rightSizing = rightSize(c.observed, c.predicted, book, options.pricing, options.cost);
    if (c.rightSizing.vpa.shortHistory)
        c.findings.push_back({ "warning.telemetry_short_history", Severity::Warning,
                               "under a week of history: right-sizing recommendations are provisional (the spec "
                               "monitors for 7 days before it optimizes)",
                               formatCompact(c.rightSizing.vpa.historyDays) + " days of samples < 7 days" });
    return c;
}

CalibrationRecord makeCalibrationRecord(const ConstantProposal& proposal, const TelemetrySource& source,
                                        const std::string& appliedAt)
{
    CalibrationRecord record;
    record.constant = std::string(constantSpec(proposal.constant).key);
    record.value = proposal.proposed;
    record.previous = proposal.current;
    record.source = source.server.empty() ? "file " + source.file : source.server;
    record.window = formatTimestamp(source.start) + " to " + formatTimestamp(source.end)
        + (source.step > 0 ? ", step " + formatDuration(source.step) : std::string());
    record.appliedAt = appliedAt;
    record.evidence = proposal.evidence;
    return record;
}

std::vector<std::string> applyProposals(ScenarioDocument& document, const Calibration& calibration,
                                        const std::vector<std::string>& keys, const std::string& appliedAt)
{
    std::vector<std::string> applied;
    for (const ConstantProposal& proposal : calibration.proposals) {
        const std::string key(constantSpec(proposal.constant).key);
        if (!proposal.inRange)
            continue;
        if (!keys.empty() && std::find(keys.begin(), keys.end(), key) == keys.end())
            continue;
        ConstantProposal current = proposal;
        current.current = document.constants[proposal.constant];
        document.constants.set(proposal.constant, proposal.proposed);
        std::erase_if(document.calibrations, [&](const CalibrationRecord& r) { return r.constant == key; });
        document.calibrations.push_back(makeCalibrationRecord(current, calibration.source, appliedAt));
        applied.push_back(key);
    }
    return applied;
}

} // namespace ecw
