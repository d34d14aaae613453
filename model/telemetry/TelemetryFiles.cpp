// SPDX-License-Identifier: GPL-3.0-or-later
#include "TelemetryFiles.h"

#include "TelemetryMetrics.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <map>

namespace ecw {

namespace {

using Json = nlohmann::json;

Error badValue(const Series& series, double time, std::string_view what)
{
    return Error { series.displayName() + " at " + formatTimestamp(time) + " is " + std::string(what)
                   + ": only finite values can be calibrated against (remove the sample or fix the exporter)" };
}

std::string_view describeUnusable(std::string_view text, double value)
{
    if (text == "stale" || text == "Stale")
        return "a stale marker";
    if (std::isnan(value))
        return "NaN (a stale marker or a missing value)";
    return value > 0 ? "+Inf" : "-Inf";
}

// Prometheus writes values as strings ("1.5", "NaN", "+Inf"); files written by hand may use numbers.
bool parseValueText(std::string_view text, double& value)
{
    if (text == "NaN" || text == "nan" || text == "stale" || text == "Stale") {
        value = std::nan("");
        return true;
    }
    if (text == "+Inf" || text == "Inf" || text == "+inf" || text == "inf") {
        value = HUGE_VAL;
        return true;
    }
    if (text == "-Inf" || text == "-inf") {
        value = -HUGE_VAL;
        return true;
    }
    if (!text.empty() && text.front() == '+')
        text.remove_prefix(1);
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    return ec == std::errc() && end == text.data() + text.size();
}

Result<bool> readResponse(const Json& response, std::size_t index, bool many, TelemetrySet& set)
{
    const std::string where = many ? "response " + std::to_string(index + 1) + ": " : std::string();
    if (!response.is_object())
        return Error { where + "a query_range response is a JSON object with \"status\" and \"data\"" };
    const auto status = response.find("status");
    if (status == response.end() || !status->is_string())
        return Error { where + "\"status\" is missing: this is not a Prometheus query_range response" };
    if (*status == "error") {
        const std::string type = response.value("errorType", std::string("error"));
        const std::string message = response.value("error", std::string("(no message)"));
        return Error { where + "Prometheus answered with an error (" + type + "): " + message };
    }
    if (*status != "success")
        return Error { where + "\"status\" must be \"success\" or \"error\" (got " + status->dump() + ")" };
    const auto data = response.find("data");
    if (data == response.end() || !data->is_object())
        return Error { where + "\"data\" is missing" };
    const std::string type = data->value("resultType", std::string());
    if (type != "matrix")
        return Error { where + "data.resultType must be \"matrix\" (the answer of query_range), got \"" + type + "\"" };
    const auto result = data->find("result");
    if (result == data->end() || !result->is_array())
        return Error { where + "data.result must be an array" };
    for (std::size_t i = 0; i < result->size(); ++i) {
        const Json& entry = (*result)[i];
        const std::string at = where + "data.result[" + std::to_string(i) + "]";
        if (!entry.is_object() || !entry.contains("metric") || !entry["metric"].is_object())
            return Error { at + ".metric is missing" };
        Series series;
        for (const auto& [key, value] : entry["metric"].items()) {
            if (!value.is_string())
                return Error { at + ".metric." + key + " must be a string" };
            if (key == "__name__")
                series.metric = value.get<std::string>();
            else
                series.labels[key] = value.get<std::string>();
        }
        if (series.metric.empty())
            return Error { at + ".metric has no __name__: query the metric itself, not an expression over it" };
        const auto values = entry.find("values");
        if (values == entry.end() || !values->is_array())
            return Error { at + ".values must be an array of [time, \"value\"] pairs" };
        series.samples.reserve(values->size());
        for (std::size_t k = 0; k < values->size(); ++k) {
            const Json& pair = (*values)[k];
            const std::string point = at + ".values[" + std::to_string(k) + "]";
            if (!pair.is_array() || pair.size() != 2 || !pair[0].is_number())
                return Error { point + " must be [time in seconds, \"value\"]" };
            const double time = pair[0].get<double>();
            double value = 0;
            std::string text;
            if (pair[1].is_string()) {
                text = pair[1].get<std::string>();
                if (!parseValueText(text, value))
                    return Error { point + ": \"" + text + "\" is not a number" };
            } else if (pair[1].is_number()) {
                value = pair[1].get<double>();
            } else {
                return Error { point + ": the value must be a string or a number" };
            }
            if (!std::isfinite(time))
                return Error { point + ": the time must be a finite number of seconds" };
            if (!usableSampleValue(value))
                return badValue(series, time, describeUnusable(text, value));
            series.samples.push_back({ time, value });
        }
        mergeSeries(set, std::move(series));
    }
    return true;
}

void finishFileSource(TelemetrySet& set)
{
    double first = HUGE_VAL, last = -HUGE_VAL;
    std::vector<double> spacings;
    for (const Series& series : set.series) {
        if (series.samples.empty())
            continue;
        first = std::min(first, series.samples.front().time);
        last = std::max(last, series.samples.back().time);
        for (std::size_t i = 1; i < series.samples.size() && spacings.size() < 100000; ++i)
            spacings.push_back(series.samples[i].time - series.samples[i - 1].time);
    }
    if (first <= last) {
        set.source.start = first;
        set.source.end = last;
    }
    if (!spacings.empty()) {
        std::nth_element(spacings.begin(), spacings.begin() + static_cast<std::ptrdiff_t>(spacings.size() / 2),
                         spacings.end());
        set.source.step = spacings[spacings.size() / 2];
    }
}

std::string_view trim(std::string_view text)
{
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t' || text.front() == '\r'))
        text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\r'))
        text.remove_suffix(1);
    return text;
}

// name{a="x",b="y"} value timestamp
Result<bool> parseSampleLine(std::string_view line, std::size_t lineNumber, Series& series, double& time, double& value)
{
    const std::string at = "line " + std::to_string(lineNumber);
    std::size_t i = 0;
    while (i < line.size() && line[i] != '{' && line[i] != ' ')
        ++i;
    series.metric = std::string(line.substr(0, i));
    if (series.metric.empty())
        return Error { at + ": a sample starts with the metric name" };
    if (i < line.size() && line[i] == '{') {
        ++i;
        while (i < line.size() && line[i] != '}') {
            const std::size_t eq = line.find('=', i);
            if (eq == std::string_view::npos || eq + 1 >= line.size() || line[eq + 1] != '"')
                return Error { at + ": labels are written name=\"value\"" };
            const std::string key(trim(line.substr(i, eq - i)));
            std::string labelValue;
            std::size_t k = eq + 2;
            for (; k < line.size() && line[k] != '"'; ++k) {
                if (line[k] == '\\' && k + 1 < line.size()) {
                    ++k;
                    labelValue += line[k] == 'n' ? '\n' : line[k];
                } else {
                    labelValue += line[k];
                }
            }
            if (k >= line.size())
                return Error { at + ": the value of label " + key + " is not closed with \"" };
            series.labels[key] = labelValue;
            i = k + 1;
            if (i < line.size() && line[i] == ',')
                ++i;
        }
        if (i >= line.size())
            return Error { at + ": the label set is not closed with }" };
        ++i;
    }
    std::string_view rest = trim(line.substr(i));
    const std::size_t space = rest.find(' ');
    const std::string_view valueText = rest.substr(0, space);
    if (!parseValueText(valueText, value))
        return Error { at + ": \"" + std::string(valueText) + "\" is not a number" };
    if (space == std::string_view::npos)
        return Error { at + ": " + series.metric
                       + " has no timestamp; calibration needs the time of every sample (in seconds)" };
    std::string_view timeText = trim(rest.substr(space + 1));
    const std::size_t exemplar = timeText.find(" #");
    if (exemplar != std::string_view::npos)
        timeText = trim(timeText.substr(0, exemplar));
    const auto [end, ec] = std::from_chars(timeText.data(), timeText.data() + timeText.size(), time);
    if (ec != std::errc() || end != timeText.data() + timeText.size() || !std::isfinite(time))
        return Error { at + ": timestamp \"" + std::string(timeText) + "\" is not a number of seconds" };
    if (time > 1e11)
        return Error { at + ": timestamp " + std::string(timeText)
                       + " looks like milliseconds; OpenMetrics timestamps are in seconds" };
    if (!usableSampleValue(value))
        return badValue(series, time, describeUnusable(valueText, value));
    return true;
}

std::string fullNumber(double value)
{
    char buffer[40];
    std::snprintf(buffer, sizeof buffer, "%.17g", value);
    return buffer;
}

std::string shortNumber(double value)
{
    char buffer[40];
    std::snprintf(buffer, sizeof buffer, "%.15g", value);
    return buffer;
}

std::string escapeLabel(const std::string& value)
{
    std::string out;
    for (char c : value) {
        if (c == '"' || c == '\\')
            out += '\\';
        if (c == '\n') {
            out += "\\n";
            continue;
        }
        out += c;
    }
    return out;
}

} // namespace

bool usableSampleValue(double value)
{
    return std::isfinite(value);
}

Result<TelemetrySet> readQueryRangeJson(std::string_view text)
{
    Json root;
    try {
        root = Json::parse(text.begin(), text.end());
    } catch (const Json::parse_error& error) {
        return Error { std::string("not valid JSON: ") + error.what() };
    }
    TelemetrySet set;
    if (root.is_array()) {
        if (root.empty())
            return Error { "the JSON array holds no query_range responses" };
        for (std::size_t i = 0; i < root.size(); ++i) {
            const Result<bool> read = readResponse(root[i], i, true, set);
            if (!read)
                return Error { read.error() };
        }
    } else {
        const Result<bool> read = readResponse(root, 0, false, set);
        if (!read)
            return Error { read.error() };
    }
    finishFileSource(set);
    return set;
}

Result<TelemetrySet> readOpenMetrics(std::string_view text)
{
    TelemetrySet set;
    std::size_t lineNumber = 0;
    bool sawEof = false;
    std::size_t position = 0;
    std::vector<Series> collected;
    std::map<std::string, std::size_t> index;
    while (position < text.size()) {
        const std::size_t newline = text.find('\n', position);
        const std::string_view line
            = trim(text.substr(position, newline == std::string_view::npos ? std::string_view::npos : newline - position));
        position = newline == std::string_view::npos ? text.size() : newline + 1;
        ++lineNumber;
        if (line.empty())
            continue;
        if (sawEof)
            return Error { "line " + std::to_string(lineNumber) + ": nothing may follow \"# EOF\"" };
        if (line == "# EOF") {
            sawEof = true;
            continue;
        }
        if (line.front() == '#')
            continue;
        Series series;
        double time = 0, value = 0;
        const Result<bool> parsed = parseSampleLine(line, lineNumber, series, time, value);
        if (!parsed)
            return Error { parsed.error() };
        const std::string key = series.displayName();
        auto [it, added] = index.try_emplace(key, collected.size());
        if (added)
            collected.push_back(std::move(series));
        collected[it->second].samples.push_back({ time, value });
    }
    for (Series& s : collected)
        mergeSeries(set, std::move(s));
    if (!sawEof)
        return Error { "OpenMetrics text must end with a \"# EOF\" line (the file may be cut short)" };
    if (set.series.empty())
        return Error { "the OpenMetrics text holds no samples" };
    finishFileSource(set);
    return set;
}

Result<TelemetrySet> readTelemetryFile(std::string_view text, const std::string& name)
{
    std::size_t first = 0;
    while (first < text.size() && (text[first] == ' ' || text[first] == '\n' || text[first] == '\r' || text[first] == '\t'))
        ++first;
    if (first == text.size())
        return Error { name + ": the file is empty" };
    const bool json = text[first] == '{' || text[first] == '[';
    const bool openMetrics = text[first] == '#' || text.substr(first, 7) == "engram_"
        || text.find("# EOF") != std::string_view::npos;
    if (!json && !openMetrics)
        return Error { name + ": not telemetry: neither query_range JSON (which starts with { or [) nor OpenMetrics text "
                              "(metric lines ending with # EOF)" };
    Result<TelemetrySet> set = json ? readQueryRangeJson(text) : readOpenMetrics(text);
    if (!set)
        return Error { name + ": " + set.error() };
    set.value().source.file = name;
    return set;
}

std::string writeQueryRangeJson(const TelemetrySet& set)
{
    std::vector<std::string> metrics;
    for (const Series& series : set.series)
        if (std::find(metrics.begin(), metrics.end(), series.metric) == metrics.end())
            metrics.push_back(series.metric);
    std::string out = "[\n";
    for (std::size_t m = 0; m < metrics.size(); ++m) {
        out += "{\"status\":\"success\",\"data\":{\"resultType\":\"matrix\",\"result\":[";
        bool firstSeries = true;
        for (const Series& series : set.series) {
            if (series.metric != metrics[m])
                continue;
            Json metric = Json::object();
            metric["__name__"] = series.metric;
            for (const auto& [key, value] : series.labels)
                metric[key] = value;
            out += (firstSeries ? "\n" : ",\n");
            firstSeries = false;
            out += "{\"metric\":" + metric.dump() + ",\"values\":[";
            for (std::size_t i = 0; i < series.samples.size(); ++i) {
                out += (i ? "," : "");
                out += "[" + shortNumber(series.samples[i].time) + ",\"" + fullNumber(series.samples[i].value) + "\"]";
            }
            out += "]}";
        }
        out += "]}}";
        out += m + 1 < metrics.size() ? ",\n" : "\n";
    }
    out += "]\n";
    return out;
}

std::string writeOpenMetrics(const TelemetrySet& set)
{
    std::vector<std::string> metrics;
    for (const Series& series : set.series)
        if (std::find(metrics.begin(), metrics.end(), series.metric) == metrics.end())
            metrics.push_back(series.metric);
    std::string out;
    for (const std::string& metric : metrics) {
        out += "# TYPE " + metric + " gauge\n";
        if (const TelemetryMetric* known = findTelemetryMetric(metric))
            out += "# HELP " + metric + " " + std::string(known->meaning) + "\n";
        for (const Series& series : set.series) {
            if (series.metric != metric)
                continue;
            std::string name = metric;
            if (!series.labels.empty()) {
                name += "{";
                bool first = true;
                for (const auto& [key, value] : series.labels) {
                    name += (first ? "" : ",") + key + "=\"" + escapeLabel(value) + "\"";
                    first = false;
                }
                name += "}";
            }
            for (const Sample& sample : series.samples)
                out += name + " " + fullNumber(sample.value) + " " + shortNumber(sample.time) + "\n";
        }
    }
    out += "# EOF\n";
    return out;
}

} // namespace ecw
