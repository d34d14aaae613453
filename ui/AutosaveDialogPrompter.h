// SPDX-License-Identifier: GPL-3.0-or-later
// The real crash-recovery question: a QMessageBox naming the scenario, its file and when it was saved.
#pragma once

#include "AutosavePrompter.h"

#include <QString>

namespace ecw {

class AutosaveDialogPrompter : public AutosavePrompter
{
public:
    bool askRestore(QWidget* parent, const AutosaveEntry& entry) override;
    void showUnreadable(QWidget* parent, const AutosaveEntry& entry) override;

    // "“Q3 cluster” (plan.ecw.json), autosaved 29 Nov 2026 15:40": what the question and the log name.
    static QString describe(const AutosaveEntry& entry);
};

} // namespace ecw
