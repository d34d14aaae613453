// SPDX-License-Identifier: GPL-3.0-or-later
// Recovery: WAL replay since the last snapshot, index rebuild, memory warm-up, and the spec's RTO table by data size.
#include "ModelTestSupport.h"

#include "RecoveryTables.h"

#include <gtest/gtest.h>

namespace ecw::test {
namespace {

TEST(Recovery, DefaultTimes)
{
    const Estimate e = full();
    // WAL since the daily snapshot: min(2,322,432,000,000, 5,000 x 1.0 x 256 x 0.7 x 86,400) = 77,414,400,000 bytes.
    EXPECT_EQ(valueOf(e, "recovery.wal_since_snapshot"), 77414400000.0);
    // Replayed at 100 MiB/s: 77,414,400,000 / 104,857,600 = 738.28125 s (12.3 min).
    EXPECT_EQ(valueOf(e, "recovery.wal_replay"), 738.28125);
    EXPECT_EQ(formatHuman(valueOf(e, "recovery.wal_replay"), Unit::Seconds), "12.3 min");
    // Index rebuild at 50,000 nodes/s per core on the 8 recommended cores: 1,000,000 / 400,000 = 2.5 s.
    EXPECT_EQ(valueOf(e, "recovery.index_rebuild"), 2.5);
    // Warm-up at 1 GiB/s: 710,400,000 / 1,073,741,824 = 0.66 s.
    EXPECT_DOUBLE_EQ(valueOf(e, "recovery.warmup"), 710400000.0 / 1073741824.0);
    EXPECT_DOUBLE_EQ(valueOf(e, "recovery.cold_start"), 738.28125 + 2.5 + 710400000.0 / 1073741824.0);
}

TEST(Recovery, ReplayIsBoundedByTheRetainedWal)
{
    // Weekly snapshots but one day of WAL kept: only the day can be replayed, 77,414,400,000 bytes.
    const Estimate e
        = full(scenarioWith({ { I::RetentionDays, 1 } }), constantsWith({ { C::SnapshotInterval, 604800 } }));
    EXPECT_EQ(valueOf(e, "recovery.wal_since_snapshot"), 77414400000.0);
    // Hourly snapshots: 5,000 x 256 x 0.7 x 3,600 = 3,225,600,000 bytes -> 30.76 s.
    const Estimate hourly = full({}, constantsWith({ { C::SnapshotInterval, 3600 } }));
    EXPECT_EQ(valueOf(hourly, "recovery.wal_since_snapshot"), 3225600000.0);
    EXPECT_DOUBLE_EQ(valueOf(hourly, "recovery.wal_replay"), 3225600000.0 / 104857600.0);
    // Nothing written, nothing to replay.
    EXPECT_EQ(valueOf(full(scenarioWith({ { I::WriteFraction, 0 } })), "recovery.wal_replay"), 0.0);
}

TEST(Recovery, IndexRebuildSharesTheRecommendedCores)
{
    // 16,000 ops/s recommend 16 cores: 1,000,000 / (50,000 x 16) = 1.25 s.
    const Estimate e = full(scenarioWith({ { I::OpsPerSec, 16000 } }));
    ASSERT_EQ(valueOf(e, "cpu.recommended"), 16.0);
    EXPECT_EQ(valueOf(e, "recovery.index_rebuild"), 1.25);
    // 10^11 nodes: nodes / (rate x the recommended cores, however many consolidation needs).
    const Estimate big = full(scenarioWith({ { I::Nodes, 1e11 } }));
    EXPECT_DOUBLE_EQ(valueOf(big, "recovery.index_rebuild"), 1e11 / (50000.0 * valueOf(big, "cpu.recommended")));
}

TEST(Recovery, RtoTableRows)
{
    // Spec, "Recovery Time Objectives (RTO) by Scale" (GB read as GiB): cold start / warm start / hot standby.
    struct Row
    {
        double bytes;
        double cold, warm, hot;
    };
    const Row rows[] = {
        { 0, 30, 10, 1 }, // <1GB: 30 seconds, 10 seconds, <1 second
        { kGiB - 1, 30, 10, 1 },
        { kGiB, 120, 30, 5 }, // 1-10GB: 2 minutes, 30 seconds, <5 seconds
        { 10 * kGiB - 1, 120, 30, 5 },
        { 10 * kGiB, 600, 120, 30 }, // 10-100GB: 10 minutes, 2 minutes, <30 seconds
        { 100 * kGiB - 1, 600, 120, 30 },
        { 100 * kGiB, 3600, 600, 120 }, // 100GB-1TB: 1 hour, 10 minutes, <2 minutes
        { kTiB - 1, 3600, 600, 120 },
        { kTiB, 14400, 1800, 300 }, // >1TB: 4 hours, 30 minutes, <5 minutes
        { 1e18, 14400, 1800, 300 },
    };
    for (const Row& row : rows) {
        const RtoClass rto = rtoClassFor(row.bytes);
        EXPECT_EQ(rto.coldStart, row.cold) << row.bytes;
        EXPECT_EQ(rto.warmStart, row.warm) << row.bytes;
        EXPECT_EQ(rto.hotStandby, row.hot) << row.bytes;
    }
}

TEST(Recovery, RtoClassFollowsTheScenariosDataSize)
{
    struct Case
    {
        double nodes;
        double cold, warm, hot;
    };
    // Data = warm + cold storage. 10^5 nodes: (142,080,000 + 4,096) x 1.3 + 73,728,000 + 105,000 = 0.24 GiB;
    // 10^6: 2.4 GiB; 10^7: 24 GiB; 10^8: 241 GiB; 10^9: 2.35 TiB.
    const Case cases[] = {
        { 1e5, 30, 10, 1 },      { 1e6, 120, 30, 5 },       { 1e7, 600, 120, 30 },
        { 1e8, 3600, 600, 120 }, { 1e9, 14400, 1800, 300 },
    };
    for (const Case& c : cases) {
        const Estimate e = full(scenarioWith({ { I::Nodes, c.nodes } }));
        EXPECT_EQ(valueOf(e, "recovery.rto_cold_start"), c.cold) << c.nodes;
        EXPECT_EQ(valueOf(e, "recovery.rto_warm_start"), c.warm) << c.nodes;
        EXPECT_EQ(valueOf(e, "recovery.rto_hot_standby"), c.hot) << c.nodes;
    }
    EXPECT_DOUBLE_EQ(valueOf(full(scenarioWith({ { I::Nodes, 1e5 } })), "backup.full_size"),
                     (142080000.0 + 4096.0) * 1.3 + 73728000.0 + 105000.0);
}

TEST(Recovery, EmptyGraphRecoversFromTheWalAlone)
{
    const Estimate e = full(scenarioWith({ { I::Nodes, 0 } }));
    EXPECT_EQ(valueOf(e, "recovery.index_rebuild"), 0.0);
    EXPECT_EQ(valueOf(e, "recovery.warmup"), 0.0);
    EXPECT_EQ(valueOf(e, "recovery.wal_replay"), 738.28125);
    EXPECT_EQ(valueOf(e, "recovery.rto_cold_start"), 30.0);
}

} // namespace
} // namespace ecw::test
