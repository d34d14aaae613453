// SPDX-License-Identifier: GPL-3.0-or-later
// What a command talks to: its output and error streams (tests pass string streams).
#pragma once

#include <ostream>
#include <string_view>

namespace ecw {

inline constexpr std::string_view kProgramName = "engram-capacity";

struct CliContext
{
    std::ostream& out;
    std::ostream& err;
};

} // namespace ecw
