// SPDX-License-Identifier: GPL-3.0-or-later
// Units and number formatting: grouped integers, locale-independent decimals, honest binary sizes (KiB/MiB/GiB/TiB).
#include "Units.h"

#include <gtest/gtest.h>

#include <array>
#include <charconv>
#include <clocale>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <locale>
#include <random>
#include <string>

namespace ecw {
namespace {

TEST(Units, BinarySizesAreBinary)
{
    EXPECT_EQ(kKiB, 1024.0);
    EXPECT_EQ(kMiB, 1048576.0);
    EXPECT_EQ(kGiB, 1073741824.0);
    EXPECT_EQ(kTiB, 1099511627776.0);
}

TEST(Units, FormatGrouped)
{
    EXPECT_EQ(formatGrouped(0), "0");
    EXPECT_EQ(formatGrouped(999), "999");
    EXPECT_EQ(formatGrouped(1000), "1,000");
    EXPECT_EQ(formatGrouped(1811362), "1,811,362");
    EXPECT_EQ(formatGrouped(1e12), "1,000,000,000,000");
    EXPECT_EQ(formatGrouped(100000.4), "100,000"); // rounded to the nearest whole number
    EXPECT_EQ(formatGrouped(2.5), "3"); // half away from zero
    EXPECT_EQ(formatGrouped(-1234567), "-1,234,567");
    EXPECT_EQ(formatGrouped(-0.2), "0"); // never "-0"
}

TEST(Units, FormatFixed)
{
    EXPECT_EQ(formatFixed(1266.77, 1), "1266.8");
    EXPECT_EQ(formatFixed(4.0066666, 2), "4.01");
    EXPECT_EQ(formatFixed(2, 0), "2");
    EXPECT_EQ(formatFixed(0.05, 3), "0.050");
    EXPECT_EQ(formatFixed(-0.04, 1), "0.0"); // no "-0.0" for something that rounds to zero
    EXPECT_EQ(formatFixed(-1.25, 1), "-1.2"); // exact binary halves round to even, like printf
    EXPECT_EQ(formatFixed(1e15, 1), "1000000000000000.0");
}

// What formatFixed must print: the exact binary value rounded half to even by to_chars, without a "-0".
std::string toCharsFixed(double value, int decimals)
{
    std::array<char, 512> buffer;
    auto [end, ec]
        = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value, std::chars_format::fixed, decimals);
    std::string text(buffer.data(), end);
    if (!text.empty() && text.front() == '-' && text.find_first_of("123456789") == std::string::npos)
        text.erase(0, 1);
    return text;
}

TEST(Units, FormatFixedMatchesToCharsDigitForDigit)
{
    // formatFixed has a fast path for up to 6 decimals; it must agree with to_chars on every value, including
    // exact ties (x.x5 that are binary fractions), near-ties (1.005 is 1.00499999999999989...), and magnitudes
    // from 10^-12 to 10^16 where the fast path hands over.
    std::mt19937_64 random(42);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    std::uniform_int_distribution<int> exponent(-12, 16);
    std::uniform_int_distribution<int> places(0, 7);
    std::uniform_int_distribution<std::int64_t> integer(0, 1'000'000'000);
    std::uniform_int_distribution<int> shift(0, 20);
    long checked = 0;
    for (int i = 0; i < 400000; ++i) {
        const int decimals = places(random);
        const double candidates[] = {
            unit(random) * std::pow(10.0, exponent(random)), // any magnitude
            static_cast<double>(integer(random)) / static_cast<double>(1 << shift(random)), // exact binary fractions
            (static_cast<double>(integer(random)) + 0.5) / std::pow(10.0, decimals), // near decimal ties
            std::round(unit(random) * 1e6) / 1e3, // "1266.8"-like figures
        };
        for (double value : candidates) {
            for (double v : { value, -value }) {
                ASSERT_EQ(formatFixed(v, decimals), toCharsFixed(v, decimals))
                    << std::hexfloat << v << " to " << decimals;
                ++checked;
            }
        }
    }
    EXPECT_EQ(checked, 3200000);
    for (double tie : { 0.5, 1.5, 2.5, 0.125, 0.375, 1.005, 2.675, 1e15 - 0.5, 4.5e15, 0.0, -0.0 })
        for (int decimals = 0; decimals <= 3; ++decimals)
            EXPECT_EQ(formatFixed(tie, decimals), toCharsFixed(tie, decimals)) << tie << " to " << decimals;
}

// A C++ locale that writes 1.234,5, as a German planner's desktop might.
struct CommaDecimal : std::numpunct<char>
{
    char do_decimal_point() const override { return ','; }
    char do_thousands_sep() const override { return '.'; }
    std::string do_grouping() const override { return "\3"; }
};

TEST(Units, FormattingIgnoresTheLocale)
{
    const std::locale previousGlobal = std::locale::global(std::locale(std::locale::classic(), new CommaDecimal));
    // The C library's LC_NUMERIC too, when a comma-decimal locale is installed (LOCPATH may point to one).
    const std::string previousC = std::setlocale(LC_NUMERIC, nullptr);
    bool cLocaleChanged = false;
    for (const char* name : { "de_DE.UTF-8", "de_DE.utf8", "de_DE", "fr_FR.UTF-8", "fr_FR.utf8", "nl_NL.UTF-8" }) {
        if (std::setlocale(LC_NUMERIC, name) != nullptr) {
            cLocaleChanged = true;
            break;
        }
    }
    if (cLocaleChanged) {
        EXPECT_STREQ(std::localeconv()->decimal_point, ",");
    }

    EXPECT_EQ(formatFixed(1234.5, 1), "1234.5");
    EXPECT_EQ(formatFixed(0.25, 2), "0.25");
    EXPECT_EQ(formatGrouped(1234567), "1,234,567");
    EXPECT_EQ(formatMachineNumber(0.1), "0.1");
    EXPECT_EQ(formatMachineNumber(1e6), "1000000");
    EXPECT_EQ(formatHuman(710400000, Unit::Bytes), "677.5 MiB");
    EXPECT_EQ(formatHuman(4.0095, Unit::Cores), "4.01 cores");

    std::setlocale(LC_NUMERIC, previousC.c_str());
    std::locale::global(previousGlobal);
    std::printf("[ info ] C LC_NUMERIC with a comma decimal %s\n", cLocaleChanged ? "tested" : "not installed");
}

TEST(Units, FormatMachineNumber)
{
    EXPECT_EQ(formatMachineNumber(0), "0");
    EXPECT_EQ(formatMachineNumber(-0.0), "0");
    EXPECT_EQ(formatMachineNumber(710400000), "710400000");
    EXPECT_EQ(formatMachineNumber(1e12), "1000000000000"); // whole numbers in full, not 1e+12
    EXPECT_EQ(formatMachineNumber(0.1), "0.1");
    EXPECT_EQ(formatMachineNumber(1847050649.6), "1847050649.6");
    EXPECT_EQ(formatMachineNumber(1.0 / 3.0), "0.3333333333333333"); // shortest text that reads back exactly
    EXPECT_EQ(formatMachineNumber(-2.5), "-2.5");
}

TEST(Units, FormatHumanBytes)
{
    EXPECT_EQ(formatHuman(0, Unit::Bytes), "0 B");
    EXPECT_EQ(formatHuman(1023, Unit::Bytes), "1,023 B");
    EXPECT_EQ(formatHuman(1024, Unit::Bytes), "1.0 KiB");
    EXPECT_EQ(formatHuman(409600, Unit::Bytes), "400.0 KiB"); // the default activation pool
    EXPECT_EQ(formatHuman(710400000, Unit::Bytes), "677.5 MiB"); // 710,400,000 / 1,048,576 = 677.49
    EXPECT_EQ(formatHuman(2 * kGiB, Unit::Bytes), "2.0 GiB");
    EXPECT_EQ(formatHuman(2322432000000, Unit::Bytes), "2.1 TiB"); // 2,322,432,000,000 / 1,099,511,627,776 = 2.11
    EXPECT_EQ(formatHuman(1024 * kTiB, Unit::Bytes), "1.0 PiB");
    EXPECT_EQ(formatHuman(25600000, Unit::BytesPerSecond), "24.4 MiB/s");
    // A decimal "GB" is not a GiB: 10^9 bytes are 953.7 MiB.
    EXPECT_EQ(formatHuman(1e9, Unit::Bytes), "953.7 MiB");
}

TEST(Units, FormatHumanOtherUnits)
{
    EXPECT_EQ(formatHuman(8, Unit::Cores), "8 cores");
    EXPECT_EQ(formatHuman(4.0095111, Unit::Cores), "4.01 cores");
    EXPECT_EQ(formatHuman(0.1, Unit::Ratio), "10.0 %");
    EXPECT_EQ(formatHuman(1.5, Unit::Factor), "1.50x");
    EXPECT_EQ(formatHuman(1000000, Unit::Nodes), "1,000,000 nodes");
    EXPECT_EQ(formatHuman(50000000, Unit::Edges), "50,000,000 edges");
    EXPECT_EQ(formatHuman(2, Unit::Count), "2");
    EXPECT_EQ(formatHuman(13000, Unit::OpsPerSecond), "13,000 ops/s");
    EXPECT_EQ(formatHuman(7, Unit::Days), "7 days");
    EXPECT_EQ(formatHuman(12.5, Unit::Usd), "$12.50");
    EXPECT_EQ(formatHuman(0.0002, Unit::Seconds), "0.20 ms");
    EXPECT_EQ(formatHuman(0.02, Unit::Seconds), "20.0 ms");
    EXPECT_EQ(formatHuman(2.5, Unit::Seconds), "2.5 s");
    EXPECT_EQ(formatHuman(738.28125, Unit::Seconds), "12.3 min");
    EXPECT_EQ(formatHuman(7200, Unit::Seconds), "2.0 h");
    EXPECT_EQ(formatHuman(172800, Unit::Seconds), "2.0 days");
}

TEST(Units, UnitNames)
{
    EXPECT_EQ(unitName(Unit::Bytes), "bytes");
    EXPECT_EQ(unitName(Unit::BytesPerSecond), "bytes/s");
    EXPECT_EQ(unitName(Unit::Seconds), "s");
    EXPECT_EQ(unitName(Unit::Cores), "cores");
    EXPECT_EQ(unitName(Unit::Nodes), "nodes");
}

} // namespace
} // namespace ecw
