// SPDX-License-Identifier: GPL-3.0-or-later
#include "CostTextReport.h"

#include "TextTable.h"
#include "WorksheetForecast.h"

#include <algorithm>

namespace ecw {

namespace {

using A = TextTable::Align;

template<typename T> bool selected(const std::vector<T>& filter, T value)
{
    return filter.empty() || std::find(filter.begin(), filter.end(), value) != filter.end();
}

std::string usd(double value)
{
    return formatHuman(value, Unit::Usd);
}

std::string percents(const std::vector<UtilizationPoint>& points, bool cpu)
{
    std::string text;
    for (const UtilizationPoint& point : points)
        text += (text.empty() ? "" : " ") + formatFixed((cpu ? point.cpu : point.memory) * 100.0, 0) + "%";
    return text;
}

void header(std::string& out, const ForecastEngine& engine, const std::string& origin)
{
    const PriceBook& book = *engine.priceBook();
    const std::optional<PriceBookAge> age = engine.priceBookAge();
    out += "Price book: " + book.name + ", as of " + formatIsoDate(book.asOf) + " (";
    if (age)
        out += formatGrouped(static_cast<double>(age->days)) + " days old on " + formatIsoDate(age->today) + "; ";
    out += origin + ")\n";
    if (age && age->stale)
        out += "Warning: " + age->message + "\n";
    const CostOptions& options = engine.costOptions();
    out += "Monthly cost in USD per 730-hour month at day 0, expected growth. Recommendations are priced "
        + std::string(pricingModelKey(options.curveModel)) + "; pricing-model discounts apply to compute only.\n";
    std::string flat;
    for (Cloud cloud : kClouds)
        if (options.flatDiscount[cloudIndex(cloud)] > 0)
            flat += (flat.empty() ? "" : ", ") + std::string(cloudKey(cloud)) + " "
                + formatHuman(options.flatDiscount[cloudIndex(cloud)], Unit::Ratio);
    if (!flat.empty())
        out += "Flat discounts off the whole bill: " + flat + ".\n";
}

void cloudSection(std::string& out, const ForecastEngine& engine, Cloud cloud, const CloudPrices& prices,
                  const CostOutputOptions& options)
{
    const CloudOutlook& outlook = engine.outlook(cloud);
    const int horizon = engine.series().horizonDays();
    out += "\n" + std::string(cloudTitle(cloud)) + " (" + prices.region + ")\n";
    if (outlook.options.empty()) {
        out += "  No configuration: "
            + outlook.costs[pricingModelIndex(engine.costOptions().curveModel)].unavailableReason + "\n";
    } else {
        const InstanceOption& best = outlook.options.front();
        out += "  Recommended: " + describeConfiguration(prices, best.choice) + ", " + usd(best.choice.monthlyTotal)
            + " per month (" + std::string(pricingModelKey(engine.costOptions().curveModel)) + ")\n";
        std::string days;
        for (const UtilizationPoint& point : best.utilization)
            days += (days.empty() ? "" : "/") + std::to_string(point.day);
        TextTable t({ "#", "configuration", "vCPUs", "memory", "monthly", "cpu use d" + days, "memory use d" + days,
                      "needs to scale" },
                    { A::Right, A::Left, A::Right, A::Right, A::Right, A::Right, A::Right, A::Left });
        for (std::size_t i = 0; i < outlook.options.size(); ++i) {
            const InstanceOption& option = outlook.options[i];
            std::string configuration = describeConfiguration(prices, option.choice);
            if (option.choice.reason != ScaleOutReason::None)
                configuration += " (" + std::string(scaleOutReasonKey(option.choice.reason)) + ")";
            t.row({ std::to_string(i + 1), configuration, std::to_string(option.type.vcpus),
                    formatHuman(option.type.memoryBytes, Unit::Bytes), usd(option.choice.monthlyTotal),
                    percents(option.utilization, true), percents(option.utilization, false),
                    describeRunwayDay(option.scaleDay, option.scaleDate, horizon) });
        }
        out += t.render();
    }
    TextTable b({ "pricing", "configuration", "compute", "block storage", "object storage", "egress", "total" },
                { A::Left, A::Left, A::Right, A::Right, A::Right, A::Right, A::Right });
    std::vector<std::string> unavailable;
    for (PricingModel model : kPricingModels) {
        if (!selected(options.models, model))
            continue;
        const CostBreakdown& cost = outlook.costs[pricingModelIndex(model)];
        if (!cost.available) {
            unavailable.push_back(std::string(pricingModelKey(model)) + ": " + cost.unavailableReason);
            continue;
        }
        b.row({ std::string(pricingModelKey(model)), describeConfiguration(prices, cost.instances), usd(cost.compute),
                usd(cost.blockStorage), usd(cost.objectStorage), usd(cost.egress), usd(cost.total()) });
    }
    if (!b.empty())
        out += "  Monthly cost per pricing model\n" + b.render(4);
    for (const std::string& line : unavailable)
        out += "    not offered: " + line + "\n";
    out += "  Cold tier archival on " + std::string(cloudTitle(cloud)) + " prices saves "
        + usd(engine.tierSavings().coldTierArchivalByCloud[cloudIndex(cloud)]) + " per month\n";
}

void curves(std::string& out, const ForecastEngine& engine, const CostOutputOptions& options)
{
    const CostTimeline& timeline = engine.costTimeline();
    std::vector<std::string> head { "day" };
    std::vector<A> align { A::Right };
    for (Cloud cloud : kClouds)
        if (selected(options.clouds, cloud) && timeline.available(cloud)) {
            head.push_back(std::string(cloudKey(cloud)));
            align.push_back(A::Right);
        }
    if (head.size() == 1) {
        out += "\nNo cloud of the selection offers " + std::string(pricingModelKey(timeline.model()))
            + " pricing: no cost curves.\n";
        return;
    }
    out += "\nMonthly cost over time, " + std::string(pricingModelKey(timeline.model()))
        + " pricing: expected (low - high)\n";
    TextTable t(head, align);
    std::vector<int> days;
    for (int day = 0; day <= timeline.horizonDays(); day += 30)
        days.push_back(day);
    if (days.back() != timeline.horizonDays())
        days.push_back(timeline.horizonDays());
    for (int day : days) {
        std::vector<std::string> cells { std::to_string(day) };
        for (Cloud cloud : kClouds)
            if (selected(options.clouds, cloud) && timeline.available(cloud))
                cells.push_back(usd(timeline.total(cloud, GrowthBand::Expected, day)) + " ("
                                + usd(timeline.total(cloud, GrowthBand::Low, day)) + " - "
                                + usd(timeline.total(cloud, GrowthBand::High, day)) + ")");
        t.row(std::move(cells));
    }
    out += t.render();
    for (Cloud cloud : kClouds) {
        if (!selected(options.clouds, cloud) || !timeline.available(cloud))
            continue;
        const std::vector<int> changes = timeline.changeDays(cloud, GrowthBand::Expected);
        std::string days;
        for (std::size_t i = 0; i < changes.size() && i < 12; ++i)
            days += (i ? ", " : "") + std::to_string(changes[i]);
        if (changes.size() > 12)
            days += ", ... (" + std::to_string(changes.size()) + " in all; the JSON lists every one)";
        out += "  " + std::string(cloudKey(cloud))
            + " configuration changes (expected growth) on days: " + (days.empty() ? std::string("none") : days) + "\n";
    }
    const CostVsNodes& vs = engine.costVsNodes();
    out += "\nMonthly cost against node count, " + std::string(pricingModelKey(vs.model)) + " pricing\n";
    std::vector<std::string> nodesHead { "nodes" };
    std::vector<A> nodesAlign { A::Right };
    for (Cloud cloud : kClouds)
        if (selected(options.clouds, cloud) && vs.available[cloudIndex(cloud)]) {
            nodesHead.push_back(std::string(cloudKey(cloud)));
            nodesAlign.push_back(A::Right);
        }
    TextTable n(nodesHead, nodesAlign);
    for (std::size_t i = 0; i < vs.nodes.size(); i += 10) { // one row per decade
        std::vector<std::string> cells { formatGrouped(vs.nodes[i]) };
        for (Cloud cloud : kClouds)
            if (selected(options.clouds, cloud) && vs.available[cloudIndex(cloud)])
                cells.push_back(usd(vs.points[cloudIndex(cloud)][i].total()));
        n.row(std::move(cells));
    }
    out += n.render();
}

} // namespace

std::string writeCostText(const ForecastEngine& engine, const CostOutputOptions& options, const std::string& origin)
{
    std::string out;
    const PriceBook* book = engine.priceBook();
    if (book == nullptr || !engine.computed())
        return out;
    header(out, engine, origin);
    for (Cloud cloud : kClouds) {
        const CloudPrices* prices = book->find(cloud);
        if (prices != nullptr && engine.outlook(cloud).available && selected(options.clouds, cloud))
            cloudSection(out, engine, cloud, *prices, options);
    }
    const TierSavings& savings = engine.tierSavings();
    if (savings.available) {
        const ModelConstants& constants = engine.forecaster().constants();
        out += "\nTier-optimization savings (spec: Cost Optimization Strategies)\n";
        out += "  Hot tier minimization: " + formatHuman(savings.hotTierMovableBytes, Unit::Bytes)
            + " from RAM to SSD by keeping under " + formatHuman(constants[ConstantId::HotRatioTarget], Unit::Ratio)
            + " of nodes hot: " + usd(savings.hotTierMinimization) + " per month\n";
        out += "  Cold tier archival: " + formatHuman(savings.coldTierBytes, Unit::Bytes)
            + " in object storage instead of SSD: " + usd(savings.coldTierArchival) + " per month\n";
    }
    if (options.includeCurves)
        curves(out, engine, options);
    return out;
}

} // namespace ecw
