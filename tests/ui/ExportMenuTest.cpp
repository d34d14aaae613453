// SPDX-License-Identifier: GPL-3.0-or-later
// File > Export PDF..., Export CSV..., Print..., Print Preview... in the window: in the File menu after Save As,
// writing the scenario on screen with the Cost tab's price book, discounts and pricing model, reporting a
// failure, and saying what was written in the status bar.
#include "BuiltinPriceBook.h"
#include "CostSettingsPanel.h"
#include "CostTab.h"
#include "ExportActions.h"
#include "ForecastController.h"
#include "FullWorksheet.h"
#include "MainWindow.h"
#include "ScenarioController.h"
#include "UiTestSupport.h"

#include <QAction>
#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QPrintPreviewDialog>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace ecw;

namespace {

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QMenu* fileMenu(MainWindow& window)
{
    for (QAction* action : window.menuBar()->actions())
        if (action->menu() && action->text() == QStringLiteral("&File"))
            return action->menu();
    return nullptr;
}

} // namespace

class ExportMenuTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::isolateSettings(); }

    void fileMenuHasTheExportActionsAfterSaveAs()
    {
        MainWindow window;
        QMenu* menu = fileMenu(window);
        QVERIFY(menu);
        QStringList names;
        for (QAction* action : menu->actions())
            names << (action->isSeparator() ? QStringLiteral("|") : action->objectName());
        const QString order = names.join(QLatin1Char(' '));
        QVERIFY2(order.contains(QStringLiteral("saveAsAction | exportPdfAction exportCsvAction printAction "
                                               "printPreviewAction | quitAction")),
                 qPrintable(order));
        QCOMPARE(window.exportActions()->printAction()->shortcut(), QKeySequence(QKeySequence::Print));
        for (QAction* action : window.exportActions()->actions())
            QVERIFY(!action->statusTip().isEmpty());
    }

    void exportsWriteTheScenarioWithTheCostTabsPrices()
    {
        QTemporaryDir dir;
        FixedClock clock(makeDate(2026, 11, 29));
        MainWindow window;
        auto prompter = std::make_unique<test::FakePrompter>();
        window.setPrompter(std::move(prompter));
        window.forecastController()->setClock(&clock);
        ScenarioController* controller = window.controller();
        controller->setName(QStringLiteral("Export check"));
        controller->setInput(InputId::Nodes, 5e7);
        // The planner's own book and a discount, as set on the Cost tab.
        QVERIFY(window.costTab()->settingsPanel()->loadPriceBook(
            QStringLiteral(ECW_SOURCE_DIR "/tests/data/pricebooks/fixture.json")));
        QVERIFY(window.forecastController()->setFlatDiscount(Cloud::Aws, 0.25).isEmpty());

        ExportActions* actions = window.exportActions();
        QString asked;
        QString answer;
        actions->setSaveFileName([&](const QString&, const QString& suggested, const QString&) {
            asked = suggested;
            return answer;
        });
        QStringList errors;
        actions->setErrorReporter([&](const QString&, const QString& message) { errors << message; });

        answer = dir.filePath(QStringLiteral("export.csv"));
        actions->exportCsvAction()->trigger();
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
        QVERIFY(asked.endsWith(QStringLiteral("Export check worksheet.csv")));
        FullWorksheetOptions options;
        options.priceBook = window.forecastController()->priceBook();
        options.costOptions = window.forecastController()->costOptions();
        options.appVersion = MainWindow::applicationVersion().toStdString();
        const FullWorksheet expected(controller->document(), clock, options);
        const QByteArray csv = readAll(answer);
        QCOMPARE(csv, QByteArray::fromStdString(expected.csv()));
        // Not what the built-in book or no discount would give: the Cost tab's choices reached the export.
        FullWorksheetOptions builtin = options;
        builtin.priceBook = *builtinPriceBook();
        QVERIFY(csv != QByteArray::fromStdString(FullWorksheet(controller->document(), clock, builtin).csv()));
        FullWorksheetOptions undiscounted = options;
        undiscounted.costOptions.flatDiscount = {};
        QVERIFY(csv != QByteArray::fromStdString(FullWorksheet(controller->document(), clock, undiscounted).csv()));
        QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("export.csv")));

        answer = dir.filePath(QStringLiteral("export.pdf"));
        actions->exportPdfAction()->trigger();
        QVERIFY(errors.isEmpty());
        const QByteArray pdf = readAll(answer);
        QVERIFY(pdf.startsWith("%PDF-"));
        QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("export.pdf")));

        // A folder that is not there: reported, nothing written.
        answer = dir.filePath(QStringLiteral("missing/export.pdf"));
        actions->exportPdfAction()->trigger();
        QCOMPARE(errors.size(), 1);
        QVERIFY(!QFile::exists(answer));

        // Cancelled: nothing asked of the exporter.
        answer.clear();
        QVERIFY(!actions->exportCsv());
        QCOMPARE(errors.size(), 1);

        // Print preview paints the same scenario (the dialog is built, not run).
        std::unique_ptr<QPrintPreviewDialog> preview(actions->createPrintPreview());
        QVERIFY(preview);
        QCOMPARE(actions->exporter().document().name, std::string("Export check"));
    }
};

QTEST_MAIN(ExportMenuTest)
#include "ExportMenuTest.moc"
