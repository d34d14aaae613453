// SPDX-License-Identifier: GPL-3.0-or-later
// One figure of an estimate, carrying the formula that produced it so it can show its work.
#pragma once

#include "Units.h"

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace ecw {

enum class ItemKind : std::uint8_t { Input, Assumption, Derived };

enum class Section : std::uint8_t {
    Inputs,
    Assumptions,
    Node,
    Tiers,
    Edges,
    Memory,
    Cpu,
    Storage,
    Network,
    Performance,
    Recovery,
    Backup
};

std::string_view itemKindName(ItemKind kind);
std::string_view sectionName(Section section); // "memory"
std::string_view sectionTitle(Section section); // "Memory"

// A named value a formula reads: an input, a constant or another line item.
struct Operand {
    std::string_view symbol; // as written in the formula: "hot_nodes", "EMBEDDING_SIZE"
    std::string_view ref; // what it is: "input.nodes", "const.hash_table_overhead", "tiers.hot_nodes"
    double value = 0;
};

struct LineItem {
    static constexpr std::size_t kMaxOperands = 9;

    std::string_view id; // stable contract: CSV columns, docs and tests use it ("memory.hot_tier")
    std::string_view label;
    Unit unit = Unit::Count;
    ItemKind kind = ItemKind::Derived;
    Section section = Section::Tiers;
    bool extrapolated = false; // a model used outside the range the spec validates it for
    double value = 0;
    std::string_view formula; // in symbols: "(hot_nodes * (EMBEDDING_SIZE + NODE_METADATA) + ...) * ..."
    std::array<Operand, kMaxOperands> operands {};
    std::uint8_t operandCount = 0;

    // The formula with this scenario's numbers put in for its symbols.
    std::string substituted() const;
    // The formula's result line, "<substituted> = <value>".
    std::string workedOut() const;
};

} // namespace ecw
