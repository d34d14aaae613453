// SPDX-License-Identifier: GPL-3.0-or-later
// Parses the embedded book once; the bytes themselves are generated (BuiltinPriceBookData.cpp.in).
#include "BuiltinPriceBook.h"

#include "PriceBookJson.h"

namespace ecw {

const Result<std::shared_ptr<const PriceBook>>& builtinPriceBook()
{
    static const Result<std::shared_ptr<const PriceBook>> book = []() -> Result<std::shared_ptr<const PriceBook>> {
        Result<PriceBook> parsed = parsePriceBookJson(builtinPriceBookJson());
        if (!parsed)
            return Error { "built-in price book: " + parsed.error() };
        return std::shared_ptr<const PriceBook>(std::make_shared<PriceBook>(std::move(parsed).value()));
    }();
    return book;
}

} // namespace ecw
