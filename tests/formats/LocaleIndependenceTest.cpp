// SPDX-License-Identifier: GPL-3.0-or-later
// Every format writes '.' decimals and no digit grouping whatever the process locale (the workbench runs
// under the planner's locale; Qt calls setlocale(LC_ALL, "")), and scenario files read back the same.
#include "CapacityModel.h"
#include "CommaDecimalLocale.h"
#include "EstimateCsv.h"
#include "EstimateJson.h"
#include "ScenarioJson.h"
#include "TextReport.h"

#include <gtest/gtest.h>

#include <clocale>
#include <locale>

using namespace ecw;

// glibc's setlocale keeps the LOCPATH folder list it parses (string/argz-addsep.c) and never frees it; under
// LeakSanitizer (the asan preset) that would fail these tests for a leak that is not ours. Defined once per
// test executable; without a sanitizer nothing calls it.
extern "C" const char* __lsan_default_suppressions() { return "leak:__argz_add_sep\n"; }

namespace {

struct Outputs
{
    std::string csv;
    std::string json;
    std::string reference;
    std::string full;
    std::string scenario;
};

ScenarioDocument sampleDocument()
{
    ScenarioDocument document;
    document.scenario.set(InputId::ActiveRatio, 0.125);
    document.scenario.set(InputId::EdgesPerNode, 12.75);
    document.scenario.set(InputId::OpsPerSec, 2500.5);
    document.constants.set(ConstantId::HashTableOverhead, 1.75);
    document.forecast.points = { { 0.5, 1000.25 } };
    return document;
}

Outputs render(const ScenarioDocument& document)
{
    const Estimate full = estimate(document.scenario, document.constants, Profile::Full);
    const Estimate reference = estimate(document.scenario, document.constants, Profile::Reference);
    return { writeEstimateCsv(full), writeEstimateJson(full, "engram-capacity", "1.0"), writeTextReport(reference),
             writeTextReport(full), writeScenarioJson(document) };
}

class CommaLocale : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_name = test::commaDecimalLocale();
        if (m_name.empty())
            GTEST_SKIP() << "no locale with a decimal comma is installed and localedef could not build one";
    }
    void TearDown() override
    {
        std::setlocale(LC_ALL, "C");
        std::locale::global(std::locale::classic());
    }
    void enter()
    {
        ASSERT_NE(std::setlocale(LC_ALL, m_name.c_str()), nullptr);
        std::locale::global(std::locale(m_name.c_str()));
        ASSERT_STREQ(std::localeconv()->decimal_point, ",") << "the test needs a decimal comma";
    }

    std::string m_name;
};

} // namespace

TEST_F(CommaLocale, OutputsAreIdenticalToTheCLocale)
{
    const ScenarioDocument document = sampleDocument();
    const Outputs c = render(document);
    enter();
    const Outputs german = render(document);
    EXPECT_EQ(german.csv, c.csv);
    EXPECT_EQ(german.json, c.json);
    EXPECT_EQ(german.reference, c.reference);
    EXPECT_EQ(german.full, c.full);
    EXPECT_EQ(german.scenario, c.scenario);
    EXPECT_NE(german.reference.find("  Edges per Node: 12.75\n"), std::string::npos);
    EXPECT_NE(german.csv.find("\r\ncpu.spreading,Spreading activation,1.0002,cores,"), std::string::npos) << german.csv;
}

TEST_F(CommaLocale, ScenarioFilesReadBackExactly)
{
    const ScenarioDocument document = sampleDocument();
    const std::string text = writeScenarioJson(document);
    enter();
    const Result<ScenarioDocument> parsed = parseScenarioJson(text);
    ASSERT_TRUE(parsed.ok()) << parsed.error();
    EXPECT_EQ(*parsed, document);
}

TEST_F(CommaLocale, NumberFormattersIgnoreTheLocale)
{
    enter();
    EXPECT_EQ(formatMachineNumber(1234567.5), "1234567.5");
    EXPECT_EQ(formatFixed(2.25, 1), "2.2");
    EXPECT_EQ(formatGrouped(1234567), "1,234,567");
    EXPECT_EQ(formatInputNumber(0.1), "0.1");
}
