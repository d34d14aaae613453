// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliArguments.h"

#include "Validation.h"

#include <algorithm>

namespace ecw {

namespace {

std::size_t editDistance(std::string_view a, std::string_view b)
{
    std::vector<std::size_t> previous(b.size() + 1);
    std::vector<std::size_t> current(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j)
        previous[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        current[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j)
            current[j] = std::min({ previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] != b[j - 1]) });
        std::swap(previous, current);
    }
    return previous[b.size()];
}

std::string unknownOption(std::string_view token, std::string_view name, std::span<const OptionSpec> specs)
{
    std::string message = "unknown option '" + std::string(token) + "'";
    const OptionSpec* best = nullptr;
    std::size_t bestDistance = 3; // suggest only near misses
    for (const OptionSpec& spec : specs) {
        const std::size_t distance = editDistance(name, spec.name);
        if (distance < bestDistance) {
            bestDistance = distance;
            best = &spec;
        }
    }
    if (best)
        message += " (did you mean --" + best->name + "?)";
    return message;
}

const OptionSpec* findSpec(std::span<const OptionSpec> specs, std::string_view name)
{
    for (const OptionSpec& spec : specs)
        if (spec.name == name)
            return &spec;
    return nullptr;
}

} // namespace

Result<CliArguments> CliArguments::parse(std::span<const OptionSpec> specs, std::span<const std::string_view> args)
{
    CliArguments parsed;
    bool optionsEnded = false;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string_view token = args[i];
        if (optionsEnded) {
            parsed.m_positionals.emplace_back(token);
            continue;
        }
        if (token == "--") {
            optionsEnded = true;
            continue;
        }
        std::string_view name;
        std::string_view inlineValue;
        bool hasInlineValue = false;
        if (token == "-h") {
            name = "help";
        } else if (token.starts_with("--")) {
            name = token.substr(2);
            if (const std::size_t equals = name.find('='); equals != std::string_view::npos) {
                inlineValue = name.substr(equals + 1);
                name = name.substr(0, equals);
                hasInlineValue = true;
            }
        } else if (token.size() > 1 && token.front() == '-' && !parseNumber(token)) {
            return Error { unknownOption(token, token.substr(1), specs) };
        } else {
            // Includes "-5": a negative number is a (bad) value, not an option, and gets a range message.
            parsed.m_positionals.emplace_back(token);
            continue;
        }

        const OptionSpec* spec = findSpec(specs, name);
        if (!spec)
            return Error { unknownOption(token, name, specs) };
        if (!spec->repeatable && parsed.has(spec->name))
            return Error { "--" + spec->name + " given more than once" };
        std::string value;
        if (spec->takesValue()) {
            if (hasInlineValue) {
                value = inlineValue;
            } else if (i + 1 < args.size() && !args[i + 1].starts_with("--")) {
                value = args[++i];
            } else {
                return Error { "--" + spec->name + " needs a value (" + spec->valueName + ")" };
            }
        } else if (hasInlineValue) {
            return Error { "--" + spec->name + " takes no value (got '" + std::string(token) + "')" };
        }
        parsed.m_options.emplace_back(spec->name, std::move(value));
    }
    return parsed;
}

bool CliArguments::has(std::string_view name) const
{
    return value(name) != nullptr;
}

const std::string* CliArguments::value(std::string_view name) const
{
    for (const auto& [option, value] : m_options)
        if (option == name)
            return &value;
    return nullptr;
}

std::vector<std::string> CliArguments::values(std::string_view name) const
{
    std::vector<std::string> found;
    for (const auto& [option, value] : m_options)
        if (option == name)
            found.push_back(value);
    return found;
}

} // namespace ecw
