// SPDX-License-Identifier: GPL-3.0-or-later
// Maps an input's range onto integer slider positions: a linear grid of round steps, or for
// logarithmic inputs two significant digits per decade (1.0, 1.1, ... 9.9 x 10^k), always including
// the exact minimum and maximum so the ends of the slider are the ends of the range.
#pragma once

#include "Inputs.h"

#include <vector>

namespace ecw {

class SliderScale
{
public:
    explicit SliderScale(const InputSpec& spec);
    SliderScale(double minimum, double maximum, bool wholeNumber, bool logarithmic);

    int maximumPosition() const { return static_cast<int>(m_values.size()) - 1; }
    double valueAt(int position) const;
    // The position whose value is nearest (in ratio terms on a logarithmic scale).
    int positionOf(double value) const;
    // The next grid value above / below a value (which need not be on the grid), clamped to the range.
    double stepUp(double value) const;
    double stepDown(double value) const;
    // A slider page: about a tenth of the range, or one decade on a logarithmic scale.
    int pageStep() const { return m_pageStep; }
    bool logarithmic() const { return m_logarithmic; }

private:
    void buildLinear(double minimum, double maximum, bool wholeNumber);
    void buildLogarithmic(double minimum, double maximum, bool wholeNumber);

    std::vector<double> m_values; // strictly increasing
    bool m_logarithmic = false;
    int m_pageStep = 1;
};

} // namespace ecw
