// SPDX-License-Identifier: GPL-3.0-or-later
// Calibration recovers the synthetic generator's truth: the hot tier is 25% bigger and the WAL 20% smaller than the
// default constants say, nodes grow 2% a day compounded, everything else is what the model predicts.
#include "BuiltinPriceBook.h"
#include "Calibration.h"
#include "CapacityModel.h"
#include "PriceBookJson.h"
#include "SyntheticTelemetry.h"

#include <gtest/gtest.h>

#include <cmath>

namespace ecw {
namespace {

constexpr double kEnd = 1796000000; // 2026-11-30, a fixed time so runs repeat

const ComparisonRow& row(const Calibration& c, std::string_view key)
{
    for (const ComparisonRow& r : c.rows)
        if (r.key == key)
            return r;
    ADD_FAILURE() << "no row " << key;
    static ComparisonRow none;
    return none;
}

const ConstantProposal* proposal(const Calibration& c, ConstantId id)
{
    for (const ConstantProposal& p : c.proposals)
        if (p.constant == id)
            return &p;
    return nullptr;
}

class CalibrationTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        truth = new SyntheticTruth(defaultSyntheticTruth(kEnd));
        telemetry = new TelemetrySet(generateTelemetry(*truth));
        book = new PriceBook(*parsePriceBookJson(builtinPriceBookJson()));
    }
    static void TearDownTestSuite()
    {
        delete truth;
        delete telemetry;
        delete book;
    }
    static Calibration run()
    {
        ScenarioDocument document;
        document.scenario = truth->start;
        Result<Calibration> c = calibrate(*telemetry, document, book);
        EXPECT_TRUE(c.ok()) << (c.ok() ? "" : c.error());
        return std::move(c).value();
    }
    static inline SyntheticTruth* truth = nullptr;
    static inline TelemetrySet* telemetry = nullptr;
    static inline PriceBook* book = nullptr;
};

TEST_F(CalibrationTest, ObservedInputsAreTheGeneratorsLastState)
{
    const Calibration c = run();
    // nodes(14) = 1,000,000 * 1.02^14 = 1,319,479; hot = round(0.1 * nodes).
    EXPECT_NEAR(c.observed.nodes, std::round(1e6 * std::pow(1.02, 14)), 2);
    EXPECT_NEAR(c.observed.activeRatio, 0.1, 1e-4);
    // The daily cycle averages out over the last day: ops = 4,000 * nodes / 1e6 (within noise and the one-day trend).
    EXPECT_NEAR(c.observed.opsPerSec, 4000 * c.observed.nodes / 1e6, 0.02 * 4000 * c.observed.nodes / 1e6);
    ASSERT_TRUE(c.observed.writeFraction.has_value());
    EXPECT_NEAR(*c.observed.writeFraction, truth->start[InputId::WriteFraction], 1e-9);
    EXPECT_EQ(c.observed.coresProvisioned, 8);
}

TEST_F(CalibrationTest, ErrorTableFlagsTheHotTierAndTheWal)
{
    const Calibration c = run();
    // Predicted with HASH_TABLE_OVERHEAD = 1.5 against observed with 1.875: 1.5 / 1.875 - 1 = -20%.
    EXPECT_NEAR(row(c, "memory.hot").relativeError, -0.20, 0.02);
    EXPECT_TRUE(row(c, "memory.hot").flagged);
    // WAL predicted with 256-byte records against 204.8 observed: 256 / 204.8 - 1 = +25%.
    EXPECT_NEAR(row(c, "storage.wal").relativeError, 0.25, 0.03);
    EXPECT_TRUE(row(c, "storage.wal").flagged);
    for (std::string_view key : { "memory.warm", "memory.cold", "storage.warm", "storage.cold", "cpu.cores" }) {
        EXPECT_TRUE(row(c, key).observedAvailable) << key;
        EXPECT_LT(std::fabs(row(c, key).relativeError), 0.03) << key;
        EXPECT_FALSE(row(c, key).flagged) << key;
    }
    EXPECT_EQ(c.flaggedCount(), 2u);
}

