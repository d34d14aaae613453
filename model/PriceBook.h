// SPDX-License-Identifier: GPL-3.0-or-later
// Cloud list prices the cost model reads: instance types, storage, egress and discounts, each with its source.
#pragma once

#include "Clock.h"

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ecw {

enum class Cloud : std::size_t
{
    Aws,
    Gcp,
    Azure
};
inline constexpr std::size_t kCloudCount = 3;
inline constexpr std::array<Cloud, kCloudCount> kClouds { Cloud::Aws, Cloud::Gcp, Cloud::Azure };
inline constexpr std::size_t cloudIndex(Cloud cloud)
{
    return static_cast<std::size_t>(cloud);
}
std::string_view cloudKey(Cloud cloud); // "aws", "gcp", "azure"
std::string_view cloudTitle(Cloud cloud); // "AWS", "Google Cloud", "Azure"
std::optional<Cloud> parseCloud(std::string_view key);

// How compute is bought. Discounts apply to compute only; storage and egress are list price in all four.
enum class PricingModel : std::size_t
{
    OnDemand,
    OneYear,
    ThreeYear,
    Spot
};
inline constexpr std::size_t kPricingModelCount = 4;
inline constexpr std::array<PricingModel, kPricingModelCount> kPricingModels {
    PricingModel::OnDemand, PricingModel::OneYear, PricingModel::ThreeYear, PricingModel::Spot
};
// Hours in the month every monthly price uses (8,760 h / 12), as the reference's usd_per_month_730h does.
inline constexpr double kHoursPerMonth = 730.0;

inline constexpr std::size_t pricingModelIndex(PricingModel model)
{
    return static_cast<std::size_t>(model);
}
std::string_view pricingModelKey(PricingModel model); // "on-demand", "1yr", "3yr", "spot"
std::optional<PricingModel> parsePricingModel(std::string_view key);

enum class InstanceCategory
{
    General,
    Memory,
    Compute
};
std::string_view instanceCategoryKey(InstanceCategory category); // "general", "memory", "compute"
std::optional<InstanceCategory> parseInstanceCategory(std::string_view key);

// Where a number comes from and the day it is known to hold.
struct PriceSource
{
    std::string source; // repository/path@commit or URL, as the reference gives it
    Date asOf {};
    std::string asOfNote; // how the date was set when the source states none
    std::string confidence; // the reference's word: "high", "medium", "low", ...
    std::string note;
    bool operator==(const PriceSource& other) const = default;
};

struct InstanceType
{
    std::string name;
    std::string family;
    InstanceCategory category = InstanceCategory::General;
    int vcpus = 0;
    double memoryBytes = 0; // GiB * 2^30
    double usdPerHour = 0; // on-demand list price
    PriceSource price;
    std::string specSource; // where the vCPU count and memory come from, when not the price's source
    std::string alternatives; // other published values, for the record
    bool operator==(const InstanceType& other) const = default;
};

// A price per GiB (2^30 bytes): per GiB-month for storage, per GiB transferred for egress. The clouds
// bill storage and transfer in binary gigabytes (AWS: 100 GB = 107,374,182,400 bytes in the S3 FAQ).
struct UnitPrice
{
    std::string product;
    double usdPerGb = 0;
    PriceSource price;
    bool operator==(const UnitPrice& other) const = default;
};

// A discount off on-demand compute for one family, where it differs from the cloud-wide figure.
struct FamilyDiscount
{
    std::string family;
    double fraction = 0;
    std::string note;
    bool operator==(const FamilyDiscount& other) const = default;
};

struct Discount
{
    bool available = false; // the reference has no figure (Azure 1-year): that pricing model is not offered
    double fraction = 0; // 0..1 off the on-demand hourly price
    std::string basis; // "example", "derived" or "maximum" (an "up to" figure: a best case)
    std::string meaning; // what buying it means: "1-year standard reserved instance, no upfront"
    PriceSource price;
    std::vector<FamilyDiscount> families;

    double fractionFor(std::string_view family) const;
    bool operator==(const Discount& other) const = default;
};

struct CloudPrices
{
    Cloud cloud = Cloud::Aws;
    std::string region;
    std::vector<InstanceType> instances;
    UnitPrice blockStorage; // SSD volume, per GiB-month
    UnitPrice objectStorage; // per GiB-month
    UnitPrice egress; // internet egress, per GiB
    Discount oneYear;
    Discount threeYear;
    Discount spot;
    std::string note;

    // No discount for on-demand.
    const Discount* discount(PricingModel model) const;
    bool offers(PricingModel model) const;
    // The hourly price of one instance under a pricing model, before any planner discount.
    double hourlyPrice(const InstanceType& type, PricingModel model) const;
    bool operator==(const CloudPrices& other) const = default;
};

// The spec's tier cost figures (Cost Optimization Strategies), per TiB-month.
struct SpecTierCosts
{
    bool available = false;
    double ramVsSsdUsdPerTbMonth = 0; // "Savings: $500/TB/month (RAM vs SSD cost)"
    double ssdUsdPerTbMonth = 0; // "$20/TB/month vs $100/TB/month SSD"
    double objectUsdPerTbMonth = 0;
    PriceSource price;
    bool operator==(const SpecTierCosts& other) const = default;
};

struct PriceBook
{
    std::string name;
    std::string currency = "USD";
    Date asOf {}; // no price in the book is older than this
    std::string asOfNote;
    std::string notes;
    std::string generatedFrom;
    std::vector<CloudPrices> clouds;
    SpecTierCosts specTierCosts;

    const CloudPrices* find(Cloud cloud) const;
    bool operator==(const PriceBook& other) const = default;
};

// One priced entry of a book, for listings and the age check: "aws instance m6i.large".
struct PricedEntry
{
    std::string what;
    const PriceSource* price = nullptr;
};
std::vector<PricedEntry> pricedEntries(const PriceBook& book);

// How old the book is, measured from its as-of date to the clock's today.
struct PriceBookAge
{
    Date asOf {};
    Date today {};
    long long days = 0;
    int thresholdDays = 180;
    bool stale = false; // days > thresholdDays
    std::size_t stalePrices = 0; // entries older than the threshold
    std::size_t prices = 0;
    std::string oldestEntry;
    Date oldestDate {};
    std::string message; // empty when not stale
};

inline constexpr int kPriceBookMaxAgeDays = 180;
PriceBookAge priceBookAge(const PriceBook& book, const Clock& clock, int thresholdDays = kPriceBookMaxAgeDays);

} // namespace ecw
