// SPDX-License-Identifier: GPL-3.0-or-later
// The engram-capacity entry point without main(): global options and dispatch through the command table.
#pragma once

#include "CliContext.h"

#include <span>
#include <string>
#include <string_view>

namespace ecw {

// args excludes the program name. Returns the process exit code.
int runCli(std::span<const std::string_view> args, CliContext& context);
std::string globalHelpText();

} // namespace ecw
