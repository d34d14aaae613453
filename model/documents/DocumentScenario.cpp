// SPDX-License-Identifier: GPL-3.0-or-later
#include "DocumentScenario.h"

#include "ArtifactRunway.h"
#include "CapacityModel.h"
#include "Units.h"

#include <cmath>

namespace ecw {

namespace {

// Any fixed day: the documents print day counts only, and the price book's age is not part of them.
constexpr int kYear = 2026;

} // namespace

DocumentScenario::DocumentScenario(const DocumentContext& context, ScenarioDocument document)
    : m_document(std::move(document))
    , m_clock(makeDate(kYear, 1, 1))
    , m_engine(m_clock)
    , m_estimate(ecw::estimate(m_document.scenario, m_document.constants, m_document.profile))
{
    m_engine.setPriceBook(context.book);
    m_engine.recompute(m_document);
    m_source = artifactSourceFor(m_document.name, context.toolVersion, m_estimate, context.book.get(), CostOptions {},
                                 &m_engine);
}

std::string DocumentScenario::human(std::string_view id) const
{
    const LineItem* item = m_estimate.find(id);
    return item ? formatHuman(item->value, item->unit) : std::string("n/a");
}

std::string DocumentScenario::recommendedInstance(Cloud cloud) const
{
    const CloudOutlook& outlook = m_engine.outlook(cloud);
    if (!outlook.available)
        return "not in the price book";
    if (outlook.options.empty() || !outlook.options.front().choice.valid())
        return "no instance type fits";
    const InstanceOption& option = outlook.options.front();
    return std::to_string(option.choice.count) + " x " + option.type.name;
}

std::string DocumentScenario::monthlyCost(Cloud cloud) const
{
    const CostBreakdown& cost = m_engine.outlook(cloud).costs[pricingModelIndex(PricingModel::OnDemand)];
    return cost.available ? formatUsd(cost.total()) : std::string("n/a");
}

std::string formatUsd(double value)
{
    return '$' + formatGrouped(std::round(value));
}

} // namespace ecw
