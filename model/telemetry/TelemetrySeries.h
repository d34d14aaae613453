// SPDX-License-Identifier: GPL-3.0-or-later
// Observed telemetry: time series of the spec's Engram metrics, as Prometheus returns them, in base units.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace ecw {

struct Sample
{
    double time = 0; // seconds since the Unix epoch (UTC)
    double value = 0;
};

struct Series
{
    std::string metric; // "engram_memory_usage_bytes"
    std::map<std::string, std::string> labels; // without __name__
    std::vector<Sample> samples; // in time order, no two at the same time

    // "" when the series has no such label.
    std::string_view label(std::string_view key) const;
    // engram_memory_usage_bytes{tier="hot"}: for messages.
    std::string displayName() const;
};

// Where a set of series came from: a server and window, or a file.
struct TelemetrySource
{
    std::string server; // base URL, "" for a file
    std::string file; // path, "" for a server
    double start = 0; // the window asked for (a file: its first and last sample)
    double end = 0;
    double step = 0; // resolution in seconds (a file: the most common spacing)
    std::string fetchedAt; // ISO 8601 UTC, when the series were read

    std::string describe() const; // "http://prom:9090, 2026-11-20T00:00Z to 2026-12-04T00:00Z, step 60 s"
};

struct TelemetrySet
{
    TelemetrySource source;
    std::vector<Series> series;

    std::vector<const Series*> find(std::string_view metric) const;
    const Series* find(std::string_view metric, std::string_view labelKey, std::string_view labelValue) const;
    bool empty() const { return series.empty(); }
};

// Sorts by time and merges samples at the same time (the later one wins): chunked queries overlap at their
// edges, and files may list a series in pieces.
void normalizeSeries(Series& series);
// Adds the samples of one series to the set, joining a series with the same metric and labels.
void mergeSeries(TelemetrySet& set, Series series);

// The sum of several series at each time any of them has a sample, holding each series' last value for at
// most holdSeconds (Prometheus's five-minute lookback): sum(engram_nodes) over the tiers.
std::vector<Sample> sumSeries(const std::vector<const Series*>& series, double holdSeconds = 300);

// Four significant digits for ratios and constants ("1.892", "8961"), whole numbers grouped from 10,000 up.
std::string formatSignificant(double value);

// ISO 8601 UTC with seconds: "2026-12-04T10:00:00Z".
std::string formatTimestamp(double secondsSinceEpoch);
// Now, the same way: when series were read or a constant applied.
std::string currentTimestamp();
// "14d", "36h", "90m", "600s", or plain seconds: the window length; 0 or negative when unreadable.
double parseDuration(std::string_view text);
// The inverse, for messages and reports: 1209600 -> "14d", 5400 -> "90m".
std::string formatDuration(double seconds);
// "2026-12-04T10:00:00Z", "2026-12-04" or seconds since the epoch; nullopt-like NaN when unreadable.
double parseTimestamp(std::string_view text);

} // namespace ecw
