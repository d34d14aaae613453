// SPDX-License-Identifier: GPL-3.0-or-later
// engram-capacity calibrate --from-file, run as a planner would: text, JSON and CSV on synthetic telemetry with a
// known truth, constants applied with their provenance, and the bad input the issue names (a URL that is not
// HTTP, a window of 0, an end before the start, NaN/Inf/stale samples, a file that is not JSON): exit 2, the
// message naming the option or the series, nothing on stdout and the scenario file untouched.
#include "AtomicFile.h"
#include "ProcessRunner.h"
#include "SyntheticTelemetry.h"
#include "TelemetryFiles.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <fstream>
#include <sstream>

#include <unistd.h>

namespace ecw {
namespace {

constexpr double kEnd = 1796000000; // 2026-11-30T00:53:20Z

std::string tempPath(const std::string& name)
{
    return ::testing::TempDir() + "ecw-calibrate-" + std::to_string(::getpid()) + "-" + name;
}

std::string readText(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

void writeText(const std::string& path, const std::string& text)
{
    std::ofstream(path, std::ios::binary) << text;
}

test::ProcessResult runCli(std::vector<std::string> args)
{
    args.insert(args.begin(), ECW_CLI_BINARY);
    return test::runProcess(args, { { "ENGRAM_PROMETHEUS_TOKEN", "" } });
}

// The synthetic telemetry of the default truth, written once per test binary in either format.
const std::string& telemetryFile(bool json)
{
    static const std::string om = [] {
        const std::string path = tempPath("synthetic.om");
        EXPECT_TRUE(writeFileAtomically(path, writeOpenMetrics(generateTelemetry(defaultSyntheticTruth(kEnd)))).ok());
        return path;
    }();
    static const std::string js = [] {
        const std::string path = tempPath("synthetic.json");
        EXPECT_TRUE(writeFileAtomically(path, writeQueryRangeJson(generateTelemetry(defaultSyntheticTruth(kEnd)))).ok());
        return path;
    }();
    return json ? js : om;
}

TEST(CalibrateCli, TextNamesTheFlaggedRowsAndTheChosenFit)
{
    const test::ProcessResult run = runCli({ "calibrate", "--from-file", telemetryFile(false) });
    ASSERT_EQ(run.exitCode, 0) << run.err;
    EXPECT_NE(run.out.find("Hot tier memory"), std::string::npos) << run.out;
    EXPECT_NE(run.out.find("OVER"), std::string::npos) << run.out;
    EXPECT_NE(run.out.find("2.000% a day"), std::string::npos) << run.out;
    EXPECT_NE(run.out.find("<- chosen"), std::string::npos) << run.out;
    EXPECT_NE(run.out.find("hash_table_overhead"), std::string::npos) << run.out;
    EXPECT_NE(run.out.find("Azure"), std::string::npos) << run.out;
}

TEST(CalibrateCli, JsonRecoversTheGeneratorsTruth)
{
    const test::ProcessResult run = runCli({ "calibrate", "--from-file", telemetryFile(true), "--format", "json" });
    ASSERT_EQ(run.exitCode, 0) << run.err;
    const nlohmann::json json = nlohmann::json::parse(run.out);
    std::map<std::string, nlohmann::json> rows;
    for (const nlohmann::json& row : json.at("observed_vs_predicted"))
        rows[row.at("key").get<std::string>()] = row;
    // Truth: hot memory is 1.25x the model's, so the model is (1 - 1.25) / 1.25 = -20% off; the WAL is 0.8x, so +25%.
    EXPECT_NEAR(rows.at("memory.hot").at("relative_error").get<double>(), -0.20, 0.02);
    EXPECT_TRUE(rows.at("memory.hot").at("flagged").get<bool>());
    EXPECT_NEAR(rows.at("storage.wal").at("relative_error").get<double>(), 0.25, 0.03);
    EXPECT_NEAR(rows.at("cpu.cores").at("relative_error").get<double>(), 0.0, 0.15);
    EXPECT_FALSE(rows.at("memory.warm").at("flagged").get<bool>());
    EXPECT_EQ(json.at("growth_fit").at("chosen").get<std::string>(), "compound");
    EXPECT_NEAR(json.at("growth_fit").at("compound").at("expected").get<double>(), 0.02, 0.0005);
}

TEST(CalibrateCli, CsvHasItsHeaderAndEverySection)
{
    const test::ProcessResult run = runCli({ "calibrate", "--from-file", telemetryFile(false), "--format", "csv" });
    ASSERT_EQ(run.exitCode, 0) << run.err;
    EXPECT_EQ(run.out.rfind("section,key,label,value,compared_with,relative,flag,detail\r\n", 0), 0u) << run.out.substr(0, 200);
    for (const char* section : { "\r\nobserved_vs_predicted,", "\r\nproposed_constant,", "\r\ngrowth_fit,", "\r\nright_sizing," })
        EXPECT_NE(run.out.find(section), std::string::npos) << section;
}

TEST(CalibrateCli, AppliedConstantsCarryTheirProvenance)
{
    const std::string scenario = tempPath("calibrated.json");
    std::remove(scenario.c_str());
    const test::ProcessResult run = runCli({ "calibrate", "--from-file", telemetryFile(false), "--apply", "recommended",
                                             "--save-scenario", scenario, "--format", "json" });
    ASSERT_EQ(run.exitCode, 0) << run.err;
    const nlohmann::json saved = nlohmann::json::parse(readText(scenario));
    ASSERT_TRUE(saved.contains("calibrations")) << saved.dump(2);
    std::set<std::string> constants;
    for (const nlohmann::json& record : saved.at("calibrations")) {
        constants.insert(record.at("constant").get<std::string>());
        EXPECT_EQ(record.at("source").get<std::string>(), "file " + telemetryFile(false));
        EXPECT_FALSE(record.at("applied_at").get<std::string>().empty());
    }
    EXPECT_TRUE(constants.count("hash_table_overhead")) << saved.dump(2);
    EXPECT_TRUE(constants.count("wal_record_bytes")) << saved.dump(2);
    EXPECT_FALSE(constants.count("cold_compression_ratio")) << "within the bar, so not recommended";
    // The calibrated scenario, read back, predicts what was observed: nothing is flagged any more.
    const test::ProcessResult again = runCli({ "calibrate", "--from-file", telemetryFile(false), "--scenario", scenario,
                                               "--format", "json" });
    ASSERT_EQ(again.exitCode, 0) << again.err;
    // Held in a variable: a range-for over parse(...).at(...) would iterate a temporary already destroyed.
    const nlohmann::json recalibrated = nlohmann::json::parse(again.out);
    for (const nlohmann::json& row : recalibrated.at("observed_vs_predicted"))
        EXPECT_FALSE(row.at("flagged").get<bool>()) << row.dump();
}

// A usage error: exit 2, nothing on stdout, the message on stderr, and the scenario that was to be saved untouched.
void expectRefused(std::vector<std::string> args, const std::string& message)
{
    const std::string scenario = tempPath("untouched.json");
    writeText(scenario, "{\"planner\": \"their own work\"}\n");
    args.insert(args.begin(), "calibrate");
    args.insert(args.end(), { "--apply", "all", "--save-scenario", scenario });
    const test::ProcessResult run = runCli(args);
    std::string command;
    for (const std::string& a : args)
        command += " " + a;
    EXPECT_EQ(run.exitCode, 2) << command << "\n" << run.err;
    EXPECT_EQ(run.out, "") << command;
    EXPECT_NE(run.err.find(message), std::string::npos) << command << "\nstderr: " << run.err;
    EXPECT_EQ(readText(scenario), "{\"planner\": \"their own work\"}\n") << command;
}

TEST(CalibrateCli, BadServerOptionsExitTwo)
{
    expectRefused({ "--prometheus", "ftp://metrics.example" },
                  "--prometheus must be an http:// or https:// URL (got \"ftp://metrics.example\")");
    expectRefused({ "--prometheus", "localhost:9090" }, "--prometheus must be an http:// or https:// URL");
    expectRefused({ "--prometheus", "http://127.0.0.1:9", "--window", "0" },
                  "--window must be a duration longer than 0, such as 14d, 36h or 90m (got \"0\")");
    expectRefused({ "--prometheus", "http://127.0.0.1:9", "--start", "2026-12-04", "--end", "2026-12-01" },
                  "the window's end (2026-12-01T00:00:00Z) is before its start (2026-12-04T00:00:00Z)");
    expectRefused({ "--prometheus", "http://127.0.0.1:9", "--end", "yesterday" }, "--end must be a time");
    expectRefused({ "--prometheus", "http://127.0.0.1:9", "--step", "0s" }, "--step must be a duration longer than 0");
    expectRefused({ "--prometheus", "http://127.0.0.1:9", "--timeout", "0" }, "--timeout must be a number from 1 to 600");
    expectRefused({ "--prometheus", "http://127.0.0.1:9", "--retries", "11" }, "--retries must be a number from 0 to 10");
    expectRefused({ "--prometheus", "http://127.0.0.1:9", "--token-file", tempPath("no-such-token") }, "--token-file");
    expectRefused({ "--prometheus", "http://x", "--from-file", telemetryFile(false) }, "give exactly one telemetry source");
    expectRefused({ "--from-file", telemetryFile(false), "--window", "7d" }, "--window applies to --prometheus, not --from-file");
}

TEST(CalibrateCli, BadFilesExitTwoAndNameTheSeries)
{
    const std::string notJson = tempPath("not-json.json");
    writeText(notJson, "{\"status\": \"success\", \"data\": ");
    expectRefused({ "--from-file", notJson }, "not valid JSON");
    const std::string prose = tempPath("notes.txt");
    writeText(prose, "capacity notes from the meeting\n");
    expectRefused({ "--from-file", prose }, "not telemetry");
    expectRefused({ "--from-file", tempPath("missing.om") }, "missing.om");

    const char* const values[] = { "\"NaN\"", "\"+Inf\"", "\"-Inf\"" };
    for (const char* value : values) {
        const std::string path = tempPath("bad-value.json");
        writeText(path, std::string(R"({"status":"success","data":{"resultType":"matrix","result":[)"
                                    R"({"metric":{"__name__":"engram_nodes","tier":"hot"},"values":[[1796000000,"5"],[1796000060,)")
                      + value + "]]}]}}");
        expectRefused({ "--from-file", path }, "engram_nodes{tier=\"hot\"} at 2026-11-30T00:54:20Z is");
    }
    const std::string stale = tempPath("stale.om");
    writeText(stale, "engram_nodes{tier=\"hot\"} 5 1796000000\nengram_nodes{tier=\"hot\"} NaN 1796000060\n# EOF\n");
    expectRefused({ "--from-file", stale }, "engram_nodes{tier=\"hot\"}");
    const std::string noEof = tempPath("cut.om");
    writeText(noEof, "engram_nodes{tier=\"hot\"} 5 1796000000\n");
    expectRefused({ "--from-file", noEof }, "# EOF");
}

} // namespace
} // namespace ecw
