// SPDX-License-Identifier: GPL-3.0-or-later
// engram-capacity export --telemetry FILE: the worksheet's "Observed vs predicted" section from the command line,
// on synthetic telemetry whose truth is known (hot memory 1.25x the model's, the WAL 0.8x), in the PDF (read back
// with pdftotext) and the CSV (the section after the worksheet's own, with calibrate --format csv's columns), and
// the bad telemetry files a planner meets: exit 2, nothing written, an existing file kept.
#include "ExportTestSupport.h"
#include "SyntheticTelemetry.h"
#include "TelemetryFiles.h"

namespace ecw::test {
namespace {

constexpr double kEnd = 1796000000; // 2026-11-30T00:53:20Z

std::string writeTelemetry(const TempFolder& folder)
{
    const std::string path = folder / "prod-14d.om";
    writeFile(path, writeOpenMetrics(generateTelemetry(defaultSyntheticTruth(kEnd))));
    return path;
}

TEST(ExportTelemetry, PdfAndCsvGainTheObservedVsPredictedSection)
{
    if (!havePoppler())
        GTEST_SKIP() << "pdftotext/pdfinfo (poppler-utils) not installed";
    const TempFolder folder;
    const std::string telemetry = writeTelemetry(folder);
    const std::string pdf = folder / "observed.pdf";
    const std::string csv = folder / "observed.csv";
    const ProcessResult run
        = cli({ "export", "--telemetry", telemetry, "--pdf", pdf, "--csv", csv, "--today", kToday });
    ASSERT_EQ(run.exitCode, 0) << run.err;

    const std::string text = pdfText(pdf);
    EXPECT_NE(text.find("Observed vs predicted"), std::string::npos);
    EXPECT_NE(text.find("Proposed calibrations"), std::string::npos);
    EXPECT_NE(text.find("Right-sizing"), std::string::npos);
    EXPECT_NE(text.find("2.00% a day"), std::string::npos) << "the compound fit recovers the truth's 2% a day";
    EXPECT_NE(text.find("hash_table_overhead"), std::string::npos);
    EXPECT_NE(text.find("2 of 7 are over the 15% bar"), std::string::npos);
    // The section adds pages to the worksheet without telemetry.
    const std::string plain = folder / "plain.pdf";
    ASSERT_EQ(cli({ "export", "--pdf", plain, "--today", kToday }).exitCode, 0);
    EXPECT_GT(pdfPages(pdf), pdfPages(plain));

    const std::string sheet = readFile(csv);
    const std::size_t section = sheet.find("\r\n\r\nsection,key,label,value,compared_with,relative,flag,detail\r\n");
    ASSERT_NE(section, std::string::npos) << "the calibration section follows the worksheet after a blank line";
    const std::string calibration = sheet.substr(section + 4);
    EXPECT_NE(calibration.find("\r\nobserved_vs_predicted,memory.hot,"), std::string::npos);
    EXPECT_NE(calibration.find("\r\nproposed_constant,hash_table_overhead,"), std::string::npos);
    EXPECT_NE(calibration.find("\r\ngrowth_fit,"), std::string::npos);
    EXPECT_NE(calibration.find("\r\nright_sizing,"), std::string::npos);
    // Everything before it is the worksheet the same export writes without telemetry.
    const std::string plainCsv = folder / "plain.csv";
    ASSERT_EQ(cli({ "export", "--csv", plainCsv, "--today", kToday }).exitCode, 0);
    EXPECT_EQ(sheet.substr(0, section + 2), readFile(plainCsv));
}

TEST(ExportTelemetry, CsvOnlyNeedsNoExportTool)
{
    const TempFolder folder;
    const std::string csv = folder / "observed.csv";
    const ProcessResult run = cli({ "export", "--telemetry", writeTelemetry(folder), "--csv", csv, "--today", kToday });
    ASSERT_EQ(run.exitCode, 0) << run.err;
    EXPECT_NE(readFile(csv).find("\r\nobserved_vs_predicted,storage.wal,"), std::string::npos);
}

// Exit 2, the message on stderr, and the files that were to be written keep what they held.
void expectRefused(const TempFolder& folder, const std::string& telemetry, const std::string& message)
{
    const std::string pdf = folder / "kept.pdf";
    const std::string csv = folder / "kept.csv";
    writeFile(pdf, "the planner's earlier PDF");
    writeFile(csv, "the planner's earlier CSV");
    const ProcessResult run = cli({ "export", "--telemetry", telemetry, "--pdf", pdf, "--csv", csv });
    EXPECT_EQ(run.exitCode, 2) << telemetry << "\n" << run.err;
    EXPECT_NE(run.err.find(message), std::string::npos) << telemetry << "\nstderr: " << run.err;
    EXPECT_EQ(readFile(pdf), "the planner's earlier PDF");
    EXPECT_EQ(readFile(csv), "the planner's earlier CSV");
}

TEST(ExportTelemetry, BadTelemetryExitsTwoAndWritesNothing)
{
    const TempFolder folder;
    const std::string cut = folder / "cut.json";
    writeFile(cut, "{\"status\": \"success\", \"data\": ");
    expectRefused(folder, cut, "not valid JSON");
    expectRefused(folder, folder / "missing.om", "missing.om");
    const std::string nan = folder / "nan.om";
    writeFile(nan, "engram_nodes{tier=\"hot\"} 5 1796000000\nengram_nodes{tier=\"hot\"} NaN 1796000060\n# EOF\n");
    expectRefused(folder, nan, "engram_nodes{tier=\"hot\"}");
    // Readable, but without the series calibrate needs: named, not a crash or an empty section.
    const std::string memoryOnly = folder / "memory-only.om";
    writeFile(memoryOnly, "engram_memory_usage_bytes{tier=\"hot\"} 5 1796000000\n# EOF\n");
    expectRefused(folder, memoryOnly, "--telemetry " + memoryOnly + ": ");
    expectRefused(folder, "", "--telemetry needs a file name");
}

} // namespace
} // namespace ecw::test
