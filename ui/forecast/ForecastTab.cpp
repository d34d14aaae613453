// SPDX-License-Identifier: GPL-3.0-or-later
// Every figure shown is the engine's, formatted by the model's formatHuman (the same text the CLI and the
// worksheet print). The tab refreshes only while it is on screen; hidden, it only notes that it must.
#include "ForecastTab.h"

#include "ForecastCharts.h"
#include "ForecastController.h"
#include "ForecastEngine.h"
#include "GrowthSettingsPanel.h"
#include "QtText.h"
#include "RunwayText.h"
#include "ScenarioController.h"
#include "SeriesPlot.h"
#include "WorksheetForecast.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QRadioButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cstdlib>

namespace ecw {

namespace {

constexpr int kCheapest = -1;

// The 30/60/90 rows, in the order a budget meeting reads them.
const ForecastFigure kMilestoneFigures[] = {
    ForecastFigure::Nodes,
    ForecastFigure::HotNodes,
    ForecastFigure::WarmNodes,
    ForecastFigure::ColdNodes,
    ForecastFigure::OpsPerSec,
    ForecastFigure::MemoryTotal,
    ForecastFigure::MemoryRecommended,
    ForecastFigure::CpuTotal,
    ForecastFigure::CpuRecommended,
    ForecastFigure::StorageTotal,
    ForecastFigure::StorageRecommended,
};

QString resourceTitle(RunwayResource resource)
{
    switch (resource) {
    case RunwayResource::Memory:
        return ForecastTab::tr("Memory");
    case RunwayResource::Cpu:
        return ForecastTab::tr("CPU");
    case RunwayResource::Storage:
        return ForecastTab::tr("Storage");
    }
    return {};
}

ConstantId triggerConstant(RunwayResource resource)
{
    switch (resource) {
    case RunwayResource::Memory:
        return ConstantId::MemoryTrigger;
    case RunwayResource::Cpu:
        return ConstantId::CpuTrigger;
    case RunwayResource::Storage:
        return ConstantId::StorageTrigger;
    }
    return ConstantId::MemoryTrigger;
}

void setRow(QTreeWidgetItem* item, const QString& label, const MilestoneEntry& entry, bool withMargin)
{
    item->setText(0, label);
    for (GrowthBand band : kGrowthBands) {
        const int column = 1 + static_cast<int>(bandIndex(band));
        const double value = (withMargin ? entry.withMargin : entry.value)[bandIndex(band)];
        item->setText(column, entry.available ? humanText(value, entry.unit) : ForecastTab::tr("not offered"));
        item->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
    }
}

QTableWidgetItem* cell(QTableWidget* table, int row, int column)
{
    QTableWidgetItem* item = table->item(row, column);
    if (item == nullptr) {
        item = new QTableWidgetItem;
        item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
        table->setItem(row, column, item);
    }
    return item;
}

} // namespace

ForecastTab::ForecastTab(ScenarioController* scenario, ForecastController* forecast, QWidget* parent)
    : QWidget(parent)
    , m_scenario(scenario)
    , m_forecast(forecast)
{
    setObjectName(QStringLiteral("forecastTab"));
    m_settings = new GrowthSettingsPanel(scenario, this);
    auto* settingsScroll = new QScrollArea(this);
    settingsScroll->setObjectName(QStringLiteral("growthSettingsScrollArea"));
    settingsScroll->setWidget(m_settings);
    settingsScroll->setWidgetResizable(true);
    settingsScroll->setFrameShape(QFrame::NoFrame);
    settingsScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    settingsScroll->setMinimumWidth(m_settings->minimumSizeHint().width() + 12);

    m_cloud = new QComboBox(this);
    m_cloud->setObjectName(QStringLiteral("forecastCloudComboBox"));
    m_cloud->addItem(tr("Cheapest cloud"), kCheapest);
    for (Cloud cloud : kClouds)
        m_cloud->addItem(toQString(cloudTitle(cloud)), static_cast<int>(cloudIndex(cloud)));
    m_cloud->setAccessibleName(tr("Cloud for the forecast's cost, runway and capacity lines"));
    m_cloud->setToolTip(tr("Whose recommended configuration the monthly cost rows, the runway and the chart's "
                           "capacity and trigger lines use. Cheapest: the cloud with the lowest day-0 bill."));
    auto* cloudLabel = new QLabel(tr("Clo&ud"), this);
    cloudLabel->setBuddy(m_cloud);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("forecastSummaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problems = new QLabel(this);
    m_problems->setObjectName(QStringLiteral("forecastProblemsLabel"));
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_problems->setVisible(false);

    m_milestones = new QTreeWidget(this);
    m_milestones->setObjectName(QStringLiteral("milestoneTreeWidget"));
    m_milestones->setColumnCount(4);
    m_milestones->setHeaderLabels({ tr("Figure"), tr("Low growth"), tr("Expected growth"), tr("High growth") });
    m_milestones->setAlternatingRowColors(true);
    m_milestones->setUniformRowHeights(true);
    m_milestones->setIndentation(14);
    m_milestones->setTextElideMode(Qt::ElideNone); // the columns are fitted to the texts; no eliding to work out
    m_milestones->setAccessibleName(tr("Forecast at 30, 60 and 90 days"));
    m_milestones->setAccessibleDescription(tr("For each milestone day, every figure at low, expected and high "
                                              "growth; under each, the same figure with the worksheet's 30 % "
                                              "safety margin."));
    // Widths are measured from the texts after each fill (fitMilestoneColumns): ResizeToContents would lay out
    // every cell again on every change, which costs more than the forecast itself during a slider drag.
    m_milestones->header()->setStretchLastSection(false);
    m_milestones->header()->setSectionResizeMode(QHeaderView::Interactive);

    auto* runwayPage = new QWidget(this);
    m_runwayCapacity = new QLabel(runwayPage);
    m_runwayCapacity->setObjectName(QStringLiteral("runwayCapacityLabel"));
    m_runwayCapacity->setWordWrap(true);
    m_runwayCapacity->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_runway = new QTableWidget(3, 5, runwayPage);
    m_runway->setObjectName(QStringLiteral("runwayTableWidget"));
    m_runway->setHorizontalHeaderLabels(
        { tr("Resource"), tr("Trigger at"), tr("Low growth"), tr("Expected growth"), tr("High growth") });
    m_runway->verticalHeader()->setVisible(false);
    m_runway->setEditTriggers(QAbstractItemView::NoEditTriggers);
    const QFontMetrics metrics = m_runway->fontMetrics();
    m_runway->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_runway->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_runway->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Interactive); // fitted in fillRunway
    m_runway->setColumnWidth(0, metrics.horizontalAdvance(tr("Resource")) + 24);
    // Every cell is two lines at most (the day and its date; the threshold and what it is of).
    m_runway->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_runway->verticalHeader()->setDefaultSectionSize(2 * metrics.lineSpacing() + 10);
    m_runway->setWordWrap(true);
    m_runway->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_runway->setAccessibleName(tr("Runway"));
    m_runway->setAccessibleDescription(tr("The day and date on which memory reaches 80 %, CPU 70 % and storage "
                                          "70 % of what is bought at day 0, at low, expected and high growth."));
    auto* runwayNote = new QLabel(tr("The spec's scaling triggers (worksheet step 3): memory at 80 %, CPU at 70 % "
                                     "and storage at 70 % of capacity. Needs are the unpadded totals; the volume "
                                     "is day-0 recommended storage."),
                                  runwayPage);
    runwayNote->setWordWrap(true);
    auto* runwayLayout = new QVBoxLayout(runwayPage);
    runwayLayout->addWidget(m_runwayCapacity);
    runwayLayout->addWidget(m_runway);
    runwayLayout->addWidget(runwayNote);
    runwayLayout->addStretch(1);

    auto* chartPage = new QWidget(this);
    m_resources = new QButtonGroup(chartPage);
    auto* resourceRow = new QHBoxLayout;
    resourceRow->addWidget(new QLabel(tr("Show:"), chartPage));
    for (RunwayResource resource : kRunwayResources) {
        auto* button
            = new QRadioButton(resource == RunwayResource::Cpu ? tr("Cores") : resourceTitle(resource), chartPage);
        button->setObjectName(toQString(runwayResourceKey(resource)) + QStringLiteral("RadioButton"));
        button->setToolTip(tr("Chart this need over the forecast horizon"));
        m_resources->addButton(button, static_cast<int>(resource));
        resourceRow->addWidget(button);
    }
    resourceRow->addStretch(1);
    m_resources->button(static_cast<int>(RunwayResource::Memory))->setChecked(true);
    m_plot = new SeriesPlot(chartPage);
    m_plot->setObjectName(QStringLiteral("growthSeriesPlot"));
    m_plot->setAccessibleName(tr("Memory, cores or storage over the forecast horizon"));
    auto* chartLayout = new QVBoxLayout(chartPage);
    chartLayout->addLayout(resourceRow);
    chartLayout->addWidget(m_plot, 1);

    m_views = new QTabWidget(this);
    m_views->setObjectName(QStringLiteral("forecastViewTabs"));
    m_views->addTab(m_milestones, tr("&30/60/90 days"));
    m_views->addTab(runwayPage, tr("Run&way"));
    m_views->addTab(chartPage, tr("&Growth chart"));

    auto* right = new QWidget(this);
    auto* top = new QHBoxLayout;
    top->addWidget(cloudLabel);
    top->addWidget(m_cloud);
    top->addWidget(m_summary, 1);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(4, 4, 4, 4);
    rightLayout->addLayout(top);
    rightLayout->addWidget(m_problems);
    rightLayout->addWidget(m_views, 1);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("forecastSplitter"));
    splitter->addWidget(settingsScroll);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({ settingsScroll->minimumWidth(), 800 });
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_settings, &GrowthSettingsPanel::editRejected, this, &ForecastTab::editRejected);
    connect(m_forecast, &ForecastController::updated, this, [this] {
        markStale();
        if (isVisible())
            refresh();
    });
    connect(m_cloud, &QComboBox::currentIndexChanged, this, [this] {
        markStale();
        refresh();
    });
    connect(m_resources, &QButtonGroup::idClicked, this, [this] {
        m_stalePages[ChartPage] = true;
        refresh();
    });
    connect(m_views, &QTabWidget::currentChanged, this, [this] {
        if (isVisible())
            refresh();
    });
}

