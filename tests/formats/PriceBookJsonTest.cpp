// SPDX-License-Identifier: GPL-3.0-or-later
// The price book format: the committed book, every rejection with its JSON path, round trips, the age check.
#include "PriceBookJson.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <cmath>
#include <fstream>
#include <functional>
#include <set>
#include <sstream>

namespace ecw {
namespace {

using Json = nlohmann::json;

std::string readText(const std::string& relative)
{
    std::ifstream file(std::string(ECW_SOURCE_DIR) + "/" + relative, std::ios::binary);
    std::stringstream text;
    text << file.rdbuf();
    return text.str();
}

const std::string& committedText()
{
    static const std::string text = readText("resources/pricebook/engram-pricebook.json");
    return text;
}

const std::string& fixtureText()
{
    static const std::string text = readText("tests/data/pricebooks/fixture.json");
    return text;
}

PriceBook committedBook()
{
    Result<PriceBook> book = parsePriceBookJson(committedText());
    EXPECT_TRUE(book.ok()) << (book.ok() ? "" : book.error());
    return book.ok() ? book.value() : PriceBook {};
}

const InstanceType* findType(const CloudPrices& cloud, std::string_view name)
{
    for (const InstanceType& type : cloud.instances)
        if (type.name == name)
            return &type;
    return nullptr;
}

// The fixture with one change, parsed.
Result<PriceBook> parseMutated(const std::function<void(Json&)>& mutate)
{
    Json json = Json::parse(fixtureText());
    mutate(json);
    return parsePriceBookJson(json.dump());
}

std::string errorOf(const std::function<void(Json&)>& mutate)
{
    const Result<PriceBook> result = parseMutated(mutate);
    return result.ok() ? std::string("(parsed)") : result.error();
}

TEST(PriceBookJson, CommittedBookParsesAndPricesThreeCloudsInThreeCategories)
{
    const PriceBook book = committedBook();
    ASSERT_EQ(book.clouds.size(), 3u);
    EXPECT_EQ(book.currency, "USD");
    const char* regions[] = { "us-east-1", "us-central1", "eastus" };
    for (Cloud cloud : kClouds) {
        const CloudPrices* prices = book.find(cloud);
        ASSERT_NE(prices, nullptr) << cloudKey(cloud);
        EXPECT_EQ(prices->region, regions[cloudIndex(cloud)]);
        std::set<InstanceCategory> categories;
        for (const InstanceType& type : prices->instances)
            categories.insert(type.category);
        EXPECT_EQ(categories.size(), 3u) << cloudKey(cloud) << " lacks a general, memory or compute family";
        EXPECT_TRUE(prices->spot.available);
        EXPECT_TRUE(prices->threeYear.available);
    }
}

TEST(PriceBookJson, CommittedBookCarriesTheReferenceValues)
{
    const PriceBook book = committedBook();
    const CloudPrices& aws = *book.find(Cloud::Aws);
    const CloudPrices& gcp = *book.find(Cloud::Gcp);
    const CloudPrices& azure = *book.find(Cloud::Azure);
    // m6i.large: 2 vCPU, 8 GiB = 8 x 2^30 bytes, $0.096/h, Karpenter file of 2026-07-20.
    const InstanceType* m6i = findType(aws, "m6i.large");
    ASSERT_NE(m6i, nullptr);
    EXPECT_EQ(m6i->vcpus, 2);
    EXPECT_EQ(m6i->memoryBytes, 8.0 * 1073741824.0);
    EXPECT_EQ(m6i->usdPerHour, 0.096);
    EXPECT_EQ(m6i->category, InstanceCategory::General);
    EXPECT_EQ(m6i->price.asOf, makeDate(2026, 7, 20));
    EXPECT_NE(m6i->specSource.find("instance-types.md"), std::string::npos); // where 2 vCPU / 8 GiB come from
    EXPECT_EQ(findType(aws, "r6i.8xlarge")->category, InstanceCategory::Memory);
    EXPECT_EQ(findType(aws, "c6i.large")->category, InstanceCategory::Compute);
    EXPECT_EQ(findType(aws, "i4i.large"), nullptr); // storage-optimized: left out
    // m1-megamem-96: 1,433.6 GiB rounded to a whole byte.
    EXPECT_EQ(findType(gcp, "m1-megamem-96")->memoryBytes, std::round(1433.6 * 1073741824.0));
    EXPECT_EQ(findType(azure, "Standard_E8s_v5")->usdPerHour, 0.504);
    // Storage, object storage and egress per GiB.
    EXPECT_EQ(aws.blockStorage.usdPerGb, 0.08);
    EXPECT_EQ(aws.objectStorage.usdPerGb, 0.023);
    EXPECT_EQ(aws.egress.usdPerGb, 0.09);
    EXPECT_EQ(gcp.blockStorage.usdPerGb, 0.1); // pd-balanced
    EXPECT_EQ(gcp.objectStorage.usdPerGb, 0.02);
    EXPECT_EQ(gcp.egress.usdPerGb, 0.12);
    EXPECT_EQ(azure.blockStorage.usdPerGb, 0.15398); // P10 $19.71 / 128 GiB, with its caveat
    EXPECT_NE(azure.blockStorage.price.note.find("CAVEAT"), std::string::npos);
    EXPECT_EQ(azure.objectStorage.usdPerGb, 0.018);
    EXPECT_EQ(azure.objectStorage.price.confidence, "low");
    EXPECT_EQ(azure.egress.usdPerGb, 0.087);
    // Discounts: the worked examples and maxima of the reference.
    EXPECT_DOUBLE_EQ(aws.oneYear.fraction, 0.373);
    EXPECT_DOUBLE_EQ(aws.threeYear.fraction, 0.567);
    EXPECT_DOUBLE_EQ(aws.spot.fraction, 0.9);
    EXPECT_EQ(aws.spot.basis, "maximum");
    EXPECT_DOUBLE_EQ(gcp.oneYear.fraction, 0.37);
    EXPECT_DOUBLE_EQ(gcp.oneYear.fractionFor("m3"), 0.408);
    EXPECT_DOUBLE_EQ(gcp.threeYear.fractionFor("m3"), 0.7);
    EXPECT_DOUBLE_EQ(gcp.spot.fraction, 0.91);
    EXPECT_FALSE(azure.oneYear.available); // no 1-year figure in the reference
    EXPECT_DOUBLE_EQ(azure.threeYear.fraction, 0.72);
    // The spec's tier costs.
    ASSERT_TRUE(book.specTierCosts.available);
    EXPECT_EQ(book.specTierCosts.ramVsSsdUsdPerTbMonth, 500.0);
    EXPECT_EQ(book.specTierCosts.ssdUsdPerTbMonth, 100.0);
    EXPECT_EQ(book.specTierCosts.objectUsdPerTbMonth, 20.0);
    EXPECT_EQ(book.specTierCosts.price.source.rfind("spec: Cost Optimization Strategies", 0), 0u);
}

TEST(PriceBookJson, EveryCommittedPriceHasASourceAndADateNoOlderThanTheBook)
{
    const PriceBook book = committedBook();
    const std::vector<PricedEntry> entries = pricedEntries(book);
    EXPECT_GT(entries.size(), 100u);
    Date oldest = makeDate(9999, 12, 31);
    for (const PricedEntry& entry : entries) {
        EXPECT_FALSE(entry.price->source.empty()) << entry.what;
        EXPECT_GE(entry.price->asOf, makeDate(2020, 1, 1)) << entry.what;
        EXPECT_LE(entry.price->asOf, makeDate(2026, 11, 29)) << entry.what; // the reference's date
        EXPECT_GE(entry.price->asOf, book.asOf) << entry.what << " is older than the book";
        oldest = std::min(oldest, entry.price->asOf);
    }
    // The book's date is its oldest price's date.
    EXPECT_EQ(book.asOf, oldest);
    EXPECT_FALSE(book.asOfNote.empty());
}

TEST(PriceBookJson, CommittedBookMatchesTheReferenceWhenItIsAtHand)
{
    // The shared reference sits next to the repository on the build machine; elsewhere this check skips.
    const std::string reference = readText("../shared/data/cloud-pricing-reference.json");
    if (reference.empty())
        GTEST_SKIP() << "cloud-pricing-reference.json not found next to the repository";
    const Json ref = Json::parse(reference);
    const PriceBook book = committedBook();
    std::size_t compared = 0;
    for (Cloud cloud : kClouds) {
        const CloudPrices& prices = *book.find(cloud);
        for (const Json& item : ref.at("clouds").at(std::string(cloudKey(cloud))).at("instances")) {
            const InstanceType* type = findType(prices, item.at("name").get<std::string>());
            if (type == nullptr) {
                EXPECT_EQ(item.at("family").get<std::string>(), "i4i") << "only i4i is left out";
                continue;
            }
            EXPECT_EQ(type->usdPerHour, item.at("usd_per_hour").get<double>()) << type->name;
            EXPECT_EQ(type->vcpus, item.at("vcpus").get<int>()) << type->name;
            EXPECT_EQ(type->memoryBytes, std::round(item.at("memory_gib").get<double>() * 1073741824.0)) << type->name;
            EXPECT_EQ(type->price.source, item.at("source").get<std::string>()) << type->name;
            EXPECT_EQ(type->specSource, item.value("spec_source", std::string())) << type->name;
            ++compared;
        }
    }
    EXPECT_EQ(compared,
              book.find(Cloud::Aws)->instances.size() + book.find(Cloud::Gcp)->instances.size()
                  + book.find(Cloud::Azure)->instances.size());
}

TEST(PriceBookJson, WriteThenParseGivesTheSameBook)
{
    const PriceBook book = committedBook();
    const Result<PriceBook> again = parsePriceBookJson(writePriceBookJson(book));
    ASSERT_TRUE(again.ok()) << again.error();
    EXPECT_TRUE(again.value() == book);
}

TEST(PriceBookJson, FixtureParses)
{
    const Result<PriceBook> book = parsePriceBookJson(fixtureText());
    ASSERT_TRUE(book.ok()) << book.error();
    EXPECT_EQ(book->clouds.size(), 3u);
    EXPECT_FALSE(book->find(Cloud::Azure)->oneYear.available);
}

TEST(PriceBookJson, MissingFieldNamesItsPath)
{
    EXPECT_EQ(errorOf([](Json& j) { j["clouds"]["aws"]["instances"][1].erase("usd_per_hour"); }),
              "clouds.aws.instances[1].usd_per_hour is missing");
    EXPECT_EQ(errorOf([](Json& j) { j["clouds"]["gcp"]["block_storage"].erase("source"); }),
              "clouds.gcp.block_storage.source is missing");
    EXPECT_EQ(errorOf([](Json& j) { j["clouds"]["azure"].erase("egress"); }), "clouds.azure.egress is missing");
    EXPECT_EQ(errorOf([](Json& j) { j.erase("as_of"); }), "as_of is missing");
    EXPECT_EQ(errorOf([](Json& j) { j["clouds"]["aws"]["discounts"]["spot"].erase("as_of"); }),
              "clouds.aws.discounts.spot.as_of is missing");
}

TEST(PriceBookJson, NegativePriceIsRejected)
{
    EXPECT_EQ(errorOf([](Json& j) { j["clouds"]["aws"]["instances"][2]["usd_per_hour"] = -1.2; }),
              "clouds.aws.instances[2].usd_per_hour must not be negative (got -1.2)");
    EXPECT_EQ(errorOf([](Json& j) { j["clouds"]["gcp"]["object_storage"]["usd_per_gb_month"] = -0.01; }),
              "clouds.gcp.object_storage.usd_per_gb_month must not be negative (got -0.01)");
    EXPECT_EQ(errorOf([](Json& j) { j["clouds"]["azure"]["egress"]["usd_per_gb"] = -1; }),
              "clouds.azure.egress.usd_per_gb must not be negative (got -1)");
    EXPECT_EQ(errorOf([](Json& j) { j["spec_tier_costs"]["ssd_usd_per_tb_month"] = -100; }),
              "spec_tier_costs.ssd_usd_per_tb_month must not be negative (got -100)");
}

TEST(PriceBookJson, ZeroOrFractionalVcpusAreRejected)
{
    EXPECT_EQ(errorOf([](Json& j) { j["clouds"]["gcp"]["instances"][0]["vcpus"] = 0; }),
              "clouds.gcp.instances[0].vcpus must be a whole number of at least 1 (got 0)");
    EXPECT_EQ(errorOf([](Json& j) { j["clouds"]["gcp"]["instances"][0]["vcpus"] = 2.5; }),
              "clouds.gcp.instances[0].vcpus must be a whole number of at least 1 (got 2.5)");
    EXPECT_EQ(errorOf([](Json& j) { j["clouds"]["gcp"]["instances"][0]["memory_bytes"] = 0; }),
              "clouds.gcp.instances[0].memory_bytes must be more than 0 bytes (got 0)");
}

TEST(PriceBookJson, CloudWithoutInstancesIsRejected)
{
    EXPECT_EQ(errorOf([](Json& j) { j["clouds"]["azure"]["instances"] = Json::array(); }),
              "clouds.azure.instances lists no instance types (a cloud needs at least one)");
    EXPECT_EQ(errorOf([](Json& j) { j["clouds"] = Json::object(); }),
              "clouds prices no cloud (give at least one of \"aws\", \"gcp\", \"azure\")");
}

TEST(PriceBookJson, BadDatesAreRejected)
{
    EXPECT_EQ(errorOf([](Json& j) { j["clouds"]["aws"]["instances"][0]["as_of"] = "2026-13-01"; }),
              "clouds.aws.instances[0].as_of must be a date as YYYY-MM-DD (got \"2026-13-01\")");
    EXPECT_EQ(errorOf([](Json& j) { j["as_of"] = "2026-02-30"; }),
              "as_of must be a date as YYYY-MM-DD (got \"2026-02-30\")");
    EXPECT_EQ(errorOf([](Json& j) { j["clouds"]["gcp"]["egress"]["as_of"] = "06/01/2026"; }),
              "clouds.gcp.egress.as_of must be a date as YYYY-MM-DD (got \"06/01/2026\")");
    EXPECT_EQ(errorOf([](Json& j) { j["clouds"]["gcp"]["egress"]["as_of"] = 20260601; }),
              "clouds.gcp.egress.as_of must be a string (got 20260601)");
}

TEST(PriceBookJson, OtherMistakesAreNamed)
{
    EXPECT_EQ(errorOf([](Json& j) { j["clouds"]["aws"]["instances"][0]["usd_per_hr"] = 0.1; }),
              "clouds.aws.instances[0].usd_per_hr is not a price book field");
    EXPECT_EQ(errorOf([](Json& j) { j["clouds"]["oracle"] = j["clouds"]["aws"]; }),
              "clouds.oracle is not a cloud this program prices (\"aws\", \"gcp\" or \"azure\")");
    EXPECT_EQ(errorOf([](Json& j) { j["currency"] = "EUR"; }),
              "currency must be \"USD\": the cost model prices in US dollars (got \"EUR\")");
    EXPECT_EQ(errorOf([](Json& j) { j["schema_version"] = 2; }),
              "schema_version 2 is newer than this program reads (up to 1)");
    EXPECT_EQ(errorOf([](Json& j) { j["format"] = "something-else"; }),
              "format must be \"engram-capacity-pricebook\" (got \"something-else\")");
    EXPECT_EQ(errorOf([](Json& j) { j["clouds"]["aws"]["discounts"]["spot"]["fraction"] = 1.5; }),
              "clouds.aws.discounts.spot.fraction must be a fraction from 0 to 1 (got 1.5)");
    EXPECT_EQ(errorOf([](Json& j) { j["clouds"]["aws"]["instances"][1]["name"] = "aws.gen2"; }),
              "clouds.aws.instances[1].name repeats instance type \"aws.gen2\"");
    EXPECT_EQ(errorOf([](Json& j) { j["clouds"]["aws"]["instances"][0]["category"] = "storage"; }),
              "clouds.aws.instances[0].category must be \"general\", \"memory\" or \"compute\" (got \"storage\")");
    EXPECT_EQ(errorOf([](Json& j) { j["clouds"]["aws"]["instances"][0]["usd_per_hour"] = "0.1"; }),
              "clouds.aws.instances[0].usd_per_hour must be a number (got \"0.1\")");
    EXPECT_EQ(errorOf([](Json& j) { j["clouds"]["gcp"] = 3; }), "clouds.gcp must be an object (got 3)");
    const Result<PriceBook> broken = parsePriceBookJson("{ \"format\": ");
    ASSERT_FALSE(broken.ok());
    EXPECT_EQ(broken.error().rfind("price book is not valid JSON: ", 0), 0u);
}

TEST(PriceBookJson, ASingleCloudBookIsFine)
{
    const Result<PriceBook> book = parseMutated([](Json& j) {
        j["clouds"].erase("gcp");
        j["clouds"].erase("azure");
        j.erase("spec_tier_costs");
    });
    ASSERT_TRUE(book.ok()) << book.error();
    EXPECT_EQ(book->clouds.size(), 1u);
    EXPECT_EQ(book->find(Cloud::Gcp), nullptr);
    EXPECT_FALSE(book->specTierCosts.available);
}

TEST(PriceBookAge, WarnsWhenOlderThan180Days)
{
    const PriceBook book = parsePriceBookJson(fixtureText()).value(); // as of 2026-06-01
    // 2026-06-01 + 180 days = 2026-11-28: exactly 180 days is not yet stale.
    FixedClock clock(makeDate(2026, 11, 28));
    PriceBookAge age = priceBookAge(book, clock);
    EXPECT_EQ(age.days, 180);
    EXPECT_FALSE(age.stale);
    EXPECT_TRUE(age.message.empty());
    clock.advance(1);
    age = priceBookAge(book, clock);
    EXPECT_EQ(age.days, 181);
    EXPECT_TRUE(age.stale);
    EXPECT_NE(age.message.find("2026-06-01, 181 days before 2026-11-29"), std::string::npos) << age.message;
    // The oldest entry is the spec's tier costs (2025-10-24).
    EXPECT_EQ(age.oldestEntry, "spec tier costs");
    EXPECT_EQ(age.oldestDate, makeDate(2025, 10, 24));
    // A fresh clock: not stale.
    EXPECT_FALSE(priceBookAge(book, FixedClock(makeDate(2026, 6, 2))).stale);
}

TEST(PriceBookAge, CommittedBookIsOldOnTheReferenceDate)
{
    // The committed book is as of 2023-01-01 (Azure Blob Hot, an undated ~2023 source): 1,428 days before
    // 2026-11-29.
    const PriceBook book = committedBook();
    const PriceBookAge age = priceBookAge(book, FixedClock(makeDate(2026, 11, 29)));
    EXPECT_EQ(book.asOf, makeDate(2023, 1, 1));
    EXPECT_EQ(age.days, 1428);
    EXPECT_TRUE(age.stale);
    EXPECT_GT(age.stalePrices, 0u);
    EXPECT_LT(age.stalePrices, age.prices); // the AWS and Azure instance prices are under 180 days old
}

} // namespace
} // namespace ecw
