// SPDX-License-Identifier: GPL-3.0-or-later
// engram-capacity constants: every model constant with its key, default, unit, range and source.
#pragma once

#include "CliContext.h"

#include <span>
#include <string_view>

namespace ecw {

int runConstantsCommand(std::span<const std::string_view> args, CliContext& context);

} // namespace ecw
