// SPDX-License-Identifier: GPL-3.0-or-later
#include "CapacityModel.h"

#include <gtest/gtest.h>

TEST(CapacityModelSmoke, DefaultHotTierMatchesSpec)
{
    const ecw::Estimate e = ecw::estimate(ecw::Scenario {});
    EXPECT_DOUBLE_EQ(e.value("memory.hot_tier"), 710400000.0);
}
