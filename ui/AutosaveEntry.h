// SPDX-License-Identifier: GPL-3.0-or-later
// One piece of autosaved work a session left behind when it did not exit normally: where it is, which
// scenario file it belongs to, when it was written and the scenario in it.
#pragma once

#include "ScenarioDocument.h"

#include <QDateTime>
#include <QString>

namespace ecw {

struct AutosaveEntry
{
    QString id; // the session's slot in the autosave folder
    QString scenarioPath; // <folder>/<id>.ecw.json
    QString originalPath; // the scenario file the work belongs to; "" for an untitled scenario
    QDateTime savedAt;
    bool readable = false; // the file parsed and passed validation
    QString problem; // why it is not readable
    ScenarioDocument document;
};

} // namespace ecw
