// SPDX-License-Identifier: GPL-3.0-or-later
// The three growth assumptions every forecast figure carries: low, expected and high.
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string_view>

namespace ecw {

enum class GrowthBand : std::size_t
{
    Low,
    Expected,
    High
};

inline constexpr std::size_t kGrowthBandCount = 3;
inline constexpr std::array<GrowthBand, kGrowthBandCount> kGrowthBands { GrowthBand::Low, GrowthBand::Expected,
                                                                         GrowthBand::High };

inline constexpr std::size_t bandIndex(GrowthBand band)
{
    return static_cast<std::size_t>(band);
}

// "low", "expected", "high": JSON keys, CSV columns.
inline constexpr std::string_view growthBandName(GrowthBand band)
{
    switch (band) {
    case GrowthBand::Low:
        return "low";
    case GrowthBand::Expected:
        return "expected";
    case GrowthBand::High:
        return "high";
    }
    return "";
}

inline std::optional<GrowthBand> parseGrowthBand(std::string_view name)
{
    for (GrowthBand band : kGrowthBands)
        if (growthBandName(band) == name)
            return band;
    return std::nullopt;
}

} // namespace ecw
