// SPDX-License-Identifier: GPL-3.0-or-later
// The Cost tab against the ForecastEngine: the recommended instances and the monthly bill per cloud and pricing
// model as the engine computes them, a malformed price book refused with its problem named (the book in use
// stays), the planner's own book, the flat discount and pricing model, the age warning, and the choices kept
// in the settings.
#include "CostTab.h"
#include "CostSettingsPanel.h"
#include "ForecastController.h"
#include "ForecastEngine.h"
#include "MainWindow.h"
#include "PriceBookJson.h"
#include "RunwayText.h"
#include "ScenarioController.h"
#include "UiTestSupport.h"
#include "WorksheetForecast.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <cmath>

using namespace ecw;

namespace {

QString fixturePath()
{
    return QStringLiteral(ECW_SOURCE_DIR "/tests/data/pricebooks/fixture.json");
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

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
        window.outputTabs()->setCurrentWidget(window.costTab());
        settle();
    }

    void settle() const
    {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
        window.forecastController()->flush();
    }

    CostTab* tab() const { return window.costTab(); }
    CostSettingsPanel* panel() const { return window.costTab()->settingsPanel(); }

    std::unique_ptr<ForecastEngine> expectedEngine() const
    {
        auto engine = std::make_unique<ForecastEngine>(clock);
        engine->setPriceBook(window.forecastController()->priceBook());
        engine->setCostOptions(window.forecastController()->costOptions());
        engine->recompute(window.controller()->document());
        return engine;
    }

    static QTreeWidgetItem* cloudItem(QTreeWidget* tree, Cloud cloud)
    {
        for (int i = 0; i < tree->topLevelItemCount(); ++i)
            if (tree->topLevelItem(i)->data(0, Qt::UserRole).toString()
                == QString::fromStdString(std::string(cloudKey(cloud))))
                return tree->topLevelItem(i);
        return nullptr;
    }

    // A cloud's row (configuration, compute, ..., total) under a pricing model in the monthly cost tree.
    QTreeWidgetItem* costRow(Cloud cloud, CostTab::CostRow row) const
    {
        QTreeWidgetItem* item = cloudItem(tab()->costTree(), cloud);
        return item ? item->child(row) : nullptr;
    }
    QString costText(Cloud cloud, PricingModel model, CostTab::CostRow row = CostTab::TotalRow) const
    {
        QTreeWidgetItem* item = costRow(cloud, row);
        return item ? item->text(1 + static_cast<int>(pricingModelIndex(model))) : QString();
    }
};

} // namespace

