// SPDX-License-Identifier: GPL-3.0-or-later
// One subcommand of engram-capacity: a row of the command table (CommandTable.cpp).
#pragma once

#include "CliContext.h"

#include <span>
#include <string_view>

namespace ecw {

struct CliCommand
{
    std::string_view name; // "estimate"
    std::string_view summary; // one line for the global --help
    // Runs with the arguments after the command name; returns an ExitCode.
    int (*run)(std::span<const std::string_view> args, CliContext& context);
};

} // namespace ecw
