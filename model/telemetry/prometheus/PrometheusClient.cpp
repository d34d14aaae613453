// SPDX-License-Identifier: GPL-3.0-or-later
#include "PrometheusClient.h"

#include "TelemetryFiles.h"
#include "TelemetryMetrics.h"

#include <curl/curl.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <ctime>
#include <mutex>
#include <set>
#include <thread>

namespace ecw {

namespace {

using Json = nlohmann::json;

struct HttpResponse
{
    CURLcode code = CURLE_OK;
    long status = 0;
    std::string body;
    double retryAfter = 0; // seconds, from a Retry-After header
    std::string curlError;
};

std::size_t writeBody(char* data, std::size_t size, std::size_t count, void* user)
{
    auto* body = static_cast<std::string*>(user);
    body->append(data, size * count);
    return size * count;
}

std::size_t readHeader(char* data, std::size_t size, std::size_t count, void* user)
{
    const std::string line(data, size * count);
    auto* response = static_cast<HttpResponse*>(user);
    constexpr std::string_view kRetryAfter = "retry-after:";
    std::string lower = line.substr(0, kRetryAfter.size());
    std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return std::tolower(c); });
    if (lower == kRetryAfter)
        response->retryAfter = std::atof(line.c_str() + kRetryAfter.size());
    return size * count;
}

int onProgress(void* user, curl_off_t, curl_off_t, curl_off_t, curl_off_t)
{
    const auto* cancel = static_cast<const std::atomic<bool>*>(user);
    return cancel && cancel->load() ? 1 : 0;
}

void initialiseCurl()
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

HttpResponse get(const std::string& url, const PrometheusRequest& request, const std::atomic<bool>* cancel)
{
    HttpResponse response;
    CURL* curl = curl_easy_init();
    if (!curl) {
        response.code = CURLE_FAILED_INIT;
        response.curlError = "libcurl could not start a request";
        return response;
    }
    char errorBuffer[CURL_ERROR_SIZE] = {};
    curl_slist* headers = curl_slist_append(nullptr, "Accept: application/json");
    if (!request.bearerToken.empty())
        headers = curl_slist_append(headers, ("Authorization: Bearer " + request.bearerToken).c_str());
    curl_easy_setopt(curl, CURLOPT_URL, url.c_str());
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);
    curl_easy_setopt(curl, CURLOPT_USERAGENT, "engram-capacity-workbench");
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT_MS, static_cast<long>(request.connectTimeoutSeconds * 1000));
    curl_easy_setopt(curl, CURLOPT_TIMEOUT_MS, static_cast<long>(request.timeoutSeconds * 1000));
    curl_easy_setopt(curl, CURLOPT_FOLLOWLOCATION, 1L);
    curl_easy_setopt(curl, CURLOPT_MAXREDIRS, 3L);
    curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(curl, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(curl, CURLOPT_ACCEPT_ENCODING, "");
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, errorBuffer);
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, writeBody);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, &response.body);
    curl_easy_setopt(curl, CURLOPT_HEADERFUNCTION, readHeader);
    curl_easy_setopt(curl, CURLOPT_HEADERDATA, &response);
    curl_easy_setopt(curl, CURLOPT_NOPROGRESS, 0L);
    curl_easy_setopt(curl, CURLOPT_XFERINFOFUNCTION, onProgress);
    curl_easy_setopt(curl, CURLOPT_XFERINFODATA, cancel);
    response.code = curl_easy_perform(curl);
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &response.status);
    response.curlError = errorBuffer[0] ? errorBuffer : curl_easy_strerror(response.code);
    curl_slist_free_all(headers);
    curl_easy_cleanup(curl);
    return response;
}

bool retryable(const HttpResponse& r)
{
    if (r.code == CURLE_ABORTED_BY_CALLBACK)
        return false;
    if (r.code != CURLE_OK)
        return r.code == CURLE_COULDNT_CONNECT || r.code == CURLE_OPERATION_TIMEDOUT || r.code == CURLE_GOT_NOTHING
            || r.code == CURLE_RECV_ERROR || r.code == CURLE_SEND_ERROR || r.code == CURLE_PARTIAL_FILE;
    return r.status == 429 || r.status >= 500;
}

// Prometheus puts its reason in the JSON body of a failed request: {"status":"error","errorType":...,"error":...}.
std::string serverMessage(const std::string& body)
{
    try {
        const Json j = Json::parse(body);
        if (j.is_object() && j.contains("error") && j["error"].is_string())
            return j.value("errorType", std::string("error")) + ": " + j["error"].get<std::string>();
    } catch (const Json::exception&) {
    }
    std::string text = body.substr(0, 200);
    std::replace(text.begin(), text.end(), '\n', ' ');
    return text.empty() ? "(no body)" : text;
}

std::string describeFailure(const HttpResponse& r, const PrometheusRequest& request, const std::string& what)
{
    if (r.code == CURLE_ABORTED_BY_CALLBACK)
        return "cancelled while fetching " + what;
    if (r.code == CURLE_COULDNT_CONNECT)
        return "cannot connect to " + request.baseUrl + " (connection refused or unreachable) while fetching " + what
            + ": is Prometheus running there? (" + r.curlError + ")";
    if (r.code == CURLE_COULDNT_RESOLVE_HOST)
        return "cannot resolve the host of " + request.baseUrl + " while fetching " + what + " (" + r.curlError + ")";
    if (r.code == CURLE_OPERATION_TIMEDOUT)
        return "timed out after " + std::to_string(static_cast<int>(request.timeoutSeconds)) + " s while fetching "
            + what + " from " + request.baseUrl + " (" + r.curlError + ")";
    if (r.code != CURLE_OK)
        return "request to " + request.baseUrl + " failed while fetching " + what + ": " + r.curlError;
    return "Prometheus at " + request.baseUrl + " answered HTTP " + std::to_string(r.status) + " to " + what + ": "
        + serverMessage(r.body);
}

