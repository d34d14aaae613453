// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandOutput.h"

#include "AtomicFile.h"
#include "ExitCode.h"

namespace ecw {

void CommandOutput::addSpecs(std::vector<OptionSpec>& specs)
{
    specs.push_back({ "format", "NAME", false });
    specs.push_back({ "output", "FILE", false });
}

Result<OutputFormat> CommandOutput::format(const CliArguments& args)
{
    if (const std::string* path = args.value("output"); path && path->empty())
        return Error { "--output needs a file name" };
    const std::string* name = args.value("format");
    if (!name || *name == "text")
        return OutputFormat::Text;
    if (*name == "json")
        return OutputFormat::Json;
    if (*name == "csv")
        return OutputFormat::Csv;
    return Error { "--format must be 'text', 'json' or 'csv' (got '" + *name + "')" };
}

int CommandOutput::deliver(const CliArguments& args, const std::string& text, std::string_view command,
                           CliContext& context)
{
    if (const std::string* path = args.value("output")) {
        Result<std::size_t> written = writeFileAtomically(*path, text);
        if (!written) {
            context.err << kProgramName << ' ' << command << ": " << written.error() << '\n';
            return ExitFailure;
        }
        return ExitSuccess;
    }
    context.out.write(text.data(), static_cast<std::streamsize>(text.size()));
    context.out.flush();
    if (!context.out) {
        context.err << kProgramName << ' ' << command << ": cannot write to standard output\n";
        return ExitFailure;
    }
    return ExitSuccess;
}

} // namespace ecw
