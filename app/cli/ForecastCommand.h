// SPDX-License-Identifier: GPL-3.0-or-later
// engram-capacity forecast: the scenario grown over time: the 30/60/90-day table with and without the safety
// margin, the runway to the scaling triggers, and on request every day; as text, JSON or CSV.
#pragma once

#include "CliContext.h"

#include <span>
#include <string>
#include <string_view>

namespace ecw {

int runForecastCommand(std::span<const std::string_view> args, CliContext& context);
std::string forecastHelpText();

} // namespace ecw
