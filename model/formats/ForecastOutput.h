// SPDX-License-Identifier: GPL-3.0-or-later
// The forecast as JSON and CSV for `engram-capacity forecast`: milestones, runway and, on request, every day.
#pragma once

#include "ForecastEngine.h"

#include <string>

namespace ecw {

inline constexpr std::string_view kForecastFormatName = "engram-capacity-forecast";
inline constexpr int kForecastSchemaVersion = 1;

struct ForecastOutputOptions
{
    bool includeSeries = false; // every day 0..horizon of the charted figures
    bool includeRunway = true; // per cloud of the price book (JSON only)
};

// Base units (nodes, bytes, cores, ops/s, USD per 730-hour month); dates as YYYY-MM-DD.
std::string writeForecastJson(const ForecastEngine& engine, const ForecastOutputOptions& options = {});

// RFC 4180 (CRLF rows, '.' decimals): day,figure,low,expected,high. At each milestone day every figure
// appears twice: "<figure>" and "<figure>.with_margin" (worksheet step 2's 30% safety margin). With
// includeSeries, the other days follow in day order with the plain figures only. An empty value means
// the figure is unavailable (a cloud that does not offer the pricing model).
std::string writeForecastCsv(const ForecastEngine& engine, const ForecastOutputOptions& options = {});

} // namespace ecw
