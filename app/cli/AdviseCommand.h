// SPDX-License-Identifier: GPL-3.0-or-later
// engram-capacity advise: the scaling advisor. Reads the observed state (a JSON file and/or one option per
// field), applies the spec's CPU and memory matrices and storage triggers, and turns each action into a target
// with the instance to buy per cloud and the monthly cost difference; as text, JSON or CSV.
#pragma once

#include "CliContext.h"

#include <span>
#include <string>
#include <string_view>

namespace ecw {

int runAdviseCommand(std::span<const std::string_view> args, CliContext& context);
std::string adviseHelpText();

} // namespace ecw
