// SPDX-License-Identifier: GPL-3.0-or-later
// Every figure is the engine's, in the model's own wording and formatting (formatHuman, describeConfiguration,
// describeRunwayDay), so the tab, the CLI's cost report and the worksheet say the same thing.
#include "CostTab.h"

#include "CostSettingsPanel.h"
#include "ForecastCharts.h"
#include "ForecastController.h"
#include "ForecastEngine.h"
#include "QtText.h"
#include "RunwayText.h"
#include "SeriesPlot.h"
#include "WorksheetForecast.h"

#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cstdlib>
#include <functional>
#include <vector>

namespace ecw {

namespace {

QString reasonText(ScaleOutReason reason)
{
    switch (reason) {
    case ScaleOutReason::None:
        return {};
    case ScaleOutReason::Memory:
        return CostTab::tr("scaled out for memory: the need exceeds one instance");
    case ScaleOutReason::Cores:
        return CostTab::tr("scaled out for cores: the need exceeds one instance's vCPUs");
    case ScaleOutReason::UsefulCoreLimit:
        return CostTab::tr("scaled out for the 32 useful-core limit (beyond 32 cores lock contention dominates)");
    case ScaleOutReason::HotTierSharding:
        return CostTab::tr("scaled out for hot-tier sharding (over 10,000,000 hot nodes per instance)");
    }
    return {};
}

QString categoryText(InstanceCategory category)
{
    switch (category) {
    case InstanceCategory::General:
        return CostTab::tr("general-purpose");
    case InstanceCategory::Memory:
        return CostTab::tr("memory-optimized");
    case InstanceCategory::Compute:
        return CostTab::tr("compute-optimized");
    }
    return {};
}

QString utilization(const std::vector<UtilizationPoint>& points, bool cpu)
{
    QStringList parts;
    for (const UtilizationPoint& point : points)
        parts << QString::number((cpu ? point.cpu : point.memory) * 100.0, 'f', 0);
    return parts.isEmpty() ? QString() : parts.join(QLatin1Char('/')) + QStringLiteral(" %");
}

QString utilizationDays(const std::vector<UtilizationPoint>& points)
{
    QStringList parts;
    for (const UtilizationPoint& point : points)
        parts << QString::number(point.day);
    return parts.join(QLatin1Char('/'));
}

void setBold(QTreeWidgetItem* item, int columns)
{
    QFont font = item->font(0);
    font.setBold(true);
    for (int column = 0; column < columns; ++column)
        item->setFont(column, font);
}

QTreeWidget* makeTree(QWidget* parent, const QString& objectName, const QStringList& headers)
{
    auto* tree = new QTreeWidget(parent);
    tree->setObjectName(objectName);
    tree->setColumnCount(static_cast<int>(headers.size()));
    tree->setHeaderLabels(headers);
    tree->setAlternatingRowColors(true);
    tree->setUniformRowHeights(false);
    tree->setWordWrap(true);
    tree->setIndentation(10);
    // Measured after each fill (fitColumns), not ResizeToContents, which lays out every cell on every change.
    tree->header()->setSectionResizeMode(QHeaderView::Interactive);
    tree->header()->setStretchLastSection(true);
    return tree;
}

// Widths from the texts (every line of multi-line cells) in the widest style used, for columns with
// Interactive resize mode; the others (Stretch) are left to the header.
void fitColumns(QTreeWidget* tree)
{
    QFont bold = tree->font();
    bold.setBold(true);
    const QFontMetrics metrics(bold);
    const int columns = tree->columnCount();
    std::vector<int> widths(static_cast<std::size_t>(columns), 0);
    const auto textWidth = [&metrics](const QString& text) {
        int widest = 0;
        for (const QString& line : text.split(QLatin1Char('\n')))
            widest = std::max(widest, metrics.horizontalAdvance(line));
        return widest;
    };
    for (int column = 0; column < columns; ++column)
        widths[static_cast<std::size_t>(column)] = textWidth(tree->headerItem()->text(column));
    const std::function<void(const QTreeWidgetItem*, int)> measure = [&](const QTreeWidgetItem* item, int depth) {
        if (!item->isFirstColumnSpanned())
            for (int column = 0; column < columns; ++column)
                widths[static_cast<std::size_t>(column)]
                    = std::max(widths[static_cast<std::size_t>(column)],
                               textWidth(item->text(column)) + (column == 0 ? (depth + 1) * tree->indentation() : 0));
        for (int child = 0; child < item->childCount(); ++child)
            measure(item->child(child), depth + 1);
    };
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        measure(tree->topLevelItem(i), 0);
    for (int column = 0; column + 1 < columns; ++column) {
        if (tree->header()->sectionResizeMode(column) != QHeaderView::Interactive)
            continue;
        const int width = widths[static_cast<std::size_t>(column)] + 14;
        if (std::abs(tree->columnWidth(column) - width) > 2)
            tree->setColumnWidth(column, width);
    }
}

} // namespace

CostTab::CostTab(ForecastController* forecast, QWidget* parent)
    : QWidget(parent)
    , m_forecast(forecast)
{
    setObjectName(QStringLiteral("costTab"));
    m_settings = new CostSettingsPanel(forecast, this);
    auto* settingsScroll = new QScrollArea(this);
    settingsScroll->setObjectName(QStringLiteral("costSettingsScrollArea"));
    settingsScroll->setWidget(m_settings);
    settingsScroll->setWidgetResizable(true);
    settingsScroll->setFrameShape(QFrame::NoFrame);
    settingsScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    settingsScroll->setMinimumWidth(m_settings->minimumSizeHint().width() + 12);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("costSummaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_instances = makeTree(this, QStringLiteral("instanceTreeWidget"),
                           { tr("Configuration"), tr("Per month"), tr("Use, days 0/30/60/90"), tr("Must scale") });
    m_instances->headerItem()->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
    m_instances->setAccessibleName(tr("Recommended instances and alternatives per cloud"));
    m_instances->setAccessibleDescription(tr("Per cloud, the cheapest configuration that meets the recommended "
                                             "cores and memory, then the best of two other families, with CPU "
                                             "and memory use at days 0, 30, 60 and 90 and when each must scale."));

    QStringList costHeaders { tr("USD per month") };
    for (PricingModel model : kPricingModels)
        costHeaders << toQString(pricingModelKey(model));
    m_costs = makeTree(this, QStringLiteral("costTreeWidget"), costHeaders);
    m_costs->setAccessibleName(tr("Monthly cost per cloud and pricing model"));
    m_costs->setAccessibleDescription(tr("Day-0 monthly bill at expected growth: compute, block storage (warm "
                                         "tier, WAL, snapshots, temp space), object storage (cold tier) and "
                                         "egress, for on-demand, 1-year, 3-year and spot pricing."));
    for (int column = 1; column <= static_cast<int>(kPricingModelCount); ++column) {
        m_costs->headerItem()->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
        m_costs->header()->setSectionResizeMode(column, QHeaderView::Stretch);
    }
    m_costs->setUniformRowHeights(true); // one line per cell
    m_costNote = new QLabel(this);
    m_costNote->setObjectName(QStringLiteral("costNoteLabel"));
    m_costNote->setWordWrap(true);
    auto* costPage = new QWidget(this);
    auto* costLayout = new QVBoxLayout(costPage);
    costLayout->addWidget(m_costs, 1);
    costLayout->addWidget(m_costNote);

    auto* savingsPage = new QWidget(this);
    m_savings = new QTableWidget(0, 4, savingsPage);
    m_savings->setObjectName(QStringLiteral("savingsTableWidget"));
    m_savings->setHorizontalHeaderLabels({ tr("Strategy"), tr("What moves"), tr("Saving per month"), tr("Priced as") });
    m_savings->verticalHeader()->setVisible(false);
    m_savings->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_savings->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_savings->setWordWrap(true);
    m_savings->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_savings->setAlternatingRowColors(true);
    m_savings->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_savings->setAccessibleName(tr("Tier-optimization savings"));
    m_savingsNote = new QLabel(savingsPage);
    m_savingsNote->setWordWrap(true);
    auto* savingsLayout = new QVBoxLayout(savingsPage);
    savingsLayout->addWidget(m_savingsNote);
    savingsLayout->addWidget(m_savings, 1);

    m_overTime = new SeriesPlot(this);
    m_overTime->setObjectName(QStringLiteral("costOverTimeSeriesPlot"));
    m_overTime->setAccessibleName(tr("Monthly cost per cloud over the forecast horizon"));
    m_vsNodes = new SeriesPlot(this);
    m_vsNodes->setObjectName(QStringLiteral("costVsNodesSeriesPlot"));
    m_vsNodes->setAccessibleName(tr("Monthly cost per cloud against node count"));

    m_views = new QTabWidget(this);
    m_views->setObjectName(QStringLiteral("costViewTabs"));
    m_views->addTab(m_instances, tr("&Instances"));
    m_views->addTab(costPage, tr("Monthl&y cost"));
    m_views->addTab(savingsPage, tr("Tier savin&gs"));
    m_views->addTab(m_overTime, tr("Cost over ti&me"));
    m_views->addTab(m_vsNodes, tr("Cost vs no&des"));

    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(4, 4, 4, 4);
    rightLayout->addWidget(m_summary);
    rightLayout->addWidget(m_views, 1);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("costSplitter"));
    splitter->addWidget(settingsScroll);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({ settingsScroll->minimumWidth(), 800 });
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_forecast, &ForecastController::updated, this, [this] {
        m_summaryStale = true;
        m_stalePages.fill(true);
        if (isVisible())
            refresh();
    });
    connect(m_views, &QTabWidget::currentChanged, this, [this] {
        if (isVisible())
            refresh();
    });
}

