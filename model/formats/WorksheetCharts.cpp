// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorksheetCharts.h"

#include <array>
#include <cmath>

namespace ecw {

ChartScale chartScale(Unit unit, double reference)
{
    if (unit == Unit::Bytes || unit == Unit::BytesPerSecond) {
        static const std::array<const char*, 6> names { "bytes", "KiB", "MiB", "GiB", "TiB", "PiB" };
        const char* suffix = unit == Unit::BytesPerSecond ? "/s" : "";
        if (!(reference > 0))
            return { kGiB, std::string(names[3]) + suffix };
        std::size_t index = 0;
        double divisor = 1;
        while (index + 1 < names.size() && reference / divisor >= 1024.0) {
            divisor *= 1024.0;
            ++index;
        }
        return { divisor, std::string(names[index]) + suffix };
    }
    return { 1, std::string(unitName(unit)) };
}

} // namespace ecw
