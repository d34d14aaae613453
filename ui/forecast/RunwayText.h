// SPDX-License-Identifier: GPL-3.0-or-later
// How the Forecast and Cost tabs write a scaling day in a table cell: the day and its date on two lines (narrow
// columns), or "beyond N days" when the trigger does not fire within the horizon.
#pragma once

#include "Clock.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace ecw {

inline QString runwayText(const std::optional<int>& day, const std::optional<Date>& date, int horizonDays)
{
    if (!day)
        return QCoreApplication::translate("ecw::RunwayText", "beyond %1 days").arg(horizonDays);
    QString text = QCoreApplication::translate("ecw::RunwayText", "day %1").arg(*day);
    if (date)
        text += QLatin1Char('\n') + QString::fromStdString(formatIsoDate(*date));
    return text;
}

} // namespace ecw
