// SPDX-License-Identifier: GPL-3.0-or-later
// Input checks: every message names the field and its allowed range.
#pragma once

#include "Constants.h"
#include "Scenario.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ecw {

struct ValidationError {
    std::string field; // the input or constant key ("nodes", "hash_table_overhead")
    std::string message; // "nodes must be a whole number from 0 to 1,000,000,000,000 (got 1.5)"
};

std::string describeRange(double minimum, double maximum, Unit unit, bool wholeNumber);
std::optional<ValidationError> checkInput(InputId id, double value);
std::optional<ValidationError> checkConstant(ConstantId id, double value);
std::vector<ValidationError> validate(const Scenario& scenario);
std::vector<ValidationError> validate(const ModelConstants& constants);

// Parses a decimal number the way a planner types it: "1000000", "1e6", "0.25". Rejects separators,
// trailing garbage, NaN and infinity.
std::optional<double> parseNumber(std::string_view text);

} // namespace ecw
