// SPDX-License-Identifier: GPL-3.0-or-later
// Fills a printable worksheet from a scenario and its estimate: every figure with its formula.
#pragma once

#include "Estimate.h"
#include "ScenarioDocument.h"
#include "WorksheetDocument.h"

#include <string>

namespace ecw {

struct WorksheetMeta {
    std::string appVersion; // "0.1.0"
    std::string date; // ISO date the worksheet was made, "2026-11-29"
    std::string priceBookDate; // as-of date of the price book in use; "" when no costs are shown
};

// Title block, inputs, tier breakdown chart, one table per section of line items (formula and
// substituted values), warnings and recommendations. Forecast and cost sections are appended by
// their own builders; appendAssumptions() closes the worksheet with every constant.
WorksheetDocument buildWorksheet(const ScenarioDocument& document, const Estimate& estimate, const WorksheetMeta& meta);
void appendAssumptions(WorksheetDocument& worksheet, const ModelConstants& constants);

} // namespace ecw
