// SPDX-License-Identifier: GPL-3.0-or-later
// RFC 4180 writing and reading: quoting rules, CRLF rows, and the reader as the writer's inverse.
#include "CsvWriter.h"
#include "CsvParser.h"

#include <gtest/gtest.h>

using namespace ecw;

TEST(CsvWriter, QuotesOnlyFieldsThatNeedIt)
{
    EXPECT_EQ(CsvWriter::escape("plain"), "plain");
    EXPECT_EQ(CsvWriter::escape(""), "");
    EXPECT_EQ(CsvWriter::escape("a,b"), "\"a,b\"");
    EXPECT_EQ(CsvWriter::escape("say \"hi\""), "\"say \"\"hi\"\"\"");
    EXPECT_EQ(CsvWriter::escape("two\nlines"), "\"two\nlines\"");
    EXPECT_EQ(CsvWriter::escape("cr\rhere"), "\"cr\rhere\"");
    EXPECT_EQ(CsvWriter::escape(" padded"), "\" padded\"");
}

TEST(CsvWriter, RowsEndWithCrLf)
{
    CsvWriter writer;
    writer.row({ "a", "b,c", "" });
    writer.field("x").number(0.5).number(1e6).number(-2.25);
    writer.endRow();
    EXPECT_EQ(writer.text(), "a,\"b,c\",\r\nx,0.5,1000000,-2.25\r\n");
}

TEST(CsvWriter, BlankLineSeparatesSections)
{
    CsvWriter writer;
    writer.row({ "section", "one" });
    writer.blankLine();
    writer.row({ "section", "two" });
    EXPECT_EQ(writer.text(), "section,one\r\n\r\nsection,two\r\n");
}

TEST(CsvParser, ReadsBackWhatTheWriterWrote)
{
    const std::vector<CsvRow> rows { { "id", "label" }, { "a,b", "say \"hi\"" }, { "multi\r\nline", "" }, { "", "x" } };
    CsvWriter writer;
    for (const CsvRow& row : rows) {
        for (const std::string& field : row)
            writer.field(field);
        writer.endRow();
    }
    const Result<std::vector<CsvRow>> parsed = parseCsv(writer.text());
    ASSERT_TRUE(parsed.ok()) << parsed.error();
    EXPECT_EQ(*parsed, rows);
}

TEST(CsvParser, AcceptsLfAndMissingFinalLineBreak)
{
    const Result<std::vector<CsvRow>> parsed = parseCsv("a,b\nc,\"d\"");
    ASSERT_TRUE(parsed.ok()) << parsed.error();
    EXPECT_EQ(*parsed, (std::vector<CsvRow> { { "a", "b" }, { "c", "d" } }));
}

TEST(CsvParser, RejectsBrokenQuoting)
{
    const Result<std::vector<CsvRow>> unterminated = parseCsv("a,b\r\n\"never closed,x\r\n");
    ASSERT_FALSE(unterminated.ok());
    EXPECT_EQ(unterminated.error(), "CSV line 2: quoted field is never closed");
    const Result<std::vector<CsvRow>> trailing = parseCsv("\"quoted\"junk,b\r\n");
    ASSERT_FALSE(trailing.ok());
    EXPECT_EQ(trailing.error(), "CSV line 1: unexpected text after a closing quote");
}
