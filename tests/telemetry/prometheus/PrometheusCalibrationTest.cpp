// SPDX-License-Identifier: GPL-3.0-or-later
// Calibration against a real Prometheus, backfilled with the synthetic telemetry (known truth), and the faults a
// planner meets: the server stopped halfway, a 500, an unknown metric, an empty window, a closed port, a tier
// missing. Then the CLI on the same server, and its bad input (exit 2, nothing written).
#include "AtomicFile.h"
#include "Calibration.h"
#include "BuiltinPriceBook.h"
#include "PriceBookJson.h"
#include "PrometheusClient.h"
#include "PrometheusProcess.h"
#include "ProcessRunner.h"
#include "SyntheticTelemetry.h"
#include "TelemetryFiles.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <cmath>
#include <ctime>
#include <filesystem>
#include <fstream>

namespace ecw {
namespace {

using test::FakeHttpServer;
using test::HttpAnswer;
using test::PrometheusProcess;

// The data ends three hours ago (out of Prometheus's head block), on a whole minute.
double dataEnd()
{
    return std::floor(static_cast<double>(std::time(nullptr)) / 60) * 60 - 3 * 3600;
}

std::string workDir()
{
    const ::testing::TestInfo* info = ::testing::UnitTest::GetInstance()->current_test_info();
    return std::string(ECW_WORK_DIR) + "/" + info->test_suite_name() + "." + info->name();
}

struct Backfilled
{
    double end = dataEnd();
    SyntheticTruth truth = defaultSyntheticTruth(end);
    std::unique_ptr<PrometheusProcess> server;

