// SPDX-License-Identifier: GPL-3.0-or-later
// Presets from the window: choosing one sets its inputs on every control, the window says which
// preset the scenario came from, and any later change is marked "changed" until it is undone.
#include "InputControl.h"
#include "InputPanel.h"
#include "MainWindow.h"
#include "NumberSpinBox.h"
#include "PresetSelector.h"
#include "Presets.h"
#include "ScenarioController.h"
#include "UiTestSupport.h"

#include <QComboBox>
#include <QLabel>
#include <QSlider>
#include <QTest>
#include <QUndoStack>

using namespace ecw;

class WorkbenchPresetsTest : public QObject
{
    Q_OBJECT

private:
    static void choose(QComboBox* combo, const QString& presetId)
    {
        const int index = combo->findData(presetId);
        QVERIFY2(index >= 0, qPrintable(presetId));
        combo->setCurrentIndex(index);
        Q_EMIT combo->activated(index); // what a click or Enter on the item does
    }

private Q_SLOTS:
    void initTestCase() { test::isolateSettings(); }

    void everyPresetSetsItsInputsAndIsNamedInTheTitle()
    {
        MainWindow window;
        window.show();
        ScenarioController* c = window.controller();
        auto* combo = window.findChild<QComboBox*>(QStringLiteral("presetComboBox"));
        auto* status = window.findChild<QLabel*>(QStringLiteral("presetStatusLabel"));
        auto* rationale = window.findChild<QLabel*>(QStringLiteral("presetRationaleLabel"));
        QVERIFY(combo && status && rationale);
        QCOMPARE(combo->currentIndex(), 0);

        for (const Preset& preset : presets()) {
            choose(combo, toQString(preset.id));
            const Scenario expected = presetScenario(preset);
            QCOMPARE(c->document().scenario, expected);
            QCOMPARE(c->document().preset, std::string(preset.id));
            for (const InputSpec& spec : inputSpecs()) {
                const InputControl* control = window.inputPanel()->control(spec.id);
                QCOMPARE(control->spinBox()->value(), expected[spec.id]);
                QCOMPARE(control->slider()->value(), control->scale().positionOf(expected[spec.id]));
            }
            QCOMPARE(c->estimate().value("memory.total"), ecw::estimate(expected).value("memory.total"));
            QVERIFY(window.windowTitle().contains(QStringLiteral("(preset %1)").arg(toQString(preset.name))));
            QCOMPARE(status->text(), QStringLiteral("As applied from the preset"));
            QCOMPARE(rationale->text(), toQString(preset.rationale));
            // The tooltip lists each value with the spec line it comes from.
            for (const PresetValue& value : preset.values)
                QVERIFY(rationale->toolTip().contains(toQString(value.basis).toHtmlEscaped()));
        }
        QCOMPARE(c->undoStack()->count(), static_cast<int>(presets().size()));
    }

    void aChangeAfterAPresetIsMarkedUntilUndone()
    {
        MainWindow window;
        window.show();
        ScenarioController* c = window.controller();
        auto* combo = window.findChild<QComboBox*>(QStringLiteral("presetComboBox"));
        auto* status = window.findChild<QLabel*>(QStringLiteral("presetStatusLabel"));
        choose(combo, QStringLiteral("write-heavy"));
        QCOMPARE(c->document().scenario[InputId::WriteFraction], 0.8);

        QTest::keyClick(window.inputPanel()->control(InputId::RetentionDays)->slider(), Qt::Key_PageUp);
        QVERIFY(c->document().presetModified);
        QVERIFY(status->text().contains(QStringLiteral("Changed since the preset was applied")));
        QVERIFY2(window.windowTitle().startsWith(
                     QStringLiteral("Default scenario[*] (from preset Write-heavy workload (ingestion), changed)")),
                 qPrintable(window.windowTitle()));
        QCOMPARE(combo->currentData().toString(), QStringLiteral("write-heavy"));

        c->undoStack()->undo();
        QVERIFY(!c->document().presetModified);
        QCOMPARE(status->text(), QStringLiteral("As applied from the preset"));
        c->undoStack()->undo();
        QCOMPARE(combo->currentIndex(), 0);
        QCOMPARE(status->text(), QStringLiteral("Inputs are not from a preset."));
        QCOMPARE(c->document(), ScenarioDocument {});
    }

    void choosingNoPresetKeepsTheInputs()
    {
        MainWindow window;
        ScenarioController* c = window.controller();
        auto* combo = window.findChild<QComboBox*>(QStringLiteral("presetComboBox"));
        choose(combo, QStringLiteral("llm-memory"));
        combo->setCurrentIndex(0);
        Q_EMIT combo->activated(0);
        QVERIFY(c->document().preset.empty());
        QCOMPARE(c->document().scenario[InputId::Nodes], 1e10);
    }

    void headingsCannotBeChosen()
    {
        MainWindow window;
        auto* combo = window.findChild<QComboBox*>(QStringLiteral("presetComboBox"));
        int headings = 0;
        for (int i = 0; i < combo->count(); ++i) {
            const bool enabled = combo->model()->flags(combo->model()->index(i, 0)) & Qt::ItemIsEnabled;
            if (!enabled) {
                ++headings;
                QVERIFY(combo->itemData(i).toString().isEmpty());
            }
        }
        QCOMPARE(headings, 2); // "Workload types" and "Use cases"
        QCOMPARE(combo->count(), 1 + 2 + static_cast<int>(presets().size()));
    }
};

QTEST_MAIN(WorkbenchPresetsTest)
#include "WorkbenchPresetsTest.moc"
