// SPDX-License-Identifier: GPL-3.0-or-later
// Live-update budget of the workbench: for every slider, 200 steps through its range on the real
// MainWindow (offscreen), each timed from the slider's new value to a repainted window. Prints p50
// and p99 per slider and overall. The budget is p99 < 16 ms (one 60 Hz frame).
//
// A step is timed two ways:
//   live  = set the slider, then run the event loop until the posted work is done (the model
//           recomputes, every view updates, Qt Charts relayouts, the dirty regions repaint): what a
//           planner's drag costs per frame;
//   full  = live, then QWidget::repaint() of the whole window: every visible widget repainted, an
//           upper bound on a frame.
// Each is reported as wall-clock time and as the process's CPU time over the step (all threads; Qt's
// raster engine fills large areas on a thread pool). On a shared machine the CPU time shows what the
// step costs when other processes take the cores; the load average is printed for that reason.
#include "BenchApplication.h"
#include "InputControl.h"
#include "InputPanel.h"
#include "MainWindow.h"
#include "QtText.h"
#include "ScenarioController.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QSlider>
#include <QStandardPaths>
#include <QTabWidget>
#include <QThread>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <vector>

namespace {

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    // Nearest-rank percentile: the smallest sample with at least p% of samples at or below it.
    const auto rank = static_cast<std::size_t>(std::ceil(p / 100.0 * static_cast<double>(values.size())));
    return values[std::clamp<std::size_t>(rank, 1, values.size()) - 1];
}

struct Samples
{
    std::vector<double> set;
    std::vector<double> live;
    std::vector<double> liveCpu;
    std::vector<double> full;
    std::vector<double> fullCpu;

    void append(const Samples& other)
    {
        for (auto [to, from] :
             { std::pair { &set, &other.set }, std::pair { &live, &other.live }, std::pair { &liveCpu, &other.liveCpu },
               std::pair { &full, &other.full }, std::pair { &fullCpu, &other.fullCpu } })
            to->insert(to->end(), from->begin(), from->end());
    }
};

double processCpuMs()
{
    timespec now {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return static_cast<double>(now.tv_sec) * 1e3 + static_cast<double>(now.tv_nsec) / 1e6;
}

QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("unknown");
    return QString::fromLatin1(file.readAll()).section(QLatin1Char(' '), 0, 2);
}

void printRow(const char* name, const Samples& s)
{
    std::printf("%-36s %6.2f %8.2f %8.2f %8.2f %8.2f %8.2f %8.2f\n", name, percentile(s.set, 50),
                percentile(s.live, 50), percentile(s.live, 99), percentile(s.liveCpu, 99), percentile(s.full, 50),
                percentile(s.full, 99), percentile(s.fullCpu, 99));
}

// Positions walked up and down the slider so that every step changes the value.
std::vector<int> walk(int maximum, int steps)
{
    const int stride = std::max(1, maximum / steps);
    std::vector<int> positions;
    int position = 0;
    int direction = 1;
    while (static_cast<int>(positions.size()) < steps) {
        int next = position + direction * stride;
        if (next > maximum || next < 0) {
            direction = -direction;
            next = position + direction * stride;
        }
        position = std::clamp(next, 0, maximum);
        positions.push_back(position);
    }
    return positions;
}

void settle()
{
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
}

