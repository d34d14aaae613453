// SPDX-License-Identifier: GPL-3.0-or-later
// Network: client traffic, backup, replication and the peak (max of replication and backup plus 1.5 x client).
#include "ModelTestSupport.h"

#include <gtest/gtest.h>

namespace ecw::test {
namespace {

TEST(Network, DefaultItems)
{
    const Estimate e = full();
    // (1,024 + 4,096) x 5,000 = 25,600,000 bytes/s (24.4 MiB/s)
    EXPECT_EQ(valueOf(e, "network.client"), 25600000.0);
    EXPECT_EQ(formatHuman(valueOf(e, "network.client"), Unit::BytesPerSecond), "24.4 MiB/s");
    // (warm 1,847,050,649.6 + cold 738,330,000) / 14,400 s = 179,540.32 bytes/s
    EXPECT_DOUBLE_EQ(valueOf(e, "network.backup"), 2585380649.6 / 14400.0);
    // 5,000 x 1.0 x 256 x 0 replicas = 0 (single node by default)
    EXPECT_EQ(valueOf(e, "network.replication"), 0.0);
    // max(0, 179,540.32) + 25,600,000 x 1.5 = 38,579,540.32
    EXPECT_DOUBLE_EQ(valueOf(e, "network.peak"), 2585380649.6 / 14400.0 + 38400000.0);
}

TEST(Network, ReplicationStreamsEveryWrite)
{
    // 5,000 x 0.5 x 256 x 2 = 1,280,000 bytes/s; it exceeds backup, so peak = 1,280,000 + 38,400,000.
    const Estimate e = full(scenarioWith({ { I::ReplicationFactor, 2 }, { I::WriteFraction, 0.5 } }));
    EXPECT_EQ(valueOf(e, "network.replication"), 1280000.0);
    EXPECT_EQ(valueOf(e, "network.peak"), 1280000.0 + 38400000.0);
}

TEST(Network, BackupWindow)
{
    // A one-hour window moves the same data four times as fast: 2,585,380,649.6 / 3,600.
    EXPECT_DOUBLE_EQ(valueOf(full(scenarioWith({ { I::BackupWindow, 3600 } })), "network.backup"),
                     2585380649.6 / 3600.0);
}

TEST(Network, RequestAndResponseSizes)
{
    // 384-byte requests, 16 KiB responses at 20,000 ops/s: (384 + 16,384) x 20,000 = 335,360,000 bytes/s.
    const Estimate e
        = full(scenarioWith({ { I::RequestBytes, 384 }, { I::ResponseBytes, 16384 }, { I::OpsPerSec, 20000 } }));
    EXPECT_EQ(valueOf(e, "network.client"), 335360000.0);
    EXPECT_EQ(valueOf(full(scenarioWith({ { I::OpsPerSec, 0 } })), "network.client"), 0.0);
}

TEST(Network, PeakClientFactorIsAConstant)
{
    // Factor 2: 179,540.32 + 25,600,000 x 2.
    EXPECT_DOUBLE_EQ(valueOf(full({}, constantsWith({ { C::PeakClientFactor, 2 } })), "network.peak"),
                     2585380649.6 / 14400.0 + 51200000.0);
}

TEST(Network, OnlyTheFullProfileSizesTheNetwork)
{
    // The script prints no network figures.
    const Estimate e = reference();
    for (const LineItem& item : e.items)
        EXPECT_NE(item.section, Section::Network) << item.id;
    for (const char* id : { "network.client", "network.backup", "network.replication", "network.peak" })
        EXPECT_TRUE(full().has(id)) << id;
}

} // namespace
} // namespace ecw::test
