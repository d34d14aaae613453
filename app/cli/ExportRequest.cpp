// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportRequest.h"

#include "AtomicFile.h"
#include "CalibrationOutput.h"
#include "CalibrationSection.h"
#include "CsvWriter.h"
#include "FullWorksheet.h"
#include "ScenarioJson.h"
#include "TelemetryFiles.h"
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

FullWorksheetOptions worksheetOptions(const ExportRequest& request, std::string_view appVersion)
{
    FullWorksheetOptions options;
    options.priceBook = request.prices.book;
    options.costOptions = request.prices.costOptions;
    options.appVersion = appVersion;
    return options;
}

// The series in the file, calibrated against the scenario with the request's prices (as the Observed tab does).
Result<std::shared_ptr<const Calibration>> calibrateFromFile(const std::string& path, const ExportRequest& request)
{
    if (path.empty())
        return Error { "--telemetry needs a file name" };
    const Result<std::string> text = readTextFile(path);
    if (!text)
        return Error { "--telemetry: " + text.error() };
    Result<TelemetrySet> read = readTelemetryFile(*text, path);
    if (!read)
        return Error { "--telemetry " + read.error() };
    TelemetrySet telemetry = std::move(read).value();
    telemetry.source.fetchedAt = currentTimestamp();
    CalibrationOptions options;
    options.cost = request.prices.costOptions;
    options.pricing = options.cost.curveModel;
    Result<Calibration> calibration = calibrate(telemetry, request.document, request.prices.book.get(), options);
    if (!calibration)
        return Error { "--telemetry " + path + ": " + calibration.error() };
    return std::make_shared<const Calibration>(std::move(calibration).value());
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
    if (arguments.telemetry) {
        Result<std::shared_ptr<const Calibration>> calibration = calibrateFromFile(*arguments.telemetry, request);
        if (!calibration)
            return Error { calibration.error() };
        request.calibration = std::move(calibration).value();
    }
    return request;
}

WorksheetDocument requestedWorksheet(const ExportRequest& request, std::string_view appVersion)
{
    const FixedClock clock(request.today);
    WorksheetDocument document = FullWorksheet(request.document, clock, worksheetOptions(request, appVersion)).worksheet();
    if (request.calibration)
        insertCalibrationSection(document, *request.calibration);
    return document;
}

Result<std::size_t> writeWorksheetCsvFile(const ExportRequest& request, std::string_view appVersion)
{
    const FixedClock clock(request.today);
    std::string csv = FullWorksheet(request.document, clock, worksheetOptions(request, appVersion)).csv();
    if (request.calibration) {
        // Its own section after a blank line, with its own header row: the workbench's CSV export, byte for byte.
        CsvWriter writer;
        writer.blankLine();
        writeCalibrationCsv(writer, *request.calibration);
        csv += writer.take();
    }
    return writeFileAtomically(request.csvPath, csv);
}

} // namespace ecw
