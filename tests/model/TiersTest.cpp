// SPDX-License-Identifier: GPL-3.0-or-later
// Tier distribution and edge counts: hot = nodes x active ratio, warm = 3 x hot (at most what hot leaves), cold = rest.
#include "ModelTestSupport.h"

#include <gtest/gtest.h>

namespace ecw::test {
namespace {

TEST(Tiers, DefaultsSplitAMillionNodesTenThirtySixty)
{
    for (const Estimate& e : { full(), reference() }) {
        // hot  = round(1,000,000 x 0.1)               = 100,000
        // warm = min(3 x 100,000, 1,000,000 - 100,000) = 300,000
        // cold = 1,000,000 - 100,000 - 300,000        = 600,000
        EXPECT_EQ(valueOf(e, "tiers.hot_nodes"), 100000.0);
        EXPECT_EQ(valueOf(e, "tiers.warm_nodes"), 300000.0);
        EXPECT_EQ(valueOf(e, "tiers.cold_nodes"), 600000.0);
    }
}

TEST(Tiers, DefaultEdgeCounts)
{
    for (const Estimate& e : { full(), reference() }) {
        EXPECT_EQ(valueOf(e, "edges.total"), 50000000.0); // 1,000,000 x 50
        EXPECT_EQ(valueOf(e, "edges.hot"), 5000000.0); // 100,000 x 50
    }
    // Only the full profile needs the warm edges (page cache and warm storage): 300,000 x 50.
    EXPECT_EQ(valueOf(full(), "edges.warm"), 15000000.0);
    EXPECT_FALSE(reference().has("edges.warm"));
}

TEST(Tiers, PerNodeSizes)
{
    const Estimate e = full();
    EXPECT_EQ(valueOf(e, "node.embedding_bytes"), 3072.0); // 768 x 4
    EXPECT_EQ(valueOf(e, "node.record_bytes"), 3136.0); // 3,072 + 64
    // Planners size 384- and 1536-dimension models too: 384 x 2 (float16) = 768; 1536 x 4 = 6,144.
    EXPECT_EQ(valueOf(full(scenarioWith({ { I::EmbeddingDimension, 384 }, { I::BytesPerValue, 2 } })),
                      "node.embedding_bytes"),
              768.0);
    EXPECT_EQ(valueOf(full(scenarioWith({ { I::EmbeddingDimension, 1536 } })), "node.record_bytes"), 6144.0 + 64.0);
}

TEST(Tiers, QuarterActiveFillsWarmExactly)
{
    // 0.25 is the largest ratio where warm = 3 x hot still fits: 250,000 + 750,000 = 1,000,000, cold 0.
    const Estimate e = full(scenarioWith({ { I::ActiveRatio, 0.25 } }));
    EXPECT_EQ(valueOf(e, "tiers.hot_nodes"), 250000.0);
    EXPECT_EQ(valueOf(e, "tiers.warm_nodes"), 750000.0);
    EXPECT_EQ(valueOf(e, "tiers.cold_nodes"), 0.0);
    EXPECT_FALSE(hasFinding(e, "warning.warm_clamped"));
}

TEST(Tiers, ActiveRatioAboveAQuarterClampsWarmInsteadOfNegativeCold)
{
    // The script gives 1,000,000 x 0.5 = 500,000 hot, 1,500,000 warm and -1,000,000 cold.
    // The model: warm = min(3 x 500,000, 1,000,000 - 500,000) = 500,000, cold = 0.
    for (const Estimate& e :
         { full(scenarioWith({ { I::ActiveRatio, 0.5 } })), reference(scenarioWith({ { I::ActiveRatio, 0.5 } })) }) {
        EXPECT_EQ(valueOf(e, "tiers.hot_nodes"), 500000.0);
        EXPECT_EQ(valueOf(e, "tiers.warm_nodes"), 500000.0);
        EXPECT_EQ(valueOf(e, "tiers.cold_nodes"), 0.0);
    }
    // 0.3: warm = min(900,000, 700,000) = 700,000; the full profile says why warm is not 3x hot.
    const Estimate e = full(scenarioWith({ { I::ActiveRatio, 0.3 } }));
    EXPECT_EQ(valueOf(e, "tiers.warm_nodes"), 700000.0);
    EXPECT_EQ(valueOf(e, "tiers.cold_nodes"), 0.0);
    const Finding* clamped = findingOf(e, "warning.warm_clamped");
    ASSERT_NE(clamped, nullptr);
    EXPECT_EQ(clamped->reason, "WARM_MULTIPLE * hot_nodes = 900,000 > nodes - hot_nodes = 700,000");
}

TEST(Tiers, EveryNodeHotLeavesNoWarmOrCold)
{
    const Estimate e = full(scenarioWith({ { I::ActiveRatio, 1.0 } }));
    EXPECT_EQ(valueOf(e, "tiers.hot_nodes"), 1000000.0);
    EXPECT_EQ(valueOf(e, "tiers.warm_nodes"), 0.0);
    EXPECT_EQ(valueOf(e, "tiers.cold_nodes"), 0.0);
    EXPECT_EQ(valueOf(e, "edges.hot"), 50000000.0);
}

TEST(Tiers, NoActiveNodesPutsEverythingCold)
{
    const Estimate e = full(scenarioWith({ { I::ActiveRatio, 0.0 } }));
    EXPECT_EQ(valueOf(e, "tiers.hot_nodes"), 0.0);
    EXPECT_EQ(valueOf(e, "tiers.warm_nodes"), 0.0);
    EXPECT_EQ(valueOf(e, "tiers.cold_nodes"), 1000000.0);
    EXPECT_EQ(valueOf(e, "edges.hot"), 0.0);
    EXPECT_FALSE(hasFinding(e, "warning.warm_clamped"));
}

TEST(Tiers, NodeCountsRoundToNearestNotTruncate)
{
    // 100 x 0.29 is 28.999999999999996 in binary floating point; truncating it (the script's
    // `cut -d. -f1` applied to a double) would give 28 hot nodes. Rounding gives 29.
    ASSERT_LT(100 * 0.29, 29.0);
    for (const Estimate& e : { full(scenarioWith({ { I::Nodes, 100 }, { I::ActiveRatio, 0.29 } })),
                               reference(scenarioWith({ { I::Nodes, 100 }, { I::ActiveRatio, 0.29 } })) }) {
        EXPECT_EQ(valueOf(e, "tiers.hot_nodes"), 29.0);
        // warm = min(87, 71) = 71, cold = 0 (the script prints -16 cold nodes here).
        EXPECT_EQ(valueOf(e, "tiers.warm_nodes"), 71.0);
        EXPECT_EQ(valueOf(e, "tiers.cold_nodes"), 0.0);
    }
    // 15 x 0.1 = 1.5 rounds half up to 2; warm = 3 x 2 = 6; cold = 15 - 2 - 6 = 7.
    const Estimate e = reference(scenarioWith({ { I::Nodes, 15 }, { I::ActiveRatio, 0.1 } }));
    EXPECT_EQ(valueOf(e, "tiers.hot_nodes"), 2.0);
    EXPECT_EQ(valueOf(e, "tiers.warm_nodes"), 6.0);
    EXPECT_EQ(valueOf(e, "tiers.cold_nodes"), 7.0);
    // 5 x 0.1 = 0.5 -> 1 hot node (the script's bc prints ".5", cut leaves an empty string and every
    // later figure is a syntax error).
    EXPECT_EQ(valueOf(reference(scenarioWith({ { I::Nodes, 5 } })), "tiers.hot_nodes"), 1.0);
    // 4 x 0.1 = 0.4 -> 0 hot nodes.
    EXPECT_EQ(valueOf(reference(scenarioWith({ { I::Nodes, 4 } })), "tiers.hot_nodes"), 0.0);
}

TEST(Tiers, EdgeCountsRound)
{
    // 3 nodes x 0.5 edges = 1.5 -> 2 edges; hot = 3 x 0.5 = 1.5 -> 2 nodes; 2 hot x 0.5 = 1 hot edge.
    const Estimate e = full(scenarioWith({ { I::Nodes, 3 }, { I::ActiveRatio, 0.5 }, { I::EdgesPerNode, 0.5 } }));
    EXPECT_EQ(valueOf(e, "edges.total"), 2.0);
    EXPECT_EQ(valueOf(e, "tiers.hot_nodes"), 2.0);
    EXPECT_EQ(valueOf(e, "edges.hot"), 1.0);
    // 100,000 hot x 2.5 edges = 250,000.
    EXPECT_EQ(valueOf(full(scenarioWith({ { I::EdgesPerNode, 2.5 } })), "edges.hot"), 250000.0);
}

TEST(Tiers, WarmMultipleIsAConstant)
{
    // WARM_MULTIPLE = 2: warm = 2 x 100,000 = 200,000; cold = 700,000.
    const Estimate e = full({}, constantsWith({ { C::WarmTierMultiple, 2 } }));
    EXPECT_EQ(valueOf(e, "tiers.warm_nodes"), 200000.0);
    EXPECT_EQ(valueOf(e, "tiers.cold_nodes"), 700000.0);
}

TEST(Tiers, TiersSumToNodesAtScale)
{
    // 10^11 and 10^12 nodes stay exact: every count is a whole number below 2^53.
    for (double nodes : { 1e11, 1e12, 123456789.0 }) {
        for (double ratio : { 0.0, 0.013, 0.1, 0.25, 0.37, 1.0 }) {
            const Estimate e = full(scenarioWith({ { I::Nodes, nodes }, { I::ActiveRatio, ratio } }));
            const double hot = valueOf(e, "tiers.hot_nodes");
            const double warm = valueOf(e, "tiers.warm_nodes");
            const double cold = valueOf(e, "tiers.cold_nodes");
            EXPECT_EQ(hot + warm + cold, nodes) << nodes << " nodes at " << ratio;
            EXPECT_LE(warm, 3 * hot);
            EXPECT_GE(cold, 0.0);
        }
    }
    // 10^11 x 0.1 = 10^10 hot, 3 x 10^10 warm, 6 x 10^10 cold: the script's own output for 100,000,000,000.
    const Estimate e = reference(scenarioWith({ { I::Nodes, 1e11 } }));
    EXPECT_EQ(valueOf(e, "tiers.hot_nodes"), 1e10);
    EXPECT_EQ(valueOf(e, "tiers.warm_nodes"), 3e10);
    EXPECT_EQ(valueOf(e, "tiers.cold_nodes"), 6e10);
}

} // namespace
} // namespace ecw::test
