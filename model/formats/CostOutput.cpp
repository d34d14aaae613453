// SPDX-License-Identifier: GPL-3.0-or-later
// Cost JSON and CSV writers.
#include "CostOutput.h"

#include "CsvWriter.h"
#include "JsonNumber.h"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace ecw {

namespace {

using OrderedJson = nlohmann::ordered_json;

template<typename T> bool selected(const std::vector<T>& filter, T value)
{
    return filter.empty() || std::find(filter.begin(), filter.end(), value) != filter.end();
}

OrderedJson optionalDay(const std::optional<int>& day)
{
    return day ? OrderedJson(*day) : OrderedJson(nullptr);
}

const Discount* discountOf(const CloudPrices& cloud, PricingModel model)
{
    return cloud.discount(model);
}

OrderedJson breakdownJson(const CostBreakdown& b, const CloudPrices& cloud)
{
    OrderedJson out;
    out["pricing_model"] = pricingModelKey(b.model);
    out["available"] = b.available;
    if (!b.available) {
        out["reason"] = b.unavailableReason;
        if (const Discount* d = discountOf(cloud, b.model); d && !d->price.note.empty())
            out["note"] = d->price.note;
        return out;
    }
    const InstanceType& type = cloud.instances[b.instances.typeIndex];
    out["instance"] = type.name;
    out["count"] = b.instances.count;
    out["scale_out_reason"] = scaleOutReasonKey(b.instances.reason);
    out["compute_discount"] = jsonNumber(b.computeDiscount);
    if (const Discount* d = discountOf(cloud, b.model)) {
        out["discount_basis"] = d->basis;
        out["discount_meaning"] = d->meaning;
    }
    out["flat_discount"] = jsonNumber(b.flatDiscount);
    out["block_bytes"] = jsonNumber(b.blockBytes);
    out["object_bytes"] = jsonNumber(b.objectBytes);
    out["egress_bytes_per_month"] = jsonNumber(b.egressBytesPerMonth);
    out["compute"] = jsonNumber(b.compute);
    out["block_storage"] = jsonNumber(b.blockStorage);
    out["object_storage"] = jsonNumber(b.objectStorage);
    out["egress"] = jsonNumber(b.egress);
    out["total"] = jsonNumber(b.total());
    return out;
}

OrderedJson optionJson(const InstanceOption& option, int rank)
{
    OrderedJson out;
    out["rank"] = rank;
    out["instance"] = option.type.name;
    out["family"] = option.type.family;
    out["category"] = instanceCategoryKey(option.type.category);
    out["vcpus"] = option.type.vcpus;
    out["memory_bytes"] = jsonNumber(option.type.memoryBytes);
    out["count"] = option.choice.count;
    out["scale_out_reason"] = scaleOutReasonKey(option.choice.reason);
    out["useful_cores_each"] = jsonNumber(option.choice.usefulCoresEach);
    out["usd_per_hour_each"] = jsonNumber(option.choice.usdPerHourEach);
    out["monthly_each"] = jsonNumber(option.choice.monthlyEach);
    out["monthly_total"] = jsonNumber(option.choice.monthlyTotal);
    OrderedJson utilization = OrderedJson::array();
    for (const UtilizationPoint& point : option.utilization)
        utilization.push_back(
            { { "day", point.day }, { "cpu", jsonNumber(point.cpu) }, { "memory", jsonNumber(point.memory) } });
    out["utilization"] = std::move(utilization);
    out["scale_day"] = optionalDay(option.scaleDay);
    out["scale_date"] = option.scaleDate ? OrderedJson(formatIsoDate(*option.scaleDate)) : OrderedJson(nullptr);
    out["price_source"] = option.type.price.source;
    out["price_as_of"] = formatIsoDate(option.type.price.asOf);
    return out;
}

OrderedJson curvesJson(const ForecastEngine& engine, const CostOutputOptions& options)
{
    OrderedJson out;
    const CostTimeline& timeline = engine.costTimeline();
    out["pricing_model"] = pricingModelKey(timeline.model());
    OrderedJson over;
    for (Cloud cloud : kClouds) {
        if (!selected(options.clouds, cloud) || !timeline.available(cloud))
            continue;
        OrderedJson c;
        for (GrowthBand band : kGrowthBands) {
            OrderedJson values = OrderedJson::array();
            for (int day = 0; day <= timeline.horizonDays(); ++day)
                values.push_back(jsonNumber(timeline.total(cloud, band, day)));
            c[std::string(growthBandName(band))] = std::move(values);
        }
        c["configuration_changes"] = timeline.changeDays(cloud, GrowthBand::Expected);
        over[std::string(cloudKey(cloud))] = std::move(c);
    }
    out["over_time"] = std::move(over);
    const CostVsNodes& vs = engine.costVsNodes();
    OrderedJson nodes;
    OrderedJson grid = OrderedJson::array();
    for (double n : vs.nodes)
        grid.push_back(jsonNumber(n));
    nodes["nodes"] = std::move(grid);
    for (Cloud cloud : kClouds) {
        if (!selected(options.clouds, cloud) || !vs.available[cloudIndex(cloud)])
            continue;
        OrderedJson values = OrderedJson::array();
        for (const CostPoint& point : vs.points[cloudIndex(cloud)])
            values.push_back(jsonNumber(point.total()));
        nodes[std::string(cloudKey(cloud))] = std::move(values);
    }
    out["against_nodes"] = std::move(nodes);
    return out;
}

} // namespace

