// SPDX-License-Identifier: GPL-3.0-or-later
// Slider grids. A grid is at most a few thousand doubles, built once per input control.
#include "SliderScale.h"

#include <algorithm>
#include <cmath>

namespace ecw {

namespace {

constexpr double kLinearTargetSteps = 1000.0;
constexpr int kMantissasPerDecade = 90; // 1.0, 1.1, ..., 9.9

// The smallest of 1, 2, 5 x 10^k that is at least raw.
double niceStep(double raw)
{
    if (!(raw > 0))
        return 1.0;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (double factor : { 1.0, 2.0, 5.0, 10.0 })
        if (factor * magnitude >= raw * (1.0 - 1e-12))
            return factor * magnitude;
    return 10.0 * magnitude;
}

// m10 / 10 * 10^decade, computed so that decimal grid values are the nearest doubles to the decimal
// (1.1 is 11 / 10, not 11 * 0.1).
double gridValue(int m10, int decade)
{
    const int exponent = decade - 1;
    if (exponent >= 0)
        return m10 * std::pow(10.0, exponent);
    return m10 / std::pow(10.0, -exponent);
}

} // namespace

SliderScale::SliderScale(const InputSpec& spec)
    : SliderScale(spec.minimum, spec.maximum, spec.wholeNumber, spec.logarithmic)
{
}

SliderScale::SliderScale(double minimum, double maximum, bool wholeNumber, bool logarithmic)
    : m_logarithmic(logarithmic)
{
    if (!(maximum > minimum)) {
        m_values = { minimum };
        return;
    }
    if (logarithmic)
        buildLogarithmic(minimum, maximum, wholeNumber);
    else
        buildLinear(minimum, maximum, wholeNumber);
}

void SliderScale::buildLinear(double minimum, double maximum, bool wholeNumber)
{
    double step = niceStep((maximum - minimum) / kLinearTargetSteps);
    if (wholeNumber)
        step = std::max(1.0, std::round(step));
    m_values.push_back(minimum);
    // Anchor the grid at multiples of the step (so 30 days is on a 5-day grid that starts at 1 day).
    for (double k = std::floor(minimum / step) + 1;; k += 1) {
        const double value = k * step;
        if (value >= maximum)
            break;
        if (value > minimum)
            m_values.push_back(value);
    }
    m_values.push_back(maximum);
    m_pageStep = std::max(1, static_cast<int>(std::lround(maximumPosition() / 10.0)));
}

void SliderScale::buildLogarithmic(double minimum, double maximum, bool wholeNumber)
{
    m_values.push_back(minimum);
    // An input that may be zero starts its decades at 1 (the smallest whole unit).
    const double low = minimum > 0 ? minimum : 1.0;
    if (minimum <= 0 && maximum > 1.0)
        m_values.push_back(1.0);
    const int firstDecade = static_cast<int>(std::floor(std::log10(low)));
    const int lastDecade = static_cast<int>(std::floor(std::log10(maximum)));
    for (int decade = firstDecade; decade <= lastDecade; ++decade) {
        for (int m10 = 10; m10 < 10 + kMantissasPerDecade; ++m10) {
            double value = gridValue(m10, decade);
            if (wholeNumber)
                value = std::round(value);
            if (value > m_values.back() && value < maximum)
                m_values.push_back(value);
        }
    }
    m_values.push_back(maximum);
    m_pageStep = kMantissasPerDecade;
}

double SliderScale::valueAt(int position) const
{
    const int clamped = std::clamp(position, 0, maximumPosition());
    return m_values[static_cast<std::size_t>(clamped)];
}

int SliderScale::positionOf(double value) const
{
    if (!(value > m_values.front()))
        return 0;
    if (value >= m_values.back())
        return maximumPosition();
    const auto upper = std::lower_bound(m_values.begin(), m_values.end(), value);
    const auto lower = upper - 1;
    bool pickUpper = false;
    if (m_logarithmic && *lower > 0)
        pickUpper = std::log(*upper / value) < std::log(value / *lower);
    else
        pickUpper = (*upper - value) < (value - *lower);
    return static_cast<int>((pickUpper ? upper : lower) - m_values.begin());
}

double SliderScale::stepUp(double value) const
{
    const auto next = std::upper_bound(m_values.begin(), m_values.end(), value);
    return next == m_values.end() ? m_values.back() : *next;
}

double SliderScale::stepDown(double value) const
{
    const auto previous = std::lower_bound(m_values.begin(), m_values.end(), value);
    return previous == m_values.begin() ? m_values.front() : *(previous - 1);
}

} // namespace ecw
