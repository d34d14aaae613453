// SPDX-License-Identifier: GPL-3.0-or-later
// Cost, instance recommendation and tier savings as JSON and CSV for `engram-capacity cost`.
#pragma once

#include "ForecastEngine.h"

#include <string>
#include <vector>

namespace ecw {

inline constexpr std::string_view kCostFormatName = "engram-capacity-cost";
inline constexpr int kCostSchemaVersion = 1;

struct CostOutputOptions
{
    std::vector<Cloud> clouds; // empty: every cloud the book prices
    std::vector<PricingModel> models; // empty: all four
    bool includeCurves = false; // cost over 0..horizon and cost against node count (JSON only)
};

// USD per 730-hour month, bytes, cores; dates as YYYY-MM-DD.
std::string writeCostJson(const ForecastEngine& engine, const CostOutputOptions& options = {});

// RFC 4180 (CRLF rows, '.' decimals): cloud,pricing_model,component,monthly_usd with components compute,
// block_storage, object_storage, egress and total per offered pricing model, then the tier-optimization
// savings (pricing_model "n/a"; cloud "spec" for the spec's cloud-neutral figures).
std::string writeCostCsv(const ForecastEngine& engine, const CostOutputOptions& options = {});

} // namespace ecw
