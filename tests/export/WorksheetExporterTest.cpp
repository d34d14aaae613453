// SPDX-License-Identifier: GPL-3.0-or-later
// The workbench's export: WorksheetExporter writes the same worksheet as the CLI (the CSV byte for byte, the
// PDF with the same pages), prints to any QPrinter, fails without touching existing files; ExportActions asks
// for a file name, reports errors and feeds the print preview.
#include "BuiltinPriceBook.h"
#include "ExportActions.h"
#include "FullWorksheet.h"

#include <QAction>
#include <QFile>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

using namespace ecw;

namespace {

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

int pdfPages(const QString& path)
{
    QProcess pdfinfo;
    pdfinfo.start(QStringLiteral(ECW_PDFINFO), { path });
    if (!pdfinfo.waitForFinished(30000))
        return -1;
    for (const QByteArray& line : pdfinfo.readAllStandardOutput().split('\n'))
        if (line.startsWith("Pages:"))
            return line.mid(6).trimmed().toInt();
    return -1;
}

bool havePdfinfo()
{
    return !QStringLiteral(ECW_PDFINFO).contains(QStringLiteral("NOTFOUND")) && !QStringLiteral(ECW_PDFINFO).isEmpty();
}

ScenarioDocument namedScenario()
{
    ScenarioDocument document;
    document.name = "Team: graph/memory";
    document.scenario.set(InputId::Nodes, 5e6);
    return document;
}

} // namespace

class WorksheetExporterTest : public QObject
{
    Q_OBJECT

private slots:
    void csvIsByteForByteTheClisCsv()
    {
        QTemporaryDir dir;
        FixedClock clock(makeDate(2026, 11, 29));
        WorksheetExporter exporter;
        exporter.setClock(&clock);
        const QString path = dir.filePath(QStringLiteral("w.csv"));
        const PdfExportResult result = exporter.exportCsv(path);
        QVERIFY2(result.ok, qPrintable(result.error));
        const QString cliPath = dir.filePath(QStringLiteral("cli.csv"));
        QCOMPARE(QProcess::execute(QStringLiteral(ECW_CLI_BINARY),
                                   { QStringLiteral("export"), QStringLiteral("--csv"), cliPath,
                                     QStringLiteral("--today"), QStringLiteral("2026-11-29") }),
                 0);
        QCOMPARE(readAll(path), readAll(cliPath));
        QVERIFY(readAll(path).contains("\r\nforecast,30,nodes,1347849,1811362,4321942,nodes\r\n"));
    }

    void pdfAndPrinterGiveTheSamePages()
    {
        QTemporaryDir dir;
        FixedClock clock(makeDate(2026, 11, 29));
        WorksheetExporter exporter;
        exporter.setClock(&clock);
        exporter.setDocument(namedScenario());
        const QString pdf = dir.filePath(QStringLiteral("w.pdf"));
        const PdfExportResult result = exporter.exportPdf(pdf, QPageSize::Letter);
        QVERIFY2(result.ok, qPrintable(result.error));
        QVERIFY(result.pages > 5);
        QVERIFY(readAll(pdf).startsWith("%PDF-"));
        if (havePdfinfo())
            QCOMPARE(pdfPages(pdf), result.pages);

        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(dir.filePath(QStringLiteral("printed.pdf")));
        printer.setPageSize(QPageSize(QPageSize::Letter));
        printer.setPageMargins(worksheetPageMargins(), QPageLayout::Millimeter);
        QCOMPARE(exporter.print(printer), result.pages);
        if (havePdfinfo())
            QCOMPARE(pdfPages(dir.filePath(QStringLiteral("printed.pdf"))), result.pages);
    }

    void ownPriceBookAndDiscountReachTheCsv()
    {
        QTemporaryDir dir;
        FixedClock clock(makeDate(2026, 11, 29));
        WorksheetExporter exporter;
        exporter.setClock(&clock);
        CostOptions options;
        options.flatDiscount[cloudIndex(Cloud::Aws)] = 0.5;
        exporter.setCostOptions(options);
        QVERIFY(exporter.exportCsv(dir.filePath(QStringLiteral("d.csv"))).ok);
        FullWorksheetOptions expected;
        expected.priceBook = builtinPriceBook().value();
        expected.costOptions = options;
        expected.appVersion = ECW_VERSION;
        const FullWorksheet model(ScenarioDocument {}, clock, expected);
        QCOMPARE(readAll(dir.filePath(QStringLiteral("d.csv"))), QByteArray::fromStdString(model.csv()));
    }

