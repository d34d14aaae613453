// SPDX-License-Identifier: GPL-3.0-or-later
// The helper programs engram-capacity hands work to, so that it links neither Qt nor libcurl itself:
// engram-capacity-export (PDF) and engram-capacity-prometheus (calibrate --prometheus).
#pragma once

#include "Result.h"

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace ecw {

// Where packages may keep the tools instead of bin/, relative to the folder of engram-capacity.
inline constexpr std::string_view kSiblingToolLibexec = "../libexec/engram-capacity-workbench";

// The folders searched, in order: the running binary's own folder (from /proc/self/exe), then kSiblingToolLibexec
// relative to it.
std::vector<std::string> siblingToolCandidates(std::string_view name);
// The first candidate that is an executable file; otherwise an error listing every place looked in, ending with
// "; " + hint.
Result<std::string> findSiblingTool(std::string_view name, std::string_view hint);
// Replaces this process with the tool, passing args unchanged (argv[0] is displayName, which the tool uses in its
// messages). Returns only on failure, with the reason.
Error execSiblingTool(const std::string& toolPath, std::string_view displayName, std::span<const std::string_view> args);

} // namespace ecw
