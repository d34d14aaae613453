// SPDX-License-Identifier: GPL-3.0-or-later
#include "ForecastCommand.h"

#include "CommandOutput.h"
#include "ExitCode.h"
#include "ForecastOutput.h"
#include "ForecastRun.h"
#include "ForecastTextReport.h"
#include "GrowthOptions.h"
#include "HelpFormatter.h"
#include "PriceOptions.h"
#include "ScenarioOptions.h"
#include "UsageError.h"

#include <vector>

namespace ecw {

namespace {

constexpr std::string_view kCommand = "forecast";

std::vector<OptionSpec> forecastSpecs()
{
    std::vector<OptionSpec> specs;
    ScenarioOptions::addSpecs(specs);
    GrowthOptions::addSpecs(specs);
    PriceOptions::addSpecs(specs);
    ForecastRun::addTodaySpec(specs);
    specs.push_back({ "series", "", false });
    CommandOutput::addSpecs(specs);
    specs.push_back({ "help", "", false });
    return specs;
}

} // namespace

std::string forecastHelpText()
{
    HelpFormatter help;
    help.line("Usage: engram-capacity forecast [OPTIONS] [NODES [ACTIVE_RATIO [EDGES_PER_NODE [OPS_PER_SEC");
    help.line("                                [RETENTION_DAYS [CONSOLIDATION_INTERVAL]]]]]]");
    help.line();
    help.line("Grows the scenario over time at low, expected and high growth: every figure at the milestone days");
    help.line("(30, 60, 90) without and with the worksheet's 30% safety margin, the monthly cost per cloud, and the");
    help.line("runway: the day memory reaches 80%, CPU 70% and storage 70% of what is bought at day 0.");
    help.line("Takes the same scenario inputs as 'estimate'.");
    GrowthOptions::addHelp(help);
    PriceOptions::addHelp(help);
    ScenarioOptions::addHelp(help);
    help.heading("Output options:");
    ForecastRun::addTodayHelp(help);
    help.option("--series",
                "Also every day 0..horizon: the expected figures in text; all three bands in JSON and CSV.");
    help.option("--format NAME",
                "text (the default): tables. json: growth settings, milestones with and without margin, runway per "
                "cloud. csv: day,figure,low,expected,high with <figure>.with_margin rows. Base units.");
    help.option("--output FILE", "Write to FILE (replaced atomically) instead of standard output.");
    help.option("-h, --help", "Show this help.");
    help.heading("Exit status:");
    help.line("  0 success; 1 the output could not be written; 2 bad usage or input (nothing on stdout).");
    help.heading("Examples:");
    help.line("  engram-capacity forecast --growth-rate 0.02 --days 30,60,90");
    help.line("  engram-capacity forecast --nodes 5e7 --growth-low 0.005 --growth-high 0.03 --format json");
    help.line("  engram-capacity forecast --points 0:1e6,30:1.5e6,180:6e6 --ops-fixed --format csv");
    return help.text();
}

int runForecastCommand(std::span<const std::string_view> args, CliContext& context)
{
    const std::vector<OptionSpec> specs = forecastSpecs();
    const Result<CliArguments> parsed = CliArguments::parse(specs, args);
    if (!parsed)
        return reportUsageError(context, kCommand, parsed.error());
    if (parsed->has("help")) {
        context.out << forecastHelpText() << std::flush;
        return context.out ? ExitSuccess : ExitFailure;
    }
    const Result<OutputFormat> format = CommandOutput::format(*parsed);
    if (!format)
        return reportUsageError(context, kCommand, format.error());
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

    const ForecastRun run(*document, *prices, *days, *today);
    ForecastOutputOptions options;
    options.includeSeries = parsed->has("series");
    std::string text;
    switch (*format) {
    case OutputFormat::Json:
        text = writeForecastJson(run.engine(), options);
        break;
    case OutputFormat::Csv:
        text = writeForecastCsv(run.engine(), options);
        break;
    case OutputFormat::Text:
        text = writeForecastText(run.engine(), options.includeSeries);
        break;
    }
    return CommandOutput::deliver(*parsed, text, kCommand, context);
}

} // namespace ecw
