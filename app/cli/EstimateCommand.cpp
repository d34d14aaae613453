// SPDX-License-Identifier: GPL-3.0-or-later
#include "EstimateCommand.h"

#include "CapacityModel.h"
#include "CliArguments.h"
#include "CliVersion.h"
#include "CommandOutput.h"
#include "EstimateCsv.h"
#include "EstimateJson.h"
#include "ExitCode.h"
#include "HelpFormatter.h"
#include "ScenarioOptions.h"
#include "TextReport.h"
#include "UsageError.h"

#include <vector>

namespace ecw {

namespace {

constexpr std::string_view kCommand = "estimate";

std::vector<OptionSpec> estimateSpecs()
{
    std::vector<OptionSpec> specs;
    ScenarioOptions::addSpecs(specs);
    CommandOutput::addSpecs(specs);
    specs.push_back({ "help", "", false });
    return specs;
}

std::string render(const Estimate& estimate, OutputFormat format)
{
    switch (format) {
    case OutputFormat::Json:
        return writeEstimateJson(estimate, kProgramName, kCliVersion);
    case OutputFormat::Csv:
        return writeEstimateCsv(estimate);
    case OutputFormat::Text:
        break;
    }
    return writeTextReport(estimate);
}

} // namespace

std::string estimateHelpText()
{
    HelpFormatter help;
    help.line("Usage: engram-capacity estimate [OPTIONS] [NODES [ACTIVE_RATIO [EDGES_PER_NODE [OPS_PER_SEC");
    help.line("                                [RETENTION_DAYS [CONSOLIDATION_INTERVAL]]]]]]");
    help.line();
    help.line("Estimates memory, CPU, storage, network, recovery and backup for one scenario. Inputs not given");
    help.line("take their defaults; the six positional arguments are those of the spec's estimate_capacity.sh.");
    ScenarioOptions::addHelp(help);
    help.heading("Output options:");
    help.option("--format NAME",
                "text (the default): the calculator's report. json: one object with the inputs, "
                "constants, every line item and finding. csv: id,label,value,unit,formula, one "
                "row per line item. JSON and CSV carry base units (bytes, bytes/s, s, cores).");
    help.option("--output FILE", "Write to FILE (replaced atomically) instead of standard output.");
    help.option("-h, --help", "Show this help.");
    help.heading("Exit status:");
    help.line("  0 success; 1 the output could not be written; 2 bad usage or input (nothing on stdout).");
    help.heading("Examples:");
    help.line("  engram-capacity estimate 1000000 0.1 50 5000 30 300 --profile reference");
    help.line("  engram-capacity estimate --nodes 5e7 --active-ratio 0.05 --set hash_table_overhead=1.8 --format json");
    return help.text();
}

int runEstimateCommand(std::span<const std::string_view> args, CliContext& context)
{
    const std::vector<OptionSpec> specs = estimateSpecs();
    const Result<CliArguments> parsed = CliArguments::parse(specs, args);
    if (!parsed)
        return reportUsageError(context, kCommand, parsed.error());
    if (parsed->has("help")) {
        context.out << estimateHelpText() << std::flush;
        return context.out ? ExitSuccess : ExitFailure;
    }

    const Result<OutputFormat> format = CommandOutput::format(*parsed);
    if (!format)
        return reportUsageError(context, kCommand, format.error());

    const Result<ScenarioDocument> document = ScenarioOptions::resolve(*parsed);
    if (!document)
        return reportUsageError(context, kCommand, document.error());

    const Estimate result = estimate(document->scenario, document->constants, document->profile);
    return CommandOutput::deliver(*parsed, render(result, *format), kCommand, context);
}

} // namespace ecw