class CostTabTest : public QObject
{
    Q_OBJECT

private:
    // Every row of the instance and cost trees against an engine of the test's own.
    static void compareWithEngine(const Workbench& w)
    {
        // A page is filled when it is shown; both are checked, then the instances are shown again.
        QVERIFY(w.tab()->showSection(QStringLiteral("costs")));
        QVERIFY(w.tab()->showSection(QStringLiteral("instances")));
        const auto engine = w.expectedEngine();
        const PriceBook& book = *engine->priceBook();
        int clouds = 0;
        for (const CloudPrices& prices : book.clouds) {
            const CloudOutlook& outlook = engine->outlook(prices.cloud);
            QTreeWidgetItem* instances = Workbench::cloudItem(w.tab()->instanceTree(), prices.cloud);
            QVERIFY(instances);
            QCOMPARE(instances->childCount(), static_cast<int>(outlook.options.size()));
            for (std::size_t i = 0; i < outlook.options.size(); ++i) {
                const InstanceOption& option = outlook.options[i];
                QTreeWidgetItem* row = instances->child(static_cast<int>(i));
                QVERIFY(row->text(0).startsWith(
                    QString::fromStdString(describeConfiguration(prices, option.choice))
                    + (i == 0 ? QStringLiteral(", recommended\n") : QStringLiteral(", alternative %1\n").arg(i))
                    + QStringLiteral("%1 vCPUs").arg(option.type.vcpus)));
                QCOMPARE(row->text(1), humanText(option.choice.monthlyTotal, Unit::Usd));
                QCOMPARE(row->text(3), runwayText(option.scaleDay, option.scaleDate, engine->series().horizonDays()));
                // Utilization at days 0/30/60/90, in whole percent.
                QCOMPARE(option.utilization.size(), std::size_t(4));
                QString cpu;
                QString memory;
                for (const UtilizationPoint& point : option.utilization) {
                    cpu += (cpu.isEmpty() ? QString() : QStringLiteral("/")) + QString::number(point.cpu * 100, 'f', 0);
                    memory += (memory.isEmpty() ? QString() : QStringLiteral("/"))
                        + QString::number(point.memory * 100, 'f', 0);
                }
                QCOMPARE(row->text(2), QStringLiteral("CPU %1 %\nmemory %2 %").arg(cpu, memory));
            }
            for (PricingModel model : kPricingModels) {
                const CostBreakdown& cost = outlook.costs[pricingModelIndex(model)];
                if (!cost.available) {
                    for (int row = CostTab::DiscountRow; row <= CostTab::TotalRow; ++row)
                        QCOMPARE(w.costText(prices.cloud, model, static_cast<CostTab::CostRow>(row)),
                                 QStringLiteral("not offered"));
                    continue;
                }
                // The heading names the configuration (per pricing model when they differ).
                QVERIFY(Workbench::cloudItem(w.tab()->costTree(), prices.cloud)
                            ->text(0)
                            .contains(QString::fromStdString(describeConfiguration(prices, cost.instances))));
                QString discount;
                if (cost.computeDiscount > 0)
                    discount = QStringLiteral("\u2212") + humanText(cost.computeDiscount, Unit::Ratio);
                if (cost.flatDiscount > 0)
                    discount += (discount.isEmpty() ? QString() : QStringLiteral(", ")) + QStringLiteral("\u2212")
                        + humanText(cost.flatDiscount, Unit::Ratio) + QStringLiteral(" flat");
                QCOMPARE(w.costText(prices.cloud, model, CostTab::DiscountRow),
                         discount.isEmpty() ? QStringLiteral("\u2014") : discount);
                const double parts[]
                    = { cost.compute, cost.blockStorage, cost.objectStorage, cost.egress, cost.total() };
                for (int row = CostTab::ComputeRow; row <= CostTab::TotalRow; ++row)
                    QCOMPARE(w.costText(prices.cloud, model, static_cast<CostTab::CostRow>(row)),
                             humanText(parts[row - CostTab::ComputeRow], Unit::Usd));
            }
            ++clouds;
        }
        QCOMPARE(w.tab()->instanceTree()->topLevelItemCount(), clouds);
    }

private Q_SLOTS:
    void initTestCase() { test::isolateSettings(); }
    void init() { QSettings().clear(); }

    void showsTheEnginesRecommendationsAndCosts()
    {
        Workbench w;
        QVERIFY(w.window.forecastController()->usingBuiltinPriceBook());
        compareWithEngine(w);
        // The built-in book has no 1-year figure for Azure: shown as such, not as $0.
        QCOMPARE(w.costText(Cloud::Azure, PricingModel::OneYear), QStringLiteral("not offered"));
        QVERIFY(w.tab()
                    ->findChild<QLabel*>(QStringLiteral("costNoteLabel"))
                    ->text()
                    .contains(QStringLiteral("Azure 1yr: not offered (")));
        // A large scenario scales out, and the tab says why.
        w.window.controller()->setInput(InputId::Nodes, 1e11);
        w.settle();
        compareWithEngine(w);
        const auto engine = w.expectedEngine();
        const InstanceChoice& big = engine->outlook(Cloud::Aws).options.front().choice;
        QVERIFY(big.count > 1);
        QVERIFY(Workbench::cloudItem(w.tab()->instanceTree(), Cloud::Aws)
                    ->child(0)
                    ->text(0)
                    .contains(QStringLiteral("scaled out for")));
    }

