// SPDX-License-Identifier: GPL-3.0-or-later
// The worksheet's sections, in the order a budget meeting reads them.
#include "WorksheetBuilder.h"

#include <array>

namespace ecw {

namespace {

std::string valueText(const LineItem& item) { return formatHuman(item.value, item.unit); }

void addTierChart(WorksheetDocument& worksheet, const Estimate& e)
{
    WorksheetBlock& block = worksheet.blocks.emplace_back();
    block.kind = BlockKind::BarChart;
    block.text = "Tier breakdown: share of nodes, memory and storage per tier";
    WorksheetBarChart& chart = block.bars;
    chart.categories = { "Nodes", "Memory", "Storage" };
    const double memoryWarm = e.value("memory.warm_tier") + e.value("memory.warm_page_cache");
    const std::array<std::array<double, 3>, 3> values { {
        { e.value("tiers.hot_nodes"), e.value("memory.hot_tier") + e.value("memory.activation_pool"), 0.0 },
        { e.value("tiers.warm_nodes"), memoryWarm, e.value("storage.warm_tier") },
        { e.value("tiers.cold_nodes"), e.value("memory.cold_index"), e.value("storage.cold_tier") },
    } };
    const std::array<Unit, 3> units { Unit::Nodes, Unit::Bytes, Unit::Bytes };
    const std::array<std::string, 3> names { "Hot", "Warm", "Cold" };
    for (std::size_t s = 0; s < 3; ++s) {
        BarChartSeries series { names[s], { values[s][0], values[s][1], values[s][2] } };
        chart.series.push_back(series);
        std::vector<std::string> labels;
        for (std::size_t c = 0; c < 3; ++c)
            labels.push_back(formatHuman(values[s][c], units[c]));
        chart.labels.push_back(labels);
    }
    for (std::size_t c = 0; c < 3; ++c)
        chart.totals.push_back(formatHuman(values[0][c] + values[1][c] + values[2][c], units[c]));
}

} // namespace

WorksheetDocument buildWorksheet(const ScenarioDocument& document, const Estimate& estimate, const WorksheetMeta& meta)
{
    WorksheetDocument worksheet;
    worksheet.title = document.name.empty() ? "Untitled scenario" : document.name;
    worksheet.subtitle = "Engram Capacity Workbench " + meta.appVersion + "  |  " + meta.date + "  |  "
        + std::string(profileName(estimate.profile)) + " profile"
        + (meta.priceBookDate.empty() ? std::string() : "  |  price book as of " + meta.priceBookDate);
    worksheet.footer = "Engram Capacity Workbench " + meta.appVersion + " - " + worksheet.title;

    if (!document.preset.empty())
        worksheet.paragraph("Preset: " + document.preset + (document.presetModified ? " (changed)" : ""));
    if (!document.notes.empty())
        worksheet.paragraph(document.notes);

    // Summary: the four numbers people ask for first.
    worksheet.heading("Summary");
    {
        WorksheetTable& table = worksheet.table({ "Resource", "Needed", "Recommended" },
                                                { Align::Left, Align::Right, Align::Right }, { 2, 1.5, 1.5 });
        auto row = [&](const char* name, const char* total, const char* recommended) {
            const LineItem* t = estimate.find(total);
            const LineItem* r = recommended ? estimate.find(recommended) : nullptr;
            if (!t)
                return;
            table.rows.push_back({ name, valueText(*t), r ? valueText(*r) : "" });
            table.marked.push_back(false);
        };
        row("Memory", "memory.total", "memory.recommended");
        row("CPU", "cpu.total", "cpu.recommended");
        row("Storage", "storage.total", "storage.recommended");
        row("Network (peak)", "network.peak", nullptr);
    }

    worksheet.heading("Inputs");
    {
        WorksheetTable& table = worksheet.table({ "Input", "Value", "Default", "Allowed range" },
                                                { Align::Left, Align::Right, Align::Right, Align::Left },
                                                { 2.2, 1.6, 1.6, 2.6 });
        for (const InputSpec& spec : inputSpecs()) {
            const double value = document.scenario[spec.id];
            table.rows.push_back({ std::string(spec.label), formatHuman(value, spec.unit),
                                   formatHuman(spec.defaultValue, spec.unit),
                                   formatHuman(spec.minimum, spec.unit) + " to " + formatHuman(spec.maximum, spec.unit) });
            table.marked.push_back(value != spec.defaultValue);
        }
        worksheet.paragraph("Rows in bold differ from the calculator's defaults.");
    }

    worksheet.heading("Tier breakdown");
    addTierChart(worksheet, estimate);

    Section current = Section::Inputs;
    WorksheetTable* table = nullptr;
    for (const LineItem& item : estimate.items) {
        if (!table || item.section != current) {
            current = item.section;
            worksheet.heading(std::string(sectionTitle(current)), 2);
            table = &worksheet.table({ "Figure", "Value", "Formula", "With this scenario's numbers" },
                                     { Align::Left, Align::Right, Align::Left, Align::Left }, { 2.3, 1.6, 2.8, 2.9 });
        }
        std::string label = std::string(item.label) + "\n" + std::string(item.id);
        if (item.extrapolated)
            label += " (extrapolated)";
        table->rows.push_back({ label, valueText(item), std::string(item.formula), item.workedOut() });
        table->marked.push_back(item.extrapolated);
    }

    worksheet.heading("Warnings and recommendations");
    if (estimate.findings.empty()) {
        worksheet.paragraph("None: the scenario stays within every threshold the spec sets.");
    } else {
        WorksheetTable& findings = worksheet.table({ "Kind", "Finding", "Why it fired" },
                                                   { Align::Left, Align::Left, Align::Left }, { 1.6, 4.0, 3.4 });
        for (const Finding& finding : estimate.findings) {
            findings.rows.push_back({ std::string(severityName(finding.severity)), finding.message, finding.reason });
            findings.marked.push_back(finding.severity == Severity::Warning);
        }
    }
    return worksheet;
}

void appendAssumptions(WorksheetDocument& worksheet, const ModelConstants& constants)
{
    worksheet.heading("Assumptions");
    worksheet.paragraph("Every constant of the model. Rows in bold (marked *) differ from the spec's default.");
    WorksheetTable& table = worksheet.table({ "Constant", "Value", "Spec default", "Source" },
                                            { Align::Left, Align::Right, Align::Right, Align::Left },
                                            { 2.6, 1.4, 1.4, 3.6 });
    for (const ConstantSpec& spec : constantSpecs()) {
        const bool changed = !constants.isDefault(spec.id);
        table.rows.push_back({ (changed ? "* " : "") + std::string(spec.label) + "\n" + std::string(spec.symbol),
                               formatHuman(constants[spec.id], spec.unit), formatHuman(spec.defaultValue, spec.unit),
                               std::string(spec.source) });
        table.marked.push_back(changed);
    }
}

} // namespace ecw
