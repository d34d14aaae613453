// SPDX-License-Identifier: GPL-3.0-or-later
#include "SeriesPlot.h"

#include "Units.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>
#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

namespace ecw {

namespace {

const QColor kSeriesColors[] = { QColor(0xd9, 0x48, 0x2b), QColor(0xe8, 0xa3, 0x17), QColor(0x2b, 0x6c, 0xb0),
                                 QColor(0x2e, 0x8b, 0x57), QColor(0x7b, 0x4f, 0xa8), QColor(0x55, 0x55, 0x55) };

QVector<double> toVector(const std::vector<double>& values) { return QVector<double>(values.begin(), values.end()); }

QString number(double value)
{
    if (std::fabs(value) >= 1000)
        return QString::fromStdString(formatGrouped(value));
    return QString::number(value, 'f', std::fabs(value) >= 10 ? 1 : 2);
}

} // namespace

SeriesPlot::SeriesPlot(QWidget* parent)
    : QWidget(parent)
    , m_plot(new QCustomPlot(this))
    , m_resetButton(new QToolButton(this))
    , m_readout(new QLabel(this))
{
    m_plot->setObjectName(QStringLiteral("seriesCustomPlot"));
    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom | QCP::iSelectLegend);
    m_plot->legend->setVisible(true);
    m_plot->legend->setSelectableParts(QCPLegend::spItems);
    m_plot->setMinimumHeight(220);
    m_plot->setAccessibleName(tr("Chart"));
    m_resetButton->setObjectName(QStringLiteral("resetViewToolButton"));
    m_resetButton->setText(tr("Reset view"));
    m_resetButton->setToolTip(tr("Show the whole range again after zooming (mouse wheel) or panning (drag)"));
    m_readout->setObjectName(QStringLiteral("readoutLabel"));
    m_readout->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_readout->setText(tr("Hover over the chart to read values; wheel zooms, drag pans, click a legend entry to hide it."));
    m_readout->setWordWrap(true);

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_readout, 1);
    bar->addWidget(m_resetButton);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot, 1);
    layout->addLayout(bar);

    m_tracer = new QCPItemTracer(m_plot);
    m_tracer->setStyle(QCPItemTracer::tsCircle);
    m_tracer->setSize(7);
    m_tracer->setVisible(false);

    connect(m_resetButton, &QToolButton::clicked, this, &SeriesPlot::resetView);
    connect(m_plot, &QCustomPlot::mouseMove, this, &SeriesPlot::onMouseMove);
    connect(m_plot, &QCustomPlot::mouseWheel, this, [this] { m_plot->setProperty("userView", true); });
    connect(m_plot, &QCustomPlot::legendClick, this,
            [this](QCPLegend*, QCPAbstractLegendItem* item, QMouseEvent*) {
                auto* plottableItem = qobject_cast<QCPPlottableLegendItem*>(item);
                if (!plottableItem)
                    return;
                const QVariant index = plottableItem->plottable()->property("seriesIndex");
                if (index.isValid())
                    toggleSeries(index.toInt());
            });
}

