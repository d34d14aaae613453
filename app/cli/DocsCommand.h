// SPDX-License-Identifier: GPL-3.0-or-later
// engram-capacity docs: writes the spec's four operator documents (and the how-to's observed state) from
// the model into a docs directory, each file atomically. The operator-docs build target runs it on docs/,
// and a test runs it into a temporary directory and compares.
#pragma once

#include "CliContext.h"

#include <span>
#include <string>
#include <string_view>

namespace ecw {

int runDocsCommand(std::span<const std::string_view> args, CliContext& context);
std::string docsHelpText();

} // namespace ecw
