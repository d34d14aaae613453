// SPDX-License-Identifier: GPL-3.0-or-later
// The CSV estimate: header, one RFC 4180 row per line item, and values that parse back exactly.
#include "EstimateCsv.h"
#include "CapacityModel.h"
#include "CsvParser.h"

#include <gtest/gtest.h>

#include <charconv>

using namespace ecw;

namespace {

double parseDouble(const std::string& text)
{
    double value = -1;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    EXPECT_TRUE(ec == std::errc() && end == text.data() + text.size()) << "not a plain number: " << text;
    return value;
}

} // namespace

TEST(EstimateCsv, HeaderAndCrLfLines)
{
    const std::string csv = writeEstimateCsv(estimate(Scenario {}));
    EXPECT_EQ(csv.rfind("id,label,value,unit,formula\r\n", 0), 0u);
    // Every line break is CRLF (RFC 4180); a bare LF would only be legal inside a quoted field.
    for (std::size_t i = 0; i < csv.size(); ++i) {
        if (csv[i] == '\n') {
            ASSERT_TRUE(i > 0 && csv[i - 1] == '\r') << "bare LF at " << i;
        }
    }
}

TEST(EstimateCsv, ParsesBackToTheModelValues)
{
    Scenario scenario;
    scenario.set(InputId::Nodes, 123456789);
    scenario.set(InputId::ActiveRatio, 0.037);
    scenario.set(InputId::OpsPerSec, 2500.5);
    for (Profile profile : { Profile::Full, Profile::Reference }) {
        const Estimate e = estimate(scenario, {}, profile);
        const Result<std::vector<CsvRow>> rows = parseCsv(writeEstimateCsv(e));
        ASSERT_TRUE(rows.ok()) << rows.error();
        ASSERT_EQ(rows->size(), e.items.size() + 1);
        EXPECT_EQ((*rows)[0], (CsvRow { "id", "label", "value", "unit", "formula" }));
        for (std::size_t i = 0; i < e.items.size(); ++i) {
            const CsvRow& row = (*rows)[i + 1];
            const LineItem& item = e.items[i];
            ASSERT_EQ(row.size(), 5u) << item.id;
            EXPECT_EQ(row[0], item.id);
            EXPECT_EQ(row[1], item.label);
            EXPECT_EQ(parseDouble(row[2]), item.value) << item.id;
            EXPECT_EQ(row[3], unitName(item.unit));
            EXPECT_EQ(row[4], item.formula);
        }
    }
}

TEST(EstimateCsv, FormulasWithCommasAreQuoted)
{
    const std::string csv = writeEstimateCsv(estimate(Scenario {}));
    EXPECT_NE(csv.find("\"max(replication, backup) + client * PEAK_CLIENT_FACTOR\""), std::string::npos);
}

TEST(EstimateCsv, BaseUnitsAndPlainDigits)
{
    const std::string csv = writeEstimateCsv(estimate(Scenario {}));
    EXPECT_NE(csv.find("\r\nmemory.hot_tier,Hot tier,710400000,bytes,"), std::string::npos);
    EXPECT_NE(csv.find("\r\ntiers.hot_nodes,Hot tier nodes,100000,nodes,"), std::string::npos);
}
