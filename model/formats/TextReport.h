// SPDX-License-Identifier: GPL-3.0-or-later
// The human-readable report. The reference profile reproduces the spec calculator's layout line for line
// (with honest MiB/GiB units and rounded-up recommendations) so that scripts/estimate_capacity.sh prints
// byte-identical text; the full profile adds every extra item, section and finding reason.
#pragma once

#include "Estimate.h"

#include <string>

namespace ecw {

std::string writeTextReport(const Estimate& estimate);

// How the report spells an input value: whole numbers in plain digits, others in the fewest significant
// digits that read back to the same double ("%.<p>g"). scripts/estimate_capacity.sh does the same in awk.
std::string formatInputNumber(double value);

} // namespace ecw
