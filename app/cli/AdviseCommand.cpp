// SPDX-License-Identifier: GPL-3.0-or-later
#include "AdviseCommand.h"

#include "CapacityModel.h"
#include "CommandOutput.h"
#include "CsvWriter.h"
#include "ExitCode.h"
#include "HelpFormatter.h"
#include "ObservedOptions.h"
#include "OperationsJson.h"
#include "PriceOptions.h"
#include "ScalingAdvisor.h"
#include "ScenarioOptions.h"
#include "TextTable.h"
#include "Units.h"
#include "UsageError.h"

#include <vector>

namespace ecw {

namespace {

constexpr std::string_view kCommand = "advise";

std::vector<OptionSpec> adviseSpecs()
{
    std::vector<OptionSpec> specs;
    ScenarioOptions::addSpecs(specs);
    PriceOptions::addSpecs(specs);
    ObservedOptions::addSpecs(specs);
    CommandOutput::addSpecs(specs);
    specs.push_back({ "help", "", false });
    return specs;
}

std::string rowLabel(const MatrixRow& row)
{
    return row.fromSpec ? "row " + std::to_string(row.number) : "gap rule G" + std::to_string(row.number);
}

std::string usd(double value)
{
    const std::string sign = value < 0 ? "-" : (value > 0 ? "+" : "");
    return sign + "$" + formatGrouped(std::abs(value));
}

std::string renderText(const ScalingAdvice& advice, const PriceBook* book)
{
    std::string text;
    text += "Scaling advice (urgency: " + std::string(advice.urgency) + ")\n\n";
    auto section = [&](std::string_view title, const MatrixRow& row, const std::string& why,
                       const std::string& target) {
        text += std::string(title) + ": " + std::string(row.actionTitle) + " (" + rowLabel(row) + ")\n";
        text += "  Why:            " + why + "\n";
        text += "  Implementation: " + std::string(row.implementation) + "\n";
        text += "  Target:         " + target + "\n";
        if (!row.rationale.empty())
            text += "  Gap rule:       " + std::string(row.rationale) + "\n";
        text += "\n";
    };
    section("CPU", advice.cpu.row->row, advice.cpu.why, advice.cpu.target);
    section("Memory", advice.memory.row->row, advice.memory.why, advice.memory.target);
    if (advice.storage.empty()) {
        text += "Storage: no trigger fires (disk <= 70%, WAL <= WAL_WARN, IOPS <= 80%, snapshots <= 10)\n\n";
    } else {
        for (const StorageAdvice& trigger : advice.storage)
            section("Storage", trigger.row->row, trigger.why, trigger.target);
    }
    TextTable table({ "Cloud", "Now", "Monthly", "Target", "Monthly", "Difference" },
                    { TextTable::Align::Left, TextTable::Align::Left, TextTable::Align::Right, TextTable::Align::Left,
                      TextTable::Align::Right, TextTable::Align::Right });
    for (const CloudTarget& target : advice.clouds) {
        if (!target.available)
            continue;
        table.row({ std::string(cloudTitle(target.cloud)), target.currentName,
                    "$" + formatGrouped(target.current.monthlyTotal), target.targetName,
                    "$" + formatGrouped(target.target.monthlyTotal), usd(target.monthlyDifference) });
    }
    if (!table.empty()) {
        text += "Instances to buy (" + std::string(pricingModelKey(advice.pricing)) + ", "
            + formatCompact(advice.cpu.targetCores) + " cores, " + formatHuman(advice.memory.targetBytes, Unit::Bytes)
            + "):\n";
        text += table.render();
    } else if (!book) {
        text += "No price book: no instances to name.\n";
    }
    return text;
}

std::string renderCsv(const ScalingAdvice& advice)
{
    CsvWriter csv;
    csv.row({ "area", "source", "row", "action", "implementation", "why", "current", "target" });
    auto row = [&](std::string_view area, const MatrixRow& r, const std::string& why, const std::string& current,
                   const std::string& target) {
        csv.row({ std::string(area), r.fromSpec ? "spec" : "gap-rule",
                  r.fromSpec ? std::to_string(r.number) : "G" + std::to_string(r.number), std::string(r.actionTitle),
                  std::string(r.implementation), why, current, target });
    };
    row("cpu", advice.cpu.row->row, advice.cpu.why, formatMachineNumber(advice.cpu.currentCores),
        formatMachineNumber(advice.cpu.targetCores));
    row("memory", advice.memory.row->row, advice.memory.why, formatMachineNumber(advice.memory.currentBytes),
        formatMachineNumber(advice.memory.targetBytes));
    for (const StorageAdvice& trigger : advice.storage)
        row("storage." + std::string(storageTriggerKey(trigger.row->trigger)), trigger.row->row, trigger.why,
            formatMachineNumber(trigger.observed), trigger.target);
    return csv.text();
}

} // namespace

std::string adviseHelpText()
{
    HelpFormatter help;
    help.line("Usage: engram-capacity advise [OPTIONS]");
    help.line();
    help.line("The scaling advisor. From what a running deployment shows (utilization, p99 latency, tier");
    help.line("distribution, WAL size, snapshot count) it applies the spec's CPU and memory decision matrices and");
    help.line("the storage scaling triggers, and says which row matches and why, with the advisor's rules where");
    help.line("the spec's tables have gaps (docs/operations/advisor.md). Each action becomes a target (cores,");
    help.line("memory, volume) and the cheapest instance per cloud that meets it, with the monthly difference.");
    help.line("What the node has now defaults to the scenario's recommendation.");
    ObservedOptions::addHelp(help);
    PriceOptions::addHelp(help);
    ScenarioOptions::addHelp(help);
    help.heading("Output options:");
    help.option("--format NAME",
                "text (the default). json: the matched rows, targets and per-cloud instances in base units. csv: "
                "area,source,row,action,implementation,why,current,target.");
    help.option("--output FILE", "Write to FILE (replaced atomically) instead of standard output.");
    help.option("-h, --help", "Show this help.");
    help.heading("Exit status:");
    help.line("  0 success; 1 the output could not be written; 2 bad usage or input, such as a utilization above");
    help.line("  100% or a NaN latency (nothing on stdout).");
    help.heading("Examples:");
    help.line("  engram-capacity advise --cpu-percent 78 --p99-latency-ms 22 --current-cores 4");
    help.line("  engram-capacity advise --observed today.json --nodes 5e7 --format json");
    return help.text();
}

int runAdviseCommand(std::span<const std::string_view> args, CliContext& context)
{
    const std::vector<OptionSpec> specs = adviseSpecs();
    const Result<CliArguments> parsed = CliArguments::parse(specs, args);
    if (!parsed)
        return reportUsageError(context, kCommand, parsed.error());
    if (parsed->has("help")) {
        context.out << adviseHelpText() << std::flush;
        return context.out ? ExitSuccess : ExitFailure;
    }
    const Result<OutputFormat> format = CommandOutput::format(*parsed);
    if (!format)
        return reportUsageError(context, kCommand, format.error());
    const Result<ScenarioDocument> document = ScenarioOptions::resolve(*parsed);
    if (!document)
        return reportUsageError(context, kCommand, document.error());
    const Result<PriceSelection> prices = PriceOptions::resolve(*parsed);
    if (!prices)
        return reportUsageError(context, kCommand, prices.error());
    const Result<ObservedState> observed = ObservedOptions::resolve(*parsed);
    if (!observed)
        return reportUsageError(context, kCommand, observed.error());

    const Estimate base = estimate(document->scenario, document->constants, document->profile);
    AdvisorOptions options;
    options.pricing = prices->pricing.value_or(PricingModel::OnDemand);
    options.costOptions = prices->costOptions;
    const ScalingAdvice advice = advise(*observed, base, prices->book.get(), options);
    std::string text;
    switch (*format) {
    case OutputFormat::Json:
        text = writeAdviceJson(advice, prices->book.get());
        break;
    case OutputFormat::Csv:
        text = renderCsv(advice);
        break;
    case OutputFormat::Text:
        text = renderText(advice, prices->book.get());
        break;
    }
    return CommandOutput::deliver(*parsed, text, kCommand, context);
}

} // namespace ecw
