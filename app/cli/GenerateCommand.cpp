// SPDX-License-Identifier: GPL-3.0-or-later
#include "GenerateCommand.h"

#include "ArtifactRunway.h"
#include "AtomicFile.h"
#include "CapacityModel.h"
#include "CliVersion.h"
#include "CommandOutput.h"
#include "DeploymentArtifacts.h"
#include "ExitCode.h"
#include "ForecastRun.h"
#include "GrowthOptions.h"
#include "HelpFormatter.h"
#include "PriceOptions.h"
#include "ScenarioOptions.h"
#include "UsageError.h"

#include <filesystem>
#include <vector>

namespace ecw {

namespace {

constexpr std::string_view kCommand = "generate";

std::vector<OptionSpec> generateSpecs()
{
    std::vector<OptionSpec> specs;
    ScenarioOptions::addSpecs(specs);
    GrowthOptions::addSpecs(specs);
    PriceOptions::addSpecs(specs);
    ForecastRun::addTodaySpec(specs);
    specs.push_back({ "output", "FILE", false });
    specs.push_back({ "output-dir", "DIR", false });
    specs.push_back({ "help", "", false });
    return specs;
}

std::string kindList()
{
    std::string list;
    for (ArtifactKind kind : artifactKinds())
        list += (list.empty() ? "" : ", ") + std::string(artifactKey(kind));
    return list;
}

} // namespace

std::string generateHelpText()
{
    HelpFormatter help;
    help.line("Usage: engram-capacity generate KIND [OPTIONS] [NODES [ACTIVE_RATIO ...]]");
    help.line("       engram-capacity generate all --output-dir DIR [OPTIONS]");
    help.line();
    help.line("Deployment artifacts from the scenario's estimate, never fixed text: requests from the estimate,");
    help.line("limits from the recommendation with its headroom, replicas from the hot-tier shards, alert");
    help.line("thresholds from the limits and the forecast's runway. Every file starts with a header naming the");
    help.line("scenario, the profile and this tool's version (the ASG's JSON carries it as a tag).");
    help.heading("Kinds:");
    for (ArtifactKind kind : artifactKinds())
        help.option(std::string(artifactKey(kind)),
                    std::string(artifactTitle(kind)) + " (" + std::string(artifactFileName(kind)) + ")");
    help.option("all", "Every kind, each into its file in --output-dir.");
    ScenarioOptions::addHelp(help);
    GrowthOptions::addHelp(help);
    PriceOptions::addHelp(help);
    help.heading("Output options:");
    ForecastRun::addTodayHelp(help);
    help.option("--output FILE", "Write the one artifact to FILE (replaced atomically) instead of standard output.");
    help.option("--output-dir DIR", "With 'all': write every artifact into DIR (created if missing), each atomically.");
    help.option("-h, --help", "Show this help.");
    help.heading("Exit status:");
    help.line("  0 success; 1 a file could not be written; 2 bad usage or input (nothing on stdout).");
    help.heading("Examples:");
    help.line("  engram-capacity generate k8s-guaranteed --nodes 5e7 > engram.yaml");
    help.line("  engram-capacity generate all --output-dir deploy/ --scenario plan.ecw.json");
    return help.text();
}

int runGenerateCommand(std::span<const std::string_view> args, CliContext& context)
{
    if (!args.empty() && (args.front() == "--help" || args.front() == "-h")) {
        context.out << generateHelpText() << std::flush;
        return context.out ? ExitSuccess : ExitFailure;
    }
    if (args.empty() || args.front().starts_with('-'))
        return reportUsageError(context, kCommand, "needs a KIND first: one of " + kindList() + ", or all");
    const std::string_view kindText = args.front();
    const bool all = kindText == "all";
    const std::optional<ArtifactKind> kind = parseArtifactKind(kindText);
    if (!all && !kind)
        return reportUsageError(context, kCommand,
                                "unknown KIND '" + std::string(kindText) + "' (one of " + kindList() + ", or all)");

    const std::vector<OptionSpec> specs = generateSpecs();
    const Result<CliArguments> parsed = CliArguments::parse(specs, args.subspan(1));
    if (!parsed)
        return reportUsageError(context, kCommand, parsed.error());
    if (parsed->has("help")) {
        context.out << generateHelpText() << std::flush;
        return context.out ? ExitSuccess : ExitFailure;
    }
    if (all && !parsed->has("output-dir"))
        return reportUsageError(context, kCommand, "'generate all' needs --output-dir DIR");
    if (!all && parsed->has("output-dir"))
        return reportUsageError(context, kCommand, "--output-dir is for 'generate all'; use --output FILE for one kind");
    if (const std::string* dir = parsed->value("output-dir"); dir && dir->empty())
        return reportUsageError(context, kCommand, "--output-dir must not be empty");
    if (const std::string* file = parsed->value("output"); file && file->empty())
        return reportUsageError(context, kCommand, "--output must not be empty");

    Result<ScenarioDocument> document = ScenarioOptions::resolve(*parsed);
    if (!document)
        return reportUsageError(context, kCommand, document.error());
    document = GrowthOptions::apply(*parsed, std::move(document).value());
    if (!document)
        return reportUsageError(context, kCommand, document.error());
    const Result<PriceSelection> prices = PriceOptions::resolve(*parsed);
    if (!prices)
        return reportUsageError(context, kCommand, prices.error());
    const Result<Date> today = ForecastRun::today(*parsed);
    if (!today)
        return reportUsageError(context, kCommand, today.error());

    const Estimate base = estimate(document->scenario, document->constants, document->profile);
    const ForecastRun run(*document, *prices, defaultMilestoneDays(), *today);
    ArtifactSource source = artifactSourceFor(document->name, std::string(kCliVersion), base, prices->book.get(),
                                              prices->costOptions, &run.engine());
    source.pricing = prices->pricing.value_or(PricingModel::OnDemand);

    if (!all) {
        const Artifact artifact = generateArtifact(*kind, source);
        return CommandOutput::deliver(*parsed, artifact.text, kCommand, context);
    }
    const std::filesystem::path dir(*parsed->value("output-dir"));
    std::error_code error;
    std::filesystem::create_directories(dir, error);
    if (error) {
        context.err << kProgramName << ' ' << kCommand << ": --output-dir " << dir.string() << ": " << error.message()
                    << '\n';
        return ExitFailure;
    }
    for (const Artifact& artifact : generateAllArtifacts(source)) {
        const std::string path = (dir / std::string(artifactFileName(artifact.kind))).string();
        const Result<std::size_t> written = writeFileAtomically(path, artifact.text);
        if (!written) {
            context.err << kProgramName << ' ' << kCommand << ": " << written.error() << '\n';
            return ExitFailure;
        }
        context.out << path << '\n';
    }
    context.out.flush();
    return context.out ? ExitSuccess : ExitFailure;
}

} // namespace ecw
