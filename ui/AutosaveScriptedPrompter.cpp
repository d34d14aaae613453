// SPDX-License-Identifier: GPL-3.0-or-later
// One line per question on stderr: "engram-workbench: restore offered: <file> (<origin>): yes".
#include "AutosaveScriptedPrompter.h"

#include <cstdio>

namespace ecw {

AutosaveScriptedPrompter::AutosaveScriptedPrompter(bool restore)
    : m_restore(restore)
{
}

bool AutosaveScriptedPrompter::askRestore(QWidget*, const AutosaveEntry& entry)
{
    const QString origin = entry.originalPath.isEmpty() ? QStringLiteral("untitled") : entry.originalPath;
    std::fprintf(stderr, "engram-workbench: restore offered: %s (%s): %s\n", qPrintable(entry.scenarioPath),
                 qPrintable(origin), m_restore ? "yes" : "no");
    std::fflush(stderr);
    return m_restore;
}

void AutosaveScriptedPrompter::showUnreadable(QWidget*, const AutosaveEntry& entry)
{
    std::fprintf(stderr, "engram-workbench: unreadable autosave %s: %s\n", qPrintable(entry.scenarioPath),
                 qPrintable(entry.problem));
    std::fflush(stderr);
}

} // namespace ecw