std::optional<Cloud> ForecastTab::selectedCloud() const
{
    const ForecastEngine& engine = m_forecast->results();
    const int data = m_cloud->currentData().toInt();
    if (data == kCheapest)
        return cheapestCloud(engine);
    const Cloud cloud = kClouds[static_cast<std::size_t>(data)];
    if (engine.priceBook() == nullptr || engine.priceBook()->find(cloud) == nullptr)
        return std::nullopt;
    return cloud;
}

void ForecastTab::setResource(RunwayResource resource)
{
    m_resources->button(static_cast<int>(resource))->setChecked(true);
    m_stalePages[ChartPage] = true;
    refresh();
}

bool ForecastTab::showSection(const QString& name)
{
    const QStringList names { QStringLiteral("table"), QStringLiteral("runway"), QStringLiteral("chart") };
    const int index = static_cast<int>(names.indexOf(name));
    if (index < 0)
        return false;
    m_views->setCurrentIndex(index);
    return true;
}

void ForecastTab::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    m_forecast->setViewVisible(this, true);
    refresh();
}

void ForecastTab::hideEvent(QHideEvent* event)
{
    QWidget::hideEvent(event);
    m_forecast->setViewVisible(this, false);
}

void ForecastTab::markStale()
{
    m_summaryStale = true;
    m_stalePages.fill(true);
}

