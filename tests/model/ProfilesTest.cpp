// SPDX-License-Identifier: GPL-3.0-or-later
// Profiles: reference holds exactly the script's figures (plus the system core and the script's own intermediates);
// full adds every other formula family; both agree wherever their formulas coincide.
#include "ModelTestSupport.h"

#include <gtest/gtest.h>

#include <cmath>
#include <random>
#include <set>
#include <string>
#include <vector>

namespace ecw::test {
namespace {

std::vector<std::string> itemIds(const Estimate& e)
{
    std::vector<std::string> ids;
    for (const LineItem& item : e.items)
        ids.emplace_back(item.id);
    return ids;
}

TEST(Profiles, ReferenceHasExactlyTheScriptsFigures)
{
    const std::vector<std::string> expected {
        // Script intermediates: EMBEDDING_SIZE (768 floats x 4 bytes), EMBEDDING_SIZE + NODE_METADATA,
        "node.embedding_bytes",
        "node.record_bytes",
        // "Tier Distribution": Hot, Warm, Cold.
        "tiers.hot_nodes",
        "tiers.warm_nodes",
        "tiers.cold_nodes",
        // TOTAL_EDGES and HOT_EDGES (computed, not printed).
        "edges.total",
        "edges.hot",
        // "Memory": Hot Tier, Warm Tier, Cold Tier, Activation Pool, Runtime, total, Recommended.
        "memory.hot_tier",
        "memory.warm_tier",
        "memory.cold_index",
        "memory.activation_pool",
        "memory.runtime",
        "memory.total",
        "memory.recommended",
        // "CPU Cores": Spreading, Consolidation, API/System (the API part), the script's "+ 1", total, Recommended.
        "cpu.spreading",
        "cpu.consolidation",
        "cpu.api",
        "cpu.system",
        "cpu.total",
        "cpu.recommended",
        // "Storage": Warm Tier, Cold Tier, WAL, Snapshots, total, Recommended.
        "storage.warm_tier",
        "storage.cold_tier",
        "storage.wal",
        "storage.snapshots",
        "storage.total",
        "storage.recommended",
    };
    EXPECT_EQ(itemIds(reference()), expected);
    // The same set whatever the inputs.
    EXPECT_EQ(itemIds(reference(scenarioWith({ { I::Nodes, 0 }, { I::OpsPerSec, 0 } }))), expected);
    EXPECT_EQ(itemIds(reference(scenarioWith({ { I::Nodes, 1e12 }, { I::ActiveRatio, 1 } }))), expected);
}

TEST(Profiles, FullHasEveryContractId)
{
    // The line-item ids the model issue makes a contract (CSV columns, docs and tests use them).
    const char* contract[] = {
        "tiers.hot_nodes",     "tiers.warm_nodes",
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
        "recovery.warmup",     "backup.daily_incremental",
    };
    const Estimate e = full();
    for (const char* id : contract)
        EXPECT_TRUE(e.has(id)) << id;
}

TEST(Profiles, FullAddsToReferenceAndNothingRepeats)
{
    const Estimate f = full();
    const Estimate r = reference();
    std::set<std::string> fullIds;
    for (const LineItem& item : f.items)
        EXPECT_TRUE(fullIds.insert(std::string(item.id)).second) << "duplicate " << item.id;
    std::set<std::string> referenceIds;
    for (const LineItem& item : r.items)
        EXPECT_TRUE(referenceIds.insert(std::string(item.id)).second) << "duplicate " << item.id;
    for (const std::string& id : referenceIds)
        EXPECT_TRUE(fullIds.count(id)) << id;
    EXPECT_GT(fullIds.size(), referenceIds.size() + 30);
    EXPECT_EQ(f.profile, Profile::Full);
    EXPECT_EQ(r.profile, Profile::Reference);
}

TEST(Profiles, DefaultsAgreeWhereTheFormulasCoincide)
{
    // With the defaults the extra inputs are neutral (no GPU fallback, all HTTP, every operation writes).
    const char* same[] = {
        "node.embedding_bytes",
        "node.record_bytes",
        "tiers.hot_nodes",
        "tiers.warm_nodes",
        "tiers.cold_nodes",
        "edges.total",
        "edges.hot",
        "memory.hot_tier",
        "memory.warm_tier",
        "memory.cold_index",
        "memory.activation_pool",
        "memory.runtime",
        "cpu.spreading",
        "cpu.consolidation",
        "cpu.api",
        "cpu.system",
        "storage.wal",
    };
    // Random scenarios over the script's six inputs keep them equal too.
    std::mt19937 random(6);
    std::uniform_real_distribution<double> unit(0, 1);
    std::vector<Scenario> scenarios { Scenario {} };
    for (int i = 0; i < 200; ++i)
        scenarios.push_back(scenarioWith({ { I::Nodes, std::round(std::pow(10, 12 * unit(random))) },
                                           { I::ActiveRatio, unit(random) },
                                           { I::EdgesPerNode, 10000 * unit(random) },
                                           { I::OpsPerSec, std::pow(10, 8 * unit(random)) },
                                           { I::RetentionDays, 1 + 3649 * unit(random) },
                                           { I::ConsolidationInterval, 1 + 86399 * unit(random) } }));
    for (const Scenario& s : scenarios) {
        const Estimate f = full(s);
        const Estimate r = reference(s);
        for (const char* id : same)
            EXPECT_EQ(valueOf(f, id), valueOf(r, id)) << id;
    }
    // The totals differ (the full profile adds items), but at the defaults both round up to the same 2 GiB.
    EXPECT_EQ(valueOf(full(), "memory.recommended"), valueOf(reference(), "memory.recommended"));
}

TEST(Profiles, FullTotalsAreTheReferenceTotalsPlusTheExtraItems)
{
    const Estimate f = full();
    const Estimate r = reference();
    // Memory: + warm page cache 355,200,000 + WAL buffer 2,560,000.
    EXPECT_EQ(valueOf(f, "memory.total"), valueOf(r, "memory.total") + 355200000.0 + 2560000.0);
    // CPU: + compaction 0.00284.
    EXPECT_DOUBLE_EQ(valueOf(f, "cpu.total"), valueOf(r, "cpu.total") + 10.24 / 3600.0);
    // Storage: warm gains edges and segment headers, cold gains its index, snapshots follow, and temp space is new.
    EXPECT_GT(valueOf(f, "storage.warm_tier"), valueOf(r, "storage.warm_tier"));
    EXPECT_EQ(valueOf(f, "storage.cold_tier"), valueOf(r, "storage.cold_tier") + valueOf(f, "memory.cold_index"));
    EXPECT_GT(valueOf(f, "storage.total"), valueOf(r, "storage.total"));
}

TEST(Profiles, ExtraInputsOnlyMoveTheFullProfile)
{
    const Scenario tuned = scenarioWith({ { I::WriteFraction, 0.2 },
                                          { I::HttpFraction, 0.3 },
                                          { I::GpuFallbackRatio, 0.5 },
                                          { I::ReplicationFactor, 3 } });
    const Estimate r = reference(tuned);
    const Estimate r0 = reference();
    for (std::size_t i = 0; i < r.items.size(); ++i)
        EXPECT_EQ(r.items[i].value, r0.items[i].value) << r.items[i].id;
    const Estimate f = full(tuned);
    EXPECT_NE(valueOf(f, "cpu.spreading"), valueOf(full(), "cpu.spreading"));
    EXPECT_NE(valueOf(f, "cpu.api"), valueOf(full(), "cpu.api"));
    EXPECT_NE(valueOf(f, "storage.wal"), valueOf(full(), "storage.wal"));
}

TEST(Profiles, UnitsAndKindsBySection)
{
    for (const Estimate& e : { full(), reference() }) {
        for (const LineItem& item : e.items) {
            EXPECT_EQ(item.kind, ItemKind::Derived) << item.id;
            const std::string_view id = item.id;
            EXPECT_TRUE(id.starts_with(sectionName(item.section))) << id;
            if (id.starts_with("memory.") || (id.starts_with("storage.") && id != "storage.warm_segments")) {
                EXPECT_EQ(item.unit, Unit::Bytes) << id;
            } else if (id.starts_with("cpu.")) {
                EXPECT_EQ(item.unit, Unit::Cores) << id;
            } else if (id.starts_with("tiers.")) {
                EXPECT_EQ(item.unit, Unit::Nodes) << id;
            } else if (id.starts_with("edges.")) {
                EXPECT_EQ(item.unit, Unit::Edges) << id;
            } else if (id.starts_with("network.")) {
                EXPECT_EQ(item.unit, Unit::BytesPerSecond) << id;
            }
        }
    }
}

TEST(Profiles, Names)
{
    EXPECT_EQ(profileName(Profile::Reference), "reference");
    EXPECT_EQ(profileName(Profile::Full), "full");
    EXPECT_EQ(parseProfile("reference"), Profile::Reference);
    EXPECT_EQ(parseProfile("full"), Profile::Full);
    EXPECT_EQ(parseProfile("Full"), std::nullopt);
    EXPECT_EQ(parseProfile(""), std::nullopt);
    // The full profile is the default.
    EXPECT_EQ(estimate(Scenario {}).profile, Profile::Full);
}

} // namespace
} // namespace ecw::test
