// SPDX-License-Identifier: GPL-3.0-or-later
// The chart is rebuilt from the plain WorksheetLineChart on every setChart (a few thousand points at most);
// the planner's zoom, hidden series and log/linear choice survive a rebuild when the chart keeps its shape.
#include "SeriesPlot.h"

#include "Units.h"

#include <QAction>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QToolButton>
#include <QVBoxLayout>
#include <qcustomplot.h>

#include <algorithm>
#include <cmath>
#include <limits>

namespace ecw {

namespace {

const QColor kSeriesColors[] = { QColor(0xd9, 0x48, 0x2b), QColor(0xe8, 0xa3, 0x17), QColor(0x2b, 0x6c, 0xb0),
                                 QColor(0x2e, 0x8b, 0x57), QColor(0x7b, 0x4f, 0xa8), QColor(0x55, 0x55, 0x55) };
constexpr std::size_t kColorCount = sizeof kSeriesColors / sizeof kSeriesColors[0];

QVector<double> toVector(const std::vector<double>& values, double floor)
{
    QVector<double> out(values.begin(), values.end());
    if (floor > 0)
        for (double& value : out)
            value = std::max(value, floor);
    return out;
}

QString number(double value)
{
    if (std::fabs(value) >= 1000)
        return QString::fromStdString(formatGrouped(value));
    if (value == std::floor(value))
        return QString::number(value, 'f', 0);
    return QString::number(value, 'f', std::fabs(value) >= 10 ? 1 : 2);
}

bool sameNames(const WorksheetLineChart& a, const WorksheetLineChart& b)
{
    if (a.series.size() != b.series.size() || a.yLabel != b.yLabel)
        return false;
    for (std::size_t i = 0; i < a.series.size(); ++i)
        if (a.series[i].name != b.series[i].name)
            return false;
    return true;
}

} // namespace

SeriesPlot::SeriesPlot(QWidget* parent)
    : QWidget(parent)
    , m_plot(new QCustomPlot(this))
    , m_resetButton(new QToolButton(this))
    , m_logButton(new QToolButton(this))
    , m_seriesButton(new QToolButton(this))
    , m_seriesMenu(new QMenu(this))
    , m_readout(new QLabel(this))
{
    setFocusPolicy(Qt::StrongFocus);
    m_plot->setObjectName(QStringLiteral("seriesCustomPlot"));
    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom | QCP::iSelectLegend);
    m_plot->legend->setVisible(true);
    m_plot->legend->setSelectableParts(QCPLegend::spItems);
    // The legend sits in a row of its own above the plot, in one line, so it never covers a line, a band or
    // a threshold's label.
    m_plot->plotLayout()->insertRow(0);
    m_plot->plotLayout()->addElement(0, 0, m_plot->legend);
    m_plot->plotLayout()->setRowStretchFactor(0, 0.001);
    m_plot->legend->setFillOrder(QCPLegend::foColumnsFirst);
    m_plot->legend->setBorderPen(Qt::NoPen);
    m_plot->legend->setBrush(Qt::NoBrush);
    m_plot->legend->setMargins(QMargins(4, 2, 4, 0));
    m_plot->setMinimumHeight(200);
    m_plot->setMouseTracking(true); // the read-out follows the pointer without a button held
    m_plot->setFocusPolicy(Qt::ClickFocus);
    m_plot->setFocusProxy(this);
    m_plot->setAccessibleName(tr("Chart"));