    void malformedPriceBookIsRefusedAndTheCurrentOneStays()
    {
        Workbench w;
        QTemporaryDir dir;
        const QString before = w.costText(Cloud::Aws, PricingModel::OnDemand);
        const std::shared_ptr<const PriceBook> book = w.window.forecastController()->priceBook();

        // A price missing from an instance: the message names the JSON path.
        QByteArray broken = readFile(fixturePath());
        QVERIFY(!broken.isEmpty());
        broken.replace("\"usd_per_hour\": 0.40,", "");
        const QString brokenPath = dir.filePath(QStringLiteral("broken.json"));
        writeFile(brokenPath, broken);
        QVERIFY(!w.panel()->loadPriceBook(brokenPath));
        QCOMPARE(w.prompter->errors.size(), std::size_t(1));
        QCOMPARE(w.prompter->errors.front().title, QStringLiteral("Load price book"));
        QVERIFY2(w.prompter->errors.front().message.contains(
                     QStringLiteral("\u201cbroken.json\u201d is not a usable price book: "
                                    "clouds.aws.instances[1].usd_per_hour is missing.")),
                 qPrintable(w.prompter->errors.front().message));
        QVERIFY(w.prompter->errors.front().message.contains(QStringLiteral("built-in price book")));

        // Not JSON at all.
        const QString junkPath = dir.filePath(QStringLiteral("junk.json"));
        writeFile(junkPath, "{ not json");
        QVERIFY(!w.panel()->loadPriceBook(junkPath));
        QVERIFY(w.prompter->errors.back().message.contains(QStringLiteral("not valid JSON")));
        // A file that is not there.
        QVERIFY(!w.panel()->loadPriceBook(dir.filePath(QStringLiteral("missing.json"))));
        QVERIFY(
            w.prompter->errors.back().message.startsWith(QStringLiteral("Could not open \u201cmissing.json\u201d")));

        QCOMPARE(w.window.forecastController()->priceBook(), book);
        QVERIFY(w.window.forecastController()->usingBuiltinPriceBook());
        w.settle();
        QCOMPARE(w.costText(Cloud::Aws, PricingModel::OnDemand), before);
        QVERIFY(QSettings().value(QStringLiteral("cost/priceBook")).toString().isEmpty());
    }

    void plannersOwnBookAndBackToTheBuiltInOne()
    {
        Workbench w;
        auto* builtinButton = w.panel()->findChild<QPushButton*>(QStringLiteral("builtinPriceBookPushButton"));
        QVERIFY(!builtinButton->isEnabled());
        w.panel()->setOpenFileName([](QWidget*, const QString&) { return fixturePath(); });
        w.panel()->findChild<QPushButton*>(QStringLiteral("loadPriceBookPushButton"))->click();
        QVERIFY(w.prompter->errors.empty());
        QVERIFY(!w.window.forecastController()->usingBuiltinPriceBook());
        QVERIFY(w.panel()->bookLabel()->text().contains(QStringLiteral("Test fixture")));
        QVERIFY(w.panel()->bookLabel()->text().contains(QStringLiteral("As of 2026-06-01 (181 days before today)")));
        w.settle();
        compareWithEngine(w);
        QVERIFY(Workbench::cloudItem(w.tab()->instanceTree(), Cloud::Aws)
                    ->child(0)
                    ->text(0)
                    .contains(QStringLiteral("aws.")));
        QCOMPARE(QSettings().value(QStringLiteral("cost/priceBook")).toString(), fixturePath());

        {
            Workbench again; // a new window uses the planner's book
            QVERIFY(!again.window.forecastController()->usingBuiltinPriceBook());
            QCOMPARE(again.window.forecastController()->priceBook()->name,
                     std::string("Test fixture (made-up round prices, not real)"));
        }

        QVERIFY(builtinButton->isEnabled());
        builtinButton->click();
        QVERIFY(w.window.forecastController()->usingBuiltinPriceBook());
        w.settle();
        compareWithEngine(w);
        QVERIFY(QSettings().value(QStringLiteral("cost/priceBook")).toString().isEmpty());
    }

    void flatDiscountChangesTheCosts()
    {
        Workbench w;
        const auto before = w.expectedEngine();
        const double total = before->outlook(Cloud::Gcp).costs[0].total();
        w.panel()->discountSpinBox(Cloud::Gcp)->setValue(20);
        QCOMPARE(w.window.forecastController()->costOptions().flatDiscount[cloudIndex(Cloud::Gcp)], 0.2);
        w.settle();
        compareWithEngine(w);
        const auto after = w.expectedEngine();
        QVERIFY(std::fabs(after->outlook(Cloud::Gcp).costs[0].total() - 0.8 * total) < 0.01);
        QCOMPARE(w.costText(Cloud::Gcp, PricingModel::OnDemand),
                 humanText(after->outlook(Cloud::Gcp).costs[0].total(), Unit::Usd));
        // Other clouds keep their bill.
        QCOMPARE(after->outlook(Cloud::Aws).costs[0].total(), before->outlook(Cloud::Aws).costs[0].total());
        // Kept for the next session.
        QCOMPARE(QSettings().value(QStringLiteral("cost/discount/gcp")).toDouble(), 0.2);
        Workbench again;
        QCOMPARE(again.panel()->discountSpinBox(Cloud::Gcp)->value(), 20.0);
    }

