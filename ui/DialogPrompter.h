// SPDX-License-Identifier: GPL-3.0-or-later
// The real prompts: QMessageBox and QFileDialog.
#pragma once

#include "Prompter.h"

namespace ecw {

class DialogPrompter : public Prompter
{
public:
    UnsavedChoice askUnsavedChanges(QWidget* parent, const QString& scenarioName) override;
    QString openFileName(QWidget* parent, const QString& directory) override;
    QString saveFileName(QWidget* parent, const QString& suggestedPath) override;
    void showError(QWidget* parent, const QString& title, const QString& message) override;
};

} // namespace ecw
