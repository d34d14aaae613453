// SPDX-License-Identifier: GPL-3.0-or-later
#include "Estimate.h"

namespace ecw {

std::string_view severityName(Severity severity)
{
    switch (severity) {
    case Severity::Info: return "info";
    case Severity::Recommendation: return "recommendation";
    case Severity::Warning: return "warning";
    }
    return "";
}

std::string_view profileName(Profile profile) { return profile == Profile::Reference ? "reference" : "full"; }

std::optional<Profile> parseProfile(std::string_view name)
{
    if (name == "reference")
        return Profile::Reference;
    if (name == "full")
        return Profile::Full;
    return std::nullopt;
}

const LineItem* Estimate::find(std::string_view id) const
{
    for (const LineItem& item : items)
        if (item.id == id)
            return &item;
    return nullptr;
}

double Estimate::value(std::string_view id) const
{
    const LineItem* item = find(id);
    return item ? item->value : 0.0;
}

namespace {

template<typename Spec, std::size_t N>
std::array<std::string, N> prefixedKeys(const std::array<Spec, N>& specs, std::string_view prefix)
{
    std::array<std::string, N> keys;
    for (std::size_t i = 0; i < N; ++i)
        keys[i] = std::string(prefix) + std::string(specs[i].key);
    return keys;
}

} // namespace

std::string_view inputRef(InputId id)
{
    static const auto keys = prefixedKeys(inputSpecs(), "input.");
    return keys[static_cast<std::size_t>(id)];
}

std::string_view constantRef(ConstantId id)
{
    static const auto keys = prefixedKeys(constantSpecs(), "const.");
    return keys[static_cast<std::size_t>(id)];
}

std::vector<LineItem> inputLineItems(const Scenario& scenario)
{
    std::vector<LineItem> items;
    items.reserve(kInputCount);
    for (const InputSpec& spec : inputSpecs()) {
        LineItem item;
        item.id = inputRef(spec.id);
        item.label = spec.label;
        item.unit = spec.unit;
        item.kind = ItemKind::Input;
        item.section = Section::Inputs;
        item.value = scenario[spec.id];
        item.formula = spec.symbol;
        item.operands[0] = Operand { spec.symbol, item.id, item.value };
        item.operandCount = 1;
        items.push_back(item);
    }
    return items;
}

std::vector<LineItem> constantLineItems(const ModelConstants& constants)
{
    std::vector<LineItem> items;
    items.reserve(kConstantCount);
    for (const ConstantSpec& spec : constantSpecs()) {
        LineItem item;
        item.id = constantRef(spec.id);
        item.label = spec.label;
        item.unit = spec.unit;
        item.kind = ItemKind::Assumption;
        item.section = Section::Assumptions;
        item.value = constants[spec.id];
        item.formula = spec.symbol;
        item.operands[0] = Operand { spec.symbol, item.id, item.value };
        item.operandCount = 1;
        items.push_back(item);
    }
    return items;
}

} // namespace ecw
