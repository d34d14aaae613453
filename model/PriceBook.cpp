// SPDX-License-Identifier: GPL-3.0-or-later
// Names of clouds and pricing models, discount lookup and the price-book age check.
#include "PriceBook.h"

#include "Units.h"

#include <algorithm>

namespace ecw {

std::string_view cloudKey(Cloud cloud)
{
    switch (cloud) {
    case Cloud::Aws:
        return "aws";
    case Cloud::Gcp:
        return "gcp";
    case Cloud::Azure:
        return "azure";
    }
    return "";
}

std::string_view cloudTitle(Cloud cloud)
{
    switch (cloud) {
    case Cloud::Aws:
        return "AWS";
    case Cloud::Gcp:
        return "Google Cloud";
    case Cloud::Azure:
        return "Azure";
    }
    return "";
}

std::optional<Cloud> parseCloud(std::string_view key)
{
    for (Cloud cloud : kClouds)
        if (cloudKey(cloud) == key)
            return cloud;
    return std::nullopt;
}

std::string_view pricingModelKey(PricingModel model)
{
    switch (model) {
    case PricingModel::OnDemand:
        return "on-demand";
    case PricingModel::OneYear:
        return "1yr";
    case PricingModel::ThreeYear:
        return "3yr";
    case PricingModel::Spot:
        return "spot";
    }
    return "";
}

std::optional<PricingModel> parsePricingModel(std::string_view key)
{
    for (PricingModel model : kPricingModels)
        if (pricingModelKey(model) == key)
            return model;
    return std::nullopt;
}

std::string_view instanceCategoryKey(InstanceCategory category)
{
    switch (category) {
    case InstanceCategory::General:
        return "general";
    case InstanceCategory::Memory:
        return "memory";
    case InstanceCategory::Compute:
        return "compute";
    }
    return "";
}

std::optional<InstanceCategory> parseInstanceCategory(std::string_view key)
{
    for (InstanceCategory category : { InstanceCategory::General, InstanceCategory::Memory, InstanceCategory::Compute })
        if (instanceCategoryKey(category) == key)
            return category;
    return std::nullopt;
}

double Discount::fractionFor(std::string_view family) const
{
    for (const FamilyDiscount& entry : families)
        if (entry.family == family)
            return entry.fraction;
    return fraction;
}

const Discount* CloudPrices::discount(PricingModel model) const
{
    switch (model) {
    case PricingModel::OnDemand:
        return nullptr;
    case PricingModel::OneYear:
        return &oneYear;
    case PricingModel::ThreeYear:
        return &threeYear;
    case PricingModel::Spot:
        return &spot;
    }
    return nullptr;
}

bool CloudPrices::offers(PricingModel model) const
{
    const Discount* d = discount(model);
    return d == nullptr || d->available;
}

double CloudPrices::hourlyPrice(const InstanceType& type, PricingModel model) const
{
    const Discount* d = discount(model);
    if (d == nullptr || !d->available)
        return type.usdPerHour;
    return type.usdPerHour * (1.0 - std::clamp(d->fractionFor(type.family), 0.0, 1.0));
}

const CloudPrices* PriceBook::find(Cloud cloud) const
{
    for (const CloudPrices& prices : clouds)
        if (prices.cloud == cloud)
            return &prices;
    return nullptr;
}

std::vector<PricedEntry> pricedEntries(const PriceBook& book)
{
    std::vector<PricedEntry> entries;
    for (const CloudPrices& cloud : book.clouds) {
        const std::string prefix = std::string(cloudKey(cloud.cloud)) + " ";
        for (const InstanceType& type : cloud.instances)
            entries.push_back({ prefix + "instance " + type.name, &type.price });
        entries.push_back({ prefix + "block storage " + cloud.blockStorage.product, &cloud.blockStorage.price });
        entries.push_back({ prefix + "object storage " + cloud.objectStorage.product, &cloud.objectStorage.price });
        entries.push_back({ prefix + "egress " + cloud.egress.product, &cloud.egress.price });
        const std::pair<const Discount*, std::string_view> discounts[] = { { &cloud.oneYear, "1-year discount" },
                                                                           { &cloud.threeYear, "3-year discount" },
                                                                           { &cloud.spot, "spot discount" } };
        for (const auto& [discount, label] : discounts)
            if (discount->available)
                entries.push_back({ prefix + std::string(label), &discount->price });
    }
    if (book.specTierCosts.available)
        entries.push_back({ "spec tier costs", &book.specTierCosts.price });
    return entries;
}

PriceBookAge priceBookAge(const PriceBook& book, const Clock& clock, int thresholdDays)
{
    PriceBookAge age;
    age.asOf = book.asOf;
    age.today = clock.today();
    age.days = daysBetween(book.asOf, age.today);
    age.thresholdDays = thresholdDays;
    age.stale = age.days > thresholdDays;
    const std::vector<PricedEntry> entries = pricedEntries(book);
    age.prices = entries.size();
    bool first = true;
    for (const PricedEntry& entry : entries) {
        if (daysBetween(entry.price->asOf, age.today) > thresholdDays)
            ++age.stalePrices;
        if (first || entry.price->asOf < age.oldestDate) {
            age.oldestDate = entry.price->asOf;
            age.oldestEntry = entry.what;
            first = false;
        }
    }
    if (age.stale) {
        age.message = "Price book \"" + book.name + "\" is as of " + formatIsoDate(book.asOf) + ", "
            + formatGrouped(static_cast<double>(age.days)) + " days before " + formatIsoDate(age.today) + " (more than "
            + std::to_string(thresholdDays) + "): prices may have changed. " + std::to_string(age.stalePrices) + " of "
            + std::to_string(age.prices) + " prices are older than " + std::to_string(thresholdDays) + " days";
        if (!first)
            age.message += "; the oldest is " + age.oldestEntry + " (" + formatIsoDate(age.oldestDate) + ")";
        age.message += ".";
    }
    return age;
}

} // namespace ecw
