// SPDX-License-Identifier: GPL-3.0-or-later
// An interactive time-series or cost-curve plot (QCustomPlot): expected lines with low-high bands,
// marker and threshold lines, hover read-out, wheel zoom, drag pan, legend toggles and a view reset.
#pragma once

#include "WorksheetDocument.h"

#include <QWidget>

class QCustomPlot;
class QCPItemText;
class QCPItemTracer;
class QLabel;
class QMouseEvent;
class QToolButton;

namespace ecw {

class SeriesPlot : public QWidget
{
    Q_OBJECT

public:
    explicit SeriesPlot(QWidget* parent = nullptr);

    // Replaces what is shown. Keeps the planner's zoom unless the x range changed or resetView is true.
    void setChart(const WorksheetLineChart& chart, bool resetView = false);
    const WorksheetLineChart& chart() const { return m_chart; }

    QCustomPlot* plot() const { return m_plot; }
    // The read-out text for the nearest point to an x coordinate (used by hover and by tests).
    QString readoutAt(double x) const;

public slots:
    void resetView();

private:
    void rebuild();
    void onMouseMove(QMouseEvent* event);
    void toggleSeries(int index);

    QCustomPlot* m_plot = nullptr;
    QToolButton* m_resetButton = nullptr;
    QLabel* m_readout = nullptr;
    QCPItemTracer* m_tracer = nullptr;
    WorksheetLineChart m_chart;
    std::vector<bool> m_hidden;
};

} // namespace ecw
