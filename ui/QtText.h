// SPDX-License-Identifier: GPL-3.0-or-later
// The one bridge from the model's UTF-8 strings and unit formatting to QString, so every figure the
// window shows is the model's formatHuman text, the same as the CLI and the exports print.
#pragma once

#include "Units.h"

#include <QString>

#include <string>
#include <string_view>

namespace ecw {

inline QString toQString(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

inline QString humanText(double value, Unit unit)
{
    return toQString(formatHuman(value, unit));
}

inline std::string toStdString(const QString& text)
{
    return text.toStdString();
}

} // namespace ecw
