// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportRequest.h"

#include "AtomicFile.h"
#include "FullWorksheet.h"
#include "ScenarioJson.h"
#include "TextFile.h"

#include <algorithm>
#include <cctype>

namespace ecw {

namespace {

std::string lower(std::string text)
{
    std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return std::tolower(c); });
    return text;
}

} // namespace

Result<ExportRequest> resolveExportRequest(const ExportArguments& arguments)
{
    ExportRequest request;
    if (!arguments.pdf && !arguments.csv)
        return Error { "nothing to export: give --pdf FILE, --csv FILE or both" };
    if (arguments.pdf) {
        if (arguments.pdf->empty())
            return Error { "--pdf needs a file name" };
        request.pdfPath = *arguments.pdf;
    }
    if (arguments.csv) {
        if (arguments.csv->empty())
            return Error { "--csv needs a file name" };
        request.csvPath = *arguments.csv;
    }
    if (arguments.pdf && arguments.csv && *arguments.pdf == *arguments.csv)
        return Error { "--pdf and --csv name the same file (" + *arguments.pdf + ")" };
    if (arguments.pageSize) {
        const std::string name = lower(*arguments.pageSize);
        if (name == "a4")
            request.pageSize = WorksheetPageSize::A4;
        else if (name == "letter")
            request.pageSize = WorksheetPageSize::Letter;
        else
            return Error { "--page-size must be 'a4' or 'letter' (got '" + *arguments.pageSize + "')" };
    }
    if (arguments.scenario) {
        Result<std::string> text = readTextFile(*arguments.scenario);
        if (!text)
            return Error { "--scenario: " + text.error() };
        Result<ScenarioDocument> parsed = parseScenarioJson(*text);
        if (!parsed)
            return Error { "--scenario " + *arguments.scenario + ": " + parsed.error() };
        request.document = std::move(parsed).value();
    }
    Result<PriceSelection> prices = PriceOptions::load(arguments.priceBook ? &*arguments.priceBook : nullptr);
    if (!prices)
        return Error { prices.error() };
    request.prices = std::move(prices).value();
    if (arguments.today) {
        const std::optional<Date> date = parseIsoDate(*arguments.today);
        if (!date)
            return Error { "--today must be a calendar date as YYYY-MM-DD (got '" + *arguments.today + "')" };
        request.today = *date;
    } else {
        request.today = SystemClock().today();
    }
    return request;
}

Result<std::size_t> writeWorksheetCsvFile(const ExportRequest& request, std::string_view appVersion)
{
    const FixedClock clock(request.today);
    FullWorksheetOptions options;
    options.priceBook = request.prices.book;
    options.costOptions = request.prices.costOptions;
    options.appVersion = appVersion;
    const FullWorksheet worksheet(request.document, clock, options);
    return writeFileAtomically(request.csvPath, worksheet.csv());
}

} // namespace ecw
