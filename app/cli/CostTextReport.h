// SPDX-License-Identifier: GPL-3.0-or-later
// 'engram-capacity cost' for people: the price book's date (and a warning when it is old), per cloud the
// recommended instances with alternatives, utilization and scale day, the monthly bill per pricing model,
// and the tier-optimization savings.
#pragma once

#include "CostOutput.h"
#include "ForecastEngine.h"

#include <string>

namespace ecw {

// origin: where the book came from ("built-in price book" or a path), printed beside its date.
std::string writeCostText(const ForecastEngine& engine, const CostOutputOptions& options, const std::string& origin);

} // namespace ecw
