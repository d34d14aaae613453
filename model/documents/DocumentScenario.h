// SPDX-License-Identifier: GPL-3.0-or-later
// One scenario run as the documents need it: its estimate, its forecast and costs on a fixed day (the
// documents print day counts, never dates, so they read the same whenever they are generated).
#pragma once

#include "Clock.h"
#include "DeploymentArtifacts.h"
#include "Estimate.h"
#include "ForecastEngine.h"
#include "OperatorDocuments.h"
#include "ScenarioDocument.h"

#include <string>

namespace ecw {

class DocumentScenario
{
public:
    DocumentScenario(const DocumentContext& context, ScenarioDocument document);
    DocumentScenario(const DocumentScenario&) = delete;
    DocumentScenario& operator=(const DocumentScenario&) = delete;

    const ScenarioDocument& document() const { return m_document; }
    const Estimate& estimate() const { return m_estimate; }
    const ForecastEngine& engine() const { return m_engine; }
    // Sources for the deployment artifacts, with the forecast's runway applied.
    const ArtifactSource& artifactSource() const { return m_source; }

    // The line item's value in human units ("677.5 MiB"); "n/a" when the profile does not compute it.
    std::string human(std::string_view id) const;
    // "2 x m6i.2xlarge", or what the book lacks.
    std::string recommendedInstance(Cloud cloud) const;
    // The recommendation's monthly on-demand cost, "$1,234"; "n/a" when the book does not price the cloud.
    std::string monthlyCost(Cloud cloud) const;

private:
    ScenarioDocument m_document;
    FixedClock m_clock;
    ForecastEngine m_engine;
    Estimate m_estimate;
    ArtifactSource m_source;
};

// "$1,234" (whole dollars).
std::string formatUsd(double value);

} // namespace ecw
