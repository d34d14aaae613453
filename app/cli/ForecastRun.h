// SPDX-License-Identifier: GPL-3.0-or-later
// One forecast for the CLI: the scenario, the price book and the clock the engine needs, kept together so the
// engine's clock reference stays valid, computed once.
#pragma once

#include "CliArguments.h"
#include "Clock.h"
#include "ForecastEngine.h"
#include "PriceOptions.h"

#include <vector>

namespace ecw {

class ForecastRun
{
public:
    ForecastRun(const ScenarioDocument& document, const PriceSelection& prices, std::vector<int> milestoneDays,
                Date today);
    ForecastRun(const ForecastRun&) = delete;
    ForecastRun& operator=(const ForecastRun&) = delete;

    const ForecastEngine& engine() const { return m_engine; }
    const PriceSelection& prices() const { return m_prices; }

    static void addTodaySpec(std::vector<OptionSpec>& specs);
    static void addTodayHelp(HelpFormatter& help);
    // --today YYYY-MM-DD, else the system clock's date (UTC).
    static Result<Date> today(const CliArguments& args);

private:
    FixedClock m_clock;
    PriceSelection m_prices;
    ForecastEngine m_engine;
};

} // namespace ecw
