// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorksheetCsv.h"

namespace ecw {

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

} // namespace ecw