bool CostTab::showSection(const QString& name)
{
    const QStringList names { QStringLiteral("instances"), QStringLiteral("costs"), QStringLiteral("savings"),
                              QStringLiteral("time"), QStringLiteral("nodes") };
    const int index = static_cast<int>(names.indexOf(name));
    if (index < 0)
        return false;
    m_views->setCurrentIndex(index);
    return true;
}

void CostTab::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    m_forecast->setViewVisible(this, true);
    refresh();
}

void CostTab::hideEvent(QHideEvent* event)
{
    QWidget::hideEvent(event);
    m_forecast->setViewVisible(this, false);
}

void CostTab::refresh()
{
    // The summary and the page on screen only; the others catch up when chosen.
    const auto page = static_cast<std::size_t>(m_views->currentIndex());
    if (!m_summaryStale && !m_stalePages[page])
        return;
    const ForecastEngine& engine = m_forecast->results();
    if (!engine.computed())
        return;
    if (m_summaryStale) {
        fillSummary(engine);
        m_summaryStale = false;
    }
    if (!m_stalePages[page])
        return;
    switch (page) {
    case InstancesPage:
        fillInstances(engine);
        fitColumns(m_instances);
        break;
    case CostsPage:
        fillCosts(engine);
        fitColumns(m_costs);
        break;
    case SavingsPage:
        fillSavings(engine);
        break;
    case OverTimePage:
        m_overTime->setChart(costOverTimeChart(engine));
        break;
    case VsNodesPage:
        m_vsNodes->setChart(costVsNodesChart(engine));
        break;
    default:
        break;
    }
    m_stalePages[page] = false;
}