void ForecastTab::refresh()
{
    // Only what is on screen: the summary and the page shown. The other pages catch up when they are chosen,
    // so a slider drag pays for one table or one chart, not all three.
    const int page = m_views->currentIndex();
    if (!m_summaryStale && !m_stalePages[static_cast<std::size_t>(page)])
        return;
    const ForecastEngine& engine = m_forecast->results();
    if (!engine.computed())
        return;
    if (m_summaryStale) {
        fillSummary(engine);
        m_summaryStale = false;
    }
    if (m_stalePages[static_cast<std::size_t>(page)]) {
        switch (page) {
        case TablePage:
            fillMilestones(engine);
            break;
        case RunwayPage:
            fillRunway(engine);
            break;
        case ChartPage:
            fillChart(engine);
            break;
        default:
            break;
        }
        m_stalePages[static_cast<std::size_t>(page)] = false;
    }
}

void ForecastTab::fillSummary(const ForecastEngine& engine)
{
    const std::optional<Cloud> cloud = selectedCloud();
    const PriceBook* book = engine.priceBook();
    QString text;
    if (!cloud || book == nullptr) {
        text = m_cloud->currentData().toInt() == kCheapest
            ? tr("No price book: no recommendation, cost or runway.")
            : tr("%1 is not in the price book in use.").arg(m_cloud->currentText());
    } else {
        const CloudOutlook& outlook = engine.outlook(*cloud);
        const CloudPrices* prices = book->find(*cloud);
        const PricingModel model = engine.costOptions().curveModel;
        const CostBreakdown& cost = outlook.costs[pricingModelIndex(model)];
        if (outlook.options.empty() || prices == nullptr || !cost.available) {
            text = tr("%1 offers no %2 pricing in this price book.")
                       .arg(toQString(cloudTitle(*cloud)), toQString(pricingModelKey(model)));
        } else {
            const InstanceOption& best = outlook.options.front();
            text = tr("Recommended on %1 (%2): <b>%3</b>, %4 %5; must scale %6.")
                       .arg(toQString(cloudTitle(*cloud)), toQString(outlook.region).toHtmlEscaped(),
                            toQString(describeConfiguration(*prices, best.choice)).toHtmlEscaped(),
                            humanText(cost.total(), Unit::UsdPerMonth), toQString(pricingModelKey(model)),
                            toQString(describeRunwayDay(best.scaleDay, best.scaleDate, engine.series().horizonDays())));
        }
    }
    m_summary->setText(text);

    QStringList problems;
    for (const std::string& problem : engine.problems())
        problems << tr("Growth settings: %1").arg(toQString(problem));
    QStringList clamped;
    for (GrowthBand band : kGrowthBands)
        if (const std::optional<int> day = engine.series().firstClampedDay(band))
            clamped << tr("day %1 at %2 growth").arg(*day).arg(toQString(growthBandName(band)));
    if (!clamped.isEmpty())
        problems << tr("The inputs reach their limit (10^12 nodes or 10^8 ops/s) on %1; from then on the figures "
                       "understate the need.")
                        .arg(clamped.join(QStringLiteral(", ")));
    m_problems->setText(problems.join(QLatin1Char('\n')));
    m_problems->setVisible(!problems.isEmpty());
}

