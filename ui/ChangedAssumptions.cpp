// SPDX-License-Identifier: GPL-3.0-or-later
// Dependency marking over line items. Items are recorded in dependency order (an operand that is an
// item always comes earlier), so one pass suffices.
#include "ChangedAssumptions.h"

#include <unordered_map>

namespace ecw {

std::optional<ConstantId> ChangedAssumptions::constantForRef(std::string_view ref)
{
    static const std::unordered_map<std::string_view, ConstantId> byRef = [] {
        std::unordered_map<std::string_view, ConstantId> map;
        for (const ConstantSpec& spec : constantSpecs())
            map.emplace(constantRef(spec.id), spec.id);
        return map;
    }();
    const auto found = byRef.find(ref);
    if (found == byRef.end())
        return std::nullopt;
    return found->second;
}

void ChangedAssumptions::update(const Estimate& estimate)
{
    m_changed.reset();
    for (const ConstantSpec& spec : constantSpecs())
        if (!estimate.constants.isDefault(spec.id))
            m_changed.set(static_cast<std::size_t>(spec.id));
    m_dependencies.assign(estimate.items.size(), ConstantSet {});
    if (m_changed.none())
        return; // the common case while a slider moves: nothing to mark

    std::unordered_map<std::string_view, std::size_t> indexById;
    indexById.reserve(estimate.items.size());
    for (std::size_t i = 0; i < estimate.items.size(); ++i) {
        const LineItem& item = estimate.items[i];
        ConstantSet& set = m_dependencies[i];
        for (std::uint8_t k = 0; k < item.operandCount; ++k) {
            const std::string_view ref = item.operands[k].ref;
            if (const auto constant = constantForRef(ref)) {
                if (m_changed.test(static_cast<std::size_t>(*constant)))
                    set.set(static_cast<std::size_t>(*constant));
            } else if (const auto found = indexById.find(ref); found != indexById.end()) {
                set |= m_dependencies[found->second];
            }
        }
        indexById.emplace(item.id, i);
    }
}

const ChangedAssumptions::ConstantSet& ChangedAssumptions::dependencies(std::size_t itemIndex) const
{
    return itemIndex < m_dependencies.size() ? m_dependencies[itemIndex] : m_none;
}

bool ChangedAssumptions::affects(const Estimate& estimate, std::string_view itemId) const
{
    if (m_changed.none())
        return false;
    for (std::size_t i = 0; i < estimate.items.size(); ++i)
        if (estimate.items[i].id == itemId)
            return affects(i);
    return false;
}

std::string ChangedAssumptions::symbols(const ConstantSet& set)
{
    std::string text;
    for (const ConstantSpec& spec : constantSpecs()) {
        if (!set.test(static_cast<std::size_t>(spec.id)))
            continue;
        if (!text.empty())
            text += ", ";
        text += spec.symbol;
    }
    return text;
}

} // namespace ecw
