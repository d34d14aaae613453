// SPDX-License-Identifier: GPL-3.0-or-later
// Properties over random scenarios (fixed-seed std::mt19937 over every input's range): totals are the sums of their
// items, more nodes never need less, nothing is NaN, infinite or negative, tiers sum to nodes.
#include "ModelTestSupport.h"

#include "Validation.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <random>
#include <vector>

namespace ecw::test {
namespace {

constexpr int kScenarios = 3000;

// A value of one input drawn from its whole range: log-uniform for inputs that span decades (with their minimum,
// often 0, drawn now and then too), uniform otherwise; whole numbers where the input wants one.
double drawInput(const InputSpec& spec, std::mt19937& random)
{
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    double value = 0;
    if (unit(random) < 0.05) {
        value = unit(random) < 0.5 ? spec.minimum : spec.maximum;
    } else if (spec.logarithmic) {
        const double low = std::log10(std::max(spec.minimum, 1.0));
        const double high = std::log10(spec.maximum);
        value = std::pow(10.0, low + (high - low) * unit(random));
    } else {
        value = spec.minimum + (spec.maximum - spec.minimum) * unit(random);
    }
    if (spec.wholeNumber)
        value = std::round(value);
    return std::clamp(value, spec.minimum, spec.maximum);
}

Scenario drawScenario(std::mt19937& random)
{
    Scenario s;
    for (const InputSpec& spec : inputSpecs())
        s.set(spec.id, drawInput(spec, random));
    return s;
}

std::vector<Scenario> randomScenarios(unsigned seed, int count)
{
    std::mt19937 random(seed);
    std::vector<Scenario> scenarios;
    scenarios.reserve(count);
    for (int i = 0; i < count; ++i)
        scenarios.push_back(drawScenario(random));
    return scenarios;
}

// Equal up to the last bits: the model adds in the item order, so this is exact in practice.
void expectSum(const Estimate& e, std::string_view total, Section section)
{
    const double expected = sumOfParts(e, section);
    EXPECT_NEAR(valueOf(e, total), expected, 1e-12 * std::max(1.0, expected))
        << total << " in " << profileName(e.profile);
}

TEST(Properties, GeneratedScenariosAreValid)
{
    for (const Scenario& s : randomScenarios(1, 200))
        EXPECT_TRUE(validate(s).empty());
}

TEST(Properties, TotalsEqualTheSumOfTheirItems)
{
    for (const Scenario& s : randomScenarios(11, kScenarios)) {
        for (Profile profile : { Profile::Reference, Profile::Full }) {
            const Estimate e = estimate(s, {}, profile);
            expectSum(e, "memory.total", Section::Memory);
            expectSum(e, "cpu.total", Section::Cpu);
            expectSum(e, "storage.total", Section::Storage);
            if (HasFailure())
                return;
        }
    }
}

TEST(Properties, NothingIsNaNInfiniteOrNegative)
{
    for (const Scenario& s : randomScenarios(12, kScenarios)) {
        for (Profile profile : { Profile::Reference, Profile::Full }) {
            const Estimate e = estimate(s, {}, profile);
            for (const LineItem& item : e.items) {
                EXPECT_TRUE(std::isfinite(item.value)) << item.id;
                EXPECT_GE(item.value, 0.0) << item.id;
                EXPECT_FALSE(std::signbit(item.value)) << item.id << " is -0";
                for (std::uint8_t k = 0; k < item.operandCount; ++k)
                    EXPECT_TRUE(std::isfinite(item.operands[k].value)) << item.id;
            }
            if (HasFailure())
                return;
        }
    }
}

TEST(Properties, TiersSumToNodes)
{
    for (const Scenario& s : randomScenarios(13, kScenarios)) {
        for (Profile profile : { Profile::Reference, Profile::Full }) {
            const Estimate e = estimate(s, {}, profile);
            const double hot = valueOf(e, "tiers.hot_nodes");
            const double warm = valueOf(e, "tiers.warm_nodes");
            const double cold = valueOf(e, "tiers.cold_nodes");
            EXPECT_EQ(hot + warm + cold, s[I::Nodes]);
            EXPECT_EQ(hot, std::floor(hot)); // whole nodes
            EXPECT_LE(std::fabs(hot - s[I::Nodes] * s[I::ActiveRatio]), 0.5);
            EXPECT_LE(warm, 3 * hot);
            EXPECT_LE(valueOf(e, "edges.hot"), valueOf(e, "edges.total"));
            if (HasFailure())
                return;
        }
    }
}

TEST(Properties, RecommendationsRoundUpToWholeUnits)
{
    const ModelConstants k;
    for (const Scenario& s : randomScenarios(14, kScenarios)) {
        for (Profile profile : { Profile::Reference, Profile::Full }) {
            const Estimate e = estimate(s, k, profile);
            struct Check
            {
                const char* total;
                const char* recommended;
                double headroom;
                double unit;
            };
            const double coreStep = profile == Profile::Full ? 2.0 : 1.0;
            const Check checks[] = {
                { "memory.total", "memory.recommended", k[C::MemoryHeadroom], kGiB },
                { "storage.total", "storage.recommended", k[C::StorageHeadroom], kGiB },
                { "cpu.total", "cpu.recommended", k[C::CpuHeadroom], coreStep },
            };
            for (const Check& c : checks) {
                const double needed = valueOf(e, c.total) * c.headroom;
                const double recommended = valueOf(e, c.recommended);
                EXPECT_EQ(std::fmod(recommended, c.unit), 0.0) << c.recommended << " = " << recommended;
                // Up, give or take the one part in 10^9 that ceilTolerant treats as floating-point noise.
                EXPECT_GE(recommended, needed * (1 - 1e-9)) << c.recommended;
                EXPECT_LT(recommended, needed + c.unit) << c.recommended;
            }
            if (HasFailure())
                return;
        }
    }
}

TEST(Properties, MoreNodesNeverNeedLess)
{
    std::mt19937 random(15);
    std::uniform_real_distribution<double> growth(0.0, 2.0);
    std::uniform_int_distribution<int> step(1, 5);
    const char* monotone[] = { "memory.total", "memory.recommended", "storage.total",   "storage.recommended",
                               "cpu.total",    "cpu.recommended",    "tiers.hot_nodes", "edges.total" };
    for (int i = 0; i < kScenarios; ++i) {
        Scenario smaller = drawScenario(random);
        const double nodes = smaller[I::Nodes];
        Scenario larger = smaller;
        // Half the pairs differ by a few nodes (where rounding of hot and warm could bite), half by up to 3x.
        const double more = i % 2 ? nodes + step(random) : std::round(nodes * (1.0 + growth(random))) + 1;
        if (more > inputSpec(I::Nodes).maximum)
            continue;
        larger.set(I::Nodes, more);
        for (Profile profile : { Profile::Reference, Profile::Full }) {
            const Estimate a = estimate(smaller, {}, profile);
            const Estimate b = estimate(larger, {}, profile);
            for (const char* id : monotone)
                EXPECT_GE(valueOf(b, id), valueOf(a, id))
                    << id << ": " << nodes << " -> " << more << " nodes, active ratio " << smaller[I::ActiveRatio]
                    << ", " << profileName(profile);
        }
        if (HasFailure())
            return;
    }
}

TEST(Properties, MoreOperationsNeverNeedLess)
{
    std::mt19937 random(16);
    std::uniform_real_distribution<double> growth(0.0, 3.0);
    const char* monotone[] = { "memory.total", "storage.total", "cpu.total", "cpu.recommended" };
    for (int i = 0; i < kScenarios / 3; ++i) {
        Scenario smaller = drawScenario(random);
        Scenario larger = smaller;
        const double more = smaller[I::OpsPerSec] * (1.0 + growth(random)) + 1;
        if (more > inputSpec(I::OpsPerSec).maximum)
            continue;
        larger.set(I::OpsPerSec, more);
        for (Profile profile : { Profile::Reference, Profile::Full }) {
            const Estimate a = estimate(smaller, {}, profile);
            const Estimate b = estimate(larger, {}, profile);
            for (const char* id : monotone)
                EXPECT_GE(valueOf(b, id), valueOf(a, id)) << id;
        }
        if (HasFailure())
            return;
    }
}

TEST(Properties, EstimateIntoReusesStorageAndGivesTheSameResult)
{
    Estimate reused;
    for (const Scenario& s : randomScenarios(17, 500)) {
        for (Profile profile : { Profile::Full, Profile::Reference }) {
            estimateInto(reused, s, {}, profile);
            const Estimate fresh = estimate(s, {}, profile);
            ASSERT_EQ(reused.items.size(), fresh.items.size());
            for (std::size_t i = 0; i < fresh.items.size(); ++i) {
                EXPECT_EQ(reused.items[i].id, fresh.items[i].id);
                EXPECT_EQ(reused.items[i].value, fresh.items[i].value) << fresh.items[i].id;
                EXPECT_EQ(reused.items[i].substituted(), fresh.items[i].substituted());
                // Reused storage keeps nothing of the earlier estimate behind the operand count.
                for (std::size_t k = reused.items[i].operandCount; k < LineItem::kMaxOperands; ++k) {
                    EXPECT_TRUE(reused.items[i].operands[k].symbol.empty()) << fresh.items[i].id;
                    EXPECT_EQ(reused.items[i].operands[k].value, 0.0) << fresh.items[i].id;
                }
            }
            ASSERT_EQ(reused.findings.size(), fresh.findings.size());
            for (std::size_t i = 0; i < fresh.findings.size(); ++i) {
                EXPECT_EQ(reused.findings[i].id, fresh.findings[i].id);
                EXPECT_EQ(reused.findings[i].reason, fresh.findings[i].reason);
            }
            EXPECT_EQ(reused.scenario, s);
            EXPECT_EQ(reused.profile, profile);
        }
        if (HasFailure())
            return;
    }
}

} // namespace
} // namespace ecw::test
