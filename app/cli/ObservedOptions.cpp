// SPDX-License-Identifier: GPL-3.0-or-later
#include "ObservedOptions.h"

#include "OperationsJson.h"
#include "TextFile.h"
#include "Units.h"

#include <charconv>
#include <cmath>

namespace ecw {

namespace {

std::string optionName(std::string_view key)
{
    std::string name(key);
    for (char& c : name)
        if (c == '_')
            c = '-';
    return name;
}

struct CurrentOption
{
    std::string_view name;
    std::optional<double> ObservedState::*value;
    std::string_view help;
};

constexpr CurrentOption kCurrent[] {
    { "current-cores", &ObservedState::cores, "Cores the node has now (default: the estimate's cpu.recommended)." },
    { "current-memory-bytes", &ObservedState::memoryBytes,
      "Memory the node has now, in bytes (default: memory.recommended)." },
    { "current-disk-bytes", &ObservedState::diskBytes, "Volume size now, in bytes (default: storage.recommended)." },
};

std::optional<double> parseNumber(const std::string& text)
{
    double value = 0;
    const char* begin = text.data();
    const char* end = begin + text.size();
    auto [ptr, ec] = std::from_chars(begin, end, value);
    if (ec != std::errc() || ptr != end || text.empty())
        return std::nullopt;
    return value;
}

} // namespace

void ObservedOptions::addSpecs(std::vector<OptionSpec>& specs)
{
    specs.push_back({ "observed", "FILE", false });
    for (const ObservedField& field : observedFields())
        specs.push_back({ optionName(field.key), "X", false });
    for (const CurrentOption& option : kCurrent)
        specs.push_back({ std::string(option.name), "X", false });
}

void ObservedOptions::addHelp(HelpFormatter& help)
{
    help.heading("Observed state (what the running deployment shows):");
    help.option("--observed FILE",
                "A JSON object with the keys below (snake_case: cpu_percent, p99_latency_ms, ...) and cores, "
                "memory_bytes, disk_bytes. Options given on the command line override it.");
    for (const ObservedField& field : observedFields()) {
        std::string text = std::string(field.label) + ", " + formatMachineNumber(field.minimum) + " to "
            + formatMachineNumber(field.maximum) + (field.unit.empty() ? "" : " " + std::string(field.unit)) + ".";
        help.option("--" + optionName(field.key) + " X", text);
    }
    help.line("  The three tier shares must sum to 1. Fields not given keep the example state: CPU 45%, memory");
    help.line("  55%, disk 40%, IOPS 35%, p99 6 ms, tiers 0.3/0.45/0.25, WAL 2 GiB, 5 snapshots.");
    for (const CurrentOption& option : kCurrent)
        help.option("--" + std::string(option.name) + " X", option.help);
}

Result<ObservedState> ObservedOptions::resolve(const CliArguments& args)
{
    ObservedState state = exampleObservedState();
    if (const std::string* path = args.value("observed")) {
        const Result<std::string> text = readTextFile(*path);
        if (!text)
            return Error { "--observed " + *path + ": " + text.error() };
        Result<ObservedState> parsed = parseObservedStateJson(*text, state);
        if (!parsed)
            return Error { "--observed " + *path + ": " + parsed.error() };
        state = *parsed;
    }
    for (const ObservedField& field : observedFields()) {
        const std::string name = optionName(field.key);
        if (const std::string* text = args.value(name)) {
            const std::optional<double> value = parseNumber(*text);
            if (!value || !std::isfinite(*value))
                return Error { "--" + name + " must be a finite number between " + formatMachineNumber(field.minimum)
                               + " and " + formatMachineNumber(field.maximum) + " (got '" + *text + "')" };
            state.*field.value = *value;
        }
    }
    for (const CurrentOption& option : kCurrent) {
        if (const std::string* text = args.value(option.name)) {
            const std::optional<double> value = parseNumber(*text);
            if (!value || !std::isfinite(*value) || *value <= 0)
                return Error { "--" + std::string(option.name) + " must be a number more than 0 (got '" + *text + "')" };
            state.*option.value = *value;
        }
    }
    const std::vector<std::string> problems = validateObservedState(state);
    if (!problems.empty()) {
        // Name the option a planner typed: cpu_percent is --cpu-percent.
        std::string message = problems.front();
        const std::size_t space = message.find(' ');
        const std::string key = message.substr(0, space);
        if (findObservedField(key))
            message = "--" + optionName(key) + message.substr(space);
        return Error { "observed state: " + message };
    }
    return state;
}

} // namespace ecw
