// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliApplication.h"

#include "CliVersion.h"
#include "CommandTable.h"
#include "ExitCode.h"
#include "HelpFormatter.h"
#include "UsageError.h"

namespace ecw {

namespace {

int printAndSucceed(CliContext& context, const std::string& text)
{
    context.out << text << std::flush;
    return context.out ? ExitSuccess : ExitFailure;
}

std::string commandNames()
{
    std::string names;
    for (const CliCommand& command : commandTable())
        names += (names.empty() ? "" : ", ") + std::string(command.name);
    return names;
}

} // namespace

std::string globalHelpText()
{
    HelpFormatter help;
    help.line("Usage: engram-capacity COMMAND [OPTIONS]");
    help.line();
    help.line("Capacity planning for the Engram graph-memory database: the command-line twin of the Engram");
    help.line("Capacity Workbench. No display needed.");
    help.heading("Commands:");
    for (const CliCommand& command : commandTable())
        help.option(command.name, command.summary);
    help.heading("Options:");
    help.option("-h, --help", "Show this help; 'engram-capacity COMMAND --help' shows a command's options.");
    help.option("--version", "Show the version.");
    return help.text();
}

int runCli(std::span<const std::string_view> args, CliContext& context)
{
    if (args.empty())
        return reportUsageError(context, {}, "missing command (one of: " + commandNames() + ")");
    const std::string_view first = args.front();
    if (first == "-h" || first == "--help")
        return printAndSucceed(context, globalHelpText());
    if (first == "--version")
        return printAndSucceed(context, std::string(kProgramName) + " " + std::string(kCliVersion) + "\n");
    if (first == "help") {
        if (args.size() == 1)
            return printAndSucceed(context, globalHelpText());
        const CliCommand* command = findCommand(args[1]);
        if (!command)
            return reportUsageError(context, {},
                                    "unknown command '" + std::string(args[1]) + "' (one of: " + commandNames() + ")");
        static constexpr std::string_view kHelpFlag[] = { "--help" };
        return command->run(std::span<const std::string_view>(kHelpFlag), context);
    }
    if (first.starts_with("-"))
        return reportUsageError(
            context, {}, "unknown option '" + std::string(first) + "' (a command comes first: " + commandNames() + ")");
    const CliCommand* command = findCommand(first);
    if (!command)
        return reportUsageError(context, {},
                                "unknown command '" + std::string(first) + "' (one of: " + commandNames() + ")");
    return command->run(args.subspan(1), context);
}

} // namespace ecw
