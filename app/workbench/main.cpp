// SPDX-License-Identifier: GPL-3.0-or-later
// engram-workbench: opens the window on the default scenario or on a scenario file. --screenshot
// renders the window to a PNG (for docs/images) with inputs, a preset, an observed state or a tab chosen on
// the command line, so the screenshots are reproducible without a display. At start it offers to restore the
// work a crashed session autosaved; hidden options let the crash test drive that without a dialog.
#include "Autosave.h"
#include "AutosaveScriptedPrompter.h"
#include "CostTab.h"
#include "ForecastTab.h"
#include "GrowthCurve.h"
#include "InputPanel.h"
#include "MainWindow.h"
#include "OperationsTab.h"
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
#include <memory>

namespace {

int fail(const QString& message)
{
    std::fprintf(stderr, "engram-workbench: %s\n", message.toLocal8Bit().constData());
    return 2;
}

// --set forecast.KEY=VALUE: the scenario file's forecast keys (rate_low, rate_expected, rate_high, linear_low,
// linear_expected, linear_high, horizon_days as numbers; model as compound, linear or points; ops_grow_with_nodes
// as 0 or 1; points as DAY:NODES,DAY:NODES). "" when applied, else why not.
QString setForecastKey(ecw::ScenarioController* controller, const QString& key, const QString& text)
{
    ecw::ForecastSettings settings = controller->document().forecast;
    if (key == QLatin1String("model")) {
        const std::optional<ecw::GrowthModel> model = ecw::parseGrowthModel(ecw::toStdString(text));
        if (!model)
            return QStringLiteral("forecast.model wants compound, linear or points, got \"%1\"").arg(text);
        settings.model = *model;
    } else if (key == QLatin1String("points")) {
        settings.points.clear();
        for (const QString& pair : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const std::optional<double> day = ecw::parseNumber(ecw::toStdString(pair.section(QLatin1Char(':'), 0, 0)));
            const std::optional<double> nodes = ecw::parseNumber(ecw::toStdString(pair.section(QLatin1Char(':'), 1)));
            if (!day || !nodes)
                return QStringLiteral("forecast.points wants DAY:NODES,DAY:NODES, got \"%1\"").arg(text);
            settings.points.push_back({ *day, *nodes });
        }
    } else {
        const std::optional<double> value = ecw::parseNumber(ecw::toStdString(text));
        double* target = key == QLatin1String("rate_low") ? &settings.rateLow
            : key == QLatin1String("rate_expected")       ? &settings.rateExpected
            : key == QLatin1String("rate_high")           ? &settings.rateHigh
            : key == QLatin1String("linear_low")          ? &settings.linearLow
            : key == QLatin1String("linear_expected")     ? &settings.linearExpected
            : key == QLatin1String("linear_high")         ? &settings.linearHigh
            : key == QLatin1String("horizon_days")        ? &settings.horizonDays
                                                          : nullptr;
        if (!value)
            return QStringLiteral("forecast.%1 wants a number, got \"%2\"").arg(key, text);
        if (key == QLatin1String("ops_grow_with_nodes"))
            settings.opsGrowWithNodes = *value != 0;
        else if (target)
            *target = *value;
        else
            return QStringLiteral("no forecast setting named \"%1\"").arg(key);
    }
    return controller->setForecast(settings, QStringLiteral("Set forecast.%1").arg(key));
}

// --tab N, or a view by name: forecast[:table|runway|chart], cost[:instances|costs|savings|time|nodes],
// operations[:ARTIFACT].
bool showTab(ecw::MainWindow& window, const QString& value)
{
    bool isNumber = false;
    const int index = value.toInt(&isNumber);
    if (isNumber) {
        window.outputTabs()->setCurrentIndex(index);
        return index >= 0 && index < window.outputTabs()->count();
    }
    const QString view = value.section(QLatin1Char(':'), 0, 0);
    const QString section = value.section(QLatin1Char(':'), 1);
    if (view == QLatin1String("forecast")) {
        window.outputTabs()->setCurrentWidget(window.forecastTab());
        return section.isEmpty() || window.forecastTab()->showSection(section);
    }
    if (view == QLatin1String("operations")) {
        window.outputTabs()->setCurrentWidget(window.operationsTab());
        return section.isEmpty() || window.operationsTab()->showArtifact(section);
    }
    if (view == QLatin1String("cost")) {
        window.outputTabs()->setCurrentWidget(window.costTab());
        return section.isEmpty() || window.costTab()->showSection(section);
    }
    return false;
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
                                 QStringLiteral("Set an input, an assumption or a forecast setting "
                                                "(forecast.rate_expected, forecast.model, forecast.points, ...) "
                                                "before rendering (repeatable)."),
                                 QStringLiteral("KEY=VALUE"));
    const QCommandLineOption preset(QStringLiteral("preset"), QStringLiteral("Apply a preset before rendering."),
                                    QStringLiteral("ID"));
    const QCommandLineOption tab(
        QStringLiteral("tab"),
        QStringLiteral("Output tab to show (0 breakdown, 1 line items, 2 assumptions, "
                       "3 forecast, 4 cost, 5 operations), or a view: forecast:table|runway|chart, "
                       "cost:instances|costs|savings|time|nodes, operations:ARTIFACT "
                       "(k8s-burstable, hpa, prometheus-rules, ...)."),
        QStringLiteral("N|VIEW"));
    const QCommandLineOption observed(QStringLiteral("observed"),
                                      QStringLiteral("Load an observed state (JSON, as engram-capacity advise "
                                                     "--observed reads) into the Operations tab."),
                                      QStringLiteral("FILE"));
    const QCommandLineOption select(QStringLiteral("select"), QStringLiteral("Line item to select, e.g. memory.total."),
                                    QStringLiteral("ID"));
    // For tests: autosave sooner, answer the restore question without a dialog, quit normally after a while.
    QCommandLineOption autosaveInterval(QStringLiteral("autosave-interval-ms"),
                                        QStringLiteral("Autosave interval in milliseconds (default 30000)."),
                                        QStringLiteral("MS"));
    QCommandLineOption restoreAnswer(QStringLiteral("restore-answer"),
                                     QStringLiteral("Answer the restore-unsaved-work question: yes or no."),
                                     QStringLiteral("yes|no"));
    QCommandLineOption exitAfter(QStringLiteral("exit-after-ms"),
                                 QStringLiteral("End normally after MS, without asking to save."),
                                 QStringLiteral("MS"));
    for (QCommandLineOption* hidden : { &autosaveInterval, &restoreAnswer, &exitAfter })
        hidden->setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions(
        { screenshot, size, set, preset, tab, observed, select, autosaveInterval, restoreAnswer, exitAfter });
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
        if (equals > 0 && assignment.startsWith(QLatin1String("forecast."))) {
            const QString error = setForecastKey(controller, assignment.mid(9, equals - 9), assignment.mid(equals + 1));
            if (!error.isEmpty())
                return fail(error);
            continue;
        }
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
    if (parser.isSet(observed)) {
        const QString error = window.operationsTab()->loadObservedState(parser.value(observed));
        if (!error.isEmpty())
            return fail(QStringLiteral("--observed: %1").arg(error));
    }
    if (parser.isSet(tab) && !showTab(window, parser.value(tab)))
        return fail(QStringLiteral("--tab wants 0 to %1 or a view such as forecast:chart, got \"%2\"")
                        .arg(window.outputTabs()->count() - 1)
                        .arg(parser.value(tab)));
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

