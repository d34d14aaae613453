// SPDX-License-Identifier: GPL-3.0-or-later
// engram-capacity-prometheus: engram-capacity with an HTTP client, for calibrate --prometheus.
#include "CalibrateCommand.h"
#include "CliApplication.h"
#include "PrometheusClient.h"

#include <iostream>
#include <string_view>
#include <vector>

int main(int argc, char** argv)
{
    ecw::setPrometheusFetcher(&ecw::fetchPrometheusTelemetry);
    const std::vector<std::string_view> args(argv + 1, argv + argc);
    ecw::CliContext context { std::cout, std::cerr };
    return ecw::runCli(args, context);
}
