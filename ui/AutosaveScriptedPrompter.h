// SPDX-License-Identifier: GPL-3.0-or-later
// Answers the crash-recovery question without a dialog (engram-workbench --restore-answer yes|no, for the
// crash test and scripted checks) and logs every question and answer to stderr, so a test that starts the
// real program sees that the restore was offered.
#pragma once

#include "AutosavePrompter.h"

namespace ecw {

class AutosaveScriptedPrompter : public AutosavePrompter
{
public:
    explicit AutosaveScriptedPrompter(bool restore);

    bool askRestore(QWidget* parent, const AutosaveEntry& entry) override;
    void showUnreadable(QWidget* parent, const AutosaveEntry& entry) override;

private:
    bool m_restore;
};

} // namespace ecw
