// SPDX-License-Identifier: GPL-3.0-or-later
// The worksheet's "Observed vs predicted" section, when telemetry is loaded: the comparison with its 15 % flags,
// the proposed constants, the growth fit (with the observed node count charted) and the right-sizing phases.
#pragma once

#include "Calibration.h"
#include "WorksheetDocument.h"

namespace ecw {

inline constexpr const char* kCalibrationSectionTitle = "Observed vs predicted";

// Inserts the section before the appendix of deployment artifacts (at the end when there is none).
void insertCalibrationSection(WorksheetDocument& worksheet, const Calibration& calibration);
// The section's blocks on their own.
std::vector<WorksheetBlock> calibrationSectionBlocks(const Calibration& calibration);

} // namespace ecw
