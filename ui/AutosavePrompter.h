// SPDX-License-Identifier: GPL-3.0-or-later
// The question crash recovery asks at start (restore the work a crashed session autosaved?), behind an
// interface so tests and the hidden --restore-answer option answer it without a dialog. Separate from
// Prompter so the window's other prompts (and every test's fake of them) stay as they are.
#pragma once

#include "AutosaveEntry.h"

class QWidget;

namespace ecw {

class AutosavePrompter
{
public:
    virtual ~AutosavePrompter() = default;
    // True: restore it as a modified document. False: delete it.
    virtual bool askRestore(QWidget* parent, const AutosaveEntry& entry) = 0;
    // An autosave that cannot be read; it is left where it is.
    virtual void showUnreadable(QWidget* parent, const AutosaveEntry& entry) = 0;
};

} // namespace ecw
