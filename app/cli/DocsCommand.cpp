// SPDX-License-Identifier: GPL-3.0-or-later
#include "DocsCommand.h"

#include "AtomicFile.h"
#include "BuiltinPriceBook.h"
#include "CliArguments.h"
#include "CliVersion.h"
#include "ExitCode.h"
#include "HelpFormatter.h"
#include "OperatorDocuments.h"
#include "UsageError.h"

#include <filesystem>
#include <vector>

namespace ecw {

namespace {

constexpr std::string_view kCommand = "docs";

} // namespace

std::string docsHelpText()
{
    HelpFormatter help;
    help.line("Usage: engram-capacity docs --output-dir DIR");
    help.line();
    help.line("Writes the spec's operator documents from the model, with the built-in price book, into DIR:");
    help.line("  operations/scaling.md             decision matrices, gap rules, horizontal and vertical scaling,");
    help.line("                                    alert rules, runbook checklists, rollback");
    help.line("  operations/capacity-planning.md   the worksheet with the default scenario's formulas worked out,");
    help.line("                                    the 1M-nodes-at-2% forecast, triggers, costs, the three use cases");
    help.line("  howto/scale-vertically.md         Kubernetes, Docker and tier rebalancing for a worked observed state");
    help.line("  howto/scale-vertically-observed.json  that observed state, which the how-to's screenshots load");
    help.line("  reference/resource-requirements.md    five workload types at three sizes, per cloud");
    help.line("The output depends on the model, the price book and the tool version only, never on the date.");
    help.heading("Options:");
    help.option("--output-dir DIR", "The docs directory to write into (created if missing); each file is replaced "
                                    "atomically. The repository's docs/ keeps the committed copies.");
    help.option("-h, --help", "Show this help.");
    help.heading("Exit status:");
    help.line("  0 success; 1 a file could not be written; 2 bad usage (nothing written).");
    help.heading("Examples:");
    help.line("  engram-capacity docs --output-dir docs");
    help.line("  (the build target operator-docs runs the first one on the source tree)");
    return help.text();
}

int runDocsCommand(std::span<const std::string_view> args, CliContext& context)
{
    const std::vector<OptionSpec> specs { { "output-dir", "DIR", false }, { "help", "", false } };
    const Result<CliArguments> parsed = CliArguments::parse(specs, args);
    if (!parsed)
        return reportUsageError(context, kCommand, parsed.error());
    if (parsed->has("help")) {
        context.out << docsHelpText() << std::flush;
        return context.out ? ExitSuccess : ExitFailure;
    }
    if (!parsed->positionals().empty())
        return reportUsageError(context, kCommand, "takes no positional arguments (got '" + parsed->positionals().front()
                                                       + "')");
    const std::string* dirText = parsed->value("output-dir");
    if (!dirText)
        return reportUsageError(context, kCommand, "needs --output-dir DIR");
    if (dirText->empty())
        return reportUsageError(context, kCommand, "--output-dir must not be empty");
    const Result<std::shared_ptr<const PriceBook>>& book = builtinPriceBook();
    if (!book) {
        context.err << kProgramName << ' ' << kCommand << ": built-in price book: " << book.error() << '\n';
        return ExitFailure;
    }
    const DocumentContext documentContext { *book, std::string(kCliVersion) };
    const std::filesystem::path dir(*dirText);
    for (const GeneratedDocument& document : generateOperatorDocuments(documentContext)) {
        const std::filesystem::path path = dir / document.path;
        std::error_code error;
        std::filesystem::create_directories(path.parent_path(), error);
        if (error) {
            context.err << kProgramName << ' ' << kCommand << ": " << path.parent_path().string() << ": "
                        << error.message() << '\n';
            return ExitFailure;
        }
        const Result<std::size_t> written = writeFileAtomically(path.string(), document.text);
        if (!written) {
            context.err << kProgramName << ' ' << kCommand << ": " << written.error() << '\n';
            return ExitFailure;
        }
        context.out << path.string() << '\n';
    }
    context.out.flush();
    return context.out ? ExitSuccess : ExitFailure;
}

} // namespace ecw
