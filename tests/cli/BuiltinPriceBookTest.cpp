// SPDX-License-Identifier: GPL-3.0-or-later
// The price book compiled into the CLI is the committed one, byte for byte, and parses.
#include "BuiltinPriceBook.h"
#include "PriceBookJson.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

using namespace ecw;

TEST(BuiltinPriceBook, IsTheCommittedFileByteForByte)
{
    std::ifstream in(std::string(ECW_SOURCE_DIR) + "/resources/pricebook/engram-pricebook.json", std::ios::binary);
    ASSERT_TRUE(in);
    std::ostringstream file;
    file << in.rdbuf();
    EXPECT_EQ(builtinPriceBookJson(), file.str());
}

TEST(BuiltinPriceBook, ParsesOnceToTheSameBook)
{
    const Result<std::shared_ptr<const PriceBook>>& book = builtinPriceBook();
    ASSERT_TRUE(book.ok()) << book.error();
    const Result<PriceBook> direct = parsePriceBookJson(builtinPriceBookJson());
    ASSERT_TRUE(direct.ok());
    EXPECT_EQ(**book, *direct);
    EXPECT_EQ(builtinPriceBook().value().get(), book.value().get()); // parsed once, shared
    for (Cloud cloud : kClouds)
        EXPECT_NE((*book)->find(cloud), nullptr) << cloudKey(cloud);
    EXPECT_EQ(formatIsoDate((*book)->asOf), "2023-01-01");
}
