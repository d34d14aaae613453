// SPDX-License-Identifier: GPL-3.0-or-later
// The grid's checker itself: it must flag what the grid looks for, or the grid proves nothing.
#include "FigureCheck.h"

#include <gtest/gtest.h>

#include <limits>

using ecw::test::FigureCheck;

TEST(FigureCheck, FlagsNaNInfinityAndNegativeFigures)
{
    for (double bad : { std::numeric_limits<double>::quiet_NaN(), std::numeric_limits<double>::infinity(),
                        -std::numeric_limits<double>::infinity(), -1e-300, -5.0 }) {
        FigureCheck check;
        check("figure", bad);
        EXPECT_FALSE(check.ok()) << bad;
        EXPECT_NE(check.report().find("figure = "), std::string::npos);
    }
}

TEST(FigureCheck, AcceptsZeroAndFiniteFigures)
{
    FigureCheck check;
    for (double good : { 0.0, -0.0, 1e-300, 1.0, 1.7e308 })
        check("figure", good);
    EXPECT_TRUE(check.ok()) << check.report();
    EXPECT_EQ(check.checked(), 5u);
}

TEST(FigureCheck, FlagsTextThatSpellsANonFiniteNumber)
{
    for (const char* bad : { "cpu.total = nan cores", "= inf", "-inf", "NaN", "(-nan)", "Infinity bytes", "x=INF;" }) {
        FigureCheck check;
        check.text("reason", bad);
        EXPECT_FALSE(check.ok()) << bad;
    }
}

TEST(FigureCheck, AcceptsWordsThatOnlyContainTheLetters)
{
    FigureCheck check;
    for (const char* good : { "t3.nano", "inf1.xlarge", "Info", "inference", "financial", "nanoseconds", "banana" })
        check.text("name", good);
    EXPECT_TRUE(check.ok()) << check.report();
}
