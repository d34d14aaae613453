// SPDX-License-Identifier: GPL-3.0-or-later
// The observed-state file: base units, unknown keys refused, every bad value named.
#include "OperationsJson.h"
#include "Units.h"

#include <gtest/gtest.h>

namespace ecw {
namespace {

TEST(ObservedStateJson, ReadsEveryFieldAndKeepsTheRest)
{
    const Result<ObservedState> state = parseObservedStateJson(
        R"({"cpu_percent": 78, "p99_latency_ms": 22.5, "cores": 4, "memory_bytes": 17179869184})",
        exampleObservedState());
    ASSERT_TRUE(state) << state.error();
    EXPECT_EQ(state->cpuPercent, 78);
    EXPECT_EQ(state->p99LatencyMs, 22.5);
    EXPECT_EQ(state->cores, 4);
    EXPECT_EQ(state->memoryBytes, 16 * kGiB);
    EXPECT_EQ(state->diskPercent, exampleObservedState().diskPercent);
    EXPECT_FALSE(state->diskBytes);
}

TEST(ObservedStateJson, RoundTrips)
{
    ObservedState state = exampleObservedState();
    state.cores = 6;
    const Result<ObservedState> back = parseObservedStateJson(writeObservedStateJson(state));
    ASSERT_TRUE(back) << back.error();
    EXPECT_EQ(back->cores, 6);
    EXPECT_EQ(back->walBytes, state.walBytes);
}

TEST(ObservedStateJson, BadInputIsNamed)
{
    EXPECT_NE(parseObservedStateJson("not json").error().find("not valid JSON"), std::string::npos);
    EXPECT_EQ(parseObservedStateJson("[1, 2]").error(), "observed state must be a JSON object of numbers");
    EXPECT_NE(parseObservedStateJson(R"({"cpu_percnt": 5})").error().find("unknown key 'cpu_percnt'"),
              std::string::npos);
    EXPECT_EQ(parseObservedStateJson(R"({"cpu_percent": "high"})").error(), "observed state: cpu_percent must be a number");
    EXPECT_EQ(parseObservedStateJson(R"({"cpu_percent": 101})", exampleObservedState()).error(),
              "observed state: cpu_percent must be between 0 and 100 (got 101)");
    EXPECT_EQ(parseObservedStateJson(R"({"iops_percent": -3})", exampleObservedState()).error(),
              "observed state: iops_percent must be between 0 and 100 (got -3)");
}

} // namespace
} // namespace ecw
