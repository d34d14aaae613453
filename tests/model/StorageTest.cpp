// SPDX-License-Identifier: GPL-3.0-or-later
// Storage: warm tier with version retention (and segment headers), compressed cold tier, WAL, snapshots, temp
// space, total and the recommendation rounded up to whole GiB.
#include "ModelTestSupport.h"

#include <gtest/gtest.h>

#include <cmath>

namespace ecw::test {
namespace {

TEST(Storage, WalDefaultIsTheSpecsWorkedFigure)
{
    for (const Estimate& e : { full(), reference() }) {
        // 5,000 x 86,400 x 30 x 256 x 0.7 = 2,322,432,000,000 bytes = 2,162.9 GiB (the script's "WAL: 2162.9 GB").
        EXPECT_EQ(valueOf(e, "storage.wal"), 2322432000000.0);
        EXPECT_NEAR(valueOf(e, "storage.wal") / kGiB, 2162.9, 0.05);
    }
}

TEST(Storage, DefaultItemsFullProfile)
{
    const Estimate e = full();
    // Warm data: 300,000 x 3,136 + 15,000,000 x 32 = 1,420,800,000 bytes -> ceil(1.32 GiB) = 2 segments.
    EXPECT_EQ(valueOf(e, "storage.warm_segments"), 2.0);
    // (1,420,800,000 + 2 x 4,096) x 1.3 = 1,847,050,649.6
    EXPECT_DOUBLE_EQ(valueOf(e, "storage.warm_tier"), 1847050649.6);
    // 600,000 x 3,072 x 0.4 + the columnar index (= the cold index, 1,050,000) = 737,280,000 + 1,050,000
    EXPECT_EQ(valueOf(e, "storage.cold_tier"), 738330000.0);
    // (1,847,050,649.6 + 738,330,000) x 5 x 0.3 = 3,878,070,974.4
    EXPECT_DOUBLE_EQ(valueOf(e, "storage.snapshots"), 3878070974.4);
    // max(1 GiB x 2, 2,585,380,649.6 x 0.1) = 2 GiB
    EXPECT_EQ(valueOf(e, "storage.temp_space"), 2.0 * kGiB);
    // 1,847,050,649.6 + 738,330,000 + 2,322,432,000,000 + 3,878,070,974.4 + 2,147,483,648 = 2,331,042,935,272
    EXPECT_DOUBLE_EQ(valueOf(e, "storage.total"), 2331042935272.0);
    // x 1.5 = 3,496,564,402,908 bytes = 3,256.4 GiB -> 3,257 GiB
    EXPECT_EQ(valueOf(e, "storage.recommended"), 3257.0 * kGiB);
}

TEST(Storage, DefaultItemsReferenceProfile)
{
    const Estimate e = reference();
    EXPECT_EQ(valueOf(e, "storage.warm_tier"), 1223040000.0); // 300,000 x 3,136 x 1.3 (script: "1.1 GB")
    EXPECT_EQ(valueOf(e, "storage.cold_tier"), 737280000.0); // 600,000 x 3,072 x 0.4 (script: "0.7 GB")
    EXPECT_EQ(valueOf(e, "storage.snapshots"), 2940480000.0); // (1,223,040,000 + 737,280,000) x 5 x 0.3
    EXPECT_FALSE(e.has("storage.temp_space"));
    EXPECT_FALSE(e.has("storage.warm_segments"));
    // 1,223,040,000 + 737,280,000 + 2,322,432,000,000 + 2,940,480,000 = 2,327,332,800,000 = 2,167.5 GiB
    EXPECT_EQ(valueOf(e, "storage.total"), 2327332800000.0);
    EXPECT_NEAR(valueOf(e, "storage.total") / kGiB, 2167.5, 0.05);
    // The script printed "Recommended: 3251.24636292457580566405 GB"; 3,251.2 GiB rounds up to 3,252 GiB.
    EXPECT_EQ(valueOf(e, "storage.recommended"), 3252.0 * kGiB);
}

TEST(Storage, WalFollowsRetentionWritesAndOperations)
{
    // One day: 5,000 x 86,400 x 1 x 256 x 0.7 = 77,414,400,000.
    EXPECT_EQ(valueOf(reference(scenarioWith({ { I::RetentionDays, 1 } })), "storage.wal"), 77414400000.0);
    // Half the operations write: 1,161,216,000,000 in the full profile; the script assumes every one writes.
    EXPECT_EQ(valueOf(full(scenarioWith({ { I::WriteFraction, 0.5 } })), "storage.wal"), 1161216000000.0);
    EXPECT_EQ(valueOf(reference(scenarioWith({ { I::WriteFraction, 0.5 } })), "storage.wal"), 2322432000000.0);
    EXPECT_EQ(valueOf(full(scenarioWith({ { I::OpsPerSec, 0 } })), "storage.wal"), 0.0);
}

TEST(Storage, NoOperationsLeavesTheDataAndItsSnapshots)
{
    // The script with 0 ops/s: "Storage: 4.6 GB ... Recommended: 6.84633851051330566405 GB".
    // 1,223,040,000 + 737,280,000 + 0 + 2,940,480,000 = 4,900,800,000 bytes = 4.56 GiB; x 1.5 = 6.85 -> 7 GiB.
    const Estimate e = reference(scenarioWith({ { I::OpsPerSec, 0 } }));
    EXPECT_EQ(valueOf(e, "storage.total"), 4900800000.0);
    EXPECT_EQ(valueOf(e, "storage.recommended"), 7.0 * kGiB);
}

TEST(Storage, TempSpaceIsTheLargerOfTwoSegmentsAndATenthOfTheData)
{
    // 10^9 nodes: warm data = 3 x 10^8 x 3,136 + 1.5 x 10^10 x 32 = 1,420,800,000,000 bytes in ceil(1,323.2) = 1,324
    // segments; warm = (1,420,800,000,000 + 1,324 x 4,096) x 1.3; cold = 6 x 10^8 x 3,072 x 0.4 + 1,050,000,000.
    const Estimate e = full(scenarioWith({ { I::Nodes, 1e9 } }));
    const double warm = (1420800000000.0 + 1324.0 * 4096.0) * 1.3;
    const double cold = 737280000000.0 + 1050000000.0;
    EXPECT_EQ(valueOf(e, "storage.warm_segments"), 1324.0);
    EXPECT_DOUBLE_EQ(valueOf(e, "storage.warm_tier"), warm);
    EXPECT_DOUBLE_EQ(valueOf(e, "storage.cold_tier"), cold);
    EXPECT_DOUBLE_EQ(valueOf(e, "storage.temp_space"), (warm + cold) * 0.1); // 258.5 GB > 2 GiB
    // 64 GiB segments: warm data fits one; temp = 2 x 64 GiB.
    const Estimate big = full(scenarioWith({ { I::SegmentBytes, 64 * kGiB } }));
    EXPECT_EQ(valueOf(big, "storage.warm_segments"), 1.0);
    EXPECT_DOUBLE_EQ(valueOf(big, "storage.warm_tier"), (1420800000.0 + 4096.0) * 1.3);
    EXPECT_EQ(valueOf(big, "storage.temp_space"), 128.0 * kGiB);
}

TEST(Storage, ColdTierIsEmptyWhenWarmTakesTheRest)
{
    const Estimate e = full(scenarioWith({ { I::ActiveRatio, 0.25 } }));
    EXPECT_EQ(valueOf(e, "storage.cold_tier"), 0.0);
    // The script at 0.5 prints "Cold Tier: -1.1 GB"; the model never goes below zero.
    EXPECT_EQ(valueOf(reference(scenarioWith({ { I::ActiveRatio, 0.5 } })), "storage.cold_tier"), 0.0);
}

TEST(Storage, HotTierHasNoPersistentStorage)
{
    // Everything hot: HOT_TIER_STORAGE = 0, so the data is empty and only WAL (and temp) remain.
    const Estimate e = full(scenarioWith({ { I::ActiveRatio, 1.0 } }));
    EXPECT_EQ(valueOf(e, "storage.warm_tier"), 0.0);
    EXPECT_EQ(valueOf(e, "storage.cold_tier"), 0.0);
    EXPECT_EQ(valueOf(e, "storage.snapshots"), 0.0);
    EXPECT_EQ(valueOf(e, "storage.total"), 2322432000000.0 + 2.0 * kGiB);
}

TEST(Storage, SnapshotConstants)
{
    // 10 snapshots at 20 %: 1,960,320,000 x 10 x 0.2 = 3,920,640,000 (reference).
    const Estimate e = reference({}, constantsWith({ { C::SnapshotCount, 10 }, { C::SnapshotIncrementalRatio, 0.2 } }));
    EXPECT_DOUBLE_EQ(valueOf(e, "storage.snapshots"), 3920640000.0);
}

TEST(Storage, TotalsAddUpTheirItems)
{
    for (const Estimate& e : { full(), reference(), full(scenarioWith({ { I::Nodes, 1e9 } })) })
        EXPECT_EQ(valueOf(e, "storage.total"), sumOfParts(e, Section::Storage)) << profileName(e.profile);
}

TEST(Storage, RecommendedIsAWholeNumberOfGiBNotBelowTheNeed)
{
    for (double nodes : { 0.0, 1.0, 1e5, 1e6, 1e9, 1e12 }) {
        for (const Estimate& e :
             { full(scenarioWith({ { I::Nodes, nodes } })), reference(scenarioWith({ { I::Nodes, nodes } })) }) {
            const double recommended = valueOf(e, "storage.recommended");
            const double needed = valueOf(e, "storage.total") * 1.5;
            EXPECT_EQ(recommended / kGiB, std::floor(recommended / kGiB));
            EXPECT_GE(recommended, needed * (1 - 1e-9));
            EXPECT_LT(recommended, needed + kGiB);
        }
    }
}

} // namespace
} // namespace ecw::test