TEST_F(CalibrationTest, ProposalsRecoverTheTruthsConstants)
{
    const Calibration c = run();
    const ConstantProposal* hash = proposal(c, ConstantId::HashTableOverhead);
    ASSERT_NE(hash, nullptr);
    EXPECT_NEAR(hash->proposed, 1.875, 1.875 * 0.02);
    EXPECT_TRUE(hash->recommended);
    EXPECT_TRUE(hash->inRange);
    const ConstantProposal* wal = proposal(c, ConstantId::WalRecordBytes);
    ASSERT_NE(wal, nullptr);
    EXPECT_NEAR(wal->proposed, 204.8, 204.8 * 0.03);
    EXPECT_TRUE(wal->recommended);

    // Applied, the model predicts within the bar: calibration closes the gap it found.
    ScenarioDocument document;
    document.scenario = truth->start;
    const std::vector<std::string> applied = applyProposals(document, c, { "hash_table_overhead", "wal_record_bytes" },
                                                            "2026-12-06T12:00:00Z");
    EXPECT_EQ(applied.size(), 2u);
    ASSERT_EQ(document.calibrations.size(), 2u);
    EXPECT_EQ(document.calibrations[0].constant, "hash_table_overhead");
    EXPECT_EQ(document.calibrations[0].previous, 1.5);
    EXPECT_EQ(document.calibrations[0].source, "file synthetic");
    EXPECT_NE(document.calibrations[0].window.find(" to "), std::string::npos);
    const Calibration again = *calibrate(*telemetry, document, book);
    EXPECT_LT(std::fabs(row(again, "memory.hot").relativeError), 0.02);
    EXPECT_LT(std::fabs(row(again, "storage.wal").relativeError), 0.03);
    EXPECT_EQ(again.flaggedCount(), 0u);
}

TEST_F(CalibrationTest, GrowthFitChoosesCompoundAndRecoversTheRate)
{
    const Calibration c = run();
    EXPECT_TRUE(c.growth.compoundChosen) << c.growth.why;
    EXPECT_NEAR(c.growth.compound.expected, 0.02, 0.0005);
    EXPECT_LE(c.growth.compound.low, 0.02);
    EXPECT_GE(c.growth.compound.high, 0.02);
    EXPECT_LT(c.growth.compound.rmse, c.growth.linear.rmse);
    // The fitted rates become the forecast's bands.
    EXPECT_EQ(c.observedDocument.forecast.model, GrowthModel::Compound);
    EXPECT_DOUBLE_EQ(c.observedDocument.forecast.rateExpected, c.growth.compound.expected);
    // 30 days on: 1.02^44 * 1e6 by the compound fit; the straight line undershoots it.
    EXPECT_NEAR(c.growth.predictChosen(30), 1e6 * std::pow(1.02, 44), 1e6 * std::pow(1.02, 44) * 0.01);
    EXPECT_LT(c.growth.predictLinear(30), c.growth.predictChosen(30));
}

TEST_F(CalibrationTest, LinearGrowthIsRecognisedAsLinear)
{
    SyntheticTruth flat = *truth;
    flat.dailyGrowth = 0;
    TelemetrySet set = generateTelemetry(flat);
    // The node counts become a line of 20,000 nodes a day.
    for (Series& s : set.series)
        if (s.metric == "engram_nodes")
            for (Sample& sample : s.samples) {
                const double day = (sample.time - set.source.start) / 86400;
                const double share = s.label("tier") == "hot" ? 0.1 : (s.label("tier") == "warm" ? 0.2 : 0.7);
                sample.value = share * (1e6 + 20000 * day);
            }
    const GrowthFit fit = fitGrowth(sumSeries(set.find("engram_nodes")));
    EXPECT_FALSE(fit.compoundChosen) << fit.why;
    EXPECT_NEAR(fit.linear.expected, 20000, 50);
}