void CostTab::fillSummary(const ForecastEngine& engine)
{
    const PriceBook* book = engine.priceBook();
    if (book == nullptr) {
        m_summary->setText(tr("No price book is loaded: load one, or use the built-in price book."));
        return;
    }
    const PricingModel model = engine.costOptions().curveModel;
    QStringList lines;
    for (Cloud cloud : kClouds) {
        const CloudPrices* prices = book->find(cloud);
        const CloudOutlook& outlook = engine.outlook(cloud);
        if (prices == nullptr || !outlook.available)
            continue;
        const CostBreakdown& cost = outlook.costs[pricingModelIndex(model)];
        if (outlook.options.empty() || !cost.available) {
            lines << tr("%1: %2").arg(toQString(cloudTitle(cloud)), toQString(cost.unavailableReason).toHtmlEscaped());
            continue;
        }
        lines << tr("%1: <b>%2</b>, %3")
                     .arg(toQString(cloudTitle(cloud)),
                          toQString(describeConfiguration(*prices, outlook.options.front().choice)).toHtmlEscaped(),
                          humanText(cost.total(), Unit::UsdPerMonth));
    }
    const std::optional<Cloud> cheapest = cheapestCloud(engine);
    m_summary->setText(tr("Recommended at day 0, %1 pricing: %2.%3")
                           .arg(toQString(pricingModelKey(model)), lines.join(QStringLiteral("; ")),
                                cheapest ? tr(" Cheapest: %1.").arg(toQString(cloudTitle(*cheapest))) : QString()));
}

