// SPDX-License-Identifier: GPL-3.0-or-later
// What to ask a Prometheus server for: the request a planner makes (base URL, window, resolution, token), its
// validation, and the plan of query_range calls that keeps every call under Prometheus's 11,000 points per series.
// No HTTP here: prometheus/PrometheusClient does the asking, with libcurl.
#pragma once

#include "Result.h"
#include "TelemetrySeries.h"

#include <atomic>
#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ecw {

inline constexpr double kPrometheusMaxPoints = 11000; // Prometheus refuses a query_range over 11,000 points per series
inline constexpr double kDefaultStepSeconds = 60;

struct PrometheusRequest
{
    std::string baseUrl; // "http://prometheus:9090" (a path prefix is kept: "https://host/prometheus")
    double start = 0; // seconds since the epoch
    double end = 0;
    double step = kDefaultStepSeconds;
    std::string bearerToken; // read from a file or the environment, never from the command line
    double connectTimeoutSeconds = 5;
    double timeoutSeconds = 30; // per HTTP request
    int retries = 2; // after the first try, for connection failures, 429 and 5xx
    double retryDelaySeconds = 0.5; // doubled after every retry; a Retry-After header is honoured up to 10 s
    double horizonDays = 30; // for the predict_linear comparison
};

// Every problem, naming the field: "--prometheus must be an http:// or https:// URL (got ftp://x)", "--window must
// be longer than 0", "the window's end (...) is before its start (...)".
std::vector<std::string> validatePrometheusRequest(const PrometheusRequest& request);

struct QueryRangeCall
{
    std::string metric;
    double start = 0;
    double end = 0;
    double step = 0;
    std::string path; // "/api/v1/query_range?query=...&start=...&end=...&step=..."
};

// One call per metric and chunk: each chunk spans at most (kPrometheusMaxPoints - 1) steps, so no call asks for more
// than 11,000 points; consecutive chunks share their edge sample (the readers merge it).
std::vector<QueryRangeCall> planQueryRange(const PrometheusRequest& request, const std::vector<std::string>& metrics);

// The instant query Prometheus's own predict_linear answers over the same window:
// predict_linear(sum(engram_nodes)[<window>s:<step>s], <horizon seconds>) at the window's end.
std::string predictLinearPath(const PrometheusRequest& request);
// "/api/v1/label/__name__/values": the metric names the server knows (unknown metric vs empty result).
std::string metricNamesPath();

// What a fetch brings back: the series, and Prometheus's own predict_linear of the node count when it answered.
struct PrometheusFetch
{
    TelemetrySet telemetry;
    std::optional<double> predictLinear;
    std::size_t calls = 0; // HTTP requests made, retries included
};

// Called after each HTTP request: calls done, calls planned, what was fetched ("engram_nodes, 1 of 2").
using FetchProgress = std::function<void(std::size_t done, std::size_t total, const std::string& what)>;
// The HTTP client (prometheus/PrometheusClient.h). A function, so the CLI can carry it without linking libcurl.
using PrometheusFetcher = Result<PrometheusFetch> (*)(const PrometheusRequest& request, const FetchProgress& progress,
                                                      const std::atomic<bool>* cancel);

std::string urlEncode(std::string_view text);
// The base URL without a trailing slash.
std::string joinUrl(const std::string& baseUrl, const std::string& path);

} // namespace ecw
