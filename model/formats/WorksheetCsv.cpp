// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorksheetCsv.h"

#include "CostOutput.h"
#include "CsvParser.h"
#include "ForecastOutput.h"

#include <map>

namespace ecw {

namespace {

// The CLI's forecast and cost CSV, re-emitted under a section column: one writer of those rows, so the
// worksheet and `engram-capacity forecast|cost --format csv` can never disagree. Fields are copied as text,
// so every number keeps its shortest round-trip form.
std::vector<CsvRow> dataRows(const std::string& csv)
{
    Result<std::vector<CsvRow>> rows = parseCsv(csv);
    if (!rows || rows->empty())
        return {};
    std::vector<CsvRow> data = std::move(rows).value();
    data.erase(data.begin()); // the header
    return data;
}

} // namespace

void writeWorksheetInputs(CsvWriter& writer, const Scenario& scenario)
{
    writer.row({ "section", "key", "label", "value", "unit", "default", "minimum", "maximum", "changed" });
    for (const InputSpec& spec : inputSpecs()) {
        writer.field("inputs").field(spec.key).field(spec.label).number(scenario[spec.id]).field(unitName(spec.unit));
        writer.number(spec.defaultValue).number(spec.minimum).number(spec.maximum);
        writer.field(scenario.isDefault(spec.id) ? "no" : "yes");
        writer.endRow();
    }
}

void writeWorksheetAssumptions(CsvWriter& writer, const ModelConstants& constants)
{
    writer.row({ "section", "key", "symbol", "label", "value", "unit", "spec_default", "changed", "source" });
    for (const ConstantSpec& spec : constantSpecs()) {
        writer.field("assumptions").field(spec.key).field(spec.symbol).field(spec.label);
        writer.number(constants[spec.id]).field(unitName(spec.unit)).number(spec.defaultValue);
        writer.field(constants.isDefault(spec.id) ? "no" : "yes").field(spec.source);
        writer.endRow();
    }
}

void writeWorksheetLineItems(CsvWriter& writer, const Estimate& estimate)
{
    writer.row({ "section", "id", "label", "value", "unit", "formula", "substituted", "extrapolated" });
    for (const LineItem& item : estimate.items) {
        writer.field("line_items").field(item.id).field(item.label).number(item.value).field(unitName(item.unit));
        writer.field(item.formula).field(item.substituted()).field(item.extrapolated ? "yes" : "no");
        writer.endRow();
    }
}

void writeWorksheetFindings(CsvWriter& writer, const Estimate& estimate)
{
    writer.row({ "section", "id", "severity", "message", "reason" });
    for (const Finding& finding : estimate.findings)
        writer.row({ "findings", finding.id, severityName(finding.severity), finding.message, finding.reason });
}

void writeWorksheetCore(CsvWriter& writer, const ScenarioDocument& document, const Estimate& estimate)
{
    writer.row({ "section", "name", "notes", "preset", "profile" });
    writer.row({ "scenario", document.name, document.notes,
                 document.preset.empty() ? std::string_view("none") : std::string_view(document.preset),
                 profileName(estimate.profile) });
    writer.blankLine();
    writeWorksheetInputs(writer, document.scenario);
    writer.blankLine();
    writeWorksheetAssumptions(writer, document.constants);
    writer.blankLine();
    writeWorksheetLineItems(writer, estimate);
    writer.blankLine();
    writeWorksheetFindings(writer, estimate);
}

void writeWorksheetForecast(CsvWriter& writer, const ForecastEngine& engine)
{
    if (!engine.computed())
        return;
    std::map<std::string, Unit, std::less<>> units;
    for (const MilestoneEntry& entry : engine.milestones().entries)
        units.emplace(entry.figure, entry.unit);
    writer.row({ "section", "day", "figure", "low", "expected", "high", "unit" });
    constexpr std::string_view kMarginSuffix = ".with_margin";
    for (const CsvRow& row : dataRows(writeForecastCsv(engine))) {
        if (row.size() != 5)
            continue;
        std::string_view figure = row[1];
        if (figure.ends_with(kMarginSuffix))
            figure.remove_suffix(kMarginSuffix.size());
        const auto unit = units.find(figure);
        writer.field("forecast");
        for (const std::string& field : row)
            writer.field(field);
        writer.field(unit == units.end() ? std::string_view() : unitName(unit->second));
        writer.endRow();
    }
}

void writeWorksheetCost(CsvWriter& writer, const ForecastEngine& engine)
{
    if (!engine.computed() || engine.priceBook() == nullptr)
        return;
    writer.row({ "section", "cloud", "pricing_model", "component", "monthly_usd" });
    for (const CsvRow& row : dataRows(writeCostCsv(engine))) {
        writer.field("cost");
        for (const std::string& field : row)
            writer.field(field);
        writer.endRow();
    }
}

} // namespace ecw
