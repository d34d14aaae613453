// SPDX-License-Identifier: GPL-3.0-or-later
// Line items show their work: the formula in symbols, with this scenario's numbers substituted, and operands
// that point at the inputs, constants and items they were read from.
#include "ModelTestSupport.h"

#include <gtest/gtest.h>

#include <cctype>
#include <set>
#include <stdexcept>
#include <string>

namespace ecw::test {
namespace {

const LineItem& item(const Estimate& e, std::string_view id)
{
    const LineItem* found = e.find(id);
    if (!found)
        throw std::runtime_error("no line item " + std::string(id));
    return *found;
}

TEST(LineItem, HotTierShowsItsWork)
{
    const Estimate e = full();
    const LineItem& hot = item(e, "memory.hot_tier");
    EXPECT_EQ(hot.formula,
              "(hot_nodes * (EMBEDDING_SIZE + NODE_METADATA) + hot_edges * EDGE_OVERHEAD) * HASH_TABLE_OVERHEAD");
    EXPECT_EQ(hot.substituted(), "(100000 * (3072 + 64) + 5000000 * 32) * 1.5");
    EXPECT_EQ(hot.workedOut(), "(100000 * (3072 + 64) + 5000000 * 32) * 1.5 = 710400000");
    EXPECT_EQ(hot.label, "Hot tier");
    EXPECT_EQ(hot.unit, Unit::Bytes);
    EXPECT_EQ(hot.section, Section::Memory);
    EXPECT_EQ(hot.kind, ItemKind::Derived);
}

TEST(LineItem, HotTierOperandRefs)
{
    const Estimate e = full();
    const LineItem& hot = item(e, "memory.hot_tier");
    ASSERT_EQ(hot.operandCount, 6);
    const std::pair<const char*, const char*> expected[] = {
        { "hot_nodes", "tiers.hot_nodes" },
        { "EMBEDDING_SIZE", "node.embedding_bytes" },
        { "NODE_METADATA", "const.node_metadata_bytes" },
        { "hot_edges", "edges.hot" },
        { "EDGE_OVERHEAD", "const.edge_overhead_bytes" },
        { "HASH_TABLE_OVERHEAD", "const.hash_table_overhead" },
    };
    for (int i = 0; i < 6; ++i) {
        EXPECT_EQ(hot.operands[i].symbol, expected[i].first);
        EXPECT_EQ(hot.operands[i].ref, expected[i].second);
    }
    EXPECT_EQ(hot.operands[0].value, 100000.0);
    EXPECT_EQ(hot.operands[5].value, 1.5);
}

TEST(LineItem, WorkedOutExamples)
{
    // The spec's WAL, in the script's arithmetic.
    EXPECT_EQ(item(reference(), "storage.wal").workedOut(), "5000 * 86400 * 30 * 256 * 0.7 = 2322432000000");
    EXPECT_EQ(item(full(), "storage.wal").workedOut(), "5000 * 1 * 86400 * 30 * 256 * 0.7 = 2322432000000");
    EXPECT_EQ(item(full(), "tiers.warm_nodes").workedOut(), "min(3 * 100000, 1000000 - 100000) = 300000");
    EXPECT_EQ(item(reference(), "cpu.recommended").workedOut(), "ceil(4.00666666667 * 1.5) = 7");
    EXPECT_EQ(item(full(), "memory.recommended").workedOut(),
              "ceil(1686067600 * 1.25 / 1073741824) * 1073741824 = 2147483648");
    EXPECT_EQ(item(full(), "performance.throughput").workedOut(), "2500 * 8 * 0.65 = 13000");
    EXPECT_EQ(item(full(), "memory.runtime").workedOut(), "524288000 = 524288000");
}

TEST(LineItem, SubstitutionReplacesWholeWordsOnly)
{
    LineItem li;
    li.formula = "nodes * nodes_x + x_nodes - nodes";
    li.operands[0] = Operand { "nodes", "input.nodes", 7 };
    li.operandCount = 1;
    li.value = 0;
    EXPECT_EQ(li.substituted(), "7 * nodes_x + x_nodes - 7");
    // Operands beyond operandCount are not used.
    li.operands[1] = Operand { "nodes_x", "x", 9 };
    EXPECT_EQ(li.substituted(), "7 * nodes_x + x_nodes - 7");
    li.operandCount = 2;
    EXPECT_EQ(li.substituted(), "7 * 9 + x_nodes - 7");
}

// The value a ref points at: an input, a constant, the GiB unit, or another item of the same estimate.
bool refValue(const Estimate& e, std::string_view ref, double& value)
{
    for (const InputSpec& spec : inputSpecs())
        if (inputRef(spec.id) == ref) {
            value = e.scenario[spec.id];
            return true;
        }
    for (const ConstantSpec& spec : constantSpecs())
        if (constantRef(spec.id) == ref) {
            value = e.constants[spec.id];
            return true;
        }
    if (ref == "unit.gib") {
        value = kGiB;
        return true;
    }
    if (const LineItem* other = e.find(ref)) {
        value = other->value;
        return true;
    }
    return false;
}

TEST(LineItem, EveryOperandIsUsedAndPointsAtWhatItReadFrom)
{
    const Scenario odd = scenarioWith({ { I::Nodes, 123457 },
                                        { I::ActiveRatio, 0.37 },
                                        { I::GpuFallbackRatio, 0.2 },
                                        { I::HttpFraction, 0.4 },
                                        { I::ReplicationFactor, 2 } });
    for (const Estimate& e : { full(), reference(), full(odd), reference(odd) }) {
        for (const LineItem& li : e.items) {
            ASSERT_LE(li.operandCount, LineItem::kMaxOperands);
            EXPECT_GE(li.operandCount, 1) << li.id;
            for (std::uint8_t k = 0; k < li.operandCount; ++k) {
                const Operand& op = li.operands[k];
                // The symbol occurs in the formula as a whole word.
                const std::string formula(li.formula);
                bool found = false;
                for (std::size_t at = formula.find(op.symbol); at != std::string::npos;
                     at = formula.find(op.symbol, at + 1)) {
                    const bool startOk = at == 0
                        || !(std::isalnum(static_cast<unsigned char>(formula[at - 1])) || formula[at - 1] == '_');
                    const std::size_t end = at + op.symbol.size();
                    const bool endOk = end == formula.size()
                        || !(std::isalnum(static_cast<unsigned char>(formula[end])) || formula[end] == '_');
                    found = found || (startOk && endOk);
                }
                EXPECT_TRUE(found) << li.id << ": " << op.symbol << " not in " << li.formula;
                // The ref resolves, and to the value the formula used.
                double value = 0;
                ASSERT_TRUE(refValue(e, op.ref, value)) << li.id << ": unresolved ref " << op.ref;
                EXPECT_EQ(op.value, value) << li.id << ": " << op.symbol << " -> " << op.ref;
            }
        }
    }
}

TEST(LineItem, SubstitutedTextKeepsOnlyFunctionNames)
{
    // After substitution the only words left are the formula's functions and table lookups.
    const std::set<std::string> allowed {
        "round",      "min",        "max",        "ceil", "log10", "rto_table", "full_backup_table",
        "cold_start", "warm_start", "hot_standby"
    };
    for (const Estimate& e : { full(), reference() }) {
        for (const LineItem& li : e.items) {
            const std::string text = li.substituted();
            std::size_t i = 0;
            while (i < text.size()) {
                const char c = text[i];
                if (std::isdigit(static_cast<unsigned char>(c)) || c == '.') {
                    // A number, including its exponent: 1e-04, 2.5e+10.
                    while (i < text.size()
                           && (std::isdigit(static_cast<unsigned char>(text[i])) || text[i] == '.' || text[i] == 'e'
                               || ((text[i] == '-' || text[i] == '+') && text[i - 1] == 'e')))
                        ++i;
                } else if (std::isalpha(static_cast<unsigned char>(c)) || c == '_') {
                    std::size_t end = i;
                    while (end < text.size()
                           && (std::isalnum(static_cast<unsigned char>(text[end])) || text[end] == '_'))
                        ++end;
                    const std::string word = text.substr(i, end - i);
                    EXPECT_TRUE(allowed.count(word)) << li.id << ": '" << word << "' left in " << text;
                    i = end;
                } else {
                    ++i;
                }
            }
        }
    }
}

TEST(LineItem, InputAndConstantItems)
{
    const auto inputs = inputLineItems(scenarioWith({ { I::Nodes, 42 } }));
    ASSERT_EQ(inputs.size(), kInputCount);
    EXPECT_EQ(inputs[0].id, "input.nodes");
    EXPECT_EQ(inputs[0].kind, ItemKind::Input);
    EXPECT_EQ(inputs[0].section, Section::Inputs);
    EXPECT_EQ(inputs[0].value, 42.0);
    EXPECT_EQ(inputs[0].workedOut(), "42 = 42");
    EXPECT_EQ(inputs[1].id, "input.active-ratio");
    const auto constants = constantLineItems(constantsWith({ { C::HashTableOverhead, 2 } }));
    ASSERT_EQ(constants.size(), kConstantCount);
    EXPECT_EQ(constants[2].id, "const.hash_table_overhead");
    EXPECT_EQ(constants[2].kind, ItemKind::Assumption);
    EXPECT_EQ(constants[2].formula, "HASH_TABLE_OVERHEAD");
    EXPECT_EQ(constants[2].value, 2.0);
    EXPECT_EQ(inputRef(I::OpsPerSec), "input.ops-per-sec");
    EXPECT_EQ(constantRef(C::WalRecordBytes), "const.wal_record_bytes");
}

TEST(LineItem, Names)
{
    EXPECT_EQ(itemKindName(ItemKind::Input), "input");
    EXPECT_EQ(itemKindName(ItemKind::Assumption), "assumption");
    EXPECT_EQ(itemKindName(ItemKind::Derived), "derived");
    EXPECT_EQ(sectionName(Section::Memory), "memory");
    EXPECT_EQ(sectionTitle(Section::Cpu), "CPU");
    EXPECT_EQ(sectionTitle(Section::Node), "Per node");
}

TEST(LineItem, EstimateLookups)
{
    const Estimate e = reference();
    EXPECT_EQ(e.value("memory.hot_tier"), 710400000.0);
    EXPECT_EQ(e.value("network.peak"), 0.0); // not computed by this profile
    EXPECT_FALSE(e.has("network.peak"));
    EXPECT_EQ(e.find("no.such.item"), nullptr);
}

} // namespace
} // namespace ecw::test
