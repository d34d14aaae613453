// SPDX-License-Identifier: GPL-3.0-or-later
// Scenario files: round trips, defaults for what is missing, and every rejection with its message.
#include "ScenarioJson.h"

#include <gtest/gtest.h>

#include <string>

using namespace ecw;

namespace {

ScenarioDocument changedDocument()
{
    ScenarioDocument document;
    document.name = "Prod cluster \"A\", 2025";
    document.notes = "line one\nline two, with ünïcödé";
    document.preset = "read-heavy";
    document.presetModified = true;
    document.profile = Profile::Reference;
    document.scenario.set(InputId::Nodes, 50000000);
    document.scenario.set(InputId::ActiveRatio, 0.037);
    document.scenario.set(InputId::OpsPerSec, 12345.678);
    document.scenario.set(InputId::ConsolidationInterval, 1.5);
    document.scenario.set(InputId::EmbeddingDimension, 1536);
    document.constants.set(ConstantId::HashTableOverhead, 1.8);
    document.constants.set(ConstantId::RuntimeOverheadBytes, 1073741824);
    document.constants.set(ConstantId::WalCompressionRatio, 0.1 + 0.2); // not representable in short decimal
    document.forecast.model = GrowthModel::Points;
    document.forecast.rateLow = 0.005;
    document.forecast.rateExpected = 0.015;
    document.forecast.rateHigh = 0.04;
    document.forecast.linearLow = 1000;
    document.forecast.linearExpected = 2500.5;
    document.forecast.linearHigh = 9000;
    document.forecast.points = { { 0, 1000000 }, { 30, 1200000 }, { 90.5, 2000000 } };
    document.forecast.opsGrowWithNodes = false;
    document.forecast.horizonDays = 730;
    return document;
}

// A minimal valid file with one extra member spliced in.
std::string withMember(const std::string& member)
{
    return R"({"format":"engram-capacity-scenario","schema_version":1,)" + member + "}";
}

std::string errorOf(const std::string& text)
{
    const Result<ScenarioDocument> result = parseScenarioJson(text);
    EXPECT_FALSE(result.ok()) << "accepted: " << text;
    return result.ok() ? std::string() : result.error();
}

} // namespace

TEST(ScenarioJson, RoundTripKeepsEverything)
{
    const ScenarioDocument original = changedDocument();
    const std::string text = writeScenarioJson(original);
    const Result<ScenarioDocument> parsed = parseScenarioJson(text);
    ASSERT_TRUE(parsed.ok()) << parsed.error();
    EXPECT_EQ(*parsed, original);
    // Writing what was read gives the same bytes: nothing drifts through repeated saves.
    EXPECT_EQ(writeScenarioJson(*parsed), text);
}

TEST(ScenarioJson, DefaultDocumentRoundTrips)
{
    const ScenarioDocument original;
    const Result<ScenarioDocument> parsed = parseScenarioJson(writeScenarioJson(original));
    ASSERT_TRUE(parsed.ok()) << parsed.error();
    EXPECT_EQ(*parsed, original);
}

TEST(ScenarioJson, WritesHeaderAllInputsAndOnlyChangedConstants)
{
    const std::string text = writeScenarioJson(changedDocument());
    EXPECT_NE(text.find(R"("format": "engram-capacity-scenario")"), std::string::npos);
    EXPECT_NE(text.find(R"("schema_version": 1)"), std::string::npos);
    for (const InputSpec& spec : inputSpecs())
        EXPECT_NE(text.find("\"" + std::string(spec.key) + "\":"), std::string::npos) << spec.key;
    EXPECT_NE(text.find(R"("hash_table_overhead": 1.8)"), std::string::npos);
    EXPECT_NE(text.find(R"("runtime_overhead_bytes": 1073741824)"), std::string::npos);
    EXPECT_EQ(text.find("node_metadata_bytes"), std::string::npos) << "unchanged constants are not written";
    EXPECT_NE(text.find(R"("nodes": 50000000)"), std::string::npos) << "whole numbers are written as integers";
    EXPECT_NE(text.find(R"("model": "points")"), std::string::npos);
}

