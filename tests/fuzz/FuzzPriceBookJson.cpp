// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzzes the price-book parser: any bytes must give a book or an error that says why, never a crash; an
// accepted book must survive a write/parse round trip unchanged, and must price a small and a huge scenario
// on every cloud and pricing model it offers with finite, non-negative figures (a book is outside data: a
// planner's negotiated prices reach the cost model through this parser and nothing else).
#include "CapacityModel.h"
#include "CostModel.h"
#include "ForecastFigureReader.h"
#include "PriceBookJson.h"

#include <array>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

namespace {

ecw::CostDrivers driversFor(double nodes, double opsPerSec)
{
    ecw::Scenario scenario;
    scenario.set(ecw::InputId::Nodes, nodes);
    scenario.set(ecw::InputId::OpsPerSec, opsPerSec);
    const ecw::Estimate estimate = ecw::estimate(scenario);
    ecw::ForecastFigureReader reader;
    return ecw::costDrivers(reader.read(estimate), scenario[ecw::InputId::ActiveRatio]);
}

bool sane(double value)
{
    return std::isfinite(value) && value >= 0;
}

void checkCosts(const ecw::PriceBook& book)
{
    // The default scenario and the top of the input ranges (10^12 nodes, 10^8 ops/s).
    static const std::array<ecw::CostDrivers, 2> kDrivers { driversFor(1e6, 5000), driversFor(1e12, 1e8) };
    static const ecw::ModelConstants kConstants;
    ecw::CostOptions options;
    options.flatDiscount = { 0.1, 0.0, 1.0 };
    for (const ecw::CloudPrices& cloud : book.clouds) {
        for (const ecw::CostDrivers& drivers : kDrivers) {
            for (ecw::PricingModel model : ecw::kPricingModels) {
                const ecw::CostBreakdown cost = ecw::monthlyCost(cloud, drivers, model, options, kConstants);
                if (!cost.available)
                    continue;
                if (!sane(cost.compute) || !sane(cost.blockStorage) || !sane(cost.objectStorage) || !sane(cost.egress)
                    || !sane(cost.total()) || cost.instances.count < 0)
                    std::abort();
            }
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const ecw::Result<ecw::PriceBook> parsed = ecw::parsePriceBookJson(text);
    if (!parsed.ok()) {
        if (parsed.error().empty())
            std::abort(); // every rejection must say why
        return 0;
    }
    const ecw::Result<ecw::PriceBook> again = ecw::parsePriceBookJson(ecw::writePriceBookJson(parsed.value()));
    if (!again.ok() || !(again.value() == parsed.value()))
        std::abort();
    checkCosts(parsed.value());
    return 0;
}
