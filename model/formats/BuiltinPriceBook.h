// SPDX-License-Identifier: GPL-3.0-or-later
// The price book compiled into the program (resources/pricebook/engram-pricebook.json at build time): what the
// CLI and the workbench price with when the planner gives no book of their own. Plain C++, no Qt resources.
#pragma once

#include "PriceBook.h"
#include "Result.h"

#include <memory>
#include <string_view>

namespace ecw {

// The book's JSON text, byte for byte as committed.
std::string_view builtinPriceBookJson();

// The book parsed on first use and shared from then on (thread-safe). The committed book always parses
// (tests check it), so an error here means the build embedded a broken file; it carries the parser's message.
const Result<std::shared_ptr<const PriceBook>>& builtinPriceBook();

} // namespace ecw
