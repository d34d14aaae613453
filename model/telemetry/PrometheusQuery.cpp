// SPDX-License-Identifier: GPL-3.0-or-later
#include "PrometheusQuery.h"

#include "TelemetryMetrics.h"
#include "TelemetrySeries.h"

#include <cmath>
#include <cstdio>

namespace ecw {

namespace {

std::string seconds(double value)
{
    char buffer[40];
    std::snprintf(buffer, sizeof buffer, "%.3f", value);
    std::string text = buffer;
    while (!text.empty() && text.back() == '0')
        text.pop_back();
    if (!text.empty() && text.back() == '.')
        text.pop_back();
    return text;
}

bool startsWith(std::string_view text, std::string_view prefix)
{
    return text.substr(0, prefix.size()) == prefix;
}

} // namespace

std::vector<std::string> validatePrometheusRequest(const PrometheusRequest& request)
{
    std::vector<std::string> problems;
    const bool http = startsWith(request.baseUrl, "http://") || startsWith(request.baseUrl, "https://");
    if (!http)
        problems.push_back("--prometheus must be an http:// or https:// URL (got \"" + request.baseUrl + "\")");
    else if (request.baseUrl.find_first_of(" \t\r\n") != std::string::npos)
        problems.push_back("--prometheus must not contain white space (got \"" + request.baseUrl + "\")");
    else if (request.baseUrl.size() <= 8 || request.baseUrl.find_first_not_of('/', request.baseUrl.find("//") + 2) == std::string::npos)
        problems.push_back("--prometheus names no host (got \"" + request.baseUrl + "\")");
    if (!std::isfinite(request.start) || !std::isfinite(request.end))
        problems.push_back("the window's start and end must be times");
    else if (request.end < request.start)
        problems.push_back("the window's end (" + formatTimestamp(request.end) + ") is before its start ("
                           + formatTimestamp(request.start) + ")");
    else if (request.end == request.start)
        problems.push_back("--window must be longer than 0 (the window from " + formatTimestamp(request.start) + " to "
                           + formatTimestamp(request.end) + " is empty)");
    if (!(request.step >= 1) || !(request.step <= 86400))
        problems.push_back("--step must be between 1s and 1d (got " + formatDuration(request.step) + ")");
    if (request.bearerToken.find_first_of("\r\n") != std::string::npos)
        problems.push_back("the bearer token must be one line");
    return problems;
}

std::vector<QueryRangeCall> planQueryRange(const PrometheusRequest& request, const std::vector<std::string>& metrics)
{
    std::vector<QueryRangeCall> calls;
    if (!(request.step > 0) || !(request.end > request.start))
        return calls;
    const double chunk = (kPrometheusMaxPoints - 1) * request.step;
    for (const std::string& metric : metrics) {
        for (double from = request.start; from < request.end; from += chunk) {
            QueryRangeCall call;
            call.metric = metric;
            call.start = from;
            call.end = std::min(request.end, from + chunk);
            call.step = request.step;
            call.path = "/api/v1/query_range?query=" + urlEncode(metric) + "&start=" + seconds(call.start)
                + "&end=" + seconds(call.end) + "&step=" + seconds(call.step);
            const bool last = call.end >= request.end;
            calls.push_back(std::move(call));
            if (last)
                break;
        }
    }
    return calls;
}

std::string predictLinearPath(const PrometheusRequest& request)
{
    const double window = std::max(request.step, request.end - request.start);
    const std::string query = "predict_linear(sum(" + std::string(kNodesMetric) + ")[" + seconds(std::round(window))
        + "s:" + seconds(request.step) + "s], " + seconds(request.horizonDays * 86400) + ")";
    return "/api/v1/query?query=" + urlEncode(query) + "&time=" + seconds(request.end);
}

std::string metricNamesPath()
{
    return "/api/v1/label/__name__/values";
}

std::string urlEncode(std::string_view text)
{
    static constexpr char kHex[] = "0123456789ABCDEF";
    std::string out;
    for (unsigned char c : text) {
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_'
            || c == '.' || c == '~') {
            out += static_cast<char>(c);
        } else {
            out += '%';
            out += kHex[c >> 4];
            out += kHex[c & 15];
        }
    }
    return out;
}

std::string joinUrl(const std::string& baseUrl, const std::string& path)
{
    std::string base = baseUrl;
    while (!base.empty() && base.back() == '/')
        base.pop_back();
    return base + path;
}

} // namespace ecw
