// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to ecw_formats (includes nlohmann_json): writes whole numbers as JSON integers so files read
// "nodes": 1000000 rather than 1000000.0; everything else as the shortest round-trip double.
#pragma once

#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdint>

namespace ecw {

inline nlohmann::ordered_json jsonNumber(double value)
{
    // 2^53: beyond it not every integer is a double, so keep the double's own spelling.
    constexpr double kExactIntegerLimit = 9007199254740992.0;
    if (std::isfinite(value) && value == std::floor(value) && std::fabs(value) <= kExactIntegerLimit)
        return static_cast<std::int64_t>(value);
    return value;
}

} // namespace ecw
