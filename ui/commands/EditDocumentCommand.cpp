// SPDX-License-Identifier: GPL-3.0-or-later
#include "EditDocumentCommand.h"

#include "ScenarioController.h"

namespace ecw {

namespace {

constexpr int kMergeableCommandId = 0x45434d; // any id != -1 lets QUndoStack ask mergeWith()

} // namespace

EditDocumentCommand::EditDocumentCommand(ScenarioController* controller, const QString& text, ScenarioDocument before,
                                         ScenarioDocument after, int mergeKey)
    : QUndoCommand(text)
    , m_controller(controller)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_mergeKey(mergeKey)
{
}

void EditDocumentCommand::undo()
{
    m_controller->restore(m_before);
}

void EditDocumentCommand::redo()
{
    m_controller->restore(m_after);
}

int EditDocumentCommand::id() const
{
    return m_mergeKey != 0 ? kMergeableCommandId : -1;
}

bool EditDocumentCommand::mergeWith(const QUndoCommand* other)
{
    const auto* edit = static_cast<const EditDocumentCommand*>(other);
    if (edit->m_mergeKey != m_mergeKey)
        return false;
    m_after = edit->m_after;
    setText(edit->text());
    // A drag that ends where it started leaves nothing to undo.
    setObsolete(m_after == m_before);
    return true;
}

} // namespace ecw
