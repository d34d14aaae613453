// SPDX-License-Identifier: GPL-3.0-or-later
// The Observed tab's texts from a Calibration: the growth fit's summary (chosen model, residual error, band, our
// predict_linear against Prometheus's) and the right-sizing (VPA recommendation, the three phases per cloud).
#pragma once

#include "Calibration.h"

#include <QString>

namespace ecw {

QString fitSummaryHtml(const Calibration& calibration);
QString rightSizingHtml(const Calibration& calibration);
// "+1.9 % a day" for a compound rate, "+20,000 nodes a day" for a linear one.
QString growthRateText(double rate, bool compound);

} // namespace ecw
