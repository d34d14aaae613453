// SPDX-License-Identifier: GPL-3.0-or-later
// The price options of 'forecast', 'cost' and 'export': which price book (the built-in one unless
// --price-book), which pricing model the recommendation uses, and the planner's flat discounts.
#pragma once

#include "CliArguments.h"
#include "CostModel.h"
#include "HelpFormatter.h"
#include "PriceBook.h"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace ecw {

struct PriceSelection
{
    std::shared_ptr<const PriceBook> book;
    std::string origin; // "built-in price book" or the --price-book path
    CostOptions costOptions; // flat discounts; curveModel is --pricing (on-demand when absent)
    std::optional<PricingModel> pricing; // --pricing as given
};

class PriceOptions
{
public:
    // withDiscounts: --pricing and --discount as well as --price-book.
    static void addSpecs(std::vector<OptionSpec>& specs, bool withDiscounts = true);
    static void addHelp(HelpFormatter& help, bool withDiscounts = true);

    // Reads and parses --price-book (its parser's message names the JSON path of the problem), else takes the
    // built-in book; then --pricing and --discount CLOUD=FRACTION (0 to 1, once per cloud the book prices).
    static Result<PriceSelection> resolve(const CliArguments& args);
    // The book alone: the file at path (nullptr: the built-in book). Errors start with "--price-book".
    static Result<PriceSelection> load(const std::string* path);
};

} // namespace ecw
