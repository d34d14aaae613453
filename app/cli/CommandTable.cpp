// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandTable.h"

#include "ConstantsCommand.h"
#include "EstimateCommand.h"

#include <array>

namespace ecw {

namespace {

// forecast, cost and export join here as they are written.
constexpr std::array kCommands {
    CliCommand { "estimate", "Estimate memory, CPU, storage, network and recovery for one scenario",
                 runEstimateCommand },
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
