// SPDX-License-Identifier: GPL-3.0-or-later
// The grid through the model in-process: the estimate (every line item, its worked-out formula and every
// finding) and the forecast engine (series, milestones, recommendations, runway, costs, cost curves and
// tier savings) with the built-in price book and the test fixture book. No figure may be NaN, infinite
// or negative, and nothing may crash (the asan stage runs this under AddressSanitizer and UBSan).
#include "BuiltinPriceBook.h"
#include "CapacityModel.h"
#include "FigureCheck.h"
#include "ForecastEngine.h"
#include "GridPoints.h"
#include "PriceBookJson.h"

#include <gtest/gtest.h>

#include <fstream>
#include <memory>
#include <sstream>

using namespace ecw;
using ecw::test::FigureCheck;
using ecw::test::GridPoint;

namespace {

const Date kToday = makeDate(2026, 6, 1);

std::shared_ptr<const PriceBook> fixtureBook()
{
    static const std::shared_ptr<const PriceBook> book = [] {
        std::ifstream in(std::string(ECW_SOURCE_DIR) + "/tests/data/pricebooks/fixture.json", std::ios::binary);
        std::ostringstream text;
        text << in.rdbuf();
        Result<PriceBook> parsed = parsePriceBookJson(text.str());
        return parsed.ok() ? std::make_shared<const PriceBook>(std::move(parsed).value()) : nullptr;
    }();
    return book;
}

std::string at(std::string_view what, GrowthBand band, int day)
{
    return std::string(what) + "[" + std::string(growthBandName(band)) + "][day " + std::to_string(day) + "]";
}

void checkCost(FigureCheck& check, const std::string& where, const CostBreakdown& cost)
{
    if (!cost.available)
        return;
    check(where + ".compute", cost.compute);
    check(where + ".block_storage", cost.blockStorage);
    check(where + ".object_storage", cost.objectStorage);
    check(where + ".egress", cost.egress);
    check(where + ".total", cost.total());
    check(where + ".block_bytes", cost.blockBytes);
    check(where + ".object_bytes", cost.objectBytes);
    check(where + ".egress_bytes_per_month", cost.egressBytesPerMonth);
    check(where + ".compute_discount", cost.computeDiscount);
    check(where + ".instances.count", static_cast<double>(cost.instances.count));
    check(where + ".instances.monthly_total", cost.instances.monthlyTotal);
    check(where + ".instances.usd_per_hour_each", cost.instances.usdPerHourEach);
}

void checkCostPoint(FigureCheck& check, const std::string& where, const CostPoint& point)
{
    check(where + ".count", static_cast<double>(point.count));
    check(where + ".compute", point.compute);
    check(where + ".block_storage", point.blockStorage);
    check(where + ".object_storage", point.objectStorage);
    check(where + ".egress", point.egress);
}

void checkEngine(FigureCheck& check, const ForecastEngine& engine, const std::string& book)
{
    if (!engine.computed()) {
        check.fail(book, "the forecast was not computed");
        return;
    }
    const ForecastSeries& series = engine.series();
    for (const ForecastFigureSpec& figure : forecastFigureSpecs())
        for (GrowthBand band : kGrowthBands)
            for (int day = 0; day < series.dayCount(); ++day)
                check(book + ".series." + at(figure.key, band, day), series.value(figure.id, band, day));

    for (const MilestoneEntry& entry : engine.milestones().entries) {
        if (!entry.available)
            continue;
        for (GrowthBand band : kGrowthBands) {
            check(book + ".milestones." + at(entry.figure, band, entry.day), entry.value[bandIndex(band)]);
            check(book + ".milestones." + at(entry.figure + ".with_margin", band, entry.day),
                  entry.withMargin[bandIndex(band)]);
        }
    }

    for (Cloud cloud : kClouds) {
        const CloudOutlook& outlook = engine.outlook(cloud);
        if (!outlook.available)
            continue;
        const std::string where = book + "." + std::string(cloudKey(cloud));
        for (std::size_t i = 0; i < outlook.options.size(); ++i) {
            const InstanceOption& option = outlook.options[i];
            const std::string name = where + ".options[" + std::to_string(i) + "]";
            check(name + ".count", static_cast<double>(option.choice.count));
            check(name + ".monthly_total", option.choice.monthlyTotal);
            check(name + ".useful_cores_each", option.choice.usefulCoresEach);
            for (const UtilizationPoint& point : option.utilization) {
                check(name + ".utilization.cpu[day " + std::to_string(point.day) + "]", point.cpu);
                check(name + ".utilization.memory[day " + std::to_string(point.day) + "]", point.memory);
            }
            if (option.scaleDay)
                check(name + ".scale_day", *option.scaleDay);
        }
        const Runway& runway = outlook.runway;
        check(where + ".runway.capacity.memory", runway.capacity.memoryBytes);
        check(where + ".runway.capacity.cores", runway.capacity.cores);
        check(where + ".runway.capacity.volume", runway.capacity.volumeBytes);
        for (RunwayResource resource : kRunwayResources) {
            for (GrowthBand band : kGrowthBands) {
                const RunwayHit& hit = runway.hit(resource, band);
                const std::string name = where + ".runway." + std::string(runwayResourceKey(resource)) + "."
                    + std::string(growthBandName(band));
                check(name + ".threshold", hit.threshold);
                check(name + ".need", hit.needAtDay);
                if (hit.day)
                    check(name + ".day", *hit.day);
            }
        }
        for (PricingModel model : kPricingModels)
            checkCost(check, where + ".cost." + std::string(pricingModelKey(model)),
                      outlook.costs[pricingModelIndex(model)]);
    }

    const CostTimeline& timeline = engine.costTimeline();
    for (Cloud cloud : kClouds) {
        if (!timeline.available(cloud))
            continue;
        for (GrowthBand band : kGrowthBands)
            for (int day = 0; day < timeline.dayCount(); ++day)
                checkCostPoint(check, book + ".timeline." + at(cloudKey(cloud), band, day),
                               timeline.at(cloud, band, day));
    }

    const CostVsNodes& vsNodes = engine.costVsNodes();
    for (std::size_t i = 0; i < vsNodes.nodes.size(); ++i) {
        check(book + ".vs_nodes.nodes[" + std::to_string(i) + "]", vsNodes.nodes[i]);
        check(book + ".vs_nodes.ops_per_sec[" + std::to_string(i) + "]", vsNodes.opsPerSec[i]);
    }
    for (Cloud cloud : kClouds)
        for (std::size_t i = 0; i < vsNodes.points[cloudIndex(cloud)].size(); ++i)
            checkCostPoint(check, book + ".vs_nodes." + std::string(cloudKey(cloud)) + "[" + std::to_string(i) + "]",
                           vsNodes.points[cloudIndex(cloud)][i]);

    const TierSavings& savings = engine.tierSavings();
    if (savings.available) {
        check(book + ".savings.hot_tier_movable_bytes", savings.hotTierMovableBytes);
        check(book + ".savings.hot_tier_minimization", savings.hotTierMinimization);
        check(book + ".savings.cold_tier_bytes", savings.coldTierBytes);
        check(book + ".savings.cold_tier_archival", savings.coldTierArchival);
        for (Cloud cloud : kClouds)
            if (savings.cloudAvailable[cloudIndex(cloud)])
                check(book + ".savings.cold_tier_archival." + std::string(cloudKey(cloud)),
                      savings.coldTierArchivalByCloud[cloudIndex(cloud)]);
    }
}

class GridModel : public ::testing::TestWithParam<GridPoint>
{
};

TEST_P(GridModel, EstimateHasOnlyFiniteNonNegativeFigures)
{
    const ScenarioDocument& document = GetParam().document;
    const Estimate result = estimate(document.scenario, document.constants, document.profile);
    ASSERT_FALSE(result.items.empty());
    FigureCheck check;
    for (const LineItem& item : result.items) {
        check(item.id, item.value);
        for (std::size_t i = 0; i < item.operandCount; ++i)
            check(std::string(item.id) + " operand " + std::string(item.operands[i].symbol), item.operands[i].value);
        check.text(item.id, item.workedOut());
    }
    for (const Finding& finding : result.findings) {
        check.text(finding.id, finding.message);
        check.text(finding.id, finding.reason);
    }
    EXPECT_TRUE(check.ok()) << check.report();
}

TEST_P(GridModel, ForecastAndCostHaveOnlyFiniteNonNegativeFigures)
{
    const ScenarioDocument& document = GetParam().document;
    const auto& builtin = builtinPriceBook();
    ASSERT_TRUE(builtin.ok()) << builtin.error();
    ASSERT_NE(fixtureBook(), nullptr) << "tests/data/pricebooks/fixture.json does not parse";

    const FixedClock clock(kToday);
    FigureCheck check;
    for (const auto& [name, book] : { std::pair { std::string("builtin"), builtin.value() },
                                      std::pair { std::string("fixture"), fixtureBook() } }) {
        ForecastEngine engine(clock);
        engine.setPriceBook(book);
        engine.recompute(document);
        checkEngine(check, engine, name);
    }
    EXPECT_TRUE(check.ok()) << check.report();
    EXPECT_GT(check.checked(), 1000u);
}

std::string pointName(const ::testing::TestParamInfo<GridPoint>& info)
{
    return info.param.name;
}

INSTANTIATE_TEST_SUITE_P(Inputs, GridModel, ::testing::ValuesIn(ecw::test::gridPoints()), pointName);

} // namespace
