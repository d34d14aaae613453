// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConstantsCommand.h"

#include "CliArguments.h"
#include "ExitCode.h"
#include "HelpFormatter.h"
#include "UsageError.h"
#include "Validation.h"

#include <array>

namespace ecw {

namespace {

constexpr std::string_view kCommand = "constants";

std::string listing()
{
    HelpFormatter help;
    help.line("Model constants. Change one for an estimate with --set KEY=VALUE (the symbol works as a key too).");
    for (const ConstantSpec& spec : constantSpecs())
        help.option(std::string(spec.key),
                    std::string(spec.label) + " (" + std::string(spec.symbol) + "). Default: "
                        + formatMachineNumber(spec.defaultValue) + " " + std::string(unitName(spec.unit))
                        + ". Range: " + describeRange(spec.minimum, spec.maximum, spec.unit, false)
                        + ".\nSource: " + std::string(spec.source) + ".");
    return help.text();
}

} // namespace

int runConstantsCommand(std::span<const std::string_view> args, CliContext& context)
{
    const std::array<OptionSpec, 1> specs { { { "help", "", false } } };
    const Result<CliArguments> parsed = CliArguments::parse(specs, args);
    if (!parsed)
        return reportUsageError(context, kCommand, parsed.error());
    if (!parsed->positionals().empty())
        return reportUsageError(context, kCommand, "takes no arguments (got '" + parsed->positionals().front() + "')");
    if (parsed->has("help")) {
        context.out << "Usage: engram-capacity constants\n\nLists every model constant with its default, unit, "
                       "allowed range and where in the spec it comes from.\n"
                    << std::flush;
        return context.out ? ExitSuccess : ExitFailure;
    }
    context.out << listing() << std::flush;
    return context.out ? ExitSuccess : ExitFailure;
}

} // namespace ecw
