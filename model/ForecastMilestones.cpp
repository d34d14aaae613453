// SPDX-License-Identifier: GPL-3.0-or-later
// Milestone rows, with and without the worksheet's safety margin.
#include "ForecastMilestones.h"

#include "CapacityModel.h"
#include "InstancePicker.h"

#include <optional>

namespace ecw {

const MilestoneEntry* MilestoneTable::find(int day, std::string_view figure) const
{
    for (const MilestoneEntry& entry : entries)
        if (entry.day == day && entry.figure == figure)
            return &entry;
    return nullptr;
}

MilestoneTable buildMilestones(const Forecaster& forecaster, const ForecastSeries& series, const std::vector<int>& days,
                               const PriceBook* book, const CostOptions& options, const Clock& clock)
{
    MilestoneTable table;
    table.days = days;
    table.costModel = options.curveModel;
    const ModelConstants& constants = forecaster.constants();
    const double margin = constants[ConstantId::SafetyMargin];
    table.safetyMargin = margin;
    const double activeRatio = forecaster.baseScenario()[InputId::ActiveRatio];
    const Date today = clock.today();
    Estimate scratch;
    ForecastFigureReader reader;
    std::array<std::optional<InstancePicker>, kCloudCount> pickers;
    if (book != nullptr)
        for (const CloudPrices& prices : book->clouds)
            pickers[cloudIndex(prices.cloud)].emplace(prices, options.curveModel,
                                                      options.flatDiscount[cloudIndex(prices.cloud)], constants);
    for (int day : days) {
        if (day < 0)
            continue;
        std::array<ForecastFigures, kGrowthBandCount> figures {};
        for (GrowthBand band : kGrowthBands) {
            if (!series.empty() && day <= series.horizonDays()) {
                figures[bandIndex(band)] = series.day(band, day);
            } else {
                forecaster.estimateInto(scratch, band, day);
                reader.read(scratch, figures[bandIndex(band)]);
            }
        }
        for (const ForecastFigureSpec& spec : forecastFigureSpecs()) {
            if (!spec.milestone)
                continue;
            MilestoneEntry entry;
            entry.day = day;
            entry.date = addDays(today, day);
            entry.figure = spec.key;
            entry.label = spec.label;
            entry.unit = spec.unit;
            for (GrowthBand band : kGrowthBands) {
                const double v = figures[bandIndex(band)][figureIndex(spec.id)];
                entry.value[bandIndex(band)] = v;
                entry.withMargin[bandIndex(band)]
                    = spec.wholeNumber ? ceilTolerant(v * (1.0 + margin)) : v * (1.0 + margin);
            }
            table.entries.push_back(std::move(entry));
        }
        if (book == nullptr)
            continue;
        for (Cloud cloud : kClouds) {
            const CloudPrices* prices = book->find(cloud);
            if (prices == nullptr)
                continue;
            MilestoneEntry entry;
            entry.day = day;
            entry.date = addDays(today, day);
            entry.figure = "cost.monthly." + std::string(cloudKey(cloud));
            entry.label = "Monthly cost, " + std::string(cloudTitle(cloud)) + " ("
                + std::string(pricingModelKey(options.curveModel)) + ")";
            entry.unit = Unit::UsdPerMonth;
            entry.available = prices->offers(options.curveModel) && !prices->instances.empty();
            if (entry.available) {
                const InstancePicker& picker = *pickers[cloudIndex(cloud)];
                for (GrowthBand band : kGrowthBands) {
                    const CostDrivers drivers = costDrivers(figures[bandIndex(band)], activeRatio);
                    const CostDrivers padded = withSafetyMargin(drivers, margin);
                    entry.value[bandIndex(band)] = monthlyCostWith(*prices, drivers, picker.pick(drivers.need()),
                                                                   options.curveModel, options, constants)
                                                       .total();
                    entry.withMargin[bandIndex(band)] = monthlyCostWith(*prices, padded, picker.pick(padded.need()),
                                                                        options.curveModel, options, constants)
                                                            .total();
                }
            }
            table.entries.push_back(std::move(entry));
        }
    }
    return table;
}

} // namespace ecw
