// SPDX-License-Identifier: GPL-3.0-or-later
// Times the PDF export of the default scenario: the estimate, the forecast and costs, the worksheet document,
// the layout and painting, and the atomic write, in-process (what the export tool does after start-up), then
// the whole `engram-capacity export --pdf` process when the CLI's path is given. Median of 10 runs each.
//
//   ecw_export_bench [ENGRAM_CAPACITY]
#include "BuiltinPriceBook.h"
#include "FullWorksheet.h"
#include "PdfExport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <vector>

namespace {

constexpr int kRuns = 10;
constexpr double kTargetMs = 1000;
constexpr qint64 kTargetBytes = 1024 * 1024;

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const std::size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

QString ms(double value)
{
    return QString::number(value, 'f', 1) + QStringLiteral(" ms");
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QTextStream out(stdout);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("default.pdf"));

    const ecw::FixedClock clock(ecw::makeDate(2026, 11, 29));
    ecw::FullWorksheetOptions options;
    options.priceBook = ecw::builtinPriceBook().value();
    options.appVersion = "bench";

    std::vector<double> total, build, paint;
    int pages = 0;
    for (int run = 0; run <= kRuns; ++run) { // run 0 warms up fonts and caches
        QElapsedTimer timer;
        timer.start();
        const ecw::FullWorksheet worksheet(ecw::ScenarioDocument {}, clock, options);
        const ecw::WorksheetDocument document = worksheet.worksheet();
        const double built = timer.nsecsElapsed() / 1e6;
        const ecw::PdfExportResult result = ecw::exportWorksheetPdf(document, path, QPageSize::A4);
        const double all = timer.nsecsElapsed() / 1e6;
        if (!result.ok) {
            out << "export failed: " << result.error << Qt::endl;
            return 1;
        }
        pages = result.pages;
        if (run == 0)
            continue;
        total.push_back(all);
        build.push_back(built);
        paint.push_back(all - built);
    }
    const qint64 bytes = QFileInfo(path).size();
    out << "PDF export of the default scenario (A4, " << pages << " pages), median of " << kRuns
        << " runs:" << Qt::endl;
    out << "  in-process total           " << ms(median(total)) << "  (min "
        << ms(*std::min_element(total.begin(), total.end())) << ", max "
        << ms(*std::max_element(total.begin(), total.end())) << ")" << Qt::endl;
    out << "    model, forecast, document " << ms(median(build)) << Qt::endl;
    out << "    layout, paint, write      " << ms(median(paint)) << Qt::endl;
    out << "  file size                  " << bytes << " bytes (" << QString::number(bytes / 1024.0, 'f', 1) << " KiB)"
        << Qt::endl;

    if (argc > 1) {
        std::vector<double> process;
        const QString cli = QString::fromLocal8Bit(argv[1]);
        const QString processPath = dir.filePath(QStringLiteral("process.pdf"));
        for (int run = 0; run <= kRuns; ++run) {
            QElapsedTimer timer;
            timer.start();
            const int code = QProcess::execute(cli,
                                               { QStringLiteral("export"), QStringLiteral("--pdf"), processPath,
                                                 QStringLiteral("--today"), QStringLiteral("2026-11-29") });
            const double elapsed = timer.nsecsElapsed() / 1e6;
            if (code != 0) {
                out << "engram-capacity export failed with exit code " << code << Qt::endl;
                return 1;
            }
            if (run > 0)
                process.push_back(elapsed);
        }
        out << "  whole process (engram-capacity export --pdf, exec into the Qt tool) " << ms(median(process))
            << "  (min " << ms(*std::min_element(process.begin(), process.end())) << ")" << Qt::endl;
    }
    const bool fast = median(total) < kTargetMs;
    const bool small = bytes < kTargetBytes;
    out << "targets: under 1 s " << (fast ? "met" : "MISSED") << ", under 1 MiB " << (small ? "met" : "MISSED")
        << Qt::endl;
    return 0;
}
