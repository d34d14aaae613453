// SPDX-License-Identifier: GPL-3.0-or-later
// The estimate as CSV: header id,label,value,unit,formula and one row per line item, base units.
#pragma once

#include "CsvWriter.h"
#include "Estimate.h"

#include <string>

namespace ecw {

inline constexpr std::string_view kEstimateCsvHeader = "id,label,value,unit,formula";

// Appends the header and the line-item rows to a writer (a worksheet adds its other sections around them).
void writeEstimateCsvRows(CsvWriter& writer, const Estimate& estimate);
std::string writeEstimateCsv(const Estimate& estimate);

} // namespace ecw
