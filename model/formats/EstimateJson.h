// SPDX-License-Identifier: GPL-3.0-or-later
// The estimate as one JSON object: tool, version, profile, inputs, constants, every line item and every
// finding. Base units only (bytes, bytes/s, seconds, cores, nodes).
#pragma once

#include "Estimate.h"

#include <string>
#include <string_view>

namespace ecw {

inline constexpr std::string_view kEstimateJsonFormatName = "engram-capacity-estimate";

std::string writeEstimateJson(const Estimate& estimate, std::string_view tool, std::string_view version);

} // namespace ecw
