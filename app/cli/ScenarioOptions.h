// SPDX-License-Identifier: GPL-3.0-or-later
// The options that describe a scenario, shared by every command that computes one: an option per input
// (generated from the input table), the calculator's six positional arguments, --set, --scenario and
// --profile.
#pragma once

#include "CliArguments.h"
#include "HelpFormatter.h"
#include "ScenarioDocument.h"

#include <vector>

namespace ecw {

class ScenarioOptions
{
public:
    static void addSpecs(std::vector<OptionSpec>& specs);
    static void addHelp(HelpFormatter& help);

    // The scenario file (if any) first, then the positional calculator inputs, the --<input> options and
    // the --set constants on top. Errors name the option or argument and the allowed range.
    static Result<ScenarioDocument> resolve(const CliArguments& args);

    static constexpr std::size_t kPositionalInputs = 6; // the spec script's $1..$6
};

} // namespace ecw
