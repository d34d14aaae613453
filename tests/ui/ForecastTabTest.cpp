// SPDX-License-Identifier: GPL-3.0-or-later
// The Forecast tab against the ForecastEngine: the growth settings editor (rates, bands in order, the point
// list with its checks), one undo step per edit, the settings saved with the scenario, the 30/60/90 table and
// the runway showing exactly the engine's figures, and recomputing only while a forecast view is on screen.
#include "ForecastTab.h"
#include "ForecastController.h"
#include "ForecastEngine.h"
#include "GrowthPointsEditor.h"
#include "GrowthSettingsPanel.h"
#include "MainWindow.h"
#include "NumberSpinBox.h"
#include "ScenarioController.h"
#include "UiTestSupport.h"
#include "WorksheetForecast.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

#include <cmath>

using namespace ecw;

namespace {

// The clock comes first so it outlives the window, whose forecast keeps a pointer to it.
struct Workbench
{
    FixedClock clock { makeDate(2026, 11, 29) };
    MainWindow window;
    test::FakePrompter* prompter = nullptr;

    Workbench()
    {
        auto fake = std::make_unique<test::FakePrompter>();
        prompter = fake.get();
        window.setPrompter(std::move(fake));
        window.forecastController()->setClock(&clock);
        window.resize(1280, 800);
        window.show();
        window.outputTabs()->setCurrentWidget(window.forecastTab());
        QCoreApplication::processEvents();
    }

    ScenarioController* controller() const { return window.controller(); }
    ForecastTab* tab() const { return window.forecastTab(); }
    GrowthSettingsPanel* panel() const { return window.forecastTab()->settingsPanel(); }
    QTableWidget* points() const { return panel()->pointsEditor()->table(); }

    // Lets the zero-timer recompute run and the tab redraw.
    void settle() const
    {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
        window.forecastController()->flush();
    }

    // An engine of its own over the document on screen, with the window's book, options and clock.
    std::unique_ptr<ForecastEngine> expectedEngine() const
    {
        auto engine = std::make_unique<ForecastEngine>(clock);
        engine->setPriceBook(window.forecastController()->priceBook());
        engine->setCostOptions(window.forecastController()->costOptions());
        engine->recompute(controller()->document());
        return engine;
    }

    QTreeWidgetItem* milestoneRow(int day, const QString& figure) const
    {
        QTreeWidget* tree = tab()->milestoneTree();
        for (int i = 0; i < tree->topLevelItemCount(); ++i) {
            QTreeWidgetItem* dayItem = tree->topLevelItem(i);
            if (dayItem->data(0, Qt::UserRole).toInt() != day)
                continue;
            for (int child = 0; child < dayItem->childCount(); ++child)
                if (dayItem->child(child)->data(0, Qt::UserRole).toString() == figure)
                    return dayItem->child(child);
        }
        return nullptr;
    }

    QString milestoneText(int day, const QString& figure, GrowthBand band, bool withMargin = false) const
    {
        QTreeWidgetItem* row = milestoneRow(day, figure);
        if (row == nullptr)
            return QStringLiteral("<no row %1 on day %2>").arg(figure).arg(day);
        return (withMargin ? row->child(0) : row)->text(1 + static_cast<int>(bandIndex(band)));
    }

    void editPointCell(int row, int column, const QString& text) const
    {
        QTableWidgetItem* item = points()->item(row, column);
        QVERIFY(item);
        item->setText(text); // what the delegate does when the planner commits a typed cell
    }
};

} // namespace

class ForecastTabTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::isolateSettings(); }

    void specWorkedExampleAtTwoPercentADay()
    {
        Workbench w;
        w.settle();
        // 1,000,000 nodes * 1.02^30 = 1,811,361.58: the spec's worked example.
        QCOMPARE(w.milestoneText(30, QStringLiteral("nodes"), GrowthBand::Expected), QStringLiteral("1,811,362 nodes"));
        QCOMPARE(w.milestoneText(30, QStringLiteral("nodes"), GrowthBand::Low), QStringLiteral("1,347,849 nodes"));
        QCOMPARE(w.milestoneText(30, QStringLiteral("nodes"), GrowthBand::High), QStringLiteral("4,321,942 nodes"));
        // With the worksheet's 30 % safety margin, node counts rounded up: ceil(1,811,362 * 1.3).
        QCOMPARE(w.milestoneText(30, QStringLiteral("nodes"), GrowthBand::Expected, true),
                 QStringLiteral("2,354,771 nodes"));
    }

    void changingTheGrowthRateShowsTheEnginesNumbers()
    {
        Workbench w;
        QDoubleSpinBox* expected = w.panel()->rateSpinBox(GrowthBand::Expected);
        expected->setValue(3.0);
        w.settle();
        QCOMPARE(w.controller()->document().forecast.rateExpected, 0.03);
        // The expected compound rate is also the scenario's growth-rate input (backup sizing).
        QCOMPARE(w.controller()->document().scenario[InputId::DailyGrowthRate], 0.03);

        const auto engine = w.expectedEngine();
        const std::optional<Cloud> cloud = w.tab()->selectedCloud();
        QVERIFY(cloud.has_value());
        int compared = 0;
        for (const MilestoneEntry& entry : engine->milestones().entries) {
            const bool isCost = QString::fromStdString(entry.figure).startsWith(QLatin1String("cost."));
            if (isCost && entry.figure != "cost.monthly." + std::string(cloudKey(*cloud)))
                continue;
            const QString figure = QString::fromStdString(entry.figure);
            QTreeWidgetItem* row = w.milestoneRow(entry.day, figure);
            QVERIFY2(row, qPrintable(figure));
            for (GrowthBand band : kGrowthBands) {
                const int column = 1 + static_cast<int>(bandIndex(band));
                QCOMPARE(row->text(column), humanText(entry.value[bandIndex(band)], entry.unit));
                QCOMPARE(row->child(0)->text(column), humanText(entry.withMargin[bandIndex(band)], entry.unit));
            }
            ++compared;
        }
        QCOMPARE(compared, 3 * 12); // 11 figures and the chosen cloud's monthly cost on days 30, 60 and 90
        QCOMPARE(w.milestoneText(30, QStringLiteral("nodes"), GrowthBand::Expected),
                 humanText(std::round(1e6 * std::pow(1.03, 30)), Unit::Nodes));
    }

    void bandsMustStayInOrder()
    {
        Workbench w;
        const ScenarioDocument before = w.controller()->document();
        w.panel()->rateSpinBox(GrowthBand::Expected)->setValue(6.0); // above high (5 %)
        QCOMPARE(w.controller()->document(), before);
        QVERIFY2(w.panel()->message().contains(QStringLiteral("Expected growth must be from low growth (1.00 %) to "
                                                              "high growth (5.00 %)")),
                 qPrintable(w.panel()->message()));
        QCOMPARE(w.panel()->rateSpinBox(GrowthBand::Expected)->value(), 2.0);
        QCOMPARE(w.controller()->undoStack()->count(), 0);
        // Raising high first makes room.
        w.panel()->rateSpinBox(GrowthBand::High)->setValue(8.0);
        w.panel()->rateSpinBox(GrowthBand::Expected)->setValue(6.0);
        QCOMPARE(w.controller()->document().forecast.rateExpected, 0.06);
        QCOMPARE(w.controller()->document().forecast.rateHigh, 0.08);
        QVERIFY(w.panel()->message().isEmpty());
    }

    void pointListEditingRejectsBadPoints()
    {
        Workbench w;
        w.panel()->modelComboBox()->setCurrentIndex(
            w.panel()->modelComboBox()->findData(static_cast<int>(GrowthModel::Points)));
        const ForecastSettings& seeded = w.controller()->document().forecast;
        QCOMPARE(seeded.model, GrowthModel::Points);
        // Seeded with the expected compound curve at the milestone days, so nothing jumps.
        QCOMPARE(seeded.points.size(), std::size_t(3));
        QCOMPARE(seeded.points[0], (GrowthPoint { 30, 1811362 }));
        QCOMPARE(w.points()->rowCount(), 3);
        QCOMPARE(w.points()->item(0, 1)->text(), QStringLiteral("1,811,362"));

        const ScenarioDocument before = w.controller()->document();
        const int steps = w.controller()->undoStack()->count();
        struct Bad
        {
            int column;
            const char* text;
            const char* message;
        };
        const Bad bad[] = {
            { 0, "abc", "Day of point 1 must be a number of days from 0 to 3,650 (got \u201cabc\u201d)." },
            { 0, "4000", "Day of point 1 must be a number of days from 0 to 3,650 (got \u201c4000\u201d)." },
            { 0, "60", "Day 60 already has a point (point 2): each day takes one point." },
            { 1, "-5", "Nodes of point 1 must be a node count from 0 to 1,000,000,000,000 (got \u201c-5\u201d)." },
            { 1, "2e12", "Nodes of point 1 must be a node count from 0 to 1,000,000,000,000 (got \u201c2e12\u201d)." },
        };
        for (const Bad& entry : bad) {
            w.editPointCell(0, entry.column, QString::fromUtf8(entry.text));
            QCOMPARE(w.panel()->pointsEditor()->message(), QString::fromUtf8(entry.message));
            QCOMPARE(w.controller()->document(), before);
            QCOMPARE(w.controller()->undoStack()->count(), steps);
            // The cell shows the document's value again.
            QCOMPARE(w.points()->item(0, 0)->text(), QStringLiteral("30"));
            QCOMPARE(w.points()->item(0, 1)->text(), QStringLiteral("1,811,362"));
        }

        w.editPointCell(0, 1, QStringLiteral("2,000,000"));
        QCOMPARE(w.controller()->document().forecast.points[0], (GrowthPoint { 30, 2e6 }));
        QVERIFY(w.panel()->pointsEditor()->message().isEmpty());
        w.settle();
        QCOMPARE(w.milestoneText(30, QStringLiteral("nodes"), GrowthBand::Expected), QStringLiteral("2,000,000 nodes"));
        // One curve: low = expected = high.
        QCOMPARE(w.milestoneText(30, QStringLiteral("nodes"), GrowthBand::Low), QStringLiteral("2,000,000 nodes"));

        // Moving a point re-sorts the list.
        w.editPointCell(0, 0, QStringLiteral("75"));
        const std::vector<GrowthPoint>& moved = w.controller()->document().forecast.points;
        QCOMPARE(moved[0].day, 60.0);
        QCOMPARE(moved[1], (GrowthPoint { 75, 2e6 }));
        QCOMPARE(w.points()->item(1, 0)->text(), QStringLiteral("75"));

        // Add and remove, each one undo step.
        const int beforeAdd = w.controller()->undoStack()->count();
        w.panel()->pointsEditor()->findChild<QPushButton*>(QStringLiteral("addPointPushButton"))->click();
        QCOMPARE(w.controller()->document().forecast.points.size(), std::size_t(4));
        QCOMPARE(w.controller()->document().forecast.points.back().day, 120.0);
        QCOMPARE(w.controller()->undoStack()->count(), beforeAdd + 1);
        w.points()->selectRow(3);
        w.panel()->pointsEditor()->findChild<QPushButton*>(QStringLiteral("removePointPushButton"))->click();
        QCOMPARE(w.controller()->document().forecast.points.size(), std::size_t(3));
        w.controller()->undoStack()->undo();
        QCOMPARE(w.controller()->document().forecast.points.size(), std::size_t(4));
        QCOMPARE(w.points()->rowCount(), 4);

        // The points model needs at least one point: removing them all is refused with the model's message.
        w.points()->selectAll();
        w.panel()->pointsEditor()->findChild<QPushButton*>(QStringLiteral("removePointPushButton"))->click();
        QCOMPARE(w.controller()->document().forecast.points.size(), std::size_t(4));
        QVERIFY2(w.panel()->message().contains(QStringLiteral("at least one")), qPrintable(w.panel()->message()));
    }

    void everyEditIsOneUndoStep()
    {
        Workbench w;
        QUndoStack* stack = w.controller()->undoStack();
        w.panel()->rateSpinBox(GrowthBand::Expected)->setValue(3.0);
        QCOMPARE(stack->count(), 1);
        QCOMPARE(stack->undoText(), QStringLiteral("Set expected growth to 3.00 % per day"));
        w.panel()->opsGrowCheckBox()->setChecked(false);
        w.panel()->horizonSpinBox()->setValue(400);
        w.panel()->modelComboBox()->setCurrentIndex(
            w.panel()->modelComboBox()->findData(static_cast<int>(GrowthModel::Linear)));
        w.panel()->linearSpinBox(GrowthBand::Expected)->setValue(30000);
        QCOMPARE(stack->count(), 5);
        const ForecastSettings edited = w.controller()->document().forecast;
        QCOMPARE(edited.model, GrowthModel::Linear);
        QCOMPARE(edited.linearExpected, 30000.0);
        QCOMPARE(edited.horizonDays, 400.0);
        QVERIFY(!edited.opsGrowWithNodes);
        w.settle();
        QCOMPARE(w.milestoneText(30, QStringLiteral("nodes"), GrowthBand::Expected),
                 QStringLiteral("1,900,000 nodes")); // 1,000,000 + 30 * 30,000

        for (int i = 0; i < 5; ++i)
            stack->undo();
        QCOMPARE(w.controller()->document().forecast, ForecastSettings {});
        QCOMPARE(w.controller()->document().scenario[InputId::DailyGrowthRate], 0.02);
        // The controls follow the document.
        QCOMPARE(w.panel()->rateSpinBox(GrowthBand::Expected)->value(), 2.0);
        QVERIFY(w.panel()->opsGrowCheckBox()->isChecked());
        QCOMPARE(w.panel()->horizonSpinBox()->value(), 365);
        w.settle();
        QCOMPARE(w.milestoneText(30, QStringLiteral("nodes"), GrowthBand::Expected), QStringLiteral("1,811,362 nodes"));

        for (int i = 0; i < 5; ++i)
            stack->redo();
        QCOMPARE(w.controller()->document().forecast, edited);
        QCOMPARE(w.controller()->document().scenario[InputId::DailyGrowthRate], 0.03);
        QCOMPARE(w.panel()->linearSpinBox(GrowthBand::Expected)->value(), 30000.0);
    }

    void saveAndOpenKeepForecastSettings()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("forecast.ecw.json"));
        ForecastSettings saved;
        {
            Workbench w;
            w.panel()->rateSpinBox(GrowthBand::High)->setValue(7.5);
            w.panel()->modelComboBox()->setCurrentIndex(
                w.panel()->modelComboBox()->findData(static_cast<int>(GrowthModel::Points)));
            w.editPointCell(2, 1, QStringLiteral("5e6"));
            w.panel()->opsGrowCheckBox()->setChecked(false);
            w.panel()->horizonSpinBox()->setValue(200);
            saved = w.controller()->document().forecast;
            QVERIFY(w.window.saveTo(path));
        }
        Workbench w;
        QVERIFY(w.window.openFile(path));
        QCOMPARE(w.controller()->document().forecast, saved);
        QCOMPARE(w.panel()->modelComboBox()->currentData().toInt(), static_cast<int>(GrowthModel::Points));
        QCOMPARE(w.panel()->rateSpinBox(GrowthBand::High)->value(), 7.5);
        QCOMPARE(w.points()->rowCount(), 3);
        QCOMPARE(w.points()->item(2, 1)->text(), QStringLiteral("5,000,000"));
        QVERIFY(!w.panel()->opsGrowCheckBox()->isChecked());
        QCOMPARE(w.panel()->horizonSpinBox()->value(), 200);
        w.settle();
        QCOMPARE(w.milestoneText(90, QStringLiteral("nodes"), GrowthBand::High), QStringLiteral("5,000,000 nodes"));
    }

    void runwayShowsTheEnginesDaysAndDates()
    {
        Workbench w;
        w.tab()->cloudComboBox()->setCurrentIndex(1 + static_cast<int>(cloudIndex(Cloud::Aws)));
        QVERIFY(w.tab()->showSection(QStringLiteral("runway")));
        w.settle();
        QCOMPARE(w.tab()->selectedCloud(), std::optional<Cloud>(Cloud::Aws));
        const auto engine = w.expectedEngine();
        const CloudOutlook& outlook = engine->outlook(Cloud::Aws);
        QVERIFY(!outlook.options.empty());
        QTableWidget* table = w.tab()->runwayTable();
        bool someDay = false;
        for (RunwayResource resource : kRunwayResources)
            for (GrowthBand band : kGrowthBands) {
                const RunwayHit& hit = outlook.runway.hit(resource, band);
                const QString text
                    = table->item(static_cast<int>(resource), 2 + static_cast<int>(bandIndex(band)))->text();
                if (hit.day) {
                    someDay = true;
                    // The date is day 0 (the fixed clock's today) plus that many days.
                    QCOMPARE(text,
                             QStringLiteral("day %1\n%2")
                                 .arg(*hit.day)
                                 .arg(QString::fromStdString(formatIsoDate(addDays(w.clock.today(), *hit.day)))));
                } else {
                    QCOMPARE(text, QStringLiteral("beyond 365 days"));
                }
            }
        QVERIFY(someDay);
        QVERIFY(w.tab()
                    ->findChild<QLabel*>(QStringLiteral("runwayCapacityLabel"))
                    ->text()
                    .contains(QString::fromStdString(describeConfiguration(*engine->priceBook()->find(Cloud::Aws),
                                                                           outlook.options.front().choice))));
    }

    void recomputesOnlyWhileShownAndOncePerPass()
    {
        Workbench w;
        ForecastController* forecast = w.window.forecastController();
        w.settle();
        w.window.outputTabs()->setCurrentIndex(0); // the breakdown
        QCoreApplication::processEvents();
        QVERIFY(!forecast->anyViewVisible());
        const int before = forecast->recomputeCount();
        for (int i = 1; i <= 10; ++i)
            w.controller()->setInput(InputId::Nodes, 1e6 + i * 1000);
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
        QCOMPARE(forecast->recomputeCount(), before); // nothing shows it: no work
        QVERIFY(forecast->isStale());

        w.window.outputTabs()->setCurrentWidget(w.tab());
        QCOMPARE(forecast->recomputeCount(), before + 1); // shown: brought up to date at once
        QCOMPARE(w.milestoneText(30, QStringLiteral("nodes"), GrowthBand::Expected),
                 humanText(std::round(1.01e6 * std::pow(1.02, 30)), Unit::Nodes));

        // While shown, a burst of edits in one event-loop pass costs one recompute, on the worker thread: the
        // edits return at once and the table follows when the pass is done.
        for (int i = 1; i <= 10; ++i)
            w.controller()->setInput(InputId::Nodes, 2e6 + i * 1000);
        QCOMPARE(forecast->recomputeCount(), before + 1);
        QTRY_COMPARE(forecast->recomputeCount(), before + 2);
        QTRY_VERIFY(!forecast->isComputing());
        QTest::qWait(50);
        QCOMPARE(forecast->recomputeCount(), before + 2);
        QCOMPARE(w.milestoneText(30, QStringLiteral("nodes"), GrowthBand::Expected),
                 humanText(std::round(2.01e6 * std::pow(1.02, 30)), Unit::Nodes));

        // Edits while a pass runs start exactly one more pass when it ends, for the latest figures.
        w.controller()->setInput(InputId::Nodes, 3e6);
        QCoreApplication::processEvents(); // the timer starts the pass
        w.controller()->setInput(InputId::Nodes, 3.1e6);
        w.controller()->setInput(InputId::Nodes, 3.2e6);
        QTRY_VERIFY(!forecast->isComputing() && !forecast->isStale());
        QTRY_COMPARE(w.milestoneText(30, QStringLiteral("nodes"), GrowthBand::Expected),
                     humanText(std::round(3.2e6 * std::pow(1.02, 30)), Unit::Nodes));
        QVERIFY(forecast->recomputeCount() <= before + 4);
    }

    void growthRateInputMismatchIsShownAndCanBeAdopted()
    {
        Workbench w;
        auto* button = w.panel()->findChild<QPushButton*>(QStringLiteral("useInputGrowthRatePushButton"));
        QVERIFY(button);
        QVERIFY(button->isHidden());
        w.controller()->setInput(InputId::DailyGrowthRate, 0.06); // e.g. from a slider or a preset
        QVERIFY(!button->isHidden());
        QCOMPARE(button->text(), QStringLiteral("Expect 6.00 % a day"));
        button->click();
        const ForecastSettings& settings = w.controller()->document().forecast;
        QCOMPARE(settings.rateExpected, 0.06);
        QCOMPARE(settings.rateHigh, 0.06); // widened to keep low <= expected <= high
        QCOMPARE(settings.rateLow, 0.01);
        QVERIFY(button->isHidden());
    }
};

QTEST_MAIN(ForecastTabTest)
#include "ForecastTabTest.moc"