    m_seriesButton->setObjectName(QStringLiteral("seriesToolButton"));
    m_seriesButton->setText(tr("Series"));
    m_seriesButton->setToolTip(tr("Show or hide each line and its band (the same as clicking its legend entry)"));
    m_seriesButton->setMenu(m_seriesMenu);
    m_seriesButton->setPopupMode(QToolButton::InstantPopup);
    m_logButton->setObjectName(QStringLiteral("logScaleToolButton"));
    m_logButton->setText(tr("Log scale"));
    m_logButton->setCheckable(true);
    m_logButton->setToolTip(tr("Value axis on a logarithmic scale, for figures that grow by orders of magnitude"));
    m_resetButton->setObjectName(QStringLiteral("resetViewToolButton"));
    m_resetButton->setText(tr("Reset view"));
    m_resetButton->setToolTip(tr("Show the whole range again after zooming (mouse wheel, + and -) or panning "
                                 "(drag, arrow keys); Home does the same"));
    m_readout->setObjectName(QStringLiteral("readoutLabel"));
    m_readout->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_readout->setText(tr("Hover over the chart to read values; wheel zooms, drag pans, click a legend entry to "
                          "hide it."));
    m_readout->setWordWrap(true);
    setAccessibleDescription(tr("Interactive chart. Keys: + and - zoom, arrow keys pan, Home resets the view."));

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_readout, 1);
    bar->addWidget(m_seriesButton, 0, Qt::AlignTop);
    bar->addWidget(m_logButton, 0, Qt::AlignTop);
    bar->addWidget(m_resetButton, 0, Qt::AlignTop);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot, 1);
    layout->addLayout(bar);

    connect(m_resetButton, &QToolButton::clicked, this, &SeriesPlot::resetView);
    connect(m_logButton, &QToolButton::toggled, this, &SeriesPlot::setLogScale);
    connect(m_plot, &QCustomPlot::mouseMove, this, &SeriesPlot::onMouseMove);
    connect(m_plot, &QCustomPlot::mouseWheel, this, [this] { m_userView = true; });
    connect(m_plot, &QCustomPlot::legendClick, this, [this](QCPLegend*, QCPAbstractLegendItem* item, QMouseEvent*) {
        auto* plottableItem = qobject_cast<QCPPlottableLegendItem*>(item);
        if (!plottableItem)
            return;
        const QVariant index = plottableItem->plottable()->property("seriesIndex");
        if (index.isValid())
            setSeriesVisible(index.toInt(), !isSeriesVisible(index.toInt()));
    });
    rebuild();
}

void SeriesPlot::setChart(const WorksheetLineChart& chart, bool reset)
{
    const bool sameSeries = sameNames(chart, m_chart) && chart.logX == m_chart.logX;
    const bool sameShape = !reset && sameSeries && !m_chart.series.empty() && chart.series[0].x == m_chart.series[0].x;
    const QCPRange xRange = m_plot->xAxis->range();
    const QCPRange yRange = m_plot->yAxis->range();
    const bool keepView = sameShape && m_userView;
    if (!sameSeries || reset) {
        m_hidden.assign(chart.series.size(), false);
        m_logY = chart.logY;
    }
    m_chart = chart;
    {
        const QSignalBlocker blocker(m_logButton);
        m_logButton->setChecked(m_logY);
    }
    rebuild();
    rebuildSeriesMenu();
    if (keepView) {
        m_plot->xAxis->setRange(xRange);
        m_plot->yAxis->setRange(yRange);
        m_plot->replot(QCustomPlot::rpQueuedReplot);
    } else {
        resetView();
    }
}

