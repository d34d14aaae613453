// SPDX-License-Identifier: GPL-3.0-or-later
// The Operations tab as a planner uses it: type an observed state and read the matched row and the target,
// see a bad state named rather than applied, load a JSON file (a bad one leaves the form as it was), move the
// nodes slider and watch the artifacts follow the estimate (and only then: painting, resizing and switching
// tabs never regenerate them), and save one artifact or all of them.
#include "DeploymentArtifacts.h"
#include "ForecastController.h"
#include "MainWindow.h"
#include "OperationsTab.h"
#include "ResourceQuantity.h"
#include "ScenarioController.h"
#include "UiTestSupport.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using namespace ecw;

namespace {

struct Workbench
{
    FixedClock clock { makeDate(2026, 11, 29) };
    MainWindow window;

    Workbench()
    {
        window.setPrompter(std::make_unique<test::FakePrompter>());
        window.forecastController()->setClock(&clock);
        window.resize(1280, 800);
        window.show();
        window.outputTabs()->setCurrentWidget(window.operationsTab());
        settle();
    }
    void settle() const
    {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
        window.forecastController()->flush();
    }
    OperationsTab* tab() const { return window.operationsTab(); }
    QDoubleSpinBox* field(const char* name) const { return tab()->findChild<QDoubleSpinBox*>(QLatin1String(name)); }
};

QString plain(const QString& html)
{
    QTextDocument document;
    document.setHtml(html);
    return document.toPlainText();
}

} // namespace

class OperationsTabTest : public QObject
{
    Q_OBJECT

private slots:
    void typedObservationGivesTheMatchedRowAndTarget()
    {
        Workbench bench;
        bench.field("current_cores")->setValue(4);
        bench.field("cpu_percent")->setValue(78);
        bench.field("p99_latency_ms")->setValue(22);
        const QString advice = plain(bench.tab()->adviceHtml());
        QVERIFY2(advice.contains(QLatin1String("CPU: Scale immediately (row 3)")), qPrintable(advice));
        QVERIFY2(advice.contains(QLatin1String("4 cores -> 8 cores")), qPrintable(advice));
        QVERIFY(advice.contains(QLatin1String("AWS")));
        QVERIFY(advice.contains(QLatin1String("Azure")));

        bench.field("cpu_percent")->setValue(85);
        bench.field("p99_latency_ms")->setValue(5);
        QVERIFY(plain(bench.tab()->adviceHtml()).contains(QLatin1String("gap rule G3")));
    }

    void badStateIsNamedNotApplied()
    {
        Workbench bench;
        bench.field("hot_fraction")->setValue(0.9); // 0.9 + 0.45 + 0.25
        const QString advice = plain(bench.tab()->adviceHtml());
        QVERIFY2(advice.contains(QLatin1String("must sum to 1")), qPrintable(advice));
        QVERIFY(!advice.contains(QLatin1String("Scaling advice")));
    }

