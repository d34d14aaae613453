// SPDX-License-Identifier: GPL-3.0-or-later
// Moving any slider (or typing in its spin box) changes every figure on screen to exactly what the
// model computes for the new input: totals, line items, charts, warnings, the work panel.
#include "FindingsList.h"
#include "InputControl.h"
#include "InputPanel.h"
#include "LineItemModel.h"
#include "MainWindow.h"
#include "NumberSpinBox.h"
#include "ScenarioController.h"
#include "TierBreakdownChart.h"
#include "UiTestSupport.h"
#include "WorkPanel.h"

#include <QGroupBox>
#include <QLabel>
#include <QListWidget>
#include <QSlider>
#include <QStatusBar>
#include <QStyleOptionSlider>
#include <QTabWidget>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

using namespace ecw;

namespace {

struct Figure
{
    const char* label;
    const char* itemId;
};

const Figure kTotals[] = {
    { "memoryTotalLabel", "memory.total" },   { "memoryRecommendedLabel", "memory.recommended" },
    { "cpuTotalLabel", "cpu.total" },         { "cpuRecommendedLabel", "cpu.recommended" },
    { "storageTotalLabel", "storage.total" }, { "storageRecommendedLabel", "storage.recommended" },
    { "networkPeakLabel", "network.peak" },
};

QString labelText(const QWidget& window, const char* name)
{
    const auto* label = window.findChild<QLabel*>(QString::fromLatin1(name));
    return label ? label->text() : QStringLiteral("<no label %1>").arg(QString::fromLatin1(name));
}

} // namespace

class WorkbenchSlidersTest : public QObject
{
    Q_OBJECT

private:
    // Every figure the window shows, compared with an estimate computed here from the model alone.
    static void checkWindowShows(const MainWindow& window, const Estimate& expected)
    {
        for (const Figure& figure : kTotals) {
            if (!expected.has(figure.itemId))
                continue;
            QCOMPARE(labelText(window, figure.label), test::expectedText(expected, figure.itemId));
        }

        const LineItemModel* model = window.lineItemModel();
        for (const LineItem& item : expected.items) {
            const QModelIndex index = model->indexOf(item.id);
            QVERIFY2(index.isValid(), item.id.data());
            QCOMPARE(index.siblingAtColumn(LineItemModel::ValueColumn).data().toString(),
                     humanText(item.value, item.unit));
        }

        const TierBreakdownChart* chart = window.breakdownChart();
        const QStringList nodes = chart->entries(0);
        QVERIFY(nodes.contains(QStringLiteral("Hot (in memory): ") + test::expectedText(expected, "tiers.hot_nodes")));
        QVERIFY(nodes.contains(QStringLiteral("Warm (mmap): ") + test::expectedText(expected, "tiers.warm_nodes")));
        QVERIFY(
            nodes.contains(QStringLiteral("Cold (compressed): ") + test::expectedText(expected, "tiers.cold_nodes")));
        QVERIFY2(
            chart->entries(1).contains(QStringLiteral("Hot tier: ") + test::expectedText(expected, "memory.hot_tier")),
            qPrintable(chart->entries(1).join(QLatin1Char('|'))));
        QVERIFY(chart->entries(2).contains(QStringLiteral("Write-ahead log: ")
                                           + test::expectedText(expected, "storage.wal")));
        QCOMPARE(chart->totalText(1), test::expectedText(expected, "memory.total") + QStringLiteral(" in total"));
        QCOMPARE(chart->totalText(2), test::expectedText(expected, "storage.total") + QStringLiteral(" in total"));

        const auto* findingsBox = window.findChild<QGroupBox*>(QStringLiteral("findingsGroup"));
        QCOMPARE(findingsBox->title(),
                 QStringLiteral("Warnings and recommendations: ") + FindingsList::summaryText(expected.findings));
        const QListWidget* findings = window.findingsList();
        if (expected.findings.empty()) {
            QCOMPARE(findings->count(), 1);
            QVERIFY(findings->item(0)->text().startsWith(QStringLiteral("No warnings")));
        } else {
            QCOMPARE(findings->count(), static_cast<int>(expected.findings.size()));
            for (int i = 0; i < findings->count(); ++i) {
                const Finding& finding = expected.findings[static_cast<std::size_t>(i)];
                QCOMPARE(findings->item(i)->text(), FindingsList::findingText(finding));
                // Each says why it fired, with the model's numbers.
                QVERIFY(findings->item(i)->text().endsWith(QStringLiteral("why: ") + toQString(finding.reason)));
                QCOMPARE(findings->item(i)->data(Qt::AccessibleTextRole).toString(),
                         FindingsList::accessibleText(finding));
            }
        }

        for (const InputSpec& spec : inputSpecs()) {
            const InputControl* control = window.inputPanel()->control(spec.id);
            QCOMPARE(control->spinBox()->value(), expected.scenario[spec.id]);
            QCOMPARE(
                labelText(
                    *control,
                    (InputControl::objectNamePrefix(spec.id) + QStringLiteral("ValueLabel")).toLatin1().constData()),
                humanText(expected.scenario[spec.id], spec.unit));
        }
    }