double SeriesPlot::logFloor() const
{
    double smallest = std::numeric_limits<double>::infinity();
    auto consider = [&smallest](double value) {
        if (value > 0 && std::isfinite(value))
            smallest = std::min(smallest, value);
    };
    for (const LineSeries& series : m_chart.series) {
        for (double value : series.y)
            consider(value);
        for (double value : series.low)
            consider(value);
    }
    for (const ChartThreshold& threshold : m_chart.thresholds)
        consider(threshold.y);
    return std::isfinite(smallest) ? smallest / 2 : 1.0;
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
    QString yLabel = QString::fromStdString(m_chart.yLabel);
    // The worksheet's label says "log scale" for its fixed axis; here the planner switches it.
    yLabel.remove(QStringLiteral(", log scale")).remove(QStringLiteral(" (log scale)"));
    m_plot->yAxis->setLabel(m_logY ? yLabel + tr(" (log scale)") : yLabel);
    if (m_chart.logX) {
        m_plot->xAxis->setScaleType(QCPAxis::stLogarithmic);
        m_plot->xAxis->setTicker(QSharedPointer<QCPAxisTicker>(new QCPAxisTickerLog));
        m_plot->xAxis->setNumberFormat(QStringLiteral("eb"));
        m_plot->xAxis->setNumberPrecision(0);
    } else {
        m_plot->xAxis->setScaleType(QCPAxis::stLinear);
        m_plot->xAxis->setTicker(QSharedPointer<QCPAxisTicker>(new QCPAxisTicker));
        m_plot->xAxis->setNumberFormat(QStringLiteral("g"));
        m_plot->xAxis->setNumberPrecision(6);
    }
    if (m_logY) {
        m_plot->yAxis->setScaleType(QCPAxis::stLogarithmic);
        m_plot->yAxis->setTicker(QSharedPointer<QCPAxisTicker>(new QCPAxisTickerLog));
        m_plot->yAxis->setNumberFormat(QStringLiteral("gb"));
        m_plot->yAxis->setNumberPrecision(3);
    } else {
        m_plot->yAxis->setScaleType(QCPAxis::stLinear);
        m_plot->yAxis->setTicker(QSharedPointer<QCPAxisTicker>(new QCPAxisTicker));
        m_plot->yAxis->setNumberFormat(QStringLiteral("g"));
        m_plot->yAxis->setNumberPrecision(6);
    }
    const double floor = m_logY ? logFloor() : 0;
    const QCPGraph::LineStyle lineStyle = m_chart.stepped ? QCPGraph::lsStepLeft : QCPGraph::lsLine;

    for (std::size_t s = 0; s < m_chart.series.size(); ++s) {
        const LineSeries& series = m_chart.series[s];
        const QColor color = kSeriesColors[s % kColorCount];
        const bool visible = !m_hidden[s];
        const QVector<double> x = toVector(series.x, 0);
        if (series.low.size() == series.x.size() && series.high.size() == series.x.size()) {
            // Bands first, so every line is drawn over every band.
            QCPGraph* low = m_plot->addGraph();
            QCPGraph* high = m_plot->addGraph();
            low->setData(x, toVector(series.low, floor), true);
            high->setData(x, toVector(series.high, floor), true);
            QColor band = color;
            band.setAlpha(40);
            low->setPen(Qt::NoPen);
            high->setPen(Qt::NoPen);
            high->setBrush(band);
            high->setChannelFillGraph(low);
            low->setLineStyle(lineStyle);
            high->setLineStyle(lineStyle);
            low->removeFromLegend();
            high->removeFromLegend();
            low->setVisible(visible);
            high->setVisible(visible);
            low->setProperty("band", true);
            high->setProperty("band", true);
        }
    }
    for (std::size_t s = 0; s < m_chart.series.size(); ++s) {
        const LineSeries& series = m_chart.series[s];
        const QColor color = kSeriesColors[s % kColorCount];
        const bool visible = !m_hidden[s];
        QCPGraph* line = m_plot->addGraph();
        line->setName(QString::fromStdString(series.name));
        line->setData(toVector(series.x, 0), toVector(series.y, floor), true);
        line->setPen(QPen(color, 2, series.dashed ? Qt::DashLine : Qt::SolidLine));
        line->setLineStyle(lineStyle);
        line->setProperty("seriesIndex", static_cast<int>(s));
        line->setVisible(visible);
        if (QCPAbstractLegendItem* item = m_plot->legend->itemWithPlottable(line))
            item->setTextColor(visible ? palette().color(QPalette::Text) : QColor(Qt::gray));
        if (m_tracer->graph() == nullptr && visible)
            m_tracer->setGraph(line);
    }
    for (double marker : m_chart.markersX) {
        auto* line = new QCPItemStraightLine(m_plot);
        line->point1->setCoords(marker, 1);
        line->point2->setCoords(marker, 2);
        line->setPen(QPen(Qt::gray, 1, Qt::DashLine));
        // Above the plot area, where neither the data nor the legend is; short, so 30 days apart still fit.
        auto* label = new QCPItemText(m_plot);
        label->setClipToAxisRect(false);
        label->position->setTypeX(QCPItemPosition::ptPlotCoords);
        label->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
        label->position->setCoords(marker, 0);
        label->setPositionAlignment(Qt::AlignHCenter | Qt::AlignBottom);
        label->setText(m_chart.logX ? QString::fromStdString(formatGrouped(marker)) : number(marker));
        label->setColor(Qt::darkGray);
    }
    m_plot->axisRect()->setMinimumMargins(QMargins(0, m_chart.markersX.empty() ? 0 : 18, 0, 0));
    double lowestThreshold = std::numeric_limits<double>::infinity();
    for (const ChartThreshold& threshold : m_chart.thresholds)
        lowestThreshold = std::min(lowestThreshold, threshold.y);
    for (const ChartThreshold& threshold : m_chart.thresholds) {
        const QColor color = kSeriesColors[threshold.seriesIndex % kColorCount];
        const double y = m_logY ? std::max(threshold.y, floor) : threshold.y;
        auto* line = new QCPItemStraightLine(m_plot);
        line->point1->setTypeX(QCPItemPosition::ptAxisRectRatio);
        line->point2->setTypeX(QCPItemPosition::ptAxisRectRatio);
        line->point1->setCoords(0, y);
        line->point2->setCoords(1, y);
        line->setPen(QPen(color, 1.5, Qt::DotLine));
        auto* label = new QCPItemText(m_plot);
        label->position->setTypeX(QCPItemPosition::ptAxisRectRatio);
        label->position->setTypeY(QCPItemPosition::ptPlotCoords);
        // At the right end, where growing lines have usually left the band of thresholds; the lowest line's
        // label below it, the others above, so a capacity and its trigger close together stay readable.
        label->position->setCoords(0.99, y);
        const bool below = m_chart.thresholds.size() > 1 && threshold.y == lowestThreshold;
        label->setPositionAlignment(Qt::AlignRight | (below ? Qt::AlignTop : Qt::AlignBottom));
        label->setText(QString::fromStdString(threshold.name));
        label->setColor(color.darker(130));
        label->setBrush(QColor(255, 255, 255, 210));
    }
    m_plot->legend->setVisible(!m_chart.series.empty());
}