void ForecastTab::fillMilestones(const ForecastEngine& engine)
{
    const MilestoneTable& table = engine.milestones();
    const std::optional<Cloud> cloud = selectedCloud();
    const std::string costKey = cloud ? "cost.monthly." + std::string(cloudKey(*cloud)) : std::string();
    const QString marginText = tr("+ %1 % margin").arg(QString::number(table.safetyMargin * 100.0, 'g', 3));

    struct Row
    {
        int day;
        const MilestoneEntry* entry;
    };
    std::vector<Row> rows;
    std::vector<std::string> keys;
    for (int day : table.days) {
        for (ForecastFigure figure : kMilestoneFigures)
            if (const MilestoneEntry* entry = table.find(day, forecastFigureSpec(figure).key)) {
                rows.push_back({ day, entry });
                keys.push_back(std::to_string(day) + "/" + entry->figure);
            }
        if (!costKey.empty())
            if (const MilestoneEntry* entry = table.find(day, costKey)) {
                rows.push_back({ day, entry });
                keys.push_back(std::to_string(day) + "/cost");
            }
    }
    if (keys != m_milestoneKeys) {
        // The rows changed (milestone days, a cost row appears): build the tree again.
        m_milestones->clear();
        for (int day : table.days) {
            auto* dayItem = new QTreeWidgetItem(m_milestones);
            QFont bold = dayItem->font(0);
            bold.setBold(true);
            dayItem->setFont(0, bold);
            dayItem->setFirstColumnSpanned(true);
            dayItem->setData(0, Qt::UserRole, day);
            for (const Row& row : rows)
                if (row.day == day) {
                    auto* item = new QTreeWidgetItem(dayItem);
                    auto* padded = new QTreeWidgetItem(item);
                    QFont italic = padded->font(0);
                    italic.setItalic(true);
                    for (int column = 0; column < 4; ++column)
                        padded->setFont(column, italic);
                }
        }
        m_milestones->expandAll();
        m_milestoneKeys = keys;
        m_fittedLengths = {};
    }
    std::size_t next = 0;
    for (int i = 0; i < m_milestones->topLevelItemCount(); ++i) {
        QTreeWidgetItem* dayItem = m_milestones->topLevelItem(i);
        const int day = dayItem->data(0, Qt::UserRole).toInt();
        dayItem->setText(
            0, tr("Day %1 (%2)").arg(day).arg(toQString(formatIsoDate(addDays(engine.clock().today(), day)))));
        for (int child = 0; child < dayItem->childCount(); ++child, ++next) {
            const MilestoneEntry& entry = *rows[next].entry;
            QTreeWidgetItem* item = dayItem->child(child);
            item->setData(0, Qt::UserRole, toQString(entry.figure));
            const bool isCost = entry.figure == costKey;
            setRow(item, isCost ? tr("Monthly cost, %1").arg(toQString(cloudTitle(*cloud))) : toQString(entry.label),
                   entry, false);
            setRow(item->child(0), marginText, entry, true);
            item->child(0)->setToolTip(0,
                                       tr("%1 with the worksheet's safety margin (step 2, \u201cadd 30% safety "
                                          "margin\u201d): node counts and cores rounded up")
                                           .arg(toQString(entry.label)));
            if (isCost) {
                const QString tip
                    = tr("The month's bill on %1 for the cheapest configuration that meets that day's "
                         "need, under %2 pricing; with the margin: sized for every cost driver "
                         "times 1.3.")
                          .arg(toQString(cloudTitle(*cloud)), toQString(pricingModelKey(table.costModel)));
                item->setToolTip(0, tip);
            }
        }
    }
    fitMilestoneColumns();
}

