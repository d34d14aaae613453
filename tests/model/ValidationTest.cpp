// SPDX-License-Identifier: GPL-3.0-or-later
// Validation: every input's message names the field and its allowed range; parseNumber takes only plain numbers.
#include "ModelTestSupport.h"

#include "Validation.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <map>
#include <set>
#include <string>

namespace ecw::test {
namespace {

// The allowed range of each input as a planner reads it: the six from the model issue, the rest from Inputs.cpp.
const std::map<InputId, std::string>& expectedRanges()
{
    static const std::map<InputId, std::string> ranges {
        { I::Nodes, "a whole number from 0 to 1,000,000,000,000 nodes" },
        { I::ActiveRatio, "a number from 0 to 1" },
        { I::EdgesPerNode, "a number from 0 to 10,000 edges" },
        { I::OpsPerSec, "a number from 0 to 100,000,000 ops/s" },
        { I::RetentionDays, "a number from 1 to 3,650 days" },
        { I::ConsolidationInterval, "a number from 1 to 86,400 s" },
        { I::WriteFraction, "a number from 0 to 1" },
        { I::HttpFraction, "a number from 0 to 1" },
        { I::RequestBytes, "a whole number from 0 to 67,108,864 bytes" }, // 64 MiB
        { I::ResponseBytes, "a whole number from 0 to 67,108,864 bytes" },
        { I::ReplicationFactor, "a whole number from 0 to 16" },
        { I::GpuFallbackRatio, "a number from 0 to 1" },
        { I::BackupWindow, "a number from 60 to 86,400 s" },
        { I::CompactionsPerHour, "a number from 0 to 60" },
        { I::SegmentBytes, "a whole number from 1,048,576 to 68,719,476,736 bytes" }, // 1 MiB to 64 GiB
        { I::EmbeddingDimension, "a whole number from 1 to 65,536" },
        { I::BytesPerValue, "a whole number from 1 to 8 bytes" },
        { I::DailyGrowthRate, "a number from 0 to 1" },
        { I::ActivatedNodesPerQuery, "a whole number from 1 to 1,000,000,000 nodes" },
        { I::DiskIops, "a whole number from 1 to 10,000,000" },
        { I::DiskBandwidth, "a number from 1,048,576 to 107,374,182,400 bytes/s" }, // 1 MiB/s to 100 GiB/s
        { I::CacheHitRate, "a number from 0 to 1" },
    };
    return ranges;
}

TEST(Validation, EveryInputHasAnExpectedRange)
{
    EXPECT_EQ(expectedRanges().size(), kInputCount);
}

TEST(Validation, OutOfRangeMessagesNameTheFieldAndTheRange)
{
    for (const InputSpec& spec : inputSpecs()) {
        const std::string& range = expectedRanges().at(spec.id);
        EXPECT_EQ(describeRange(spec.minimum, spec.maximum, spec.unit, spec.wholeNumber), range) << spec.key;
        for (double bad : { spec.minimum - 1, spec.maximum * 2 }) {
            const auto error = checkInput(spec.id, bad);
            ASSERT_TRUE(error.has_value()) << spec.key << " accepted " << bad;
            EXPECT_EQ(error->field, spec.key);
            EXPECT_EQ(error->message,
                      std::string(spec.key) + " must be " + range + " (got " + formatMachineNumber(bad) + ")");
        }
        EXPECT_FALSE(checkInput(spec.id, spec.minimum).has_value()) << spec.key;
        EXPECT_FALSE(checkInput(spec.id, spec.maximum).has_value()) << spec.key;
        EXPECT_FALSE(checkInput(spec.id, spec.defaultValue).has_value()) << spec.key;
    }
}

TEST(Validation, TheScriptsSixInputs)
{
    EXPECT_EQ(checkInput(I::Nodes, -1000)->message,
              "nodes must be a whole number from 0 to 1,000,000,000,000 nodes (got -1000)");
    EXPECT_EQ(checkInput(I::Nodes, 1000.5)->message,
              "nodes must be a whole number from 0 to 1,000,000,000,000 nodes (got 1000.5)");
    EXPECT_EQ(checkInput(I::ActiveRatio, 1.5)->message, "active-ratio must be a number from 0 to 1 (got 1.5)");
    EXPECT_EQ(checkInput(I::EdgesPerNode, 10001)->message,
              "edges-per-node must be a number from 0 to 10,000 edges (got 10001)");
    EXPECT_EQ(checkInput(I::OpsPerSec, -5)->message,
              "ops-per-sec must be a number from 0 to 100,000,000 ops/s (got -5)");
    EXPECT_EQ(checkInput(I::RetentionDays, 0)->message, "retention-days must be a number from 1 to 3,650 days (got 0)");
    // The script divides by zero here.
    EXPECT_EQ(checkInput(I::ConsolidationInterval, 0)->message,
              "consolidation-interval must be a number from 1 to 86,400 s (got 0)");
    // Fractional edges per node and ops/s are averages, so they are allowed.
    EXPECT_FALSE(checkInput(I::EdgesPerNode, 12.5).has_value());
    EXPECT_FALSE(checkInput(I::OpsPerSec, 0.5).has_value());
}

TEST(Validation, NotANumberIsNeverInRange)
{
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const double inf = std::numeric_limits<double>::infinity();
    EXPECT_EQ(checkInput(I::ActiveRatio, nan)->message, "active-ratio must be a number from 0 to 1 (got nan)");
    EXPECT_EQ(checkInput(I::OpsPerSec, inf)->message,
              "ops-per-sec must be a number from 0 to 100,000,000 ops/s (got inf)");
    EXPECT_TRUE(checkInput(I::Nodes, -inf).has_value());
    EXPECT_TRUE(checkConstant(C::HashTableOverhead, nan).has_value());
}

TEST(Validation, ValidateListsEveryBadInputInOrder)
{
    EXPECT_TRUE(validate(Scenario {}).empty());
    Scenario s;
    s.set(I::Nodes, 1.5);
    s.set(I::ConsolidationInterval, 0);
    s.set(I::CacheHitRate, 2);
    const auto errors = validate(s);
    ASSERT_EQ(errors.size(), 3u);
    EXPECT_EQ(errors[0].field, "nodes");
    EXPECT_EQ(errors[1].field, "consolidation-interval");
    EXPECT_EQ(errors[2].field, "cache-hit-rate");
    EXPECT_EQ(errors[2].message, "cache-hit-rate must be a number from 0 to 1 (got 2)");
}

TEST(Validation, Constants)
{
    EXPECT_TRUE(validate(ModelConstants {}).empty());
    for (const ConstantSpec& spec : constantSpecs()) {
        EXPECT_FALSE(checkConstant(spec.id, spec.defaultValue).has_value()) << spec.key;
        const auto below = checkConstant(spec.id, spec.minimum - 1);
        ASSERT_TRUE(below.has_value()) << spec.key;
        EXPECT_EQ(below->field, spec.key);
        EXPECT_EQ(below->message.rfind(std::string(spec.key) + " must be a number from ", 0), 0u) << below->message;
    }
    EXPECT_EQ(checkConstant(C::HashTableOverhead, 0.5)->message,
              "hash_table_overhead must be a number from 1 to 10 (got 0.5)");
    EXPECT_EQ(checkConstant(C::NodeMetadataBytes, -1)->message,
              "node_metadata_bytes must be a number from 0 to 1,048,576 bytes (got -1)");
    ModelConstants k;
    k.set(C::CpuHeadroom, 0.5);
    const auto errors = validate(k);
    ASSERT_EQ(errors.size(), 1u);
    EXPECT_EQ(errors[0].field, "cpu_headroom");
}

TEST(Validation, DefaultsAreInRangeAndWhereRequiredWhole)
{
    for (const InputSpec& spec : inputSpecs()) {
        EXPECT_LE(spec.minimum, spec.defaultValue) << spec.key;
        EXPECT_LE(spec.defaultValue, spec.maximum) << spec.key;
        if (spec.wholeNumber) {
            EXPECT_EQ(spec.defaultValue, std::floor(spec.defaultValue)) << spec.key;
            EXPECT_EQ(spec.minimum, std::floor(spec.minimum)) << spec.key;
            EXPECT_EQ(spec.maximum, std::floor(spec.maximum)) << spec.key;
        }
        EXPECT_FALSE(spec.description.empty()) << spec.key;
    }
    // The script's defaults: 1,000,000 nodes, 0.1, 50 edges, 5,000 ops/s, 30 days, 300 s.
    const Scenario s;
    EXPECT_EQ(s[I::Nodes], 1000000.0);
    EXPECT_EQ(s[I::ActiveRatio], 0.1);
    EXPECT_EQ(s[I::EdgesPerNode], 50.0);
    EXPECT_EQ(s[I::OpsPerSec], 5000.0);
    EXPECT_EQ(s[I::RetentionDays], 30.0);
    EXPECT_EQ(s[I::ConsolidationInterval], 300.0);
}

TEST(Validation, KeysAndSymbolsAreUniqueAndFindable)
{
    std::set<std::string_view> names;
    for (const InputSpec& spec : inputSpecs()) {
        EXPECT_TRUE(names.insert(spec.key).second) << spec.key;
        EXPECT_EQ(findInput(spec.key), spec.id);
        EXPECT_EQ(findInput(spec.symbol), spec.id);
    }
    for (const ConstantSpec& spec : constantSpecs()) {
        EXPECT_TRUE(names.insert(spec.key).second) << spec.key;
        EXPECT_EQ(findConstant(spec.key), spec.id);
        EXPECT_EQ(findConstant(spec.symbol), spec.id);
    }
    EXPECT_EQ(findInput("no-such-input"), std::nullopt);
    EXPECT_EQ(findConstant("no_such_constant"), std::nullopt);
}

TEST(Validation, ParseNumberAcceptsPlainNumbers)
{
    EXPECT_EQ(parseNumber("1000000"), 1000000.0);
    EXPECT_EQ(parseNumber("1e6"), 1000000.0); // bc cannot read this; the model can
    EXPECT_EQ(parseNumber("0.25"), 0.25);
    EXPECT_EQ(parseNumber("-3"), -3.0); // a number; checkInput then says it is out of range
    EXPECT_EQ(parseNumber("+5"), 5.0);
    EXPECT_EQ(parseNumber(" 42\t"), 42.0);
    EXPECT_EQ(parseNumber("1E-3"), 0.001);
}

TEST(Validation, ParseNumberRejectsGarbage)
{
    for (const char* text :
         { "1,5", // a comma decimal or a thousands separator: never silently 15 or 1
           "nan",   "NaN", "inf", "-inf", "Infinity",
           "1e400", // overflows to infinity
           "12abc", "abc", // bc reads "abc" as an unset variable, i.e. 0 nodes
           "",      " ",   "+",   "-",    ".",        "1e", "0x10", "1_000", "1 000", "+-5", "++5", "--5", "5-" }) {
        EXPECT_EQ(parseNumber(text), std::nullopt) << '"' << text << '"';
    }
}

} // namespace
} // namespace ecw::test
