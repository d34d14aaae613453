// SPDX-License-Identifier: GPL-3.0-or-later
// The unit a worksheet chart's value axis is drawn in: a chart holds plain numbers, so byte figures are
// scaled to one binary unit first.
#pragma once

#include "Units.h"

#include <string>

namespace ecw {

struct ChartScale
{
    double divisor = 1; // chart value = base-unit value / divisor
    std::string name; // "GiB", "cores", "USD/month"
};

// Bytes: the binary unit (B ... PiB) in which reference reads 1 to 1,023 (GiB for 0); any other unit as is.
ChartScale chartScale(Unit unit, double reference);

} // namespace ecw