double elapsedMs(const QElapsedTimer& timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char* argv[])
{
    const ecw::bench::BenchApplication app(argc, argv);

    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption stepsOption(QStringLiteral("steps"), QStringLiteral("Steps per slider (default 200)."),
                                         QStringLiteral("N"), QStringLiteral("200"));
    const QCommandLineOption sizeOption(QStringLiteral("size"), QStringLiteral("Window size (default 1280x800)."),
                                        QStringLiteral("WxH"), QStringLiteral("1280x800"));
    const QCommandLineOption tabOption(QStringLiteral("tab"),
                                       QStringLiteral("Output tab shown: 0 breakdown charts (default), 1 line items "
                                                      "with memory.total's work, 2 assumptions."),
                                       QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption onlyOption(QStringLiteral("only"), QStringLiteral("Drive only this input's slider."),
                                        QStringLiteral("KEY"));
    parser.addOptions({ stepsOption, sizeOption, tabOption, onlyOption });
    parser.process(QCoreApplication::arguments());
    const int steps = std::max(1, parser.value(stepsOption).toInt());
    const QStringList size = parser.value(sizeOption).split(QLatin1Char('x'));
    const int tab = parser.value(tabOption).toInt();

    ecw::MainWindow window;
    window.resize(size.value(0).toInt(), size.value(1).toInt());
    window.show();
    if (tab == 1)
        window.showItem(QStringLiteral("memory.total"));
    else
        window.outputTabs()->setCurrentIndex(tab);
    settle();
    window.repaint();

    std::printf(
        "Workbench live update: %d steps per slider, window %dx%d, tab \"%s\", platform %s, %d cores, "
        "load average %s\n",
        steps, window.width(), window.height(),
        window.outputTabs()->tabText(window.outputTabs()->currentIndex()).remove(QLatin1Char('&')).toUtf8().constData(),
        QApplication::platformName().toUtf8().constData(), QThread::idealThreadCount(),
        loadAverage().toUtf8().constData());
    std::printf("times in ms; set = slider to model recomputed and widgets told; live = set + the repaint Qt does; "
                "full = live + repaint of the whole window; cpu = process CPU time\n");
    std::printf("%-36s %6s %8s %8s %8s %8s %8s %8s\n", "slider", "set p50", "live p50", "live p99", "cpu p99",
                "full p50", "full p99", "cpu p99");

    ecw::ScenarioController* controller = window.controller();
    auto* memoryLabel = window.findChild<QLabel*>(QStringLiteral("memoryTotalLabel"));
    Samples all;
    for (const ecw::InputSpec& spec : ecw::inputSpecs()) {
        if (parser.isSet(onlyOption) && parser.value(onlyOption) != ecw::toQString(spec.key))
            continue;
        ecw::InputControl* control = window.inputPanel()->control(spec.id);
        QSlider* slider = control->slider();
        const double original = controller->document().scenario[spec.id];
        Samples samples;
        QElapsedTimer timer;
        for (int position : walk(slider->maximum(), steps)) {
            const double cpu = processCpuMs();
            timer.start();
            slider->setValue(position);
            samples.set.push_back(elapsedMs(timer));
            settle();
            samples.live.push_back(elapsedMs(timer));
            samples.liveCpu.push_back(processCpuMs() - cpu);
            window.repaint();
            samples.full.push_back(elapsedMs(timer));
            samples.fullCpu.push_back(processCpuMs() - cpu);

            // The frame must show the model's figure, or the timing measured nothing.
            const QString expected = ecw::humanText(controller->estimate().value("memory.total"), ecw::Unit::Bytes);
            if (memoryLabel->text() != expected) {
                std::fprintf(stderr, "memory total shows %s, the model says %s\n",
                             memoryLabel->text().toUtf8().constData(), expected.toUtf8().constData());
                return 1;
            }
        }
        const std::string name = std::string(spec.key) + " (" + std::to_string(slider->maximum() + 1) + " positions)";
        printRow(name.c_str(), samples);
        all.append(samples);
        controller->setInput(spec.id, original); // the next slider starts from the defaults
        settle();
    }
    printRow("overall", all);
    std::printf("%-36s %6s %8s %8.2f %8.2f %8s %8.2f %8.2f\n", "max", "", "", percentile(all.live, 100),
                percentile(all.liveCpu, 100), "", percentile(all.full, 100), percentile(all.fullCpu, 100));
    std::printf("budget p99 < 16 ms: live %s (%.2f ms), full repaint %s (%.2f ms)\n",
                percentile(all.live, 99) < 16.0 ? "met" : "NOT met", percentile(all.live, 99),
                percentile(all.full, 99) < 16.0 ? "met" : "NOT met", percentile(all.full, 99));
    return 0;
}
