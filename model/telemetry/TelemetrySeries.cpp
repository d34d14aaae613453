// SPDX-License-Identifier: GPL-3.0-or-later
#include "TelemetrySeries.h"

#include <algorithm>
#include <charconv>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <limits>

namespace ecw {

std::string_view Series::label(std::string_view key) const
{
    const auto it = labels.find(std::string(key));
    return it == labels.end() ? std::string_view() : std::string_view(it->second);
}

std::string Series::displayName() const
{
    std::string name = metric;
    if (labels.empty())
        return name;
    name += "{";
    bool first = true;
    for (const auto& [key, value] : labels) {
        name += (first ? "" : ",") + key + "=\"" + value + "\"";
        first = false;
    }
    return name + "}";
}

std::string TelemetrySource::describe() const
{
    std::string text = server.empty() ? "file " + file : server;
    text += ", " + formatTimestamp(start) + " to " + formatTimestamp(end);
    if (step > 0)
        text += ", step " + formatDuration(step);
    return text;
}

std::vector<const Series*> TelemetrySet::find(std::string_view metric) const
{
    std::vector<const Series*> found;
    for (const Series& s : series)
        if (s.metric == metric)
            found.push_back(&s);
    return found;
}

const Series* TelemetrySet::find(std::string_view metric, std::string_view labelKey, std::string_view labelValue) const
{
    for (const Series& s : series)
        if (s.metric == metric && s.label(labelKey) == labelValue)
            return &s;
    return nullptr;
}

void normalizeSeries(Series& series)
{
    std::stable_sort(series.samples.begin(), series.samples.end(),
                     [](const Sample& a, const Sample& b) { return a.time < b.time; });
    std::vector<Sample> merged;
    merged.reserve(series.samples.size());
    for (const Sample& sample : series.samples) {
        if (!merged.empty() && merged.back().time == sample.time)
            merged.back() = sample;
        else
            merged.push_back(sample);
    }
    series.samples = std::move(merged);
}

void mergeSeries(TelemetrySet& set, Series series)
{
    for (Series& existing : set.series) {
        if (existing.metric == series.metric && existing.labels == series.labels) {
            existing.samples.insert(existing.samples.end(), series.samples.begin(), series.samples.end());
            normalizeSeries(existing);
            return;
        }
    }
    normalizeSeries(series);
    set.series.push_back(std::move(series));
}

std::vector<Sample> sumSeries(const std::vector<const Series*>& series, double holdSeconds)
{
    std::vector<double> times;
    for (const Series* s : series)
        for (const Sample& sample : s->samples)
            times.push_back(sample.time);
    std::sort(times.begin(), times.end());
    times.erase(std::unique(times.begin(), times.end()), times.end());

    std::vector<std::size_t> cursor(series.size(), 0);
    std::vector<Sample> sum;
    sum.reserve(times.size());
    for (double t : times) {
        double total = 0;
        bool any = false;
        for (std::size_t i = 0; i < series.size(); ++i) {
            const std::vector<Sample>& samples = series[i]->samples;
            std::size_t& c = cursor[i];
            while (c + 1 < samples.size() && samples[c + 1].time <= t)
                ++c;
            if (c < samples.size() && samples[c].time <= t && t - samples[c].time <= holdSeconds) {
                total += samples[c].value;
                any = true;
            }
        }
        if (any)
            sum.push_back({ t, total });
    }
    return sum;
}

std::string formatSignificant(double value)
{
    if (!std::isfinite(value))
        return value > 0 ? "inf" : (value < 0 ? "-inf" : "nan");
    char buffer[64];
    if (std::fabs(value) >= 10000) {
        std::snprintf(buffer, sizeof buffer, "%.0f", std::round(value));
        std::string digits = buffer;
        const bool negative = !digits.empty() && digits.front() == '-';
        if (negative)
            digits.erase(0, 1);
        for (int i = static_cast<int>(digits.size()) - 3; i > 0; i -= 3)
            digits.insert(static_cast<std::size_t>(i), ",");
        return (negative ? "-" : "") + digits;
    }
    std::snprintf(buffer, sizeof buffer, "%.4g", value);
    return buffer;
}

std::string currentTimestamp()
{
    return formatTimestamp(static_cast<double>(std::time(nullptr)));
}

std::string formatTimestamp(double secondsSinceEpoch)
{
    if (!std::isfinite(secondsSinceEpoch))
        return "(no time)";
    using namespace std::chrono;
    const sys_seconds t { seconds { static_cast<long long>(std::floor(secondsSinceEpoch)) } };
    const sys_days day = floor<days>(t);
    const year_month_day ymd { day };
    const hh_mm_ss hms { t - day };
    char buffer[80];
    std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02uT%02lld:%02lld:%02lldZ", static_cast<int>(ymd.year()),
                  static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()),
                  static_cast<long long>(hms.hours().count()), static_cast<long long>(hms.minutes().count()),
                  static_cast<long long>(hms.seconds().count()));
    return buffer;
}

