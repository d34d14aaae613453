// SPDX-License-Identifier: GPL-3.0-or-later
// Reads and writes price books; every rejection names the JSON path of the field and what it allows.
#include "PriceBookJson.h"

#include "JsonNumber.h"
#include "Units.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <initializer_list>
#include <set>
#include <stdexcept>

namespace ecw {

namespace {

// Far above any real list price or instance (the committed book tops out near $100/h and 12 TiB), low enough
// that no cost the model computes from a book can overflow to infinity (found by tests/fuzz/FuzzPriceBookJson).
constexpr double kMaxPriceUsd = 1e6;
constexpr double kMaxMemoryBytes = 1152921504606846976.0; // 2^60 bytes, 1 EiB
constexpr double kMaxVcpus = 100000;

using Json = nlohmann::json;
using OrderedJson = nlohmann::ordered_json;

struct BookError : std::runtime_error
{
    using std::runtime_error::runtime_error;
};

[[noreturn]] void fail(const std::string& path, const std::string& problem)
{
    throw BookError(path + " " + problem);
}

std::string describe(const Json& value)
{
    if (value.is_string())
        return "\"" + value.get<std::string>() + "\"";
    if (value.is_number())
        return formatMachineNumber(value.get<double>());
    return value.type_name();
}

// One JSON object and its path; remembers which keys were read so unknown ones can be reported.
class Node
{
public:
    Node(const Json& json, std::string path)
        : m_json(json)
        , m_path(std::move(path))
    {
        if (!m_json.is_object())
            fail(m_path, "must be an object (got " + describe(m_json) + ")");
    }

    std::string path(std::string_view key) const
    {
        return m_path.empty() ? std::string(key) : m_path + "." + std::string(key);
    }
    const std::string& path() const { return m_path; }

    const Json* find(std::string_view key) const
    {
        const auto it = m_json.find(key);
        return it == m_json.end() ? nullptr : &*it;
    }
    const Json& require(std::string_view key) const
    {
        const Json* value = find(key);
        if (value == nullptr)
            fail(path(key), "is missing");
        return *value;
    }

    std::string string(std::string_view key, bool required = true) const
    {
        const Json* value = required ? &require(key) : find(key);
        if (value == nullptr || (!required && value->is_null()))
            return {};
        if (!value->is_string())
            fail(path(key), "must be a string (got " + describe(*value) + ")");
        std::string text = value->get<std::string>();
        if (required && text.empty())
            fail(path(key), "must not be empty");
        return text;
    }

    double number(std::string_view key) const
    {
        const Json& value = require(key);
        if (!value.is_number())
            fail(path(key), "must be a number (got " + describe(value) + ")");
        const double number = value.get<double>();
        if (!std::isfinite(number))
            fail(path(key), "must be a finite number");
        return number;
    }

    double price(std::string_view key) const
    {
        const double value = number(key);
        if (value < 0)
            fail(path(key), "must not be negative (got " + formatMachineNumber(value) + ")");
        if (value > kMaxPriceUsd)
            fail(path(key),
                 "must be at most " + formatMachineNumber(kMaxPriceUsd) + " USD (got " + formatMachineNumber(value)
                     + ")");
        return value;
    }

    double fraction(std::string_view key) const
    {
        const double value = number(key);
        if (value < 0 || value > 1)
            fail(path(key), "must be a fraction from 0 to 1 (got " + formatMachineNumber(value) + ")");
        return value;
    }

    Date date(std::string_view key) const
    {
        const std::string text = string(key);
        const std::optional<Date> date = parseIsoDate(text);
        if (!date)
            fail(path(key), "must be a date as YYYY-MM-DD (got \"" + text + "\")");
        return *date;
    }

