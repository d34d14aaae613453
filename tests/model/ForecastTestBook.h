// SPDX-License-Identifier: GPL-3.0-or-later
// The fixture price book of tests/data/pricebooks/fixture.json built in C++ (the model tests do not parse
// JSON; tests/formats/PriceBookFixtureTest.cpp checks the two are the same). Invented round prices.
#pragma once

#include "PriceBook.h"
#include "Units.h"

namespace ecw::test {

inline PriceSource fixtureSource()
{
    return { "test fixture", makeDate(2026, 6, 1), {}, {}, {} };
}

inline InstanceType fixtureType(std::string name, std::string family, InstanceCategory category, int vcpus,
                                double memoryGiB, double usdPerHour)
{
    return {
        std::move(name), std::move(family), category, vcpus, memoryGiB * kGiB, usdPerHour, fixtureSource(), {}, {}
    };
}

inline Discount fixtureDiscount(double fraction, std::string basis, std::string meaning)
{
    Discount d;
    d.available = true;
    d.fraction = fraction;
    d.basis = std::move(basis);
    d.meaning = std::move(meaning);
    d.price = fixtureSource();
    return d;
}

inline UnitPrice fixtureUnit(std::string product, double usd)
{
    return { std::move(product), usd, fixtureSource() };
}

// aws: gen2 (2 vCPU, 8 GiB, $0.10/h), mem4 (4 vCPU, 64 GiB, $0.40/h), cpu64 (64 vCPU, 128 GiB, $1.20/h);
// gcp: gen2 (2, 8 GiB, $0.12), mem8 (8, 256 GiB, $1.00); azure: gen2 (2, 8 GiB, $0.11), cpu4 (4, 8 GiB, $0.16).
inline PriceBook fixtureBook()
{
    using IC = InstanceCategory;
    PriceBook book;
    book.name = "Test fixture (made-up round prices, not real)";
    book.currency = "USD";
    book.asOf = makeDate(2026, 6, 1);
    book.asOfNote = "Fixture for tests: every price here is invented so the expected choice is obvious by hand.";

    CloudPrices aws;
    aws.cloud = Cloud::Aws;
    aws.region = "test-east-1";
    aws.instances = { fixtureType("aws.gen2", "gen", IC::General, 2, 8, 0.10),
                      fixtureType("aws.mem4", "mem", IC::Memory, 4, 64, 0.40),
                      fixtureType("aws.cpu64", "cpu", IC::Compute, 64, 128, 1.20) };
    aws.blockStorage = fixtureUnit("test ssd", 0.10);
    aws.objectStorage = fixtureUnit("test object", 0.02);
    aws.egress = fixtureUnit("test egress", 0.10);
    aws.oneYear = fixtureDiscount(0.3, "example", "test 1-year");
    aws.threeYear = fixtureDiscount(0.5, "example", "test 3-year");
    aws.spot = fixtureDiscount(0.7, "maximum", "test spot");

    CloudPrices gcp;
    gcp.cloud = Cloud::Gcp;
    gcp.region = "test-central1";
    gcp.instances = { fixtureType("gcp.gen2", "gen", IC::General, 2, 8, 0.12),
                      fixtureType("gcp.mem8", "mem", IC::Memory, 8, 256, 1.00) };
    gcp.blockStorage = fixtureUnit("test ssd", 0.20);
    gcp.objectStorage = fixtureUnit("test object", 0.01);
    gcp.egress = fixtureUnit("test egress", 0.05);
    gcp.oneYear = fixtureDiscount(0.2, "derived", "test 1-year");
    gcp.oneYear.families = { { "mem", 0.4, {} } };
    gcp.threeYear = fixtureDiscount(0.5, "derived", "test 3-year");
    gcp.spot = fixtureDiscount(0.6, "maximum", "test spot");

    CloudPrices azure;
    azure.cloud = Cloud::Azure;
    azure.region = "testeast";
    azure.instances = { fixtureType("azure.gen2", "gen", IC::General, 2, 8, 0.11),
                        fixtureType("azure.cpu4", "cpu", IC::Compute, 4, 8, 0.16) };
    azure.blockStorage = fixtureUnit("test ssd", 0.15);
    azure.objectStorage = fixtureUnit("test object", 0.02);
    azure.egress = fixtureUnit("test egress", 0.08);
    azure.oneYear.available = false;
    azure.oneYear.basis = "unavailable";
    azure.oneYear.meaning = "test 1-year";
    azure.oneYear.price.note = "no figure";
    azure.threeYear = fixtureDiscount(0.6, "maximum", "test 3-year");
    azure.spot = fixtureDiscount(0.8, "maximum", "test spot");

    book.clouds = { aws, gcp, azure };
    book.specTierCosts.available = true;
    book.specTierCosts.ramVsSsdUsdPerTbMonth = 500;
    book.specTierCosts.ssdUsdPerTbMonth = 100;
    book.specTierCosts.objectUsdPerTbMonth = 20;
    book.specTierCosts.price = { "spec: Cost Optimization Strategies", makeDate(2025, 10, 24), {}, {}, {} };
    return book;
}

} // namespace ecw::test
