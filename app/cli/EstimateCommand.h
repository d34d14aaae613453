// SPDX-License-Identifier: GPL-3.0-or-later
// engram-capacity estimate: one scenario in, the estimate out as text, JSON or CSV.
#pragma once

#include "CliContext.h"

#include <span>
#include <string>
#include <string_view>

namespace ecw {

int runEstimateCommand(std::span<const std::string_view> args, CliContext& context);
std::string estimateHelpText();

} // namespace ecw
