// SPDX-License-Identifier: GPL-3.0-or-later
// Units a figure can carry, and the one place where figures are turned into text.
#pragma once

#include <string>
#include <string_view>

namespace ecw {

// Every figure is held in its base unit; formatting to KiB/MiB/GiB/TiB happens only here.
enum class Unit {
    Nodes,
    Edges,
    Bytes,
    BytesPerSecond,
    Seconds,
    Cores,
    OpsPerSecond,
    RequestsPerSecond,
    Ratio,
    Factor,
    Days,
    Count,
    NodesPerSecond,
    Usd,
    UsdPerMonth,
};

// Base-unit name used in JSON keys, CSV unit columns and the docs ("bytes", "bytes/s", "cores", ...).
std::string_view unitName(Unit unit);

// Plain machine number: shortest text that reads back to the same double, '.' as decimal point,
// no thousands separators, whatever the C or C++ locale says.
std::string formatMachineNumber(double value);

// Readable number for worked formulas: whole numbers in full, others to 12 significant digits
// ("1847050649.6", not "1847050649.6000001").
std::string formatCompact(double value);

// Fixed decimals, '.' as decimal point, independent of locale ("%.1f" semantics).
std::string formatFixed(double value, int decimals);

// Integer with thousands separators ("1,811,362"); the value is rounded to the nearest whole number.
std::string formatGrouped(double value);

// Human text: "677.5 MiB", "2.1 TiB", "13.2 cores", "1,000,000 nodes", "6.4 h".
std::string formatHuman(double value, Unit unit);

// Binary sizes, named honestly: a MiB is 1,048,576 bytes.
inline constexpr double kKiB = 1024.0;
inline constexpr double kMiB = 1024.0 * 1024.0;
inline constexpr double kGiB = 1024.0 * 1024.0 * 1024.0;
inline constexpr double kTiB = 1024.0 * 1024.0 * 1024.0 * 1024.0;

} // namespace ecw
