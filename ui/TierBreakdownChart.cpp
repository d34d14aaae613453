// SPDX-License-Identifier: GPL-3.0-or-later
// Each panel is a horizontal stacked bar series with one bar set per category (zero elsewhere), so
// every tier keeps its own colour. Qt Charts draws the bars and the grid; every text (bar names, axis
// ticks, figures, total) is a cached QGraphicsSimpleTextItem placed here. Qt Charts' own axis labels
// are HTML documents that it re-creates and re-shapes for every label on each relayout, which a
// slider step would trigger; with them hidden and fixed margins a step only moves bars and texts.
#include "TierBreakdownChart.h"

#include "QtText.h"
#include "ScenarioController.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QFontMetricsF>
#include <QGraphicsSimpleTextItem>
#include <QHorizontalStackedBarSeries>
#include <QVBoxLayout>
#include <QValueAxis>

#include <cmath>

namespace ecw {

namespace {

// Tiers keep one colour across the three charts; the other parts get muted ones.
const QColor kHot(0xc8, 0x46, 0x34);
const QColor kWarm(0xcf, 0x7f, 0x1d);
const QColor kCold(0x2f, 0x6f, 0xb5);
const QColor kPurple(0x74, 0x58, 0xa0);
const QColor kGreen(0x3f, 0x8a, 0x57);
const QColor kGrey(0x77, 0x77, 0x77);
constexpr qreal kLabelGap = 5.0;
constexpr int kTickCount = 6;

// The smallest of 1, 2, 2.5, 5 x 10^k at or above the value.
double niceCeiling(double value)
{
    if (!(value > 0))
        return 1.0;
    const double magnitude = std::pow(10.0, std::floor(std::log10(value)));
    for (double factor : { 1.0, 2.0, 2.5, 5.0, 10.0 })
        if (factor * magnitude >= value * (1.0 - 1e-9))
            return factor * magnitude;
    return 10.0 * magnitude;
}

} // namespace

double TierBreakdownChart::axisScale(double maximum, Unit unit, QString* title)
{
    if (unit == Unit::Bytes || unit == Unit::BytesPerSecond) {
        static const char* names[] = { "bytes", "KiB", "MiB", "GiB", "TiB", "PiB" };
        double divisor = 1.0;
        int index = 0;
        while (maximum / divisor >= 1024.0 && index < 5) {
            divisor *= 1024.0;
            ++index;
        }
        *title = index == 0 ? QStringLiteral("B") : QString::fromLatin1(names[index]);
        return divisor;
    }
    if (unit == Unit::Nodes) {
        // Scale by the axis end, not the largest bar, so 600,000 nodes reads "0.6 million" on an axis
        // to "1 million" rather than "1000 thousand".
        maximum = niceCeiling(maximum);
        if (maximum >= 1e9) {
            *title = tr("billion");
            return 1e9;
        }
        if (maximum >= 1e6) {
            *title = tr("million");
            return 1e6;
        }
        if (maximum >= 1e4) {
            *title = tr("thousand");
            return 1e3;
        }
        *title = QString();
        return 1.0;
    }
    *title = toQString(unitName(unit));
    return 1.0;
}

TierBreakdownChart::TierBreakdownChart(ScenarioController* controller, QWidget* parent)
    : QWidget(parent)
    , m_controller(controller)
{
    setObjectName(QStringLiteral("tierBreakdownChart"));
    m_panels.resize(3);
    Panel& nodes = m_panels[0];
    nodes.title = tr("Nodes per tier");
    nodes.unit = Unit::Nodes;
    nodes.bars = { { { "tiers.hot_nodes" }, tr("Hot (in memory)"), kHot },
                   { { "tiers.warm_nodes" }, tr("Warm (mmap)"), kWarm },
                   { { "tiers.cold_nodes" }, tr("Cold (compressed)"), kCold } };
    Panel& memory = m_panels[1];
    memory.title = tr("Memory per tier");
    memory.totalId = "memory.total";
    memory.unit = Unit::Bytes;
    memory.bars = { { { "memory.hot_tier" }, tr("Hot tier"), kHot },
                    { { "memory.warm_tier", "memory.warm_page_cache" }, tr("Warm tier"), kWarm },
                    { { "memory.cold_index" }, tr("Cold tier index"), kCold },
                    { { "memory.activation_pool" }, tr("Activation pool"), kPurple },
                    { { "memory.wal_buffer" }, tr("WAL buffer"), kGreen },
                    { { "memory.runtime" }, tr("Runtime"), kGrey } };
    Panel& storage = m_panels[2];
    storage.title = tr("Storage per tier (the hot tier is memory only)");
    storage.totalId = "storage.total";
    storage.unit = Unit::Bytes;
    storage.bars = { { { "storage.warm_tier" }, tr("Warm tier"), kWarm },
                     { { "storage.cold_tier" }, tr("Cold tier (compressed)"), kCold },
                     { { "storage.wal" }, tr("Write-ahead log"), kPurple },
                     { { "storage.snapshots" }, tr("Snapshots"), kGreen },
                     { { "storage.temp_space" }, tr("Temp space"), kGrey } };

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    buildPanel(nodes, QStringLiteral("nodesChartView"), tr("Nodes per tier chart"));
    buildPanel(memory, QStringLiteral("memoryChartView"), tr("Memory per tier chart"));
    buildPanel(storage, QStringLiteral("storageChartView"), tr("Storage per tier chart"));
    for (Panel& panel : m_panels)
        layout->addWidget(panel.view, static_cast<int>(panel.bars.size()) + 3); // room for each bar's name

    connect(controller, &ScenarioController::estimateChanged, this, &TierBreakdownChart::showEstimate);
    showEstimate();
}

void TierBreakdownChart::buildPanel(Panel& panel, const QString& objectName, const QString& accessibleName)
{
    panel.chart = new QChart();
    panel.chart->setAnimationOptions(QChart::NoAnimation);
    panel.chart->legend()->hide();
    panel.chart->setBackgroundRoundness(0);
    QFont titleFont = font();
    titleFont.setBold(true);
    panel.chart->setTitleFont(titleFont);
    panel.chart->setTitle(panel.title);

    panel.series = new QHorizontalStackedBarSeries();
    panel.series->setBarWidth(0.7);
    panel.chart->addSeries(panel.series);
    panel.categoryAxis = new QBarCategoryAxis();
    panel.categoryAxis->setGridLineVisible(false);
    panel.categoryAxis->setLabelsVisible(false);
    panel.valueAxis = new QValueAxis();
    panel.valueAxis->setLabelsVisible(false);
    panel.valueAxis->setTickCount(kTickCount);
    // The axis always runs 0..1 and the bars are fractions of the axis end: a new scale only rewrites
    // our tick texts. (Qt Charts re-lays out the whole chart on any range change.)
    panel.valueAxis->setRange(0, 1);
    panel.chart->addAxis(panel.categoryAxis, Qt::AlignLeft);
    panel.chart->addAxis(panel.valueAxis, Qt::AlignBottom);
    panel.series->attachAxis(panel.categoryAxis);
    panel.series->attachAxis(panel.valueAxis);

    panel.total = makeText(panel.chart);
    for (int i = 0; i < kTickCount; ++i)
        panel.tickItems.push_back(makeText(panel.chart));

    panel.view = new QChartView(panel.chart, this);
    panel.view->setObjectName(objectName);
    panel.view->setRenderHint(QPainter::Antialiasing, false); // axis-aligned bars need none
    panel.view->setAccessibleName(accessibleName);
    panel.view->setFocusPolicy(Qt::TabFocus);
    panel.view->setMinimumHeight(130);

    Panel* self = &panel;
    connect(panel.chart, &QChart::plotAreaChanged, this, [this, self] { placeLabels(*self); });
}

QGraphicsSimpleTextItem* TierBreakdownChart::makeText(QChart* chart) const
{
    auto* item = new QGraphicsSimpleTextItem(chart);
    item->setFont(font());
    item->setBrush(palette().color(QPalette::WindowText));
    item->setZValue(100);
    // Painted once into a pixmap; a repaint that does not change the text costs a blit.
    item->setCacheMode(QGraphicsItem::DeviceCoordinateCache);
    return item;
}

QStringList TierBreakdownChart::entries(int chart) const
{
    return m_panels.at(static_cast<std::size_t>(chart)).entries;
}

QString TierBreakdownChart::totalText(int chart) const
{
    return m_panels.at(static_cast<std::size_t>(chart)).total->text();
}

QChartView* TierBreakdownChart::chartView(int chart) const
{
    return m_panels.at(static_cast<std::size_t>(chart)).view;
}

void TierBreakdownChart::showEstimate()
{
    for (Panel& panel : m_panels)
        showPanel(panel);
}

void TierBreakdownChart::rebuildBars(Panel& panel, const std::vector<const Bar*>& visible)
{
    panel.series->clear();
    for (auto* items : { &panel.valueItems, &panel.nameItems }) {
        for (QGraphicsSimpleTextItem* item : *items)
            delete item;
        items->clear();
    }
    panel.visible = visible;

    // Horizontal bars are listed bottom-up; reverse so the hot tier is on top.
    QStringList names;
    for (std::size_t i = visible.size(); i-- > 0;)
        names << visible[i]->name;
    panel.categoryAxis->setCategories(names);

    QList<QBarSet*> sets;
    for (const Bar* bar : visible) {
        auto* set = new QBarSet(bar->name);
        set->setColor(bar->colour);
        set->setBorderColor(set->color().darker(120));
        for (std::size_t k = 0; k < visible.size(); ++k)
            set->append(0.0);
        sets << set;
        panel.valueItems.push_back(makeText(panel.chart));
        QGraphicsSimpleTextItem* name = makeText(panel.chart);
        name->setText(bar->name);
        panel.nameItems.push_back(name);
    }
    panel.series->append(sets);

    // Room for the names on the left and one row of tick labels below: fixed until the bars change.
    const QFontMetrics metrics(font());
    int nameWidth = 0;
    for (const Bar* bar : visible)
        nameWidth = std::max(nameWidth, metrics.horizontalAdvance(bar->name));
    panel.chart->setMargins(QMargins(nameWidth + 14, 2, 24, metrics.height() + 6));
}

void TierBreakdownChart::showPanel(Panel& panel)
{
    const Estimate& estimate = m_controller->estimate();
    const ChangedAssumptions& changed = m_controller->changedAssumptions();

    // Which bars this profile computes, and their values.
    std::vector<const Bar*> visible;
    std::vector<double> values;
    double sum = 0;
    for (const Bar& bar : panel.bars) {
        bool present = false;
        double value = 0;
        for (std::string_view id : bar.itemIds) {
            if (const LineItem* item = estimate.find(id)) {
                present = true;
                value += item->value;
            }
        }
        if (!present)
            continue;
        visible.push_back(&bar);
        values.push_back(value);
        sum += value;
    }
    if (visible != panel.visible)
        rebuildBars(panel, visible);
    panel.values = values;

    double maximum = 0;
    for (double value : values)
        maximum = std::max(maximum, value);
    QString axisTitle;
    panel.divisor = axisScale(maximum, panel.unit, &axisTitle);
    const double axisMax = niceCeiling(maximum / panel.divisor);
    // The scale changes only when the largest bar crosses a round number or a unit prefix.
    if (axisMax != panel.axisMax || axisTitle != panel.axisTitle) {
        const double interval = axisMax / 5.0;
        const int decimals = interval >= 1 ? 0 : static_cast<int>(std::ceil(-std::log10(interval) - 1e-9));
        // The unit goes on every tick ("20 TiB", "4 billion") rather than in an axis title: no row of its own.
        for (int k = 0; k < kTickCount; ++k) {
            QString tick = toQString(formatFixed(axisMax * k / (kTickCount - 1), decimals));
            if (k == 0)
                tick = QStringLiteral("0");
            else if (!axisTitle.isEmpty())
                tick += QLatin1Char(' ') + axisTitle;
            panel.tickItems[static_cast<std::size_t>(k)]->setText(tick);
        }
        panel.axisMax = axisMax;
        panel.axisTitle = axisTitle;
    }

    const QList<QBarSet*> sets = panel.series->barSets();
    QStringList entries;
    for (std::size_t i = 0; i < visible.size(); ++i) {
        const int position = static_cast<int>(visible.size() - 1 - i);
        const double scaled = values[i] / panel.divisor / panel.axisMax;
        QBarSet* set = sets[static_cast<qsizetype>(i)];
        if (set->at(position) != scaled)
            set->replace(position, scaled);
        // A figure that depends on an assumption changed from the spec's default carries the mark.
        bool marked = false;
        if (changed.any())
            for (std::string_view id : visible[i]->itemIds)
                marked = marked || changed.affects(estimate, id);
        const QString text = humanText(values[i], panel.unit) + (marked ? QStringLiteral(" \u25c6") : QString());
        if (panel.valueItems[i]->text() != text)
            panel.valueItems[i]->setText(text);
        // What the chart shows, read back from the items the planner sees.
        entries << panel.nameItems[i]->text() + QStringLiteral(": ") + panel.valueItems[i]->text();
    }
    const double total = panel.totalId.empty() ? sum : estimate.value(panel.totalId);
    const QString totalText = humanText(total, panel.unit) + (panel.totalId.empty() ? tr(" in all") : tr(" in total"));
    if (panel.total->text() != totalText)
        panel.total->setText(totalText);
    if (entries != panel.entries) {
        panel.entries = entries;
        panel.view->setAccessibleDescription(panel.title + QStringLiteral(", ") + totalText + QStringLiteral(". ")
                                             + entries.join(QStringLiteral("; ")));
    }
    placeLabels(panel);
}

void TierBreakdownChart::placeLabels(Panel& panel)
{
    const QRectF plot = panel.chart->plotArea();
    if (plot.isEmpty())
        return;
    const QColor inside(Qt::white);
    const QColor outside = palette().color(QPalette::WindowText);
    for (std::size_t i = 0; i < panel.valueItems.size() && i < panel.values.size(); ++i) {
        QGraphicsSimpleTextItem* item = panel.valueItems[i];
        const int position = static_cast<int>(panel.visible.size() - 1 - i);
        const QPointF end = panel.chart->mapToPosition(
            QPointF(panel.values[i] / panel.divisor / panel.axisMax, position), panel.series);
        const QRectF box = item->boundingRect();
        const qreal y = end.y() - box.height() / 2;
        // Beside the bar's end when it fits in the plot, else inside the bar's end in white.
        const bool fits = end.x() + kLabelGap + box.width() <= plot.right() + 20;
        const QColor colour = fits ? outside : inside;
        if (item->brush().color() != colour)
            item->setBrush(colour);
        item->setPos(fits ? end.x() + kLabelGap : std::max(plot.left() + 2, end.x() - kLabelGap - box.width()), y);
    }
    for (std::size_t i = 0; i < panel.nameItems.size(); ++i) {
        QGraphicsSimpleTextItem* name = panel.nameItems[i];
        const int position = static_cast<int>(panel.visible.size() - 1 - i);
        const QPointF start = panel.chart->mapToPosition(QPointF(0, position), panel.series);
        const QRectF box = name->boundingRect();
        name->setPos(plot.left() - 8 - box.width(), start.y() - box.height() / 2);
    }
    for (int k = 0; k < kTickCount; ++k) {
        QGraphicsSimpleTextItem* tick = panel.tickItems[static_cast<std::size_t>(k)];
        const qreal x = plot.left() + plot.width() * k / (kTickCount - 1);
        const QRectF box = tick->boundingRect();
        // The last tick ends at the plot's right edge rather than hanging past the chart.
        const qreal left = k == kTickCount - 1 ? x - box.width() + 8 : x - box.width() / 2;
        tick->setPos(left, plot.bottom() + 3);
    }
    const QRectF totalBox = panel.total->boundingRect();
    panel.total->setPos(plot.right() - totalBox.width(), std::max<qreal>(2.0, plot.top() - totalBox.height() - 4));
}

} // namespace ecw