void ForecastTab::fitMilestoneColumns()
{
    // Measuring text is what costs; the longest text per column (in characters) says whether it can have
    // changed width, digits being equally wide in the fonts item views use.
    std::array<qsizetype, 4> longest {};
    const auto count = [&longest](const QTreeWidgetItem* item) {
        for (int column = 0; column < 4; ++column)
            longest[static_cast<std::size_t>(column)]
                = std::max(longest[static_cast<std::size_t>(column)], item->text(column).size());
    };
    for (int i = 0; i < m_milestones->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* day = m_milestones->topLevelItem(i);
        count(day);
        for (int child = 0; child < day->childCount(); ++child) {
            count(day->child(child));
            for (int padded = 0; padded < day->child(child)->childCount(); ++padded)
                count(day->child(child)->child(padded));
        }
    }
    if (longest == m_fittedLengths)
        return;
    m_fittedLengths = longest;

    QFont italic = m_milestones->font();
    italic.setItalic(true); // the margin rows
    const QFontMetrics regular(m_milestones->font());
    const QFontMetrics slanted(italic);
    const QFontMetrics header(m_milestones->header()->font());
    constexpr int kPadding = 12;
    const int indentation = m_milestones->indentation();
    std::array<int, 4> widths {};
    for (int column = 0; column < 4; ++column)
        widths[static_cast<std::size_t>(column)] = header.horizontalAdvance(m_milestones->headerItem()->text(column));
    // Day rows span the whole width and do not count.
    const auto measure = [&](const QTreeWidgetItem* item, int depth, const QFontMetrics& metrics) {
        widths[0] = std::max(widths[0], (depth + 1) * indentation + metrics.horizontalAdvance(item->text(0)));
        for (int column = 1; column < 4; ++column)
            widths[static_cast<std::size_t>(column)]
                = std::max(widths[static_cast<std::size_t>(column)], metrics.horizontalAdvance(item->text(column)));
    };
    for (int i = 0; i < m_milestones->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* day = m_milestones->topLevelItem(i);
        for (int child = 0; child < day->childCount(); ++child) {
            measure(day->child(child), 1, regular);
            for (int padded = 0; padded < day->child(child)->childCount(); ++padded)
                measure(day->child(child)->child(padded), 2, slanted);
        }
    }
    for (int column = 0; column < 4; ++column) {
        const int width = widths[static_cast<std::size_t>(column)] + kPadding;
        if (std::abs(m_milestones->columnWidth(column) - width) > 2)
            m_milestones->setColumnWidth(column, width);
    }
}

