// SPDX-License-Identifier: GPL-3.0-or-later
// The worksheet's cost sections: recommended instances and alternatives per cloud, the monthly bill per
// pricing model, the cost curves, the tier-optimization savings and where every price used comes from.
#pragma once

#include "ForecastEngine.h"
#include "WorksheetDocument.h"

namespace ecw {

// Nothing without a price book.
void appendCostSections(WorksheetDocument& worksheet, const ForecastEngine& engine);

} // namespace ecw
