// SPDX-License-Identifier: GPL-3.0-or-later
// The spec's capacity formulas: a scenario and constants in, an estimate out. Pure; no I/O.
#pragma once

#include "Estimate.h"

namespace ecw {

// Computes every line item of the profile. Inputs are expected to be in range (see Validation.h);
// out-of-range inputs still give finite figures, never a crash or a division by zero.
Estimate estimate(const Scenario& scenario, const ModelConstants& constants = {}, Profile profile = Profile::Full);

// Same, reusing the storage of an earlier estimate (sweeps and slider drags allocate nothing).
void estimateInto(Estimate& out, const Scenario& scenario, const ModelConstants& constants, Profile profile);

// Rounds up, ignoring floating-point noise below one part in 10^9 (so 6.0000000001 cores is 6).
double ceilTolerant(double value);

} // namespace ecw
