// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandTable.h"

#include "AdviseCommand.h"
#include "CalibrateCommand.h"
#include "ConstantsCommand.h"
#include "CostCommand.h"
#include "DocsCommand.h"
#include "EstimateCommand.h"
#include "ExportCommand.h"
#include "ForecastCommand.h"
#include "GenerateCommand.h"

#include <array>

namespace ecw {

namespace {

constexpr std::array kCommands {
    CliCommand { "estimate", "Estimate memory, CPU, storage, network and recovery for one scenario",
                 runEstimateCommand },
    CliCommand { "forecast", "Grow the scenario: 30/60/90-day figures with and without margin, runway to the triggers",
                 runForecastCommand },
    CliCommand { "cost", "Recommended instances and monthly cost per cloud and pricing model, tier savings",
                 runCostCommand },
    CliCommand { "advise", "Scaling advisor: the spec's decision matrices on an observed state, with targets and instances",
                 runAdviseCommand },
    CliCommand { "calibrate",
                 "Observed telemetry (Prometheus or a file) vs the model: errors, proposed constants, growth fit, right-sizing",
                 runCalibrateCommand },
    CliCommand { "generate", "Deployment artifacts: Kubernetes, HPA, docker, numactl, AWS ASG, Prometheus alert rules",
                 runGenerateCommand },
    CliCommand { "docs", "Write the operator documents (scaling, capacity planning, how-to, requirements) from the model",
                 runDocsCommand },
    CliCommand { "export", "Write the full worksheet as PDF (A4 or Letter) and/or CSV", runExportCommand },
    CliCommand { "constants", "List the model constants that 'estimate --set KEY=VALUE' can change",
                 runConstantsCommand },
};

} // namespace

std::span<const CliCommand> commandTable()
{
    return kCommands;
}

const CliCommand* findCommand(std::string_view name)
{
    for (const CliCommand& command : kCommands)
        if (command.name == name)
            return &command;
    return nullptr;
}

} // namespace ecw
