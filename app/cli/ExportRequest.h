// SPDX-License-Identifier: GPL-3.0-or-later
// What 'engram-capacity export' is asked to do, checked in plain C++: the CLI checks it before it starts the
// Qt export tool (so a typo costs no Qt start-up), and the tool checks the same way when run on its own.
#pragma once

#include "Calibration.h"
#include "Clock.h"
#include "PriceOptions.h"
#include "ScenarioDocument.h"
#include "WorksheetDocument.h"

#include <memory>
#include <optional>
#include <string>

namespace ecw {

enum class WorksheetPageSize
{
    A4,
    Letter
};

// The options as given, before any check; absent options are empty.
struct ExportArguments
{
    std::optional<std::string> scenario;
    std::optional<std::string> pdf;
    std::optional<std::string> csv;
    std::optional<std::string> pageSize;
    std::optional<std::string> priceBook;
    std::optional<std::string> today;
    std::optional<std::string> telemetry;
};

struct ExportRequest
{
    ScenarioDocument document; // the built-in default scenario when no --scenario is given
    std::string pdfPath; // "" for none
    std::string csvPath; // "" for none
    WorksheetPageSize pageSize = WorksheetPageSize::A4;
    PriceSelection prices;
    Date today {};
    // --telemetry FILE calibrated against the scenario: the worksheet's "Observed vs predicted" section.
    std::shared_ptr<const Calibration> calibration;
};

// Reads and parses the scenario and the price book, checks the page size and the date. At least one of
// --pdf and --csv; they must differ. With --telemetry, reads the series (query_range JSON or OpenMetrics) and
// calibrates the scenario against them. Errors name the option ("--page-size must be 'a4' or 'letter' ...").
Result<ExportRequest> resolveExportRequest(const ExportArguments& arguments);

// The worksheet with its "Observed vs predicted" section when the request carries a calibration.
WorksheetDocument requestedWorksheet(const ExportRequest& request, std::string_view appVersion);
// The worksheet CSV (its calibration section after a blank line) written atomically; "cannot write <path>: <reason>" on failure (nothing is left behind
// and an existing file keeps its content).
Result<std::size_t> writeWorksheetCsvFile(const ExportRequest& request, std::string_view appVersion);

} // namespace ecw