    void pricingModelPicksTheRecommendation()
    {
        Workbench w;
        QComboBox* model = w.panel()->pricingModelComboBox();
        model->setCurrentIndex(model->findData(static_cast<int>(pricingModelIndex(PricingModel::ThreeYear))));
        QCOMPARE(w.window.forecastController()->costOptions().curveModel, PricingModel::ThreeYear);
        w.settle();
        compareWithEngine(w);
        QVERIFY(w.tab()->summaryLabel()->text().contains(QStringLiteral("3yr pricing")));
        // The chosen model's column is emphasised.
        QTreeWidgetItem* total = w.costRow(Cloud::Aws, CostTab::TotalRow);
        QVERIFY(total->font(1 + static_cast<int>(pricingModelIndex(PricingModel::ThreeYear))).bold());
        QVERIFY(!w.costRow(Cloud::Aws, CostTab::ComputeRow)
                     ->font(1 + static_cast<int>(pricingModelIndex(PricingModel::OnDemand)))
                     .bold());
    }

    void agedPriceBookIsWarnedAbout()
    {
        Workbench w;
        const std::shared_ptr<const PriceBook> book = w.window.forecastController()->priceBook();
        // The built-in book is as old as its stalest price.
        QVERIFY(w.panel()->warningLabel()->isVisible());
        const PriceBookAge age = priceBookAge(*book, w.clock);
        QVERIFY(age.stale);
        QVERIFY(w.panel()->warningLabel()->text().contains(QString::fromStdString(age.message)));
        QVERIFY(w.panel()->warningLabel()->text().contains(
            QStringLiteral("%1 of %2").arg(age.stalePrices).arg(age.prices)));

        // The fixture is dated 2026-06-01: 180 days later it is not stale yet, 181 days later it is.
        QVERIFY(w.panel()->loadPriceBook(fixturePath()));
        w.settle(); // no background pass may be reading the clock while the test moves it
        w.clock.set(makeDate(2026, 11, 28));
        w.window.forecastController()->setClock(&w.clock);
        w.settle();
        QVERIFY(!w.panel()->warningLabel()->isVisible());
        w.settle();
        w.clock.set(makeDate(2026, 11, 29));
        w.window.forecastController()->setClock(&w.clock);
        w.settle();
        QVERIFY(w.panel()->warningLabel()->isVisible());
        QVERIFY(w.panel()->warningLabel()->text().contains(QStringLiteral("Older than 180 days")));
    }

    void savingsAreTheEnginesTierSavings()
    {
        Workbench w;
        QVERIFY(w.tab()->showSection(QStringLiteral("savings")));
        const auto engine = w.expectedEngine();
        const TierSavings& savings = engine->tierSavings();
        QVERIFY(savings.available);
        QTableWidget* table = w.tab()->savingsTable();
        QCOMPARE(table->rowCount(), 2 + 3);
        QCOMPARE(table->item(0, 1)->text(), humanText(savings.hotTierMovableBytes, Unit::Bytes));
        QCOMPARE(table->item(0, 2)->text(), humanText(savings.hotTierMinimization, Unit::Usd));
        QCOMPARE(table->item(1, 1)->text(), humanText(savings.coldTierBytes, Unit::Bytes));
        QCOMPARE(table->item(1, 2)->text(), humanText(savings.coldTierArchival, Unit::Usd));
        QCOMPARE(table->item(2, 2)->text(),
                 humanText(savings.coldTierArchivalByCloud[cloudIndex(Cloud::Aws)], Unit::Usd));
    }
};

QTEST_MAIN(CostTabTest)
#include "CostTabTest.moc"
