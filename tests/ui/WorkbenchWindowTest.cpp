// SPDX-License-Identifier: GPL-3.0-or-later
// The window as a whole: every control reachable by Tab with an accessible name and a tooltip that
// gives unit, range and meaning; standard shortcuts; title and modified marker; layout and geometry
// remembered between runs.
#include "InputControl.h"
#include "InputPanel.h"
#include "MainWindow.h"
#include "ObservedTab.h"
#include "NumberSpinBox.h"
#include "ScenarioController.h"
#include "TierBreakdownChart.h"
#include "UiTestSupport.h"
#include "Validation.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QChartView>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSlider>
#include <QSplitter>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QUndoStack>

#include <set>

using namespace ecw;

class WorkbenchWindowTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::isolateSettings(); }

    void everyInputHasNameTooltipAndAccessibleText()
    {
        MainWindow window;
        for (const InputSpec& spec : inputSpecs()) {
            InputControl* control = window.inputPanel()->control(spec.id);
            const QString prefix = InputControl::objectNamePrefix(spec.id);
            QCOMPARE(control->slider()->objectName(), prefix + QStringLiteral("Slider"));
            QCOMPARE(control->spinBox()->objectName(), prefix + QStringLiteral("SpinBox"));
            QCOMPARE(control->label()->text(), toQString(spec.label));
            QCOMPARE(control->spinBox()->accessibleName(), toQString(spec.label));
            QVERIFY(control->slider()->accessibleName().startsWith(toQString(spec.label)));
            const QString range = toQString(describeRange(spec.minimum, spec.maximum, spec.unit, spec.wholeNumber));
            for (QWidget* widget : std::initializer_list<QWidget*> { control->slider(), control->spinBox() }) {
                QVERIFY(widget->toolTip().contains(range));
                QVERIFY(widget->toolTip().contains(QStringLiteral("Unit: ") + toQString(unitName(spec.unit))));
                QVERIFY(widget->toolTip().contains(toQString(spec.description).toHtmlEscaped()));
                QVERIFY(widget->accessibleDescription().contains(range));
            }
            QCOMPARE(control->spinBox()->minimum(), spec.minimum);
            QCOMPARE(control->spinBox()->maximum(), spec.maximum);
        }
        // The calculator's six inputs are named the way the style guide and tests expect.
        for (const char* name :
             { "nodesSlider", "activeRatioSlider", "edgesPerNodeSlider", "opsPerSecSlider", "retentionDaysSlider",
               "consolidationIntervalSlider", "nodesSpinBox", "retentionDaysSpinBox" })
            QVERIFY2(window.findChild<QWidget*>(QString::fromLatin1(name)), name);
    }

    void everyControlIsReachableByTab()
    {
        MainWindow window;
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        // Walk the focus chain the way Tab does, from the first input.
        std::set<QWidget*> reachable;
        QWidget* start = window.findChild<QLineEdit*>(QStringLiteral("nameLineEdit"));
        QWidget* widget = start;
        do {
            if (widget->isVisibleTo(&window) && widget->isEnabled() && (widget->focusPolicy() & Qt::TabFocus))
                reachable.insert(widget);
            widget = widget->nextInFocusChain();
        } while (widget && widget != start);

        int checked = 0;
        const auto mustReach = [&](QWidget* w) {
            if (!w->isVisibleTo(&window))
                return; // on a hidden tab: reachable once its tab is shown
            QVERIFY2(
                reachable.count(w),
                qPrintable(w->objectName() + QLatin1Char(' ') + QString::fromLatin1(w->metaObject()->className())));
            ++checked;
        };
        for (QSlider* w : window.findChildren<QSlider*>())
            mustReach(w);
        for (QAbstractSpinBox* w : window.findChildren<QAbstractSpinBox*>())
            mustReach(w);
        for (QComboBox* w : window.findChildren<QComboBox*>())
            mustReach(w);
        for (QChartView* w : window.findChildren<QChartView*>())
            mustReach(w);
        mustReach(window.findChild<QPlainTextEdit*>(QStringLiteral("notesTextEdit")));
        mustReach(window.outputTabs()->tabBar());
        mustReach(window.findChild<QAbstractItemView*>(QStringLiteral("findingsList")));
        QVERIFY(checked >= 2 * static_cast<int>(kInputCount) + 3 + 3);

        // The other tabs' tables and buttons too, once shown.
        window.outputTabs()->setCurrentIndex(2);
        for (const char* name :
             { "assumptionsTable", "resetConstantButton", "resetAllConstantsButton", "assumptionsFilterLineEdit" }) {
            QWidget* w = window.findChild<QWidget*>(QString::fromLatin1(name));
            QVERIFY2(w && (w->focusPolicy() & Qt::TabFocus), name);
            QVERIFY2(!w->accessibleName().isEmpty() || qobject_cast<QAbstractButton*>(w), name);
        }
        window.outputTabs()->setCurrentIndex(1);
        QWidget* lineItems = window.findChild<QWidget*>(QStringLiteral("lineItemView"));
        QVERIFY(lineItems->focusPolicy() & Qt::TabFocus);
        QVERIFY(!lineItems->accessibleName().isEmpty());
    }

    void inputsTheProfileDoesNotUseAreMarked()
    {
        MainWindow window;
        ScenarioController* c = window.controller();
        for (const InputSpec& spec : inputSpecs())
            QVERIFY2(window.inputPanel()->control(spec.id)->usedByProfile(), spec.key.data());
        c->setProfile(Profile::Reference);
        // The script's six inputs and the embedding size count; the full profile's extra inputs (write
        // fraction, network, disk, growth, ...) do not.
        for (const InputSpec& spec : inputSpecs()) {
            InputControl* control = window.inputPanel()->control(spec.id);
            const bool used = spec.group == InputGroup::Calculator || spec.group == InputGroup::Embedding;
            QVERIFY2(control->usedByProfile() == used, spec.key.data());
            QCOMPARE(control->slider()->toolTip().contains(QStringLiteral("Not used by the reference profile")), !used);
            QVERIFY(control->slider()->isEnabled()); // still editable for a switch back
        }
        c->undoStack()->undo();
        QVERIFY(window.inputPanel()->control(InputId::WriteFraction)->usedByProfile());
    }

    void chartsDescribeTheirFiguresToAssistiveTechnology()
    {
        MainWindow window;
        const Estimate& e = window.controller()->estimate();
        const QChartView* nodes = window.breakdownChart()->chartView(0);
        QCOMPARE(nodes->accessibleName(), QStringLiteral("Nodes per tier chart"));
        QVERIFY(nodes->accessibleDescription().contains(test::expectedText(e, "tiers.cold_nodes")));
        QVERIFY(window.breakdownChart()->chartView(1)->accessibleDescription().contains(
            test::expectedText(e, "memory.hot_tier")));
        QVERIFY(window.breakdownChart()->chartView(2)->accessibleDescription().contains(
            test::expectedText(e, "storage.wal")));
    }

    void standardActionsHaveStandardShortcuts()
    {
        MainWindow window;
        const auto shortcut = [&](const char* name) {
            auto* action = window.findChild<QAction*>(QString::fromLatin1(name));
            return action ? action->shortcut() : QKeySequence();
        };
        QCOMPARE(shortcut("newAction"), QKeySequence(QKeySequence::New));
        QCOMPARE(shortcut("openAction"), QKeySequence(QKeySequence::Open));
        QCOMPARE(shortcut("saveAction"), QKeySequence(QKeySequence::Save));
        QCOMPARE(shortcut("saveAsAction"), QKeySequence(QKeySequence::SaveAs));
        QCOMPARE(shortcut("quitAction"), QKeySequence(QKeySequence::Quit));
        QCOMPARE(shortcut("undoAction"), QKeySequence(QKeySequence::Undo));
        QCOMPARE(shortcut("redoAction"), QKeySequence(QKeySequence::Redo));

        // Undo and redo actions drive the same stack the sliders push to.
        auto* undo = window.findChild<QAction*>(QStringLiteral("undoAction"));
        auto* redo = window.findChild<QAction*>(QStringLiteral("redoAction"));
        QVERIFY(!undo->isEnabled());
        QTest::keyClick(window.inputPanel()->control(InputId::Nodes)->slider(), Qt::Key_PageUp);
        QVERIFY(undo->isEnabled());
        QVERIFY(undo->text().contains(QStringLiteral("Nodes")));
        undo->trigger();
        QCOMPARE(window.controller()->document().scenario[InputId::Nodes], 1e6);
        redo->trigger();
        QCOMPARE(window.controller()->document().scenario[InputId::Nodes], 1e7); // a page is a decade
    }

    void titleShowsNameAndModifiedMarker()
    {
        MainWindow window;
        QCOMPARE(window.windowTitle(), QStringLiteral("Default scenario[*] \u2014 Engram Capacity Workbench"));
        QVERIFY(!window.isWindowModified());
        auto* name = window.findChild<QLineEdit*>(QStringLiteral("nameLineEdit"));
        name->selectAll();
        QTest::keyClicks(name, QStringLiteral("Edge cluster"));
        QCOMPARE(window.controller()->document().name, std::string("Edge cluster"));
        QVERIFY(window.windowTitle().startsWith(QStringLiteral("Edge cluster[*]")));
        QVERIFY(window.isWindowModified());
        window.controller()->undoStack()->undo();
        QCOMPARE(name->text(), QStringLiteral("Default scenario"));
        QVERIFY(!window.isWindowModified());
    }

    void layoutAndGeometryPersist()
    {
        QList<int> mainSizes;
        QList<int> outputSizes;
        {
            MainWindow window;
            window.show();
            window.resize(1200, 760);
            auto* mainSplitter = window.findChild<QSplitter*>(QStringLiteral("mainSplitter"));
            auto* outputSplitter = window.findChild<QSplitter*>(QStringLiteral("outputSplitter"));
            mainSplitter->setSizes({ 460, 600 });
            outputSplitter->setSizes({ 400, 220 });
            mainSizes = mainSplitter->sizes();
            outputSizes = outputSplitter->sizes();
            window.outputTabs()->setCurrentIndex(2);
            QVERIFY(window.close());
        }
        QVERIFY(QSettings().contains(QStringLiteral("window/geometry")));
        MainWindow window;
        window.show();
        QCOMPARE(window.size(), QSize(1200, 760));
        QCOMPARE(window.findChild<QSplitter*>(QStringLiteral("mainSplitter"))->sizes(), mainSizes);
        QCOMPARE(window.findChild<QSplitter*>(QStringLiteral("outputSplitter"))->sizes(), outputSizes);
        QCOMPARE(window.outputTabs()->currentIndex(), 2);
        QSettings().clear();
    }

    void outputTabsLeaveRoomForLaterViews()
    {
        MainWindow window;
        QTabWidget* tabs = window.outputTabs();
        QCOMPARE(tabs->count(), 7); // breakdown, line items, assumptions, forecast, cost, operations, observed
        QCOMPARE(tabs->tabText(0), QStringLiteral("&Breakdown"));
        QCOMPARE(tabs->tabText(1), QStringLiteral("&Line items"));
        QCOMPARE(tabs->widget(6), static_cast<QWidget*>(window.observedTab()));
        tabs->addTab(new QWidget, QStringLiteral("Another view"));
        QCOMPARE(tabs->count(), 8);
        // And later file actions land after Save As, before Quit.
        auto* exportPdf = new QAction(QStringLiteral("Export PDF"), &window);
        window.addFileActions({ exportPdf });
        QMenu* menu = nullptr;
        for (QAction* action : window.menuBar()->actions())
            if (action->menu() && action->menu()->actions().contains(exportPdf))
                menu = action->menu();
        QVERIFY(menu);
        const QList<QAction*> actions = menu->actions();
        const qsizetype at = actions.indexOf(exportPdf);
        QVERIFY(at > actions.indexOf(window.findChild<QAction*>(QStringLiteral("saveAsAction"))));
        QVERIFY(at < actions.indexOf(window.findChild<QAction*>(QStringLiteral("quitAction"))));
    }
};

QTEST_MAIN(WorkbenchWindowTest)
#include "WorkbenchWindowTest.moc"
