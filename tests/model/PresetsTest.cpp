// SPDX-License-Identifier: GPL-3.0-or-later
// Presets: the spec's four workload types and three use cases, their values checked against the spec's
// own figures for each use case.
#include "Presets.h"
#include "CapacityModel.h"
#include "Validation.h"

#include <gtest/gtest.h>

#include <set>
#include <stdexcept>
#include <string>

namespace {

const ecw::Preset& preset(std::string_view id)
{
    const ecw::Preset* found = ecw::findPreset(id);
    if (!found)
        throw std::runtime_error("no preset " + std::string(id));
    return *found;
}

} // namespace

TEST(Presets, FiveWorkloadTypesThenThreeUseCasesInSpecOrder)
{
    // The spec's four workload types, the workbench's archival type, then the spec's three use cases.
    const auto& list = ecw::presets();
    ASSERT_EQ(list.size(), 8u);
    const char* ids[] = { "write-heavy", "read-heavy",      "analytical", "mixed", "archival",
                          "llm-memory",  "knowledge-graph", "time-series" };
    for (std::size_t i = 0; i < list.size(); ++i) {
        EXPECT_EQ(list[i].id, ids[i]);
        EXPECT_EQ(list[i].kind, i < 5 ? ecw::PresetKind::WorkloadType : ecw::PresetKind::UseCase);
        EXPECT_FALSE(list[i].name.empty());
        EXPECT_FALSE(list[i].rationale.empty());
        EXPECT_FALSE(list[i].values.empty());
    }
    EXPECT_EQ(ecw::findPreset("no-such-preset"), nullptr);
}

TEST(Presets, EveryValueIsAValidInputWithABasisAndEachInputIsSetOnce)
{
    for (const ecw::Preset& p : ecw::presets()) {
        std::set<ecw::InputId> seen;
        for (const ecw::PresetValue& v : p.values) {
            EXPECT_FALSE(ecw::checkInput(v.input, v.value).has_value()) << p.id << " " << ecw::inputSpec(v.input).key;
            EXPECT_FALSE(v.basis.empty()) << p.id;
            EXPECT_TRUE(seen.insert(v.input).second) << p.id << " sets " << ecw::inputSpec(v.input).key << " twice";
        }
    }
}

TEST(Presets, ScenarioIsDefaultsPlusThePresetValues)
{
    const ecw::Preset& p = preset("write-heavy");
    const ecw::Scenario s = ecw::presetScenario(p);
    EXPECT_DOUBLE_EQ(s[ecw::InputId::WriteFraction], 0.8);
    EXPECT_DOUBLE_EQ(s[ecw::InputId::DailyGrowthRate], 0.05);
    for (const ecw::InputSpec& spec : ecw::inputSpecs()) {
        if (spec.id == ecw::InputId::WriteFraction || spec.id == ecw::InputId::DailyGrowthRate)
            continue;
        EXPECT_TRUE(s.isDefault(spec.id)) << spec.key;
    }
}

TEST(Presets, WorkloadWriteSharesFollowTheSpec)
{
    EXPECT_DOUBLE_EQ(ecw::presetScenario(preset("write-heavy"))[ecw::InputId::WriteFraction], 0.8);
    EXPECT_DOUBLE_EQ(ecw::presetScenario(preset("read-heavy"))[ecw::InputId::WriteFraction], 0.2);
    EXPECT_DOUBLE_EQ(ecw::presetScenario(preset("mixed"))[ecw::InputId::WriteFraction], 0.4);
}

TEST(Presets, LlmMemoryMatchesTheSpecsCapacityFigures)
{
    // Spec: "Nodes: 10M * 1,000 = 10B total", "Hot tier: 100M nodes (1% active)".
    const ecw::Estimate e = ecw::estimate(ecw::presetScenario(preset("llm-memory")));
    EXPECT_DOUBLE_EQ(e.scenario[ecw::InputId::Nodes], 1e10);
    EXPECT_DOUBLE_EQ(e.value("tiers.hot_nodes"), 1e8);
    EXPECT_DOUBLE_EQ(e.scenario[ecw::InputId::OpsPerSec], 100000);
    // "Memory: 100M * 3KB = 300GB RAM": hot nodes times the 3,072-byte embedding.
    EXPECT_DOUBLE_EQ(e.value("tiers.hot_nodes") * e.value("node.embedding_bytes"), 1e8 * 3072);
}

TEST(Presets, KnowledgeGraphHasOneBillionRelationships)
{
    const ecw::Estimate e = ecw::estimate(ecw::presetScenario(preset("knowledge-graph")));
    EXPECT_DOUBLE_EQ(e.value("edges.total"), 1e9);
    EXPECT_DOUBLE_EQ(e.value("tiers.hot_nodes"), 1e7);
    EXPECT_DOUBLE_EQ(e.scenario[ecw::InputId::ActivatedNodesPerQuery], 10 + 100 + 1000 + 10000 + 100000);
}

TEST(Presets, TimeSeriesHotWindowHoldsTenBillionEventsAndNeedsSharding)
{
    const ecw::Estimate e = ecw::estimate(ecw::presetScenario(preset("time-series")));
    EXPECT_DOUBLE_EQ(e.value("tiers.hot_nodes"), 7.0 * 24 * 60 * 1e6);
    // "Memory: Requires sharding (>1TB)".
    EXPECT_GT(e.value("memory.total"), ecw::kTiB);
    bool sharding = false;
    for (const ecw::Finding& f : e.findings)
        sharding = sharding || f.id == "warning.hot_tier_sharding";
    EXPECT_TRUE(sharding);
}
