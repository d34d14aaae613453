// SPDX-License-Identifier: GPL-3.0-or-later
// The grid's corners through `engram-capacity export --pdf` (the Qt export tool): a valid PDF (header, end
// marker, and pdfinfo reads its pages when poppler-utils is installed) whose text (pdftotext) spells no NaN
// or infinity. A few points only: painting a worksheet takes about a second.
#include "FigureCheck.h"
#include "GridPoints.h"
#include "ProcessRunner.h"
#include "ScenarioJson.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>

#include <unistd.h>

using namespace ecw;
using ecw::test::FigureCheck;
using ecw::test::GridPoint;
using ecw::test::ProcessResult;

namespace {

std::string readFile(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

class GridPdf : public ::testing::TestWithParam<GridPoint>
{
protected:
    std::string tempPath(const std::string& name) const
    {
        return ::testing::TempDir() + "ecw-grid-" + std::to_string(::getpid()) + "-" + GetParam().name + "-" + name;
    }
};

TEST_P(GridPdf, ExportWritesAValidPdfWithFiniteFigures)
{
    const std::string scenario = tempPath("scenario.json");
    const std::string pdf = tempPath("worksheet.pdf");
    std::ofstream(scenario, std::ios::binary) << writeScenarioJson(GetParam().document);
    const ProcessResult result = ecw::test::runProcess(
        { ECW_CLI_BINARY, "export", "--scenario", scenario, "--pdf", pdf, "--today", "2026-06-01" });
    ASSERT_EQ(result.exitCode, 0) << result.err;

    const std::string bytes = readFile(pdf);
    ASSERT_GT(bytes.size(), 1000u);
    EXPECT_EQ(bytes.substr(0, 5), "%PDF-");
    EXPECT_NE(bytes.rfind("%%EOF"), std::string::npos);
    EXPECT_GT(bytes.rfind("%%EOF"), bytes.size() - 16);

    const std::string pdfinfo = ECW_PDFINFO;
    const std::string pdftotext = ECW_PDFTOTEXT;
    if (!pdfinfo.empty()) {
        const ProcessResult info = ecw::test::runProcess({ pdfinfo, pdf });
        EXPECT_EQ(info.exitCode, 0) << info.err;
        EXPECT_NE(info.out.find("Pages:"), std::string::npos) << info.out;
    }
    if (!pdftotext.empty()) {
        const std::string text = tempPath("worksheet.txt");
        const ProcessResult extracted = ecw::test::runProcess({ pdftotext, "-layout", pdf, text });
        ASSERT_EQ(extracted.exitCode, 0) << extracted.err;
        FigureCheck check;
        std::istringstream lines(readFile(text));
        int number = 0;
        for (std::string line; std::getline(lines, line);)
            check.text("line " + std::to_string(++number), line);
        EXPECT_GT(number, 50);
        EXPECT_TRUE(check.ok()) << check.report();
        std::remove(text.c_str());
    }
    std::remove(scenario.c_str());
    std::remove(pdf.c_str());
}

std::string pointName(const ::testing::TestParamInfo<GridPoint>& info)
{
    return info.param.name;
}

INSTANTIATE_TEST_SUITE_P(Corners, GridPdf, ::testing::ValuesIn(ecw::test::cornerGridPoints()), pointName);

} // namespace
