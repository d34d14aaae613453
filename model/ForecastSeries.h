// SPDX-License-Identifier: GPL-3.0-or-later
// Every forecast figure for each day 0..horizon at low, expected and high growth.
#pragma once

#include "ForecastFigure.h"
#include "GrowthBand.h"

#include <array>
#include <optional>
#include <span>
#include <vector>

namespace ecw {

class ForecastSeries
{
public:
    // Days 0..horizonDays inclusive; keeps its storage when the size does not change.
    void resize(int horizonDays);

    int horizonDays() const { return m_horizon; }
    int dayCount() const { return m_horizon + 1; }
    bool empty() const { return m_values.empty(); }

    double value(ForecastFigure figure, GrowthBand band, int day) const
    {
        return m_values[offset(figure, band) + static_cast<std::size_t>(day)];
    }
    // The figure in one band, day 0 first.
    std::span<const double> values(ForecastFigure figure, GrowthBand band) const
    {
        return { m_values.data() + offset(figure, band), static_cast<std::size_t>(dayCount()) };
    }
    void setDay(GrowthBand band, int day, const ForecastFigures& figures);
    ForecastFigures day(GrowthBand band, int day) const;

    // The first day an input left its allowed range and was held at the limit (nodes at 10^12, ops/s at
    // 10^8); the figures from then on understate the need.
    std::optional<int> firstClampedDay(GrowthBand band) const { return m_firstClamped[bandIndex(band)]; }
    void setFirstClampedDay(GrowthBand band, std::optional<int> day) { m_firstClamped[bandIndex(band)] = day; }

private:
    std::size_t offset(ForecastFigure figure, GrowthBand band) const
    {
        return (figureIndex(figure) * kGrowthBandCount + bandIndex(band)) * static_cast<std::size_t>(dayCount());
    }

    int m_horizon = -1;
    std::vector<double> m_values; // [figure][band][day]
    std::array<std::optional<int>, kGrowthBandCount> m_firstClamped {};
};

} // namespace ecw
