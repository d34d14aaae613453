// SPDX-License-Identifier: GPL-3.0-or-later
// Delivers a command's finished output: all at once to stdout, or atomically to the --output file, so a
// failed command never leaves half a report behind.
#pragma once

#include "CliArguments.h"
#include "CliContext.h"

#include <optional>
#include <string>
#include <vector>

namespace ecw {

enum class OutputFormat
{
    Text,
    Json,
    Csv
};

class CommandOutput
{
public:
    static void addSpecs(std::vector<OptionSpec>& specs);
    // The --format chosen (text when absent); rejects an unknown format or an empty --output.
    static Result<OutputFormat> format(const CliArguments& args);

    // Writes text to --output FILE if given, else to context.out; returns an ExitCode.
    static int deliver(const CliArguments& args, const std::string& text, std::string_view command,
                       CliContext& context);
};

} // namespace ecw
