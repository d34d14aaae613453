// SPDX-License-Identifier: GPL-3.0-or-later
#include "ForecastRun.h"

namespace ecw {

ForecastRun::ForecastRun(const ScenarioDocument& document, const PriceSelection& prices, std::vector<int> milestoneDays,
                         Date today)
    : m_clock(today)
    , m_prices(prices)
    , m_engine(m_clock)
{
    m_engine.setPriceBook(m_prices.book);
    m_engine.setCostOptions(m_prices.costOptions);
    m_engine.setMilestoneDays(std::move(milestoneDays));
    m_engine.recompute(document);
}

void ForecastRun::addTodaySpec(std::vector<OptionSpec>& specs)
{
    specs.push_back({ "today", "YYYY-MM-DD", false });
}

void ForecastRun::addTodayHelp(HelpFormatter& help)
{
    help.option("--today YYYY-MM-DD",
                "Count days and dates from this day instead of today (UTC): reproducible reports, and the "
                "price book's age as of that day.");
}

Result<Date> ForecastRun::today(const CliArguments& args)
{
    const std::string* text = args.value("today");
    if (!text)
        return SystemClock().today();
    const std::optional<Date> date = parseIsoDate(*text);
    if (!date)
        return Error { "--today must be a calendar date as YYYY-MM-DD (got '" + *text + "')" };
    return *date;
}

} // namespace ecw
