// SPDX-License-Identifier: GPL-3.0-or-later
// One undoable edit of the scenario document, stored as before/after snapshots (a document is a few
// hundred numbers, so snapshots are simpler and safer than per-field inverse operations).
#pragma once

#include "ScenarioDocument.h"

#include <QUndoCommand>

namespace ecw {

class ScenarioController;

class EditDocumentCommand : public QUndoCommand
{
public:
    // mergeKey != 0: later commands with the same key merge into this one (one slider drag, one
    // run of typing in the name field).
    EditDocumentCommand(ScenarioController* controller, const QString& text, ScenarioDocument before,
                        ScenarioDocument after, int mergeKey);

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;

    int mergeKey() const { return m_mergeKey; }

private:
    ScenarioController* m_controller;
    ScenarioDocument m_before;
    ScenarioDocument m_after;
    int m_mergeKey;
};

} // namespace ecw
