// SPDX-License-Identifier: GPL-3.0-or-later
// The formats layer's one piece of file I/O: replace a file so a reader sees either the old or the new
// content, never half of it, and a failed write leaves an existing file untouched.
#pragma once

#include "Result.h"

#include <cstddef>
#include <string>
#include <string_view>

namespace ecw {

// Writes bytes to a temporary file in the target's folder, flushes it to disk and renames it over the
// target. Returns the number of bytes written, or "cannot write <path>: <reason>".
Result<std::size_t> writeFileAtomically(const std::string& path, std::string_view bytes);

} // namespace ecw
