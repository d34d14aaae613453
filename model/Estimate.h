// SPDX-License-Identifier: GPL-3.0-or-later
// The result of one computation: every figure as a line item plus the warnings it raised.
#pragma once

#include "Constants.h"
#include "Finding.h"
#include "LineItem.h"
#include "Profile.h"
#include "Scenario.h"

#include <string_view>
#include <vector>

namespace ecw {

struct Estimate {
    Profile profile = Profile::Full;
    Scenario scenario;
    ModelConstants constants;
    std::vector<LineItem> items;
    std::vector<Finding> findings;

    const LineItem* find(std::string_view id) const;
    // The value of an item; 0 if the profile does not compute it.
    double value(std::string_view id) const;
    bool has(std::string_view id) const { return find(id) != nullptr; }
};

// Stable reference ids of inputs and constants in formulas: "input.nodes", "const.hash_table_overhead".
std::string_view inputRef(InputId id);
std::string_view constantRef(ConstantId id);

// Line items for the inputs and the constants, for worksheets and "show your work" panels.
std::vector<LineItem> inputLineItems(const Scenario& scenario);
std::vector<LineItem> constantLineItems(const ModelConstants& constants);

} // namespace ecw
