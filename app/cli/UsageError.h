// SPDX-License-Identifier: GPL-3.0-or-later
// Reports bad usage or input the same way for every command: the message on stderr, where to get help,
// exit code 2, and nothing on stdout.
#pragma once

#include "CliContext.h"

#include <string_view>

namespace ecw {

int reportUsageError(CliContext& context, std::string_view command, std::string_view message);

} // namespace ecw