std::string writeCostJson(const ForecastEngine& engine, const CostOutputOptions& options)
{
    OrderedJson out;
    out["format"] = kCostFormatName;
    out["schema_version"] = kCostSchemaVersion;
    out["currency"] = "USD";
    out["hours_per_month"] = jsonNumber(kHoursPerMonth);
    out["today"] = formatIsoDate(engine.clock().today());
    const PriceBook* book = engine.priceBook();
    if (book == nullptr || !engine.computed()) {
        out["error"] = "no price book";
        return out.dump(2) + "\n";
    }
    const std::optional<PriceBookAge> age = engine.priceBookAge();
    out["price_book"]
        = { { "name", book->name },    { "as_of", formatIsoDate(book->asOf) },
            { "age_days", age->days }, { "max_age_days", age->thresholdDays },
            { "stale", age->stale },   { "stale_prices", age->stalePrices },
            { "prices", age->prices }, { "warning", age->stale ? OrderedJson(age->message) : OrderedJson(nullptr) } };
    const CostOptions& costOptions = engine.costOptions();
    OrderedJson flat;
    for (Cloud cloud : kClouds)
        flat[std::string(cloudKey(cloud))] = jsonNumber(costOptions.flatDiscount[cloudIndex(cloud)]);
    out["assumptions"] = {
        { "flat_discount", std::move(flat) },
        { "egress_share", jsonNumber(costOptions.egressShare) },
        { "discounts_apply_to", "compute only; the planner's flat discount applies to the whole bill" },
        { "block_volume",
          "(storage.warm_tier + storage.wal + storage.snapshots + storage.temp_space) * "
          "STORAGE_HEADROOM, rounded up to whole GiB" },
        { "object_storage", "storage.cold_tier, as stored (no headroom)" },
        { "egress", "response_size_avg * ops_per_sec * egress_share * 2,628,000 s per month, first-tier rate" },
        { "gigabyte", "GiB (2^30 bytes), as the clouds bill" },
    };

    OrderedJson clouds = OrderedJson::array();
    const TierSavings& savings = engine.tierSavings();
    for (Cloud cloud : kClouds) {
        const CloudPrices* prices = book->find(cloud);
        const CloudOutlook& outlook = engine.outlook(cloud);
        if (prices == nullptr || !outlook.available || !selected(options.clouds, cloud))
            continue;
        OrderedJson c;
        c["cloud"] = cloudKey(cloud);
        c["region"] = prices->region;
        c["recommendation_pricing_model"] = pricingModelKey(costOptions.curveModel);
        OrderedJson recommendation = OrderedJson::array();
        for (std::size_t i = 0; i < outlook.options.size(); ++i)
            recommendation.push_back(optionJson(outlook.options[i], static_cast<int>(i + 1)));
        c["recommendation"] = std::move(recommendation);
        OrderedJson costs = OrderedJson::array();
        for (PricingModel model : kPricingModels)
            if (selected(options.models, model))
                costs.push_back(breakdownJson(outlook.costs[pricingModelIndex(model)], *prices));
        c["costs"] = std::move(costs);
        c["cold_tier_archival_savings"] = jsonNumber(savings.coldTierArchivalByCloud[cloudIndex(cloud)]);
        clouds.push_back(std::move(c));
    }
    out["clouds"] = std::move(clouds);

    OrderedJson tier;
    tier["available"] = savings.available;
    tier["hot_tier_minimization"] = {
        { "bytes_moved_to_ssd", jsonNumber(savings.hotTierMovableBytes) },
        { "monthly_usd",
          savings.available ? OrderedJson(jsonNumber(savings.hotTierMinimization)) : OrderedJson(nullptr) },
        { "rule",
          "memory.hot_tier * max(0, 1 - HOT_RATIO_TARGET / active_ratio) at the spec's RAM-vs-SSD "
          "difference per TiB-month" },
    };
    tier["cold_tier_archival"] = {
        { "bytes_in_object_storage", jsonNumber(savings.coldTierBytes) },
        { "monthly_usd", savings.available ? OrderedJson(jsonNumber(savings.coldTierArchival)) : OrderedJson(nullptr) },
        { "rule", "storage.cold_tier at the spec's SSD minus object price per TiB-month" },
    };
    if (book->specTierCosts.available)
        tier["source"] = book->specTierCosts.price.source;
    out["tier_savings"] = std::move(tier);
    if (options.includeCurves)
        out["curves"] = curvesJson(engine, options);
    return out.dump(2) + "\n";
}

