// SPDX-License-Identifier: GPL-3.0-or-later
// The option parser on its own: forms of options, positionals, and every rejection.
#include "CliArguments.h"

#include <gtest/gtest.h>

#include <array>

using namespace ecw;

namespace {

const std::array<OptionSpec, 4> kSpecs { {
    { "nodes", "N", false },
    { "set", "KEY=VALUE", true },
    { "help", "", false },
    { "format", "NAME", false },
} };

Result<CliArguments> parse(std::initializer_list<std::string_view> args)
{
    const std::vector<std::string_view> list(args);
    return CliArguments::parse(kSpecs, list);
}

std::string errorOf(std::initializer_list<std::string_view> args)
{
    const Result<CliArguments> parsed = parse(args);
    EXPECT_FALSE(parsed.ok());
    return parsed.ok() ? std::string() : parsed.error();
}

} // namespace

TEST(CliArguments, SeparateAndInlineValues)
{
    const Result<CliArguments> parsed = parse({ "--nodes", "5", "--format=json" });
    ASSERT_TRUE(parsed.ok()) << parsed.error();
    ASSERT_NE(parsed->value("nodes"), nullptr);
    EXPECT_EQ(*parsed->value("nodes"), "5");
    EXPECT_EQ(*parsed->value("format"), "json");
    EXPECT_FALSE(parsed->has("help"));
    EXPECT_EQ(parsed->value("set"), nullptr);
}

TEST(CliArguments, NegativeNumbersAreValuesAndPositionals)
{
    const Result<CliArguments> parsed = parse({ "--nodes", "-5", "-0.5", "7" });
    ASSERT_TRUE(parsed.ok()) << parsed.error();
    EXPECT_EQ(*parsed->value("nodes"), "-5");
    EXPECT_EQ(parsed->positionals(), (std::vector<std::string> { "-0.5", "7" }));
}

TEST(CliArguments, RepeatableOptionsKeepOrder)
{
    const Result<CliArguments> parsed = parse({ "--set", "a=1", "--set=b=2" });
    ASSERT_TRUE(parsed.ok()) << parsed.error();
    EXPECT_EQ(parsed->values("set"), (std::vector<std::string> { "a=1", "b=2" }));
}

TEST(CliArguments, ShortHelpAndDoubleDash)
{
    const Result<CliArguments> parsed = parse({ "-h", "--", "--nodes" });
    ASSERT_TRUE(parsed.ok()) << parsed.error();
    EXPECT_TRUE(parsed->has("help"));
    EXPECT_EQ(parsed->positionals(), (std::vector<std::string> { "--nodes" }));
}

TEST(CliArguments, Rejections)
{
    EXPECT_EQ(errorOf({ "--nodse", "5" }), "unknown option '--nodse' (did you mean --nodes?)");
    EXPECT_EQ(errorOf({ "--frobnicate" }), "unknown option '--frobnicate'");
    EXPECT_EQ(errorOf({ "-x" }), "unknown option '-x'");
    EXPECT_EQ(errorOf({ "--nodes" }), "--nodes needs a value (N)");
    EXPECT_EQ(errorOf({ "--nodes", "--format", "json" }), "--nodes needs a value (N)");
    EXPECT_EQ(errorOf({ "--nodes", "1", "--nodes", "2" }), "--nodes given more than once");
    EXPECT_EQ(errorOf({ "--nodes=1", "--nodes=1" }), "--nodes given more than once");
    EXPECT_EQ(errorOf({ "--help=yes" }), "--help takes no value (got '--help=yes')");
    EXPECT_EQ(errorOf({ "-h", "--help" }), "--help given more than once");
}

TEST(CliArguments, EmptyInlineValueIsKeptForTheCallerToJudge)
{
    const Result<CliArguments> parsed = parse({ "--nodes=" });
    ASSERT_TRUE(parsed.ok()) << parsed.error();
    EXPECT_EQ(*parsed->value("nodes"), "");
}