void CostTab::fillInstances(const ForecastEngine& engine)
{
    m_instances->clear();
    const PriceBook* book = engine.priceBook();
    if (book == nullptr)
        return;
    for (Cloud cloud : kClouds) {
        const CloudPrices* prices = book->find(cloud);
        const CloudOutlook& outlook = engine.outlook(cloud);
        if (prices == nullptr || !outlook.available)
            continue;
        auto* cloudItem = new QTreeWidgetItem(m_instances);
        cloudItem->setText(0, tr("%1 (%2)").arg(toQString(cloudTitle(cloud)), toQString(outlook.region)));
        cloudItem->setData(0, Qt::UserRole, toQString(cloudKey(cloud)));
        setBold(cloudItem, 1);
        if (outlook.options.empty()) {
            cloudItem->setText(2,
                               tr("no configuration under %1 pricing")
                                   .arg(toQString(pricingModelKey(engine.costOptions().curveModel))));
            continue;
        }
        for (std::size_t i = 0; i < outlook.options.size(); ++i) {
            const InstanceOption& option = outlook.options[i];
            auto* item = new QTreeWidgetItem(cloudItem);
            QString name = toQString(describeConfiguration(*prices, option.choice));
            name += i == 0 ? tr(", recommended") : tr(", alternative %1").arg(i);
            name += tr("\n%1 vCPUs, %2, %3")
                        .arg(option.type.vcpus)
                        .arg(humanText(option.type.memoryBytes, Unit::Bytes), toQString(option.type.family));
            const QString reason = reasonText(option.choice.reason);
            if (!reason.isEmpty())
                name += QStringLiteral("\n") + reason;
            item->setText(0, name);
            item->setText(1, humanText(option.choice.monthlyTotal, Unit::Usd));
            item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
            item->setText(2,
                          tr("CPU %1\nmemory %2")
                              .arg(utilization(option.utilization, true), utilization(option.utilization, false)));
            item->setText(3, runwayText(option.scaleDay, option.scaleDate, engine.series().horizonDays()));
            const QString tip
                = tr("%1 x %2 (%7 family %8): %3 useful cores and %4 in all, %5 per month. "
                     "Use is the need "
                     "(cpu.total, memory.total) at expected growth over what this buys, on days %6; "
                     "it must scale when memory reaches 80 % or CPU 70 %.")
                      .arg(option.choice.count)
                      .arg(toQString(option.type.name), toQString(formatCompact(option.choice.capacityCores())),
                           humanText(option.choice.capacityMemoryBytes(), Unit::Bytes),
                           humanText(option.choice.monthlyTotal, Unit::Usd), utilizationDays(option.utilization),
                           categoryText(option.type.category), toQString(option.type.family));
            for (int column = 0; column < 4; ++column)
                item->setToolTip(column, tip);
            if (i == 0)
                setBold(item, 4);
        }
    }
    m_instances->expandAll();
}