    void failuresLeaveExistingFilesAlone()
    {
        QTemporaryDir dir;
        WorksheetExporter exporter;
        const QString missing = dir.filePath(QStringLiteral("nope/w.pdf"));
        PdfExportResult result = exporter.exportPdf(missing);
        QVERIFY(!result.ok);
        QVERIFY2(result.error.startsWith(QStringLiteral("cannot write ") + missing + QStringLiteral(": ")),
                 qPrintable(result.error));
        result = exporter.exportCsv(dir.path());
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(QStringLiteral("it is a folder")), qPrintable(result.error));
        const QByteArray before = readAll(QStringLiteral("/proc/version"));
        QVERIFY(!exporter.exportCsv(QStringLiteral("/proc/version")).ok);
        QVERIFY(!exporter.exportPdf(QStringLiteral("/proc/version")).ok);
        QCOMPARE(readAll(QStringLiteral("/proc/version")), before);
    }

    void actionsAskForAFileAndReportErrors()
    {
        QTemporaryDir dir;
        QWidget window;
        FixedClock clock(makeDate(2026, 11, 29));
        ExportActions actions(&window, [] { return namedScenario(); });
        actions.exporter().setClock(&clock);
        actions.setDirectory(dir.path());
        QCOMPARE(actions.actions().size(), 4);
        QCOMPARE(actions.exportPdfAction()->objectName(), QStringLiteral("exportPdfAction"));
        QCOMPARE(actions.printPreviewAction()->objectName(), QStringLiteral("printPreviewAction"));

        QString suggested;
        QString answer = dir.filePath(QStringLiteral("chosen.pdf"));
        actions.setSaveFileName([&](const QString&, const QString& proposal, const QString& filter) {
            suggested = proposal;
            Q_UNUSED(filter);
            return answer;
        });
        QStringList errors;
        actions.setErrorReporter(
            [&](const QString& title, const QString& message) { errors << title + QStringLiteral(": ") + message; });
        QSignalSpy exported(&actions, &ExportActions::exported);

        actions.setPageSize(QPageSize::A4);
        actions.exportPdfAction()->trigger();
        QCOMPARE(suggested, dir.filePath(QStringLiteral("Team- graph-memory worksheet.pdf")));
        QCOMPARE(exported.count(), 1);
        QVERIFY(readAll(answer).startsWith("%PDF-"));
        QVERIFY(errors.isEmpty());

        answer = dir.filePath(QStringLiteral("chosen.csv"));
        QVERIFY(actions.exportCsv());
        QCOMPARE(exported.count(), 2);
        QVERIFY(readAll(answer).startsWith("section,name,notes,preset,profile\r\nscenario,Team: graph/memory,"));

        answer.clear(); // cancelled
        QVERIFY(!actions.exportPdf());
        QCOMPARE(exported.count(), 2);
        QVERIFY(errors.isEmpty());

        answer = dir.filePath(QStringLiteral("missing/w.pdf"));
        QVERIFY(!actions.exportPdf());
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.front().startsWith(QStringLiteral("Export PDF: cannot write ") + answer),
                 qPrintable(errors.front()));
    }

    void printPreviewPaintsTheWorksheet()
    {
        QWidget window;
        FixedClock clock(makeDate(2026, 11, 29));
        ExportActions actions(&window, [] { return ScenarioDocument {}; });
        actions.exporter().setClock(&clock);
        actions.setPageSize(QPageSize::A4);
        QPrintPreviewDialog* dialog = actions.createPrintPreview();
        QSignalSpy painted(dialog, &QPrintPreviewDialog::paintRequested);
        dialog->show();
        QTRY_VERIFY(painted.count() >= 1);
        auto* preview = dialog->findChild<QPrintPreviewWidget*>();
        QVERIFY(preview);
        QTRY_VERIFY(preview->pageCount() > 0);
        // The preview shows the worksheet the PDF export writes.
        WorksheetExporter exporter;
        exporter.setClock(&clock);
        QTemporaryDir dir;
        QCOMPARE(preview->pageCount(), exporter.exportPdf(dir.filePath(QStringLiteral("p.pdf")), QPageSize::A4).pages);
        dialog->close();
        delete dialog;
    }
};

QTEST_MAIN(WorksheetExporterTest)
#include "WorksheetExporterTest.moc"
