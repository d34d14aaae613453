// SPDX-License-Identifier: GPL-3.0-or-later
// The price book format (JSON, schema versioned). Strings in, strings out: no file I/O here.
#pragma once

#include "PriceBook.h"
#include "Result.h"

#include <string>
#include <string_view>

namespace ecw {

inline constexpr int kPriceBookSchemaVersion = 1;
inline constexpr std::string_view kPriceBookFormatName = "engram-capacity-pricebook";

// Rejects a malformed book with a message naming the JSON path and the problem: a missing field, a
// negative price, zero vCPUs, a cloud without instance types, a date that is not YYYY-MM-DD, an unknown
// field (a typo would otherwise drop a price silently). A book may price one, two or all three clouds.
Result<PriceBook> parsePriceBookJson(std::string_view text);
std::string writePriceBookJson(const PriceBook& book);

} // namespace ecw
