// SPDX-License-Identifier: GPL-3.0-or-later
#include "UsageError.h"

#include "ExitCode.h"

namespace ecw {

int reportUsageError(CliContext& context, std::string_view command, std::string_view message)
{
    context.err << kProgramName;
    if (!command.empty())
        context.err << ' ' << command;
    context.err << ": " << message << '\n';
    context.err << "Run '" << kProgramName;
    if (!command.empty())
        context.err << ' ' << command;
    context.err << " --help' for usage.\n";
    return ExitUsage;
}

} // namespace ecw
