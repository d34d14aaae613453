// SPDX-License-Identifier: GPL-3.0-or-later
// Shared helpers for the workbench tests: isolated settings, a prompter that answers without dialogs,
// and the expected text of every figure, computed straight from the model.
#pragma once

#include "CapacityModel.h"
#include "Prompter.h"
#include "QtText.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QStringList>

#include <deque>

namespace ecw::test {

// Every test writes settings (geometry, recent files) to Qt's test location, never the planner's, and
// each test executable to its own file there, so suites that ctest runs in parallel do not share them.
inline void isolateSettings()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("Engram"));
    QCoreApplication::setApplicationName(QStringLiteral("Capacity Workbench ")
                                         + QFileInfo(QCoreApplication::applicationFilePath()).fileName());
    QSettings().clear();
}

class FakePrompter : public Prompter
{
public:
    struct Error
    {
        QString title;
        QString message;
    };

    UnsavedChoice askUnsavedChanges(QWidget*, const QString& scenarioName) override
    {
        unsavedQuestions << scenarioName;
        return unsavedAnswer;
    }
    QString openFileName(QWidget*, const QString&) override { return nextOpen; }
    QString saveFileName(QWidget*, const QString& suggested) override
    {
        suggestedSaves << suggested;
        return nextSave;
    }
    void showError(QWidget*, const QString& title, const QString& message) override
    {
        errors.push_back({ title, message });
    }

    UnsavedChoice unsavedAnswer = UnsavedChoice::Cancel;
    QString nextOpen;
    QString nextSave;
    QStringList unsavedQuestions;
    QStringList suggestedSaves;
    std::deque<Error> errors;
};

inline QString expectedText(const Estimate& estimate, std::string_view itemId)
{
    const LineItem* item = estimate.find(itemId);
    return item ? humanText(item->value, item->unit) : QString();
}

} // namespace ecw::test