    void allowOnly(std::initializer_list<std::string_view> keys) const
    {
        for (const auto& [key, value] : m_json.items()) {
            bool known = false;
            for (std::string_view allowed : keys)
                known = known || allowed == key;
            if (!known)
                fail(path(key), "is not a price book field");
        }
    }

private:
    const Json& m_json;
    std::string m_path;
};

PriceSource readSource(const Node& node)
{
    PriceSource source;
    source.source = node.string("source");
    source.asOf = node.date("as_of");
    source.asOfNote = node.string("as_of_note", false);
    source.confidence = node.string("confidence", false);
    source.note = node.string("note", false);
    return source;
}

InstanceType readInstance(const Node& node)
{
    node.allowOnly({ "name", "family", "category", "vcpus", "memory_bytes", "usd_per_hour", "source", "as_of",
                     "as_of_note", "confidence", "note", "spec_source", "alternatives" });
    InstanceType type;
    type.name = node.string("name");
    type.family = node.string("family");
    const std::string category = node.string("category");
    const std::optional<InstanceCategory> parsed = parseInstanceCategory(category);
    if (!parsed)
        fail(node.path("category"), "must be \"general\", \"memory\" or \"compute\" (got \"" + category + "\")");
    type.category = *parsed;
    const double vcpus = node.number("vcpus");
    if (vcpus < 1 || vcpus != std::floor(vcpus))
        fail(node.path("vcpus"), "must be a whole number of at least 1 (got " + formatMachineNumber(vcpus) + ")");
    if (vcpus > kMaxVcpus)
        fail(node.path("vcpus"),
             "must be at most " + formatMachineNumber(kMaxVcpus) + " (got " + formatMachineNumber(vcpus) + ")");
    type.vcpus = static_cast<int>(vcpus);
    type.memoryBytes = node.number("memory_bytes");
    if (type.memoryBytes <= 0)
        fail(node.path("memory_bytes"),
             "must be more than 0 bytes (got " + formatMachineNumber(type.memoryBytes) + ")");
    if (type.memoryBytes > kMaxMemoryBytes)
        fail(node.path("memory_bytes"),
             "must be at most 2^60 bytes (got " + formatMachineNumber(type.memoryBytes) + ")");
    type.usdPerHour = node.price("usd_per_hour");
    type.price = readSource(node);
    type.specSource = node.string("spec_source", false);
    type.alternatives = node.string("alternatives", false);
    return type;
}

UnitPrice readUnitPrice(const Node& node, std::string_view priceKey)
{
    std::initializer_list<std::string_view> keys { "product",    "source", "as_of", "as_of_note",
                                                   "confidence", "note",   priceKey };
    node.allowOnly(keys);
    UnitPrice price;
    price.product = node.string("product");
    price.usdPerGb = node.price(priceKey);
    price.price = readSource(node);
    return price;
}

Discount readDiscount(const Node& node)
{
    node.allowOnly(
        { "fraction", "basis", "meaning", "source", "as_of", "as_of_note", "confidence", "note", "families" });
    Discount discount;
    discount.meaning = node.string("meaning");
    const Json& fraction = node.require("fraction");
    if (fraction.is_null()) {
        // Documented as unavailable: the pricing model is not offered with this book.
        discount.available = false;
        discount.basis = node.string("basis", false);
        discount.price.note = node.string("note", false);
        return discount;
    }
    discount.available = true;
    discount.fraction = node.fraction("fraction");
    discount.basis = node.string("basis");
    discount.price = readSource(node);
    if (const Json* families = node.find("families")) {
        if (!families->is_array())
            fail(node.path("families"), "must be an array (got " + describe(*families) + ")");
        for (std::size_t i = 0; i < families->size(); ++i) {
            const Node entry((*families)[i], node.path("families") + "[" + std::to_string(i) + "]");
            entry.allowOnly({ "family", "fraction", "note" });
            discount.families.push_back(
                { entry.string("family"), entry.fraction("fraction"), entry.string("note", false) });
        }
    }
    return discount;
}

CloudPrices readCloud(const Node& node, Cloud cloud)
{
    node.allowOnly({ "region", "instances", "block_storage", "object_storage", "egress", "discounts", "note" });
    CloudPrices prices;
    prices.cloud = cloud;
    prices.region = node.string("region");
    prices.note = node.string("note", false);
    const Json& instances = node.require("instances");
    if (!instances.is_array())
        fail(node.path("instances"), "must be an array (got " + describe(instances) + ")");
    if (instances.empty())
        fail(node.path("instances"), "lists no instance types (a cloud needs at least one)");
    std::set<std::string> names;
    for (std::size_t i = 0; i < instances.size(); ++i) {
        const std::string path = node.path("instances") + "[" + std::to_string(i) + "]";
        InstanceType type = readInstance(Node(instances[i], path));
        if (!names.insert(type.name).second)
            fail(path + ".name", "repeats instance type \"" + type.name + "\"");
        prices.instances.push_back(std::move(type));
    }
    prices.blockStorage
        = readUnitPrice(Node(node.require("block_storage"), node.path("block_storage")), "usd_per_gb_month");
    prices.objectStorage
        = readUnitPrice(Node(node.require("object_storage"), node.path("object_storage")), "usd_per_gb_month");
    prices.egress = readUnitPrice(Node(node.require("egress"), node.path("egress")), "usd_per_gb");
    if (const Json* discounts = node.find("discounts")) {
        const Node d(*discounts, node.path("discounts"));
        d.allowOnly({ "one_year", "three_year", "spot" });
        const std::pair<std::string_view, Discount*> entries[]
            = { { "one_year", &prices.oneYear }, { "three_year", &prices.threeYear }, { "spot", &prices.spot } };
        for (const auto& [key, target] : entries)
            if (const Json* entry = d.find(key); entry != nullptr && !entry->is_null())
                *target = readDiscount(Node(*entry, d.path(key)));
    }
    return prices;
}

SpecTierCosts readSpecTierCosts(const Node& node)
{
    node.allowOnly({ "ram_vs_ssd_usd_per_tb_month", "ssd_usd_per_tb_month", "object_usd_per_tb_month", "source",
                     "as_of", "as_of_note", "confidence", "note" });
    SpecTierCosts costs;
    costs.available = true;
    costs.ramVsSsdUsdPerTbMonth = node.price("ram_vs_ssd_usd_per_tb_month");
    costs.ssdUsdPerTbMonth = node.price("ssd_usd_per_tb_month");
    costs.objectUsdPerTbMonth = node.price("object_usd_per_tb_month");
    costs.price = readSource(node);
    return costs;
}

PriceBook readBook(const Json& json)
{
    const Node root(json, "");
    root.allowOnly({ "format", "schema_version", "name", "currency", "as_of", "as_of_note", "generated_from", "units",
                     "notes", "clouds", "spec_tier_costs" });
    const std::string format = root.string("format");
    if (format != kPriceBookFormatName)
        fail("format", "must be \"" + std::string(kPriceBookFormatName) + "\" (got \"" + format + "\")");
    const double version = root.number("schema_version");
    if (version != std::floor(version) || version < 1)
        fail("schema_version", "must be a whole number of at least 1 (got " + formatMachineNumber(version) + ")");
    if (version > kPriceBookSchemaVersion)
        fail("schema_version",
             formatMachineNumber(version) + " is newer than this program reads (up to "
                 + std::to_string(kPriceBookSchemaVersion) + ")");
    PriceBook book;
    book.name = root.string("name");
    book.currency = root.string("currency");
    if (book.currency != "USD")
        fail("currency", "must be \"USD\": the cost model prices in US dollars (got \"" + book.currency + "\")");
    book.asOf = root.date("as_of");
    book.asOfNote = root.string("as_of_note", false);
    book.notes = root.string("notes", false);
    book.generatedFrom = root.string("generated_from", false);
    if (const Json* units = root.find("units"); units != nullptr && !units->is_object())
        fail("units", "must be an object (got " + describe(*units) + ")");
    const Node clouds(root.require("clouds"), "clouds");
    for (const auto& [key, value] : json.at("clouds").items()) {
        const std::optional<Cloud> cloud = parseCloud(key);
        if (!cloud)
            fail(clouds.path(key), "is not a cloud this program prices (\"aws\", \"gcp\" or \"azure\")");
    }
    for (Cloud cloud : kClouds)
        if (const Json* entry = clouds.find(cloudKey(cloud)))
            book.clouds.push_back(readCloud(Node(*entry, clouds.path(cloudKey(cloud))), cloud));
    if (book.clouds.empty())
        fail("clouds", "prices no cloud (give at least one of \"aws\", \"gcp\", \"azure\")");
    if (const Json* spec = root.find("spec_tier_costs"); spec != nullptr && !spec->is_null())
        book.specTierCosts = readSpecTierCosts(Node(*spec, "spec_tier_costs"));
    return book;
}

void writeSource(OrderedJson& out, const PriceSource& source)
{
    out["source"] = source.source;
    out["as_of"] = formatIsoDate(source.asOf);
    if (!source.asOfNote.empty())
        out["as_of_note"] = source.asOfNote;
    if (!source.confidence.empty())
        out["confidence"] = source.confidence;
    if (!source.note.empty())
        out["note"] = source.note;
}

OrderedJson writeUnitPrice(const UnitPrice& price, const char* priceKey)
{
    OrderedJson out;
    out["product"] = price.product;
    out[priceKey] = jsonNumber(price.usdPerGb);
    writeSource(out, price.price);
    return out;
}

OrderedJson writeDiscount(const Discount& discount)
{
    OrderedJson out;
    if (!discount.available) {
        out["fraction"] = nullptr;
        if (!discount.basis.empty())
            out["basis"] = discount.basis;
        out["meaning"] = discount.meaning;
        if (!discount.price.note.empty())
            out["note"] = discount.price.note;
        return out;
    }
    out["fraction"] = jsonNumber(discount.fraction);
    out["basis"] = discount.basis;
    out["meaning"] = discount.meaning;
    writeSource(out, discount.price);
    if (!discount.families.empty()) {
        OrderedJson families = OrderedJson::array();
        for (const FamilyDiscount& family : discount.families) {
            OrderedJson entry;
            entry["family"] = family.family;
            entry["fraction"] = jsonNumber(family.fraction);
            if (!family.note.empty())
                entry["note"] = family.note;
            families.push_back(std::move(entry));
        }
        out["families"] = std::move(families);
    }
    return out;
}

} // namespace

Result<PriceBook> parsePriceBookJson(std::string_view text)
{
    Json json;
    try {
        json = Json::parse(text.begin(), text.end());
    } catch (const Json::exception& error) {
        // Not only parse_error: a number too large for a double ("2e+308") throws out_of_range.
        return Error { "price book is not valid JSON: " + std::string(error.what()) };
    }
    try {
        return readBook(json);
    } catch (const BookError& error) {
        return Error { error.what() };
    }
}

std::string writePriceBookJson(const PriceBook& book)
{
    OrderedJson out;
    out["format"] = kPriceBookFormatName;
    out["schema_version"] = kPriceBookSchemaVersion;
    out["name"] = book.name;
    out["currency"] = book.currency;
    out["as_of"] = formatIsoDate(book.asOf);
    if (!book.asOfNote.empty())
        out["as_of_note"] = book.asOfNote;
    if (!book.notes.empty())
        out["notes"] = book.notes;
    if (!book.generatedFrom.empty())
        out["generated_from"] = book.generatedFrom;
    out["units"] = { { "memory_bytes", "bytes (GiB * 2^30)" },
                     { "usd_per_hour", "USD per instance-hour, on-demand list price" },
                     { "usd_per_gb_month", "USD per GiB-month (2^30 bytes)" },
                     { "usd_per_gb", "USD per GiB transferred (2^30 bytes)" },
                     { "fraction", "share off the on-demand compute price, 0..1" },
                     { "month", "730 hours" } };
    OrderedJson clouds = OrderedJson::object();
    for (const CloudPrices& cloud : book.clouds) {
        OrderedJson c;
        c["region"] = cloud.region;
        OrderedJson instances = OrderedJson::array();
        for (const InstanceType& type : cloud.instances) {
            OrderedJson t;
            t["name"] = type.name;
            t["family"] = type.family;
            t["category"] = instanceCategoryKey(type.category);
            t["vcpus"] = type.vcpus;
            t["memory_bytes"] = jsonNumber(type.memoryBytes);
            t["usd_per_hour"] = jsonNumber(type.usdPerHour);
            writeSource(t, type.price);
            if (!type.specSource.empty())
                t["spec_source"] = type.specSource;
            if (!type.alternatives.empty())
                t["alternatives"] = type.alternatives;
            instances.push_back(std::move(t));
        }
        c["instances"] = std::move(instances);
        c["block_storage"] = writeUnitPrice(cloud.blockStorage, "usd_per_gb_month");
        c["object_storage"] = writeUnitPrice(cloud.objectStorage, "usd_per_gb_month");
        c["egress"] = writeUnitPrice(cloud.egress, "usd_per_gb");
        // A discount the book did not list stays unlisted: written as one, its empty "meaning" would not parse
        // back (found by tests/fuzz/FuzzPriceBookJson).
        OrderedJson discounts = OrderedJson::object();
        const std::pair<const char*, const Discount*> entries[]
            = { { "one_year", &cloud.oneYear }, { "three_year", &cloud.threeYear }, { "spot", &cloud.spot } };
        for (const auto& [key, discount] : entries)
            if (!(*discount == Discount {}))
                discounts[key] = writeDiscount(*discount);
        if (!discounts.empty())
            c["discounts"] = std::move(discounts);
        if (!cloud.note.empty())
            c["note"] = cloud.note;
        clouds[std::string(cloudKey(cloud.cloud))] = std::move(c);
    }
    out["clouds"] = std::move(clouds);
    if (book.specTierCosts.available) {
        const SpecTierCosts& spec = book.specTierCosts;
        OrderedJson s;
        s["ram_vs_ssd_usd_per_tb_month"] = jsonNumber(spec.ramVsSsdUsdPerTbMonth);
        s["ssd_usd_per_tb_month"] = jsonNumber(spec.ssdUsdPerTbMonth);
        s["object_usd_per_tb_month"] = jsonNumber(spec.objectUsdPerTbMonth);
        writeSource(s, spec.price);
        out["spec_tier_costs"] = std::move(s);
    }
    return out.dump(2) + "\n";
}

} // namespace ecw
