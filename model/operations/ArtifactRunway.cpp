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

ArtifactSource artifactSourceFor(std::string scenarioName, std::string toolVersion, const Estimate& estimate,
                                 const PriceBook* book, const CostOptions& costOptions,
                                 const ForecastEngine* engine)
{
    ArtifactSource source;
    source.scenarioName = std::move(scenarioName);
    source.toolVersion = std::move(toolVersion);
    source.estimate = &estimate;
    source.book = book;
    source.costOptions = costOptions;
    if (engine)
        applyRunway(source, *engine);
    return source;
}

} // namespace ecw
