// SPDX-License-Identifier: GPL-3.0-or-later
// Synthetic Engram telemetry with a known truth, for the tests, the benchmark and the screenshots: nodes grow at a
// compound daily rate, traffic follows a daily cycle, every gauge is what the model says under the truth's own
// constants (which differ from the defaults where the test wants a prediction error), with noise and one outage.
#pragma once

#include "Constants.h"
#include "Scenario.h"
#include "TelemetrySeries.h"

#include <cstdint>

namespace ecw {

struct SyntheticTruth
{
    Scenario start; // the deployment on day 0: nodes, active ratio, ops/s, write fraction, ...
    ModelConstants constants; // what the deployment really does
    double dailyGrowth = 0.02; // compound: nodes(d) = nodes(0) * (1 + rate)^d
    double days = 14;
    double stepSeconds = 60;
    double end = 0; // time of the last sample, seconds since the epoch
    double cycleAmplitude = 0.3; // ops(t) = ops * nodes(t)/nodes(0) * (1 + amplitude * sin(2 pi t / day))
    double noise = 0.01; // standard deviation of the multiplicative noise
    double outageStartDay = 9; // no samples for outageHours from here (negative: no outage)
    double outageHours = 2;
    int cores = 8; // engram_cpu_utilization_percent{core="0".."cores-1"}
    std::uint32_t seed = 20261206;
    bool omitColdMemory = false; // leave out engram_memory_usage_bytes{tier="cold"} (the fault test)
};

// The default truth: the spec's default scenario, a hot tier 25% larger than HASH_TABLE_OVERHEAD says and a WAL
// 20% smaller than WAL_RECORD_SIZE says; everything else as the model predicts.
SyntheticTruth defaultSyntheticTruth(double end);

TelemetrySet generateTelemetry(const SyntheticTruth& truth);

} // namespace ecw
