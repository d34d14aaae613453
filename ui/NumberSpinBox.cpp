// SPDX-License-Identifier: GPL-3.0-or-later
// Number text for input spin boxes, locale-independent like the rest of the project's figures.
#include "NumberSpinBox.h"

#include "QtText.h"
#include "Units.h"
#include "Validation.h"

#include <cmath>
#include <limits>

namespace ecw {

namespace {

constexpr int kFractionDecimals = 6;

QString withoutSeparators(QString text)
{
    text.remove(QLatin1Char(','));
    text.remove(QLatin1Char(' '));
    text.remove(QChar(0x00A0)); // no-break space, as some locales group digits
    text.remove(QChar(0x202F));
    return text;
}

// "12345.5" -> "12,345.5"
std::string groupIntegerPart(const std::string& fixed)
{
    const std::size_t dot = fixed.find('.');
    const std::string integer = fixed.substr(0, dot);
    const std::string rest = dot == std::string::npos ? std::string() : fixed.substr(dot);
    if (integer.empty() || integer == "-")
        return fixed;
    return formatGrouped(std::stod(integer)) + rest;
}

} // namespace

NumberSpinBox::NumberSpinBox(QWidget* parent)
    : QDoubleSpinBox(parent)
{
    setKeyboardTracking(false); // a typed number is one edit, applied on Enter or focus out
    setAccelerated(true);
    setCorrectionMode(QAbstractSpinBox::CorrectToPreviousValue);
    setWholeNumber(false);
}

void NumberSpinBox::setWholeNumber(bool whole)
{
    m_wholeNumber = whole;
    setDecimals(whole ? 0 : kFractionDecimals);
}

QString NumberSpinBox::textFromValue(double value) const
{
    if (m_wholeNumber || value == std::floor(value))
        return toQString(formatGrouped(value));
    std::string fixed = formatFixed(value, decimals());
    if (fixed.find('.') != std::string::npos) {
        while (!fixed.empty() && fixed.back() == '0')
            fixed.pop_back();
        if (!fixed.empty() && fixed.back() == '.')
            fixed.pop_back();
    }
    // A negative integer part of "-0" ("-0.5") must keep its sign.
    if (fixed.rfind("-0", 0) == 0)
        return toQString(fixed);
    return toQString(groupIntegerPart(fixed));
}

double NumberSpinBox::parseTyped(const QString& text)
{
    const std::optional<double> value = parseNumber(toStdString(withoutSeparators(text)));
    return value ? *value : std::numeric_limits<double>::quiet_NaN();
}

double NumberSpinBox::valueFromText(const QString& text) const
{
    const double value = parseTyped(text);
    return std::isnan(value) ? this->value() : value;
}

QValidator::State NumberSpinBox::validate(QString& input, int& pos) const
{
    (void)pos;
    const QString bare = withoutSeparators(input);
    if (bare.isEmpty())
        return QValidator::Intermediate;
    for (const QChar c : bare) {
        const bool allowed = c.isDigit() || c == QLatin1Char('.') || c == QLatin1Char('-') || c == QLatin1Char('+')
            || c == QLatin1Char('e') || c == QLatin1Char('E');
        if (!allowed)
            return QValidator::Invalid;
    }
    const double value = parseTyped(bare);
    if (std::isnan(value))
        return QValidator::Intermediate; // "1e", "-", "0." while typing
    if (value < minimum() || value > maximum())
        return QValidator::Intermediate;
    if (m_wholeNumber && value != std::floor(value))
        return QValidator::Intermediate;
    return QValidator::Acceptable;
}

void NumberSpinBox::fixup(QString& input) const
{
    // Called when editing ends on text that is not acceptable: tell the window why the value stays.
    if (!withoutSeparators(input).isEmpty())
        Q_EMIT const_cast<NumberSpinBox*>(this)->rejectedText(input);
}

void NumberSpinBox::stepBy(int steps)
{
    if (!m_stepper) {
        QDoubleSpinBox::stepBy(steps);
        return;
    }
    setValue(m_stepper(value(), steps));
    selectAll();
}

} // namespace ecw
