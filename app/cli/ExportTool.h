// SPDX-License-Identifier: GPL-3.0-or-later
// Finds and starts engram-capacity-export, the Qt tool that paints PDF worksheets, so engram-capacity itself
// never links or loads Qt.
#pragma once

#include "SiblingTool.h"

namespace ecw {

inline constexpr std::string_view kExportToolName = "engram-capacity-export";
inline constexpr std::string_view kExportToolLibexec = kSiblingToolLibexec;

std::vector<std::string> exportToolCandidates();
Result<std::string> findExportTool();
Error execExportTool(const std::string& toolPath, std::string_view displayName, std::span<const std::string_view> args);

} // namespace ecw
