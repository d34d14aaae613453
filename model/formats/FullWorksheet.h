// SPDX-License-Identifier: GPL-3.0-or-later
// The complete worksheet of a scenario, for PDF, print and CSV: the estimate with every formula, the growth
// forecast, runway and cost per cloud, and every assumption. Plain C++: the CLI writes the CSV without Qt,
// the export tool and the workbench paint the same document.
#pragma once

#include "CostModel.h"
#include "DeploymentArtifacts.h"
#include "Estimate.h"
#include "ForecastEngine.h"
#include "PriceBook.h"
#include "ScenarioDocument.h"
#include "WorksheetDocument.h"

#include <memory>
#include <string>
#include <vector>

namespace ecw {

struct FullWorksheetOptions
{
    std::shared_ptr<const PriceBook> priceBook; // null: no runway, cost or price sections
    CostOptions costOptions; // flat discounts, egress share, the pricing model of the recommendation
    std::vector<int> milestoneDays = defaultMilestoneDays();
    std::string appVersion; // "0.1.0", printed in the title block and footer
};

class FullWorksheet
{
public:
    // Computes the estimate and the forecast once. The clock must outlive this object (the engine keeps it);
    // its today is the worksheet's date and day 0 of the forecast.
    FullWorksheet(const ScenarioDocument& document, const Clock& clock, FullWorksheetOptions options);
    FullWorksheet(const FullWorksheet&) = delete;
    FullWorksheet& operator=(const FullWorksheet&) = delete;

    const ScenarioDocument& document() const { return m_document; }
    const Estimate& estimate() const { return m_estimate; }
    const ForecastEngine& engine() const { return m_engine; }
    const FullWorksheetOptions& options() const { return m_options; }
    // The deployment artifacts of the estimate (Kubernetes, HPA, docker, numactl, ASG, alert rules): the appendix.
    const std::vector<Artifact>& artifacts() const { return m_artifacts; }

    // For PDF and print: buildWorksheet's sections (title block, summary, inputs, tier chart, every line item
    // with its formula, findings), then the forecast, runway and cost sections, every assumption, and the
    // appendix of deployment artifacts.
    WorksheetDocument worksheet() const;
    // One UTF-8 RFC 4180 file: writeWorksheetCore's sections, then forecast, cost and the artifacts.
    std::string csv() const;

private:
    ScenarioDocument m_document;
    FullWorksheetOptions m_options;
    Estimate m_estimate;
    ForecastEngine m_engine;
    std::vector<Artifact> m_artifacts;
};

} // namespace ecw
