// SPDX-License-Identifier: GPL-3.0-or-later
// Monthly cost per cloud against the node count, on a logarithmic grid from 10^5 to 10^11 nodes.
#pragma once

#include "CapacityModel.h"
#include "CostModel.h"
#include "ForecastFigureReader.h"

#include <array>
#include <vector>

namespace ecw {

struct CostVsNodes
{
    PricingModel model = PricingModel::OnDemand;
    std::vector<double> nodes; // whole nodes, 10^(5 + i / pointsPerDecade)
    std::vector<double> opsPerSec; // the ops/s each point was estimated with
    std::vector<bool> opsClamped; // ops/s held at the input maximum (10^8)
    std::array<bool, kCloudCount> available {};
    std::array<std::vector<CostPoint>, kCloudCount> points;
};

struct CostVsNodesGrid
{
    double fromNodes = 1e5;
    double toNodes = 1e11;
    int pointsPerDecade = 10;
};

// Re-estimates the scenario at each grid node count. Ops/s scale with the nodes (ops * n / nodes) when
// opsGrowWithNodes, else stay; every other input stays. Reuses scratch and out's storage.
void computeCostVsNodes(CostVsNodes& out, const Scenario& base, const ModelConstants& constants, Profile profile,
                        bool opsGrowWithNodes, const PriceBook& book, const CostOptions& options, Estimate& scratch,
                        ForecastFigureReader& reader, const CostVsNodesGrid& grid = {});

} // namespace ecw
