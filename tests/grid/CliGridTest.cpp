// SPDX-License-Identifier: GPL-3.0-or-later
// The grid through the built engram-capacity binary: estimate, forecast and cost as JSON (every number of
// every document checked, and a null only where the format documents an absent value) and the CSV
// worksheet of `export --csv` (every numeric cell checked, no cell spelling NaN or infinity). Each run
// must exit 0 with nothing on stderr.
#include "CsvParser.h"
#include "FigureCheck.h"
#include "GridPoints.h"
#include "ProcessRunner.h"
#include "ScenarioJson.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <regex>
#include <sstream>
#include <string_view>

#include <unistd.h>

using namespace ecw;
using ecw::test::FigureCheck;
using ecw::test::GridPoint;
using ecw::test::ProcessResult;

namespace {

constexpr const char* kToday = "2026-06-01";

// Where the formats write null for "nothing to say": a day or date beyond the horizon (runway, when an
// instance must scale), the first day an input was held at its limit when it never was, a stale-book
// warning that did not fire. A null anywhere else is a NaN or an infinity that nlohmann_json wrote as null.
constexpr std::array kOptionalKeys { "day", "date", "scale_day", "scale_date", "warning" };
constexpr std::string_view kOptionalObject = ".first_clamped_day.";

std::string number(double value)
{
    char text[32];
    std::snprintf(text, sizeof text, "%.17g", value);
    return text;
}

std::vector<std::string> inputArguments(const ScenarioDocument& document)
{
    std::vector<std::string> args;
    for (const InputSpec& spec : inputSpecs()) {
        args.push_back("--" + std::string(spec.key));
        args.push_back(number(document.scenario[spec.id]));
    }
    args.push_back("--profile");
    args.push_back(std::string(profileName(document.profile)));
    return args;
}

std::vector<std::string> growthArguments(const ScenarioDocument& document)
{
    return { "--growth-low",  number(document.forecast.rateLow),
             "--growth-high", number(document.forecast.rateHigh),
             "--today",       kToday };
}

std::string joined(const std::vector<std::string>& args)
{
    std::string text;
    for (const std::string& arg : args)
        text += " " + arg;
    return text;
}

ProcessResult runCli(std::vector<std::string> args)
{
    args.insert(args.begin(), ECW_CLI_BINARY);
    return ecw::test::runProcess(args);
}

bool mayBeNull(const std::string& path, const std::string& key)
{
    return std::find(kOptionalKeys.begin(), kOptionalKeys.end(), key) != kOptionalKeys.end()
        || path.find(kOptionalObject) != std::string::npos;
}

void walk(FigureCheck& check, const nlohmann::json& value, const std::string& path, const std::string& key)
{
    if (value.is_object()) {
        for (const auto& [name, member] : value.items())
            walk(check, member, path + "." + name, name);
    } else if (value.is_array()) {
        for (std::size_t i = 0; i < value.size(); ++i)
            walk(check, value[i], path + "[" + std::to_string(i) + "]", key);
    } else if (value.is_number()) {
        check(path, value.get<double>());
    } else if (value.is_null()) {
        if (!mayBeNull(path, key))
            check.fail(path, "null where a number belongs (a NaN or infinity written as null?)");
    } else if (value.is_string()) {
        check.text(path, value.get<std::string>());
    }
}

void checkJsonRun(const std::vector<std::string>& args)
{
    SCOPED_TRACE("engram-capacity" + joined(args));
    const ProcessResult result = runCli(args);
    ASSERT_EQ(result.exitCode, 0) << result.err;
    EXPECT_EQ(result.err, "");
    const nlohmann::json document = nlohmann::json::parse(result.out, nullptr, false);
    ASSERT_FALSE(document.is_discarded()) << "not JSON: " << result.out.substr(0, 400);
    FigureCheck check;
    walk(check, document, "", "");
    EXPECT_TRUE(check.ok()) << check.report();
    EXPECT_GT(check.checked(), 20u);
}

bool numeric(const std::string& cell)
{
    static const std::regex kNumber(R"(^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$)");
    return std::regex_match(cell, kNumber);
}

class GridCli : public ::testing::TestWithParam<GridPoint>
{
protected:
    std::string tempPath(const std::string& name) const
    {
        return ::testing::TempDir() + "ecw-grid-" + std::to_string(::getpid()) + "-" + GetParam().name + "-" + name;
    }
};

TEST_P(GridCli, EstimateJson)
{
    std::vector<std::string> args { "estimate", "--format", "json" };
    const std::vector<std::string> inputs = inputArguments(GetParam().document);
    args.insert(args.end(), inputs.begin(), inputs.end());
    checkJsonRun(args);
}

TEST_P(GridCli, ForecastJson)
{
    std::vector<std::string> args { "forecast", "--format", "json" };
    for (const std::vector<std::string>& more :
         { inputArguments(GetParam().document), growthArguments(GetParam().document) })
        args.insert(args.end(), more.begin(), more.end());
    checkJsonRun(args);
}

TEST_P(GridCli, CostJson)
{
    std::vector<std::string> args { "cost", "--format", "json", "--curves" };
    for (const std::vector<std::string>& more :
         { inputArguments(GetParam().document), growthArguments(GetParam().document) })
        args.insert(args.end(), more.begin(), more.end());
    checkJsonRun(args);
    // The fixture book without the curves (the model test prices its curves in-process; they are the slow part).
    args.erase(std::find(args.begin(), args.end(), "--curves"));
    args.push_back("--price-book");
    args.push_back(std::string(ECW_SOURCE_DIR) + "/tests/data/pricebooks/fixture.json");
    checkJsonRun(args);
}

TEST_P(GridCli, ExportCsvWorksheet)
{
    const std::string scenario = tempPath("scenario.json");
    const std::string csv = tempPath("worksheet.csv");
    std::ofstream(scenario, std::ios::binary) << writeScenarioJson(GetParam().document);
    const std::vector<std::string> args { "export", "--scenario", scenario, "--csv", csv, "--today", kToday };
    const ProcessResult result = runCli(args);
    ASSERT_EQ(result.exitCode, 0) << joined(args) << "\n" << result.err;
    EXPECT_EQ(result.err, "");

    std::ifstream in(csv, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    const Result<std::vector<CsvRow>> rows = parseCsv(text.str());
    ASSERT_TRUE(rows.ok()) << rows.error();
    FigureCheck check;
    std::size_t numbers = 0;
    for (std::size_t r = 0; r < rows.value().size(); ++r) {
        const CsvRow& row = rows.value()[r];
        for (std::size_t c = 0; c < row.size(); ++c) {
            const std::string where = "row " + std::to_string(r + 1) + " (" + (row.empty() ? "" : row[0]) + ") column "
                + std::to_string(c + 1);
            if (numeric(row[c])) {
                check(where, std::strtod(row[c].c_str(), nullptr));
                ++numbers;
            } else {
                check.text(where, row[c]);
            }
        }
    }
    EXPECT_TRUE(check.ok()) << check.report();
    EXPECT_GT(numbers, 200u);
    std::remove(scenario.c_str());
    std::remove(csv.c_str());
}

std::string pointName(const ::testing::TestParamInfo<GridPoint>& info)
{
    return info.param.name;
}

INSTANTIATE_TEST_SUITE_P(Inputs, GridCli, ::testing::ValuesIn(ecw::test::gridPoints()), pointName);

} // namespace
