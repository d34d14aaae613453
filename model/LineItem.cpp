// SPDX-License-Identifier: GPL-3.0-or-later
#include "LineItem.h"

#include <cctype>
#include <cmath>

namespace ecw {

std::string_view itemKindName(ItemKind kind)
{
    switch (kind) {
    case ItemKind::Input: return "input";
    case ItemKind::Assumption: return "assumption";
    case ItemKind::Derived: return "derived";
    }
    return "";
}

std::string_view sectionName(Section section)
{
    switch (section) {
    case Section::Inputs: return "inputs";
    case Section::Assumptions: return "assumptions";
    case Section::Node: return "node";
    case Section::Tiers: return "tiers";
    case Section::Edges: return "edges";
    case Section::Memory: return "memory";
    case Section::Cpu: return "cpu";
    case Section::Storage: return "storage";
    case Section::Network: return "network";
    case Section::Performance: return "performance";
    case Section::Recovery: return "recovery";
    case Section::Backup: return "backup";
    }
    return "";
}

std::string_view sectionTitle(Section section)
{
    switch (section) {
    case Section::Inputs: return "Inputs";
    case Section::Assumptions: return "Assumptions";
    case Section::Node: return "Per node";
    case Section::Tiers: return "Tier distribution";
    case Section::Edges: return "Edges";
    case Section::Memory: return "Memory";
    case Section::Cpu: return "CPU";
    case Section::Storage: return "Storage";
    case Section::Network: return "Network";
    case Section::Performance: return "Performance";
    case Section::Recovery: return "Recovery";
    case Section::Backup: return "Backup";
    }
    return "";
}

namespace {

bool isSymbolChar(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; }

} // namespace

std::string LineItem::substituted() const
{
    std::string out;
    out.reserve(formula.size() + 32);
    std::size_t i = 0;
    while (i < formula.size()) {
        const char c = formula[i];
        if (std::isalpha(static_cast<unsigned char>(c)) || c == '_') {
            std::size_t end = i;
            while (end < formula.size() && isSymbolChar(formula[end]))
                ++end;
            const std::string_view word = formula.substr(i, end - i);
            bool replaced = false;
            for (std::uint8_t k = 0; k < operandCount; ++k) {
                if (operands[k].symbol == word) {
                    out += formatCompact(operands[k].value);
                    replaced = true;
                    break;
                }
            }
            if (!replaced)
                out.append(word);
            i = end;
        } else {
            out.push_back(c);
            ++i;
        }
    }
    return out;
}

std::string LineItem::workedOut() const { return substituted() + " = " + formatCompact(value); }

} // namespace ecw
