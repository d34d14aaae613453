// SPDX-License-Identifier: GPL-3.0-or-later
// The input grid the grid tests walk: every input of model/Inputs.h at its minimum and maximum (zero is
// the minimum or below it for every input, so "zero clamped into range" is the minimum), the smallest
// step above zero where zero is allowed, alone (the rest at their defaults) and combined (all minimum,
// all maximum and a fixed-seed mix of extremes), each in both profiles.
#pragma once

#include "ScenarioDocument.h"

#include <string>
#include <vector>

namespace ecw::test {

struct GridPoint
{
    std::string name; // a test name: "nodes_max_full", "mix3_reference"
    ScenarioDocument document; // inputs, profile, and forecast rates in the order the CLI requires
};

std::vector<GridPoint> gridPoints();
// A few points that cover the corners (all minimum, all maximum, a mix), for the slow PDF export.
std::vector<GridPoint> cornerGridPoints();

} // namespace ecw::test
