// SPDX-License-Identifier: GPL-3.0-or-later
// An interactive time-series or cost-curve plot (QCustomPlot): expected lines with low-high bands,
// marker and threshold lines, hover read-out, wheel zoom, drag pan, legend toggles and a view reset.
#pragma once

#include "WorksheetDocument.h"

#include <QWidget>

#include <vector>

class QCustomPlot;
class QCPItemTracer;
class QKeyEvent;
class QLabel;
class QMenu;
class QMouseEvent;
class QToolButton;

namespace ecw {

class SeriesPlot : public QWidget
{
    Q_OBJECT

public:
    explicit SeriesPlot(QWidget* parent = nullptr);

    // Replaces what is shown. Keeps the planner's zoom, hidden series and scale unless the x range or the
    // series changed or resetView is true.
    void setChart(const WorksheetLineChart& chart, bool resetView = false);
    const WorksheetLineChart& chart() const { return m_chart; }

    QCustomPlot* plot() const { return m_plot; }
    // The read-out text for the nearest point to an x coordinate (used by hover and by tests).
    QString readoutAt(double x) const;
    // What the read-out line under the chart says now.
    QString readoutText() const;

    // Legend toggles: a hidden series draws neither its line nor its band and leaves the read-out.
    bool isSeriesVisible(int index) const;
    void setSeriesVisible(int index, bool visible);
    // The value axis on a logarithmic scale (values at or below zero sit on the axis floor).
    bool logScale() const { return m_logY; }
    void setLogScale(bool logarithmic);

public Q_SLOTS:
    void resetView();

Q_SIGNALS:
    void seriesVisibilityChanged(int index, bool visible);

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void rebuild();
    void rebuildSeriesMenu();
    void onMouseMove(QMouseEvent* event);
    std::size_t nearestIndex(double x) const;
    double logFloor() const;

    QCustomPlot* m_plot = nullptr;
    QToolButton* m_resetButton = nullptr;
    QToolButton* m_logButton = nullptr;
    QToolButton* m_seriesButton = nullptr;
    QMenu* m_seriesMenu = nullptr;
    QLabel* m_readout = nullptr;
    QCPItemTracer* m_tracer = nullptr;
    WorksheetLineChart m_chart;
    std::vector<bool> m_hidden;
    bool m_logY = false;
    bool m_userView = false;
};

} // namespace ecw
