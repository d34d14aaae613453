// SPDX-License-Identifier: GPL-3.0-or-later
// The forecast and cost charts: their data is the engine's (growth with band, markers, capacity and trigger
// lines; cost by day, stepped; cost against node count on a log axis), and SeriesPlot's hover read-out,
// legend toggles (click, menu), log/linear switch, keyboard zoom and pan, and view reset.
#include "BuiltinPriceBook.h"
#include "CostTab.h"
#include "ForecastCharts.h"
#include "ForecastController.h"
#include "ForecastTab.h"
#include "MainWindow.h"
#include "ScenarioController.h"
#include "SeriesPlot.h"
#include "UiTestSupport.h"

#include <QAction>
#include <QMenu>
#include <QMouseEvent>
#include <QRadioButton>
#include <QTabWidget>
#include <QTest>
#include <QToolButton>
#include <qcustomplot.h>

#include <cmath>

using namespace ecw;

namespace {

std::unique_ptr<ForecastEngine> defaultEngine(const Clock& clock, const ScenarioDocument& document = {})
{
    auto engine = std::make_unique<ForecastEngine>(clock);
    const auto& book = builtinPriceBook();
    if (book)
        engine->setPriceBook(*book);
    engine->recompute(document);
    return engine;
}

int visibleLineGraphs(QCustomPlot* plot)
{
    int count = 0;
    for (int i = 0; i < plot->graphCount(); ++i)
        if (plot->graph(i)->visible() && !plot->graph(i)->property("band").toBool())
            ++count;
    return count;
}

} // namespace

class ForecastChartTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::isolateSettings(); }

    void growthChartIsTheEnginesSeries()
    {
        const FixedClock clock(makeDate(2026, 11, 29));
        const auto engine = defaultEngine(clock);
        const WorksheetLineChart chart = growthChart(*engine, RunwayResource::Memory, Cloud::Aws);
        QCOMPARE(chart.series.size(), std::size_t(1));
        const LineSeries& line = chart.series[0];
        QCOMPARE(line.x.size(), std::size_t(366));
        QCOMPARE(line.low.size(), std::size_t(366));
        QCOMPARE(line.high.size(), std::size_t(366));
        QCOMPARE(chart.yUnit, std::string("GiB"));
        QCOMPARE(chart.xLabel, std::string("Day (0 = 2026-11-29)"));
        const ForecastSeries& series = engine->series();
        for (int day : { 0, 30, 90, 365 }) {
            QCOMPARE(line.y[day] * kGiB, series.value(ForecastFigure::MemoryTotal, GrowthBand::Expected, day));
            QCOMPARE(line.low[day] * kGiB, series.value(ForecastFigure::MemoryTotal, GrowthBand::Low, day));
            QCOMPARE(line.high[day] * kGiB, series.value(ForecastFigure::MemoryTotal, GrowthBand::High, day));
        }
        QCOMPARE(chart.markersX, (std::vector<double> { 30, 60, 90 }));
        // What the recommended AWS configuration holds, and its 80 % trigger.
        const RunwayCapacity& capacity = engine->outlook(Cloud::Aws).runway.capacity;
        QCOMPARE(chart.thresholds.size(), std::size_t(2));
        QCOMPARE(chart.thresholds[0].y * kGiB, capacity.memoryBytes);
        QVERIFY(std::fabs(chart.thresholds[1].y * kGiB - 0.8 * capacity.memoryBytes) < 1);
        // Cores: no byte scaling; without a cloud, no capacity lines.
        const WorksheetLineChart cores = growthChart(*engine, RunwayResource::Cpu, std::nullopt);
        QCOMPARE(cores.series[0].y[30], series.value(ForecastFigure::CpuTotal, GrowthBand::Expected, 30));
        QVERIFY(cores.thresholds.empty());
    }

    void costChartsAreTheEnginesCurves()
    {
        const FixedClock clock(makeDate(2026, 11, 29));
        const auto engine = defaultEngine(clock);
        const WorksheetLineChart overTime = costOverTimeChart(*engine);
        QVERIFY(overTime.stepped);
        QCOMPARE(overTime.series.size(), std::size_t(3));
        QCOMPARE(overTime.series[1].name, std::string("Google Cloud"));
        QCOMPARE(overTime.series[1].y[60], engine->costTimeline().total(Cloud::Gcp, GrowthBand::Expected, 60));
        QCOMPARE(overTime.series[1].high[60], engine->costTimeline().total(Cloud::Gcp, GrowthBand::High, 60));

        const WorksheetLineChart vsNodes = costVsNodesChart(*engine);
        QVERIFY(vsNodes.logX);
        QCOMPARE(vsNodes.series[0].x.size(), std::size_t(61));
        QCOMPARE(vsNodes.series[0].x.front(), 1e5);
        QCOMPARE(vsNodes.series[0].x.back(), 1e11);
        QCOMPARE(vsNodes.series[2].y[20], engine->costVsNodes().points[cloudIndex(Cloud::Azure)][20].total());
        QCOMPARE(vsNodes.markersX, (std::vector<double> { 1e6 })); // the scenario's node count
    }

    void hoverReadoutAndLegendToggle()
    {
        const FixedClock clock(makeDate(2026, 11, 29));
        const auto engine = defaultEngine(clock);
        SeriesPlot plot;
        plot.resize(800, 400);
        plot.show();
        const WorksheetLineChart chart = costOverTimeChart(*engine);
        plot.setChart(chart);
        QVERIFY(plot.logScale()); // cost grows by orders of magnitude at high growth

        const QString readout = plot.readoutAt(30.4);
        QVERIFY2(readout.startsWith(QStringLiteral("Day 30  |  AWS: ")), qPrintable(readout));
        const auto number = [](double value) { return QString::fromStdString(formatGrouped(value)); };
        QVERIFY(readout.contains(QStringLiteral("AWS: %1 (%2 to %3) USD/month")
                                     .arg(number(chart.series[0].y[30]), number(chart.series[0].low[30]),
                                          number(chart.series[0].high[30]))));
        QVERIFY(readout.contains(QStringLiteral("Azure: ")));

        // Hovering writes the same read-out under the chart (on a laid-out plot, as on screen).
        QCustomPlot* custom = plot.plot();
        QVERIFY(QTest::qWaitForWindowExposed(&plot));
        custom->replot();
        const int x = static_cast<int>(custom->xAxis->coordToPixel(90));
        const int y = static_cast<int>(custom->yAxis->coordToPixel(chart.series[0].y[90]));
        QMouseEvent move(QEvent::MouseMove, QPointF(x, y), custom->mapToGlobal(QPointF(x, y)), Qt::NoButton,
                         Qt::NoButton, Qt::NoModifier);
        QCoreApplication::sendEvent(custom, &move);
        QCOMPARE(plot.readoutText(), plot.readoutAt(custom->xAxis->pixelToCoord(x)));
        QVERIFY(plot.readoutText().startsWith(QStringLiteral("Day 90")));

        // A legend click hides a series: its line and band go, and so does its read-out.
        QCOMPARE(visibleLineGraphs(custom), 3);
        QCPGraph* azure = nullptr;
        for (int i = 0; i < custom->graphCount(); ++i)
            if (custom->graph(i)->name() == QLatin1String("Azure"))
                azure = custom->graph(i);
        QVERIFY(azure);
        Q_EMIT custom->legendClick(custom->legend, custom->legend->itemWithPlottable(azure), nullptr);
        QVERIFY(!plot.isSeriesVisible(2));
        QCOMPARE(visibleLineGraphs(custom), 2);
        QVERIFY(!plot.readoutAt(30).contains(QStringLiteral("Azure")));
        // The series menu (keyboard path) shows it again.
        auto* seriesButton = plot.findChild<QToolButton*>(QStringLiteral("seriesToolButton"));
        QAction* azureAction = seriesButton->menu()->actions().at(2);
        QVERIFY(!azureAction->isChecked());
        azureAction->trigger();
        QVERIFY(plot.isSeriesVisible(2));
        QVERIFY(plot.readoutAt(30).contains(QStringLiteral("Azure")));
        // New data with the same series keeps what the planner hid.
        plot.setSeriesVisible(0, false);
        plot.setChart(costOverTimeChart(*engine));
        QVERIFY(!plot.isSeriesVisible(0));
    }

    void zoomPanScaleAndReset()
    {
        const FixedClock clock(makeDate(2026, 11, 29));
        const auto engine = defaultEngine(clock);
        SeriesPlot plot;
        plot.resize(800, 400);
        plot.show();
        plot.setChart(growthChart(*engine, RunwayResource::Storage, Cloud::Gcp));
        QCustomPlot* custom = plot.plot();
        QCOMPARE(custom->yAxis->scaleType(), QCPAxis::stLogarithmic);
        const QCPRange full = custom->xAxis->range();
        QCOMPARE(full.lower, 0.0);
        QCOMPARE(full.upper, 365.0);

        plot.setFocus();
        QTest::keyClick(&plot, Qt::Key_Plus);
        QVERIFY(custom->xAxis->range().size() < full.size());
        const double zoomedLower = custom->xAxis->range().lower;
        QTest::keyClick(&plot, Qt::Key_Right);
        QVERIFY(custom->xAxis->range().lower > zoomedLower);
        // New figures (an input change) keep the planner's view.
        const QCPRange zoomed = custom->xAxis->range();
        plot.setChart(growthChart(*engine, RunwayResource::Storage, Cloud::Gcp));
        QCOMPARE(custom->xAxis->range().lower, zoomed.lower);
        QCOMPARE(custom->xAxis->range().upper, zoomed.upper);

        plot.findChild<QToolButton*>(QStringLiteral("resetViewToolButton"))->click();
        QCOMPARE(custom->xAxis->range().lower, 0.0);
        QCOMPARE(custom->xAxis->range().upper, 365.0);

        // Linear scale: the value axis starts at zero and reaches above the capacity line.
        plot.findChild<QToolButton*>(QStringLiteral("logScaleToolButton"))->click();
        QVERIFY(!plot.logScale());
        QCOMPARE(custom->yAxis->scaleType(), QCPAxis::stLinear);
        QCOMPARE(custom->yAxis->range().lower, 0.0);
        QVERIFY(custom->yAxis->range().upper >= plot.chart().thresholds[0].y);
    }

    void forecastTabChartFollowsTheResourceAndCloud()
    {
        FixedClock clock(makeDate(2026, 11, 29));
        MainWindow window;
        window.forecastController()->setClock(&clock);
        window.resize(1280, 800);
        window.show();
        window.outputTabs()->setCurrentWidget(window.forecastTab());
        window.forecastTab()->showSection(QStringLiteral("chart"));
        QCoreApplication::processEvents();
        SeriesPlot* plot = window.forecastTab()->growthPlot();
        QVERIFY(QString::fromStdString(plot->chart().yLabel).startsWith(QStringLiteral("Memory needed")));
        window.forecastTab()->findChild<QRadioButton*>(QStringLiteral("cpuRadioButton"))->click();
        QVERIFY(QString::fromStdString(plot->chart().yLabel).startsWith(QStringLiteral("Cores needed")));
        window.forecastTab()->cloudComboBox()->setCurrentIndex(1 + static_cast<int>(cloudIndex(Cloud::Azure)));
        QVERIFY(
            QString::fromStdString(plot->chart().thresholds.at(0).name).startsWith(QStringLiteral("Azure capacity")));
        const auto engine = defaultEngine(clock, window.controller()->document());
        QCOMPARE(plot->chart().thresholds.at(0).y, engine->outlook(Cloud::Azure).runway.capacity.cores);
    }
};

QTEST_MAIN(ForecastChartTest)
#include "ForecastChartTest.moc"
