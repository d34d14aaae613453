// SPDX-License-Identifier: GPL-3.0-or-later
// The spec's four operator documents ("Key Deliverables"), generated from the model: every matrix, figure,
// command and table in them comes from the code the workbench and the CLI run, so they cannot drift from it.
#pragma once

#include "ObservedState.h"
#include "PriceBook.h"

#include <memory>
#include <string>
#include <vector>

namespace ecw {

struct DocumentContext
{
    std::shared_ptr<const PriceBook> book; // prices instances and costs; required
    std::string toolVersion; // named in each document's header
};

struct GeneratedDocument
{
    std::string path; // relative to the docs directory: "operations/scaling.md"
    std::string text;
};

// docs/operations/scaling.md: the decision matrices with the advisor's gap rules, horizontal and vertical
// scaling, the alert rules, the runbook checklists and the rollback procedure.
std::string scalingDocument(const DocumentContext& context);
// docs/operations/capacity-planning.md: the worksheet's steps with the default scenario's formulas worked
// out, the spec's 1M-nodes-at-2% forecast, the safety margin, the runway, and the spec's three use cases.
std::string capacityPlanningDocument(const DocumentContext& context);
// docs/howto/scale-vertically.md: Kubernetes, Docker and tier rebalancing step by step for a worked
// observed state, with the generated commands and the Operations tab's screenshots.
std::string scaleVerticallyDocument(const DocumentContext& context);
// docs/reference/resource-requirements.md: five workload types at small, medium and large sizes.
std::string resourceRequirementsDocument(const DocumentContext& context);

// The how-to's worked observed state; also written as docs/howto/scale-vertically-observed.json, the file
// the how-to's screenshots load (engram-workbench --observed).
ObservedState scaleVerticallyObservedState();

// All four documents and the observed-state file, in a fixed order.
std::vector<GeneratedDocument> generateOperatorDocuments(const DocumentContext& context);

} // namespace ecw