std::string writeCostCsv(const ForecastEngine& engine, const CostOutputOptions& options)
{
    CsvWriter csv;
    csv.row({ "cloud", "pricing_model", "component", "monthly_usd" });
    const PriceBook* book = engine.priceBook();
    if (book == nullptr || !engine.computed())
        return csv.take();
    const TierSavings& savings = engine.tierSavings();
    for (Cloud cloud : kClouds) {
        const CloudOutlook& outlook = engine.outlook(cloud);
        if (!outlook.available || !selected(options.clouds, cloud))
            continue;
        const std::string key(cloudKey(cloud));
        for (PricingModel model : kPricingModels) {
            const CostBreakdown& b = outlook.costs[pricingModelIndex(model)];
            if (!selected(options.models, model) || !b.available)
                continue;
            const std::string_view modelKey = pricingModelKey(model);
            const std::pair<std::string_view, double> parts[] = { { "compute", b.compute },
                                                                  { "block_storage", b.blockStorage },
                                                                  { "object_storage", b.objectStorage },
                                                                  { "egress", b.egress },
                                                                  { "total", b.total() } };
            for (const auto& [component, usd] : parts) {
                csv.field(key).field(modelKey).field(component).number(usd);
                csv.endRow();
            }
        }
        csv.field(key).field("n/a").field("tier_savings.cold_tier_archival");
        csv.number(savings.coldTierArchivalByCloud[cloudIndex(cloud)]);
        csv.endRow();
    }
    if (savings.available) {
        csv.field("spec").field("n/a").field("tier_savings.hot_tier_minimization").number(savings.hotTierMinimization);
        csv.endRow();
        csv.field("spec").field("n/a").field("tier_savings.cold_tier_archival").number(savings.coldTierArchival);
        csv.endRow();
    }
    return csv.take();
}

} // namespace ecw
