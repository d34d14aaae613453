// SPDX-License-Identifier: GPL-3.0-or-later
// RFC 4180 CSV reader (quoted fields, doubled quotes, CRLF or LF rows), the counterpart of CsvWriter.
#pragma once

#include "Result.h"

#include <string>
#include <string_view>
#include <vector>

namespace ecw {

using CsvRow = std::vector<std::string>;

// Rows of fields; a trailing line break does not start an empty row. Rejects an unterminated quoted
// field and text after a closing quote, naming the line.
Result<std::vector<CsvRow>> parseCsv(std::string_view text);

} // namespace ecw
