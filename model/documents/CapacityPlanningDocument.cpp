// SPDX-License-Identifier: GPL-3.0-or-later
// docs/operations/capacity-planning.md.
#include "Constants.h"
#include "DocumentHeader.h"
#include "DocumentScenario.h"
#include "ForecastFigure.h"
#include "Markdown.h"
#include "OperatorDocuments.h"
#include "Presets.h"
#include "Runway.h"
#include "Units.h"

#include <cmath>

namespace ecw {

namespace {

std::string dayText(const std::optional<int>& day, int horizon)
{
    return day ? "day " + std::to_string(*day) : "beyond day " + std::to_string(horizon);
}

void writeCurrentState(MarkdownWriter& md, const DocumentScenario& run)
{
    md.heading(2, "1. Measure the current state (day 0)");
    md.paragraph("The spec's worksheet starts from node count by tier, operation rate and growth rate. The "
                 "workbench's built-in default scenario is the worked example throughout; its inputs:");
    MarkdownTable table({ "Input", "Value", "Reference" });
    for (const LineItem& item : inputLineItems(run.document().scenario))
        table.row({ std::string(item.label), formatHuman(item.value, item.unit), code(item.id) });
    md.table(table);
}

void writeEstimate(MarkdownWriter& md, const DocumentScenario& run)
{
    md.heading(2, "The estimate, with its work shown");
    md.paragraph("Every figure of the estimate for the default scenario, with the formula the model evaluates "
                 "and this scenario's numbers put in (the same text as the workbench's \"show the work\" panel "
                 "and the worksheet). Constants are in CAPITALS; `engram-capacity constants` lists them.");
    std::optional<Section> current;
    std::optional<MarkdownTable> table;
    const auto flush = [&] {
        if (table)
            md.table(*table);
    };
    for (const LineItem& item : run.estimate().items) {
        if (item.kind != ItemKind::Derived)
            continue;
        if (item.section != current) {
            flush();
            current = item.section;
            md.heading(3, sectionTitle(item.section));
            table.emplace(std::vector<std::string> { "Figure", "Value", "Formula", "Worked out" });
        }
        table->row({ std::string(item.label) + " (" + code(item.id) + ")", formatHuman(item.value, item.unit),
                     code(item.formula), code(item.workedOut()) });
    }
    flush();
}

void writeSpecForecast(MarkdownWriter& md, const DocumentContext& context)
{
    md.heading(2, "2. Project 30/60/90-day requirements");
    ScenarioDocument document;
    document.name = "Spec forecast example";
    document.scenario.set(InputId::Nodes, 1000000);
    document.forecast.rateExpected = 0.02;
    const DocumentScenario run(context, document);
    const ForecastSeries& series = run.engine().series();
    const double day30 = series.value(ForecastFigure::Nodes, GrowthBand::Expected, 30);
    const double hot0 = series.value(ForecastFigure::HotNodes, GrowthBand::Expected, 0);
    const double hot30 = series.value(ForecastFigure::HotNodes, GrowthBand::Expected, 30);
    md.paragraph("The spec's growth model is future_nodes(t) = current_nodes * (1 + growth_rate)^t. Its example, "
                 "1M nodes at 0.02 daily growth, in the model: after 30 days "
                 + formatGrouped(day30) + " nodes (the spec: \"1M * 1.02^30 = 1.81M nodes\"), of them "
                 + formatGrouped(hot30) + " in the hot tier (" + formatGrouped(hot30 - hot0)
                 + " more than on day 0); the total memory need goes from "
                 + formatHuman(series.value(ForecastFigure::MemoryTotal, GrowthBand::Expected, 0), Unit::Bytes)
                 + " to " + formatHuman(series.value(ForecastFigure::MemoryTotal, GrowthBand::Expected, 30), Unit::Bytes)
                 + ". The spec's \"543MB hot tier growth\" is 1.81M * 3KB * 0.1, the whole day-30 hot tier at 3 KB "
                   "per node; the model's figure also counts the edges, indexes, warm-tier cache and runtime "
                   "overhead the estimate lists below.");

    const DocumentScenario base(context, ScenarioDocument {});
    const MilestoneTable& milestones = base.engine().milestones();
    md.paragraph("For the default scenario at low, expected and high growth (compound "
                 + formatCompact(base.document().forecast.rateLow) + ", "
                 + formatCompact(base.document().forecast.rateExpected) + " and "
                 + formatCompact(base.document().forecast.rateHigh) + " a day), with the spec's "
                 + formatCompact(milestones.safetyMargin * 100)
                 + "% safety margin added to the expected figure (nodes and cores rounded up). Seasonal patterns "
                   "are the planner's to add: enter them as growth points (`forecast --points`).");
    MarkdownTable table({ "Day", "Figure", "Low", "Expected", "High", "Expected + margin" });
    for (const MilestoneEntry& entry : milestones.entries) {
        if (entry.figure.starts_with("cost."))
            continue;
        const auto show = [&entry](double value) { return formatHuman(value, entry.unit); };
        table.row({ std::to_string(entry.day), entry.label, show(entry.value[0]), show(entry.value[1]),
                    show(entry.value[2]), show(entry.withMargin[1]) });
    }
    md.table(table);
}

void writeTriggers(MarkdownWriter& md, const DocumentScenario& run)
{
    md.heading(2, "3. Identify the scaling triggers");
    md.paragraph("When will CPU hit 70%, memory 80%, storage 70%? The model answers for the configuration it "
                 "recommends on each cloud (and a volume of day-0 storage.recommended), at expected growth:");
    MarkdownTable table({ "Cloud", "Recommended", "Memory 80%", "CPU 70%", "Storage 70%" });
    for (Cloud cloud : kClouds) {
        const CloudOutlook& outlook = run.engine().outlook(cloud);
        if (!outlook.available)
            continue;
        std::vector<std::string> cells { std::string(cloudTitle(cloud)), run.recommendedInstance(cloud) };
        for (RunwayResource resource : kRunwayResources)
            cells.push_back(dayText(outlook.runway.hit(resource, GrowthBand::Expected).day, outlook.runway.horizonDays));
        table.row(std::move(cells));
    }
    md.table(table);
}

void writePlan(MarkdownWriter& md, const DocumentScenario& run)
{
    md.heading(2, "4. Plan the scaling events");
    md.paragraph("Schedule a maintenance window before the first trigger above (the runbook is in "
                 "[scaling](scaling.md)), order hardware for bare metal with its lead time before that day, and "
                 "budget from the day-0 monthly cost of the recommendation (on-demand, with storage and egress):");
    MarkdownTable table({ "Cloud", "Region", "Recommended", "Monthly cost" });
    for (Cloud cloud : kClouds) {
        const CloudOutlook& outlook = run.engine().outlook(cloud);
        if (outlook.available)
            table.row({ std::string(cloudTitle(cloud)), outlook.region, run.recommendedInstance(cloud),
                        run.monthlyCost(cloud) });
    }
    md.table(table);
}

struct SpecUseCase
{
    std::string_view preset;
    std::string_view specMemory;
    std::string_view specCpu;
    std::string_view specStorage;
};

void writeUseCases(MarkdownWriter& md, const DocumentContext& context)
{
    md.heading(2, "The spec's three use cases");
    md.paragraph("\"Capacity Planning for Specific Use Cases\" sizes three deployments by hand; the workbench's "
                 "presets of the same names enter their requirements, and the model sizes them. The spec counts "
                 "3 KB per node and leaves out indexes, overheads and headroom, so the model's memory is larger. "
                 "CPU and storage differ both ways: the knowledge-graph preset gives the traversal to the GPU, as "
                 "the spec advises, so little CPU remains; the model's storage holds the warm and cold tiers and "
                 "the WAL, so the all-hot time series (its 7-day window lives in memory) needs little disk where "
                 "the spec stores everything compressed.");
    const SpecUseCase cases[] = {
        { "llm-memory", "300GB RAM (100M hot nodes * 3KB)", "40 cores (100K ops/sec)", "12TB (10B * 3KB * 0.4)" },
        { "knowledge-graph", "30GB (10% in hot tier)", "16 cores for traversal", "500GB with indices" },
        { "time-series", "Requires sharding (>1TB)", "64 cores across 4 nodes", "30TB with compression" },
    };
    MarkdownTable table({ "Use case", "Nodes", "Hot nodes", "Memory: spec / model (total, recommended)",
                          "CPU: spec / model (total, recommended)", "Storage: spec / model (total)" });
    for (const SpecUseCase& useCase : cases) {
        const Preset* preset = findPreset(useCase.preset);
        if (!preset)
            continue;
        ScenarioDocument document;
        document.name = std::string(preset->name);
        document.preset = std::string(preset->id);
        document.scenario = presetScenario(*preset);
        const DocumentScenario run(context, document);
        table.row({ std::string(preset->name), formatGrouped(document.scenario[InputId::Nodes]),
                    run.human("tiers.hot_nodes"),
                    std::string(useCase.specMemory) + " / " + run.human("memory.total") + ", "
                        + run.human("memory.recommended"),
                    std::string(useCase.specCpu) + " / " + run.human("cpu.total") + ", " + run.human("cpu.recommended"),
                    std::string(useCase.specStorage) + " / " + run.human("storage.total") });
    }
    md.table(table);
    md.paragraph("Instances and monthly costs for these and the workload types at three sizes are in "
                 "[the resource requirements](../reference/resource-requirements.md).");
}

} // namespace

std::string capacityPlanningDocument(const DocumentContext& context)
{
    MarkdownWriter md;
    md.raw(generatedHeader(context));
    md.heading(1, "Capacity planning");
    md.paragraph("The spec's capacity planning worksheet, step by step, with every formula worked out by the "
                 "model for the workbench's default scenario. The workbench shows the same figures live "
                 "(Inputs, Forecast and Cost tabs) and exports them as the worksheet (`engram-capacity export`).");
    const DocumentScenario run(context, ScenarioDocument {});
    writeCurrentState(md, run);
    writeEstimate(md, run);
    writeSpecForecast(md, context);
    writeTriggers(md, run);
    writePlan(md, run);
    writeUseCases(md, context);
    return md.text();
}

} // namespace ecw
