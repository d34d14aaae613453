// SPDX-License-Identifier: GPL-3.0-or-later
// Today's date from an injectable clock, and the calendar arithmetic forecasts need ("today + 30 days").
#pragma once

#include <chrono>
#include <cstdio>
#include <optional>
#include <string>
#include <string_view>

namespace ecw {

// A calendar day (UTC); plain std::chrono, so adding days and counting days between dates is exact.
using Date = std::chrono::sys_days;

class Clock
{
public:
    virtual ~Clock() = default;
    virtual Date today() const = 0;
};

// The machine's date in UTC.
class SystemClock final : public Clock
{
public:
    Date today() const override { return std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now()); }
};

// A clock that says what it is told: tests, benchmarks and reproducible reports.
class FixedClock final : public Clock
{
public:
    explicit FixedClock(Date today)
        : m_today(today)
    {
    }
    Date today() const override { return m_today; }
    void set(Date today) { m_today = today; }
    void advance(int days) { m_today += std::chrono::days { days }; }

private:
    Date m_today;
};

inline Date makeDate(int year, unsigned month, unsigned day)
{
    return Date { std::chrono::year { year } / std::chrono::month { month } / std::chrono::day { day } };
}

inline Date addDays(Date date, long long days)
{
    return date + std::chrono::days { days };
}

inline long long daysBetween(Date from, Date to)
{
    return (to - from).count();
}

// Strict ISO 8601 calendar date "YYYY-MM-DD" naming a real day (no 2026-02-30); nothing else.
inline std::optional<Date> parseIsoDate(std::string_view text)
{
    if (text.size() != 10 || text[4] != '-' || text[7] != '-')
        return std::nullopt;
    auto digits = [&](std::size_t from, std::size_t count) -> std::optional<int> {
        int value = 0;
        for (std::size_t i = from; i < from + count; ++i) {
            if (text[i] < '0' || text[i] > '9')
                return std::nullopt;
            value = value * 10 + (text[i] - '0');
        }
        return value;
    };
    const auto year = digits(0, 4);
    const auto month = digits(5, 2);
    const auto day = digits(8, 2);
    if (!year || !month || !day)
        return std::nullopt;
    const std::chrono::year_month_day ymd { std::chrono::year { *year },
                                            std::chrono::month { static_cast<unsigned>(*month) },
                                            std::chrono::day { static_cast<unsigned>(*day) } };
    if (!ymd.ok())
        return std::nullopt;
    return Date { ymd };
}

inline std::string formatIsoDate(Date date)
{
    const std::chrono::year_month_day ymd { date };
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", static_cast<int>(ymd.year()),
                  static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
    return buffer;
}

} // namespace ecw
