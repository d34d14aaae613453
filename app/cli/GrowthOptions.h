// SPDX-License-Identifier: GPL-3.0-or-later
// The growth options of 'forecast' and 'cost': growth model, low/expected/high rates, points, ops/s growth,
// milestone days and horizon, applied on top of the scenario's forecast settings.
#pragma once

#include "CliArguments.h"
#include "HelpFormatter.h"
#include "ScenarioDocument.h"

#include <vector>

namespace ecw {

class GrowthOptions
{
public:
    static void addSpecs(std::vector<OptionSpec>& specs);
    static void addHelp(HelpFormatter& help);

    // Applies the options to document.forecast (after ScenarioOptions::resolve). --growth-rate, an input
    // option, also becomes the expected compound rate so backup sizing and the forecast never disagree.
    // Errors name the option and its range; the bands must end up ordered low <= expected <= high.
    static Result<ScenarioDocument> apply(const CliArguments& args, ScenarioDocument document);

    // --days (default 30,60,90): whole days from 1 to 3,650, no repeats, in the order given.
    static Result<std::vector<int>> milestoneDays(const CliArguments& args);
};

} // namespace ecw
