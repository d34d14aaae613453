// SPDX-License-Identifier: GPL-3.0-or-later
// Backup sizing: daily incremental (new nodes x embedding + modified nodes x 1 KiB), full size and frequency.
#include "ModelTestSupport.h"

#include "RecoveryTables.h"

#include <gtest/gtest.h>

namespace ecw::test {
namespace {

TEST(Backup, DefaultDailyIncremental)
{
    const Estimate e = full();
    // Spec: daily_backup_size = daily_new_nodes * 3KB + daily_modified * 1KB, with the hot tier as the nodes
    // modified in a day: 1,000,000 x 0.02 = 20,000 new; 20,000 x 3,072 + 100,000 x 1,024 = 163,840,000 bytes.
    EXPECT_EQ(valueOf(e, "backup.daily_new_nodes"), 20000.0);
    EXPECT_EQ(valueOf(e, "backup.daily_incremental"), 163840000.0);
    EXPECT_EQ(formatHuman(valueOf(e, "backup.daily_incremental"), Unit::Bytes), "156.2 MiB");
}

TEST(Backup, IncrementalFollowsGrowthAndEmbeddingSize)
{
    // No growth: only the modified hot nodes, 100,000 x 1,024 = 102,400,000.
    EXPECT_EQ(valueOf(full(scenarioWith({ { I::DailyGrowthRate, 0 } })), "backup.daily_incremental"), 102400000.0);
    // 5 %/day: 50,000 x 3,072 + 102,400,000 = 256,000,000.
    EXPECT_EQ(valueOf(full(scenarioWith({ { I::DailyGrowthRate, 0.05 } })), "backup.daily_incremental"), 256000000.0);
    // 1536-dim float32: 20,000 x 6,144 + 102,400,000 = 225,280,000.
    EXPECT_EQ(valueOf(full(scenarioWith({ { I::EmbeddingDimension, 1536 } })), "backup.daily_incremental"),
              225280000.0);
}

TEST(Backup, FullSizeIsTheWarmAndColdData)
{
    const Estimate e = full();
    // 1,847,050,649.6 + 738,330,000 = 2,585,380,649.6 bytes (2.4 GiB): a weekly full backup.
    EXPECT_DOUBLE_EQ(valueOf(e, "backup.full_size"), 2585380649.6);
    EXPECT_EQ(valueOf(e, "backup.full_size"), valueOf(e, "storage.warm_tier") + valueOf(e, "storage.cold_tier"));
    EXPECT_EQ(valueOf(e, "backup.full_interval"), 7.0);
}

TEST(Backup, FullBackupFrequencyBoundaries)
{
    // Spec: "<10GB: Weekly, 10-100GB: Bi-weekly, >100GB: Monthly" (GB read as GiB; 100 GiB itself is bi-weekly).
    EXPECT_EQ(fullBackupIntervalDays(0), 7.0);
    EXPECT_EQ(fullBackupIntervalDays(10 * kGiB - 1), 7.0);
    EXPECT_EQ(fullBackupIntervalDays(10 * kGiB), 14.0);
    EXPECT_EQ(fullBackupIntervalDays(100 * kGiB), 14.0);
    EXPECT_EQ(fullBackupIntervalDays(100 * kGiB + 1), 30.0);
    EXPECT_EQ(fullBackupIntervalDays(1e18), 30.0);
}

TEST(Backup, FrequencyFollowsTheScenario)
{
    // 10^7 nodes hold about 24 GiB of warm and cold data (bi-weekly); 10^8 about 241 GiB (monthly).
    EXPECT_EQ(valueOf(full(scenarioWith({ { I::Nodes, 1e7 } })), "backup.full_interval"), 14.0);
    EXPECT_EQ(valueOf(full(scenarioWith({ { I::Nodes, 1e8 } })), "backup.full_interval"), 30.0);
    EXPECT_EQ(valueOf(full(scenarioWith({ { I::Nodes, 0 } })), "backup.full_interval"), 7.0);
}

TEST(Backup, ModifiedBytesIsAConstant)
{
    // 2 KiB per modified node: 61,440,000 + 100,000 x 2,048.
    EXPECT_EQ(valueOf(full({}, constantsWith({ { C::BackupModifiedBytes, 2048 } })), "backup.daily_incremental"),
              61440000.0 + 204800000.0);
}

TEST(Backup, OnlyTheFullProfileSizesBackups)
{
    for (const LineItem& item : reference().items)
        EXPECT_NE(item.section, Section::Backup) << item.id;
}

} // namespace
} // namespace ecw::test
