// SPDX-License-Identifier: GPL-3.0-or-later
// Storage of the daily forecast figures.
#include "ForecastSeries.h"

#include <algorithm>

namespace ecw {

void ForecastSeries::resize(int horizonDays)
{
    m_horizon = std::max(0, horizonDays);
    m_values.assign(kForecastFigureCount * kGrowthBandCount * static_cast<std::size_t>(dayCount()), 0.0);
    m_firstClamped.fill(std::nullopt);
}

void ForecastSeries::setDay(GrowthBand band, int day, const ForecastFigures& figures)
{
    for (std::size_t f = 0; f < kForecastFigureCount; ++f)
        m_values[offset(static_cast<ForecastFigure>(f), band) + static_cast<std::size_t>(day)] = figures[f];
}

ForecastFigures ForecastSeries::day(GrowthBand band, int day) const
{
    ForecastFigures figures {};
    for (std::size_t f = 0; f < kForecastFigureCount; ++f)
        figures[f] = value(static_cast<ForecastFigure>(f), band, day);
    return figures;
}

} // namespace ecw
