// SPDX-License-Identifier: GPL-3.0-or-later
// The observed-state options of 'advise': --observed FILE (JSON, see docs/operations/advisor.md), one option
// per field (--cpu-percent 78, --p99-latency-ms 22, ...) on top, and what the node has now (--current-cores,
// --current-memory-bytes, --current-disk-bytes).
#pragma once

#include "CliArguments.h"
#include "HelpFormatter.h"
#include "ObservedState.h"

#include <vector>

namespace ecw {

class ObservedOptions
{
public:
    static void addSpecs(std::vector<OptionSpec>& specs);
    static void addHelp(HelpFormatter& help);
    // The file (if any) over the example state, then the options; every problem names its option or key.
    static Result<ObservedState> resolve(const CliArguments& args);
};

} // namespace ecw
