// SPDX-License-Identifier: GPL-3.0-or-later
// What 'engram-capacity export' is asked to do, checked in plain C++: the CLI checks it before it starts the
// Qt export tool (so a typo costs no Qt start-up), and the tool checks the same way when run on its own.
#pragma once

#include "Clock.h"
#include "PriceOptions.h"
#include "ScenarioDocument.h"

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
};

struct ExportRequest
{
    ScenarioDocument document; // the built-in default scenario when no --scenario is given
    std::string pdfPath; // "" for none
    std::string csvPath; // "" for none
    WorksheetPageSize pageSize = WorksheetPageSize::A4;
    PriceSelection prices;
    Date today {};
};

// Reads and parses the scenario and the price book, checks the page size and the date. At least one of
// --pdf and --csv; they must differ. Errors name the option ("--page-size must be 'a4' or 'letter' ...").
Result<ExportRequest> resolveExportRequest(const ExportArguments& arguments);

// The worksheet CSV written atomically; "cannot write <path>: <reason>" on failure (nothing is left behind
// and an existing file keeps its content).
Result<std::size_t> writeWorksheetCsvFile(const ExportRequest& request, std::string_view appVersion);

} // namespace ecw
