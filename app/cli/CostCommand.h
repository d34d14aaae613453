// SPDX-License-Identifier: GPL-3.0-or-later
// engram-capacity cost: what to buy on each cloud and what it costs: recommended instances with alternatives,
// the monthly bill per pricing model, tier savings and, on request, the cost curves; as text, JSON or CSV.
#pragma once

#include "CliContext.h"

#include <span>
#include <string>
#include <string_view>

namespace ecw {

int runCostCommand(std::span<const std::string_view> args, CliContext& context);
std::string costHelpText();

} // namespace ecw