TEST(ScenarioJson, MissingFieldsTakeDefaults)
{
    const Result<ScenarioDocument> parsed
        = parseScenarioJson(withMember(R"("inputs":{"nodes":42},"forecast":{"rate_high":0.09})"));
    ASSERT_TRUE(parsed.ok()) << parsed.error();
    ScenarioDocument expected;
    expected.scenario.set(InputId::Nodes, 42);
    expected.forecast.rateHigh = 0.09;
    EXPECT_EQ(*parsed, expected);
}

TEST(ScenarioJson, MinimalHeaderIsTheDefaultDocument)
{
    const Result<ScenarioDocument> parsed
        = parseScenarioJson(R"({"format":"engram-capacity-scenario","schema_version":1})");
    ASSERT_TRUE(parsed.ok()) << parsed.error();
    EXPECT_EQ(*parsed, ScenarioDocument {});
}

TEST(ScenarioJson, MalformedJsonGivesParserPosition)
{
    const std::string error = errorOf("{\n  \"format\": \"engram-capacity-scenario\",\n  \"name\": oops\n}");
    EXPECT_EQ(error.rfind("malformed JSON: ", 0), 0u) << error;
    EXPECT_NE(error.find("line 3, column"), std::string::npos) << error;
    EXPECT_EQ(error.find("[json.exception"), std::string::npos) << error;
}

TEST(ScenarioJson, EmptyAndTruncatedInputAreMalformed)
{
    EXPECT_EQ(errorOf("").rfind("malformed JSON: ", 0), 0u);
    EXPECT_EQ(errorOf(R"({"format":"engram-capacity-scenario")").rfind("malformed JSON: ", 0), 0u);
    EXPECT_EQ(errorOf(withMember(R"("inputs":{"nodes":1e999})")).rfind("malformed JSON: ", 0), 0u);
}

TEST(ScenarioJson, RootMustBeAnObject)
{
    EXPECT_EQ(errorOf("[1, 2]"), "a scenario file must be a JSON object (got array)");
}

TEST(ScenarioJson, WrongOrMissingFormatName)
{
    EXPECT_EQ(errorOf(R"({"format":"price-book","schema_version":1})"),
              R"(format must be "engram-capacity-scenario" (got "price-book"))");
    EXPECT_EQ(errorOf(R"({"format":7,"schema_version":1})"), R"(format must be "engram-capacity-scenario" (got 7))");
    EXPECT_EQ(
        errorOf(R"({"schema_version":1})"),
        R"(format is missing: not an engram-capacity scenario file (expected "format": "engram-capacity-scenario"))");
}

TEST(ScenarioJson, NewerSchemaIsRefusedWithBothVersions)
{
    EXPECT_EQ(errorOf(R"({"format":"engram-capacity-scenario","schema_version":2})"),
              "written by a newer version (schema 2); this version reads schema 1");
}

TEST(ScenarioJson, BadSchemaVersions)
{
    EXPECT_EQ(errorOf(R"({"format":"engram-capacity-scenario"})"), "schema_version is missing");
    EXPECT_EQ(errorOf(R"({"format":"engram-capacity-scenario","schema_version":"1"})"),
              R"(schema_version must be a whole number (got "1"))");
    EXPECT_EQ(errorOf(R"({"format":"engram-capacity-scenario","schema_version":1.5})"),
              "schema_version must be a whole number (got 1.5)");
    EXPECT_EQ(errorOf(R"({"format":"engram-capacity-scenario","schema_version":0})"),
              "schema_version must be a whole number from 1 to 1 (got 0)");
}

TEST(ScenarioJson, UnknownTopLevelKey)
{
    EXPECT_EQ(errorOf(withMember(R"("nodes":5)")), "nodes: unknown key in a scenario file");
}

TEST(ScenarioJson, UnknownInputKey)
{
    EXPECT_EQ(errorOf(withMember(R"("inputs":{"nodez":5})")), R"(inputs.nodez: unknown input "nodez")");
    EXPECT_EQ(errorOf(withMember(R"("inputs":{"edges_per_node":5})")),
              R"(inputs.edges_per_node: unknown input "edges_per_node" (did you mean "edges-per-node"?))");
}

