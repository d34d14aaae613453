// SPDX-License-Identifier: GPL-3.0-or-later
// docs/model.md stays exact: every input, constant, line item (with its formula in both profiles) and finding the
// code has is documented with what the code says.
#include "ModelTestSupport.h"

#include "Validation.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>

namespace ecw::test {
namespace {

std::string readDoc()
{
    std::ifstream in(std::string(ECW_SOURCE_DIR) + "/docs/model.md");
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

// The table row that starts with the given cell, or "" if there is none.
std::string rowStartingWith(const std::string& doc, const std::string& firstCell)
{
    const std::string start = "\n| " + firstCell + " |";
    const std::size_t at = doc.find(start);
    if (at == std::string::npos)
        return {};
    return doc.substr(at + 1, doc.find('\n', at + 1) - at - 1);
}

std::string code(std::string_view text)
{
    return "`" + std::string(text) + "`";
}

class ModelDocs : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_doc = readDoc();
        ASSERT_FALSE(m_doc.empty()) << "cannot read docs/model.md under " << ECW_SOURCE_DIR;
    }
    std::string m_doc;
};

TEST_F(ModelDocs, EveryInputWithItsSymbolAndRange)
{
    for (const InputSpec& spec : inputSpecs()) {
        const std::string row = rowStartingWith(m_doc, code(spec.key));
        ASSERT_FALSE(row.empty()) << spec.key;
        EXPECT_NE(row.find(code(spec.symbol)), std::string::npos) << row;
        EXPECT_NE(row.find(describeRange(spec.minimum, spec.maximum, spec.unit, spec.wholeNumber)), std::string::npos)
            << row;
        EXPECT_NE(row.find(std::string(spec.label)), std::string::npos) << row;
    }
}

TEST_F(ModelDocs, EveryConstantWithItsSymbolRangeAndSource)
{
    for (const ConstantSpec& spec : constantSpecs()) {
        const std::string row = rowStartingWith(m_doc, code(spec.key));
        ASSERT_FALSE(row.empty()) << spec.key;
        EXPECT_NE(row.find(code(spec.symbol)), std::string::npos) << row;
        EXPECT_NE(row.find(describeRange(spec.minimum, spec.maximum, spec.unit, false)), std::string::npos) << row;
        EXPECT_NE(row.find(std::string(spec.source)), std::string::npos) << row;
    }
}

TEST_F(ModelDocs, EveryLineItemWithItsFormulaInBothProfiles)
{
    const Estimate f = full();
    const Estimate r = reference();
    for (const LineItem& item : f.items) {
        const std::string row = rowStartingWith(m_doc, code(item.id));
        ASSERT_FALSE(row.empty()) << item.id;
        EXPECT_NE(row.find("| " + code(item.formula) + " |"), std::string::npos) << row;
        EXPECT_NE(row.find(std::string(item.label)), std::string::npos) << row;
        EXPECT_NE(row.find("| " + std::string(unitName(item.unit)) + " |"), std::string::npos) << row;
        const LineItem* ref = r.find(item.id);
        std::string referenceCell = "—";
        if (ref)
            referenceCell = ref->formula == item.formula ? "same" : code(ref->formula);
        EXPECT_NE(row.find("| " + referenceCell + " |"), std::string::npos) << row;
    }
    for (const LineItem& item : r.items)
        EXPECT_TRUE(f.has(item.id)) << item.id << " is only in the reference profile and has no row";
}

TEST_F(ModelDocs, EveryFinding)
{
    // A scenario that raises every finding the model has.
    const Scenario s = scenarioWith({ { I::Nodes, 1e9 }, { I::ActiveRatio, 0.5 }, { I::OpsPerSec, 1e5 } });
    const Estimate e = full(s, constantsWith({ { C::SnapshotCount, 12 } }));
    ASSERT_EQ(e.findings.size(), 10u);
    for (const Finding& finding : e.findings)
        EXPECT_FALSE(rowStartingWith(m_doc, code(finding.id)).empty()) << finding.id;
}

} // namespace
} // namespace ecw::test
