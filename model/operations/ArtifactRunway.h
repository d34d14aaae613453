// SPDX-License-Identifier: GPL-3.0-or-later
// The forecast's part in the generated alert rules: the day memory reaches its trigger at expected growth,
// and that trigger, from the first cloud the price book prices.
#pragma once

#include "DeploymentArtifacts.h"
#include "ForecastEngine.h"

namespace ecw {

void applyRunway(ArtifactSource& source, const ForecastEngine& engine);

} // namespace ecw
