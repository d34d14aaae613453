// SPDX-License-Identifier: GPL-3.0-or-later
// engram-capacity export: the full worksheet as PDF (A4 or US Letter) and/or CSV. The arguments are checked
// here; the PDF is painted by engram-capacity-export (Qt), which this command execs, so the rest of the CLI
// stays free of Qt. A CSV alone is written here without it.
#pragma once

#include "CliContext.h"

#include <span>
#include <string>
#include <string_view>

namespace ecw {

int runExportCommand(std::span<const std::string_view> args, CliContext& context);
std::string exportHelpText();

} // namespace ecw
