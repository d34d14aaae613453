// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScenarioOptions.h"

#include "CliContext.h"
#include "ScenarioJson.h"
#include "TextFile.h"
#include "Validation.h"

#include <optional>

namespace ecw {

namespace {

// "nodes must be ..." from Validation.h, reworded for where the value came from.
std::string rangeMessage(std::string_view key, std::string_view source, const std::string& message)
{
    if (source.starts_with("--"))
        return "--" + message;
    return std::string(key) + " (" + std::string(source) + ")" + message.substr(key.size());
}

std::optional<Error> applyInput(Scenario& scenario, InputId id, std::string_view text, std::string_view source)
{
    const InputSpec& spec = inputSpec(id);
    const std::optional<double> value = parseNumber(text);
    if (!value) {
        const std::string message = std::string(spec.key) + " must be "
            + describeRange(spec.minimum, spec.maximum, spec.unit, spec.wholeNumber) + " (got '" + std::string(text)
            + "', which is not a number)";
        return Error { rangeMessage(spec.key, source, message) };
    }
    if (auto invalid = checkInput(id, *value))
        return Error { rangeMessage(spec.key, source, invalid->message) };
    scenario.set(id, *value);
    return std::nullopt;
}

std::optional<Error> applyConstant(ModelConstants& constants, std::string_view assignment,
                                   std::vector<ConstantId>& seen)
{
    const std::size_t equals = assignment.find('=');
    if (equals == std::string_view::npos || equals == 0)
        return Error { "--set needs KEY=VALUE (got '" + std::string(assignment) + "')" };
    const std::string_view key = assignment.substr(0, equals);
    const std::string_view text = assignment.substr(equals + 1);
    const std::optional<ConstantId> id = findConstant(key);
    if (!id)
        return Error { "--set: unknown constant '" + std::string(key) + "' ('" + std::string(kProgramName)
                       + " constants' lists them)" };
    const ConstantSpec& spec = constantSpec(*id);
    for (ConstantId earlier : seen)
        if (earlier == *id)
            return Error { "--set " + std::string(spec.key) + " given more than once" };
    seen.push_back(*id);
    const std::optional<double> value = parseNumber(text);
    if (!value)
        return Error { "--set " + std::string(spec.key) + " must be "
                       + describeRange(spec.minimum, spec.maximum, spec.unit, false) + " (got '" + std::string(text)
                       + "', which is not a number)" };
    if (auto invalid = checkConstant(*id, *value))
        return Error { "--set " + invalid->message };
    constants.set(*id, *value);
    return std::nullopt;
}

std::string describeDefault(const InputSpec& spec)
{
    std::string text = formatMachineNumber(spec.defaultValue);
    if (spec.unit == Unit::Bytes || spec.unit == Unit::BytesPerSecond) {
        if (spec.defaultValue >= kKiB)
            text += " (" + formatHuman(spec.defaultValue, spec.unit) + ")";
    }
    return text;
}

} // namespace

void ScenarioOptions::addSpecs(std::vector<OptionSpec>& specs)
{
    for (const InputSpec& spec : inputSpecs())
        specs.push_back({ std::string(spec.key), "N", false });
    specs.push_back({ "set", "KEY=VALUE", true });
    specs.push_back({ "scenario", "FILE", false });
    specs.push_back({ "profile", "NAME", false });
}

void ScenarioOptions::addHelp(HelpFormatter& help)
{
    for (InputGroup group : { InputGroup::Calculator, InputGroup::Workload, InputGroup::Network, InputGroup::Storage,
                              InputGroup::Embedding, InputGroup::Growth }) {
        bool any = false;
        for (const InputSpec& spec : inputSpecs())
            any = any || spec.group == group;
        if (!any)
            continue;
        if (group == InputGroup::Calculator)
            help.heading("Calculator inputs (also accepted as positional arguments, in this order):");
        else
            help.heading(std::string(inputGroupName(group)) + " inputs:");
        for (const InputSpec& spec : inputSpecs()) {
            if (spec.group != group)
                continue;
            help.option("--" + std::string(spec.key) + " N",
                        std::string(spec.description) + "\nUnit: " + std::string(unitName(spec.unit))
                            + ". Default: " + describeDefault(spec) + ". Range: "
                            + describeRange(spec.minimum, spec.maximum, spec.unit, spec.wholeNumber) + ".");
        }
    }
    help.heading("Scenario options:");
    help.option("--scenario FILE",
                "Start from a scenario file (engram-capacity-scenario JSON, schema "
                    + std::to_string(kScenarioSchemaVersion)
                    + "); arguments and options given as well override its values.");
    help.option("--set KEY=VALUE",
                "Override a model constant; repeatable. 'engram-capacity constants' lists every "
                "key with its default and range.");
    help.option("--profile NAME",
                "reference: exactly the figures of the spec's calculator script. full: every "
                "formula family of the spec (the default).");
}

Result<ScenarioDocument> ScenarioOptions::resolve(const CliArguments& args)
{
    ScenarioDocument document;
    if (const std::string* path = args.value("scenario")) {
        Result<std::string> text = readTextFile(*path);
        if (!text)
            return Error { "--scenario: " + text.error() };
        Result<ScenarioDocument> parsed = parseScenarioJson(*text);
        if (!parsed)
            return Error { "--scenario " + *path + ": " + parsed.error() };
        document = std::move(parsed).value();
    }

    const std::vector<std::string>& positionals = args.positionals();
    if (positionals.size() > kPositionalInputs)
        return Error { "too many arguments: at most " + std::to_string(kPositionalInputs)
                       + " positional inputs (nodes active-ratio edges-per-node ops-per-sec retention-days "
                         "consolidation-interval), got "
                       + std::to_string(positionals.size()) };
    for (std::size_t i = 0; i < positionals.size(); ++i) {
        const InputId id = static_cast<InputId>(i);
        const std::string key(inputSpec(id).key);
        if (args.has(key))
            return Error { key + " given twice: as argument " + std::to_string(i + 1) + " and as --" + key };
        if (auto error = applyInput(document.scenario, id, positionals[i], "argument " + std::to_string(i + 1)))
            return *error;
    }
    for (const InputSpec& spec : inputSpecs())
        if (const std::string* text = args.value(spec.key))
            if (auto error = applyInput(document.scenario, spec.id, *text, "--" + std::string(spec.key)))
                return *error;

    std::vector<ConstantId> seen;
    for (const std::string& assignment : args.values("set"))
        if (auto error = applyConstant(document.constants, assignment, seen))
            return *error;

    if (const std::string* name = args.value("profile")) {
        const std::optional<Profile> profile = parseProfile(*name);
        if (!profile)
            return Error { "--profile must be 'reference' or 'full' (got '" + *name + "')" };
        document.profile = *profile;
    }
    return document;
}

} // namespace ecw
