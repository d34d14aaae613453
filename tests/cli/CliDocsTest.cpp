// SPDX-License-Identifier: GPL-3.0-or-later
// docs/cli.md stays true: it documents every input option, and its sample report is the real one.
#include "CapacityModel.h"
#include "TextReport.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

using namespace ecw;

namespace {

std::string readDocs()
{
    std::ifstream in(std::string(ECW_SOURCE_DIR) + "/docs/cli.md", std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

} // namespace

TEST(CliDocs, EveryInputOptionIsDocumented)
{
    const std::string docs = readDocs();
    ASSERT_FALSE(docs.empty());
    for (const InputSpec& spec : inputSpecs())
        EXPECT_NE(docs.find("| `--" + std::string(spec.key) + "` |"), std::string::npos) << spec.key;
    for (const char* option : { "`--scenario FILE`", "`--set KEY=VALUE`", "`--profile NAME`", "`--format NAME`",
                                "`--output FILE`", "`--help`" })
        EXPECT_NE(docs.find(option), std::string::npos) << option;
}

TEST(CliDocs, SampleReportIsTheReferenceOutputForTheDefaults)
{
    const std::string docs = readDocs();
    const std::string marker = "whole cores and whole GiB. For the defaults:\n\n```\n";
    const std::size_t start = docs.find(marker);
    ASSERT_NE(start, std::string::npos);
    const std::size_t begin = start + marker.size();
    const std::size_t end = docs.find("```\n", begin);
    ASSERT_NE(end, std::string::npos);
    EXPECT_EQ(docs.substr(begin, end - begin), writeTextReport(estimate(Scenario {}, {}, Profile::Reference)));
}