TEST(ScenarioJson, UnknownConstantKey)
{
    EXPECT_EQ(errorOf(withMember(R"("constants":{"warp_factor":9})")),
              R"(constants.warp_factor: unknown constant "warp_factor")");
    EXPECT_EQ(
        errorOf(withMember(R"("constants":{"HASH_TABLE_OVERHEAD":2})")),
        R"(constants.HASH_TABLE_OVERHEAD: unknown constant "HASH_TABLE_OVERHEAD" (did you mean "hash_table_overhead"?))");
}

TEST(ScenarioJson, WrongTypes)
{
    EXPECT_EQ(errorOf(withMember(R"("inputs":{"nodes":"many"})")), "inputs.nodes must be a number (got string)");
    EXPECT_EQ(errorOf(withMember(R"("inputs":{"nodes":true})")), "inputs.nodes must be a number (got boolean)");
    EXPECT_EQ(errorOf(withMember(R"("inputs":[1])")), "inputs must be an object (got array)");
    EXPECT_EQ(errorOf(withMember(R"("constants":{"hash_table_overhead":null})")),
              "constants.hash_table_overhead must be a number (got null)");
    EXPECT_EQ(errorOf(withMember(R"("constants":3)")), "constants must be an object (got number)");
    EXPECT_EQ(errorOf(withMember(R"("name":3)")), "name must be a string (got number)");
    EXPECT_EQ(errorOf(withMember(R"("notes":[])")), "notes must be a string (got array)");
    EXPECT_EQ(errorOf(withMember(R"("preset":{})")), "preset must be a string (got object)");
    EXPECT_EQ(errorOf(withMember(R"("preset_modified":"yes")")), "preset_modified must be true or false (got string)");
    EXPECT_EQ(errorOf(withMember(R"("profile":"fast")")), R"(profile must be "full" or "reference" (got "fast"))");
    EXPECT_EQ(errorOf(withMember(R"("forecast":1)")), "forecast must be an object (got number)");
}

TEST(ScenarioJson, OutOfRangeInputsUseTheValidationMessages)
{
    EXPECT_EQ(errorOf(withMember(R"("inputs":{"nodes":1.5})")),
              "inputs.nodes must be a whole number from 0 to 1,000,000,000,000 nodes (got 1.5)");
    EXPECT_EQ(errorOf(withMember(R"("inputs":{"nodes":-1})")),
              "inputs.nodes must be a whole number from 0 to 1,000,000,000,000 nodes (got -1)");
    EXPECT_EQ(errorOf(withMember(R"("inputs":{"active-ratio":1.01})")),
              "inputs.active-ratio must be a number from 0 to 1 (got 1.01)");
    EXPECT_EQ(errorOf(withMember(R"("inputs":{"consolidation-interval":0})")),
              "inputs.consolidation-interval must be a number from 1 to 86,400 s (got 0)");
}

TEST(ScenarioJson, OutOfRangeConstantsUseTheValidationMessages)
{
    EXPECT_EQ(errorOf(withMember(R"("constants":{"hash_table_overhead":0.5})")),
              "constants.hash_table_overhead must be a number from 1 to 10 (got 0.5)");
}

TEST(ScenarioJson, ForecastRatesLinearAndHorizonAreRangeChecked)
{
    EXPECT_EQ(errorOf(withMember(R"("forecast":{"rate_low":-0.01})")),
              "forecast.rate_low must be a number from 0 to 1 per day (got -0.01)");
    EXPECT_EQ(errorOf(withMember(R"("forecast":{"rate_high":1.5})")),
              "forecast.rate_high must be a number from 0 to 1 per day (got 1.5)");
    EXPECT_EQ(errorOf(withMember(R"("forecast":{"linear_expected":2e12})")),
              "forecast.linear_expected must be a number from 0 to 1,000,000,000,000 nodes/day (got 2000000000000)");
    EXPECT_EQ(errorOf(withMember(R"("forecast":{"horizon_days":0})")),
              "forecast.horizon_days must be a whole number from 1 to 3,650 days (got 0)");
    EXPECT_EQ(errorOf(withMember(R"("forecast":{"horizon_days":3651})")),
              "forecast.horizon_days must be a whole number from 1 to 3,650 days (got 3651)");
    EXPECT_EQ(errorOf(withMember(R"("forecast":{"horizon_days":10.5})")),
              "forecast.horizon_days must be a whole number from 1 to 3,650 days (got 10.5)");
    EXPECT_EQ(errorOf(withMember(R"("forecast":{"rate_low":"1%"})")),
              "forecast.rate_low must be a number (got string)");
}

