// SPDX-License-Identifier: GPL-3.0-or-later
// The price book parser's upper limits (docs/price-book.md, "Limits"): every price at most $1,000,000, instance
// memory at most 1 EiB (2^60 bytes), vCPUs at most 100,000. Each is checked at the limit, just under and just
// over it, in every field it guards, and a book at the limits still prices without overflowing.
#include "CostModel.h"
#include "PriceBookJson.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <cmath>
#include <fstream>
#include <functional>
#include <sstream>

namespace ecw {
namespace {

using Json = nlohmann::json;

constexpr double kPriceLimit = 1000000.0; // USD
constexpr double kMemoryLimit = 1152921504606846976.0; // 2^60 bytes
constexpr double kVcpuLimit = 100000.0;

const Json& fixture()
{
    static const Json json = [] {
        std::ifstream file(std::string(ECW_SOURCE_DIR) + "/tests/data/pricebooks/fixture.json", std::ios::binary);
        std::stringstream text;
        text << file.rdbuf();
        return Json::parse(text.str());
    }();
    return json;
}

// Every field the price limit guards, as a JSON pointer into the fixture.
const std::vector<std::string>& priceFields()
{
    static const std::vector<std::string> fields {
        "/clouds/aws/instances/0/usd_per_hour",
        "/clouds/gcp/block_storage/usd_per_gb_month",
        "/clouds/azure/object_storage/usd_per_gb_month",
        "/clouds/aws/egress/usd_per_gb",
        "/spec_tier_costs/ram_vs_ssd_usd_per_tb_month",
        "/spec_tier_costs/ssd_usd_per_tb_month",
        "/spec_tier_costs/object_usd_per_tb_month",
    };
    return fields;
}

Result<PriceBook> parseWith(const std::string& pointer, double value)
{
    Json json = fixture();
    json[Json::json_pointer(pointer)] = value;
    return parsePriceBookJson(json.dump());
}

// "/clouds/aws/instances/0/usd_per_hour" -> "clouds.aws.instances[0].usd_per_hour", as the parser names it.
std::string pathOf(const std::string& pointer)
{
    std::string path;
    std::stringstream parts(pointer.substr(1));
    std::string part;
    while (std::getline(parts, part, '/')) {
        if (!part.empty() && std::isdigit(static_cast<unsigned char>(part[0])))
            path += "[" + part + "]";
        else
            path += (path.empty() ? "" : ".") + part;
    }
    return path;
}

TEST(PriceBookLimits, PriceAtTheLimitIsAccepted)
{
    for (const std::string& field : priceFields()) {
        const Result<PriceBook> book = parseWith(field, kPriceLimit);
        EXPECT_TRUE(book.ok()) << field << ": " << (book.ok() ? "" : book.error());
    }
}

TEST(PriceBookLimits, PriceJustUnderTheLimitIsAccepted)
{
    for (const std::string& field : priceFields()) {
        const Result<PriceBook> book = parseWith(field, std::nextafter(kPriceLimit, 0.0));
        EXPECT_TRUE(book.ok()) << field << ": " << (book.ok() ? "" : book.error());
        EXPECT_TRUE(parseWith(field, 999999.99).ok()) << field;
    }
}

TEST(PriceBookLimits, PriceJustOverTheLimitIsRejectedNamingTheFieldAndTheLimit)
{
    for (const std::string& field : priceFields()) {
        const Result<PriceBook> cent = parseWith(field, 1000000.01);
        ASSERT_FALSE(cent.ok()) << field;
        EXPECT_EQ(cent.error(), pathOf(field) + " must be at most 1000000 USD (got 1000000.01)");
        // The next representable double above the limit is refused too: the check is not off by a rounding.
        EXPECT_FALSE(parseWith(field, std::nextafter(kPriceLimit, 2 * kPriceLimit)).ok()) << field;
    }
}

TEST(PriceBookLimits, InstanceMemoryAtTheLimitIsAccepted)
{
    const Result<PriceBook> book = parseWith("/clouds/gcp/instances/1/memory_bytes", kMemoryLimit);
    ASSERT_TRUE(book.ok()) << book.error();
    EXPECT_EQ(book->find(Cloud::Gcp)->instances[1].memoryBytes, kMemoryLimit);
}

TEST(PriceBookLimits, InstanceMemoryJustUnderTheLimitIsAccepted)
{
    EXPECT_TRUE(parseWith("/clouds/gcp/instances/1/memory_bytes", std::nextafter(kMemoryLimit, 0.0)).ok());
    EXPECT_TRUE(parseWith("/clouds/gcp/instances/1/memory_bytes", kMemoryLimit - 1048576.0 * 1024).ok());
}

TEST(PriceBookLimits, InstanceMemoryJustOverTheLimitIsRejected)
{
    // 2^60 + 2^8 is the next double above 2^60 (doubles near 2^60 are 256 apart).
    const double over = std::nextafter(kMemoryLimit, 2 * kMemoryLimit);
    ASSERT_EQ(over - kMemoryLimit, 256.0);
    const Result<PriceBook> book = parseWith("/clouds/gcp/instances/1/memory_bytes", over);
    ASSERT_FALSE(book.ok());
    EXPECT_EQ(book.error(), "clouds.gcp.instances[1].memory_bytes must be at most 2^60 bytes (got 1152921504606847232)");
    EXPECT_FALSE(parseWith("/clouds/gcp/instances/1/memory_bytes", 2 * kMemoryLimit).ok());
}

TEST(PriceBookLimits, VcpusAtJustUnderAndJustOverTheLimit)
{
    EXPECT_TRUE(parseWith("/clouds/azure/instances/0/vcpus", kVcpuLimit).ok());
    EXPECT_TRUE(parseWith("/clouds/azure/instances/0/vcpus", kVcpuLimit - 1).ok());
    const Result<PriceBook> over = parseWith("/clouds/azure/instances/0/vcpus", kVcpuLimit + 1);
    ASSERT_FALSE(over.ok());
    EXPECT_EQ(over.error(), "clouds.azure.instances[0].vcpus must be at most 100000 (got 100001)");
}

TEST(PriceBookLimits, ABookAtEveryLimitStillPricesToFiniteFigures)
{
    // The limits exist so that no cost computed from an accepted book overflows: price the worst of them.
    Json json = fixture();
    for (const std::string& field : priceFields())
        json[Json::json_pointer(field)] = kPriceLimit;
    for (Json& type : json["clouds"]["aws"]["instances"]) {
        type["memory_bytes"] = kMemoryLimit;
        type["vcpus"] = kVcpuLimit;
    }
    const Result<PriceBook> book = parsePriceBookJson(json.dump());
    ASSERT_TRUE(book.ok()) << book.error();

    CostDrivers drivers;
    drivers.cores = 1e6;
    drivers.memoryBytes = 1e21;
    drivers.hotNodes = 1e11;
    drivers.warmTierBytes = 1e18;
    drivers.walBytes = 1e18;
    drivers.snapshotBytes = 1e18;
    drivers.tempSpaceBytes = 1e18;
    drivers.coldTierBytes = 1e18;
    drivers.egressBytesPerSecond = 1e12;
    drivers.hotTierMemoryBytes = 1e20;
    drivers.activeRatio = 1;
    const ModelConstants constants;
    const CostBreakdown cost
        = monthlyCost(*book->find(Cloud::Aws), drivers, PricingModel::OnDemand, CostOptions {}, constants);
    ASSERT_TRUE(cost.available) << cost.unavailableReason;
    EXPECT_TRUE(std::isfinite(cost.total())) << cost.total();
    EXPECT_GT(cost.total(), 0);
    const TierSavings savings = tierSavings(drivers, *book, CostOptions {}, constants);
    EXPECT_TRUE(std::isfinite(savings.hotTierMinimization));
    EXPECT_TRUE(std::isfinite(savings.coldTierArchival));
}

} // namespace
} // namespace ecw
