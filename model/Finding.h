// SPDX-License-Identifier: GPL-3.0-or-later
// A warning or recommendation the estimate raises, with the reason it fired.
#pragma once

#include <string>
#include <string_view>

namespace ecw {

enum class Severity { Info, Recommendation, Warning };

std::string_view severityName(Severity severity);

struct Finding {
    std::string_view id; // "warning.cpu_cores"
    Severity severity = Severity::Warning;
    std::string message; // what to do
    std::string reason; // why it fired, with the numbers: "cpu.total = 13.2 cores > 8 cores"
};

} // namespace ecw
