// SPDX-License-Identifier: GPL-3.0-or-later
#include "PriceOptions.h"

#include "BuiltinPriceBook.h"
#include "PriceBookJson.h"
#include "TextFile.h"
#include "Validation.h"

namespace ecw {

namespace {

std::string cloudKeys()
{
    return "'aws', 'gcp' or 'azure'";
}

} // namespace

void PriceOptions::addSpecs(std::vector<OptionSpec>& specs, bool withDiscounts)
{
    specs.push_back({ "price-book", "FILE", false });
    if (!withDiscounts)
        return;
    specs.push_back({ "pricing", "MODEL", false });
    specs.push_back({ "discount", "CLOUD=FRACTION", true });
}

void PriceOptions::addHelp(HelpFormatter& help, bool withDiscounts)
{
    help.heading("Price options:");
    help.option("--price-book FILE",
                "Price with this book (engram-capacity-pricebook JSON, e.g. negotiated prices) instead of the "
                "built-in one. A malformed book is refused with the JSON path of the problem.");
    if (!withDiscounts)
        return;
    help.option("--pricing MODEL",
                "on-demand (the default), 1yr, 3yr or spot: the pricing model the recommended instances are "
                "chosen and the cost curves priced with.");
    help.option("--discount CLOUD=FRACTION",
                "The planner's flat discount for a cloud (aws, gcp, azure), 0 to 1, off the whole bill after the "
                "pricing model; repeatable, once per cloud.");
}

Result<PriceSelection> PriceOptions::load(const std::string* path)
{
    PriceSelection selection;
    if (path != nullptr) {
        if (path->empty())
            return Error { "--price-book needs a file name" };
        Result<std::string> text = readTextFile(*path);
        if (!text)
            return Error { "--price-book: " + text.error() };
        Result<PriceBook> book = parsePriceBookJson(*text);
        if (!book)
            return Error { "--price-book " + *path + ": " + book.error() };
        selection.book = std::make_shared<const PriceBook>(std::move(book).value());
        selection.origin = *path;
    } else {
        const Result<std::shared_ptr<const PriceBook>>& builtin = builtinPriceBook();
        if (!builtin)
            return Error { builtin.error() };
        selection.book = *builtin;
        selection.origin = "built-in price book";
    }
    return selection;
}

Result<PriceSelection> PriceOptions::resolve(const CliArguments& args)
{
    Result<PriceSelection> loaded = load(args.value("price-book"));
    if (!loaded)
        return loaded;
    PriceSelection selection = std::move(loaded).value();

    if (const std::string* name = args.value("pricing")) {
        const std::optional<PricingModel> model = parsePricingModel(*name);
        if (!model)
            return Error { "--pricing must be 'on-demand', '1yr', '3yr' or 'spot' (got '" + *name + "')" };
        selection.pricing = *model;
        selection.costOptions.curveModel = *model;
    }

    std::vector<Cloud> seen;
    for (const std::string& assignment : args.values("discount")) {
        const std::size_t equals = assignment.find('=');
        if (equals == std::string::npos)
            return Error { "--discount needs CLOUD=FRACTION, e.g. aws=0.15 (got '" + assignment + "')" };
        const std::string key = assignment.substr(0, equals);
        const std::string text = assignment.substr(equals + 1);
        const std::optional<Cloud> cloud = parseCloud(key);
        if (!cloud)
            return Error { "--discount: the cloud must be " + cloudKeys() + " (got '" + key + "')" };
        for (Cloud earlier : seen)
            if (earlier == *cloud)
                return Error { "--discount " + key + " given more than once" };
        seen.push_back(*cloud);
        if (selection.book->find(*cloud) == nullptr)
            return Error { "--discount " + key + ": the price book (" + selection.origin + ") has no " + key
                           + " prices" };
        const std::optional<double> fraction = parseNumber(text);
        if (!fraction || *fraction < 0 || *fraction > 1)
            return Error { "--discount " + key + " must be a fraction from 0 to 1 (got '" + text + "')" };
        selection.costOptions.flatDiscount[cloudIndex(*cloud)] = *fraction;
    }
    return selection;
}

} // namespace ecw