    explicit Backfilled(bool omitColdMemory = false)
    {
        truth.omitColdMemory = omitColdMemory;
        const std::string dir = workDir();
        std::filesystem::create_directories(dir);
        const std::string file = dir + ".om";
        EXPECT_TRUE(writeFileAtomically(file, writeOpenMetrics(generateTelemetry(truth))).ok());
        server = std::make_unique<PrometheusProcess>(dir, file);
    }
    PrometheusRequest request() const
    {
        PrometheusRequest r;
        r.baseUrl = server->url();
        r.end = end;
        r.start = end - 14 * 86400;
        r.retries = 1;
        r.retryDelaySeconds = 0.05;
        return r;
    }
};

const ComparisonRow& row(const Calibration& c, std::string_view key)
{
    for (const ComparisonRow& r : c.rows)
        if (r.key == key)
            return r;
    static ComparisonRow none;
    ADD_FAILURE() << key;
    return none;
}

PriceBook builtinBook()
{
    return *parsePriceBookJson(builtinPriceBookJson());
}

TEST(PrometheusCalibration, RecoversTheTruthFromARealServer)
{
    Backfilled fixture;
    ASSERT_TRUE(fixture.server->running()) << fixture.server->error();
    std::size_t progressCalls = 0;
    const Result<PrometheusFetch> fetched = fetchPrometheusTelemetry(
        fixture.request(), [&](std::size_t, std::size_t, const std::string&) { ++progressCalls; });
    ASSERT_TRUE(fetched.ok()) << fetched.error();
    // 14 days at 60 s are 20,161 points per series: two query_range calls per metric, none over 11,000 points.
    EXPECT_EQ(progressCalls % 2, 0u);
    EXPECT_GE(progressCalls, 12u);
    const Series* hot = fetched->telemetry.find("engram_nodes", "tier", "hot");
    ASSERT_NE(hot, nullptr);
    // Every minute but the two-hour outage (Prometheus looks back five minutes, so 5 of its minutes still answer).
    EXPECT_NEAR(static_cast<double>(hot->samples.size()), 20161 - 120 + 5, 8);
    ASSERT_TRUE(fetched->predictLinear.has_value());

    CalibrationOptions options;
    options.serverPredictLinear = fetched->predictLinear;
    ScenarioDocument document;
    document.scenario = fixture.truth.start;
    const PriceBook book = builtinBook();
    const Result<Calibration> c = calibrate(fetched->telemetry, document, &book, options);
    ASSERT_TRUE(c.ok()) << c.error();
    EXPECT_NEAR(row(*c, "memory.hot").relativeError, -0.20, 0.02);
    EXPECT_NEAR(row(*c, "storage.wal").relativeError, 0.25, 0.03);
    EXPECT_EQ(c->flaggedCount(), 2u);
    EXPECT_TRUE(c->growth.compoundChosen);
    EXPECT_NEAR(c->growth.compound.expected, 0.02, 0.0005);
    // Prometheus's predict_linear over the same window is least squares too: the same line to within the sampling.
    EXPECT_NEAR(*fetched->predictLinear, c->growth.predictLinear(30), c->growth.predictLinear(30) * 0.01);
    for (const PhaseCloudCost& cloud : c->rightSizing.phases[2].clouds)
        EXPECT_GT(cloud.savingsFraction, 0.30) << cloudKey(cloud.cloud);
    EXPECT_EQ(c->source.server, fixture.server->url());
}

TEST(PrometheusCalibration, CliReadsTheServerAndWritesJson)
{
    Backfilled fixture;
    ASSERT_TRUE(fixture.server->running()) << fixture.server->error();
    const std::string scenario = workDir() + "/calibrated.json";
    const test::ProcessResult run = test::runProcess(
        { ECW_CLI_BINARY, "calibrate", "--prometheus", fixture.server->url(), "--window", "14d", "--end",
          std::to_string(static_cast<long long>(fixture.end)), "--nodes", "1000000", "--ops-per-sec", "4000",
          "--apply", "recommended", "--save-scenario", scenario, "--format", "json" });
    ASSERT_EQ(run.exitCode, 0) << run.err;
    const nlohmann::json report = nlohmann::json::parse(run.out, nullptr, false);
    ASSERT_FALSE(report.is_discarded()) << run.out.substr(0, 400);
    // The server's own predict_linear is asked for over the same window and reported beside the fit: a number
    // (not null) within 1% of the least-squares line's 30-day prediction.
    const nlohmann::json& growth = report["growth_fit"];
    ASSERT_TRUE(growth["prometheus_predict_linear"].is_number()) << growth.dump(2);
    const double serverLine = growth["prometheus_predict_linear"].get<double>();
    const double ourLine = growth["predicted_nodes_linear"].get<double>();
    EXPECT_NEAR(serverLine, ourLine, ourLine * 0.01);
    EXPECT_EQ(report["source"]["server"], fixture.server->url());
    std::ifstream in(scenario);
    const std::string saved((std::istreambuf_iterator<char>(in)), {});
    EXPECT_NE(saved.find("\"hash_table_overhead\""), std::string::npos);
    EXPECT_NE(saved.find("\"source\": \"" + fixture.server->url() + "\""), std::string::npos);
    EXPECT_NE(saved.find("\"model\": \"compound\""), std::string::npos);
}

TEST(PrometheusCalibration, ServerStoppedHalfwayIsConnectionRefused)
{
    Backfilled fixture;
    ASSERT_TRUE(fixture.server->running()) << fixture.server->error();
    const Result<PrometheusFetch> fetched
        = fetchPrometheusTelemetry(fixture.request(), [&](std::size_t done, std::size_t, const std::string&) {
              if (done == 3)
                  fixture.server->stop();
          });
    ASSERT_FALSE(fetched.ok());
    EXPECT_NE(fetched.error().find("cannot connect to " + fixture.server->url()), std::string::npos) << fetched.error();
    EXPECT_NE(fetched.error().find("query_range"), std::string::npos) << fetched.error();
}

TEST(PrometheusCalibration, MissingTierIsNamedNotFatal)
{
    Backfilled fixture(true);
    ASSERT_TRUE(fixture.server->running()) << fixture.server->error();
    const Result<PrometheusFetch> fetched = fetchPrometheusTelemetry(fixture.request());
    ASSERT_TRUE(fetched.ok()) << fetched.error();
    const Result<Calibration> c = calibrate(fetched->telemetry, ScenarioDocument {}, nullptr);
    ASSERT_TRUE(c.ok()) << c.error();
    EXPECT_FALSE(row(*c, "memory.cold").observedAvailable);
    bool named = false;
    for (const Finding& f : c->findings)
        named = named || f.message.find("engram_memory_usage_bytes{tier=\"cold\"}") != std::string::npos;
    EXPECT_TRUE(named);
}

TEST(PrometheusCalibration, WindowWithoutDataIsAnEmptyResult)
{
    Backfilled fixture;
    ASSERT_TRUE(fixture.server->running()) << fixture.server->error();
    PrometheusRequest request = fixture.request();
    request.end = fixture.end - 60 * 86400;
    request.start = request.end - 86400;
    const Result<PrometheusFetch> fetched = fetchPrometheusTelemetry(request);
    ASSERT_FALSE(fetched.ok());
    EXPECT_EQ(fetched.error().rfind("empty result: engram_nodes has no samples", 0), 0u) << fetched.error();
}

TEST(PrometheusFaults, Http500CarriesPrometheusMessageAfterRetries)
{
    FakeHttpServer server([](const std::string&) {
        return HttpAnswer { 500, R"({"status":"error","errorType":"internal","error":"query processing would load too many samples"})" };
    });
    PrometheusRequest request;
    request.baseUrl = server.url();
    request.end = 1796000000;
    request.start = request.end - 86400;
    request.retries = 2;
    request.retryDelaySeconds = 0.01;
    request.bearerToken = "s3cret";
    const Result<PrometheusFetch> fetched = fetchPrometheusTelemetry(request);
    ASSERT_FALSE(fetched.ok());
    EXPECT_NE(fetched.error().find("answered HTTP 500"), std::string::npos) << fetched.error();
    EXPECT_NE(fetched.error().find("internal: query processing would load too many samples"), std::string::npos);
    EXPECT_EQ(server.requests(), 3); // the first try and two retries
    ASSERT_FALSE(server.authorizations().empty());
    EXPECT_EQ(server.authorizations().front(), "Bearer s3cret");
}

TEST(PrometheusFaults, UnknownMetricIsNamed)
{
    FakeHttpServer server([](const std::string& path) {
        if (path.rfind("/api/v1/label/__name__/values", 0) == 0)
            return HttpAnswer { 200, R"({"status":"success","data":["up","scrape_duration_seconds"]})" };
        return HttpAnswer { 404, "{}" };
    });
    PrometheusRequest request;
    request.baseUrl = server.url();
    request.end = 1796000000;
    request.start = request.end - 86400;
    const Result<PrometheusFetch> fetched = fetchPrometheusTelemetry(request);
    ASSERT_FALSE(fetched.ok());
    EXPECT_EQ(fetched.error().rfind("unknown metric engram_nodes", 0), 0u) << fetched.error();
}

TEST(PrometheusFaults, ClosedPortIsConnectionRefused)
{
    PrometheusRequest request;
    request.baseUrl = "http://127.0.0.1:" + std::to_string(test::freeLoopbackPort());
    request.end = 1796000000;
    request.start = request.end - 86400;
    request.retries = 1;
    request.retryDelaySeconds = 0.01;
    const Result<PrometheusFetch> fetched = fetchPrometheusTelemetry(request);
    ASSERT_FALSE(fetched.ok());
    EXPECT_NE(fetched.error().find("connection refused"), std::string::npos) << fetched.error();
}

TEST(PrometheusFaults, CancelStopsARetryingFetch)
{
    FakeHttpServer server([](const std::string&) { return HttpAnswer { 503, "{}" }; });
    PrometheusRequest request;
    request.baseUrl = server.url();
    request.end = 1796000000;
    request.start = request.end - 86400;
    request.retries = 10;
    request.retryDelaySeconds = 5;
    std::atomic<bool> cancel { false };
    std::thread canceller([&] {
        std::this_thread::sleep_for(std::chrono::milliseconds(200));
        cancel = true;
    });
    const auto started = std::chrono::steady_clock::now();
    const Result<PrometheusFetch> fetched = fetchPrometheusTelemetry(request, {}, &cancel);
    canceller.join();
    ASSERT_FALSE(fetched.ok());
    EXPECT_EQ(fetched.error().rfind("cancelled", 0), 0u) << fetched.error();
    EXPECT_LT(std::chrono::steady_clock::now() - started, std::chrono::seconds(5));
}

TEST(PrometheusQueryPlan, NoCallAsksForMoreThan11000Points)
{
    PrometheusRequest request;
    request.baseUrl = "http://x";
    request.end = 1796000000;
    request.start = request.end - 90 * 86400;
    request.step = 60;
    const std::vector<QueryRangeCall> calls = planQueryRange(request, { "engram_nodes" });
    ASSERT_GE(calls.size(), 12u); // 90 days of minutes are 129,601 points
    EXPECT_EQ(calls.front().start, request.start);
    EXPECT_EQ(calls.back().end, request.end);
    for (std::size_t i = 0; i < calls.size(); ++i) {
        EXPECT_LE((calls[i].end - calls[i].start) / calls[i].step + 1, 11000) << i;
        if (i > 0) {
            EXPECT_EQ(calls[i].start, calls[i - 1].end); // edges shared, no gap
        }
    }
}

} // namespace
} // namespace ecw