    void loadingAFile()
    {
        Workbench bench;
        QTemporaryDir dir;
        const QString good = dir.filePath(QStringLiteral("observed.json"));
        QFile file(good);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"memory_pressure_percent": 90, "memory_bytes": 17179869184})");
        file.close();
        QCOMPARE(bench.tab()->loadObservedState(good), QString());
        QCOMPARE(bench.field("memory_pressure_percent")->value(), 90.0);
        QVERIFY(plain(bench.tab()->adviceHtml()).contains(QLatin1String("Memory: Emergency (row 5)")));

        const QString bad = dir.filePath(QStringLiteral("bad.json"));
        QFile badFile(bad);
        QVERIFY(badFile.open(QIODevice::WriteOnly));
        badFile.write(R"({"cpu_percent": 140})");
        badFile.close();
        const QString error = bench.tab()->loadObservedState(bad);
        QVERIFY2(error.contains(QLatin1String("cpu_percent must be between 0 and 100 (got 140)")), qPrintable(error));
        QCOMPARE(bench.field("memory_pressure_percent")->value(), 90.0);
        QVERIFY(bench.tab()->loadObservedState(dir.filePath(QStringLiteral("missing.json"))).contains(
            QLatin1String("Cannot read")));
    }

    void artifactsFollowTheEstimate()
    {
        Workbench bench;
        QVERIFY(bench.tab()->showArtifact(QStringLiteral("k8s-burstable")));
        const QString before = bench.tab()->shownArtifactText();
        const double memory = bench.window.controller()->estimate().value("memory.total");
        QVERIFY(before.contains(QString::fromStdString(kubernetesMemory(memory))));
        const int recomputes = bench.tab()->recomputeCount();
        bench.window.controller()->setInput(InputId::Nodes, 5e7);
        bench.settle();
        QVERIFY(bench.tab()->recomputeCount() > recomputes);
        const QString after = bench.tab()->shownArtifactText();
        QVERIFY(after != before);
        const double grown = bench.window.controller()->estimate().value("memory.total");
        QVERIFY(after.contains(QString::fromStdString(kubernetesMemory(grown))));
        // Painting does not regenerate.
        const int settled = bench.tab()->recomputeCount();
        bench.tab()->repaint();
        QCoreApplication::processEvents();
        QCOMPARE(bench.tab()->recomputeCount(), settled);
        QVERIFY(!bench.tab()->showArtifact(QStringLiteral("helm")));
    }

    void paintingAndResizingDoNotRecompute()
    {
        Workbench bench;
        QVERIFY(bench.tab()->showArtifact(QStringLiteral("kubectl")));
        const int settled = bench.tab()->recomputeCount();
        const QString artifact = bench.tab()->shownArtifactText();
        bench.tab()->repaint();
        QVERIFY(!bench.tab()->grab().isNull());
        bench.window.resize(1920, 1080);
        bench.settle();
        bench.window.repaint();
        bench.window.resize(1024, 700);
        bench.settle();
        QVERIFY(!bench.window.grab().isNull());
        bench.window.outputTabs()->setCurrentIndex(0);
        bench.settle();
        bench.window.outputTabs()->setCurrentWidget(bench.tab());
        bench.settle();
        QVERIFY(bench.tab()->showArtifact(QStringLiteral("docker")));
        QCOMPARE(bench.tab()->recomputeCount(), settled);
        QVERIFY(bench.tab()->shownArtifactText() != artifact);
        // An input change does recompute, exactly once.
        bench.field("cpu_percent")->setValue(60);
        bench.settle();
        QCOMPARE(bench.tab()->recomputeCount(), settled + 1);
    }

    void hiddenTabCatchesUpWhenShown()
    {
        Workbench bench;
        QVERIFY(bench.tab()->showArtifact(QStringLiteral("k8s-burstable")));
        auto* text = bench.tab()->findChild<QPlainTextEdit*>(QStringLiteral("artifactText"));
        const QString before = text->toPlainText();
        bench.window.outputTabs()->setCurrentIndex(0);
        bench.settle();
        const int recomputes = bench.tab()->recomputeCount();
        bench.window.controller()->setInput(InputId::Nodes, 5e7);
        bench.settle();
        // The artifacts and the advice follow at once (saving or the CLI-like accessors see them)...
        QCOMPARE(bench.tab()->recomputeCount(), recomputes + 1);
        const double grown = bench.window.controller()->estimate().value("memory.total");
        const QString expected = QString::fromStdString(kubernetesMemory(grown));
        for (const Artifact& artifact : bench.tab()->artifacts())
            if (artifact.kind == ArtifactKind::KubernetesBurstable)
                QVERIFY(QString::fromStdString(artifact.text).contains(expected));
        // ...the text view only when the tab is shown, without recomputing again.
        QCOMPARE(text->toPlainText(), before);
        bench.window.outputTabs()->setCurrentWidget(bench.tab());
        bench.settle();
        QVERIFY(text->toPlainText().contains(expected));
        QCOMPARE(bench.tab()->recomputeCount(), recomputes + 1);
    }

    void savingOneAndAll()
    {
        Workbench bench;
        QTemporaryDir dir;
        QVERIFY(bench.tab()->showArtifact(QStringLiteral("hpa")));
        const QString path = dir.filePath(QStringLiteral("hpa.yaml"));
        QCOMPARE(bench.tab()->saveArtifact(path), QString());
        QFile saved(path);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QVERIFY(saved.readAll().contains("kind: HorizontalPodAutoscaler"));
        const QString folder = dir.filePath(QStringLiteral("all"));
        QCOMPARE(bench.tab()->saveAllArtifacts(folder), QString());
        for (ArtifactKind kind : artifactKinds())
            QVERIFY(QFile::exists(folder + QLatin1Char('/') + QString::fromStdString(std::string(artifactFileName(kind)))));
        QVERIFY(!bench.tab()->saveArtifact(dir.filePath(QStringLiteral("no/such/dir/x.yaml"))).isEmpty());
    }
};

QTEST_MAIN(OperationsTabTest)
#include "OperationsTabTest.moc"
