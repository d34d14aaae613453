// SPDX-License-Identifier: GPL-3.0-or-later
// The estimate's warnings and recommendations (the calculator script's and the spec's constraints),
// each with the reason it fired, always visible beside the figures.
#pragma once

#include "Finding.h"

#include <QListWidget>

#include <string>
#include <vector>

namespace ecw {

class ScenarioController;

class FindingsList : public QListWidget
{
    Q_OBJECT

public:
    explicit FindingsList(ScenarioController* controller, QWidget* parent = nullptr);

    // Item text for a finding: "<message>  -  why: <reason>" (the icon gives the severity).
    static QString findingText(const Finding& finding);
    // Read by assistive technology: "Warning. <message>. Why: <reason>".
    static QString accessibleText(const Finding& finding);

    // "3 warnings, 1 recommendation" (or "none"), for the list's heading.
    static QString summaryText(const std::vector<Finding>& findings);

Q_SIGNALS:
    void summaryChanged(const QString& summary);

private:
    void showEstimate();

    ScenarioController* m_controller;
    std::vector<std::string> m_shown; // id + message + reason of each shown finding
    QString m_summary;
};

} // namespace ecw
