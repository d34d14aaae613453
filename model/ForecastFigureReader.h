// SPDX-License-Identifier: GPL-3.0-or-later
// Reads the forecast figures out of an estimate, fast enough for a 366-day series in three bands.
#pragma once

#include "Estimate.h"
#include "ForecastFigure.h"

#include <array>
#include <cstddef>

namespace ecw {

// Line items are found by id once; later estimates of the same profile list them in the same order, so
// each read checks the remembered position and only searches again if the id there differs. Nodes and
// ops/s come from the estimate's scenario; client egress is response_size_avg * ops_per_sec (responses
// leave the cloud, requests come in and are not billed).
class ForecastFigureReader
{
public:
    void read(const Estimate& estimate, ForecastFigures& out);
    ForecastFigures read(const Estimate& estimate);

private:
    static constexpr std::size_t kAbsent = static_cast<std::size_t>(-1);
    std::array<std::size_t, kForecastFigureCount> m_index {};
    bool m_ready = false;
    Profile m_profile = Profile::Full;
    std::size_t m_itemCount = 0;
};

} // namespace ecw
