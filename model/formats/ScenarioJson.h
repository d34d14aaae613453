// SPDX-License-Identifier: GPL-3.0-or-later
// The scenario file format (JSON, schema versioned). Strings in, strings out: no file I/O here.
#pragma once

#include "Result.h"
#include "ScenarioDocument.h"

#include <string>
#include <string_view>

namespace ecw {

inline constexpr int kScenarioSchemaVersion = 1;
inline constexpr std::string_view kScenarioFormatName = "engram-capacity-scenario";

// Rejects malformed JSON, a newer schema version, unknown or out-of-range inputs and constants with
// a message naming the field and its allowed range.
Result<ScenarioDocument> parseScenarioJson(std::string_view text);
std::string writeScenarioJson(const ScenarioDocument& document);

} // namespace ecw
