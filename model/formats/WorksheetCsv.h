// SPDX-License-Identifier: GPL-3.0-or-later
// The CSV worksheet: one UTF-8 RFC 4180 file of sections (inputs, assumptions, line items, findings,
// then forecast and cost where present), each a block with its own header row whose first column
// names the section, separated by blank lines. Numbers in base units, '.' decimals, no separators.
#pragma once

#include "CsvWriter.h"
#include "Estimate.h"
#include "ForecastEngine.h"
#include "ScenarioDocument.h"

namespace ecw {

void writeWorksheetInputs(CsvWriter& writer, const Scenario& scenario);
void writeWorksheetAssumptions(CsvWriter& writer, const ModelConstants& constants);
void writeWorksheetLineItems(CsvWriter& writer, const Estimate& estimate);
void writeWorksheetFindings(CsvWriter& writer, const Estimate& estimate);

// Scenario name and notes, then the four sections above.
void writeWorksheetCore(CsvWriter& writer, const ScenarioDocument& document, const Estimate& estimate);

// section,day,figure,low,expected,high,unit: the rows of `engram-capacity forecast --format csv`
// (writeForecastCsv: each figure at each milestone day, and "<figure>.with_margin" with the safety margin)
// with the section and unit columns added. Nothing when the engine has not computed.
void writeWorksheetForecast(CsvWriter& writer, const ForecastEngine& engine);
// section,cloud,pricing_model,component,monthly_usd: the rows of `engram-capacity cost --format csv`
// (writeCostCsv) with the section column added. Nothing without a price book.
void writeWorksheetCost(CsvWriter& writer, const ForecastEngine& engine);

} // namespace ecw
