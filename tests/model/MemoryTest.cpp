// SPDX-License-Identifier: GPL-3.0-or-later
// Memory: hot tier with hash overhead and hot edges, warm prefetch and page cache, cold index, activation pool,
// WAL buffer, runtime, total and the recommendation rounded up to whole GiB.
#include "ModelTestSupport.h"

#include <gtest/gtest.h>

namespace ecw::test {
namespace {

TEST(Memory, HotTierDefaultIsTheSpecsWorkedFigure)
{
    for (const Estimate& e : { full(), reference() }) {
        // (100,000 x (3,072 + 64) + 5,000,000 x 32) x 1.5 = (313,600,000 + 160,000,000) x 1.5 = 710,400,000 bytes,
        // and 710,400,000 / 1,048,576 = 677.49 MiB, which the script prints as "677.5 MB".
        EXPECT_EQ(valueOf(e, "memory.hot_tier"), 710400000.0);
        EXPECT_EQ(formatHuman(valueOf(e, "memory.hot_tier"), Unit::Bytes), "677.5 MiB");
    }
}

TEST(Memory, DefaultItemsFullProfile)
{
    const Estimate e = full();
    EXPECT_EQ(valueOf(e, "memory.warm_tier"), 92160000.0); // 300,000 x 3,072 x 0.1
    // (300,000 x 3,136 + 15,000,000 x 32) x 0.25 = (940,800,000 + 480,000,000) x 0.25
    EXPECT_EQ(valueOf(e, "memory.warm_page_cache"), 355200000.0);
    EXPECT_EQ(valueOf(e, "memory.cold_index"), 1050000.0); // 600,000 x 10 / 8 + 600,000 / 128 x 64 = 750,000 + 300,000
    EXPECT_EQ(valueOf(e, "memory.activation_pool"), 409600.0); // 5,000 x 0.01 x 8,192
    EXPECT_EQ(valueOf(e, "memory.wal_buffer"), 2560000.0); // 10,000 x 256 (the spec's "2.5MB")
    EXPECT_EQ(valueOf(e, "memory.runtime"), 524288000.0); // 500 MiB = 500 x 1,048,576
    // 710,400,000 + 92,160,000 + 355,200,000 + 1,050,000 + 409,600 + 2,560,000 + 524,288,000
    EXPECT_EQ(valueOf(e, "memory.total"), 1686067600.0);
    // 1,686,067,600 x 1.25 = 2,107,584,500 bytes = 1.96 GiB -> 2 GiB
    EXPECT_EQ(valueOf(e, "memory.recommended"), 2.0 * kGiB);
}

TEST(Memory, DefaultItemsReferenceProfile)
{
    const Estimate e = reference();
    EXPECT_EQ(valueOf(e, "memory.warm_tier"), 92160000.0);
    EXPECT_EQ(valueOf(e, "memory.cold_index"), 1050000.0);
    EXPECT_EQ(valueOf(e, "memory.activation_pool"), 409600.0);
    EXPECT_EQ(valueOf(e, "memory.runtime"), 524288000.0);
    EXPECT_FALSE(e.has("memory.warm_page_cache"));
    EXPECT_FALSE(e.has("memory.wal_buffer"));
    // 710,400,000 + 92,160,000 + 1,050,000 + 409,600 + 524,288,000 = 1,328,307,600 bytes = 1,266.8 MiB
    EXPECT_EQ(valueOf(e, "memory.total"), 1328307600.0);
    EXPECT_NEAR(valueOf(e, "memory.total") / kMiB, 1266.8, 0.05);
}

TEST(Memory, RecommendedRoundsUpWhereTheScriptTruncated)
{
    // The script: `scale=0; 1266.8 * 1.25 / 1024` = 1.546 truncated to "Recommended: 1 GB", less than the
    // 1,266.8 MiB it just said are needed. The model rounds up: ceil(1,660,384,500 / 1,073,741,824) = 2 GiB.
    const Estimate e = reference();
    EXPECT_EQ(valueOf(e, "memory.recommended"), 2.0 * kGiB);
    EXPECT_GE(valueOf(e, "memory.recommended"), valueOf(e, "memory.total") * 1.25);
    // With no nodes and no load the script printed "Recommended: 0 GB" for 500.4 MB.
    // 409,600 + 524,288,000 = 524,697,600 bytes x 1.25 = 0.61 GiB -> 1 GiB.
    const Estimate empty = reference(scenarioWith({ { I::Nodes, 0 } }));
    EXPECT_EQ(valueOf(empty, "memory.total"), 524697600.0);
    EXPECT_EQ(valueOf(empty, "memory.recommended"), 1.0 * kGiB);
}

TEST(Memory, RecommendedIsExactAtAWholeGiBAndRoundsUpJustAbove)
{
    // No nodes, no operations, headroom 1: the total is the runtime alone.
    const Scenario idle = scenarioWith({ { I::Nodes, 0 }, { I::OpsPerSec, 0 } });
    const Estimate exact
        = reference(idle, constantsWith({ { C::RuntimeOverheadBytes, 2 * kGiB }, { C::MemoryHeadroom, 1 } }));
    EXPECT_EQ(valueOf(exact, "memory.total"), 2 * kGiB);
    EXPECT_EQ(valueOf(exact, "memory.recommended"), 2 * kGiB);
    const Estimate above
        = reference(idle, constantsWith({ { C::RuntimeOverheadBytes, 2 * kGiB + kMiB }, { C::MemoryHeadroom, 1 } }));
    EXPECT_EQ(valueOf(above, "memory.recommended"), 3 * kGiB);
}

TEST(Memory, EmbeddingSizeDrivesTheHotTier)
{
    // 1536 x 4 = 6,144 bytes: (100,000 x (6,144 + 64) + 5,000,000 x 32) x 1.5 = 1,171,200,000
    EXPECT_EQ(valueOf(full(scenarioWith({ { I::EmbeddingDimension, 1536 } })), "memory.hot_tier"), 1171200000.0);
    // 384 x 4 = 1,536: (100,000 x 1,600 + 160,000,000) x 1.5 = 480,000,000
    EXPECT_EQ(valueOf(full(scenarioWith({ { I::EmbeddingDimension, 384 } })), "memory.hot_tier"), 480000000.0);
    // Warm prefetch follows the embedding only: 300,000 x 1,536 x 0.1 = 46,080,000
    EXPECT_EQ(valueOf(full(scenarioWith({ { I::EmbeddingDimension, 384 } })), "memory.warm_tier"), 46080000.0);
}

TEST(Memory, ConstantsAreHonoured)
{
    // HASH_TABLE_OVERHEAD 2: 473,600,000 x 2
    EXPECT_EQ(valueOf(full({}, constantsWith({ { C::HashTableOverhead, 2 } })), "memory.hot_tier"), 947200000.0);
    // 16 bloom bits: 600,000 x 16 / 8 + 300,000 = 1,500,000
    EXPECT_EQ(valueOf(full({}, constantsWith({ { C::BloomBitsPerNode, 16 } })), "memory.cold_index"), 1500000.0);
    // Page cache 50 %: 1,420,800,000 x 0.5
    EXPECT_EQ(valueOf(full({}, constantsWith({ { C::PageCacheRatio, 0.5 } })), "memory.warm_page_cache"), 710400000.0);
}

TEST(Memory, ActivationPoolFollowsOperations)
{
    // 100,000 ops/s x 0.01 x 8,192 = 8,192,000 bytes; 0 ops/s, nothing.
    EXPECT_EQ(valueOf(full(scenarioWith({ { I::OpsPerSec, 1e5 } })), "memory.activation_pool"), 8192000.0);
    EXPECT_EQ(valueOf(full(scenarioWith({ { I::OpsPerSec, 0 } })), "memory.activation_pool"), 0.0);
}

TEST(Memory, TotalsAddUpTheirItems)
{
    for (const Estimate& e : { full(), reference(), full(scenarioWith({ { I::Nodes, 1e9 } })) })
        EXPECT_EQ(valueOf(e, "memory.total"), sumOfParts(e, Section::Memory)) << profileName(e.profile);
}

TEST(Memory, ScaleOfTheScriptsLargestExample)
{
    // 10^11 nodes (the script's own run): hot = (10^10 x 3,136 + 5 x 10^11 x 32) x 1.5 = 71,040,000,000,000 bytes,
    // which the script prints as 67,749,023.4 MB.
    const Estimate e = reference(scenarioWith({ { I::Nodes, 1e11 } }));
    EXPECT_EQ(valueOf(e, "memory.hot_tier"), 71040000000000.0);
    EXPECT_NEAR(valueOf(e, "memory.hot_tier") / kMiB, 67749023.4, 0.05);
    // Its total, 76,638,722.1 MB x 1.25 / 1024 = 93,553.1 GB; the script truncated to 93,553, the model says 93,554.
    EXPECT_NEAR(valueOf(e, "memory.total") / kMiB, 76638722.1, 0.05);
    EXPECT_EQ(valueOf(e, "memory.recommended"), 93554.0 * kGiB);
}

} // namespace
} // namespace ecw::test
