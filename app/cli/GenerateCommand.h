// SPDX-License-Identifier: GPL-3.0-or-later
// engram-capacity generate KIND: deployment artifacts from the scenario's estimate (Kubernetes Deployment,
// kubectl line, HPA, docker run, numactl, AWS Auto Scaling group, Prometheus rules and their promtool tests),
// one to stdout or --output, or all of them into --output-dir.
#pragma once

#include "CliContext.h"

#include <span>
#include <string>
#include <string_view>

namespace ecw {

int runGenerateCommand(std::span<const std::string_view> args, CliContext& context);
std::string generateHelpText();

} // namespace ecw