TEST_F(CalibrationTest, RightSizingRecoversTheTruthsPeakAndAverage)
{
    const Calibration c = run();
    const VpaRecommendation& v = c.rightSizing.vpa;
    // Truth at the last day's cycle peak: cpu.total at ops = 4,000 * nodes/1e6 * 1.3.
    Scenario end = truth->start;
    end.set(InputId::Nodes, c.observed.nodes);
    end.set(InputId::OpsPerSec, 4000 * c.observed.nodes / 1e6 * 1.3);
    const double peakCores = estimate(end, truth->constants).value("cpu.total");
    EXPECT_NEAR(v.cpuPeak, peakCores, peakCores * 0.03);
    EXPECT_NEAR(c.rightSizing.phases[1].cores, 1.3 * peakCores, 1.3 * peakCores * 0.03);
    EXPECT_GT(v.cpuP95, v.cpuP90);
    EXPECT_GT(v.cpuP90, v.cpuP50);
    EXPECT_NEAR(v.historyDays, 14 - 2.0 / 24, 0.01); // the two-hour outage is not history
    EXPECT_FALSE(v.shortHistory);
    EXPECT_NEAR(v.confidence, 1 - std::exp(-v.historyDays / 7), 1e-12);
    EXPECT_DOUBLE_EQ(v.memoryTarget, v.memoryPeak * 1.15);

    // Phase 1 is 2x the calculated baseline; the later phases cost less on every cloud, by more than 30% at phase 3.
    EXPECT_DOUBLE_EQ(c.rightSizing.phases[0].cores, 2 * c.predicted.value("cpu.recommended"));
    ASSERT_TRUE(c.rightSizing.priced);
    for (std::size_t k = 0; k < c.rightSizing.phases[0].clouds.size(); ++k) {
        const PhaseCloudCost& p1 = c.rightSizing.phases[0].clouds[k];
        const PhaseCloudCost& p3 = c.rightSizing.phases[2].clouds[k];
        ASSERT_TRUE(p1.available);
        ASSERT_TRUE(p3.available);
        EXPECT_GT(p3.savingsFraction, 0.30) << cloudKey(p1.cloud);
        EXPECT_DOUBLE_EQ(p3.savingsVsPhase1, p1.monthly - p3.monthly);
    }
}

TEST_F(CalibrationTest, ShortHistoryWarns)
{
    SyntheticTruth shortRun = *truth;
    shortRun.days = 3;
    shortRun.outageStartDay = -1;
    ScenarioDocument document;
    const Calibration c = *calibrate(generateTelemetry(shortRun), document, book);
    EXPECT_TRUE(c.rightSizing.vpa.shortHistory);
    EXPECT_NEAR(c.rightSizing.vpa.confidence, 1 - std::exp(-3.0 / 7), 1e-3);
    bool warned = false;
    for (const Finding& f : c.findings)
        warned = warned || f.id == "warning.telemetry_short_history";
    EXPECT_TRUE(warned);
}

TEST_F(CalibrationTest, MissingTierIsNamedAndItsRowLeftOut)
{
    SyntheticTruth missing = *truth;
    missing.omitColdMemory = true;
    ScenarioDocument document;
    document.scenario = truth->start;
    const Calibration c = *calibrate(generateTelemetry(missing), document, book);
    EXPECT_FALSE(row(c, "memory.cold").observedAvailable);
    EXPECT_FALSE(row(c, "memory.cold").flagged);
    bool named = false;
    for (const Finding& f : c.findings)
        named = named || f.message.find("engram_memory_usage_bytes{tier=\"cold\"}") != std::string::npos;
    EXPECT_TRUE(named);
    EXPECT_TRUE(row(c, "memory.hot").flagged); // the rest still compares
}

TEST_F(CalibrationTest, MissingRequiredMetricIsAnError)
{
    TelemetrySet set = *telemetry;
    std::erase_if(set.series, [](const Series& s) { return s.metric == "engram_wal_size_bytes"; });
    const Result<Calibration> c = calibrate(set, ScenarioDocument {}, book);
    ASSERT_FALSE(c.ok());
    EXPECT_NE(c.error().find("engram_wal_size_bytes has no samples"), std::string::npos) << c.error();
}

} // namespace
} // namespace ecw