TEST(ScenarioJson, ForecastModelAndFlags)
{
    EXPECT_EQ(errorOf(withMember(R"("forecast":{"model":"exponential"})")),
              R"(forecast.model must be "compound", "linear" or "points" (got "exponential"))");
    EXPECT_EQ(errorOf(withMember(R"("forecast":{"model":1})")),
              R"(forecast.model must be "compound", "linear" or "points" (got number))");
    EXPECT_EQ(errorOf(withMember(R"("forecast":{"ops_grow_with_nodes":1})")),
              "forecast.ops_grow_with_nodes must be true or false (got number)");
    EXPECT_EQ(errorOf(withMember(R"("forecast":{"speed":1})")), R"(forecast.speed: unknown forecast setting "speed")");
}

TEST(ScenarioJson, ForecastPoints)
{
    EXPECT_EQ(errorOf(withMember(R"("forecast":{"points":{}})")), "forecast.points must be an array (got object)");
    EXPECT_EQ(errorOf(withMember(R"("forecast":{"points":[5]})")),
              R"(forecast.points[0] must be an object with "day" and "nodes" (got number))");
    EXPECT_EQ(errorOf(withMember(R"("forecast":{"points":[{"day":1}]})")),
              R"(forecast.points[0] must have both "day" and "nodes")");
    EXPECT_EQ(errorOf(withMember(R"("forecast":{"points":[{"day":1,"nodes":2,"when":3}]})")),
              R"(forecast.points[0].when: unknown key (a point has "day" and "nodes"))");
    EXPECT_EQ(errorOf(withMember(R"("forecast":{"points":[{"day":3651,"nodes":2}]})")),
              "forecast.points[0].day must be a number from 0 to 3,650 days (got 3651)");
    EXPECT_EQ(errorOf(withMember(R"("forecast":{"points":[{"day":-1,"nodes":2}]})")),
              "forecast.points[0].day must be a number from 0 to 3,650 days (got -1)");
    EXPECT_EQ(errorOf(withMember(R"("forecast":{"points":[{"day":1,"nodes":-2}]})")),
              "forecast.points[0].nodes must be a number from 0 to 1,000,000,000,000 nodes (got -2)");
    EXPECT_EQ(errorOf(withMember(R"("forecast":{"points":[{"day":1,"nodes":2e12}]})")),
              "forecast.points[0].nodes must be a number from 0 to 1,000,000,000,000 nodes (got 2000000000000)");
    EXPECT_EQ(errorOf(withMember(R"("forecast":{"points":[{"day":10,"nodes":1},{"day":5,"nodes":2}]})")),
              "forecast.points[1].day must be later than forecast.points[0].day: points go in ascending order of day "
              "(got 5 after 10)");
    EXPECT_EQ(errorOf(withMember(R"("forecast":{"points":[{"day":10,"nodes":1},{"day":10,"nodes":2}]})")),
              "forecast.points[1].day must be later than forecast.points[0].day: points go in ascending order of day "
              "(got 10 after 10)");
}

TEST(ScenarioJson, InputsAcceptEveryValueTheirRangeAllows)
{
    for (const InputSpec& spec : inputSpecs()) {
        for (double value : { spec.minimum, spec.maximum }) {
            const std::string text
                = withMember(R"("inputs":{")" + std::string(spec.key) + "\":" + formatMachineNumber(value) + "}");
            const Result<ScenarioDocument> parsed = parseScenarioJson(text);
            ASSERT_TRUE(parsed.ok()) << spec.key << ": " << parsed.error();
            EXPECT_EQ(parsed->scenario[spec.id], value) << spec.key;
        }
    }
}
