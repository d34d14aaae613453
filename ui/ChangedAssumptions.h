// SPDX-License-Identifier: GPL-3.0-or-later
// Which figures of an estimate depend, directly or through other figures, on a constant the planner
// changed from the spec's default: the workbench marks those figures wherever it shows them.
#pragma once

#include "Estimate.h"

#include <bitset>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ecw {

class ChangedAssumptions
{
public:
    using ConstantSet = std::bitset<kConstantCount>;

    void update(const Estimate& estimate);

    bool any() const { return m_changed.any(); }
    std::size_t changedCount() const { return m_changed.count(); }
    bool isChanged(ConstantId id) const { return m_changed.test(static_cast<std::size_t>(id)); }
    // The changed constants an item depends on; index into Estimate::items.
    const ConstantSet& dependencies(std::size_t itemIndex) const;
    bool affects(std::size_t itemIndex) const { return dependencies(itemIndex).any(); }
    bool affects(const Estimate& estimate, std::string_view itemId) const;
    // "HASH_TABLE_OVERHEAD, MEMORY_HEADROOM"
    static std::string symbols(const ConstantSet& set);

    // "const.hash_table_overhead" -> the constant, if the ref names one.
    static std::optional<ConstantId> constantForRef(std::string_view ref);

private:
    ConstantSet m_changed;
    std::vector<ConstantSet> m_dependencies;
    ConstantSet m_none;
};

} // namespace ecw
