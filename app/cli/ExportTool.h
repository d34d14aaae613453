// SPDX-License-Identifier: GPL-3.0-or-later
// Finds and starts engram-capacity-export, the Qt tool that paints PDF worksheets, so engram-capacity itself
// never links or loads Qt.
#pragma once

#include "Result.h"

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace ecw {

inline constexpr std::string_view kExportToolName = "engram-capacity-export";
// Where packages may keep the tool instead of bin/, relative to the folder of engram-capacity.
inline constexpr std::string_view kExportToolLibexec = "../libexec/engram-capacity-workbench";

// The folders searched, in order: the running binary's own folder (from /proc/self/exe), then
// kExportToolLibexec relative to it.
std::vector<std::string> exportToolCandidates();
// The first candidate that is an executable file; an error listing every place looked in otherwise.
Result<std::string> findExportTool();
// Replaces this process with the tool, passing args unchanged (argv[0] is displayName, which the tool uses
// in its messages). Returns only on failure, with the reason.
Error execExportTool(const std::string& toolPath, std::string_view displayName, std::span<const std::string_view> args);

} // namespace ecw
