// SPDX-License-Identifier: GPL-3.0-or-later
// Reads the calibration metrics from a Prometheus server over its HTTP API, with libcurl: the metric names it knows,
// query_range in chunks of at most 11,000 points, and predict_linear of the node count. Timeouts on every request,
// polite retries (connection failures, 429 and 5xx, doubling delays, Retry-After honoured), named errors.
#pragma once

#include "PrometheusQuery.h"

namespace ecw {

// Errors: "cannot connect to URL: connection refused", "Prometheus at URL answered HTTP 500 to query_range
// engram_wal_size_bytes: <its error>", "unknown metric engram_nodes: ...", "empty result: ...", "timed out ...",
// "cancelled". cancel may be null; it is checked while a request runs, so cancelling never waits for a timeout.
Result<PrometheusFetch> fetchPrometheusTelemetry(const PrometheusRequest& request, const FetchProgress& progress = {},
                                                 const std::atomic<bool>* cancel = nullptr);

} // namespace ecw
