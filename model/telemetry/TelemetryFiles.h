// SPDX-License-Identifier: GPL-3.0-or-later
// Telemetry files: the JSON Prometheus's /api/v1/query_range returns (one response or an array of them) and
// OpenMetrics text (timestamps in seconds, ending with "# EOF"). Readers reject NaN, infinities and stale
// markers, naming the series and the time; every message names where the problem is.
#pragma once

#include "Result.h"
#include "TelemetrySeries.h"

#include <string>
#include <string_view>

namespace ecw {

// One query_range response body, or a JSON array of them. A response with "status": "error" is an error that
// carries Prometheus's errorType and error message.
Result<TelemetrySet> readQueryRangeJson(std::string_view text);
// OpenMetrics text exposition with a timestamp on every sample.
Result<TelemetrySet> readOpenMetrics(std::string_view text);
// Either of the two, told apart by the first character that is not white space ('{' or '[' is JSON). name is the
// file's path, for the source and the messages.
Result<TelemetrySet> readTelemetryFile(std::string_view text, const std::string& name);

// A JSON array of query_range responses, one per metric: what calibrate --save-telemetry writes, readable by
// readQueryRangeJson.
std::string writeQueryRangeJson(const TelemetrySet& set);
// OpenMetrics text, one metric family at a time with its TYPE line, ending with "# EOF": what promtool tsdb
// create-blocks-from openmetrics reads.
std::string writeOpenMetrics(const TelemetrySet& set);

// The value of a sample is usable: finite. Prometheus's stale marker is a NaN.
bool usableSampleValue(double value);

} // namespace ecw
