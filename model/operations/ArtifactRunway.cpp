// SPDX-License-Identifier: GPL-3.0-or-later
#include "ArtifactRunway.h"

namespace ecw {

void applyRunway(ArtifactSource& source, const ForecastEngine& engine)
{
    source.runwayDay.reset();
    source.runwayMemoryTriggerBytes = 0;
    if (!engine.computed())
        return;
    for (Cloud cloud : kClouds) {
        const CloudOutlook& outlook = engine.outlook(cloud);
        if (!outlook.available)
            continue;
        const RunwayHit& hit = outlook.runway.hit(RunwayResource::Memory, GrowthBand::Expected);
        source.runwayDay = hit.day;
        source.runwayMemoryTriggerBytes = hit.threshold;
        return;
    }
}

} // namespace ecw
