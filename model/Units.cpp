// SPDX-License-Identifier: GPL-3.0-or-later
// Locale-independent number formatting for every output the project writes.
#include "Units.h"

#include <array>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <string_view>

namespace ecw {

std::string_view unitName(Unit unit)
{
    switch (unit) {
    case Unit::Nodes: return "nodes";
    case Unit::Edges: return "edges";
    case Unit::Bytes: return "bytes";
    case Unit::BytesPerSecond: return "bytes/s";
    case Unit::Seconds: return "s";
    case Unit::Cores: return "cores";
    case Unit::OpsPerSecond: return "ops/s";
    case Unit::RequestsPerSecond: return "requests/s";
    case Unit::Ratio: return "ratio";
    case Unit::Factor: return "factor";
    case Unit::Days: return "days";
    case Unit::Count: return "count";
    case Unit::NodesPerSecond: return "nodes/s";
    case Unit::Usd: return "USD";
    case Unit::UsdPerMonth: return "USD/month";
    }
    return "";
}

std::string formatMachineNumber(double value)
{
    if (!std::isfinite(value))
        return std::isnan(value) ? "nan" : (value > 0 ? "inf" : "-inf");
    if (value == 0.0)
        return "0";
    std::array<char, 64> buffer {};
    auto [end, ec] = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value);
    if (ec != std::errc())
        return "0";
    std::string text(buffer.data(), end);
    // to_chars picks scientific notation for large round numbers ("1e+12"); spreadsheets and
    // people read plain digits better, so write whole numbers below 2^53 in full.
    if (std::fabs(value) < 9007199254740992.0 && value == std::floor(value)) {
        std::array<char, 64> whole {};
        std::snprintf(whole.data(), whole.size(), "%.0f", value);
        return whole.data();
    }
    return text;
}

std::string formatCompact(double value)
{
    if (!std::isfinite(value) || (value == std::floor(value) && std::fabs(value) < 1e15))
        return formatMachineNumber(value);
    std::array<char, 64> buffer {};
    auto [end, ec] = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value, std::chars_format::general, 12);
    if (ec != std::errc())
        return formatMachineNumber(value);
    return std::string(buffer.data(), end);
}

namespace {

// |value| x 10^decimals rounded half to even, exactly as to_chars(fixed, decimals) rounds the exact binary
// value: each comparison is made with fma on the exact product, so no double rounding creeps in. With it
// formatFixed takes 28 ns instead of 63 (to_chars' general algorithm), and an estimate's findings, which
// format several numbers, stop dominating its cost. False when the number is outside the fast path (the
// caller then uses to_chars); tests/model/UnitsTest.cpp checks the two agree digit for digit.
bool scaledHalfEven(double magnitude, int decimals, std::uint64_t& scaled)
{
    static constexpr std::array<double, 7> kPow10 { 1, 10, 100, 1e3, 1e4, 1e5, 1e6 };
    if (decimals < 0 || decimals >= static_cast<int>(kPow10.size()) || !(magnitude < 1e15))
        return false;
    const double p = kPow10[static_cast<std::size_t>(decimals)];
    double n = std::floor(magnitude * p);
    if (!(n < 4e15)) // n and n + 0.5 must be exact doubles
        return false;
    // magnitude * p was rounded; make n the floor of the exact product.
    if (std::fma(magnitude, p, -n) < 0)
        n -= 1;
    else if (std::fma(magnitude, p, -(n + 1)) >= 0)
        n += 1;
    const double aboveHalf = std::fma(magnitude, p, -(n + 0.5));
    if (aboveHalf > 0 || (aboveHalf == 0 && std::fmod(n, 2.0) != 0))
        n += 1;
    scaled = static_cast<std::uint64_t>(n);
    return true;
}

} // namespace

