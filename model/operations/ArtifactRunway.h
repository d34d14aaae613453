// SPDX-License-Identifier: GPL-3.0-or-later
// The forecast's part in the generated alert rules: the day memory reaches its trigger at expected growth,
// and that trigger, from the first cloud the price book prices.
#pragma once

#include "DeploymentArtifacts.h"
#include "ForecastEngine.h"

#include <string>

namespace ecw {

void applyRunway(ArtifactSource& source, const ForecastEngine& engine);

// Everything the artifacts of one scenario need, in one place for the CLI, the workbench, the worksheet and the
// documents: its name, the tool version, the estimate (which must outlive the source), the price book and cost
// options, and the runway from the engine (none without an engine or before it has computed).
ArtifactSource artifactSourceFor(std::string scenarioName, std::string toolVersion, const Estimate& estimate,
                                 const PriceBook* book, const CostOptions& costOptions,
                                 const ForecastEngine* engine);

} // namespace ecw
