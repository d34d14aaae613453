// SPDX-License-Identifier: GPL-3.0-or-later
// ecw-synthetic-telemetry: writes the synthetic Engram telemetry (SyntheticTelemetry.h) as OpenMetrics or query_range
// JSON, for the Prometheus backfill in the tests, the benchmark and the screenshots.
//   ecw-synthetic-telemetry --output FILE [--format openmetrics|json] [--end SECONDS | --end-hours-ago H]
//                           [--days D] [--omit-cold-memory]
#include "AtomicFile.h"
#include "SyntheticTelemetry.h"
#include "TelemetryFiles.h"

#include <cmath>
#include <cstdlib>
#include <ctime>
#include <iostream>
#include <string>
#include <string_view>

int main(int argc, char** argv)
{
    std::string output, format = "openmetrics";
    double end = std::floor(static_cast<double>(std::time(nullptr)) / 60) * 60 - 3 * 3600; // out of the head block
    double days = 14;
    bool omitCold = false;
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        auto next = [&]() -> std::string {
            if (i + 1 >= argc) {
                std::cerr << "ecw-synthetic-telemetry: " << arg << " needs a value\n";
                std::exit(2);
            }
            return argv[++i];
        };
        if (arg == "--output")
            output = next();
        else if (arg == "--format")
            format = next();
        else if (arg == "--end")
            end = std::atof(next().c_str());
        else if (arg == "--end-hours-ago")
            end = std::floor(static_cast<double>(std::time(nullptr)) / 60) * 60 - std::atof(next().c_str()) * 3600;
        else if (arg == "--days")
            days = std::atof(next().c_str());
        else if (arg == "--omit-cold-memory")
            omitCold = true;
        else {
            std::cerr << "ecw-synthetic-telemetry: unknown option " << arg << "\n";
            return 2;
        }
    }
    if (output.empty() || (format != "openmetrics" && format != "json") || !(days > 0)) {
        std::cerr << "usage: ecw-synthetic-telemetry --output FILE [--format openmetrics|json] [--end SECONDS] "
                     "[--end-hours-ago H] [--days D] [--omit-cold-memory]\n";
        return 2;
    }
    ecw::SyntheticTruth truth = ecw::defaultSyntheticTruth(end);
    truth.days = days;
    truth.omitColdMemory = omitCold;
    const ecw::TelemetrySet set = ecw::generateTelemetry(truth);
    const std::string text = format == "json" ? ecw::writeQueryRangeJson(set) : ecw::writeOpenMetrics(set);
    const ecw::Result<std::size_t> written = ecw::writeFileAtomically(output, text);
    if (!written) {
        std::cerr << "ecw-synthetic-telemetry: " << written.error() << "\n";
        return 1;
    }
    return 0;
}
