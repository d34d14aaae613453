// SPDX-License-Identifier: GPL-3.0-or-later
// A calibration as JSON (base units: bytes, seconds, cores) and as CSV sections, for the CLI, the worksheet CSV and
// scripts.
#pragma once

#include "Calibration.h"
#include "CsvWriter.h"

#include <string>

namespace ecw {

std::string writeCalibrationJson(const Calibration& calibration, const PriceBook* book);

// The sections as rows: section,key,label,observed,predicted,relative_error,flagged,... in one table with a
// "section" column so a spreadsheet can filter.
void writeCalibrationCsv(CsvWriter& csv, const Calibration& calibration);
std::string writeCalibrationCsv(const Calibration& calibration);

// "-20.1%", "+3.0%".
std::string formatRelativeError(double fraction);

} // namespace ecw
