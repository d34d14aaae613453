// SPDX-License-Identifier: GPL-3.0-or-later
#include "CalibrationOutput.h"

#include "JsonNumber.h"
#include "Units.h"

#include <nlohmann/json.hpp>

#include <cstdio>

namespace ecw {

namespace {

using Json = nlohmann::ordered_json;

Json fitJson(const GrowthFitLine& line, bool compound)
{
    Json j;
    j["valid"] = line.valid;
    j["model"] = compound ? "compound" : "linear";
    j["rate_unit"] = compound ? "fraction per day" : "nodes per day";
    j["low"] = jsonNumber(line.low);
    j["expected"] = jsonNumber(line.expected);
    j["high"] = jsonNumber(line.high);
    j["residual_rmse_nodes"] = jsonNumber(line.rmse);
    j["residual_relative"] = jsonNumber(line.relativeRmse);
    return j;
}

} // namespace

std::string formatRelativeError(double fraction)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%+.1f%%", fraction * 100);
    return buffer;
}

std::string writeCalibrationJson(const Calibration& c, const PriceBook* book)
{
    Json root;
    root["format"] = "engram-capacity-calibration";
    Json source;
    source["server"] = c.source.server;
    source["file"] = c.source.file;
    source["start"] = formatTimestamp(c.source.start);
    source["end"] = formatTimestamp(c.source.end);
    source["step_seconds"] = jsonNumber(c.source.step);
    source["fetched_at"] = c.source.fetchedAt;
    root["source"] = source;

    Json observed;
    observed["time"] = formatTimestamp(c.observed.time);
    observed["nodes"] = jsonNumber(c.observed.nodes);
    observed["active_ratio"] = jsonNumber(c.observed.activeRatio);
    observed["ops_per_sec"] = jsonNumber(c.observed.opsPerSec);
    observed["write_fraction"] = c.observed.writeFraction ? Json(jsonNumber(*c.observed.writeFraction)) : Json(nullptr);
    observed["cores_provisioned"] = jsonNumber(c.observed.coresProvisioned);
    observed["history_days"] = jsonNumber(c.observed.historyDays);
    root["observed_inputs"] = observed;

    Json rows = Json::array();
    for (const ComparisonRow& row : c.rows) {
        Json r;
        r["key"] = row.key;
        r["label"] = row.label;
        r["metric"] = row.metric;
        r["line_items"] = row.lineItems;
        r["unit"] = std::string(unitName(row.unit));
        r["observed"] = row.observedAvailable ? Json(jsonNumber(row.observed)) : Json(nullptr);
        r["predicted"] = jsonNumber(row.predicted);
        r["relative_error"] = row.observedAvailable ? Json(jsonNumber(row.relativeError)) : Json(nullptr);
        r["flagged"] = row.flagged;
        rows.push_back(r);
    }
    root["error_bar"] = jsonNumber(kCalibrationErrorBar);
    root["observed_vs_predicted"] = rows;

    Json proposals = Json::array();
    for (const ConstantProposal& p : c.proposals) {
        Json j;
        j["constant"] = std::string(constantSpec(p.constant).key);
        j["row"] = p.rowKey;
        j["current"] = jsonNumber(p.current);
        j["proposed"] = jsonNumber(p.proposed);
        j["in_range"] = p.inRange;
        j["recommended"] = p.recommended;
        j["evidence"] = p.evidence;
        proposals.push_back(j);
    }
    root["proposed_constants"] = proposals;

    Json growth;
    growth["samples"] = c.growth.samples;
    growth["days"] = jsonNumber(c.growth.days);
    growth["chosen"] = c.growth.compoundChosen ? "compound" : "linear";
    growth["why"] = c.growth.why;
    growth["linear"] = fitJson(c.growth.linear, false);
    growth["compound"] = fitJson(c.growth.compound, true);
    growth["horizon_days"] = jsonNumber(c.horizonDays);
    growth["predicted_nodes_chosen"] = jsonNumber(c.growth.predictChosen(c.horizonDays));
    growth["predicted_nodes_linear"] = jsonNumber(c.growth.predictLinear(c.horizonDays));
    growth["prometheus_predict_linear"]
        = c.serverPredictLinear ? Json(jsonNumber(*c.serverPredictLinear)) : Json(nullptr);
    root["growth_fit"] = growth;

    const VpaRecommendation& v = c.rightSizing.vpa;
    Json vpa;
    vpa["cpu_p50_cores"] = jsonNumber(v.cpuP50);
    vpa["cpu_p90_cores"] = jsonNumber(v.cpuP90);
    vpa["cpu_p95_cores"] = jsonNumber(v.cpuP95);
    vpa["cpu_peak_cores"] = jsonNumber(v.cpuPeak);
    vpa["cpu_target_cores"] = jsonNumber(v.cpuTarget);
    vpa["cpu_upper_bound_cores"] = jsonNumber(v.cpuUpperBound);
    vpa["memory_peak_bytes"] = jsonNumber(v.memoryPeak);
    vpa["memory_target_bytes"] = jsonNumber(v.memoryTarget);
    vpa["memory_upper_bound_bytes"] = jsonNumber(v.memoryUpperBound);
    vpa["history_days"] = jsonNumber(v.historyDays);
    vpa["confidence"] = jsonNumber(v.confidence);
    vpa["short_history"] = v.shortHistory;
    Json phases = Json::array();
    for (const RightSizingPhase& phase : c.rightSizing.phases) {
        Json p;
        p["phase"] = phase.number;
        p["title"] = phase.title;
        p["rule"] = phase.rule;
        p["cores"] = jsonNumber(phase.cores);
        p["memory_bytes"] = jsonNumber(phase.memoryBytes);
        p["cores_formula"] = phase.coresFormula;
        p["memory_formula"] = phase.memoryFormula;
        Json clouds = Json::array();
        for (const PhaseCloudCost& cloud : phase.clouds) {
            Json k;
            k["cloud"] = std::string(cloudKey(cloud.cloud));
            k["available"] = cloud.available;
            if (cloud.available) {
                k["instance"] = cloud.instance;
                k["count"] = cloud.choice.count;
                k["monthly_usd"] = jsonNumber(cloud.monthly);
                k["savings_vs_phase1_usd"] = jsonNumber(cloud.savingsVsPhase1);
                k["savings_vs_phase1_fraction"] = jsonNumber(cloud.savingsFraction);
            }
            clouds.push_back(k);
        }
        p["clouds"] = clouds;
        phases.push_back(p);
    }
    Json sizing;
    sizing["vpa"] = vpa;
    sizing["pricing"] = std::string(pricingModelKey(c.rightSizing.pricing));
    sizing["price_book"] = book ? book->name : std::string();
    sizing["phases"] = phases;
    root["right_sizing"] = sizing;

    Json findings = Json::array();
    for (const Finding& f : c.findings)
        findings.push_back(Json { { "id", std::string(f.id) },
                                  { "severity", std::string(severityName(f.severity)) },
                                  { "message", f.message },
                                  { "reason", f.reason } });
    root["findings"] = findings;
    return root.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

void writeCalibrationCsv(CsvWriter& csv, const Calibration& c)
{
    // Columns by section: observed_vs_predicted: observed, predicted, (predicted - observed) / observed, over 15%.
    // proposed_constant: proposed, current, -, recommended. growth_fit: rate, residual RMSE, relative residual, chosen.
    // right_sizing: monthly USD, savings against phase 1 in USD, as a fraction of phase 1.
    csv.row({ "section", "key", "label", "value", "compared_with", "relative", "flag", "detail" });
    for (const ComparisonRow& row : c.rows) {
        csv.field("observed_vs_predicted").field(row.key).field(row.label);
        if (row.observedAvailable)
            csv.number(row.observed);
        else
            csv.field("");
        csv.number(row.predicted);
        if (row.observedAvailable)
            csv.number(row.relativeError);
        else
            csv.field("");
        csv.field(row.flagged ? "yes" : "no").field(row.metric + " vs " + row.lineItems);
        csv.endRow();
    }
    for (const ConstantProposal& p : c.proposals) {
        csv.field("proposed_constant").field(constantSpec(p.constant).key).field(constantSpec(p.constant).label);
        csv.number(p.proposed).number(p.current).field("").field(p.recommended ? "yes" : "no").field(p.evidence);
        csv.endRow();
    }
    auto fitRow = [&](const GrowthFitLine& line, bool compound) {
        csv.field("growth_fit").field(compound ? "compound" : "linear")
            .field(compound ? "daily rate (fraction)" : "nodes per day");
        csv.number(line.expected).number(line.rmse).number(line.relativeRmse)
            .field((c.growth.compoundChosen == compound) ? "chosen" : "")
            .field("low " + formatMachineNumber(line.low) + ", high " + formatMachineNumber(line.high));
        csv.endRow();
    };
    fitRow(c.growth.linear, false);
    fitRow(c.growth.compound, true);
    csv.field("growth_fit").field("predict_linear").field("nodes in " + formatCompact(c.horizonDays) + " days");
    if (c.serverPredictLinear)
        csv.number(*c.serverPredictLinear);
    else
        csv.field("");
    csv.number(c.growth.predictLinear(c.horizonDays)).field("").field("")
        .field("observed: Prometheus predict_linear; predicted: this fit's least squares");
    csv.endRow();
    for (const RightSizingPhase& phase : c.rightSizing.phases)
        for (const PhaseCloudCost& cloud : phase.clouds) {
            if (!cloud.available)
                continue;
            csv.field("right_sizing").field("phase" + std::to_string(phase.number) + "." + std::string(cloudKey(cloud.cloud)))
                .field(phase.rule);
            csv.number(cloud.monthly).number(cloud.savingsVsPhase1).number(cloud.savingsFraction).field("")
                .field(std::to_string(cloud.choice.count) + " x " + cloud.instance + " for " + formatCompact(phase.cores)
                       + " cores, " + formatHuman(phase.memoryBytes, Unit::Bytes));
            csv.endRow();
        }
}

std::string writeCalibrationCsv(const Calibration& c)
{
    CsvWriter csv;
    writeCalibrationCsv(csv, c);
    return csv.take();
}

} // namespace ecw
