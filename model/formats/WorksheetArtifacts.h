// SPDX-License-Identifier: GPL-3.0-or-later
// The worksheet's appendix: the deployment artifacts generated from the scenario's estimate (the same files
// as `engram-capacity generate all` and the workbench's Operations tab), for PDF, print and CSV.
#pragma once

#include "CsvWriter.h"
#include "DeploymentArtifacts.h"
#include "WorksheetDocument.h"

#include <vector>

namespace ecw {

// "Appendix: deployment artifacts", then per artifact a heading with its file name, its note and its text.
void appendArtifactSections(WorksheetDocument& worksheet, const std::vector<Artifact>& artifacts);
// Section "artifacts": kind, file, format, line, text; one row per line of each file, so a file reads back by
// joining its rows' text with newlines.
void writeWorksheetArtifacts(CsvWriter& writer, const std::vector<Artifact>& artifacts);

} // namespace ecw