// One GET with the retries; an error names what was asked for.
Result<std::string> fetch(const std::string& path, const std::string& what, const PrometheusRequest& request,
                          const std::atomic<bool>* cancel, std::size_t& calls)
{
    double delay = request.retryDelaySeconds;
    for (int attempt = 0;; ++attempt) {
        if (cancel && cancel->load())
            return Error { "cancelled while fetching " + what };
        const HttpResponse r = get(joinUrl(request.baseUrl, path), request, cancel);
        ++calls;
        if (r.code == CURLE_OK && r.status >= 200 && r.status < 300)
            return r.body;
        if (attempt >= request.retries || !retryable(r))
            return Error { describeFailure(r, request, what) };
        const double wait = std::clamp(r.retryAfter > 0 ? r.retryAfter : delay, 0.0, 10.0);
        const auto until = std::chrono::steady_clock::now() + std::chrono::duration<double>(wait);
        while (std::chrono::steady_clock::now() < until) {
            if (cancel && cancel->load())
                return Error { "cancelled while fetching " + what };
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
        }
        delay *= 2;
    }
}

Result<std::set<std::string>> metricNames(const PrometheusRequest& request, const std::atomic<bool>* cancel,
                                          std::size_t& calls)
{
    const Result<std::string> body = fetch(metricNamesPath(), "the list of metric names", request, cancel, calls);
    if (!body)
        return Error { body.error() };
    try {
        const Json j = Json::parse(*body);
        if (j.value("status", std::string()) != "success" || !j.contains("data") || !j["data"].is_array())
            return Error { "Prometheus at " + request.baseUrl + " sent an unexpected answer to the list of metric names: "
                           + serverMessage(*body) };
        std::set<std::string> names;
        for (const Json& name : j["data"])
            if (name.is_string())
                names.insert(name.get<std::string>());
        return names;
    } catch (const Json::exception&) {
        return Error { request.baseUrl + " is not a Prometheus server: its answer to " + metricNamesPath()
                       + " is not JSON" };
    }
}

std::optional<double> predictLinear(const PrometheusRequest& request, const std::atomic<bool>* cancel,
                                    std::size_t& calls)
{
    const Result<std::string> body = fetch(predictLinearPath(request), "predict_linear", request, cancel, calls);
    if (!body)
        return std::nullopt;
    try {
        const Json j = Json::parse(*body);
        const Json& result = j.at("data").at("result");
        if (!result.is_array() || result.empty())
            return std::nullopt;
        const double value = std::stod(result[0].at("value").at(1).get<std::string>());
        return std::isfinite(value) ? std::optional<double>(value) : std::nullopt;
    } catch (const std::exception&) {
        return std::nullopt;
    }
}

} // namespace

Result<PrometheusFetch> fetchPrometheusTelemetry(const PrometheusRequest& request, const FetchProgress& progress,
                                                 const std::atomic<bool>* cancel)
{
    const std::vector<std::string> problems = validatePrometheusRequest(request);
    if (!problems.empty())
        return Error { problems.front() };
    initialiseCurl();
    PrometheusFetch out;
    const Result<std::set<std::string>> names = metricNames(request, cancel, out.calls);
    if (!names)
        return Error { names.error() };
    std::vector<std::string> metrics;
    for (const TelemetryMetric& metric : telemetryMetrics()) {
        const std::string name(metric.name);
        if (names->count(name)) {
            metrics.push_back(name);
        } else if (metric.required) {
            return Error { "unknown metric " + name + ": Prometheus at " + request.baseUrl + " has no series of it ("
                           + std::to_string(names->size())
                           + " metric names known); is the Engram exporter scraped, and does it export "
                           + std::string(metric.meaning) + "?" };
        }
    }
    const std::vector<QueryRangeCall> calls = planQueryRange(request, metrics);
    std::size_t done = 0;
    for (const QueryRangeCall& call : calls) {
        const std::string what = "query_range " + call.metric + " (" + formatTimestamp(call.start) + " to "
            + formatTimestamp(call.end) + ")";
        const Result<std::string> body = fetch(call.path, what, request, cancel, out.calls);
        if (!body)
            return Error { body.error() };
        Result<TelemetrySet> part = readQueryRangeJson(*body);
        if (!part)
            return Error { "Prometheus at " + request.baseUrl + " answered " + what + " with: " + part.error() };
        for (Series& series : part.value().series)
            mergeSeries(out.telemetry, std::move(series));
        ++done;
        if (progress)
            progress(done, calls.size(), what);
    }
    for (const TelemetryMetric& metric : telemetryMetrics()) {
        if (!metric.required)
            continue;
        const std::vector<const Series*> found = out.telemetry.find(metric.name);
        const bool any = std::any_of(found.begin(), found.end(), [](const Series* s) { return !s->samples.empty(); });
        if (!any)
            return Error { "empty result: " + std::string(metric.name) + " has no samples between "
                           + formatTimestamp(request.start) + " and " + formatTimestamp(request.end) + " on "
                           + request.baseUrl + " (the metric exists, so the window may miss the data)" };
    }
    out.predictLinear = predictLinear(request, cancel, out.calls);
    out.telemetry.source.server = request.baseUrl;
    out.telemetry.source.start = request.start;
    out.telemetry.source.end = request.end;
    out.telemetry.source.step = request.step;
    out.telemetry.source.fetchedAt = currentTimestamp();
    return out;
}

} // namespace ecw
