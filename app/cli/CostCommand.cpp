// SPDX-License-Identifier: GPL-3.0-or-later
#include "CostCommand.h"

#include "CommandOutput.h"
#include "CostOutput.h"
#include "CostTextReport.h"
#include "ExitCode.h"
#include "ForecastRun.h"
#include "GrowthOptions.h"
#include "HelpFormatter.h"
#include "PriceOptions.h"
#include "ScenarioOptions.h"
#include "UsageError.h"

#include <vector>

namespace ecw {

namespace {

constexpr std::string_view kCommand = "cost";

std::vector<OptionSpec> costSpecs()
{
    std::vector<OptionSpec> specs;
    ScenarioOptions::addSpecs(specs);
    GrowthOptions::addSpecs(specs);
    PriceOptions::addSpecs(specs);
    specs.push_back({ "cloud", "NAME", false });
    specs.push_back({ "curves", "", false });
    ForecastRun::addTodaySpec(specs);
    CommandOutput::addSpecs(specs);
    specs.push_back({ "help", "", false });
    return specs;
}

} // namespace

std::string costHelpText()
{
    HelpFormatter help;
    help.line("Usage: engram-capacity cost [OPTIONS] [NODES [ACTIVE_RATIO [EDGES_PER_NODE [OPS_PER_SEC");
    help.line("                            [RETENTION_DAYS [CONSOLIDATION_INTERVAL]]]]]]");
    help.line();
    help.line("Prices the scenario on AWS, Google Cloud and Azure: the cheapest configuration that meets the");
    help.line("recommended cores and memory with the top three alternatives (utilization at days 0/30/60/90 and");
    help.line("when each must scale), the monthly bill (compute, block storage, object storage, egress) for");
    help.line("on-demand, 1-year, 3-year and spot pricing, and the tier-optimization savings. Uses the built-in");
    help.line("price book unless --price-book is given, and warns when the book is older than 180 days.");
    help.line("Takes the same scenario inputs as 'estimate' and the growth options of 'forecast'.");
    PriceOptions::addHelp(help);
    help.option("--cloud NAME", "Only this cloud: aws, gcp or azure (the book must price it).");
    help.option("--curves",
                "Also the cost curves: monthly cost over the horizon per cloud (low, expected, high) and against "
                "node count from 100,000 to 100,000,000,000 (text and json).");
    GrowthOptions::addHelp(help);
    ScenarioOptions::addHelp(help);
    help.heading("Output options:");
    ForecastRun::addTodayHelp(help);
    help.option("--format NAME",
                "text (the default): tables. json: the book's date and age, per cloud the recommendation with "
                "alternatives and the breakdown per pricing model, tier savings. csv: "
                "cloud,pricing_model,component,monthly_usd.");
    help.option("--output FILE", "Write to FILE (replaced atomically) instead of standard output.");
    help.option("-h, --help", "Show this help.");
    help.heading("Exit status:");
    help.line("  0 success; 1 the output could not be written; 2 bad usage or input, including a malformed price");
    help.line("  book (nothing on stdout).");
    help.heading("Examples:");
    help.line("  engram-capacity cost --cloud aws --pricing 3yr");
    help.line("  engram-capacity cost --nodes 1e9 --price-book negotiated.json --discount gcp=0.12 --format json");
    return help.text();
}

int runCostCommand(std::span<const std::string_view> args, CliContext& context)
{
    const std::vector<OptionSpec> specs = costSpecs();
    const Result<CliArguments> parsed = CliArguments::parse(specs, args);
    if (!parsed)
        return reportUsageError(context, kCommand, parsed.error());
    if (parsed->has("help")) {
        context.out << costHelpText() << std::flush;
        return context.out ? ExitSuccess : ExitFailure;
    }
    const Result<OutputFormat> format = CommandOutput::format(*parsed);
    if (!format)
        return reportUsageError(context, kCommand, format.error());
    if (*format == OutputFormat::Csv && parsed->has("curves"))
        return reportUsageError(context, kCommand,
                                "--curves needs --format text or json (the CSV has one row per cost component)");
    Result<ScenarioDocument> document = ScenarioOptions::resolve(*parsed);
    if (!document)
        return reportUsageError(context, kCommand, document.error());
    document = GrowthOptions::apply(*parsed, std::move(document).value());
    if (!document)
        return reportUsageError(context, kCommand, document.error());
    const Result<std::vector<int>> days = GrowthOptions::milestoneDays(*parsed);
    if (!days)
        return reportUsageError(context, kCommand, days.error());
    const Result<PriceSelection> prices = PriceOptions::resolve(*parsed);
    if (!prices)
        return reportUsageError(context, kCommand, prices.error());
    const Result<Date> today = ForecastRun::today(*parsed);
    if (!today)
        return reportUsageError(context, kCommand, today.error());

    CostOutputOptions options;
    if (const std::string* name = parsed->value("cloud")) {
        const std::optional<Cloud> cloud = parseCloud(*name);
        if (!cloud)
            return reportUsageError(context, kCommand, "--cloud must be 'aws', 'gcp' or 'azure' (got '" + *name + "')");
        if (prices->book->find(*cloud) == nullptr)
            return reportUsageError(context, kCommand,
                                    "--cloud " + *name + ": the price book (" + prices->origin + ") has no " + *name
                                        + " prices");
        options.clouds.push_back(*cloud);
    }
    if (prices->pricing)
        options.models.push_back(*prices->pricing);
    options.includeCurves = parsed->has("curves");

    const ForecastRun run(*document, *prices, *days, *today);
    std::string text;
    switch (*format) {
    case OutputFormat::Json:
        text = writeCostJson(run.engine(), options);
        break;
    case OutputFormat::Csv:
        text = writeCostCsv(run.engine(), options);
        break;
    case OutputFormat::Text:
        text = writeCostText(run.engine(), options, prices->origin);
        break;
    }
    return CommandOutput::deliver(*parsed, text, kCommand, context);
}

} // namespace ecw
