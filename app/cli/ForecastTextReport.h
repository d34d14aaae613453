// SPDX-License-Identifier: GPL-3.0-or-later
// 'engram-capacity forecast' for people: the milestone table with and without the safety margin, the runway
// per cloud and, on request, the expected figures of every day.
#pragma once

#include "ForecastEngine.h"

#include <string>

namespace ecw {

std::string writeForecastText(const ForecastEngine& engine, bool includeSeries);

} // namespace ecw