    static Estimate expectedAfter(const ScenarioController& c, InputId id, double value)
    {
        Scenario scenario = c.document().scenario;
        scenario.set(id, value);
        return ecw::estimate(scenario, c.document().constants, c.document().profile);
    }

    static void typeInto(NumberSpinBox* box, const QString& text)
    {
        box->setFocus();
        box->selectAll();
        QTest::keyClicks(box, text);
        QTest::keyClick(box, Qt::Key_Return);
    }

    static QPoint handleCentre(QSlider* slider)
    {
        QStyleOptionSlider option;
        option.initFrom(slider);
        option.orientation = slider->orientation();
        option.minimum = slider->minimum();
        option.maximum = slider->maximum();
        option.sliderPosition = slider->sliderPosition();
        option.sliderValue = slider->value();
        option.subControls = QStyle::SC_All;
        return slider->style()->subControlRect(QStyle::CC_Slider, &option, QStyle::SC_SliderHandle, slider).center();
    }

private Q_SLOTS:
    void initTestCase() { test::isolateSettings(); }

    void everySliderChangesEveryFigureToTheModelsValue_data()
    {
        QTest::addColumn<int>("profile");
        QTest::newRow("full") << static_cast<int>(Profile::Full);
        QTest::newRow("reference") << static_cast<int>(Profile::Reference);
    }

    void everySliderChangesEveryFigureToTheModelsValue()
    {
        QFETCH(int, profile);
        MainWindow window;
        window.resize(1280, 800);
        window.show();
        ScenarioController* c = window.controller();
        c->setProfile(static_cast<Profile>(profile));
        checkWindowShows(window, c->estimate());

        for (const InputSpec& spec : inputSpecs()) {
            QSlider* slider
                = window.findChild<QSlider*>(InputControl::objectNamePrefix(spec.id) + QStringLiteral("Slider"));
            QVERIFY2(slider, spec.key.data());
            const InputControl* control = window.inputPanel()->control(spec.id);
            const double before = c->document().scenario[spec.id];

            // A page up (or down, at the top of the range), the way a planner moves it by keyboard.
            const bool atTop = slider->value() == slider->maximum();
            QTest::keyClick(slider, atTop ? Qt::Key_PageDown : Qt::Key_PageUp);
            const double value = control->scale().valueAt(slider->value());
            QVERIFY2(value != before, spec.key.data());
            QCOMPARE(c->document().scenario[spec.id], value);

            const Estimate expected = expectedAfter(*c, spec.id, value);
            checkWindowShows(window, expected);
            if (QTest::currentTestFailed())
                QFAIL(spec.key.data());

            // The input feeds at least one formula of this profile, or the slider would be decoration.
            // (Its effect may be nil at a given point: cache-hit-rate only counts once the disk is not
            // the bottleneck.)
            const std::string_view ref = inputRef(spec.id);
            const bool feedsTheProfile
                = std::any_of(expected.items.begin(), expected.items.end(), [&](const LineItem& item) {
                      for (std::uint8_t k = 0; k < item.operandCount; ++k)
                          if (item.operands[k].ref == ref)
                              return true;
                      return false;
                  });
            if (static_cast<Profile>(profile) == Profile::Full || spec.group == InputGroup::Calculator)
                QVERIFY2(feedsTheProfile, spec.key.data());
        }
    }

    void aLargeScenarioShowsTheModelsFigures()
    {
        MainWindow window;
        window.show();
        ScenarioController* c = window.controller();
        for (InputId id : { InputId::Nodes, InputId::OpsPerSec, InputId::EdgesPerNode }) {
            const InputSpec& spec = inputSpec(id);
            QSlider* slider = window.inputPanel()->control(id)->slider();
            slider->setValue(slider->maximum()); // the far end of each range
            QCOMPARE(c->document().scenario[id], spec.maximum);
        }
        checkWindowShows(window, ecw::estimate(c->document().scenario, c->document().constants, Profile::Full));
        QVERIFY(!c->estimate().findings.empty());
    }