void CostTab::fillCosts(const ForecastEngine& engine)
{
    m_costs->clear();
    const PriceBook* book = engine.priceBook();
    if (book == nullptr)
        return;
    const PricingModel selected = engine.costOptions().curveModel;
    const QString rowTitles[]
        = { tr("Discount"), tr("Compute"), tr("Block storage"), tr("Object storage"), tr("Egress"), tr("Total") };
    QStringList notes;
    for (Cloud cloud : kClouds) {
        const CloudPrices* prices = book->find(cloud);
        const CloudOutlook& outlook = engine.outlook(cloud);
        if (prices == nullptr || !outlook.available)
            continue;
        auto* cloudItem = new QTreeWidgetItem(m_costs);
        cloudItem->setText(0, tr("%1 (%2)").arg(toQString(cloudTitle(cloud)), toQString(outlook.region)));
        cloudItem->setData(0, Qt::UserRole, toQString(cloudKey(cloud)));
        cloudItem->setFirstColumnSpanned(true);
        setBold(cloudItem, 1);
        QTreeWidgetItem* rows[6] = {};
        for (int row = DiscountRow; row <= TotalRow; ++row) {
            rows[row] = new QTreeWidgetItem(cloudItem);
            rows[row]->setText(0, rowTitles[row]);
        }
        rows[BlockStorageRow]->setToolTip(0,
                                          tr("Warm tier, WAL, snapshots and temp space with headroom, at %1")
                                              .arg(toQString(prices->blockStorage.product)));
        rows[ObjectStorageRow]->setToolTip(0, tr("The cold tier, at %1").arg(toQString(prices->objectStorage.product)));
        rows[EgressRow]->setToolTip(
            0, tr("Every response leaving the cloud, at %1").arg(toQString(prices->egress.product)));
        rows[DiscountRow]->setToolTip(0,
                                      tr("Off compute: the pricing model's discount (several are \u201cup "
                                         "to\u201d maxima) and the planner's flat discount"));
        setBold(rows[TotalRow], 1);
        // The configuration goes in the heading, where it has the width: per pricing model only if they differ.
        QStringList configurations;
        bool allSame = true;
        const InstanceChoice* first = nullptr;
        for (PricingModel model : kPricingModels) {
            const CostBreakdown& cost = outlook.costs[pricingModelIndex(model)];
            if (!cost.available)
                continue;
            configurations << tr("%1 %2").arg(toQString(pricingModelKey(model)),
                                              toQString(describeConfiguration(*prices, cost.instances)));
            if (first == nullptr)
                first = &cost.instances;
            else if (!first->sameConfiguration(cost.instances))
                allSame = false;
        }
        QString heading = tr("%1 (%2)").arg(toQString(cloudTitle(cloud)), toQString(outlook.region));
        if (first != nullptr)
            heading += QStringLiteral(": ")
                + (allSame ? toQString(describeConfiguration(*prices, *first))
                           : configurations.join(QStringLiteral("; ")));
        cloudItem->setText(0, heading);
        for (PricingModel model : kPricingModels) {
            const int column = 1 + static_cast<int>(pricingModelIndex(model));
            const CostBreakdown& cost = outlook.costs[pricingModelIndex(model)];
            if (!cost.available) {
                for (QTreeWidgetItem* row : rows) {
                    row->setText(column, tr("not offered"));
                    row->setToolTip(column, toQString(cost.unavailableReason));
                    row->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
                }
                notes << tr("%1 %2: not offered (%3).")
                             .arg(toQString(cloudTitle(cloud)), toQString(pricingModelKey(model)),
                                  toQString(cost.unavailableReason));
                continue;
            }
            QString discounts;
            QString discountTip;
            if (cost.computeDiscount > 0) {
                discounts = tr("\u2212%1").arg(humanText(cost.computeDiscount, Unit::Ratio));
                discountTip
                    = tr("%1 off compute (%2)")
                          .arg(humanText(cost.computeDiscount, Unit::Ratio),
                               toQString(prices->discount(model) ? prices->discount(model)->meaning : std::string()));
            }
            if (cost.flatDiscount > 0) {
                discounts += (discounts.isEmpty() ? QString() : QStringLiteral(", "))
                    + tr("\u2212%1 flat").arg(humanText(cost.flatDiscount, Unit::Ratio));
                discountTip += (discountTip.isEmpty() ? QString() : QStringLiteral("; "))
                    + tr("the planner's flat discount of %1 off the whole bill")
                          .arg(humanText(cost.flatDiscount, Unit::Ratio));
            }
            rows[DiscountRow]->setText(column, discounts.isEmpty() ? QStringLiteral("\u2014") : discounts);
            rows[DiscountRow]->setToolTip(column, discountTip);
            const double values[] = { cost.compute, cost.blockStorage, cost.objectStorage, cost.egress, cost.total() };
            for (int row = ComputeRow; row <= TotalRow; ++row)
                rows[row]->setText(column, humanText(values[row - ComputeRow], Unit::Usd));
            rows[BlockStorageRow]->setToolTip(column, tr("%1 billed").arg(humanText(cost.blockBytes, Unit::Bytes)));
            rows[ObjectStorageRow]->setToolTip(column, tr("%1 stored").arg(humanText(cost.objectBytes, Unit::Bytes)));
            rows[EgressRow]->setToolTip(column, tr("%1 a month").arg(humanText(cost.egressBytesPerMonth, Unit::Bytes)));
            for (QTreeWidgetItem* row : rows) {
                row->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
                if (model == selected) {
                    QFont font = row->font(column);
                    font.setBold(true);
                    row->setFont(column, font);
                }
            }
        }
    }
    m_costs->expandAll();
    m_costNote->setText(tr("Day 0, expected growth, for a 730-hour month; bold: the pricing model in use (%1). "
                           "Discounts apply to compute only; storage and egress are list prices. %2")
                            .arg(toQString(pricingModelKey(selected)), notes.join(QLatin1Char(' '))));
}

