// SPDX-License-Identifier: GPL-3.0-or-later
// Every subcommand, in the order the global help lists them. A new command adds one row here.
#pragma once

#include "CliCommand.h"

#include <span>
#include <string_view>

namespace ecw {

std::span<const CliCommand> commandTable();
const CliCommand* findCommand(std::string_view name);

} // namespace ecw