void ForecastTab::fillRunway(const ForecastEngine& engine)
{
    const std::optional<Cloud> cloud = selectedCloud();
    const PriceBook* book = engine.priceBook();
    const CloudOutlook* outlook = cloud ? &engine.outlook(*cloud) : nullptr;
    const CloudPrices* prices = (cloud && book) ? book->find(*cloud) : nullptr;
    const bool known = outlook && prices && !outlook->options.empty();
    m_runway->setEnabled(known);
    if (!known) {
        m_runwayCapacity->setText(tr("No recommendation for this cloud and pricing model, so nothing to measure the "
                                     "runway against."));
        for (int row = 0; row < m_runway->rowCount(); ++row)
            for (int column = 1; column < m_runway->columnCount(); ++column)
                cell(m_runway, row, column)->setText(QString());
        return;
    }
    const RunwayCapacity& capacity = outlook->runway.capacity;
    m_runwayCapacity->setText(tr("Bought at day 0 on %1 (%2): %3, that is %4 of memory and %5 useful cores, and a "
                                 "volume of %6.")
                                  .arg(toQString(cloudTitle(*cloud)), toQString(outlook->region),
                                       toQString(describeConfiguration(*prices, outlook->options.front().choice)),
                                       humanText(capacity.memoryBytes, Unit::Bytes),
                                       toQString(formatCompact(capacity.cores)),
                                       humanText(capacity.volumeBytes, Unit::Bytes)));
    const ModelConstants& constants = engine.forecaster().constants();
    int triggerWidth = m_runway->fontMetrics().horizontalAdvance(m_runway->horizontalHeaderItem(1)->text());
    for (RunwayResource resource : kRunwayResources) {
        const int row = static_cast<int>(resource);
        const Unit unit = resource == RunwayResource::Cpu ? Unit::Cores : Unit::Bytes;
        const RunwayHit& expected = outlook->runway.hit(resource, GrowthBand::Expected);
        cell(m_runway, row, 0)->setText(resourceTitle(resource));
        const QString of = tr("(%1 of %2)")
                               .arg(humanText(constants[triggerConstant(resource)], Unit::Ratio),
                                    humanText(runwayCapacity(*outlook, resource), unit));
        cell(m_runway, row, 1)->setText(humanText(expected.threshold, unit) + QLatin1Char('\n') + of);
        triggerWidth = std::max(triggerWidth, m_runway->fontMetrics().horizontalAdvance(of));
        for (GrowthBand band : kGrowthBands) {
            const RunwayHit& hit = outlook->runway.hit(resource, band);
            QTableWidgetItem* item = cell(m_runway, row, 2 + static_cast<int>(bandIndex(band)));
            item->setText(runwayText(hit.day, hit.date, outlook->runway.horizonDays));
            item->setToolTip(tr("Need on that day: %1").arg(humanText(hit.needAtDay, unit)));
        }
    }
    if (std::abs(m_runway->columnWidth(1) - (triggerWidth + 16)) > 2)
        m_runway->setColumnWidth(1, triggerWidth + 16);
}

void ForecastTab::fillChart(const ForecastEngine& engine)
{
    const auto resource = static_cast<RunwayResource>(m_resources->checkedId());
    m_plot->setChart(growthChart(engine, resource, selectedCloud()));
}

} // namespace ecw