void CostTab::fillSavings(const ForecastEngine& engine)
{
    const PriceBook* book = engine.priceBook();
    const TierSavings& savings = engine.tierSavings();
    std::vector<QStringList> rows;
    if (book != nullptr && savings.available) {
        rows.push_back({ tr("Hot tier minimization"), humanText(savings.hotTierMovableBytes, Unit::Bytes),
                         humanText(savings.hotTierMinimization, Unit::Usd),
                         tr("spec: RAM vs SSD, %1 per TB-month")
                             .arg(humanText(book->specTierCosts.ramVsSsdUsdPerTbMonth, Unit::Usd)) });
        rows.push_back({ tr("Cold tier archival"), humanText(savings.coldTierBytes, Unit::Bytes),
                         humanText(savings.coldTierArchival, Unit::Usd),
                         tr("spec: object %1 vs SSD %2 per TB-month")
                             .arg(humanText(book->specTierCosts.objectUsdPerTbMonth, Unit::Usd),
                                  humanText(book->specTierCosts.ssdUsdPerTbMonth, Unit::Usd)) });
    }
    if (book != nullptr)
        for (Cloud cloud : kClouds) {
            const CloudPrices* prices = book->find(cloud);
            if (prices == nullptr || !savings.cloudAvailable[cloudIndex(cloud)])
                continue;
            rows.push_back(
                { tr("Cold tier archival, %1").arg(toQString(cloudTitle(cloud))),
                  humanText(savings.coldTierBytes, Unit::Bytes),
                  humanText(savings.coldTierArchivalByCloud[cloudIndex(cloud)], Unit::Usd),
                  tr("%1 vs %2")
                      .arg(toQString(prices->objectStorage.product), toQString(prices->blockStorage.product)) });
        }
    m_savings->setRowCount(static_cast<int>(rows.size()));
    for (int row = 0; row < m_savings->rowCount(); ++row)
        for (int column = 0; column < 4; ++column) {
            QTableWidgetItem* item = m_savings->item(row, column);
            if (item == nullptr) {
                item = new QTableWidgetItem;
                m_savings->setItem(row, column, item);
            }
            item->setText(rows[static_cast<std::size_t>(row)][column]);
            if (column == 1 || column == 2)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        }
    if (book != nullptr && !book->specTierCosts.available)
        m_savingsNote->setText(tr("This price book has no spec tier costs; only each cloud's own prices are used."));
    else if (book != nullptr && savings.available)
        m_savingsNote->setText(
            tr("From the spec's Cost Optimization Strategies, per month at day 0. Hot tier minimization: keep under "
               "%1 of nodes hot; memory.hot_tier x max(0, 1 - target / active_ratio) moves from RAM to SSD. Cold "
               "tier archival: storage.cold_tier in object storage instead of SSD (the breakdown already bills "
               "it so; this is what that placement saves).")
                .arg(humanText(engine.forecaster().constants()[ConstantId::HotRatioTarget], Unit::Ratio)));
}

} // namespace ecw
