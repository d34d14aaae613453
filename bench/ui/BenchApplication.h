// SPDX-License-Identifier: GPL-3.0-or-later
// The QApplication every GUI benchmark runs in: offscreen unless QT_QPA_PLATFORM says otherwise, with Qt's
// test-mode paths so a run never reads or writes the planner's window settings.
#pragma once

#include <QApplication>
#include <QStandardPaths>

namespace ecw::bench {

class BenchApplication
{
public:
    BenchApplication(int& argc, char** argv)
        : m_platform(offscreenUnlessSet())
        , m_app(argc, argv)
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(QStringLiteral("Engram"));
        QApplication::setApplicationName(QStringLiteral("Capacity Workbench bench"));
    }

private:
    // Runs before QApplication's constructor reads the variable.
    static bool offscreenUnlessSet()
    {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        return true;
    }

    bool m_platform;
    QApplication m_app;
};

} // namespace ecw::bench
