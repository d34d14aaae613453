// SPDX-License-Identifier: GPL-3.0-or-later
// Reading a whole (small) text file for the CLI: scenario files.
#pragma once

#include "Result.h"

#include <string>

namespace ecw {

// The file's bytes, or "cannot read <path>: <reason>". Refuses folders and files over 64 MiB.
Result<std::string> readTextFile(const std::string& path);

} // namespace ecw
