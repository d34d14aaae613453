// SPDX-License-Identifier: GPL-3.0-or-later
// The JSON estimate: one object with tool, version, profile, inputs, constants, every item and finding.
#include "EstimateJson.h"
#include "CapacityModel.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

using namespace ecw;
using Json = nlohmann::json;

namespace {

Json parsed(const Estimate& estimate)
{
    return Json::parse(writeEstimateJson(estimate, "engram-capacity", "9.8.7"));
}

} // namespace

TEST(EstimateJson, HeaderAndInputsInBaseUnits)
{
    Scenario scenario;
    scenario.set(InputId::Nodes, 2500000);
    scenario.set(InputId::ActiveRatio, 0.04);
    const Json json = parsed(estimate(scenario, {}, Profile::Reference));
    EXPECT_EQ(json["format"], "engram-capacity-estimate");
    EXPECT_EQ(json["tool"], "engram-capacity");
    EXPECT_EQ(json["version"], "9.8.7");
    EXPECT_EQ(json["profile"], "reference");
    ASSERT_EQ(json["inputs"].size(), kInputCount);
    for (const InputSpec& spec : inputSpecs())
        EXPECT_EQ(json["inputs"][std::string(spec.key)].get<double>(), scenario[spec.id]) << spec.key;
    EXPECT_TRUE(json["inputs"]["nodes"].is_number_integer());
}

TEST(EstimateJson, EveryItemWithItsFormulaAndExactValue)
{
    for (Profile profile : { Profile::Full, Profile::Reference }) {
        const Estimate e = estimate(Scenario {}, {}, profile);
        const Json json = parsed(e);
        ASSERT_EQ(json["items"].size(), e.items.size());
        for (std::size_t i = 0; i < e.items.size(); ++i) {
            const LineItem& item = e.items[i];
            const Json& entry = json["items"][i];
            EXPECT_EQ(entry["id"], std::string(item.id));
            EXPECT_EQ(entry["label"], std::string(item.label));
            EXPECT_EQ(entry["section"], std::string(sectionName(item.section)));
            EXPECT_EQ(entry["kind"], std::string(itemKindName(item.kind)));
            EXPECT_EQ(entry["unit"], std::string(unitName(item.unit)));
            EXPECT_EQ(entry["value"].get<double>(), item.value) << item.id; // exact: round-trip numbers
            EXPECT_EQ(entry["formula"], std::string(item.formula));
            EXPECT_EQ(entry["substituted"], item.substituted());
            EXPECT_EQ(entry["extrapolated"], item.extrapolated);
        }
    }
}

TEST(EstimateJson, ContractIdsArePresentInTheFullProfile)
{
    const Json json = parsed(estimate(Scenario {}));
    for (const char* id : { "tiers.hot_nodes",     "tiers.warm_nodes",
                            "tiers.cold_nodes",    "edges.total",
                            "edges.hot",           "memory.hot_tier",
                            "memory.warm_tier",    "memory.warm_page_cache",
                            "memory.cold_index",   "memory.activation_pool",
                            "memory.wal_buffer",   "memory.runtime",
                            "memory.total",        "memory.recommended",
                            "cpu.spreading",       "cpu.consolidation",
                            "cpu.compaction",      "cpu.api",
                            "cpu.system",          "cpu.total",
                            "cpu.recommended",     "storage.warm_tier",
                            "storage.cold_tier",   "storage.wal",
                            "storage.snapshots",   "storage.temp_space",
                            "storage.total",       "storage.recommended",
                            "network.client",      "network.backup",
                            "network.replication", "network.peak",
                            "recovery.wal_replay", "recovery.index_rebuild",
                            "recovery.warmup",     "backup.daily_incremental" }) {
        bool found = false;
        for (const Json& item : json["items"])
            found = found || item["id"] == id;
        EXPECT_TRUE(found) << id;
    }
    // Spot-check one value from the issue, in bytes: (100,000 x 3,136 + 5,000,000 x 32) x 1.5.
    for (const Json& item : json["items"]) {
        if (item["id"] == "memory.hot_tier") {
            EXPECT_EQ(item["value"], 710400000);
        }
    }
}

TEST(EstimateJson, ConstantsListEveryConstantAndFlagChanges)
{
    ModelConstants constants;
    constants.set(ConstantId::HashTableOverhead, 2.25);
    const Json json = parsed(estimate(Scenario {}, constants));
    ASSERT_EQ(json["constants"].size(), kConstantCount);
    for (std::size_t i = 0; i < kConstantCount; ++i) {
        const ConstantSpec& spec = constantSpecs()[i];
        const Json& entry = json["constants"][i];
        EXPECT_EQ(entry["key"], std::string(spec.key));
        EXPECT_EQ(entry["symbol"], std::string(spec.symbol));
        EXPECT_EQ(entry["default"].get<double>(), spec.defaultValue);
        EXPECT_EQ(entry["unit"], std::string(unitName(spec.unit)));
        EXPECT_EQ(entry["value"].get<double>(), constants[spec.id]);
        EXPECT_EQ(entry["changed"], spec.id == ConstantId::HashTableOverhead) << spec.key;
    }
}

TEST(EstimateJson, FindingsWithSeverityAndReason)
{
    Scenario scenario;
    scenario.set(InputId::Nodes, 200000000);
    scenario.set(InputId::OpsPerSec, 50000);
    const Estimate e = estimate(scenario);
    ASSERT_GE(e.findings.size(), 3u);
    const Json json = parsed(e);
    ASSERT_EQ(json["findings"].size(), e.findings.size());
    for (std::size_t i = 0; i < e.findings.size(); ++i) {
        EXPECT_EQ(json["findings"][i]["id"], std::string(e.findings[i].id));
        EXPECT_EQ(json["findings"][i]["severity"], std::string(severityName(e.findings[i].severity)));
        EXPECT_EQ(json["findings"][i]["message"], e.findings[i].message);
        EXPECT_EQ(json["findings"][i]["reason"], e.findings[i].reason);
    }
    EXPECT_EQ(json["findings"][0]["id"], "warning.cpu_cores");
}
