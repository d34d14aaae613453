// SPDX-License-Identifier: GPL-3.0-or-later
// The Observed tab as a planner uses it: open the synthetic telemetry (its truth has a hot tier 25% larger and a
// WAL 20% smaller than the defaults say) and see those two rows flagged; apply a proposal and undo it (the constant
// and its provenance record both come back); a file that is not telemetry, a bad Prometheus URL and a closed port
// are errors shown in the tab that leave the scenario alone, and the fetch never blocks the event loop. With
// ECW_OBSERVED_SCREENSHOTS=DIR set it also writes the docs' screenshots of the tab to DIR.
#include "CalibrationSection.h"
#include "ComparisonTableModel.h"
#include "ExportActions.h"
#include "ForecastController.h"
#include "MainWindow.h"
#include "ObservedTab.h"
#include "ScenarioController.h"
#include "SeriesPlot.h"
#include "SyntheticTelemetry.h"
#include "TelemetryFiles.h"
#include "UiTestSupport.h"
#include "WorksheetExporter.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <atomic>
#include <chrono>
#include <thread>

using namespace ecw;

namespace {

const double kEnd = parseTimestamp("2026-12-04T00:00:00Z");

struct Workbench
{
    FixedClock clock { makeDate(2026, 12, 4) };
    MainWindow window;

    Workbench()
    {
        window.setPrompter(std::make_unique<test::FakePrompter>());
        window.forecastController()->setClock(&clock);
        window.resize(1280, 800);
        window.show();
        window.outputTabs()->setCurrentWidget(window.observedTab());
        settle();
    }
    void settle() const
    {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
        window.forecastController()->flush();
        QCoreApplication::processEvents();
    }
    ObservedTab* tab() const { return window.observedTab(); }
    ScenarioController* controller() const { return window.controller(); }
    QLabel* errorLabel() const { return tab()->findChild<QLabel*>(QStringLiteral("observedErrorLabel")); }
};

QString writeFile(const QTemporaryDir& dir, const QString& name, const std::string& text)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(text.data(), static_cast<qint64>(text.size()));
    return path;
}

QString syntheticFile(const QTemporaryDir& dir, bool json = false)
{
    const TelemetrySet set = generateTelemetry(defaultSyntheticTruth(kEnd));
    return json ? writeFile(dir, QStringLiteral("telemetry.json"), writeQueryRangeJson(set))
                : writeFile(dir, QStringLiteral("telemetry.om"), writeOpenMetrics(set));
}

const ComparisonRow* row(const Calibration& calibration, std::string_view key)
{
    for (const ComparisonRow& r : calibration.rows)
        if (r.key == key)
            return &r;
    return nullptr;
}

int rowOf(const ComparisonTableModel* model, const QString& key)
{
    for (int r = 0; r < model->rowCount(); ++r)
        if (model->index(r, 0).data(ComparisonTableModel::KeyRole).toString() == key)
            return r;
    return -1;
}

std::atomic<int> g_fetches { 0 };

Result<PrometheusFetch> countingFetcher(const PrometheusRequest&, const FetchProgress&, const std::atomic<bool>*)
{
    ++g_fetches;
    return Error { "not expected" };
}

// Waits for the cancel flag, as the real client does while a request runs.
Result<PrometheusFetch> hangingFetcher(const PrometheusRequest&, const FetchProgress& progress,
                                       const std::atomic<bool>* cancel)
{
    if (progress)
        progress(0, 30, "engram_nodes, 1 of 30");
    for (int i = 0; i < 3000 && !cancel->load(); ++i)
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    return Error { "cancelled" };
}

} // namespace

class ObservedTabTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::isolateSettings(); }

    void syntheticFileFlagsHotMemoryAndWal()
    {
        Workbench bench;
        QTemporaryDir dir;
        QAbstractItemModelTester tester(bench.tab()->comparisonModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        for (const bool json : { false, true }) {
            const QString path = syntheticFile(dir, json);
            QCOMPARE(bench.tab()->loadTelemetryFile(path), QString());
            bench.settle();
            QVERIFY(!bench.errorLabel()->isVisible());
            const std::shared_ptr<const Calibration> c = bench.tab()->calibration();
            QVERIFY(c);
            const ComparisonRow* hot = row(*c, "memory.hot");
            const ComparisonRow* wal = row(*c, "storage.wal");
            QVERIFY(hot && wal);
            QVERIFY(hot->flagged);
            QVERIFY(wal->flagged);
            QVERIFY2(std::abs(hot->relativeError + 0.20) < 0.03, qPrintable(QString::number(hot->relativeError)));
            QVERIFY2(std::abs(wal->relativeError - 0.25) < 0.03, qPrintable(QString::number(wal->relativeError)));

            // What the table shows: the two rows red ("over"), every other reported figure green.
            const ComparisonTableModel* model = bench.tab()->comparisonModel();
            QCOMPARE(bench.tab()->comparisonView()->model(), model);
            QCOMPARE(model->rowCount(), static_cast<int>(c->rows.size()));
            for (int r = 0; r < model->rowCount(); ++r) {
                const QString key = model->index(r, 0).data(ComparisonTableModel::KeyRole).toString();
                const QString flag = model->index(r, 0).data(ComparisonTableModel::FlagRole).toString();
                const bool expectedOver = key == QLatin1String("memory.hot") || key == QLatin1String("storage.wal");
                QVERIFY2(flag == (expectedOver ? QLatin1String("over") : QLatin1String("within")),
                         qPrintable(key + QLatin1Char(' ') + flag));
            }
            const QModelIndex hotError = model->index(rowOf(model, QStringLiteral("memory.hot")),
                                                      ComparisonTableModel::ErrorColumn);
            QVERIFY2(hotError.data().toString().startsWith(QLatin1Char('-')), qPrintable(hotError.data().toString()));
            QCOMPARE(hotError.data(Qt::ForegroundRole).value<QBrush>().color(), QColor(0xb3, 0x26, 0x1e));
            const QModelIndex walError = model->index(rowOf(model, QStringLiteral("storage.wal")),
                                                      ComparisonTableModel::ErrorColumn);
            QVERIFY2(walError.data().toString().startsWith(QLatin1String("+2")), qPrintable(walError.data().toString()));
        }
        // The fit summary: the compound truth, and no server predict_linear for a file.
        const QString summary = bench.tab()->fitSummaryText();
        QVERIFY2(summary.contains(QLatin1String("compound")), qPrintable(summary));
        QVERIFY(summary.contains(QLatin1String("not available")));
        const QString sizing = bench.tab()->rightSizingText();
        QVERIFY2(sizing.contains(QLatin1String("VPA recommendation")), qPrintable(sizing));
        QVERIFY(sizing.contains(QLatin1String("AWS")));
        QVERIFY(sizing.contains(QLatin1String("Azure")));
        // The chart: fits over the whole grid, the observed nodes over the window only (negative days).
        const WorksheetLineChart& chart = bench.tab()->growthPlot()->chart();
        QCOMPARE(chart.series.size(), std::size_t(3));
        QVERIFY(chart.series[2].x.back() <= 0);
        QVERIFY(chart.series[0].x.back() >= 29.9);
        QVERIFY(chart.series[0].x.front() < -13);
        // Hover read-out: the observed nodes inside the window, only the fits beyond it.
        const QString inWindow = bench.tab()->growthPlot()->readoutAt(-7);
        QVERIFY2(inWindow.contains(QLatin1String("Observed nodes")), qPrintable(inWindow));
        const QString ahead = bench.tab()->growthPlot()->readoutAt(15);
        QVERIFY2(!ahead.contains(QLatin1String("Observed nodes")) && ahead.contains(QLatin1String("Compound fit")),
                 qPrintable(ahead));
    }

    void missingTierShowsNoData()
    {
        Workbench bench;
        QTemporaryDir dir;
        SyntheticTruth truth = defaultSyntheticTruth(kEnd);
        truth.omitColdMemory = true;
        const QString path = writeFile(dir, QStringLiteral("cold.om"), writeOpenMetrics(generateTelemetry(truth)));
        QCOMPARE(bench.tab()->loadTelemetryFile(path), QString());
        const ComparisonTableModel* model = bench.tab()->comparisonModel();
        const int cold = rowOf(model, QStringLiteral("memory.cold"));
        QVERIFY(cold >= 0);
        QCOMPARE(model->index(cold, 0).data(ComparisonTableModel::FlagRole).toString(), QStringLiteral("no data"));
        QCOMPARE(model->index(cold, ComparisonTableModel::ErrorColumn).data().toString(), QStringLiteral("no data"));
    }

    void applyingAProposalAndUndo()
    {
        Workbench bench;
        QTemporaryDir dir;
        QCOMPARE(bench.tab()->loadTelemetryFile(syntheticFile(dir)), QString());
        const double before = bench.controller()->document().constants[ConstantId::HashTableOverhead];
        QVERIFY(bench.controller()->document().calibrations.empty());
        const int commands = bench.controller()->undoStack()->count();

        // Through the button in the Calibrations view, as a planner would.
        bench.tab()->showSection(QStringLiteral("calibrations"));
        bench.settle();
        QPushButton* apply = nullptr;
        for (QPushButton* button : bench.tab()->proposalTable()->findChildren<QPushButton*>(
                 QStringLiteral("applyProposalPushButton")))
            if (button->property("constant").toString() == QLatin1String("hash_table_overhead"))
                apply = button;
        QVERIFY(apply);
        QVERIFY(apply->isEnabled());
        QTest::mouseClick(apply, Qt::LeftButton);
        bench.settle();
        QCOMPARE(bench.controller()->undoStack()->count(), commands + 1);
        const double after = bench.controller()->document().constants[ConstantId::HashTableOverhead];
        QVERIFY2(std::abs(after / before - 1.25) < 0.03, qPrintable(QString::number(after)));
        QCOMPARE(bench.controller()->document().calibrations.size(), std::size_t(1));
        const CalibrationRecord& record = bench.controller()->document().calibrations.front();
        QCOMPARE(record.constant, std::string("hash_table_overhead"));
        QCOMPARE(record.previous, before);
        QVERIFY2(QString::fromStdString(record.source).contains(QLatin1String("telemetry.om")),
                 qPrintable(QString::fromStdString(record.source)));
        // The calibration follows the scenario: hot memory is now within the bar.
        QVERIFY(!row(*bench.tab()->calibration(), "memory.hot")->flagged);

        bench.controller()->undoStack()->undo();
        bench.settle();
        QCOMPARE(bench.controller()->document().constants[ConstantId::HashTableOverhead], before);
        QVERIFY(bench.controller()->document().calibrations.empty());
        QVERIFY(row(*bench.tab()->calibration(), "memory.hot")->flagged);
        bench.controller()->undoStack()->redo();
        QCOMPARE(bench.controller()->document().constants[ConstantId::HashTableOverhead], after);
        QCOMPARE(bench.controller()->document().calibrations.size(), std::size_t(1));
    }

    void applyAllRecommendedAndGrowthAreOneUndoStepEach()
    {
        Workbench bench;
        QTemporaryDir dir;
        QCOMPARE(bench.tab()->loadTelemetryFile(syntheticFile(dir)), QString());
        const ScenarioDocument original = bench.controller()->document();
        QCOMPARE(bench.tab()->applyRecommended(), QString());
        const ScenarioDocument calibrated = bench.controller()->document();
        QVERIFY(calibrated.constants[ConstantId::HashTableOverhead] != original.constants[ConstantId::HashTableOverhead]);
        QVERIFY(calibrated.constants[ConstantId::WalRecordBytes] < original.constants[ConstantId::WalRecordBytes]);
        QVERIFY(calibrated.calibrations.size() >= 2);
        QCOMPARE(bench.tab()->calibration()->flaggedCount(), std::size_t(0));

        QCOMPARE(bench.tab()->useObservedGrowth(), QString());
        const ForecastSettings& forecast = bench.controller()->document().forecast;
        QCOMPARE(forecast.model, GrowthModel::Compound);
        QVERIFY2(std::abs(forecast.rateExpected - 0.02) < 0.002, qPrintable(QString::number(forecast.rateExpected)));
        bench.controller()->undoStack()->undo();
        QVERIFY(bench.controller()->document() == calibrated);
        bench.controller()->undoStack()->undo();
        QVERIFY(bench.controller()->document() == original);
    }

    void notTelemetryIsAnErrorAndTheScenarioIsUntouched()
    {
        Workbench bench;
        QTemporaryDir dir;
        bench.controller()->setInput(InputId::Nodes, 2e6);
        const ScenarioDocument before = bench.controller()->document();
        const int commands = bench.controller()->undoStack()->count();
        for (const char* text : { "{ this is not JSON", "hello, I am a spreadsheet\n1,2,3\n" }) {
            const QString path = writeFile(dir, QStringLiteral("bad.txt"), text);
            const QString error = bench.tab()->loadTelemetryFile(path);
            QVERIFY(!error.isEmpty());
            QVERIFY2(error.contains(QLatin1String("bad.txt")), qPrintable(error));
            bench.settle();
            QVERIFY(bench.errorLabel()->isVisible());
            QCOMPARE(bench.errorLabel()->text(), error);
            QVERIFY(!bench.tab()->hasTelemetry());
            QVERIFY(bench.controller()->document() == before);
            QCOMPARE(bench.controller()->undoStack()->count(), commands);
        }
        QVERIFY(!bench.tab()->loadTelemetryFile(dir.filePath(QStringLiteral("missing.json"))).isEmpty());
        // A good file afterwards clears the error.
        QCOMPARE(bench.tab()->loadTelemetryFile(syntheticFile(dir)), QString());
        QVERIFY(!bench.errorLabel()->isVisible());
        QVERIFY(bench.controller()->document() == before);
    }

    void badPrometheusFormIsAnErrorWithoutFetching()
    {
        Workbench bench;
        bench.tab()->setFetcher(&countingFetcher);
        g_fetches = 0;
        const ScenarioDocument before = bench.controller()->document();
        PrometheusConnection connection;
        connection.url = QStringLiteral("ftp://prometheus:9090");
        QString error = bench.tab()->connectToPrometheus(connection);
        QVERIFY2(error.startsWith(QLatin1String("URL must be an http:// or https:// URL")), qPrintable(error));
        QVERIFY(bench.errorLabel()->isVisible());
        QCOMPARE(bench.errorLabel()->text(), error);

        connection.url = QStringLiteral("http://prometheus:9090");
        connection.window = QStringLiteral("0");
        error = bench.tab()->connectToPrometheus(connection);
        QVERIFY2(error.startsWith(QLatin1String("Window must be a duration longer than 0")), qPrintable(error));
        connection.window = QStringLiteral("14d");
        connection.step = QStringLiteral("soon");
        QVERIFY(bench.tab()->connectToPrometheus(connection).startsWith(QLatin1String("Step")));
        connection.step = QStringLiteral("1m");
        connection.tokenVariable = QStringLiteral("ECW_TEST_TOKEN_THAT_IS_NOT_SET");
        error = bench.tab()->connectToPrometheus(connection);
        QVERIFY2(error.contains(QLatin1String("ECW_TEST_TOKEN_THAT_IS_NOT_SET is not set")), qPrintable(error));
        bench.settle();
        QCOMPARE(g_fetches.load(), 0);
        QVERIFY(!bench.tab()->isFetching());
        QVERIFY(bench.controller()->document() == before);
    }

    void closedPortIsConnectionRefusedWithoutBlocking()
    {
        Workbench bench;
        const ScenarioDocument before = bench.controller()->document();
        PrometheusConnection connection;
        connection.url = QStringLiteral("http://127.0.0.1:9");
        connection.retries = 0;
        connection.timeoutSeconds = 5;
        QSignalSpy finished(bench.tab(), &ObservedTab::fetchFinished);
        int ticks = 0;
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, [&ticks] { ++ticks; });
        ticker.start(1);
        QElapsedTimer clock;
        clock.start();
        QCOMPARE(bench.tab()->connectToPrometheus(connection), QString());
        // connectToPrometheus returns at once: the fetch is on its own thread.
        QVERIFY2(clock.elapsed() < 500, qPrintable(QString::number(clock.elapsed())));
        QVERIFY(bench.tab()->isFetching());
        QVERIFY(bench.tab()->cancelButton()->isVisible());
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.takeFirst().at(0).toBool(), false);
        QVERIFY(ticks > 0); // the event loop ran while the fetch did
        const QString error = bench.tab()->errorText();
        QVERIFY2(error.contains(QLatin1String("connection refused"), Qt::CaseInsensitive), qPrintable(error));
        QVERIFY(error.contains(QLatin1String("127.0.0.1:9")));
        QVERIFY(bench.errorLabel()->isVisible());
        QVERIFY(!bench.tab()->isFetching());
        QVERIFY(!bench.tab()->cancelButton()->isVisible());
        QVERIFY(bench.controller()->document() == before);
    }

    void cancelEndsTheFetch()
    {
        Workbench bench;
        bench.tab()->setFetcher(&hangingFetcher);
        QSignalSpy finished(bench.tab(), &ObservedTab::fetchFinished);
        QCOMPARE(bench.tab()->connectToPrometheus(PrometheusConnection {}), QString());
        QTest::qWait(50);
        QVERIFY(bench.tab()->isFetching());
        QTest::mouseClick(bench.tab()->cancelButton(), Qt::LeftButton);
        QVERIFY(finished.wait(5000));
        QVERIFY2(bench.tab()->errorText().contains(QLatin1String("cancelled")), qPrintable(bench.tab()->errorText()));
        // A window closed during a fetch cancels and joins it (no crash, no wait for a timeout).
        QCOMPARE(bench.tab()->connectToPrometheus(PrometheusConnection {}), QString());
    }

    void worksheetGainsTheObservedSection()
    {
        Workbench bench;
        QTemporaryDir dir;
        WorksheetExporter& exporter = bench.window.exportActions()->exporter();
        exporter.setDocument(bench.controller()->document());
        auto hasSection = [](const WorksheetDocument& worksheet) {
            for (const WorksheetBlock& block : worksheet.blocks)
                if (block.kind == BlockKind::Heading && block.text == kCalibrationSectionTitle)
                    return true;
            return false;
        };
        QVERIFY(!hasSection(exporter.worksheet()));
        QCOMPARE(bench.tab()->loadTelemetryFile(syntheticFile(dir)), QString());
        const WorksheetDocument worksheet = exporter.worksheet();
        QVERIFY(hasSection(worksheet));
        const QString csvPath = dir.filePath(QStringLiteral("worksheet.csv"));
        QVERIFY(exporter.exportCsv(csvPath).ok);
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QByteArray text = csv.readAll();
        QVERIFY(text.contains("observed_vs_predicted,memory.hot"));
        QVERIFY(text.contains("proposed_constant,hash_table_overhead"));
        const QString pdfPath = dir.filePath(QStringLiteral("worksheet.pdf"));
        const PdfExportResult pdf = exporter.exportPdf(pdfPath);
        QVERIFY2(pdf.ok, qPrintable(pdf.error));
    }

    // Not a check: the docs' screenshots, when ECW_OBSERVED_SCREENSHOTS names a folder.
    void screenshots()
    {
        const QString folder = qEnvironmentVariable("ECW_OBSERVED_SCREENSHOTS");
        if (folder.isEmpty())
            QSKIP("set ECW_OBSERVED_SCREENSHOTS=DIR to write the Observed tab's screenshots");
        Workbench bench;
        // A short path for the source line: what a planner's saved telemetry would be called.
        const QString path = QDir::temp().filePath(QStringLiteral("engram-telemetry-14d.json"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QByteArray::fromStdString(writeQueryRangeJson(generateTelemetry(defaultSyntheticTruth(kEnd)))));
        }
        QCOMPARE(bench.tab()->loadTelemetryFile(path), QString());
        QFile::remove(path);
        const struct
        {
            const char* section;
            const char* file;
        } shots[] = { { "table", "workbench-observed-table-1280x800.png" },
                      { "chart", "workbench-observed-chart-1280x800.png" },
                      { "calibrations", "workbench-observed-calibrations-1280x800.png" },
                      { "right-sizing", "workbench-observed-right-sizing-1280x800.png" } };
        for (const auto& shot : shots) {
            QVERIFY(bench.tab()->showSection(QLatin1String(shot.section)));
            bench.settle();
            QTest::qWait(50);
            bench.settle();
            QVERIFY(bench.window.grab().save(folder + QLatin1Char('/') + QLatin1String(shot.file), "PNG"));
        }
        // And the worksheet with its Observed section, to look at (not for the docs).
        const QString worksheet = qEnvironmentVariable("ECW_OBSERVED_WORKSHEET");
        if (!worksheet.isEmpty()) {
            WorksheetExporter& exporter = bench.window.exportActions()->exporter();
            exporter.setDocument(bench.controller()->document());
            QVERIFY(exporter.exportPdf(worksheet).ok);
        }
    }
};

QTEST_MAIN(ObservedTabTest)
#include "ObservedTabTest.moc"
