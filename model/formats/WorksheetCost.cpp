// SPDX-License-Identifier: GPL-3.0-or-later
// Cost sections of the worksheet. Money is printed as formatHuman does (Unit::Usd, per 730-hour month).
#include "WorksheetCost.h"

#include "WorksheetForecast.h"

#include <algorithm>
#include <set>

namespace ecw {

namespace {

std::string usd(double value)
{
    return formatHuman(value, Unit::Usd);
}

std::string percent(double fraction)
{
    return formatHuman(fraction, Unit::Ratio);
}

std::string wholePercents(const std::vector<UtilizationPoint>& points, bool cpu)
{
    std::string text;
    for (const UtilizationPoint& point : points)
        text += (text.empty() ? "" : "/") + formatFixed((cpu ? point.cpu : point.memory) * 100.0, 0);
    return text.empty() ? text : text + " %";
}

std::string utilizationDays(const std::vector<UtilizationPoint>& points)
{
    std::string text;
    for (const UtilizationPoint& point : points)
        text += (text.empty() ? "" : "/") + std::to_string(point.day);
    return text;
}

void bookParagraphs(WorksheetDocument& worksheet, const ForecastEngine& engine)
{
    const PriceBook& book = *engine.priceBook();
    const std::optional<PriceBookAge> age = engine.priceBookAge();
    std::string text = "Prices: " + book.name + ", as of " + formatIsoDate(book.asOf);
    if (age)
        text
            += " (" + formatGrouped(static_cast<double>(age->days)) + " days before " + formatIsoDate(age->today) + ")";
    worksheet.paragraph(text + ". Every price used is listed with its source under \"Price sources\".");
    if (age && age->stale)
        worksheet.paragraph("Warning: " + age->message);

    const CostOptions& options = engine.costOptions();
    std::string basis = "Monthly cost in US dollars for a 730-hour month at day 0 (expected growth). The recommended "
                        "configuration is the cheapest that meets cpu.recommended and memory.recommended under "
        + std::string(pricingModelKey(options.curveModel))
        + " pricing. The 1-year, 3-year and spot discounts apply to compute only; storage and egress are list "
          "prices. Block storage holds the warm tier, WAL, snapshots and temp space with headroom; the cold tier "
          "is in object storage; egress is every response leaving the cloud";
    if (options.egressShare != 1.0)
        basis += " times an egress share of " + percent(options.egressShare);
    basis += ".";
    std::string flat;
    for (Cloud cloud : kClouds)
        if (options.flatDiscount[cloudIndex(cloud)] > 0)
            flat += (flat.empty() ? "" : ", ") + std::string(cloudTitle(cloud)) + " "
                + percent(options.flatDiscount[cloudIndex(cloud)]);
    if (!flat.empty())
        basis += " The planner's flat discounts, off the whole bill: " + flat + ".";
    worksheet.paragraph(basis);
}

void summaryTable(WorksheetDocument& worksheet, const ForecastEngine& engine)
{
    const PriceBook& book = *engine.priceBook();
    const PricingModel model = engine.costOptions().curveModel;
    WorksheetTable& t
        = worksheet.table({ "Cloud", "Recommended", "Monthly cost (" + std::string(pricingModelKey(model)) + ")",
                            "Needs to scale (expected growth)" },
                          { Align::Left, Align::Left, Align::Right, Align::Left }, { 1.8, 2.2, 1.6, 2.2 });
    for (Cloud cloud : kClouds) {
        const CloudPrices* prices = book.find(cloud);
        const CloudOutlook& outlook = engine.outlook(cloud);
        if (prices == nullptr || !outlook.available)
            continue;
        const CostBreakdown& cost = outlook.costs[pricingModelIndex(model)];
        if (outlook.options.empty() || !cost.available) {
            t.rows.push_back({ std::string(cloudTitle(cloud)) + " (" + prices->region + ")", "not offered", "",
                               cost.unavailableReason });
            t.marked.push_back(false);
            continue;
        }
        const InstanceOption& best = outlook.options.front();
        t.rows.push_back({ std::string(cloudTitle(cloud)) + " (" + prices->region + ")",
                           describeConfiguration(*prices, best.choice), usd(cost.total()),
                           describeRunwayDay(best.scaleDay, best.scaleDate, engine.series().horizonDays()) });
        t.marked.push_back(false);
    }
}

void cloudTables(WorksheetDocument& worksheet, const ForecastEngine& engine, Cloud cloud, const CloudPrices& prices)
{
    const CloudOutlook& outlook = engine.outlook(cloud);
    worksheet.heading(std::string(cloudTitle(cloud)) + " (" + prices.region + ")", 2);
    if (!outlook.options.empty()) {
        const std::string days = utilizationDays(outlook.options.front().utilization);
        WorksheetTable& t
            = worksheet.table({ "Configuration", "Each", "Monthly", "CPU use, days " + days, "Memory use, days " + days,
                                "Needs to scale" },
                              { Align::Left, Align::Left, Align::Right, Align::Left, Align::Left, Align::Left },
                              { 2.0, 1.8, 1.1, 1.5, 1.5, 1.9 });
        for (std::size_t i = 0; i < outlook.options.size(); ++i) {
            const InstanceOption& option = outlook.options[i];
            std::string name = describeConfiguration(prices, option.choice);
            name += i == 0 ? "\nrecommended" : "\nalternative " + std::to_string(i);
            if (option.choice.reason != ScaleOutReason::None)
                name += " (" + std::string(scaleOutReasonKey(option.choice.reason)) + ")";
            t.rows.push_back({ name,
                               std::to_string(option.type.vcpus) + " vCPUs, "
                                   + formatHuman(option.type.memoryBytes, Unit::Bytes) + "\n"
                                   + std::string(instanceCategoryKey(option.type.category)) + ", " + option.type.family,
                               usd(option.choice.monthlyTotal), wholePercents(option.utilization, true),
                               wholePercents(option.utilization, false),
                               describeRunwayDay(option.scaleDay, option.scaleDate, engine.series().horizonDays()) });
            t.marked.push_back(i == 0);
        }
    }
    WorksheetTable& b = worksheet.table(
        { "Pricing model", "Configuration", "Compute", "Block storage", "Object storage", "Egress", "Total" },
        { Align::Left, Align::Left, Align::Right, Align::Right, Align::Right, Align::Right, Align::Right },
        { 1.3, 1.9, 1.3, 1.3, 1.3, 1.3, 1.4 });
    for (PricingModel model : kPricingModels) {
        const CostBreakdown& cost = outlook.costs[pricingModelIndex(model)];
        if (!cost.available) {
            b.rows.push_back(
                { std::string(pricingModelKey(model)), "not offered: " + cost.unavailableReason, "", "", "", "", "" });
            b.marked.push_back(false);
            continue;
        }
        std::string configuration = describeConfiguration(prices, cost.instances);
        if (cost.computeDiscount > 0)
            configuration += "\n" + percent(cost.computeDiscount) + " off compute";
        b.rows.push_back({ std::string(pricingModelKey(model)), configuration, usd(cost.compute),
                           usd(cost.blockStorage), usd(cost.objectStorage), usd(cost.egress), usd(cost.total()) });
        b.marked.push_back(model == engine.costOptions().curveModel);
    }
}

void costCharts(WorksheetDocument& worksheet, const ForecastEngine& engine)
{
    const CostTimeline& timeline = engine.costTimeline();
    worksheet.heading("Cost curves", 2);
    {
        WorksheetBlock& block = worksheet.blocks.emplace_back();
        block.kind = BlockKind::LineChart;
        block.text = "Monthly cost by day, " + std::string(pricingModelKey(timeline.model()))
            + " pricing: expected growth, band from low to high growth; steps where the configuration changes";
        WorksheetLineChart& chart = block.lines;
        chart.xLabel = "Day (0 = " + formatIsoDate(engine.clock().today()) + ")";
        chart.yLabel = "USD per month (log scale)";
        chart.yUnit = "USD/month";
        chart.logY = true;
        chart.stepped = true;
        for (Cloud cloud : kClouds) {
            if (!timeline.available(cloud))
                continue;
            LineSeries line;
            line.name = std::string(cloudTitle(cloud));
            // Azure's list prices sit within a few percent of AWS's: dashed, the line below shows through.
            line.dashed = cloud == Cloud::Azure;
            for (int day = 0; day <= timeline.horizonDays(); ++day) {
                line.x.push_back(day);
                line.y.push_back(timeline.total(cloud, GrowthBand::Expected, day));
                line.low.push_back(timeline.total(cloud, GrowthBand::Low, day));
                line.high.push_back(timeline.total(cloud, GrowthBand::High, day));
            }
            chart.series.push_back(std::move(line));
        }
        for (int day : engine.milestones().days)
            if (day <= timeline.horizonDays())
                chart.markersX.push_back(day);
    }
    const CostVsNodes& vs = engine.costVsNodes();
    if (vs.nodes.empty())
        return;
    WorksheetBlock& block = worksheet.blocks.emplace_back();
    block.kind = BlockKind::LineChart;
    block.text = "Monthly cost against node count, " + std::string(pricingModelKey(vs.model))
        + " pricing (every other input as in this scenario; the dashed line marks its node count)";
    WorksheetLineChart& chart = block.lines;
    chart.xLabel = "Nodes (log scale)";
    chart.yLabel = "USD per month (log scale)";
    chart.yUnit = "USD/month";
    chart.logX = true;
    chart.logY = true;
    for (Cloud cloud : kClouds) {
        if (!vs.available[cloudIndex(cloud)])
            continue;
        LineSeries line;
        line.name = std::string(cloudTitle(cloud));
        line.dashed = cloud == Cloud::Azure;
        line.x = vs.nodes;
        for (const CostPoint& point : vs.points[cloudIndex(cloud)])
            line.y.push_back(point.total());
        chart.series.push_back(std::move(line));
    }
    const double nodes = engine.forecaster().baseScenario()[InputId::Nodes];
    if (nodes >= vs.nodes.front() && nodes <= vs.nodes.back())
        chart.markersX.push_back(nodes);
}

void savingsTable(WorksheetDocument& worksheet, const ForecastEngine& engine)
{
    const TierSavings& savings = engine.tierSavings();
    const PriceBook& book = *engine.priceBook();
    const ModelConstants& constants = engine.forecaster().constants();
    worksheet.heading("Tier-optimization savings", 2);
    worksheet.paragraph("From the spec's Cost Optimization Strategies: what the tier placement saves per month.");
    WorksheetTable& t
        = worksheet.table({ "Strategy", "What moves", "Saving per month", "Rule" },
                          { Align::Left, Align::Right, Align::Right, Align::Left }, { 2.2, 1.5, 1.4, 3.6 });
    if (savings.available) {
        t.rows.push_back({ "Hot tier minimization (spec figures)",
                           formatHuman(savings.hotTierMovableBytes, Unit::Bytes), usd(savings.hotTierMinimization),
                           "keep under " + percent(constants[ConstantId::HotRatioTarget])
                               + " of nodes hot: memory.hot_tier * max(0, 1 - target / active_ratio) moves from RAM "
                                 "to SSD at the spec's RAM-vs-SSD difference of "
                               + usd(book.specTierCosts.ramVsSsdUsdPerTbMonth) + " per TiB-month" });
        t.marked.push_back(false);
        t.rows.push_back({ "Cold tier archival (spec figures)", formatHuman(savings.coldTierBytes, Unit::Bytes),
                           usd(savings.coldTierArchival),
                           "storage.cold_tier in object storage at " + usd(book.specTierCosts.objectUsdPerTbMonth)
                               + " instead of SSD at " + usd(book.specTierCosts.ssdUsdPerTbMonth) + " per TiB-month" });
        t.marked.push_back(false);
    }
    for (Cloud cloud : kClouds) {
        const CloudPrices* prices = book.find(cloud);
        if (prices == nullptr || !savings.cloudAvailable[cloudIndex(cloud)])
            continue;
        t.rows.push_back({ "Cold tier archival, " + std::string(cloudTitle(cloud)) + " prices",
                           formatHuman(savings.coldTierBytes, Unit::Bytes),
                           usd(savings.coldTierArchivalByCloud[cloudIndex(cloud)]),
                           prices->objectStorage.product + " instead of " + prices->blockStorage.product });
        t.marked.push_back(false);
    }
}

void sourceRow(WorksheetTable& t, const std::string& cloud, const std::string& item, const std::string& price,
               const PriceSource& source)
{
    std::string origin = source.source;
    if (!source.asOfNote.empty())
        origin += "\nDate: " + source.asOfNote;
    t.rows.push_back({ cloud, item, price, origin, formatIsoDate(source.asOf) });
    t.marked.push_back(false);
}

void priceSources(WorksheetDocument& worksheet, const ForecastEngine& engine)
{
    const PriceBook& book = *engine.priceBook();
    worksheet.heading("Price sources", 2);
    worksheet.paragraph("Each price this worksheet uses, with where it comes from and the day it is known to hold. "
                        "Instance prices are on-demand list prices per hour; the discounts below apply to them.");
    WorksheetTable& t = worksheet.table({ "Cloud", "Item", "Price", "Source", "As of" },
                                        { Align::Left, Align::Left, Align::Right, Align::Left, Align::Left },
                                        { 0.9, 2.2, 1.2, 4.3, 1.1 });
    for (Cloud cloud : kClouds) {
        const CloudPrices* prices = book.find(cloud);
        const CloudOutlook& outlook = engine.outlook(cloud);
        if (prices == nullptr || !outlook.available)
            continue;
        const std::string title(cloudTitle(cloud));
        std::set<std::size_t> types;
        for (const InstanceOption& option : outlook.options)
            types.insert(option.choice.typeIndex);
        for (const CostBreakdown& cost : outlook.costs)
            if (cost.available)
                types.insert(cost.instances.typeIndex);
        for (std::size_t index : types) {
            if (index >= prices->instances.size())
                continue;
            const InstanceType& type = prices->instances[index];
            sourceRow(t, title, "Instance " + type.name, "$" + formatMachineNumber(type.usdPerHour) + "/h", type.price);
        }
        sourceRow(t, title, "Block storage: " + prices->blockStorage.product,
                  "$" + formatMachineNumber(prices->blockStorage.usdPerGb) + "/GiB-month", prices->blockStorage.price);
        sourceRow(t, title, "Object storage: " + prices->objectStorage.product,
                  "$" + formatMachineNumber(prices->objectStorage.usdPerGb) + "/GiB-month",
                  prices->objectStorage.price);
        sourceRow(t, title, "Egress: " + prices->egress.product,
                  "$" + formatMachineNumber(prices->egress.usdPerGb) + "/GiB", prices->egress.price);
        for (PricingModel model : kPricingModels) {
            const Discount* discount = prices->discount(model);
            if (discount == nullptr || !discount->available)
                continue;
            std::string value = percent(discount->fraction) + " off";
            if (discount->basis == "maximum")
                value = "up to " + value;
            sourceRow(t, title, std::string(pricingModelKey(model)) + " discount: " + discount->meaning, value,
                      discount->price);
        }
    }
    if (book.specTierCosts.available)
        sourceRow(t, "spec", "Tier costs per TiB-month: RAM vs SSD, SSD, object",
                  usd(book.specTierCosts.ramVsSsdUsdPerTbMonth) + ", " + usd(book.specTierCosts.ssdUsdPerTbMonth) + ", "
                      + usd(book.specTierCosts.objectUsdPerTbMonth),
                  book.specTierCosts.price);
}

} // namespace

void appendCostSections(WorksheetDocument& worksheet, const ForecastEngine& engine)
{
    const PriceBook* book = engine.priceBook();
    if (book == nullptr || !engine.computed())
        return;
    worksheet.heading("Cost per cloud");
    bookParagraphs(worksheet, engine);
    summaryTable(worksheet, engine);
    for (Cloud cloud : kClouds) {
        const CloudPrices* prices = book->find(cloud);
        if (prices != nullptr && engine.outlook(cloud).available)
            cloudTables(worksheet, engine, cloud, *prices);
    }
    costCharts(worksheet, engine);
    savingsTable(worksheet, engine);
    priceSources(worksheet, engine);
}

} // namespace ecw
