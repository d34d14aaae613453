// SPDX-License-Identifier: GPL-3.0-or-later
// engram-workbench: opens the window on the default scenario or on a scenario file. --screenshot
// renders the window to a PNG (for docs/images) with inputs, a preset or a tab chosen on the command
// line, so the screenshots are reproducible without a display.
#include "InputPanel.h"
#include "MainWindow.h"
#include "Presets.h"
#include "QtText.h"
#include "ScenarioController.h"
#include "Validation.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QImage>
#include <QMessageBox>
#include <QTabWidget>
#include <QTimer>
#include <QTreeView>

#include <cstdio>

namespace {

int fail(const QString& message)
{
    std::fprintf(stderr, "engram-workbench: %s\n", message.toLocal8Bit().constData());
    return 2;
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Engram"));
    QApplication::setApplicationName(QStringLiteral("Capacity Workbench"));
    QApplication::setApplicationDisplayName(ecw::MainWindow::applicationTitle());
    QApplication::setApplicationVersion(ecw::MainWindow::applicationVersion());
    // The application id of packaging/io.github.engram.CapacityWorkbench.desktop and its icon.
    QApplication::setDesktopFileName(QStringLiteral("io.github.engram.CapacityWorkbench"));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("io.github.engram.CapacityWorkbench")));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Capacity planning workbench for the Engram graph-memory database"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("scenario"), QStringLiteral("Scenario file (.json) to open"),
                                 QStringLiteral("[scenario.json]"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        QStringLiteral("Render the window to FILE (PNG) and exit."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption size(QStringLiteral("size"),
                                  QStringLiteral("Window size for --screenshot (default 1280x800)."),
                                  QStringLiteral("WxH"), QStringLiteral("1280x800"));
    const QCommandLineOption set(QStringLiteral("set"),
                                 QStringLiteral("Set an input or assumption before rendering (repeatable)."),
                                 QStringLiteral("KEY=VALUE"));
    const QCommandLineOption preset(QStringLiteral("preset"), QStringLiteral("Apply a preset before rendering."),
                                    QStringLiteral("ID"));
    const QCommandLineOption tab(QStringLiteral("tab"),
                                 QStringLiteral("Output tab to show (0 breakdown, 1 line items, 2 assumptions)."),
                                 QStringLiteral("N"));
    const QCommandLineOption select(QStringLiteral("select"), QStringLiteral("Line item to select, e.g. memory.total."),
                                    QStringLiteral("ID"));
    parser.addOptions({ screenshot, size, set, preset, tab, select });
    parser.process(app);

    // Screenshots start from the default layout and never touch the planner's settings or recent files.
    if (parser.isSet(screenshot))
        QApplication::setApplicationName(QStringLiteral("Capacity Workbench screenshots"));

    ecw::MainWindow window;
    ecw::ScenarioController* controller = window.controller();
    const QStringList files = parser.positionalArguments();
    if (!files.isEmpty()) {
        const QString error = controller->loadFile(files.first());
        if (!error.isEmpty() && parser.isSet(screenshot))
            return fail(error);
        if (!error.isEmpty())
            QTimer::singleShot(0, &window, [&window, error] {
                QMessageBox::warning(&window, QStringLiteral("Open scenario"), error);
            });
    }
    if (parser.isSet(preset)) {
        const QString error = controller->applyPreset(parser.value(preset));
        if (!error.isEmpty())
            return fail(error);
    }
    for (const QString& assignment : parser.values(set)) {
        const qsizetype equals = assignment.indexOf(QLatin1Char('='));
        const std::string key = ecw::toStdString(assignment.left(equals));
        const std::optional<double> value = ecw::parseNumber(ecw::toStdString(assignment.mid(equals + 1)));
        if (equals <= 0 || !value)
            return fail(QStringLiteral("--set wants KEY=NUMBER, got \"%1\"").arg(assignment));
        QString error;
        if (const auto input = ecw::findInput(key))
            error = controller->setInput(*input, *value);
        else if (const auto constant = ecw::findConstant(key))
            error = controller->setConstant(*constant, *value);
        else
            error = QStringLiteral("no input or assumption named \"%1\"").arg(ecw::toQString(key));
        if (!error.isEmpty())
            return fail(error);
    }
    if (parser.isSet(tab))
        window.outputTabs()->setCurrentIndex(parser.value(tab).toInt());
    if (parser.isSet(select))
        window.showItem(parser.value(select));

    if (parser.isSet(screenshot)) {
        const QStringList dimensions = parser.value(size).split(QLatin1Char('x'));
        const int width = dimensions.value(0).toInt();
        const int height = dimensions.value(1).toInt();
        if (dimensions.size() != 2 || width < 320 || height < 240)
            return fail(QStringLiteral("--size wants WIDTHxHEIGHT, got \"%1\"").arg(parser.value(size)));
        window.resize(width, height);
        window.show();
        QApplication::processEvents();
        window.resize(width, height);
        QApplication::processEvents();
        const QImage image = window.grab().toImage();
        if (!image.save(parser.value(screenshot), "PNG"))
            return fail(QStringLiteral("could not write %1").arg(parser.value(screenshot)));
        return 0;
    }

    window.show();
    return QApplication::exec();
}