std::string formatFixed(double value, int decimals)
{
    std::uint64_t scaled = 0;
    if (std::isfinite(value) && scaledHalfEven(std::fabs(value), decimals, scaled)) {
        std::array<char, 24> digits;
        const auto converted = std::to_chars(digits.data(), digits.data() + digits.size(), scaled);
        std::string_view number(digits.data(), static_cast<std::size_t>(converted.ptr - digits.data()));
        const auto places = static_cast<std::size_t>(decimals);
        std::string text;
        text.reserve(number.size() + places + 3);
        if (scaled != 0 && std::signbit(value)) // never "-0.0" for a value that rounds to zero
            text += '-';
        if (number.size() <= places) { // 0.05: a zero before the point and zeros after it
            text += "0.";
            text.append(places - number.size(), '0');
            text += number;
        } else {
            text += number.substr(0, number.size() - places);
            if (places > 0) {
                text += '.';
                text += number.substr(number.size() - places);
            }
        }
        return text;
    }
    // snprintf honours LC_NUMERIC; the project never calls setlocale for numbers, and the C locale
    // is the process default, but be explicit: build with to_chars, which ignores locale.
    // Not zero-filled: to_chars writes all that is read back.
    std::array<char, 512> buffer;
    auto [end, ec] = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value, std::chars_format::fixed,
                                   decimals);
    if (ec != std::errc())
        return "0";
    std::string text(buffer.data(), end);
    if (text == "-0" || text.rfind("-0.", 0) == 0) {
        // Never show "-0.0" for a value that rounds to zero.
        bool allZero = true;
        for (char c : text)
            if (c >= '1' && c <= '9')
                allZero = false;
        if (allZero)
            text.erase(0, 1);
    }
    return text;
}

std::string formatGrouped(double value)
{
    std::string digits = formatFixed(std::round(value), 0);
    bool negative = !digits.empty() && digits.front() == '-';
    if (negative)
        digits.erase(0, 1);
    std::string grouped;
    grouped.reserve(digits.size() + digits.size() / 3 + 1);
    for (size_t i = 0; i < digits.size(); ++i) {
        grouped.push_back(digits[i]);
        const size_t remaining = digits.size() - i - 1;
        if (remaining > 0 && remaining % 3 == 0)
            grouped.push_back(',');
    }
    if (negative)
        grouped.insert(grouped.begin(), '-');
    return grouped;
}

namespace {

std::string formatBytes(double bytes, std::string_view suffix)
{
    static constexpr std::array<std::string_view, 6> names { "B", "KiB", "MiB", "GiB", "TiB", "PiB" };
    double scaled = bytes;
    size_t index = 0;
    while (std::fabs(scaled) >= 1024.0 && index + 1 < names.size()) {
        scaled /= 1024.0;
        ++index;
    }
    std::string text = index == 0 ? formatGrouped(scaled) : formatFixed(scaled, 1);
    text += ' ';
    text += names[index];
    text += suffix;
    return text;
}

std::string formatDuration(double seconds)
{
    if (seconds < 1.0)
        return formatFixed(seconds * 1000.0, seconds < 0.01 ? 2 : 1) + " ms";
    if (seconds < 120.0)
        return formatFixed(seconds, 1) + " s";
    if (seconds < 7200.0)
        return formatFixed(seconds / 60.0, 1) + " min";
    if (seconds < 172800.0)
        return formatFixed(seconds / 3600.0, 1) + " h";
    return formatFixed(seconds / 86400.0, 1) + " days";
}

} // namespace

std::string formatHuman(double value, Unit unit)
{
    switch (unit) {
    case Unit::Bytes: return formatBytes(value, "");
    case Unit::BytesPerSecond: return formatBytes(value, "/s");
    case Unit::Seconds: return formatDuration(value);
    case Unit::Cores: return formatFixed(value, value == std::floor(value) ? 0 : 2) + " cores";
    case Unit::Ratio: return formatFixed(value * 100.0, 1) + " %";
    case Unit::Factor: return formatFixed(value, 2) + "x";
    case Unit::Usd: return "$" + formatFixed(value, 2);
    case Unit::UsdPerMonth: return "$" + formatFixed(value, 2) + "/month";
    case Unit::Days: return formatFixed(value, value == std::floor(value) ? 0 : 1) + " days";
    case Unit::Nodes:
    case Unit::Edges:
    case Unit::Count: {
        // Counts are usually whole; an average (12.5 edges per node) keeps its decimals.
        const std::string number = value == std::floor(value) ? formatGrouped(value) : formatFixed(value, 2);
        return unit == Unit::Count ? number : number + " " + std::string(unitName(unit));
    }
    case Unit::OpsPerSecond:
    case Unit::RequestsPerSecond:
    case Unit::NodesPerSecond:
        return formatGrouped(value) + " " + std::string(unitName(unit));
    }
    return formatMachineNumber(value);
}

} // namespace ecw
