// SPDX-License-Identifier: GPL-3.0-or-later
// Google Benchmark on the real MainWindow (offscreen, 1280x800, Operations tab on screen): what the
// Operations tab adds to a workbench recompute. A nodes change is timed from ScenarioController::setInput
// to the event loop done (the model recomputed, every view told, the dirty regions repainted) twice: with
// the tab listening, as shipped, and with its estimateChanged connection cut. The tab's own recompute
// (every artifact regenerated, the advice rendered, the artifact shown replaced) is timed alone as well.
// The forecast and cost pass runs on a worker thread only while its tab is shown, so it is not in here.
//   QT_QPA_PLATFORM=offscreen bench/ui/ecw_operations_tab_bench
#include "BenchApplication.h"
#include "MainWindow.h"
#include "ObservedState.h"
#include "OperationsTab.h"
#include "ScenarioController.h"

#include <QApplication>
#include <QStandardPaths>
#include <QTabWidget>

#include <benchmark/benchmark.h>

#include <memory>

namespace {

void settle()
{
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
}

// A window of its own per benchmark, so that cutting the tab's connection in one leaves the others as shipped.
// tab: the output tab on screen (0 the breakdown charts, 5 the Operations tab).
std::unique_ptr<ecw::MainWindow> makeWindow(int tab)
{
    auto window = std::make_unique<ecw::MainWindow>();
    window->resize(1280, 800);
    window->show();
    window->outputTabs()->setCurrentIndex(tab);
    window->operationsTab()->showArtifact(QStringLiteral("k8s-burstable"));
    settle();
    return window;
}

// Nodes alternate between two values so that every step changes the estimate and every artifact; the
// merge key keeps the undo stack at one command however many iterations run.
void changeNodes(benchmark::State& state, ecw::MainWindow& window)
{
    ecw::ScenarioController* controller = window.controller();
    const int mergeKey = controller->newMergeKey();
    const int before = window.operationsTab()->recomputeCount();
    bool large = false;
    for (auto _ : state) {
        large = !large;
        controller->setInput(ecw::InputId::Nodes, large ? 6e7 : 5e7, mergeKey);
        settle();
    }
    state.counters["tab_recomputes_per_step"] = static_cast<double>(window.operationsTab()->recomputeCount() - before)
        / static_cast<double>(state.iterations());
}

void windowRecomputeWithOperationsTab(benchmark::State& state)
{
    const auto window = makeWindow(static_cast<int>(state.range(0)));
    changeNodes(state, *window);
}
BENCHMARK(windowRecomputeWithOperationsTab)->ArgName("tab")->Arg(0)->Arg(5)->Unit(benchmark::kMicrosecond);

void windowRecomputeWithoutOperationsTab(benchmark::State& state)
{
    const auto window = makeWindow(static_cast<int>(state.range(0)));
    QObject::disconnect(window->controller(), &ecw::ScenarioController::estimateChanged, window->operationsTab(),
                        nullptr);
    changeNodes(state, *window);
}
BENCHMARK(windowRecomputeWithoutOperationsTab)->ArgName("tab")->Arg(0)->Arg(5)->Unit(benchmark::kMicrosecond);

// The tab alone: setObservedState() runs exactly the recompute an estimate change runs. The CPU figure
// alternates so that the advice text changes every time.
void recomputeTab(benchmark::State& state, int shownTab, bool paint)
{
    const auto window = makeWindow(shownTab);
    ecw::OperationsTab* tab = window->operationsTab();
    ecw::ObservedState observed = ecw::exampleObservedState();
    bool busy = false;
    for (auto _ : state) {
        busy = !busy;
        observed.cpuPercent = busy ? 78 : 45;
        tab->setObservedState(observed);
        if (paint)
            settle();
    }
    std::size_t bytes = 0;
    for (const ecw::Artifact& artifact : tab->artifacts())
        bytes += artifact.text.size();
    state.counters["artifact_bytes"] = static_cast<double>(bytes);
}

void operationsTabRecompute(benchmark::State& state)
{
    recomputeTab(state, 5, false);
}
BENCHMARK(operationsTabRecompute)->Unit(benchmark::kMicrosecond);

// The same with another tab on screen: the artifacts and the advice computed, the text views left for later.
void operationsTabRecomputeHidden(benchmark::State& state)
{
    recomputeTab(state, 0, false);
}
BENCHMARK(operationsTabRecomputeHidden)->Unit(benchmark::kMicrosecond);

// The same, with the repaint of the tab that follows it on screen.
void operationsTabRecomputeAndPaint(benchmark::State& state)
{
    recomputeTab(state, 5, true);
}
BENCHMARK(operationsTabRecomputeAndPaint)->Unit(benchmark::kMicrosecond);

} // namespace

int main(int argc, char* argv[])
{
    const ecw::bench::BenchApplication app(argc, argv);

    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
