// SPDX-License-Identifier: GPL-3.0-or-later
// The questions the main window asks the planner (file names, unsaved changes, errors), behind an
// interface so tests can answer them without a modal dialog.
#pragma once

#include <QString>

class QWidget;

namespace ecw {

class Prompter
{
public:
    enum class UnsavedChoice
    {
        Save,
        Discard,
        Cancel
    };

    virtual ~Prompter() = default;
    virtual UnsavedChoice askUnsavedChanges(QWidget* parent, const QString& scenarioName) = 0;
    // "" when the planner cancels.
    virtual QString openFileName(QWidget* parent, const QString& directory) = 0;
    virtual QString saveFileName(QWidget* parent, const QString& suggestedPath) = 0;
    virtual void showError(QWidget* parent, const QString& title, const QString& message) = 0;
};

} // namespace ecw
