// SPDX-License-Identifier: GPL-3.0-or-later
// The forecast and cost pass: one scratch estimate, storage kept between passes.
#include "ForecastEngine.h"

#include <algorithm>

namespace ecw {

ForecastEngine::ForecastEngine(const Clock& clock)
    : m_clock(clock)
{
}

std::optional<PriceBookAge> ForecastEngine::priceBookAge() const
{
    if (!m_book)
        return std::nullopt;
    return ecw::priceBookAge(*m_book, m_clock);
}

void ForecastEngine::recompute(const ScenarioDocument& document)
{
    recompute(document.scenario, document.constants, document.profile, document.forecast);
}

void ForecastEngine::recompute(const Scenario& scenario, const ModelConstants& constants, Profile profile,
                               const ForecastSettings& settings)
{
    m_problems = validateForecastSettings(settings);
    m_forecaster.emplace(scenario, constants, profile, settings);
    const Forecaster& forecaster = *m_forecaster;
    forecaster.computeSeries(m_series, m_scratch, m_reader);
    m_milestones = buildMilestones(forecaster, m_series, m_milestoneDays, m_book.get(), m_options, m_clock);

    const double activeRatio = scenario[InputId::ActiveRatio];
    std::vector<int> utilizationDays { 0 };
    for (int day : m_milestoneDays)
        if (day > 0 && std::find(utilizationDays.begin(), utilizationDays.end(), day) == utilizationDays.end())
            utilizationDays.push_back(day);

    const CostDrivers dayZero = costDrivers(m_series, GrowthBand::Expected, 0, activeRatio);
    for (Cloud cloud : kClouds) {
        CloudOutlook& outlook = m_outlooks[cloudIndex(cloud)];
        outlook = CloudOutlook {};
        outlook.cloud = cloud;
        const CloudPrices* prices = m_book ? m_book->find(cloud) : nullptr;
        if (prices == nullptr || prices->instances.empty())
            continue;
        outlook.available = true;
        outlook.region = prices->region;
        const double flat = m_options.flatDiscount[cloudIndex(cloud)];
        outlook.options
            = recommendInstances(*prices, m_series, m_options.curveModel, flat, constants, m_clock, utilizationDays);
        RunwayCapacity capacity;
        capacity.volumeBytes = m_series.value(ForecastFigure::StorageRecommended, GrowthBand::Expected, 0);
        if (!outlook.options.empty()) {
            capacity.memoryBytes = outlook.options.front().choice.capacityMemoryBytes();
            capacity.cores = outlook.options.front().choice.capacityCores();
        }
        outlook.runway = computeRunway(m_series, capacity, constants, m_clock);
        for (PricingModel model : kPricingModels)
            outlook.costs[pricingModelIndex(model)] = monthlyCost(*prices, dayZero, model, m_options, constants);
    }

    if (m_book) {
        m_savings = ecw::tierSavings(dayZero, *m_book, m_options, constants);
        computeCostTimeline(m_timeline, m_series, *m_book, m_options, constants, activeRatio);
        computeCostVsNodes(m_vsNodes, scenario, constants, profile, settings.opsGrowWithNodes, *m_book, m_options,
                           m_scratch, m_reader, m_grid);
    } else {
        m_savings = TierSavings {};
        m_timeline.resize(m_series.horizonDays());
        m_vsNodes = CostVsNodes {};
    }
}

} // namespace ecw
