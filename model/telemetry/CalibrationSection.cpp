// SPDX-License-Identifier: GPL-3.0-or-later
#include "CalibrationSection.h"

#include "CalibrationOutput.h"
#include "ObservedChart.h"

#include <algorithm>
#include <cmath>

namespace ecw {

namespace {

std::string figure(double value, Unit unit)
{
    return unit == Unit::Cores ? formatFixed(value, 2) + " cores" : formatHuman(value, unit);
}

std::string rate(double value, bool compound)
{
    return compound ? formatFixed(value * 100, 2) + "% a day" : formatGrouped(std::round(value)) + " nodes a day";
}

} // namespace

std::vector<WorksheetBlock> calibrationSectionBlocks(const Calibration& c)
{
    WorksheetDocument part;
    part.heading(kCalibrationSectionTitle);
    std::size_t available = 0;
    for (const ComparisonRow& row : c.rows)
        available += row.observedAvailable ? 1 : 0;
    part.paragraph("Telemetry: " + c.source.describe() + ". The model run on the observed " + formatGrouped(std::round(c.observed.nodes))
                   + " nodes and traffic at " + formatTimestamp(c.observed.time) + ", each figure next to what the "
                   "deployment reports; " + std::to_string(c.flaggedCount()) + " of " + std::to_string(available)
                   + " are over the 15% bar (error = (predicted - observed) / observed).");
    WorksheetTable& table = part.table({ "Figure", "Observed", "Predicted", "Error", "Against 15%" },
                                       { Align::Left, Align::Right, Align::Right, Align::Right, Align::Left },
                                       { 3, 2, 2, 1.2, 1.5 });
    for (const ComparisonRow& row : c.rows) {
        table.rows.push_back({ row.label, row.observedAvailable ? figure(row.observed, row.unit) : "no data",
                               figure(row.predicted, row.unit),
                               row.observedAvailable ? formatRelativeError(row.relativeError) : "-",
                               !row.observedAvailable ? "no data" : (row.flagged ? "over" : "within") });
        table.marked.push_back(row.flagged);
    }
    for (const Finding& finding : c.findings)
        part.paragraph(finding.message);

    if (!c.proposals.empty()) {
        part.heading("Proposed calibrations", 2);
        WorksheetTable& proposals = part.table({ "Constant", "Current", "Proposed", "Recommended", "Evidence" },
                                               { Align::Left, Align::Right, Align::Right, Align::Left, Align::Left },
                                               { 2.2, 1, 1, 1.6, 3.6 });
        for (const ConstantProposal& p : c.proposals) {
            proposals.rows.push_back({ std::string(constantSpec(p.constant).key), formatSignificant(p.current),
                                       formatSignificant(p.proposed),
                                       !p.inRange ? "out of range" : (p.recommended ? "yes" : "no"), p.evidence });
            proposals.marked.push_back(p.recommended);
        }
    }

    const GrowthFit& g = c.growth;
    part.heading("Growth fit", 2);
    if (!g.linear.valid && !g.compound.valid) {
        part.paragraph("Not enough samples to fit a growth rate (at least three over an hour).");
    } else {
        const GrowthFitLine& chosen = g.chosen();
        std::string text = std::string("Chosen: ") + (g.compoundChosen ? "compound" : "linear") + " (" + g.why + "), "
                           + rate(chosen.expected, g.compoundChosen) + ", band " + rate(chosen.low, g.compoundChosen)
                           + " to " + rate(chosen.high, g.compoundChosen) + "; residual error "
                           + formatGrouped(std::round(chosen.rmse)) + " nodes (" + formatFixed(chosen.relativeRmse * 100, 2)
                           + "% of the mean). In " + formatCompact(c.horizonDays) + " days: "
                           + formatGrouped(std::round(g.predictChosen(c.horizonDays))) + " nodes by the chosen fit, "
                           + formatGrouped(std::round(g.predictLinear(c.horizonDays))) + " by our predict_linear";
        text += c.serverPredictLinear ? ", " + formatGrouped(std::round(*c.serverPredictLinear))
                                            + " by Prometheus's predict_linear."
                                      : " (Prometheus's predict_linear: not available for telemetry from a file).";
        part.paragraph(text);
        if (chosen.valid && !c.observed.nodeSeries.empty()) {
            WorksheetBlock& block = part.blocks.emplace_back();
            block.kind = BlockKind::LineChart;
            block.text = "Observed nodes over the window, the fits continued over the next " + formatCompact(c.horizonDays)
                         + " days (band: the chosen fit's low to high rate)";
            block.lines = observedGrowthChart(c, c.horizonDays, 3600);
        }
    }

    const RightSizing& r = c.rightSizing;
    part.heading("Right-sizing", 2);
    const VpaRecommendation& v = r.vpa;
    part.paragraph("VPA recommendation: CPU " + formatFixed(v.cpuTarget, 2) + " cores (p90; upper bound "
                   + formatFixed(v.cpuUpperBound, 2) + "), memory " + formatHuman(v.memoryTarget, Unit::Bytes)
                   + " (peak + 15%; upper bound " + formatHuman(v.memoryUpperBound, Unit::Bytes) + "); confidence "
                   + formatFixed(v.confidence * 100, 0) + "% from " + formatFixed(v.historyDays, 1) + " days of history"
                   + (v.shortHistory ? ". Short history: under the 7 days the spec asks for; provisional." : "."));
    if (r.priced) {
        WorksheetTable& phases = part.table({ "Phase", "Cloud", "Instance", "Monthly", "Savings vs phase 1" },
                                            { Align::Left, Align::Left, Align::Left, Align::Right, Align::Right },
                                            { 2.6, 1.4, 2.2, 1.2, 2 });
        for (const RightSizingPhase& phase : r.phases)
            for (const PhaseCloudCost& cloud : phase.clouds) {
                if (!cloud.available)
                    continue;
                phases.rows.push_back(
                    { std::to_string(phase.number) + ". " + phase.rule, std::string(cloudTitle(cloud.cloud)),
                      std::to_string(cloud.choice.count) + " x " + cloud.instance, "$" + formatGrouped(std::round(cloud.monthly)),
                      phase.number == 1 ? "-"
                                        : "$" + formatGrouped(std::round(cloud.savingsVsPhase1)) + " ("
                                              + formatFixed(cloud.savingsFraction * 100, 0) + "%)" });
                phases.marked.push_back(false);
            }
    }
    return std::move(part.blocks);
}

void insertCalibrationSection(WorksheetDocument& worksheet, const Calibration& calibration)
{
    std::vector<WorksheetBlock> blocks = calibrationSectionBlocks(calibration);
    const auto appendix = std::find_if(worksheet.blocks.begin(), worksheet.blocks.end(), [](const WorksheetBlock& b) {
        return b.kind == BlockKind::Heading && b.level == 1 && b.text.rfind("Appendix", 0) == 0;
    });
    worksheet.blocks.insert(appendix, std::make_move_iterator(blocks.begin()), std::make_move_iterator(blocks.end()));
}

} // namespace ecw
