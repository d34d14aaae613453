// SPDX-License-Identifier: GPL-3.0-or-later
// Calibration against observed telemetry: the model run on the observed node count and traffic, each predicted
// line item next to what the deployment shows (errors over 15% flagged), the constants that would close the gap
// with their evidence, the fitted growth and the right-sizing in dollars.
#pragma once

#include "CostModel.h"
#include "Estimate.h"
#include "GrowthFit.h"
#include "ObservedSnapshot.h"
#include "PriceBook.h"
#include "Result.h"
#include "RightSizing.h"
#include "ScenarioDocument.h"
#include "TelemetrySeries.h"

#include <optional>
#include <string>
#include <vector>

namespace ecw {

inline constexpr double kCalibrationErrorBar = 0.15; // the spec's acceptance criterion: within 15%

struct ComparisonRow
{
    std::string key; // "memory.hot"
    std::string label; // "Hot tier memory"
    std::string metric; // "engram_memory_usage_bytes{tier=\"hot\"}"
    std::string lineItems; // "memory.hot_tier"
    Unit unit = Unit::Bytes;
    bool observedAvailable = false;
    double observed = 0;
    double predicted = 0;
    double relativeError = 0; // (predicted - observed) / observed
    bool flagged = false; // |relativeError| > 15%
};

struct ConstantProposal
{
    ConstantId constant {};
    std::string rowKey; // the comparison row it closes
    double current = 0;
    double proposed = 0;
    bool inRange = true; // within the constant's allowed range; otherwise it cannot be applied
    bool recommended = false; // its row is over the 15% bar
    std::string evidence; // "observed 3.1 GiB against predicted 2.5 GiB for 1,000,000 hot nodes"
};

struct CalibrationOptions
{
    PricingModel pricing = PricingModel::OnDemand;
    CostOptions cost;
    double horizonDays = 30; // for the growth predictions compared with predict_linear
    std::optional<double> serverPredictLinear; // Prometheus's predict_linear(sum(engram_nodes)[window], horizon)
};

struct Calibration
{
    TelemetrySource source;
    ObservedSnapshot observed;
    ScenarioDocument observedDocument; // the planner's scenario with the observed nodes, active ratio and traffic
    Estimate predicted;
    std::vector<ComparisonRow> rows;
    std::vector<ConstantProposal> proposals;
    GrowthFit growth;
    double horizonDays = 30;
    std::optional<double> serverPredictLinear;
    RightSizing rightSizing;
    std::vector<Finding> findings;

    std::size_t flaggedCount() const;
};

// Errors name what is missing or wrong; the document is never changed.
Result<Calibration> calibrate(const TelemetrySet& telemetry, const ScenarioDocument& document, const PriceBook* book,
                              const CalibrationOptions& options = {});

// Applies the proposals (by constant key; all applicable ones when keys is empty) to the document, each recorded
// with where it came from. Proposals out of range are skipped. Returns the keys applied.
std::vector<std::string> applyProposals(ScenarioDocument& document, const Calibration& calibration,
                                        const std::vector<std::string>& keys, const std::string& appliedAt);

// The scenario document's record for an applied constant.
CalibrationRecord makeCalibrationRecord(const ConstantProposal& proposal, const TelemetrySource& source,
                                        const std::string& appliedAt);

} // namespace ecw
