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

namespace {

// One line item per entry of a spec table (inputs or constants), the value read from `values`.
template<typename Specs, typename Values, typename RefOf>
std::vector<LineItem> specLineItems(const Specs& specs, const Values& values, ItemKind kind, Section section,
                                    RefOf refOf)
{
    std::vector<LineItem> items;
    items.reserve(specs.size());
    for (const auto& spec : specs) {
        LineItem item;
        item.id = refOf(spec.id);
        item.label = spec.label;
        item.unit = spec.unit;
        item.kind = kind;
        item.section = section;
        item.value = values[spec.id];
        item.formula = spec.symbol;
        item.operands[0] = Operand { spec.symbol, item.id, item.value };
        item.operandCount = 1;
        items.push_back(item);
    }
    return items;
}

} // namespace

std::vector<LineItem> inputLineItems(const Scenario& scenario)
{
    return specLineItems(inputSpecs(), scenario, ItemKind::Input, Section::Inputs, inputRef);
}

std::vector<LineItem> constantLineItems(const ModelConstants& constants)
{
    return specLineItems(constantSpecs(), constants, ItemKind::Assumption, Section::Assumptions, constantRef);
}

} // namespace ecw