    void nodesSpinBoxTakesOneHundredBillionTypedExactly()
    {
        MainWindow window;
        window.show();
        ScenarioController* c = window.controller();
        InputControl* nodes = window.inputPanel()->control(InputId::Nodes);
        QCOMPARE(nodes->spinBox()->objectName(), QStringLiteral("nodesSpinBox"));
        QCOMPARE(nodes->slider()->objectName(), QStringLiteral("nodesSlider"));

        typeInto(nodes->spinBox(), QStringLiteral("100,000,000,000"));
        QCOMPARE(c->document().scenario[InputId::Nodes], 1e11);
        QCOMPARE(nodes->spinBox()->text(), QStringLiteral("100,000,000,000"));
        QCOMPARE(nodes->slider()->value(), nodes->scale().positionOf(1e11));
        QCOMPARE(nodes->scale().valueAt(nodes->slider()->value()), 1e11);
        checkWindowShows(window, expectedAfter(*c, InputId::Nodes, 1e11));

        // Not on the slider's grid: the spin box keeps the exact value, the slider the nearest position.
        typeInto(nodes->spinBox(), QStringLiteral("123456789012"));
        QCOMPARE(c->document().scenario[InputId::Nodes], 123456789012.0);
        QCOMPARE(nodes->spinBox()->text(), QStringLiteral("123,456,789,012"));
        QCOMPARE(nodes->scale().valueAt(nodes->slider()->value()), 1.2e11);
        checkWindowShows(window, expectedAfter(*c, InputId::Nodes, 123456789012.0));
        QCOMPARE(c->undoStack()->count(), 2); // two typed values, two steps

        // Out of range: refused with a message naming the input and its range; nothing changes.
        typeInto(nodes->spinBox(), QStringLiteral("2,000,000,000,000"));
        QCOMPARE(c->document().scenario[InputId::Nodes], 123456789012.0);
        QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("nodes must be a whole number")),
                 qPrintable(window.statusBar()->currentMessage()));
        QCOMPARE(c->undoStack()->count(), 2);
    }

    void everySpinBoxTakesATypedValue()
    {
        MainWindow window;
        window.show();
        ScenarioController* c = window.controller();
        for (const InputSpec& spec : inputSpecs()) {
            InputControl* control = window.inputPanel()->control(spec.id);
            // A value between grid positions, typed the way a planner would.
            const double value = spec.wholeNumber ? std::floor((spec.minimum + spec.maximum) / 3)
                                                  : spec.minimum + (spec.maximum - spec.minimum) * 0.3125;
            typeInto(control->spinBox(), toQString(formatMachineNumber(value)));
            QCOMPARE(c->document().scenario[spec.id], value);
            QCOMPARE(control->spinBox()->value(), value);
        }
        checkWindowShows(window, ecw::estimate(c->document().scenario, c->document().constants, Profile::Full));
        QCOMPARE(c->undoStack()->count(), static_cast<int>(kInputCount));
    }

    void oneMouseDragIsOneUndoStep()
    {
        MainWindow window;
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ScenarioController* c = window.controller();
        QSlider* slider = window.inputPanel()->control(InputId::OpsPerSec)->slider();
        const QPoint start = handleCentre(slider);
        QTest::mousePress(slider, Qt::LeftButton, {}, start);
        QVERIFY(slider->isSliderDown());
        for (int dx = 4; dx <= 40; dx += 4)
            QTest::mouseMove(slider, start + QPoint(dx, 0));
        QTest::mouseRelease(slider, Qt::LeftButton, {}, start + QPoint(40, 0));
        const double dragged = c->document().scenario[InputId::OpsPerSec];
        QVERIFY(dragged > 5000);
        QCOMPARE(c->undoStack()->count(), 1);
        checkWindowShows(window, c->estimate());

        // A second drag is a second step; undo takes each back whole, redo restores it.
        const QPoint second = handleCentre(slider);
        QTest::mousePress(slider, Qt::LeftButton, {}, second);
        for (int dx = 4; dx <= 20; dx += 4)
            QTest::mouseMove(slider, second + QPoint(dx, 0));
        QTest::mouseRelease(slider, Qt::LeftButton, {}, second + QPoint(20, 0));
        const double draggedAgain = c->document().scenario[InputId::OpsPerSec];
        QVERIFY(draggedAgain > dragged);
        QCOMPARE(c->undoStack()->count(), 2);

        c->undoStack()->undo();
        QCOMPARE(c->document().scenario[InputId::OpsPerSec], dragged);
        c->undoStack()->undo();
        QCOMPARE(c->document().scenario[InputId::OpsPerSec], 5000.0);
        QCOMPARE(slider->value(), window.inputPanel()->control(InputId::OpsPerSec)->scale().positionOf(5000));
        checkWindowShows(window, ecw::estimate(Scenario {}));
        QVERIFY(c->isClean());
        c->undoStack()->redo();
        c->undoStack()->redo();
        QCOMPARE(c->document().scenario[InputId::OpsPerSec], draggedAgain);
        checkWindowShows(window, expectedAfter(*c, InputId::OpsPerSec, draggedAgain));
    }

    void theWorkPanelFollowsTheSelectedFigureLive()
    {
        MainWindow window;
        window.show();
        ScenarioController* c = window.controller();
        window.showItem(QStringLiteral("memory.hot_tier"));
        QCOMPARE(window.outputTabs()->currentIndex(), 1);
        QCOMPARE(window.workPanel()->itemId(), QStringLiteral("memory.hot_tier"));
        QTest::keyClick(window.inputPanel()->control(InputId::ActiveRatio)->slider(), Qt::Key_PageUp);
        const LineItem* hot = c->estimate().find("memory.hot_tier");
        QCOMPARE(window.workPanel()->substitutedLabel()->text(), toQString(hot->substituted()));
        QVERIFY(window.workPanel()->resultLabel()->text().endsWith(humanText(hot->value, hot->unit)));
        QCOMPARE(window.lineItemView()->currentIndex().data(LineItemModel::ItemIdRole).toString(),
                 QStringLiteral("memory.hot_tier"));
    }
};

QTEST_MAIN(WorkbenchSlidersTest)
#include "WorkbenchSlidersTest.moc"