void SeriesPlot::setChart(const WorksheetLineChart& chart, bool reset)
{
    const bool sameShape = !reset && chart.series.size() == m_chart.series.size() && chart.logX == m_chart.logX
        && !m_chart.series.empty() && !chart.series.empty() && chart.series[0].x == m_chart.series[0].x;
    const QCPRange xRange = m_plot->xAxis->range();
    const QCPRange yRange = m_plot->yAxis->range();
    const bool zoomed = sameShape && m_plot->property("userView").toBool();
    if (chart.series.size() != m_hidden.size())
        m_hidden.assign(chart.series.size(), false);
    m_chart = chart;
    rebuild();
    if (zoomed) {
        m_plot->xAxis->setRange(xRange);
        m_plot->yAxis->setRange(yRange);
    } else {
        resetView();
    }
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void SeriesPlot::rebuild()
{
    m_plot->clearGraphs();
    m_plot->clearItems();
    m_tracer = new QCPItemTracer(m_plot);
    m_tracer->setStyle(QCPItemTracer::tsCircle);
    m_tracer->setSize(7);
    m_tracer->setVisible(false);

    m_plot->xAxis->setLabel(QString::fromStdString(m_chart.xLabel));
    m_plot->yAxis->setLabel(QString::fromStdString(m_chart.yLabel));
    if (m_chart.logX) {
        m_plot->xAxis->setScaleType(QCPAxis::stLogarithmic);
        QSharedPointer<QCPAxisTickerLog> ticker(new QCPAxisTickerLog);
        m_plot->xAxis->setTicker(ticker);
        m_plot->xAxis->setNumberFormat(QStringLiteral("eb"));
        m_plot->xAxis->setNumberPrecision(0);
    } else {
        m_plot->xAxis->setScaleType(QCPAxis::stLinear);
        m_plot->xAxis->setTicker(QSharedPointer<QCPAxisTicker>(new QCPAxisTicker));
        m_plot->xAxis->setNumberFormat(QStringLiteral("g"));
    }

    for (std::size_t s = 0; s < m_chart.series.size(); ++s) {
        const LineSeries& series = m_chart.series[s];
        const QColor color = kSeriesColors[s % 6];
        const bool visible = !m_hidden[s];
        QCPGraph* line = m_plot->addGraph();
        line->setName(QString::fromStdString(series.name));
        line->setData(toVector(series.x), toVector(series.y), true);
        line->setPen(QPen(color, 2, series.dashed ? Qt::DashLine : Qt::SolidLine));
        line->setLineStyle(m_chart.stepped ? QCPGraph::lsStepLeft : QCPGraph::lsLine);
        line->setProperty("seriesIndex", static_cast<int>(s));
        line->setVisible(visible);
        if (QCPAbstractLegendItem* item = m_plot->legend->itemWithPlottable(line))
            item->setTextColor(visible ? Qt::black : Qt::gray);
        if (series.low.size() == series.x.size() && series.high.size() == series.x.size()) {
            QCPGraph* low = m_plot->addGraph();
            QCPGraph* high = m_plot->addGraph();
            low->setData(toVector(series.x), toVector(series.low), true);
            high->setData(toVector(series.x), toVector(series.high), true);
            QColor band = color;
            band.setAlpha(45);
            low->setPen(Qt::NoPen);
            high->setPen(Qt::NoPen);
            high->setBrush(band);
            high->setChannelFillGraph(low);
            low->setLineStyle(m_chart.stepped ? QCPGraph::lsStepLeft : QCPGraph::lsLine);
            high->setLineStyle(m_chart.stepped ? QCPGraph::lsStepLeft : QCPGraph::lsLine);
            low->removeFromLegend();
            high->removeFromLegend();
            low->setVisible(visible);
            high->setVisible(visible);
            low->setProperty("band", true);
            high->setProperty("band", true);
        }
    }
    for (double marker : m_chart.markersX) {
        auto* line = new QCPItemStraightLine(m_plot);
        line->point1->setCoords(marker, 0);
        line->point2->setCoords(marker, 1);
        line->setPen(QPen(Qt::gray, 1, Qt::DashLine));
        auto* label = new QCPItemText(m_plot);
        label->position->setTypeX(QCPItemPosition::ptPlotCoords);
        label->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
        label->position->setCoords(marker, 0.02);
        label->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
        label->setText(QStringLiteral(" day %1").arg(marker));
        label->setColor(Qt::darkGray);
    }
    for (const ChartThreshold& threshold : m_chart.thresholds) {
        const QColor color = kSeriesColors[threshold.seriesIndex % 6];
        auto* line = new QCPItemStraightLine(m_plot);
        line->point1->setCoords(0, threshold.y);
        line->point2->setCoords(1, threshold.y);
        line->setPen(QPen(color, 1, Qt::DotLine));
        auto* label = new QCPItemText(m_plot);
        label->position->setTypeX(QCPItemPosition::ptAxisRectRatio);
        label->position->setTypeY(QCPItemPosition::ptPlotCoords);
        label->position->setCoords(0.99, threshold.y);
        label->setPositionAlignment(Qt::AlignRight | Qt::AlignBottom);
        label->setText(QString::fromStdString(threshold.name));
        label->setColor(color);
    }
}

void SeriesPlot::resetView()
{
    m_plot->rescaleAxes(true);
    double yMax = m_plot->yAxis->range().upper;
    for (const ChartThreshold& threshold : m_chart.thresholds)
        yMax = std::max(yMax, threshold.y * 1.05);
    m_plot->yAxis->setRange(0, yMax > 0 ? yMax * 1.05 : 1);
    m_plot->setProperty("userView", false);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

QString SeriesPlot::readoutAt(double x) const
{
    if (m_chart.series.empty() || m_chart.series[0].x.empty())
        return {};
    const std::vector<double>& xs = m_chart.series[0].x;
    // Nearest sample (xs ascending).
    auto it = std::lower_bound(xs.begin(), xs.end(), x);
    std::size_t i = it == xs.end() ? xs.size() - 1 : static_cast<std::size_t>(it - xs.begin());
    if (i > 0 && std::fabs(xs[i - 1] - x) < std::fabs(xs[i] - x))
        --i;
    const QString unit = QString::fromStdString(m_chart.yUnit);
    QStringList parts;
    parts << QString::fromStdString(m_chart.xLabel) + QStringLiteral(" ") + number(xs[i]);
    for (std::size_t s = 0; s < m_chart.series.size(); ++s) {
        const LineSeries& series = m_chart.series[s];
        if (m_hidden[s] || i >= series.y.size())
            continue;
        QString text = QString::fromStdString(series.name) + QStringLiteral(": ") + number(series.y[i]);
        if (i < series.low.size() && i < series.high.size())
            text += QStringLiteral(" (%1 to %2)").arg(number(series.low[i]), number(series.high[i]));
        parts << text + (unit.isEmpty() ? QString() : QStringLiteral(" ") + unit);
    }
    return parts.join(QStringLiteral("  |  "));
}

void SeriesPlot::onMouseMove(QMouseEvent* event)
{
    if (event->buttons() != Qt::NoButton)
        m_plot->setProperty("userView", true);
    if (m_chart.series.empty())
        return;
    const double x = m_plot->xAxis->pixelToCoord(event->position().x());
    m_readout->setText(readoutAt(x));
    if (QCPGraph* first = m_plot->graphCount() > 0 ? m_plot->graph(0) : nullptr) {
        m_tracer->setGraph(first);
        m_tracer->setGraphKey(x);
        m_tracer->setVisible(first->visible());
        m_plot->replot(QCustomPlot::rpQueuedReplot);
    }
}

void SeriesPlot::toggleSeries(int index)
{
    if (index < 0 || static_cast<std::size_t>(index) >= m_hidden.size())
        return;
    m_hidden[index] = !m_hidden[index];
    const QCPRange xRange = m_plot->xAxis->range();
    const QCPRange yRange = m_plot->yAxis->range();
    rebuild();
    m_plot->xAxis->setRange(xRange);
    m_plot->yAxis->setRange(yRange);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

} // namespace ecw