double parseDuration(std::string_view text)
{
    if (text.empty())
        return 0;
    double multiplier = 1;
    switch (text.back()) {
    case 's':
        text.remove_suffix(1);
        break;
    case 'm':
        multiplier = 60;
        text.remove_suffix(1);
        break;
    case 'h':
        multiplier = 3600;
        text.remove_suffix(1);
        break;
    case 'd':
        multiplier = 86400;
        text.remove_suffix(1);
        break;
    case 'w':
        multiplier = 7 * 86400;
        text.remove_suffix(1);
        break;
    default:
        break;
    }
    double value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || end != text.data() + text.size() || !std::isfinite(value))
        return 0;
    return value * multiplier;
}

std::string formatDuration(double seconds)
{
    auto whole = [](double value) { return std::fabs(value - std::round(value)) < 1e-9; };
    char buffer[48];
    if (seconds >= 86400 && whole(seconds / 86400))
        std::snprintf(buffer, sizeof buffer, "%.0fd", seconds / 86400);
    else if (seconds >= 3600 && whole(seconds / 3600))
        std::snprintf(buffer, sizeof buffer, "%.0fh", seconds / 3600);
    else if (seconds >= 60 && whole(seconds / 60))
        std::snprintf(buffer, sizeof buffer, "%.0fm", seconds / 60);
    else
        std::snprintf(buffer, sizeof buffer, "%gs", seconds);
    return buffer;
}

double parseTimestamp(std::string_view text)
{
    constexpr double kInvalid = std::numeric_limits<double>::quiet_NaN();
    if (text.empty())
        return kInvalid;
    if (text.find('-') == std::string_view::npos || text.front() == '-') {
        double value = 0;
        const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
        return ec == std::errc() && end == text.data() + text.size() && std::isfinite(value) ? value : kInvalid;
    }
    int y = 0;
    unsigned mo = 0, d = 0, h = 0, mi = 0, s = 0;
    const std::string owned(text);
    int consumed = 0;
    const int fields = std::sscanf(owned.c_str(), "%4d-%2u-%2u%n", &y, &mo, &d, &consumed);
    if (fields != 3)
        return kInvalid;
    if (static_cast<std::size_t>(consumed) < owned.size()) {
        int more = 0;
        if (std::sscanf(owned.c_str() + consumed, "T%2u:%2u:%2u%n", &h, &mi, &s, &more) != 3)
            return kInvalid;
        const std::string rest = owned.substr(static_cast<std::size_t>(consumed + more));
        if (rest != "Z" && !rest.empty())
            return kInvalid;
    }
    using namespace std::chrono;
    const year_month_day ymd { year { y }, month { mo }, day { d } };
    if (!ymd.ok() || h > 23 || mi > 59 || s > 60)
        return kInvalid;
    const sys_days day = ymd;
    return static_cast<double>(day.time_since_epoch().count()) * 86400.0 + h * 3600.0 + mi * 60.0 + s;
}

} // namespace ecw