void SeriesPlot::rebuildSeriesMenu()
{
    m_seriesMenu->clear();
    for (std::size_t s = 0; s < m_chart.series.size(); ++s) {
        QAction* action = m_seriesMenu->addAction(QString::fromStdString(m_chart.series[s].name));
        action->setCheckable(true);
        action->setChecked(!m_hidden[s]);
        const int index = static_cast<int>(s);
        connect(action, &QAction::toggled, this, [this, index](bool on) { setSeriesVisible(index, on); });
    }
    m_seriesButton->setEnabled(!m_chart.series.empty());
}

void SeriesPlot::resetView()
{
    m_plot->xAxis->rescale(true);
    if (m_chart.logX && m_plot->xAxis->range().lower <= 0)
        m_plot->xAxis->setRange(1, std::max(10.0, m_plot->xAxis->range().upper));
    double lowest = std::numeric_limits<double>::infinity();
    double highest = 0;
    for (std::size_t s = 0; s < m_chart.series.size(); ++s) {
        if (m_hidden[s])
            continue;
        const LineSeries& series = m_chart.series[s];
        for (const std::vector<double>* values : { &series.y, &series.low, &series.high })
            for (double value : *values) {
                if (!std::isfinite(value))
                    continue;
                highest = std::max(highest, value);
                if (value > 0)
                    lowest = std::min(lowest, value);
            }
    }
    for (const ChartThreshold& threshold : m_chart.thresholds) {
        highest = std::max(highest, threshold.y);
        if (threshold.y > 0)
            lowest = std::min(lowest, threshold.y);
    }
    if (m_logY) {
        if (!std::isfinite(lowest))
            lowest = logFloor();
        if (highest <= lowest)
            highest = lowest * 10;
        m_plot->yAxis->setRange(lowest / 1.6, highest * 1.6);
    } else {
        m_plot->yAxis->setRange(0, highest > 0 ? highest * 1.08 : 1);
    }
    m_userView = false;
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

bool SeriesPlot::isSeriesVisible(int index) const
{
    return index >= 0 && static_cast<std::size_t>(index) < m_hidden.size() && !m_hidden[index];
}

void SeriesPlot::setSeriesVisible(int index, bool visible)
{
    if (index < 0 || static_cast<std::size_t>(index) >= m_hidden.size() || m_hidden[index] == !visible)
        return;
    m_hidden[index] = !visible;
    const QCPRange xRange = m_plot->xAxis->range();
    const QCPRange yRange = m_plot->yAxis->range();
    rebuild();
    m_plot->xAxis->setRange(xRange);
    m_plot->yAxis->setRange(yRange);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
    if (QAction* action = m_seriesMenu->actions().value(index)) {
        const QSignalBlocker blocker(action);
        action->setChecked(visible);
    }
    Q_EMIT seriesVisibilityChanged(index, visible);
}

void SeriesPlot::setLogScale(bool logarithmic)
{
    if (m_logY == logarithmic)
        return;
    m_logY = logarithmic;
    {
        const QSignalBlocker blocker(m_logButton);
        m_logButton->setChecked(logarithmic);
    }
    rebuild();
    resetView();
}

std::size_t SeriesPlot::nearestIndex(double x) const
{
    const std::vector<double>& xs = m_chart.series[0].x;
    auto it = std::lower_bound(xs.begin(), xs.end(), x);
    std::size_t i = it == xs.end() ? xs.size() - 1 : static_cast<std::size_t>(it - xs.begin());
    if (i > 0) {
        // On a logarithmic axis "nearest" is nearest on screen: compare ratios, not differences.
        const double before
            = m_chart.logX && x > 0 && xs[i - 1] > 0 ? std::fabs(std::log(xs[i - 1] / x)) : std::fabs(xs[i - 1] - x);
        const double after = m_chart.logX && x > 0 && xs[i] > 0 ? std::fabs(std::log(xs[i] / x)) : std::fabs(xs[i] - x);
        if (before < after)
            --i;
    }
    return i;
}

QString SeriesPlot::readoutAt(double x) const
{
    if (m_chart.series.empty() || m_chart.series[0].x.empty())
        return {};
    const std::size_t i = nearestIndex(x);
    const QString unit = QString::fromStdString(m_chart.yUnit);
    QString xLabel = QString::fromStdString(m_chart.xLabel);
    xLabel = xLabel.left(xLabel.indexOf(QStringLiteral(" ("))); // "Day (0 = 2026-11-29)" reads "Day 30"
    QStringList parts;
    parts << xLabel + QStringLiteral(" ") + number(m_chart.series[0].x[i]);
    for (std::size_t s = 0; s < m_chart.series.size(); ++s) {
        const LineSeries& series = m_chart.series[s];
        if (m_hidden[s] || i >= series.y.size())
            continue;
        QString text = QString::fromStdString(series.name) + QStringLiteral(": ") + number(series.y[i]);
        if (i < series.low.size() && i < series.high.size())
            text += tr(" (%1 to %2)").arg(number(series.low[i]), number(series.high[i]));
        parts << text + (unit.isEmpty() ? QString() : QStringLiteral(" ") + unit);
    }
    return parts.join(QStringLiteral("  |  "));
}

QString SeriesPlot::readoutText() const
{
    return m_readout->text();
}

void SeriesPlot::onMouseMove(QMouseEvent* event)
{
    if (event->buttons() != Qt::NoButton)
        m_userView = true;
    if (m_chart.series.empty())
        return;
    const double x = m_plot->xAxis->pixelToCoord(event->position().x());
    m_readout->setText(readoutAt(x));
    if (m_tracer->graph() != nullptr) {
        m_tracer->setGraphKey(m_chart.series[0].x[nearestIndex(x)]);
        m_tracer->setVisible(m_tracer->graph()->visible());
        m_plot->replot(QCustomPlot::rpQueuedReplot);
    }
}

void SeriesPlot::keyPressEvent(QKeyEvent* event)
{
    QCPAxis* x = m_plot->xAxis;
    QCPAxis* y = m_plot->yAxis;
    auto pan = [](QCPAxis* axis, double fraction) {
        const QCPRange range = axis->range();
        if (axis->scaleType() == QCPAxis::stLogarithmic)
            axis->setRange(range.lower * std::pow(range.upper / range.lower, fraction),
                           range.upper * std::pow(range.upper / range.lower, fraction));
        else
            axis->moveRange(range.size() * fraction);
    };
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        x->scaleRange(0.8, x->range().center());
        y->scaleRange(0.8, y->range().center());
        break;
    case Qt::Key_Minus:
        x->scaleRange(1.25, x->range().center());
        y->scaleRange(1.25, y->range().center());
        break;
    case Qt::Key_Left:
        pan(x, -0.1);
        break;
    case Qt::Key_Right:
        pan(x, 0.1);
        break;
    case Qt::Key_Up:
        pan(y, 0.1);
        break;
    case Qt::Key_Down:
        pan(y, -0.1);
        break;
    case Qt::Key_Home:
    case Qt::Key_0:
        resetView();
        return;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    m_userView = true;
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

} // namespace ecw