    if (parser.isSet(autosaveInterval)) {
        bool ok = false;
        const int milliseconds = parser.value(autosaveInterval).toInt(&ok);
        if (!ok || milliseconds < 1)
            return fail(QStringLiteral("--autosave-interval-ms wants a positive number, got \"%1\"")
                            .arg(parser.value(autosaveInterval)));
        window.autosave()->setInterval(milliseconds);
    }
    if (parser.isSet(restoreAnswer)) {
        const QString answer = parser.value(restoreAnswer);
        if (answer != QLatin1String("yes") && answer != QLatin1String("no"))
            return fail(QStringLiteral("--restore-answer wants yes or no, got \"%1\"").arg(answer));
        window.setAutosavePrompter(std::make_unique<ecw::AutosaveScriptedPrompter>(answer == QLatin1String("yes")));
    }
    if (parser.isSet(exitAfter)) {
        bool ok = false;
        const int milliseconds = parser.value(exitAfter).toInt(&ok);
        if (!ok || milliseconds < 0)
            return fail(QStringLiteral("--exit-after-ms wants a number, got \"%1\"").arg(parser.value(exitAfter)));
        // exit(), not quit(): quit() closes the window first, and a modified scenario would ask to be saved.
        QTimer::singleShot(milliseconds, &app, [] { QCoreApplication::exit(0); });
    }

    window.show();
    window.offerAutosaveRecovery();
    return QApplication::exec();
}
