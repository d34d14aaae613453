// SPDX-License-Identifier: GPL-3.0-or-later
// Cost against node count.
#include "CostVsNodes.h"

#include "InstancePicker.h"

#include <algorithm>
#include <cmath>
#include <optional>

namespace ecw {

void computeCostVsNodes(CostVsNodes& out, const Scenario& base, const ModelConstants& constants, Profile profile,
                        bool opsGrowWithNodes, const PriceBook& book, const CostOptions& options, Estimate& scratch,
                        ForecastFigureReader& reader, const CostVsNodesGrid& grid)
{
    out.model = options.curveModel;
    out.nodes.clear();
    out.opsPerSec.clear();
    out.opsClamped.clear();
    out.available.fill(false);
    for (auto& points : out.points)
        points.clear();
    const int perDecade = std::max(1, grid.pointsPerDecade);
    const double from = std::max(1.0, grid.fromNodes);
    const double to = std::max(from, grid.toNodes);
    const int steps = static_cast<int>(std::lround(std::log10(to / from) * perDecade));
    const InputSpec& nodeSpec = inputSpec(InputId::Nodes);
    const InputSpec& opsSpec = inputSpec(InputId::OpsPerSec);
    for (int i = 0; i <= steps; ++i) {
        const double nodes = std::clamp(std::floor(from * std::pow(10.0, static_cast<double>(i) / perDecade) + 0.5),
                                        nodeSpec.minimum, nodeSpec.maximum);
        out.nodes.push_back(nodes);
    }
    std::array<std::optional<InstancePicker>, kCloudCount> pickers;
    for (Cloud cloud : kClouds) {
        const CloudPrices* prices = book.find(cloud);
        out.available[cloudIndex(cloud)]
            = prices != nullptr && !prices->instances.empty() && prices->offers(options.curveModel);
        if (out.available[cloudIndex(cloud)]) {
            out.points[cloudIndex(cloud)].reserve(out.nodes.size());
            pickers[cloudIndex(cloud)].emplace(*prices, options.curveModel, options.flatDiscount[cloudIndex(cloud)],
                                               constants);
        }
    }
    const double baseNodes = base[InputId::Nodes];
    const double baseOps = base[InputId::OpsPerSec];
    const double activeRatio = base[InputId::ActiveRatio];
    ForecastFigures figures {};
    Scenario s = base;
    for (double nodes : out.nodes) {
        s.set(InputId::Nodes, nodes);
        double ops = baseOps;
        bool clamped = false;
        if (opsGrowWithNodes && baseNodes > 0) {
            const double raw = baseOps * nodes / baseNodes;
            ops = std::clamp(raw, opsSpec.minimum, opsSpec.maximum);
            clamped = ops != raw;
        }
        s.set(InputId::OpsPerSec, ops);
        out.opsPerSec.push_back(ops);
        out.opsClamped.push_back(clamped);
        estimateInto(scratch, s, constants, profile);
        reader.read(scratch, figures);
        const CostDrivers drivers = costDrivers(figures, activeRatio);
        for (Cloud cloud : kClouds) {
            if (!out.available[cloudIndex(cloud)])
                continue;
            const CostBreakdown b
                = monthlyCostWith(*book.find(cloud), drivers, pickers[cloudIndex(cloud)]->pick(drivers.need()),
                                  options.curveModel, options, constants);
            out.points[cloudIndex(cloud)].push_back(b.point());
        }
    }
}

} // namespace ecw
