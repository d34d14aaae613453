// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportCommand.h"

#include "CliArguments.h"
#include "CliVersion.h"
#include "ExitCode.h"
#include "ExportRequest.h"
#include "ExportTool.h"
#include "HelpFormatter.h"
#include "UsageError.h"

#include <iostream>
#include <vector>

namespace ecw {

namespace {

constexpr std::string_view kCommand = "export";

std::vector<OptionSpec> exportSpecs()
{
    return { { "scenario", "FILE", false },  { "pdf", "FILE", false },        { "csv", "FILE", false },
             { "page-size", "NAME", false }, { "price-book", "FILE", false }, { "today", "YYYY-MM-DD", false },
             { "telemetry", "FILE", false }, { "help", "", false } };
}

std::optional<std::string> optional(const CliArguments& args, std::string_view name)
{
    if (const std::string* value = args.value(name))
        return *value;
    return std::nullopt;
}

} // namespace

std::string exportHelpText()
{
    HelpFormatter help;
    help.line("Usage: engram-capacity export [--scenario FILE] [--pdf FILE] [--csv FILE] [--page-size a4|letter]");
    help.line("                              [--price-book FILE] [--today YYYY-MM-DD] [--telemetry FILE]");
    help.line();
    help.line("Writes the capacity worksheet of a scenario (the built-in default scenario without --scenario):");
    help.line("inputs, tier chart, every line item with its formula and this scenario's numbers, warnings, the");
    help.line("30/60/90-day forecast with charts, runway, cost per cloud with recommended instances and the price");
    help.line("sources, tier savings and every assumption. Works without a display.");
    help.heading("Options:");
    help.option("--scenario FILE", "The scenario (engram-capacity-scenario JSON, as the workbench saves it).");
    help.option("--pdf FILE",
                "Write the worksheet as PDF: vector charts, real text, page numbers. Painted by "
                "engram-capacity-export (installed beside engram-capacity).");
    help.option("--csv FILE",
                "Write the worksheet as one UTF-8 RFC 4180 CSV file: sections scenario, inputs, assumptions, "
                "line items, findings, forecast and cost; base units, '.' decimals.");
    help.option("--page-size NAME", "a4 (the default) or letter.");
    help.option("--price-book FILE", "Price with this book instead of the built-in one.");
    help.option("--today YYYY-MM-DD", "The worksheet's date and day 0 of the forecast (default: today, UTC).");
    help.option("--telemetry FILE",
                "Add the \"Observed vs predicted\" section: the series in FILE (query_range JSON or OpenMetrics, as "
                "'calibrate --save-telemetry' writes) calibrated against the scenario, as in 'calibrate --from-file'.");
    help.option("-h, --help", "Show this help.");
    help.line();
    help.line("At least one of --pdf and --csv. Each file is replaced atomically: a failed export leaves an");
    help.line("existing file as it was.");
    help.heading("Exit status:");
    help.line("  0 success; 1 a file could not be written, or the PDF tool is missing; 2 bad usage or input.");
    help.heading("Examples:");
    help.line("  engram-capacity export --pdf worksheet.pdf");
    help.line("  engram-capacity export --scenario big.json --pdf big.pdf --csv big.csv --page-size letter");
    help.line("  engram-capacity export --scenario prod.json --telemetry prod-14d.json --pdf prod.pdf");
    return help.text();
}

int runExportCommand(std::span<const std::string_view> args, CliContext& context)
{
    const std::vector<OptionSpec> specs = exportSpecs();
    const Result<CliArguments> parsed = CliArguments::parse(specs, args);
    if (!parsed)
        return reportUsageError(context, kCommand, parsed.error());
    if (parsed->has("help")) {
        context.out << exportHelpText() << std::flush;
        return context.out ? ExitSuccess : ExitFailure;
    }
    if (!parsed->positionals().empty())
        return reportUsageError(context, kCommand,
                                "unexpected argument '" + parsed->positionals().front()
                                    + "' (export takes the scenario as --scenario FILE)");
    ExportArguments arguments;
    arguments.scenario = optional(*parsed, "scenario");
    arguments.pdf = optional(*parsed, "pdf");
    arguments.csv = optional(*parsed, "csv");
    arguments.pageSize = optional(*parsed, "page-size");
    arguments.priceBook = optional(*parsed, "price-book");
    arguments.today = optional(*parsed, "today");
    arguments.telemetry = optional(*parsed, "telemetry");
    const Result<ExportRequest> request = resolveExportRequest(arguments);
    if (!request)
        return reportUsageError(context, kCommand, request.error());

    if (request->pdfPath.empty()) {
        const Result<std::size_t> written = writeWorksheetCsvFile(*request, kCliVersion);
        if (!written) {
            context.err << kProgramName << ' ' << kCommand << ": " << written.error() << '\n';
            return ExitFailure;
        }
        return ExitSuccess;
    }

    const Result<std::string> tool = findExportTool();
    if (!tool) {
        context.err << kProgramName << ' ' << kCommand << ": cannot write " << request->pdfPath << ": " << tool.error()
                    << '\n';
        return ExitFailure;
    }
    context.out.flush();
    context.err.flush();
    std::cout.flush();
    std::cerr.flush();
    const Error failed = execExportTool(*tool, std::string(kProgramName) + " " + std::string(kCommand), args);
    context.err << kProgramName << ' ' << kCommand << ": " << failed.message << '\n';
    return ExitFailure;
}

} // namespace ecw
