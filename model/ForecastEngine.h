// SPDX-License-Identifier: GPL-3.0-or-later
// Everything the forecast and cost views show, recomputed in one pass after an input change.
#pragma once

#include "CostTimeline.h"
#include "CostVsNodes.h"
#include "ForecastMilestones.h"
#include "Forecaster.h"
#include "InstanceRecommender.h"
#include "ScenarioDocument.h"

#include <array>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace ecw {

// One cloud's answer: what to buy, until when it lasts, and what it costs.
struct CloudOutlook
{
    Cloud cloud = Cloud::Aws;
    bool available = false; // the book prices this cloud
    std::string region;
    // Up to three alternatives for the day-0 need under the curve pricing model; [0] is the recommendation.
    std::vector<InstanceOption> options;
    // Runway of the recommended configuration and a volume of day-0 storage.recommended.
    Runway runway;
    // Day-0 monthly cost (expected growth) under each pricing model, each with its own cheapest configuration.
    std::array<CostBreakdown, kPricingModelCount> costs {};
};

class ForecastEngine
{
public:
    explicit ForecastEngine(const Clock& clock);

    void setPriceBook(std::shared_ptr<const PriceBook> book) { m_book = std::move(book); }
    const PriceBook* priceBook() const { return m_book.get(); }
    void setCostOptions(const CostOptions& options) { m_options = options; }
    const CostOptions& costOptions() const { return m_options; }
    void setMilestoneDays(std::vector<int> days) { m_milestoneDays = std::move(days); }
    const std::vector<int>& milestoneDays() const { return m_milestoneDays; }
    void setCostVsNodesGrid(const CostVsNodesGrid& grid) { m_grid = grid; }
    const Clock& clock() const { return m_clock; }

    // Recomputes the series, milestones, recommendations, runways, costs and both cost curves. The
    // settings are used as they are; validateForecastSettings problems are listed in problems().
    void recompute(const Scenario& scenario, const ModelConstants& constants, Profile profile,
                   const ForecastSettings& settings);
    void recompute(const ScenarioDocument& document);

    bool computed() const { return m_forecaster.has_value(); }
    const Forecaster& forecaster() const { return *m_forecaster; }
    const ForecastSeries& series() const { return m_series; }
    const MilestoneTable& milestones() const { return m_milestones; }
    const CloudOutlook& outlook(Cloud cloud) const { return m_outlooks[cloudIndex(cloud)]; }
    const CostTimeline& costTimeline() const { return m_timeline; }
    const CostVsNodes& costVsNodes() const { return m_vsNodes; }
    const TierSavings& tierSavings() const { return m_savings; }
    std::optional<PriceBookAge> priceBookAge() const;
    const std::vector<std::string>& problems() const { return m_problems; }

private:
    const Clock& m_clock;
    std::shared_ptr<const PriceBook> m_book;
    CostOptions m_options;
    std::vector<int> m_milestoneDays = defaultMilestoneDays();
    CostVsNodesGrid m_grid;

    std::optional<Forecaster> m_forecaster;
    Estimate m_scratch;
    ForecastFigureReader m_reader;
    ForecastSeries m_series;
    MilestoneTable m_milestones;
    std::array<CloudOutlook, kCloudCount> m_outlooks {};
    CostTimeline m_timeline;
    CostVsNodes m_vsNodes;
    TierSavings m_savings;
    std::vector<std::string> m_problems;
};

} // namespace ecw
