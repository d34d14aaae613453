// SPDX-License-Identifier: GPL-3.0-or-later
// Command-line parsing against a table of long options: "--name VALUE", "--name=VALUE", flags, "-h",
// positional arguments and "--". Rejects unknown, repeated and value-less options with a message.
#pragma once

#include "Result.h"

#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace ecw {

struct OptionSpec
{
    std::string name; // without dashes: "nodes" is --nodes
    std::string valueName; // shown in help ("N", "FILE"); empty for a flag
    bool repeatable = false;

    bool takesValue() const { return !valueName.empty(); }
};

class CliArguments
{
public:
    static Result<CliArguments> parse(std::span<const OptionSpec> specs, std::span<const std::string_view> args);

    bool has(std::string_view name) const;
    // The option's value ("" for a flag); nullptr when absent.
    const std::string* value(std::string_view name) const;
    // Every value of a repeatable option, in command-line order.
    std::vector<std::string> values(std::string_view name) const;
    const std::vector<std::string>& positionals() const { return m_positionals; }

private:
    std::vector<std::pair<std::string, std::string>> m_options;
    std::vector<std::string> m_positionals;
};

} // namespace ecw
