// SPDX-License-Identifier: GPL-3.0-or-later
// engram-capacity calibrate: observed telemetry (a Prometheus server or a file) against the model's prediction,
// the fitted growth, proposed constants and right-sizing with dollars saved.
#pragma once

#include "CliContext.h"
#include "PrometheusQuery.h"

#include <span>
#include <string>
#include <string_view>

namespace ecw {

inline constexpr std::string_view kPrometheusToolName = "engram-capacity-prometheus";
inline constexpr std::string_view kDefaultTokenVariable = "ENGRAM_PROMETHEUS_TOKEN";

std::string calibrateHelpText();
int runCalibrateCommand(std::span<const std::string_view> args, CliContext& context);

// engram-capacity links no HTTP client: with --prometheus it hands the command to engram-capacity-prometheus,
// which installs libcurl's fetcher here first. Null in engram-capacity.
void setPrometheusFetcher(PrometheusFetcher fetcher);

} // namespace ecw
